// Ported from Node.js test/parallel/test-util-promisify.js (MIT license, Copyright Node.js contributors)
// Not ported: the async-function warnings (DEP0174), vm and internal/util cases.
'use strict';
var common = require('../buffer/_common');
var assert = require('assert');
var fs = require('fs');
var util = require('util');
var promisify = util.promisify;

var stat = promisify(fs.stat);
(function () {
  var promise = stat(__filename);
  assert(promise instanceof Promise);
  promise.then(common.mustCall(function (value) {
    assert.deepStrictEqual(value.size, fs.statSync(__filename).size);
  }));
})();
stat('/dontexist').catch(common.mustCall(function (error) {
  assert(error.message.indexOf('ENOENT: no such file or directory, stat') >= 0);
}));

(function () {
  function fn() {}
  function promisifedFn() {}
  fn[promisify.custom] = promisifedFn;
  assert.strictEqual(promisify(fn), promisifedFn);
  assert.strictEqual(promisify(promisify(fn)), promisifedFn);
})();

(function () {
  function fn() {}
  function promisifiedFn() {}
  var kCustomPromisifiedSymbol = Symbol['for']('nodejs.util.promisify.custom');
  fn[kCustomPromisifiedSymbol] = promisifiedFn;
  assert.strictEqual(kCustomPromisifiedSymbol, promisify.custom);
  assert.strictEqual(promisify(fn), promisifiedFn);
  assert.strictEqual(promisify(promisify(fn)), promisifiedFn);
})();

(function () {
  function fn() {}
  fn[promisify.custom] = 42;
  assert.throws(function () { promisify(fn); }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
})();

(function () {
  function fn(callback) { callback(null, 5, 17); }
  fn[util._customPromisifyArgs] = ['first', 'second'];
  promisify(fn)().then(common.mustCall(function (obj) {
    assert.deepStrictEqual(obj, { first: 5, second: 17 });
  }));
})();

(function () {
  function fn(callback) { callback(null, 'foo', 'bar'); }
  promisify(fn)().then(common.mustCall(function (value) { assert.strictEqual(value, 'foo'); }));
})();
(function () {
  function fn(callback) { callback(null); }
  promisify(fn)().then(common.mustCall(function (value) { assert.strictEqual(value, undefined); }));
})();
(function () {
  function fn(callback) { callback(); }
  promisify(fn)().then(common.mustCall(function (value) { assert.strictEqual(value, undefined); }));
})();
(function () {
  function fn(err, val, callback) { callback(err, val); }
  promisify(fn)(null, 42).then(common.mustCall(function (value) { assert.strictEqual(value, 42); }));
})();
(function () {
  function fn(err, val, callback) { callback(err, val); }
  promisify(fn)(new Error('oops'), null).catch(common.mustCall(function (err) {
    assert.strictEqual(err.message, 'oops');
  }));
})();
(function () {
  var o = {};
  var fn = promisify(function (cb) { cb(null, this === o); });
  o.fn = fn;
  o.fn().then(common.mustCall(function (val) { assert(val); }));
})();
(function () {
  var err = new Error('Should not have called the callback with the error.');
  var stack = err.stack;
  var fn = promisify(function (cb) { cb(null); cb(err); });
  fn().then(function () { return Promise.resolve(); }).then(common.mustCall(function () {
    assert.strictEqual(stack, err.stack);
  }));
})();
(function () {
  function c() {}
  var a = promisify(function () {});
  var b = promisify(a);
  assert.notStrictEqual(c, a);
  assert.strictEqual(a, b);
})();
(function () {
  var errToThrow;
  var thrower = promisify(function (a, b, c, cb) {
    errToThrow = new Error();
    throw errToThrow;
  });
  thrower(1, 2, 3).then(assert.fail).then(assert.fail, common.mustCall(function (e) {
    assert.strictEqual(e, errToThrow);
  }));
})();
(function () {
  var err = new Error();
  var a = promisify(function (cb) { cb(err); })();
  var b = promisify(function () { throw err; })();
  Promise.all([
    a.then(assert.fail, function (e) { assert.strictEqual(err, e); }),
    b.then(assert.fail, function (e) { assert.strictEqual(err, e); })
  ]).then(common.mustCall());
})();

[undefined, null, true, 0, 'str', {}, [], Symbol()].forEach(function (input) {
  assert.throws(function () { promisify(input); }, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "original" argument must be of type function.' + common.invalidArgTypeHelper(input)
  });
});

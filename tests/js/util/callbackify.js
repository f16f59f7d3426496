// Ported from Node.js test/parallel/test-util-callbackify.js (MIT license, Copyright Node.js contributors)
// async functions are written as promise factories; the child-process
// (uncaughtException fixture) cases are not ported.
'use strict';
var common = require('../buffer/_common');
var assert = require('assert');
var callbackify = require('util').callbackify;

function mustSucceed(fn) {
  return common.mustCall(function (err) {
    assert.ifError(err);
    return fn.apply(this, Array.prototype.slice.call(arguments, 1));
  });
}

var values = ['hello world', null, undefined, false, 0, {}, { key: 'value' },
  Symbol('I am a symbol'), function ok() {}, ['array', 'with', 4, 'values'], new Error('boo')];

values.forEach(function (value) {
  function promiseFn() { return Promise.resolve(value); }
  callbackify(promiseFn)(mustSucceed(function (ret) { assert.strictEqual(ret, value); }));
  function thenableFn() { return { then: function (onRes) { onRes(value); } }; }
  callbackify(thenableFn)(mustSucceed(function (ret) { assert.strictEqual(ret, value); }));
});

function checkRejection(value) {
  return common.mustCall(function (err, ret) {
    assert.strictEqual(ret, undefined);
    if (err instanceof Error) {
      if ('reason' in err) {
        assert(!value);
        assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
        assert.strictEqual(err.reason, value);
      } else {
        assert.strictEqual(String(value).slice(-err.message.length), err.message);
      }
    } else {
      assert.strictEqual(err, value);
    }
  });
}

values.forEach(function (value) {
  function asyncFn() { return Promise.reject(value); }
  var cbAsyncFn = callbackify(asyncFn);
  assert.strictEqual(cbAsyncFn.length, 1);
  assert.strictEqual(cbAsyncFn.name, 'asyncFnCallbackified');
  cbAsyncFn(checkRejection(value));
  function thenableFn() { return { then: function (onRes, onRej) { onRej(value); } }; }
  callbackify(thenableFn)(checkRejection(value));
});

values.forEach(function (value) {
  function promiseFn(arg) {
    assert.strictEqual(arg, value);
    return Promise.resolve(arg);
  }
  var cbPromiseFn = callbackify(promiseFn);
  assert.strictEqual(cbPromiseFn.length, 2);
  assert.strictEqual(Object.getPrototypeOf(cbPromiseFn), Function.prototype);
  cbPromiseFn(value, mustSucceed(function (ret) { assert.strictEqual(ret, value); }));
});

values.forEach(function (value) {
  var iAmThis = {
    fn: function (arg) {
      assert.strictEqual(this, iAmThis);
      return Promise.resolve(arg);
    }
  };
  iAmThis.cbFn = callbackify(iAmThis.fn);
  iAmThis.cbFn(value, mustSucceed(function (ret) {
    assert.strictEqual(ret, value);
    assert.strictEqual(this, iAmThis);
  }));
});

['foo', null, undefined, false, 0, {}, Symbol(), []].forEach(function (value) {
  assert.throws(function () { callbackify(value); }, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "original" argument must be of type function.' + common.invalidArgTypeHelper(value)
  });
});

(function () {
  var cb = callbackify(function () { return Promise.resolve(42); });
  var args = [];
  ['foo', null, undefined, false, 0, {}, Symbol(), []].forEach(function (value) {
    args.push(value);
    assert.throws(function () { cb.apply(null, args); }, {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: 'The last argument must be of type function.' + common.invalidArgTypeHelper(value)
    });
  });
})();

callbackify(function (v) { return Promise.reject(v); })(null, common.mustCall(function (err) {
  assert.strictEqual(err.message, 'Promise was rejected with falsy value');
  assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.strictEqual(err.reason, null);
}));

// Ported from Node.js test/parallel/test-assert-async.js (MIT license, Copyright Node.js contributors)
// async functions are written as promise factories; the check that the
// stack of a rejects() failure names "rejects" is left out.
'use strict';
var common = require('../buffer/_common');
var assert = require('assert');
var promises = [];

function mustNotCall() {
  return function mustNotCall() { throw new Error('mustNotCall was called'); };
}
var invalidThenable = { then: function (fulfill) { fulfill(); } };
var invalidThenableFunc = function () {
  function f() {}
  f.then = function (fulfill) { fulfill(); };
  f['catch'] = function () {};
  return f;
};
function rejectingFn() { return new Promise(function () { assert.fail(); }); }

(function () {
  var errObj = { code: 'ERR_ASSERTION', name: 'AssertionError', message: 'Failed' };
  promises.push(assert.rejects(rejectingFn, errObj));
  promises.push(assert.rejects(rejectingFn(), errObj));
  var validRejectingThenable = {
    then: function (fulfill, reject) { reject({ code: 'FAIL' }); },
    'catch': function () {}
  };
  promises.push(assert.rejects(validRejectingThenable, { code: 'FAIL' }));
  promises.push(assert.rejects(assert.rejects(invalidThenable, {}), { code: 'ERR_INVALID_ARG_TYPE' }));
  promises.push(assert.rejects(assert.rejects(invalidThenableFunc, {}), { code: 'ERR_INVALID_RETURN_VALUE' }));
  var err = new Error('foobar');
  var validate = function validate() { return 'baz'; };
  promises.push(assert.rejects(function () { return assert.rejects(Promise.reject(err), validate); }, {
    message: 'The "validate" validation function is expected to ' +
             "return \"true\". Received 'baz'\n\nCaught error:\n\nError: foobar",
    code: 'ERR_ASSERTION',
    actual: err,
    expected: validate,
    name: 'AssertionError',
    operator: 'rejects'
  }));
})();

(function () {
  var handler = function (err) {
    assert(err instanceof assert.AssertionError, err.name + ' is not instance of AssertionError');
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.message, 'Missing expected rejection (mustNotCall).');
    assert.strictEqual(err.operator, 'rejects');
    assert.ok(err.stack.indexOf('at Function.rejects') < 0);
    return true;
  };
  var promise = assert.rejects(function () { return Promise.resolve(); }, mustNotCall());
  promises.push(assert.rejects(promise, common.mustCall(handler)));
  promise = assert.rejects(function () {}, mustNotCall());
  promises.push(assert.rejects(promise, {
    name: 'TypeError',
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected instance of Promise to be returned from the "promiseFn" function but got undefined.'
  }));
  promise = assert.rejects(Promise.resolve(), mustNotCall());
  promises.push(assert.rejects(promise, common.mustCall(handler)));
})();

(function () {
  var THROWN_ERROR = new Error();
  promises.push(assert.rejects(function () { throw THROWN_ERROR; }, {})['catch'](common.mustCall(function (err) {
    assert.strictEqual(err, THROWN_ERROR);
  })));
})();

promises.push(assert.rejects(assert.rejects('fail', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "promiseFn" argument must be of type function or an ' +
           "instance of Promise. Received type string ('fail')"
}));

(function () {
  var handler = function (generated, actual, err) {
    assert.strictEqual(err.generatedMessage, generated);
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.actual, actual);
    assert.strictEqual(err.operator, 'rejects');
    return true;
  };
  var err = new Error();
  promises.push(assert.rejects(assert.rejects(Promise.reject(null), { code: 'FOO' }), handler.bind(null, true, null)));
  promises.push(assert.rejects(assert.rejects(Promise.reject(5), { code: 'FOO' }, 'AAAAA'), handler.bind(null, false, 5)));
  promises.push(assert.rejects(assert.rejects(Promise.reject(err), { code: 'FOO' }, 'AAAAA'), handler.bind(null, false, err)));
})();

(function () {
  var promise = assert.doesNotReject(function () { return new Map(); }, mustNotCall());
  promises.push(assert.rejects(promise, {
    message: 'Expected instance of Promise to be returned from the "promiseFn" function but got an instance of Map.',
    code: 'ERR_INVALID_RETURN_VALUE',
    name: 'TypeError'
  }));
  promises.push(assert.doesNotReject(function () { return Promise.resolve(); }));
  promises.push(assert.doesNotReject(Promise.resolve()));
  var validFulfillingThenable = { then: function (fulfill) { fulfill(); }, 'catch': function () {} };
  promises.push(assert.doesNotReject(validFulfillingThenable));
  promises.push(assert.rejects(assert.doesNotReject(invalidThenable), { code: 'ERR_INVALID_ARG_TYPE' }));
  promises.push(assert.rejects(assert.doesNotReject(invalidThenableFunc), { code: 'ERR_INVALID_RETURN_VALUE' }));

  var handler1 = function (err) {
    assert(err instanceof assert.AssertionError);
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.message, 'Failed');
    return true;
  };
  var handler2 = function (err) {
    assert(err instanceof assert.AssertionError);
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.message, 'Got unwanted rejection.\nActual message: "Failed"');
    assert.strictEqual(err.operator, 'doesNotReject');
    assert.ok(err.stack);
    assert.ok(err.stack.indexOf('at Function.doesNotReject') < 0);
    return true;
  };
  promise = assert.doesNotReject(rejectingFn, common.mustCall(handler1));
  promises.push(assert.rejects(promise, common.mustCall(handler2)));
  promise = assert.doesNotReject(rejectingFn(), common.mustCall(handler1));
  promises.push(assert.rejects(promise, common.mustCall(handler2)));
  promise = assert.doesNotReject(function () { assert.fail(); }, mustNotCall());
  promises.push(assert.rejects(promise, common.mustCall(handler1)));
  promises.push(assert.rejects(assert.doesNotReject(123), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of Promise. Received type number (123)'
  }));
})();

Promise.all(promises).then(common.mustCall());

// Ported from Node.js test/parallel/test-assert-fail.js (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');

// No args
assert.throws(function () { assert.fail(); }, {
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  message: 'Failed',
  operator: 'fail',
  actual: undefined,
  expected: undefined,
  generatedMessage: true,
  stack: /Failed/
});

// One arg = message
assert.throws(function () { assert.fail('custom message'); }, {
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  message: 'custom message',
  operator: 'fail',
  actual: undefined,
  expected: undefined,
  generatedMessage: false
});

// One arg = Error
assert.throws(function () { assert.fail(new TypeError('custom message')); }, {
  name: 'TypeError',
  message: 'custom message'
});

Object.prototype.get = function () { throw new Error('must not be called'); };
assert.throws(function () { assert.fail(''); }, { code: 'ERR_ASSERTION' });
delete Object.prototype.get;

// Legacy two-argument form (test-assert-fail-deprecation.js)
assert.throws(function () { assert.fail('first', 'second'); }, {
  code: 'ERR_ASSERTION',
  message: "'first' != 'second'",
  operator: '!=',
  actual: 'first',
  expected: 'second',
  generatedMessage: true
});
assert.throws(function () { assert.fail('ignored', 'ignored', 'another custom message'); }, {
  message: 'another custom message',
  operator: 'fail',
  generatedMessage: false
});
assert.throws(function () { assert.fail('first', 'second', undefined, 'operator'); }, {
  message: "'first' operator 'second'",
  operator: 'operator'
});

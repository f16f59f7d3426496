// Ported from Node.js test/parallel/test-assert-if-error.js (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');

var err = new Error('test error');
var msg = err.message;
var stack = err.stack;
var threw = false;
try {
  assert.ifError(err);
} catch (e) {
  assert.strictEqual(e.message, 'ifError got unwanted exception: test error');
  assert.strictEqual(err.message, msg);
  assert.strictEqual(e.actual, err);
  assert.strictEqual(e.actual.stack, stack);
  assert.strictEqual(e.expected, null);
  assert.strictEqual(e.operator, 'ifError');
  threw = true;
}
assert(threw);

assert.throws(function () { assert.ifError(new TypeError()); },
  { message: 'ifError got unwanted exception: TypeError' });
assert.throws(function () { assert.ifError({ stack: false }); },
  { message: 'ifError got unwanted exception: { stack: false }' });
assert.throws(function () { assert.ifError({ constructor: null, message: '' }); },
  { message: 'ifError got unwanted exception: ' });
assert.throws(function () { assert.ifError(false); },
  { message: 'ifError got unwanted exception: false' });

assert.ifError(null);
assert.ifError();
assert.ifError(undefined);

threw = false;
try {
  assert.throws(function () { assert.ifError(null); });
} catch (e) {
  threw = true;
  assert.strictEqual(e.message, 'Missing expected exception.');
}
assert(threw);

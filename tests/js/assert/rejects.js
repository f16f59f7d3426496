// Ported from Node.js test/parallel/test-assert-async.js (MIT license, Copyright Node.js contributors)
// rejects/doesNotReject on the standard Promise API.
'use strict';
var assert = require('assert');
if (typeof Promise !== 'function') {
  console.log('skip: no Promise in this build');
  process.exit(0);
}
var done = 0;
function check(p) {
  p.then(function () { done++; }, function (e) { process.exitCode = 1; console.error(e.stack || e); });
}
check(assert.rejects(function () { return Promise.reject(new TypeError('x')); }, TypeError));
check(assert.rejects(Promise.reject(new Error('boom')), /boom/));
check(assert.rejects(function () { return Promise.resolve(5); }).then(function () {
  throw new Error('should have failed');
}, function (e) {
  assert.strictEqual(e.code, 'ERR_ASSERTION');
  assert.strictEqual(e.message, 'Missing expected rejection.');
}));
check(assert.rejects(function () { return 5; }).then(function () {
  throw new Error('should have failed');
}, function (e) {
  assert.strictEqual(e.code, 'ERR_INVALID_RETURN_VALUE');
}));
check(assert.rejects(function () { return Promise.reject(new Error('a')); }, { message: 'b' }).then(function () {
  throw new Error('should have failed');
}, function (e) {
  assert.strictEqual(e.code, 'ERR_ASSERTION');
  assert.strictEqual(e.operator, 'rejects');
}));
check(assert.doesNotReject(Promise.resolve(1)));
check(assert.doesNotReject(function () { return Promise.reject(new Error('no')); }).then(function () {
  throw new Error('should have failed');
}, function (e) {
  assert.strictEqual(e.code, 'ERR_ASSERTION');
  assert.ok(/^Got unwanted rejection\.\nActual message: "no"/.test(e.message), e.message);
}));
process.on && process.on('exit', function () { assert.strictEqual(done, 7); });

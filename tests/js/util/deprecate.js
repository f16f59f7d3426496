// Ported from Node.js test/parallel/test-util-deprecate.js (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');
var util = require('util');

var expectedWarnings = new Map();

(function () {
  var msg = 'fhqwhgads';
  var fn = util.deprecate(function () {}, msg);
  expectedWarnings.set(msg, { code: undefined, count: 1 });
  fn();
  fn();
})();
(function () {
  var msg = 'sterrance';
  var fn1 = util.deprecate(function () {}, msg);
  var fn2 = util.deprecate(function () {}, msg);
  expectedWarnings.set(msg, { code: undefined, count: 2 });
  fn1();
  fn2();
})();
(function () {
  var msg = 'cannonmouth';
  var code = 'deprecatesque';
  var fn1 = util.deprecate(function () {}, msg, code);
  var fn2 = util.deprecate(function () {}, msg, code);
  expectedWarnings.set(msg, { code: code, count: 1 });
  fn1();
  fn2();
  fn1();
  fn2();
})();

// The deprecated wrapper still calls through, as a function and with new.
(function () {
  function Old(x) { this.x = x; }
  var Dep = util.deprecate(Old, 'Old is old', 'DEP_TEST_NEW');
  var o = new Dep(3);
  assert.strictEqual(o.x, 3);
  assert.ok(o instanceof Old);
  expectedWarnings.set('Old is old', { code: 'DEP_TEST_NEW', count: 1 });
  assert.strictEqual(util.deprecate(function (a, b) { return a + b; }, 'sum', 'DEP_TEST_SUM')(1, 2), 3);
  expectedWarnings.set('sum', { code: 'DEP_TEST_SUM', count: 1 });
})();

process.on('warning', function (warning) {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.ok(expectedWarnings.has(warning.message), warning.message);
  var expected = expectedWarnings.get(warning.message);
  assert.strictEqual(warning.code, expected.code);
  expected.count = expected.count - 1;
  if (expected.count === 0) expectedWarnings['delete'](warning.message);
});

process.on('exit', function () {
  assert.strictEqual(expectedWarnings.size, 0);
});

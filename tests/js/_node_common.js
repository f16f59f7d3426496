// The part of Node's test/common the tests ported from Node's
// test/parallel use: mustCall, mustNotCall, mustSucceed, expectsError,
// checked when the process exits.
'use strict';
var assert = require('assert');
var pending = [];

function mustCall(fn, exact) {
  var entry = { fn: fn, exact: exact === undefined ? 1 : exact, actual: 0 };
  pending.push(entry);
  return function () {
    entry.actual++;
    if (typeof fn === 'function') return fn.apply(this, arguments);
  };
}

exports.mustCall = mustCall;
exports.mustNotCall = function () {
  return function () { throw new Error('mustNotCall: called'); };
};
exports.mustSucceed = function (fn) {
  return mustCall(function (err) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, Array.prototype.slice.call(arguments, 1));
  });
};
exports.expectsError = function (props) {
  return mustCall(function (err) {
    for (var k in props) assert.strictEqual(err[k], props[k], k);
  });
};

process.on('exit', function (code) {
  if (code !== 0) return;
  pending.forEach(function (e) {
    if (e.actual !== e.exact) {
      console.error('mustCall: expected ' + e.exact + ' calls, got ' + e.actual + '\n' + (e.fn ? e.fn.toString().slice(0, 200) : ''));
      process.exitCode = 1;
    }
  });
});

// Helpers the ported Node tests expect from test/common (ES5 versions of
// the few that are used; MIT license, Copyright Node.js contributors).
'use strict';
var assert = require('assert');
var util = require('util');

exports.invalidArgTypeHelper = function (input) {
  if (input === null || input === undefined) return ' Received ' + input;
  if (typeof input === 'function') return ' Received function ' + input.name;
  if (typeof input === 'object') {
    if (input.constructor && input.constructor.name)
      return ' Received an instance of ' + input.constructor.name;
    return ' Received ' + util.inspect(input, { depth: -1 });
  }
  var inspected = util.inspect(input, { colors: false });
  if (inspected.length > 28) inspected = inspected.slice(0, 25) + '...';
  return ' Received type ' + typeof input + ' (' + inspected + ')';
};

var pending = [];
exports.mustCall = function (fn, n) {
  var rec = { calls: 0, want: n === undefined ? 1 : n };
  pending.push(rec);
  return function () {
    rec.calls++;
    return fn ? fn.apply(this, arguments) : undefined;
  };
};
exports.mustNotCall = function (msg) {
  return function () { throw new Error(msg || 'function should not have been called'); };
};
process.on('exit', function () {
  pending.forEach(function (r) {
    assert.strictEqual(r.calls, r.want, 'mustCall: expected ' + r.want + ' calls, got ' + r.calls);
  });
});

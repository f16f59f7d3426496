// The part of sinon that promises-aplus-tests (2.2.6) uses: spy, stub with
// returns/throws, assert.calledWith/notCalled/callOrder, match.same.
'use strict';
var assert = require('assert');
var seq = 0;
function spy() {
  var behaviour = null;
  function f() {
    f.called = true;
    f.callCount++;
    f.calls.push({ args: Array.prototype.slice.call(arguments), seq: ++seq });
    if (behaviour) return behaviour.apply(this, arguments);
  }
  f.called = false;
  f.callCount = 0;
  f.calls = [];
  f.returns = function (v) { behaviour = function () { return v; }; return f; };
  f.throws = function (e) { behaviour = function () { throw e; }; return f; };
  return f;
}
exports.spy = spy;
exports.stub = spy;
exports.match = { same: function (v) { return { same: v }; } };
exports.assert = {
  calledWith: function (f) {
    var want = Array.prototype.slice.call(arguments, 1);
    var ok = f.calls.some(function (c) {
      return want.every(function (w, i) { return w && w.same !== undefined ? c.args[i] === w.same : c.args[i] === w; });
    });
    assert.ok(ok, 'expected spy to be called with the arguments');
  },
  notCalled: function (f) { assert.ok(!f.called, 'expected spy not to be called'); },
  callOrder: function () {
    var fs = Array.prototype.slice.call(arguments), i;
    for (i = 1; i < fs.length; i++)
      assert.ok(fs[i - 1].calls.length && fs[i].calls.length && fs[i - 1].calls[0].seq < fs[i].calls[0].seq, 'call order');
  }
};

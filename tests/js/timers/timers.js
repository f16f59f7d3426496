// Ported from Node.js test/parallel/test-timers.js, test-timers-args.js,
// test-timers-refresh.js, test-timers-to-primitive.js,
// test-timers-clear-null-does-not-throw-error.js,
// test-timers-throw-when-cb-not-function.js, test-timers-unref.js,
// test-timers-immediate.js, test-timers-max-duration-warning.js
// (MIT license, Copyright Node.js contributors), rewritten to ES5.
'use strict';
var assert = require('assert');
var timers = require('timers');
var platformTimeout = require('../fs/_common').platformTimeout;
var pending = [];
function mustCall(fn, n) {
  var rec = { n: n === undefined ? 1 : n, got: 0, line: new Error().stack.split('\n')[2] };
  pending.push(rec);
  return function () { rec.got++; if (fn) return fn.apply(this, arguments); };
}
process.on('exit', function () {
  pending.forEach(function (r) { assert.strictEqual(r.got, r.n, 'mustCall at' + r.line); });
});

// test-timers.js: odd delays are coerced (1 ms)
var inputs = [undefined, null, true, false, '', [], {}, NaN, +Infinity, -Infinity,
  (1.0 / 0.0), -10, -1, -0.5, -0.1, -0.0, 0, 0.0, 0.1, 0.5, 1, 1.0, 2147483648, 12345678901234,
  '10', '2.5'];
var timeouts = [], intervals = [];
inputs.forEach(function (value, index) {
  setTimeout(function () { timeouts[index] = true; }, value);
  var handle = setInterval(function () { clearInterval(handle); intervals[index] = true; }, value);
});
setTimeout(function () {
  inputs.forEach(function (value, index) {
    assert.strictEqual(timeouts[index], true, 'timeout ' + index);
    assert.strictEqual(intervals[index], true, 'interval ' + index);
  });
}, 60);

// The warning for delays that do not fit in 32 bits (two above).
var warnings = [];
process.on('warning', function (w) { warnings.push(w); });
setTimeout(function () {
  var msgs = warnings.map(function (w) { return w.name + ': ' + w.message; });
  assert.ok(msgs.indexOf('TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.') !== -1, msgs.join('|'));
  assert.ok(msgs.indexOf('TimeoutOverflowWarning: Infinity does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.') !== -1);
}, 70);

// test-timers-args.js
function range(n) { var a = []; for (var i = 0; i < n; i++) a.push(i); return a; }
function timeout(nargs) {
  var args = range(nargs);
  setTimeout.apply(null, [mustCall(callback), 1].concat(args));
  function callback() {
    assert.deepStrictEqual(Array.prototype.slice.call(arguments), args);
    if (nargs < 5) timeout(nargs + 1);
  }
}
function interval(nargs) {
  var args = range(nargs);
  var timer = setInterval.apply(null, [mustCall(callback), 1].concat(args));
  function callback() {
    clearInterval(timer);
    assert.deepStrictEqual(Array.prototype.slice.call(arguments), args);
    if (nargs < 5) interval(nargs + 1);
  }
}
timeout(0);
interval(0);
setImmediate(mustCall(function (a, b, c) {
  assert.deepStrictEqual([a, b, c], [1, 'two', undefined]);
  assert.strictEqual(arguments.length, 2);
}), 1, 'two');

// `this` in a timer callback is the Timeout
var tThis = setTimeout(mustCall(function () { assert.strictEqual(this, tThis); }), 1);

// test-timers-to-primitive.js
[setTimeout(function () {}, 0), setInterval(function () {}, 0)].forEach(function (timer) {
  assert.strictEqual(typeof timer[Symbol.toPrimitive], 'function');
  assert.strictEqual(typeof +timer, 'number');
  assert.strictEqual(+timer, timer[Symbol.toPrimitive]());
  assert.strictEqual(String(timer), String(+timer));
  assert.ok(!isNaN(timer[Symbol.toPrimitive]()));
  clearTimeout(+timer);
  assert.strictEqual(timer._destroyed, true);
});
var byString = setTimeout(function () { assert.fail('cleared by string id'); }, 1);
clearTimeout(String(+byString));
var t1 = setTimeout(function () {}, 1);
var t2 = setTimeout(function () {}, 1);
assert.notStrictEqual(+t1, +t2);
clearTimeout(t1); clearTimeout(t2);

// test-timers-clear-null-does-not-throw-error.js
clearTimeout(null); clearInterval(null); clearImmediate(null);
clearTimeout(undefined); clearTimeout({}); clearTimeout(12345678); clearImmediate({});

// test-timers-throw-when-cb-not-function.js
function doSetTimeout(cb) { return function () { setTimeout(cb, 1); }; }
var bad = ['', [], {}, null, undefined, 1, true];
bad.forEach(function (v) {
  assert.throws(doSetTimeout(v), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(function () { setInterval(v, 1); }, { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(function () { setImmediate(v); }, { code: 'ERR_INVALID_ARG_TYPE' });
});
assert.throws(function () { setTimeout('x'); },
  { message: 'The "callback" argument must be of type function. Received type string (\'x\')' });

// test-timers-refresh.js: refresh() restarts the countdown and re-arms a
// fired one-shot timer. As in Node, the countdown cases rely on equal due
// times firing in arming order, not on how long anything took: refreshed
// at once, a timer falls behind one of the same delay armed after it.
(function () {
  var called = false;
  var t = setTimeout(mustCall(function () { called = true; }), 1);
  setTimeout(mustCall(function () {
    assert.strictEqual(called, false, 'regular timer returned before check');
  }), 1);
  assert.strictEqual(t.refresh(), t);
})();
(function () {
  var called = false;
  var t = setTimeout(mustCall(function () { called = true; }), 1);
  t.unref();
  setTimeout(mustCall(function () {
    assert.strictEqual(called, false, "unref()'d timer returned before check");
  }), 1);
  assert.strictEqual(t.refresh(), t);
})();
(function () {
  var called = 0;
  var t = setInterval(mustCall(function () {
    if (++called === 2) clearInterval(t);
  }, 2), 1);
  setTimeout(mustCall(function () {
    assert.strictEqual(called, 0, 'interval returned before check');
  }), 1);
  assert.strictEqual(t.refresh(), t);
})();
(function () {
  var n = 0;
  var t = setTimeout(mustCall(function () {
    n++;
    if (n === 1) t.refresh();
  }, 2), 1);
})();
(function () {
  var t = setTimeout(function () { assert.fail('cleared then refreshed'); }, 1);
  clearTimeout(t);
  t.refresh();
})();
(function () {
  var count = 0;
  var t = setInterval(mustCall(function () {
    if (++count === 2) clearInterval(t);
    t.refresh();
  }, 2), 1);
})();

// test-timers-unref.js: unref'ed timers do not keep the loop alive (their
// delays must outlast the ref'ed work above, stretched on slow builds).
var unrefFired = false;
var u1 = setTimeout(function () { unrefFired = true; }, platformTimeout(1000));
assert.strictEqual(u1.hasRef(), true);
assert.strictEqual(u1.unref(), u1);
assert.strictEqual(u1.hasRef(), false);
setInterval(function () { unrefFired = true; }, platformTimeout(500)).unref();
var u2 = setTimeout(mustCall(), 1);
u2.unref(); u2.ref();
assert.strictEqual(u2.hasRef(), true);
var im = setImmediate(function () { unrefFired = true; });
im.unref();
assert.strictEqual(im.hasRef(), false);
clearImmediate(im);
process.on('exit', function () { assert.strictEqual(unrefFired, false); });

// test-timers-immediate.js
(function () {
  var mainFinished = false;
  setImmediate(mustCall(function () {
    assert.strictEqual(mainFinished, true);
    clearImmediate(immediateB);
  }));
  var immediateB = setImmediate(function () { assert.fail('cleared'); });
  setImmediate(mustCall(function (x, y, z) {
    assert.deepStrictEqual([x, y, z], [1, 2, 3]);
  }), 1, 2, 3);
  mainFinished = true;
})();

// require('timers') gives the same functions
assert.strictEqual(timers.setTimeout, setTimeout);
assert.strictEqual(timers.clearInterval, clearInterval);
assert.strictEqual(timers.setImmediate, setImmediate);
assert.strictEqual(setTimeout(function () {}, 0).constructor.name, 'Timeout');

// timers/promises
require('timers/promises').setTimeout(2, 'value').then(mustCall(function (v) {
  assert.strictEqual(v, 'value');
}));
require('timers/promises').setImmediate('imm').then(mustCall(function (v) {
  assert.strictEqual(v, 'imm');
}));

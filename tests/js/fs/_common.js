// A small stand-in for Node's test/common used by the ported fs and stream
// tests: mustCall/mustNotCall/mustSucceed (checked at process 'exit'),
// expectsError, a temp dir that is removed at exit, and platformTimeout.
'use strict';

var assert = require('assert');
var fs = require('fs');
var os = require('os');

var checks = [];
var tmpdirs = [];

function onExit() {
  var failed = [];
  checks.forEach(function (c) {
    if (c.actual !== c.exact) failed.push('Mismatched ' + c.name + ' function calls. Expected exactly ' +
      c.exact + ', actual ' + c.actual + '.\n' + c.stack);
  });
  tmpdirs.forEach(function (d) { try { fs.rmSync(d, { recursive: true, force: true }); } catch (e) { /* ignore */ } });
  if (failed.length) {
    console.error(failed.join('\n'));
    process.exitCode = 1;
    throw new Error(failed[0]);
  }
}
if (typeof process.on === 'function') process.on('exit', onExit);

function noop() {}

exports.mustCall = function (fn, exact) {
  if (typeof fn === 'number') { exact = fn; fn = noop; }
  if (fn === undefined) fn = noop;
  var c = { exact: exact === undefined ? 1 : exact, actual: 0, name: fn.name || '<anonymous>',
    stack: (new Error()).stack };
  checks.push(c);
  return function () {
    c.actual++;
    return fn.apply(this, arguments);
  };
};
exports.mustCallAtLeast = function (fn, min) {
  if (typeof fn === 'number') { min = fn; fn = noop; }
  var n = 0;
  var c = { exact: 0, actual: 0, name: 'atLeast', stack: '' };
  checks.push(c);
  return function () {
    n++;
    c.actual = n >= (min === undefined ? 1 : min) ? 0 : -1;
    return (fn || noop).apply(this, arguments);
  };
};
exports.mustNotCall = function (msg) {
  return function mustNotCall() {
    throw new Error(msg || 'function should not have been called');
  };
};
exports.mustSucceed = function (fn, exact) {
  return exports.mustCall(function (err) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, Array.prototype.slice.call(arguments, 1));
  }, exact);
};
exports.expectsError = function (expected, exact) {
  return exports.mustCall(function (err) {
    Object.keys(expected).forEach(function (k) {
      if (expected[k] instanceof RegExp) assert.ok(expected[k].test(err[k]), k);
      else assert.strictEqual(err[k], expected[k], k);
    });
  }, exact);
};

// tmpdir.path: a fresh directory below os.tmpdir(), removed at exit.
exports.tmpdir = {
  path: null,
  refresh: function () {
    this.path = fs.mkdtempSync(os.tmpdir() + '/jsrt-test-');
    tmpdirs.push(this.path);
    return this.path;
  },
  resolve: function (name) { return this.path + '/' + name; }
};

// platformTimeout(ms): a delay that races against other work (a timer that
// must not fire before something else happens, a grace period), stretched
// on slow builds as Node's test/common does. tests/run.sh sets
// JSRT_TEST_TIMEOUT_SCALE (4 under ASan, more under valgrind); orderings a
// test asserts stay exact, only the gaps between competing events grow.
var timeoutScale = +((process.env && process.env.JSRT_TEST_TIMEOUT_SCALE) || 1);
if (!(timeoutScale >= 1)) timeoutScale = 1;
exports.timeoutScale = timeoutScale;
exports.platformTimeout = function (ms) {
  return Math.ceil(ms * timeoutScale);
};

// A minimal mocha (describe/specify/it, done callbacks, 200 ms timeouts,
// one test at a time) that runs the promises-aplus-tests files under jsrt.
//   jsrt tests/aplus/runner.js DIR_OF_promises-aplus-tests/lib/tests
// Prints one line per failure and "N passed, N failed".
'use strict';
var path = require('path');
var fs = require('fs');
var dir = process.argv[2];
if (!dir) throw new Error('usage: jsrt runner.js .../promises-aplus-tests/lib/tests');
global.adapter = require('./adapter');

var TIMEOUT = 200;
var tests = [];
var stack = [];  // names of the enclosing describe()s
var suites = [{ before: [], after: [] }];  // their (synchronous) hooks
global.describe = function (name, fn) {
  stack.push(name);
  suites.push({ before: [], after: [] });
  fn();
  suites.pop();
  stack.pop();
};
global.specify = global.it = function (name, fn) {
  tests.push({ name: stack.concat([name]).join(' '), fn: fn, suites: suites.slice() });
};
global.beforeEach = function (fn) { suites[suites.length - 1].before.push(fn); };
global.afterEach = function (fn) { suites[suites.length - 1].after.push(fn); };
function runHooks(t, kind) {
  t.suites.forEach(function (s) { s[kind].forEach(function (h) { h(); }); });
}

var files = fs.readdirSync(dir).filter(function (f) { return /\.js$/.test(f); }).sort();
files.forEach(function (f) { require(path.resolve(dir, f)); });

var passed = 0, failed = 0, i = -1, current = null;
process.on('uncaughtException', function (err) {
  if (current) current.finish(err);
  else throw err;
});
// Rejections left unhandled on purpose by the suite are not failures.
process.on('unhandledRejection', function () {});
process.on('rejectionHandled', function () {});

function next() {
  i++;
  if (i >= tests.length) {
    console.log(passed + ' passed, ' + failed + ' failed');
    process.exitCode = failed ? 1 : 0;
    return;
  }
  var t = tests[i], finished = false, timer;
  current = t;
  t.finish = function (err) {
    if (finished) {
      if (err) { failed++; console.log('FAIL (after finishing): ' + t.name + ': ' + err); }
      return;
    }
    finished = true;
    clearTimeout(timer);
    try { runHooks(t, 'after'); } catch (e) { err = err || e; }
    current = null;
    if (err) {
      failed++;
      console.log('FAIL: ' + t.name + '\n  ' + (err && err.message || err));
    } else {
      passed++;
    }
    setImmediate(next);
  };
  timer = setTimeout(function () { t.finish(new Error('timeout of ' + TIMEOUT + 'ms exceeded')); }, TIMEOUT);
  try {
    runHooks(t, 'before');
    if (t.fn.length > 0) {
      t.fn(function (err) { t.finish(err); });
    } else {
      t.fn();
      t.finish();
    }
  } catch (e) {
    t.finish(e);
  }
}
next();

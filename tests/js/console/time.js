// expect-stderr: Trace: tracing 1
// console.time/timeLog/timeEnd and trace run and keep their labels; the
// printed durations vary, so only the calls and warnings are checked.
var assert = require('assert');
var warnings = [];
process.on('warning', function (w) { warnings.push(w.message); });
console.time('t');
console.timeLog('t', 'extra');
console.timeEnd('t');
console.timeEnd('t'); // no such label now: a warning
console.time('u');
console.time('u'); // already exists: a warning
console.countReset('never'); // a warning
console.trace('tracing %d', 1);
console.error('to stderr');
console.warn('also stderr');
console.assert(false, 'assert %s', 'fails');
process.on('exit', function () {
  assert.deepStrictEqual(warnings, ["No such label 't' for console.timeEnd()",
    "Label 'u' already exists for console.time()", "Count for 'never' does not exist"]);
});

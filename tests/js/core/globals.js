// The minimal globals of the core: globalThis/global, console, process.
var assert = function (c, m) { if (!c) throw new Error('assertion failed: ' + m); };
assert(globalThis === global, 'globalThis is global');
assert(typeof console.log === 'function', 'console.log');
assert(typeof console.error === 'function', 'console.error');
assert(Array.isArray(process.argv), 'process.argv');
assert(/jsrt$/.test(process.argv[0]), 'argv[0] is the command: ' + process.argv[0]);
assert(/globals\.js$/.test(process.argv[1]), 'argv[1] is the script: ' + process.argv[1]);
assert(typeof process.exit === 'function', 'process.exit');
assert(process.exitCode === undefined, 'exitCode starts undefined');
assert(Object.keys(global).indexOf('console') < 0, 'lazy globals are not enumerable');
global.console = 5;
assert(console === 5, 'a lazy global can be assigned');

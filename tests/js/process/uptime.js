// process.uptime(): seconds since the isolate (node: the process) started,
// not the machine's uptime; it grows.
'use strict';
var assert = require('assert');
var a = process.uptime();
assert.strictEqual(typeof a, 'number');
assert.ok(a >= 0 && a < 30, 'uptime ' + a);
var t = Date.now();
while (Date.now() - t < 20) { /* spin */ }
var b = process.uptime();
assert.ok(b - a >= 0.015 && b - a < 5, 'delta ' + (b - a));
console.log('ok');

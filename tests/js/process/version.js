// process.version names the Node release whose API jsrt follows (packages
// compare it: yargs needs >= 12); jsrt's own version is in versions.jsrt.
// Object.prototype.toString.call(process) is node's "[object process]".
'use strict';
var assert = require('assert');
assert.ok(/^v20\.\d+\.\d+$/.test(process.version), process.version);
assert.strictEqual(process.versions.node, process.version.slice(1));
assert.strictEqual(Number(process.version.match(/v([^.]+)/)[1]), 20);
if (process.versions.jsrt !== undefined)
  assert.ok(/^\d+\.\d+\.\d+/.test(process.versions.jsrt), process.versions.jsrt);
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
var d = Object.getOwnPropertyDescriptor(process, Symbol.toStringTag);
assert.strictEqual(d.value, 'process');
assert.strictEqual(d.enumerable, false);
assert.strictEqual(d.configurable, false);
console.log('ok');

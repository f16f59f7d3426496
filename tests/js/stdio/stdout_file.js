// stdout is a file here (the test runner redirects it): writes are
// synchronous and ordered with console.log, and survive process.exit().
'use strict';
var assert = require('assert');
var stream = require('stream');
assert.ok(process.stdout instanceof stream.Writable);
assert.strictEqual(process.stdout.fd, 1);
assert.strictEqual(process.stderr.fd, 2);
assert.strictEqual(process.stdout, process.stdout);
assert.strictEqual(process.stdout.isTTY, undefined);
process.stdout.write('a');
console.log('b');
process.stdout.write(new Buffer('c\n'), function () {
  process.stdout.write('d \ud83d\ude00\n');
  process.exit(0);
});

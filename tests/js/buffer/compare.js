// Ported from Node.js test/parallel/test-buffer-compare.js and test-buffer-equals.js (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');

var b = Buffer.alloc(1, 'a');
var c = Buffer.alloc(1, 'c');
var d = Buffer.alloc(2, 'aa');
var e = new Uint8Array([0x61, 0x61]);

assert.strictEqual(b.compare(c), -1);
assert.strictEqual(c.compare(d), 1);
assert.strictEqual(d.compare(b), 1);
assert.strictEqual(d.compare(e), 0);
assert.strictEqual(b.compare(d), -1);
assert.strictEqual(b.compare(b), 0);
assert.strictEqual(Buffer.compare(b, c), -1);
assert.strictEqual(Buffer.compare(c, d), 1);
assert.strictEqual(Buffer.compare(d, b), 1);
assert.strictEqual(Buffer.compare(b, d), -1);
assert.strictEqual(Buffer.compare(c, c), 0);
assert.strictEqual(Buffer.compare(e, e), 0);
assert.strictEqual(Buffer.compare(d, e), 0);
assert.strictEqual(Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)), 0);
assert.strictEqual(Buffer.compare(Buffer.alloc(0), Buffer.alloc(1)), -1);
assert.strictEqual(Buffer.compare(Buffer.alloc(1), Buffer.alloc(0)), 1);

assert.throws(function () { Buffer.compare(Buffer.alloc(1), 'abc'); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"buf2\" argument must be an instance of Buffer or Uint8Array. Received type string ('abc')"
});
assert.throws(function () { Buffer.compare('abc', Buffer.alloc(1)); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"buf1\" argument must be an instance of Buffer or Uint8Array. Received type string ('abc')"
});
assert.throws(function () { Buffer.alloc(1).compare('abc'); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: "The \"target\" argument must be an instance of Buffer or Uint8Array. Received type string ('abc')"
});

// equals
var b2 = Buffer.from('abcdf');
var c2 = Buffer.from('abcdf');
var d2 = Buffer.from('abcde');
var e2 = Buffer.from('abcdef');
assert.ok(b2.equals(c2));
assert.ok(!c2.equals(d2));
assert.ok(!d2.equals(e2));
assert.ok(d2.equals(d2));
assert.ok(d2.equals(new Uint8Array([0x61, 0x62, 0x63, 0x64, 0x65])));
assert.throws(function () { Buffer.alloc(1).equals('abc'); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: "The \"otherBuffer\" argument must be an instance of Buffer or Uint8Array. Received type string ('abc')"
});

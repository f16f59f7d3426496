// Ported from Node.js test/parallel/test-buffer-copy.js (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');

var b = Buffer.allocUnsafe(1024);
var c = Buffer.allocUnsafe(512);
var cntr = 0, copied, i;
function same(x, y, n) { for (var k = 0; k < n; k++) assert.strictEqual(x[k], y[k]); }

b.fill(++cntr); c.fill(++cntr);
assert.strictEqual(b.copy(c, 0, 0, 512), 512);
same(c, b, c.length);

b.fill(++cntr); c.fill(++cntr);
assert.strictEqual(b.copy(c, '0', '0', '512'), 512);
same(c, b, c.length);

b.fill(++cntr); c.fill(++cntr);
assert.strictEqual(b.copy(c, 0, 0, 512.5), 512);
same(c, b, c.length);

b.fill(++cntr); c.fill(++cntr);
assert.strictEqual(c.copy(b, 0, 0), c.length);
same(b, c, c.length);

b.fill(++cntr); c.fill(++cntr);
assert.strictEqual(c.copy(b, 0), c.length);
same(b, c, c.length);

b.fill(++cntr); c.fill(++cntr);
assert.strictEqual(c.copy(b, 0, 0, c.length + 1), c.length);
same(b, c, c.length);

b.fill(++cntr); c.fill(++cntr);
assert.strictEqual(b.copy(c), c.length);
same(c, b, c.length);

b.fill(++cntr); c.fill(++cntr);
copied = b.copy(c, 0, b.length - Math.floor(c.length / 2));
assert.strictEqual(copied, Math.floor(c.length / 2));
for (i = 0; i < Math.floor(c.length / 2); i++)
  assert.strictEqual(c[i], b[b.length - Math.floor(c.length / 2) + i]);
for (i = Math.floor(c.length / 2) + 1; i < c.length; i++)
  assert.strictEqual(c[c.length - 1], c[i]);

b.fill(++cntr); c.fill(++cntr);
assert.strictEqual(b.copy(c, 0, 0, 513), c.length);
same(c, b, c.length);

b.fill(++cntr);
b.fill(++cntr, 256);
assert.strictEqual(b.copy(b, 0, 256, 1024), 768);
for (i = 0; i < b.length; i++) assert.strictEqual(b[i], cntr);

var bb = Buffer.allocUnsafe(10);
bb.fill('hello crazy world');
b.copy(c, 0, 100, 10);

assert.throws(function () { Buffer.prototype.copy.call(0); }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(function () { Buffer.allocUnsafe(5).copy(Buffer.allocUnsafe(5), -1, 0); }, {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1'
});
assert.throws(function () { Buffer.allocUnsafe(5).copy(Buffer.allocUnsafe(5), 0, -1); },
  { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(function () { Buffer.allocUnsafe(5).copy(Buffer.allocUnsafe(5), 0, 100); },
  { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });

b.fill(++cntr); c.fill(++cntr);
b.copy(c, 0, 0, 1025);
same(c, b, c.length);

assert.throws(function () { b.copy(c, 0, 0, -1); }, {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "sourceEnd" is out of range. It must be >= 0. Received -1'
});
assert.strictEqual(b.copy(c, 0, 100, 10), 0);
assert.strictEqual(b.copy(c, 512, 0, 10), 0);

(function () {
  var d = new Uint8Array(c);
  b.fill(++cntr);
  d.fill(++cntr);
  assert.strictEqual(b.copy(d, 0, 0, 512), 512);
  same(d, b, d.length);
})();
(function () {
  var e = new Uint8Array(b);
  e.fill(++cntr);
  c.fill(++cntr);
  assert.strictEqual(Buffer.prototype.copy.call(e, c, 0, 0, 512), 512);
  same(c, e, c.length);
})();

c.fill('c');
b.copy(c, 'not a valid offset');
assert.deepStrictEqual(c, b.slice(0, c.length));

(function () {
  c.fill('C');
  assert.throws(function () {
    var bad = {};
    bad[Symbol.toPrimitive] = function () { throw new Error('foo'); };
    b.copy(c, bad);
  }, /foo/);
  assert.deepStrictEqual(c.toString(), new Array(c.length + 1).join('C'));
})();

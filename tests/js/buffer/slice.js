// Ported from Node.js test/parallel/test-buffer-slice.js (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');

assert.strictEqual(Buffer.from('hello', 'utf8').slice(0, 0).length, 0);
assert.strictEqual(Buffer('hello', 'utf8').slice(0, 0).length, 0);

var buf = Buffer.from('0123456789', 'utf8');
function B(s) { return Buffer.from(s, 'utf8'); }
var expectedSameBufs = [
  [buf.slice(-10, 10), B('0123456789')],
  [buf.slice(-20, 10), B('0123456789')],
  [buf.slice(-20, -10), B('')],
  [buf.slice(), B('0123456789')],
  [buf.slice(0), B('0123456789')],
  [buf.slice(0, 0), B('')],
  [buf.slice(undefined), B('0123456789')],
  [buf.slice('foobar'), B('0123456789')],
  [buf.slice(undefined, undefined), B('0123456789')],
  [buf.slice(2), B('23456789')],
  [buf.slice(5), B('56789')],
  [buf.slice(10), B('')],
  [buf.slice(5, 8), B('567')],
  [buf.slice(8, -1), B('8')],
  [buf.slice(-10), B('0123456789')],
  [buf.slice(0, -9), B('0')],
  [buf.slice(0, -10), B('')],
  [buf.slice(0, -1), B('012345678')],
  [buf.slice(2, -2), B('234567')],
  [buf.slice(0, 65536), B('0123456789')],
  [buf.slice(65536, 0), B('')],
  [buf.slice(-5, -8), B('')],
  [buf.slice(-5, -3), B('56')],
  [buf.slice(-10, 10), B('0123456789')],
  [buf.slice('0', '1'), B('0')],
  [buf.slice('-5', '10'), B('56789')],
  [buf.slice('-10', '10'), B('0123456789')],
  [buf.slice('-10', '-5'), B('01234')],
  [buf.slice('-10', '-0'), B('')],
  [buf.slice('111'), B('')],
  [buf.slice('0', '-111'), B('')]
];
for (var i = 0, s = buf.toString(); i < buf.length; ++i) {
  expectedSameBufs.push(
    [buf.slice(i), Buffer.from(s.slice(i))],
    [buf.slice(0, i), Buffer.from(s.slice(0, i))],
    [buf.slice(-i), Buffer.from(s.slice(-i))],
    [buf.slice(0, -i), Buffer.from(s.slice(0, -i))]
  );
}
expectedSameBufs.forEach(function (pair) {
  assert.strictEqual(Buffer.compare(pair[0], pair[1]), 0);
});

var utf16Buf = Buffer.from('0123456789', 'utf16le');
assert.deepStrictEqual(utf16Buf.slice(0, 6), Buffer.from('012', 'utf16le'));
assert.strictEqual(Buffer.alloc(0).slice(0, 1).length, 0);
assert.strictEqual(Buffer.from('abcde', 'utf8').slice(1).toString('utf8'), 'bcde');
assert.strictEqual(Buffer.from('hello', 'utf8').slice(0, 0).length, 0);

(function () {
  var buf = Buffer.from('abcd', 'utf8');
  assert.strictEqual(buf.slice(buf.length / 3).toString('utf8'), 'bcd');
  assert.strictEqual(buf.slice(buf.length / 3, buf.length).toString(), 'bcd');
})();
(function () {
  var buf = Buffer.from('abcdefg', 'utf8');
  assert.strictEqual(buf.slice(-(-1 >>> 0) - 1).toString('utf8'), buf.toString('utf8'));
})();
(function () {
  var buf = Buffer.from('abc', 'utf8');
  assert.strictEqual(buf.slice(-0.5).toString('utf8'), buf.toString('utf8'));
})();
(function () {
  var buf = Buffer.from([1, 29, 0, 0, 1, 143, 216, 162, 92, 254, 248, 63, 0,
    0, 0, 18, 184, 6, 0, 175, 29, 0, 8, 11, 1, 0, 0]);
  var chunk1 = Buffer.from([1, 29, 0, 0, 1, 143, 216, 162, 92, 254, 248, 63, 0]);
  var chunk2 = Buffer.from([0, 0, 18, 184, 6, 0, 175, 29, 0, 8, 11, 1, 0, 0]);
  var middle = buf.length / 2;
  assert.deepStrictEqual(buf.slice(0, middle), chunk1);
  assert.deepStrictEqual(buf.slice(middle), chunk2);
})();

// Views share memory, also views of views.
(function () {
  var base = Buffer.from('abcdef');
  var v1 = base.subarray(1, 5);
  var v2 = v1.slice(1, 3);
  v2[0] = 0x58;
  assert.strictEqual(base.toString(), 'abXdef');
  assert.strictEqual(v2.byteOffset, base.byteOffset + 2);
  assert.ok(v2 instanceof Buffer);
})();

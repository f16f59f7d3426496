// Ported from Node.js test/parallel/test-buffer-swap.js (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');

(function () {
  var buf = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09,
                         0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10]);
  assert.strictEqual(buf, buf.swap16());
  assert.deepStrictEqual(buf, Buffer.from([0x02, 0x01, 0x04, 0x03, 0x06, 0x05, 0x08, 0x07,
                                           0x0a, 0x09, 0x0c, 0x0b, 0x0e, 0x0d, 0x10, 0x0f]));
  buf.swap16();
  assert.strictEqual(buf, buf.swap32());
  assert.deepStrictEqual(buf, Buffer.from([0x04, 0x03, 0x02, 0x01, 0x08, 0x07, 0x06, 0x05,
                                           0x0c, 0x0b, 0x0a, 0x09, 0x10, 0x0f, 0x0e, 0x0d]));
  buf.swap32();
  assert.strictEqual(buf, buf.swap64());
  assert.deepStrictEqual(buf, Buffer.from([0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01,
                                           0x10, 0x0f, 0x0e, 0x0d, 0x0c, 0x0b, 0x0a, 0x09]));
})();

(function () {
  var buf = Buffer.from([0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7]);
  buf.slice(1, 5).swap32();
  assert.deepStrictEqual(buf, Buffer.from([0x1, 0x5, 0x4, 0x3, 0x2, 0x6, 0x7]));
  buf.slice(1, 5).swap16();
  assert.deepStrictEqual(buf, Buffer.from([0x1, 0x4, 0x5, 0x2, 0x3, 0x6, 0x7]));
  var re16 = /Buffer size must be a multiple of 16-bits/;
  var re32 = /Buffer size must be a multiple of 32-bits/;
  var re64 = /Buffer size must be a multiple of 64-bits/;
  assert.throws(function () { Buffer.from(buf).swap16(); }, re16);
  assert.throws(function () { Buffer.alloc(1025).swap16(); }, re16);
  assert.throws(function () { Buffer.from(buf).swap32(); }, re32);
  assert.throws(function () { buf.slice(1, 3).swap32(); }, re32);
  assert.throws(function () { Buffer.alloc(1025).swap32(); }, re32);
  assert.throws(function () { buf.slice(1, 3).swap64(); }, re64);
  assert.throws(function () { Buffer.alloc(1025).swap64(); }, { code: 'ERR_INVALID_BUFFER_SIZE', name: 'RangeError' });
})();

(function () {
  var buf = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
                         0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10,
                         0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
                         0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10]);
  buf.slice(2, 18).swap64();
  assert.deepStrictEqual(buf, Buffer.from([0x01, 0x02, 0x0a, 0x09, 0x08, 0x07,
                                           0x06, 0x05, 0x04, 0x03, 0x02, 0x01,
                                           0x10, 0x0f, 0x0e, 0x0d, 0x0c, 0x0b,
                                           0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
                                           0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e,
                                           0x0f, 0x10]));
})();

(function () {
  var bufData = new Uint32Array(256).fill(0x04030201);
  var buf = Buffer.from(bufData.buffer, bufData.byteOffset);
  var otherBuf = Buffer.from(new Uint32Array(256).fill(0x03040102).buffer);
  buf.swap16();
  assert.deepStrictEqual(buf, otherBuf);
})();
(function () {
  var buf = Buffer.from(new Uint32Array(256).fill(0x04030201).buffer);
  var otherBuf = Buffer.from(new Uint32Array(256).fill(0x01020304).buffer);
  buf.swap32();
  assert.deepStrictEqual(buf, otherBuf);
})();
(function () {
  var bufData = new Uint8Array(256 * 8);
  var otherBufData = new Uint8Array(256 * 8);
  for (var i = 0; i < bufData.length; i++) {
    bufData[i] = i % 8;
    otherBufData[otherBufData.length - i - 1] = i % 8;
  }
  var buf = Buffer.from(bufData.buffer, bufData.byteOffset);
  var otherBuf = Buffer.from(otherBufData.buffer, otherBufData.byteOffset);
  buf.swap64();
  assert.deepStrictEqual(buf, otherBuf);
})();

// Buffers that are not memory-aligned
[[2, 16], [4, 32], [8, 64]].forEach(function (c) {
  var size = c[0];
  var bufData = new Uint8Array(256 * 8);
  var otherBufData = new Uint8Array(256 * 8 - size);
  var i;
  for (i = 0; i < bufData.length; i++) bufData[i] = i % size;
  for (i = 1; i < otherBufData.length; i++) otherBufData[otherBufData.length - i] = (i + 1) % size;
  var buf = Buffer.from(bufData.buffer, bufData.byteOffset);
  var otherBuf = Buffer.from(otherBufData.buffer, otherBufData.byteOffset);
  buf.slice(1, buf.length - (size - 1))['swap' + c[1]]();
  assert.deepStrictEqual(buf.slice(0, otherBuf.length), otherBuf);
});

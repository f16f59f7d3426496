// Ported from Node.js test/parallel/test-buffer-arraybuffer.js (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');
var LENGTH = 16;
var ab = new ArrayBuffer(LENGTH);
var dv = new DataView(ab);
var ui = new Uint8Array(ab);
var buf = Buffer.from(ab);

assert.ok(buf instanceof Buffer);
assert.strictEqual(buf.parent, buf.buffer);
assert.strictEqual(buf.buffer, ab);
assert.strictEqual(buf.length, ab.byteLength);

buf.fill(0xC);
for (var i = 0; i < LENGTH; i++) {
  assert.strictEqual(ui[i], 0xC);
  ui[i] = 0xF;
  assert.strictEqual(buf[i], 0xF);
}
buf.writeUInt32LE(0xF00, 0);
buf.writeUInt32BE(0xB47, 4);
buf.writeDoubleLE(3.1415, 8);
assert.strictEqual(dv.getUint32(0, true), 0xF00);
assert.strictEqual(dv.getUint32(4), 0xB47);
assert.strictEqual(dv.getFloat64(8, true), 3.1415);

assert.throws(function () {
  function AB() { }
  Object.setPrototypeOf(AB, ArrayBuffer);
  Object.setPrototypeOf(AB.prototype, ArrayBuffer.prototype);
  Buffer.from(new AB());
}, {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The first argument must be of type string or an instance of ' +
           'Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of AB'
});

[Buffer.from, Buffer].forEach(function (make) {
  var ab = new Uint8Array(5);
  ab[0] = 1; ab[1] = 2; ab[2] = 3; ab[3] = 4; ab[4] = 5;
  var buf = make(ab.buffer, 1, 3);
  assert.strictEqual(buf.length, 3);
  assert.strictEqual(buf[0], 2);
  assert.strictEqual(buf[1], 3);
  assert.strictEqual(buf[2], 4);
  buf[0] = 9;
  assert.strictEqual(ab[1], 9);
  assert.throws(function () { make(ab.buffer, 6); }, {
    code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError', message: '"offset" is outside of buffer bounds'
  });
  assert.throws(function () { make(ab.buffer, 3, 6); }, {
    code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError', message: '"length" is outside of buffer bounds'
  });
});

(function () {
  var ab = new ArrayBuffer(10);
  var expected = Buffer.from(ab, 0);
  assert.deepStrictEqual(Buffer.from(ab, 'fhqwhgads'), expected);
  assert.deepStrictEqual(Buffer.from(ab, NaN), expected);
  assert.deepStrictEqual(Buffer.from(ab, {}), expected);
  assert.deepStrictEqual(Buffer.from(ab, []), expected);
  assert.deepStrictEqual(Buffer.from(ab, [1]), Buffer.from(ab, 1));
  assert.throws(function () { Buffer.from(ab, Infinity); }, {
    code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError', message: '"offset" is outside of buffer bounds'
  });
})();
(function () {
  var ab = new ArrayBuffer(10);
  var expected = Buffer.from(ab, 0, 0);
  assert.deepStrictEqual(Buffer.from(ab, 0, 'fhqwhgads'), expected);
  assert.deepStrictEqual(Buffer.from(ab, 0, NaN), expected);
  assert.deepStrictEqual(Buffer.from(ab, 0, {}), expected);
  assert.deepStrictEqual(Buffer.from(ab, 0, []), expected);
  assert.deepStrictEqual(Buffer.from(ab, 0, [1]), Buffer.from(ab, 0, 1));
  assert.throws(function () { Buffer.from(ab, 0, Infinity); }, {
    code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError', message: '"length" is outside of buffer bounds'
  });
})();
assert.deepStrictEqual(Buffer.from({ length: NaN }), Buffer.alloc(0));

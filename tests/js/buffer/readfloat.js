// Ported from Node.js test/parallel/test-buffer-readfloat.js and test-buffer-writefloat.js (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');
var badTypes = ['', '0', null, {}, [], function () {}, true, false];

var buffer = Buffer.alloc(4);
function set(a, b, c, d) { buffer[0] = a; buffer[1] = b; buffer[2] = c; buffer[3] = d; }
set(0, 0, 0x80, 0x3f);
assert.strictEqual(buffer.readFloatBE(0), 4.600602988224807e-41);
assert.strictEqual(buffer.readFloatLE(0), 1);
set(0, 0, 0, 0xc0);
assert.strictEqual(buffer.readFloatBE(0), 2.6904930515036488e-43);
assert.strictEqual(buffer.readFloatLE(0), -2);
set(0xff, 0xff, 0x7f, 0x7f);
assert.ok(isNaN(buffer.readFloatBE(0)));
assert.strictEqual(buffer.readFloatLE(0), 3.4028234663852886e+38);
set(0xab, 0xaa, 0xaa, 0x3e);
assert.strictEqual(buffer.readFloatBE(0), -1.2126478207002966e-12);
assert.strictEqual(buffer.readFloatLE(0), 0.3333333432674408);
set(0, 0, 0, 0);
assert.strictEqual(buffer.readFloatBE(0), 0);
assert.strictEqual(buffer.readFloatLE(0), 0);
assert.ok(1 / buffer.readFloatLE(0) >= 0);
buffer[3] = 0x80;
assert.strictEqual(buffer.readFloatBE(0), 1.793662034335766e-43);
assert.strictEqual(buffer.readFloatLE(0), -0);
assert.ok(1 / buffer.readFloatLE(0) < 0);
set(0, 0, 0x80, 0x7f);
assert.strictEqual(buffer.readFloatBE(0), 4.609571298396486e-41);
assert.strictEqual(buffer.readFloatLE(0), Infinity);
set(0, 0, 0x80, 0xff);
assert.strictEqual(buffer.readFloatBE(0), 4.627507918739843e-41);
assert.strictEqual(buffer.readFloatLE(0), -Infinity);

['readFloatLE', 'readFloatBE'].forEach(function (fn) {
  buffer[fn](undefined);
  buffer[fn]();
  badTypes.forEach(function (off) {
    assert.throws(function () { buffer[fn](off); }, { code: 'ERR_INVALID_ARG_TYPE' });
  });
  [Infinity, -1, 1].forEach(function (offset) {
    assert.throws(function () { buffer[fn](offset); }, {
      code: 'ERR_OUT_OF_RANGE',
      name: 'RangeError',
      message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received ' + offset
    });
  });
  assert.throws(function () { Buffer.alloc(1)[fn](1); }, {
    code: 'ERR_BUFFER_OUT_OF_BOUNDS',
    name: 'RangeError',
    message: 'Attempt to access memory outside buffer bounds'
  });
  [NaN, 1.01].forEach(function (offset) {
    assert.throws(function () { buffer[fn](offset); }, {
      code: 'ERR_OUT_OF_RANGE',
      name: 'RangeError',
      message: 'The value of "offset" is out of range. It must be an integer. Received ' + offset
    });
  });
});

// writeFloat
var wb = Buffer.allocUnsafe(8);
function bytes(arr) { return new Uint8Array(arr); }
wb.writeFloatBE(1, 0); wb.writeFloatLE(1, 4);
assert.ok(wb.equals(bytes([0x3f, 0x80, 0x00, 0x00, 0x00, 0x00, 0x80, 0x3f])));
wb.writeFloatBE(1 / 3, 0); wb.writeFloatLE(1 / 3, 4);
assert.ok(wb.equals(bytes([0x3e, 0xaa, 0xaa, 0xab, 0xab, 0xaa, 0xaa, 0x3e])));
wb.writeFloatBE(3.4028234663852886e+38, 0); wb.writeFloatLE(3.4028234663852886e+38, 4);
assert.ok(wb.equals(bytes([0x7f, 0x7f, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x7f])));
wb.writeFloatLE(1.1754943508222875e-38, 0); wb.writeFloatBE(1.1754943508222875e-38, 4);
assert.ok(wb.equals(bytes([0x00, 0x00, 0x80, 0x00, 0x00, 0x80, 0x00, 0x00])));
wb.writeFloatBE(0 * -1, 0); wb.writeFloatLE(0 * -1, 4);
assert.ok(wb.equals(bytes([0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80])));
wb.writeFloatBE(Infinity, 0); wb.writeFloatLE(Infinity, 4);
assert.ok(wb.equals(bytes([0x7F, 0x80, 0x00, 0x00, 0x00, 0x00, 0x80, 0x7F])));
assert.strictEqual(wb.readFloatBE(0), Infinity);
assert.strictEqual(wb.readFloatLE(4), Infinity);
wb.writeFloatBE(-Infinity, 0); wb.writeFloatLE(-Infinity, 4);
assert.ok(wb.equals(bytes([0xFF, 0x80, 0x00, 0x00, 0x00, 0x00, 0x80, 0xFF])));
wb.writeFloatBE(NaN, 0); wb.writeFloatLE(NaN, 4);
if (wb[1] === 0xBF) assert.ok(wb.equals(bytes([0x7F, 0xBF, 0xFF, 0xFF, 0xFF, 0xFF, 0xBF, 0x7F])));
else assert.ok(wb.equals(bytes([0x7F, 0xC0, 0x00, 0x00, 0x00, 0x00, 0xC0, 0x7F])));
assert.ok(isNaN(wb.readFloatBE(0)));
assert.ok(isNaN(wb.readFloatLE(4)));

(function () {
  var small = Buffer.allocUnsafe(1);
  ['writeFloatLE', 'writeFloatBE'].forEach(function (fn) {
    wb[fn](23, undefined);
    wb[fn](23);
    assert.throws(function () { small[fn](11.11, 0); }, {
      code: 'ERR_BUFFER_OUT_OF_BOUNDS',
      name: 'RangeError',
      message: 'Attempt to access memory outside buffer bounds'
    });
    badTypes.forEach(function (off) {
      assert.throws(function () { small[fn](23, off); }, { code: 'ERR_INVALID_ARG_TYPE' });
    });
    [Infinity, -1, 5].forEach(function (offset) {
      assert.throws(function () { wb[fn](23, offset); }, {
        code: 'ERR_OUT_OF_RANGE',
        name: 'RangeError',
        message: 'The value of "offset" is out of range. It must be >= 0 and <= 4. Received ' + offset
      });
    });
    [NaN, 1.01].forEach(function (offset) {
      assert.throws(function () { wb[fn](42, offset); }, {
        code: 'ERR_OUT_OF_RANGE',
        name: 'RangeError',
        message: 'The value of "offset" is out of range. It must be an integer. Received ' + offset
      });
    });
  });
})();

// Doubles round trip in both byte orders.
(function () {
  var d = Buffer.alloc(16);
  [0, -0, 1.5, -Math.PI, 1e308, 5e-324, Infinity, -Infinity].forEach(function (v) {
    d.writeDoubleBE(v, 0);
    d.writeDoubleLE(v, 8);
    assert.ok(Object.is ? Object.is(d.readDoubleBE(0), v) : d.readDoubleBE(0) === v);
    assert.strictEqual(d.readDoubleLE(8), v);
    assert.deepStrictEqual(Array.prototype.slice.call(d, 0, 8).reverse(), Array.prototype.slice.call(d, 8, 16));
  });
  d.writeDoubleBE(1, 0);
  assert.strictEqual(d.toString('hex', 0, 8), '3ff0000000000000');
})();

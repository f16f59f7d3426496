// Ported from Node.js test/parallel/test-buffer-from.js (MIT license, Copyright Node.js contributors)
// Not ported: String subclasses (no class syntax), vm contexts, BigInt inputs.
'use strict';
var common = require('./_common');
var assert = require('assert');
var checkString = 'test';
var check = Buffer.from(checkString);

function MyPrimitive() {}
MyPrimitive.prototype[Symbol.toPrimitive] = function () { return checkString; };
function MyBadPrimitive() {}
MyBadPrimitive.prototype[Symbol.toPrimitive] = function () { return 1; };

assert.deepStrictEqual(Buffer.from(new String(checkString)), check);
assert.deepStrictEqual(Buffer.from(new MyPrimitive()), check);

[{}, new Boolean(true), { valueOf: function () { return null; } },
  { valueOf: function () { return undefined; } }, { valueOf: null }, Object.create(null),
  new Number(true), new MyBadPrimitive(), Symbol(), function (one, two, three) {}, undefined, null
].forEach(function (input) {
  var errObj = {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The first argument must be of type string or an instance of ' +
             'Buffer, ArrayBuffer, or Array or an Array-like Object.' + common.invalidArgTypeHelper(input)
  };
  assert.throws(function () { Buffer.from(input); }, errObj);
  assert.throws(function () { Buffer.from(input, 'hex'); }, errObj);
});

Buffer.allocUnsafe(10);
Buffer.from('deadbeaf', 'hex');

(function () {
  var u16 = new Uint16Array([0xffff]);
  var b16 = Buffer.copyBytesFrom(u16);
  u16[0] = 0;
  assert.strictEqual(b16.length, 2);
  assert.strictEqual(b16[0], 255);
  assert.strictEqual(b16[1], 255);
})();
(function () {
  var u16 = new Uint16Array([0, 0xffff]);
  var b16 = Buffer.copyBytesFrom(u16, 1, 5);
  u16[0] = 0xffff;
  u16[1] = 0;
  assert.strictEqual(b16.length, 2);
  assert.strictEqual(b16[0], 255);
  assert.strictEqual(b16[1], 255);
})();
(function () {
  var u32 = new Uint32Array([0xffffffff]);
  var b32 = Buffer.copyBytesFrom(u32);
  u32[0] = 0;
  assert.strictEqual(b32.length, 4);
  assert.deepStrictEqual(Array.prototype.slice.call(b32), [255, 255, 255, 255]);
})();

assert.throws(function () { Buffer.copyBytesFrom(); }, { code: 'ERR_INVALID_ARG_TYPE' });
['', Symbol(), true, false, {}, [], function () {}, 1, null, undefined].forEach(function (notTypedArray) {
  assert.throws(function () { Buffer.copyBytesFrom(notTypedArray); }, { code: 'ERR_INVALID_ARG_TYPE' });
});
['', Symbol(), true, false, {}, [], function () {}].forEach(function (notANumber) {
  assert.throws(function () { Buffer.copyBytesFrom(new Uint8Array(1), notANumber); }, { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(function () { Buffer.copyBytesFrom(new Uint8Array(1), 0, notANumber); }, { code: 'ERR_INVALID_ARG_TYPE' });
});
[-1, NaN, 1.1, -Infinity].forEach(function (outOfRange) {
  assert.throws(function () { Buffer.copyBytesFrom(new Uint8Array(1), outOfRange); }, { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(function () { Buffer.copyBytesFrom(new Uint8Array(1), 0, outOfRange); }, { code: 'ERR_OUT_OF_RANGE' });
});

// Ported from Node.js test/parallel/test-assert-typedarray-deepequal.js (MIT license, Copyright Node.js contributors)
// SharedArrayBuffer pairs are left out (no SharedArrayBuffer in Duktape).
'use strict';
var assert = require('assert');

function makeBlock(f) {
  var args = Array.prototype.slice.call(arguments, 1);
  return function () { return f.apply(this, args); };
}

var equalArrayPairs = [
  [new Uint8Array(1e5), new Uint8Array(1e5)],
  [new Uint16Array(1e5), new Uint16Array(1e5)],
  [new Uint32Array(1e5), new Uint32Array(1e5)],
  [new Uint8ClampedArray(1e5), new Uint8ClampedArray(1e5)],
  [new Int8Array(1e5), new Int8Array(1e5)],
  [new Int16Array(1e5), new Int16Array(1e5)],
  [new Int32Array(1e5), new Int32Array(1e5)],
  [new Float32Array(1e5), new Float32Array(1e5)],
  [new Float64Array(1e5), new Float64Array(1e5)],
  [new Float32Array([+0.0]), new Float32Array([+0.0])],
  [new Uint8Array([1, 2, 3, 4]).subarray(1), new Uint8Array([2, 3, 4])],
  [new Uint16Array([1, 2, 3, 4]).subarray(1), new Uint16Array([2, 3, 4])],
  [new Uint32Array([1, 2, 3, 4]).subarray(1, 3), new Uint32Array([2, 3])],
  [new ArrayBuffer(3), new ArrayBuffer(3)]
];
var looseEqualArrayPairs = [
  [new Float32Array([+0.0]), new Float32Array([-0.0])],
  [new Float64Array([+0.0]), new Float64Array([-0.0])]
];
var notEqualArrayPairs = [
  [new Int16Array(256), new Uint16Array(256)],
  [new Int16Array([256]), new Uint16Array([256])],
  [new Float64Array([+0.0]), new Float32Array([-0.0])],
  [new Uint8Array(2), new Uint8Array(3)],
  [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6])],
  [new Uint8ClampedArray([300, 2, 3]), new Uint8Array([300, 2, 3])],
  [new Uint16Array([2]), new Uint16Array([3])],
  [new Uint16Array([0]), new Uint16Array([256])],
  [new Int16Array([0]), new Uint16Array([256])],
  [new Int16Array([-256]), new Uint16Array([0xff00])],
  [new Int32Array([-256]), new Uint32Array([0xffffff00])],
  [new Float32Array([0.1]), new Float32Array([0.0])],
  [new Float32Array([0.1]), new Float32Array([0.1, 0.2])],
  [new Float64Array([0.1]), new Float64Array([0.0])],
  [new Uint8Array([1, 2, 3]).buffer, new Uint8Array([4, 5, 6]).buffer],
  [new ArrayBuffer(2), new ArrayBuffer(3)]
];

equalArrayPairs.forEach(function (p) {
  assert.deepEqual(p[0], p[1]);
  assert.deepStrictEqual(p[0], p[1]);
});
looseEqualArrayPairs.forEach(function (p) {
  assert.deepEqual(p[0], p[1]);
  assert.throws(makeBlock(assert.deepStrictEqual, p[0], p[1]), assert.AssertionError);
});
notEqualArrayPairs.forEach(function (p) {
  assert.throws(makeBlock(assert.deepEqual, p[0], p[1]), assert.AssertionError);
  assert.throws(makeBlock(assert.deepStrictEqual, p[0], p[1]), assert.AssertionError);
});

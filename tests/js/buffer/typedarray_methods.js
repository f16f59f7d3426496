// ES2015 typed-array methods on Buffers and typed arrays (Duktape lacks
// them; require('buffer') installs them).
'use strict';
var assert = require('assert');
require('buffer');

var b = Buffer.from([3, 1, 2]);
assert.strictEqual(b.join('-'), '3-1-2');
assert.ok(Buffer.isBuffer(b.map(function (x) { return x * 2; })));
assert.deepStrictEqual(Array.prototype.slice.call(b.map(function (x) { return x * 2; })), [6, 2, 4]);
assert.deepStrictEqual(Array.prototype.slice.call(b.filter(function (x) { return x > 1; })), [3, 2]);
assert.strictEqual(b.reduce(function (a, x) { return a + x; }, 0), 6);
assert.strictEqual(b.find(function (x) { return x < 3; }), 1);
assert.strictEqual(b.findIndex(function (x) { return x === 2; }), 2);
assert.strictEqual(b.at(-1), 2);
assert.ok(b.some(function (x) { return x === 1; }));
assert.ok(b.every(function (x) { return x > 0; }));
var seen = [];
b.forEach(function (x, i) { seen.push(i + ':' + x); });
assert.deepStrictEqual(seen, ['0:3', '1:1', '2:2']);
assert.deepStrictEqual(Array.prototype.slice.call(Buffer.from([10, 9, 1, 100]).sort()), [1, 9, 10, 100]);
assert.deepStrictEqual(Array.prototype.slice.call(Buffer.from([1, 2, 3]).reverse()), [3, 2, 1]);

var u16 = new Uint16Array([5, 300, 7]);
assert.strictEqual(u16.indexOf(300), 1);
assert.ok(u16.includes(7));
var s16 = u16.slice(1);
assert.ok(s16 instanceof Uint16Array);
assert.strictEqual(s16.length, 2);
s16[0] = 1;
assert.strictEqual(u16[1], 300); // slice copies
assert.deepStrictEqual(Array.prototype.slice.call(new Uint8Array(4).fill(7, 1, 3)), [0, 7, 7, 0]);
assert.deepStrictEqual(Array.prototype.slice.call(new Float64Array([2.5, -1]).map(function (x) { return x * 2; })), [5, -2]);
var it = new Uint8Array([4, 5])[Symbol.iterator]();
assert.strictEqual(it.next().value, 4);
assert.deepStrictEqual(Array.from(Buffer.from('ab')), [97, 98]);
assert.deepStrictEqual(Array.prototype.slice.call(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(0, 3)), [4, 5, 3, 4, 5]);

// The methods are there without touching Buffer (stubs from the runtime).
assert.strictEqual(new Int8Array([1, -1, 1]).lastIndexOf(1), 2);
assert.strictEqual(new Int8Array([1, -1, 1]).lastIndexOf(1, -2), 0);
assert.strictEqual(new Int8Array([1, -1, 1]).lastIndexOf(1, -4), -1);
assert.strictEqual(new Float32Array([NaN]).includes(NaN), true);
assert.strictEqual(new Float32Array([NaN]).indexOf(NaN), -1);
assert.deepStrictEqual(Array.prototype.slice.call(new Float64Array([3, NaN, -0, 0, 1]).sort()), [-0, 0, 1, 3, NaN]);

// Ported from Node.js test/parallel/test-util-types.js (MIT license, Copyright Node.js contributors)
// Without the values Duktape cannot make (BigInt, generators, async
// functions, SharedArrayBuffer, Proxy detection, externals, vm modules).
'use strict';
var assert = require('assert');
var util = require('util');
var types = util.types;
var inspect = util.inspect;

var cases = [
  [new Date()],
  [(function () { return arguments; })(), 'isArgumentsObject'],
  [new Boolean(), 'isBooleanObject'],
  [new Number(), 'isNumberObject'],
  [new String(), 'isStringObject'],
  [Object(Symbol()), 'isSymbolObject'],
  [new Error(), 'isNativeError'],
  [new RegExp()],
  [Promise.resolve()],
  [new Map()],
  [new Set()],
  [(new Map())[Symbol.iterator](), 'isMapIterator'],
  [(new Set())[Symbol.iterator](), 'isSetIterator'],
  [new WeakMap()],
  [new WeakSet()],
  [new ArrayBuffer()],
  [new Uint8Array()],
  [new Uint8ClampedArray()],
  [new Uint16Array()],
  [new Uint32Array()],
  [new Int8Array()],
  [new Int16Array()],
  [new Int32Array()],
  [new Float32Array()],
  [new Float64Array()],
  [Object.defineProperty(new Uint8Array(), Symbol.toStringTag, { value: 'foo' }), 'isUint8Array'],
  [new DataView(new ArrayBuffer())]
];
cases.forEach(function (c) {
  var value = c[0];
  var method = c[1] || 'is' + value.constructor.name;
  assert(method in types, 'Missing ' + method + ' for ' + inspect(value));
  assert(types[method](value), 'Want ' + inspect(value) + ' to match ' + method);
  Object.keys(types).forEach(function (key) {
    if (((types.isArrayBufferView(value) || types.isAnyArrayBuffer(value)) && key.indexOf('Array') >= 0) ||
        key === 'isBoxedPrimitive') return;
    assert.strictEqual(types[key](value), key === method, inspect(value) + ': ' + key + ', ' + method);
  });
});

[new Boolean(), new Number(), new String(), Object(Symbol())].forEach(function (entry) {
  assert(types.isBoxedPrimitive(entry));
});

['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array',
  'Int32Array', 'Float32Array', 'Float64Array'].forEach(function (name) {
  var fake = {};
  fake[Symbol.toStringTag] = name;
  assert(!types['is' + name](fake), name);
});

(function () {
  var primitive = true;
  var arrayBuffer = new ArrayBuffer();
  var buffer = Buffer.from(arrayBuffer);
  var dataView = new DataView(arrayBuffer);
  var uint8Array = new Uint8Array(arrayBuffer);
  var uint16Array = new Uint16Array(arrayBuffer);
  var float64Array = new Float64Array(arrayBuffer);
  var fakeBuffer = Object.create(Buffer.prototype);
  var fakeDataView = Object.create(DataView.prototype);
  var fakeUint8Array = Object.create(Uint8Array.prototype);
  var fakeUint16Array = Object.create(Uint16Array.prototype);
  var fakeFloat64Array = Object.create(Float64Array.prototype);
  var stealthyDataView = Object.setPrototypeOf(new DataView(arrayBuffer), Uint8Array.prototype);
  var stealthyUint8Array = Object.setPrototypeOf(new Uint8Array(arrayBuffer), ArrayBuffer.prototype);
  var stealthyUint16Array = Object.setPrototypeOf(new Uint16Array(arrayBuffer), Uint16Array.prototype);
  var stealthyFloat64Array = Object.setPrototypeOf(new Float64Array(arrayBuffer), Float64Array.prototype);
  var all = [primitive, arrayBuffer, buffer, fakeBuffer, dataView, fakeDataView, stealthyDataView,
    uint8Array, fakeUint8Array, stealthyUint8Array, uint16Array, fakeUint16Array, stealthyUint16Array,
    float64Array, fakeFloat64Array, stealthyFloat64Array];
  var expected = {
    isArrayBufferView: [buffer, dataView, stealthyDataView, uint8Array, stealthyUint8Array,
      uint16Array, stealthyUint16Array, float64Array, stealthyFloat64Array],
    isTypedArray: [buffer, uint8Array, stealthyUint8Array, uint16Array, stealthyUint16Array,
      float64Array, stealthyFloat64Array],
    isUint8Array: [buffer, uint8Array, stealthyUint8Array],
    isUint16Array: [uint16Array, stealthyUint16Array],
    isFloat64Array: [float64Array, stealthyFloat64Array]
  };
  Object.keys(expected).forEach(function (testedFunc) {
    var func = types[testedFunc];
    var yup = all.filter(function (value) { return func(value); });
    assert.strictEqual(yup.length, expected[testedFunc].length, testedFunc);
    yup.forEach(function (v, i) { assert.strictEqual(v, expected[testedFunc][i], testedFunc); });
  });
})();

assert.ok(!types.isCryptoKey());
assert.ok(!types.isKeyObject());
assert.strictEqual(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(util.isDeepStrictEqual({ a: 1 }, { a: '1' }), false);
assert.strictEqual(util.isDeepStrictEqual(new Set([1, 2]), new Set([2, 1])), true);
assert.strictEqual(util.isDeepStrictEqual(new Map([[1, { x: 1 }]]), new Map([[1, { x: 2 }]])), false);
assert.strictEqual(util.isDeepStrictEqual(NaN, NaN), true);
assert.strictEqual(util.isDeepStrictEqual(Buffer.from('ab'), Buffer.from('ab')), true);
assert.strictEqual(util.isDeepStrictEqual(Buffer.from('ab'), new Uint8Array([97, 98])), false);
assert.strictEqual(typeof util.TextEncoder, 'function');
assert.strictEqual(typeof util.TextDecoder, 'function');

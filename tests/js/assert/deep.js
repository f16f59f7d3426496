// Ported from Node.js test/parallel/test-assert-deep.js (MIT license, Copyright Node.js contributors)
// Semantic cases; exact diff texts are checked where they do not depend on
// util.inspect details. Not ported: class subclasses of Date/RegExp,
// BigInt, Proxy, crypto keys.
'use strict';
var assert = require('assert');
var AssertionError = assert.AssertionError;
var defaultMsgStart = 'Expected values to be strictly deep-equal:\n';
var defaultMsgStartFull = defaultMsgStart + '+ actual - expected';
var ERR = { code: 'ERR_ASSERTION' };

function assertDeepAndStrictEqual(a, b) {
  assert.deepEqual(a, b);
  assert.deepStrictEqual(a, b);
  assert.deepEqual(b, a);
  assert.deepStrictEqual(b, a);
}
function assertNotDeepOrStrict(a, b, err) {
  assert.throws(function () { assert.deepEqual(a, b); }, err || ERR);
  assert.throws(function () { assert.deepStrictEqual(a, b); }, err || ERR);
  assert.throws(function () { assert.deepEqual(b, a); }, err || ERR);
  assert.throws(function () { assert.deepStrictEqual(b, a); }, err || ERR);
}
function assertOnlyDeepEqual(a, b, err) {
  assert.deepEqual(a, b);
  assert.throws(function () { assert.deepStrictEqual(a, b); }, err || ERR);
  assert.deepEqual(b, a);
  assert.throws(function () { assert.deepStrictEqual(b, a); }, err || ERR);
}

var arr = new Uint8Array([120, 121, 122, 10]);
var buf = Buffer.from(arr);
assert.throws(function () { assert.deepStrictEqual(arr, buf); }, ERR);
assert.deepEqual(arr, buf);
(function () {
  var buf2 = Buffer.from(arr);
  buf2.prop = 1;
  assert.throws(function () { assert.deepStrictEqual(buf2, buf); }, ERR);
  assert.notDeepEqual(buf2, buf);
  var arr2 = new Uint8Array([120, 121, 122, 10]);
  arr2.prop = 5;
  assert.throws(function () { assert.deepStrictEqual(arr, arr2); }, ERR);
  assert.notDeepEqual(arr, arr2);
})();

(function () {
  var date2 = new Date('2016');
  date2[0] = '1';
  assertNotDeepOrStrict(new Date('2016'), date2);
  var re2 = /test/;
  re2[0] = '1';
  assertNotDeepOrStrict(/test/, re2);
  var similar = [{ 0: 1 }, new String('1'), [1], date2, re2, new Int8Array([1]), new Int16Array([1]),
    new Uint16Array([1]), new Int32Array([1]), new Uint32Array([1]), Buffer.from([1]),
    (function () { return arguments; })(1)];
  similar.forEach(function (a) {
    similar.forEach(function (b) {
      if (a !== b) {
        assert.notDeepEqual(a, b);
        assert.throws(function () { assert.deepStrictEqual(a, b); }, ERR);
      }
    });
  });
})();

// Maps and Sets
assertDeepAndStrictEqual(new Set(), new Set());
assertDeepAndStrictEqual(new Map(), new Map());
assertDeepAndStrictEqual(new Set([1, 2, 3]), new Set([1, 2, 3]));
assertNotDeepOrStrict(new Set([1, 2, 3]), new Set([1, 2, 3, 4]));
assertNotDeepOrStrict(new Set([1, 2, 3, 4]), new Set([1, 2, 3]));
assertDeepAndStrictEqual(new Set(['1', '2', '3']), new Set(['1', '2', '3']));
assertDeepAndStrictEqual(new Set([[1, 2], [3, 4]]), new Set([[3, 4], [1, 2]]));
assertNotDeepOrStrict(new Set([{ a: 0 }]), new Set([{ a: 1 }]));
assertNotDeepOrStrict(new Set([Symbol()]), new Set([Symbol()]));
(function () {
  var a = [1, 2], b = [3, 4], c = [1, 2], d = [3, 4];
  assertDeepAndStrictEqual({ a: a, b: b, s: new Set([a, b]) }, { a: c, b: d, s: new Set([d, c]) });
})();
assertDeepAndStrictEqual(new Map([[1, 1], [2, 2]]), new Map([[1, 1], [2, 2]]));
assertDeepAndStrictEqual(new Map([[1, 1], [2, 2]]), new Map([[2, 2], [1, 1]]));
assertNotDeepOrStrict(new Map([[1, 1], [2, 2]]), new Map([[1, 2], [2, 1]]));
assertNotDeepOrStrict(new Map([[[1], 1], [{}, 2]]), new Map([[[1], 2], [{}, 1]]));
assertNotDeepOrStrict(new Set([1]), [1]);
assertNotDeepOrStrict(new Set(), []);
assertNotDeepOrStrict(new Set(), {});
assertNotDeepOrStrict(new Map([['a', 1]]), { a: 1 });
assertNotDeepOrStrict(new Map(), []);
assertNotDeepOrStrict(new Map(), {});
assertOnlyDeepEqual(new Set(['1']), new Set([1]));
assertOnlyDeepEqual(new Map([['1', 'a']]), new Map([[1, 'a']]));
assertOnlyDeepEqual(new Map([['a', '1']]), new Map([['a', 1]]));
assertNotDeepOrStrict(new Map([['a', '1']]), new Map([['a', 2]]));
assertDeepAndStrictEqual(new Set([{}]), new Set([{}]));
assertNotDeepOrStrict(new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }]));
assertNotDeepOrStrict(new Set([{ a: 1 }, { a: 1 }, { a: 2 }]), new Set([{ a: 1 }, { a: 2 }, { a: 2 }]));
assertNotDeepOrStrict(new Map([[{ x: 1 }, 5], [{ x: 1 }, 5]]), new Map([[{ x: 1 }, 5], [{ x: 2 }, 5]]));
assertNotDeepOrStrict(new Set([3, '3']), new Set([3, 4]));
assertNotDeepOrStrict(new Map([[3, 0], ['3', 0]]), new Map([[3, 0], [4, 0]]));
assertDeepAndStrictEqual(new Map([[1, 'a'], [{}, 'a']]), new Map([[1, 'a'], [{}, 'a']]));
assertDeepAndStrictEqual(new Set([1, 'a', [{}, 'a']]), new Set([1, 'a', [{}, 'a']]));
assertOnlyDeepEqual(new Map([[1, 'a'], ['1', 'b']]), new Map([['1', 'a'], [true, 'b']]));
assertNotDeepOrStrict(new Set(['a']), new Set(['b']));
assertDeepAndStrictEqual(new Map([[{}, 'a'], [{}, 'b']]), new Map([[{}, 'b'], [{}, 'a']]));
assertOnlyDeepEqual(new Map([[true, 'a'], ['1', 'b'], [1, 'a']]), new Map([['1', 'a'], [1, 'b'], [true, 'a']]));
assertNotDeepOrStrict(new Map([[true, 'a'], ['1', 'b'], [1, 'c']]), new Map([['1', 'a'], [1, 'b'], [true, 'a']]));
assertNotDeepOrStrict(new Set([{}, {}]), new Set([{}, 1]));
assertNotDeepOrStrict(new Set([[{}, 1], [{}, 1]]), new Set([[{}, 1], [1, 1]]));
assertNotDeepOrStrict(new Map([[{}, 1], [{}, 1]]), new Map([[{}, 1], [1, 1]]));
assertOnlyDeepEqual(new Map([[{}, 1], [true, 1]]), new Map([[{}, 1], [1, 1]]));
assertNotDeepOrStrict(new Set([1, true, false]), new Set(['1', 0, '0']));
assertNotDeepOrStrict(new Map([[1, 5], [true, 5], [false, 5]]), new Map([['1', 5], [0, 5], ['0', 5]]));
assertDeepAndStrictEqual(new Map([[1, undefined]]), new Map([[1, undefined]]));
assertOnlyDeepEqual(new Map([[1, null], ['', '0']]), new Map([['1', undefined], [false, 0]]));
assertNotDeepOrStrict(new Map([[1, undefined]]), new Map([[2, undefined]]));
assertDeepAndStrictEqual(new Map([[null, 3]]), new Map([[null, 3]]));
assertNotDeepOrStrict(new Set(['']), new Set(['0']));
assertOnlyDeepEqual(new Map([[1, {}]]), new Map([[true, {}]]));
assertOnlyDeepEqual(new Map([[undefined, true]]), new Map([[null, true]]));
assertNotDeepOrStrict(new Map([[undefined, true]]), new Map([[true, true]]));

// Circular references (GH-6416, GH-14441)
(function () {
  var b = {}; b.b = b;
  var c = {}; c.b = c;
  assertDeepAndStrictEqual(b, c);
  var d = {}; d.a = 1; d.b = d;
  var e = {}; e.a = 1; e.b = {};
  assertNotDeepOrStrict(d, e);
  var a1 = {}; a1.a = a1;
  var b1 = {}; b1.a = {}; b1.a.a = a1;
  assertDeepAndStrictEqual(a1, b1);
  var a2 = {}; a2.a = a2;
  var b2 = {}; b2.a = b2;
  var c2 = {}; c2.a = a2;
  assertDeepAndStrictEqual(b2, c2);
  var s1 = new Set(); s1.add(s1);
  var s2 = new Set(); s2.add(s2);
  var s3 = new Set(); s3.add(s1);
  assertDeepAndStrictEqual(s2, s3);
  assertDeepAndStrictEqual(s1, s2);
  var m1 = new Map(); m1.set(2, m1);
  var m2 = new Map(); m2.set(2, m2);
  assertDeepAndStrictEqual(m1, m2);
  var m3 = new Map(); m3.set(m3, 2);
  var m4 = new Map(); m4.set(m4, 2);
  assertDeepAndStrictEqual(m3, m4);
  var m5 = new Map(); m5.set(1, m5);
  assertNotDeepOrStrict(m5, new Map([[1, new Map()]]));
})();

// arguments objects
(function () {
  var returnArguments = function () { return arguments; };
  assertNotDeepOrStrict([], returnArguments());
  var someArgs = returnArguments('a');
  assertNotDeepOrStrict(someArgs, ['a']);
  assertNotDeepOrStrict(someArgs, { 0: 'a' });
  assertNotDeepOrStrict(someArgs, returnArguments('b'));
  assertDeepAndStrictEqual(someArgs, returnArguments('a'));
})();

(function () {
  var values = [123, Infinity, 0, null, undefined, false, true, {}, [], function () {}];
  assertDeepAndStrictEqual(new Set(values), new Set(values));
  assertDeepAndStrictEqual(new Set(values), new Set(values.slice().reverse()));
  var mapValues = values.map(function (v) { return [v, { a: 5 }]; });
  assertDeepAndStrictEqual(new Map(mapValues), new Map(mapValues));
  assertDeepAndStrictEqual(new Map(mapValues), new Map(mapValues.slice().reverse()));
  var mm1 = new Map(), mm2 = new Map(), obj = { a: 5, b: 6 };
  mm1.set(1, obj); mm1.set(2, 'hi'); mm1.set(3, [1, 2, 3]);
  mm2.set(2, 'hi'); mm2.set(1, obj); mm2.set(3, [1, 2, 3]);
  assertDeepAndStrictEqual(mm1, mm2);
})();

(function () {
  var map1 = new Map([[1, 1]]);
  var map2 = new Map([[1, '1']]);
  assert.deepEqual(map1, map2);
  assert.throws(function () { assert.deepStrictEqual(map1, map2); }, {
    code: 'ERR_ASSERTION',
    message: defaultMsgStartFull + '\n\n' + "  Map(1) {\n+   1 => 1\n-   1 => '1'\n  }"
  });
  var s1 = new Set(), s2 = new Set();
  s1.x = 5;
  assertNotDeepOrStrict(s1, s2);
  var mx = new Map(), my = new Map();
  mx.x = 5;
  assertNotDeepOrStrict(mx, my);
})();

// Sparse arrays
/* eslint-disable no-sparse-arrays */
assertDeepAndStrictEqual([1, , , 3], [1, , , 3]);
assertNotDeepOrStrict([1, , , 3], [1, , , 3, , , ]);
/* eslint-enable no-sparse-arrays */
(function () {
  var a = new Array(3), b = new Array(3);
  a[2] = true; b[1] = true;
  assertNotDeepOrStrict(a, b);
  b[2] = true;
  assertNotDeepOrStrict(a, b);
  a[0] = true;
  assertNotDeepOrStrict(a, b);
})();

// Errors
(function () {
  var err1 = new Error('foo1');
  assertNotDeepOrStrict(err1, new Error('foo2'), AssertionError);
  assertNotDeepOrStrict(err1, new TypeError('foo1'), AssertionError);
  assertDeepAndStrictEqual(err1, new Error('foo1'));
  assertNotDeepOrStrict(err1, {}, AssertionError);
  var e1 = new Error('foo');
  e1[Symbol.toStringTag] = 'Foobar';
  var e2 = new Error('bar');
  e2[Symbol.toStringTag] = 'Foobar';
  assertNotDeepOrStrict(e1, e2, AssertionError);
  var source = new Error('abc');
  var f1 = Object.create(Object.getPrototypeOf(source), Object.getOwnPropertyDescriptors(source));
  Object.defineProperty(f1, 'message', { value: 'foo' });
  var f2 = Object.create(Object.getPrototypeOf(source), Object.getOwnPropertyDescriptors(source));
  Object.defineProperty(f2, 'message', { value: 'bar' });
  assert.notDeepStrictEqual(f1, f2);
})();

// NaN, boxed primitives, -0
assertDeepAndStrictEqual(NaN, NaN);
assertDeepAndStrictEqual({ a: NaN }, { a: NaN });
assertDeepAndStrictEqual([1, 2, NaN, 4], [1, 2, NaN, 4]);
(function () {
  var boxedString = new String('test');
  var boxedSymbol = Object(Symbol());
  var fakeBoxedSymbol = {};
  Object.setPrototypeOf(fakeBoxedSymbol, Symbol.prototype);
  Object.defineProperty(fakeBoxedSymbol, Symbol.toStringTag, { enumerable: false, value: 'Symbol' });
  assertNotDeepOrStrict(new Boolean(true), Object(false));
  assertNotDeepOrStrict(Object(true), new Number(1));
  assertNotDeepOrStrict(new Number(2), new Number(1));
  assertNotDeepOrStrict(boxedSymbol, Object(Symbol()));
  assertNotDeepOrStrict(boxedSymbol, {});
  assertNotDeepOrStrict(boxedSymbol, fakeBoxedSymbol);
  assertDeepAndStrictEqual(boxedSymbol, boxedSymbol);
  assertDeepAndStrictEqual(Object(true), Object(true));
  assertDeepAndStrictEqual(Object(2), Object(2));
  assertDeepAndStrictEqual(boxedString, Object('test'));
  boxedString.slow = true;
  assertNotDeepOrStrict(boxedString, Object('test'));
  boxedSymbol.slow = true;
  assertNotDeepOrStrict(boxedSymbol, {});
  assertNotDeepOrStrict(boxedSymbol, fakeBoxedSymbol);
  var n1 = new Number(5), n2 = new Number(5);
  Object.defineProperty(n1, 'valueOf', { value: function () { throw new Error('failed'); } });
  Object.defineProperty(n2, 'valueOf', { value: function () { throw new Error('failed'); } });
  assertDeepAndStrictEqual(n1, n2);
  var s1 = new String(1);
  s1.valueOf = undefined;
  assertNotDeepOrStrict(s1, new String(1));
})();
assertOnlyDeepEqual(0, -0);
assertDeepAndStrictEqual(-0, -0);

// Symbol keys: enumerable ones count in strict mode only.
(function () {
  var symbol1 = Symbol();
  var obj1 = {}; obj1[symbol1] = 1;
  var obj2 = {}; obj2[symbol1] = 1;
  var obj3 = {}; obj3[Symbol()] = 1;
  Object.defineProperty(obj2, Symbol(), { value: 1 });
  assertOnlyDeepEqual(obj1, obj3);
  assertDeepAndStrictEqual(obj1, obj2);
  obj2[Symbol()] = true;
  assertOnlyDeepEqual(obj1, obj2);
  var a = new Uint8Array(4), b = new Uint8Array(4);
  a[symbol1] = true;
  b[symbol1] = false;
  assertOnlyDeepEqual(a, b);
  b[symbol1] = true;
  assertDeepAndStrictEqual(a, b);
  var bsA = new String('test'), bsB = new String('test');
  bsA[symbol1] = true;
  assertOnlyDeepEqual(bsA, bsB);
  var ar = [1], ar2 = [1];
  ar[symbol1] = true;
  assertOnlyDeepEqual(ar, ar2);
  ar2[symbol1] = false;
  assertOnlyDeepEqual(ar, ar2);
})();

assert.throws(function () { assert.notDeepEqual(1, true); },
  { message: /1\n\nshould not loosely deep-equal\n\ntrue/ });
assert.throws(function () { assert.notDeepEqual(1, 1); },
  { message: /Expected "actual" not to be loosely deep-equal to:\n\n1/ });
assertDeepAndStrictEqual(new Date(2000, 3, 14), new Date(2000, 3, 14));
assert.throws(function () { assert.deepEqual(new Date(), new Date(2000, 3, 14)); }, AssertionError);
assert.throws(function () { assert.notDeepEqual(new Date(2000, 3, 14), new Date(2000, 3, 14)); }, AssertionError);
assert.throws(function () { assert.notDeepEqual('a'.repeat(1024), 'a'.repeat(1024)); }, AssertionError);
assertNotDeepOrStrict(new Date(), new Date(2000, 3, 14));
assertDeepAndStrictEqual(/a/igm, /a/igm);
assertNotDeepOrStrict(/ab/, /a/);
assertNotDeepOrStrict(/a/g, /a/);
assertNotDeepOrStrict(/a/igm, /a/im);
assertNotDeepOrStrict({ a: 1 }, { b: 1 });
assertNotDeepOrStrict(Symbol(), Symbol());
assertOnlyDeepEqual(4, '4');
assertOnlyDeepEqual(true, 1);
assertNotDeepOrStrict(new String('a'), ['a']);
assertNotDeepOrStrict(new String('a'), { 0: 'a' });
assertNotDeepOrStrict(new Number(1), {});
assertNotDeepOrStrict(new Boolean(true), {});

assert.throws(function () { assert.notDeepStrictEqual(new Date(2000, 3, 14), new Date(2000, 3, 14)); }, {
  name: 'AssertionError',
  message: 'Expected "actual" not to be strictly deep-equal to:\n\n' + require('util').inspect(new Date(2000, 3, 14))
});
assert.throws(function () { assert.deepStrictEqual(/ab/, /a/); },
  { code: 'ERR_ASSERTION', name: 'AssertionError', message: defaultMsgStartFull + '\n\n+ /ab/\n- /a/' });
assert.throws(function () { assert.deepStrictEqual(/a/g, /a/); },
  { code: 'ERR_ASSERTION', message: defaultMsgStartFull + '\n\n+ /a/g\n- /a/' });
assert.throws(function () { assert.deepStrictEqual(4, '4'); }, { message: defaultMsgStart + "\n4 !== '4'\n" });
assert.throws(function () { assert.deepStrictEqual(true, 1); }, { message: defaultMsgStart + '\ntrue !== 1\n' });
assert.throws(function () { assert.deepStrictEqual([4], ['4']); },
  { code: 'ERR_ASSERTION', message: defaultMsgStartFull + "\n\n  [\n+   4\n-   '4'\n  ]" });
assert.throws(function () { assert.deepStrictEqual({ a: 4 }, { a: 4, b: true }); },
  { code: 'ERR_ASSERTION', message: defaultMsgStartFull + '\n\n  {\n    a: 4,\n-   b: true\n  }' });
assert.throws(function () { assert.deepStrictEqual(['a'], { 0: 'a' }); },
  { code: 'ERR_ASSERTION', message: defaultMsgStartFull + "\n\n+ [\n+   'a'\n+ ]\n- {\n-   '0': 'a'\n- }" });
assert.throws(function () { assert.deepStrictEqual([1, 2, 3], [1, 2]); },
  { code: 'ERR_ASSERTION', message: defaultMsgStartFull + '\n\n  [\n    1,\n    2,\n+   3\n  ]' });

(function () {
  var arr = [1, 2, 3];
  arr[Math.pow(2, 32)] = true;
  assertNotDeepOrStrict(arr, [1, 2, 3]);
  var a = new Date('2000'), b = new Date('2000');
  Object.defineProperty(a, 'getTime', { value: function () { return 5; } });
  assertDeepAndStrictEqual(a, b);
  var o = { 0: 1, 1: 2, 2: 3, length: 3 };
  Object.setPrototypeOf(o, Array.prototype);
  Object.defineProperty(o, 'length', { enumerable: false });
  assertNotDeepOrStrict(o, [1, 2, 3]);
  var fake = { 0: 1, 1: 1, 2: 'broken' };
  Object.setPrototypeOf(fake, Object.getPrototypeOf([]));
  Object.defineProperty(fake, Symbol.toStringTag, { value: 'Array' });
  Object.defineProperty(fake, 'length', { value: 2 });
  assertNotDeepOrStrict(fake, [1, 1]);
})();

(function () {
  var ga = {}, gb = {};
  Object.defineProperty(ga, 'a', { get: function () { return 5; }, enumerable: true });
  Object.defineProperty(gb, 'a', { get: function () { return 6; }, enumerable: true });
  assert.throws(function () { assert.deepStrictEqual(ga, gb); }, ERR);
  assertDeepAndStrictEqual(ga, { a: 5 });
})();

// Object types must be identical on both sides.
(function () {
  var a = Buffer.from('test');
  var b = Object.create(Object.getPrototypeOf(a), Object.getOwnPropertyDescriptors(a));
  Object.defineProperty(b, Symbol.toStringTag, { value: 'Uint8Array' });
  assertNotDeepOrStrict(a, b);
  a = new Uint8Array(10);
  b = new Int8Array(10);
  Object.defineProperty(b, Symbol.toStringTag, { value: 'Uint8Array' });
  Object.setPrototypeOf(b, Uint8Array.prototype);
  assertNotDeepOrStrict(a, b);
  a = [1, 2, 3];
  b = { 0: 1, 1: 2, 2: 3 };
  Object.setPrototypeOf(b, Array.prototype);
  Object.defineProperty(b, 'length', { value: 3, enumerable: false });
  Object.defineProperty(b, Symbol.toStringTag, { value: 'Array' });
  assertNotDeepOrStrict(a, b);
  a = new Date(2000);
  b = Object.create(Object.getPrototypeOf(a), Object.getOwnPropertyDescriptors(a));
  Object.defineProperty(b, Symbol.toStringTag, { value: 'Date' });
  assertNotDeepOrStrict(a, b);
  a = /abc/g;
  b = Object.create(Object.getPrototypeOf(a), Object.getOwnPropertyDescriptors(a));
  Object.defineProperty(b, Symbol.toStringTag, { value: 'RegExp' });
  assertNotDeepOrStrict(a, b);
  a = [];
  b = /abc/;
  Object.setPrototypeOf(b, Array.prototype);
  Object.defineProperty(b, Symbol.toStringTag, { value: 'Array' });
  assertNotDeepOrStrict(a, b);
  a = Object.create(null);
  b = new RangeError('abc');
  Object.defineProperty(a, Symbol.toStringTag, { value: 'Error' });
  Object.setPrototypeOf(b, null);
  assertNotDeepOrStrict(a, b, AssertionError);
})();

(function () {
  var a = { x: 1 };
  var b = { y: 1 };
  Object.defineProperty(b, 'x', { value: 1 });
  assertNotDeepOrStrict(a, b);
})();

// Cases from Node.js test/parallel/test-util-inspect.js (MIT license,
// Copyright Node.js contributors), the parts without V8 internals or ES2015
// syntax, rewritten to ES5. Each line prints util.inspect of a value; the
// expected output (inspect.out) was produced by node 20 from this file.
'use strict';
var util = require('util');
function show(v, opts) { console.log(opts ? util.inspect(v, opts) : util.inspect(v)); }

show(1); show(-0); show(NaN); show('hello'); show("it's"); show('it\'s "q"'); show('a\nb\tc\u0001');
show(undefined); show(null); show(true); show(Symbol('s')); show(Symbol());
show([]); show({}); show([1, 2, 3]); show({ a: 1, 'b-c': 2, 3: 'x' });
show({ a: { b: { c: { d: 2 } } } });
show({ a: { b: { c: { d: 2 } } } }, { depth: 0 });
show({ a: { b: { c: { d: 2 } } } }, { depth: null });
show({ a: { b: { c: { d: 2 } } } }, { depth: Infinity });
show([1, [2, [3, [4, [5]]]]]);
show(new Array(5));
show([1, , 3, , , 6]);
var arr = [1, 2]; arr.extra = true; show(arr);
show(function foo() {}); show(function () {});
var fnWithProps = function named() {}; fnWithProps.prop = 1; show(fnWithProps);
show(/abc/gi); show(new Date(0)); show(new Date(NaN));
show(new Error('msg').message);
show(Object.create(null));
var nullProto = Object.create(null); nullProto.a = 1; show(nullProto);
function Foo() { this.x = 1; } show(new Foo());
function Empty() {} show(new Empty());
var circ = { name: 'c' }; circ.self = circ; circ.arr = [circ]; show(circ);
var c2 = { a: {} }; c2.a.b = c2.a; c2.x = c2; show(c2);
show(new Map([['a', 1], [{ k: 1 }, [1, 2]]])); show(new Set([1, 'two', [3]]));
show(new Map()); show(new Set());
show(new WeakMap()); show(new WeakSet());
show(Promise.resolve(42)); show(new Promise(function () {})); var rej = Promise.reject(3); rej['catch'](function () {}); show(rej);
show(new Uint8Array([1, 2, 3])); show(new Float64Array(2)); show(new Uint8Array(0));
show(new ArrayBuffer(3));
show(new Number(3)); show(new String('abc')); show(new Boolean(false));
var big = []; for (var i = 0; i < 120; i++) big.push(i); show(big);
show(big, { maxArrayLength: 2 });
show('x'.repeat(30), { maxStringLength: 10 });
var longStrs = []; for (i = 0; i < 30; i++) longStrs.push('item' + i); show(longStrs);
var mixed = []; for (i = 0; i < 26; i++) mixed.push(i % 3 === 0 ? 'str' + i : i * 1000); show(mixed);
show({ a: 'x'.repeat(80) });
show({ text: 'line one is long enough to be split\nline two is long enough too\nend' });
var getters = {}; Object.defineProperty(getters, 'g', { get: function () { return 1; }, enumerable: true });
Object.defineProperty(getters, 'gs', { get: function () { return 1; }, set: function () {}, enumerable: true });
Object.defineProperty(getters, 's', { set: function () {}, enumerable: true });
show(getters); show(getters, { getters: true });
var hidden = { visible: 1 }; Object.defineProperty(hidden, 'hidden', { value: 2, enumerable: false });
show(hidden); show(hidden, { showHidden: true });
var sym = {}; sym[Symbol('k')] = 'v'; show(sym);
var custom = {}; custom[util.inspect.custom] = function (depth, opts) { return 'CUSTOM depth=' + depth; }; show(custom); show({ nested: custom });
var custom2 = {}; custom2[util.inspect.custom] = function () { return { replaced: true }; }; show(custom2);
show({ a: [1, 2, { b: new Map([[1, { c: 1 }]]) }] });
show({ a: 1, b: 'two' }, { compact: false });
show({ a: { b: 1 } }, { compact: true, breakLength: 3 });
show({ b: 2, a: 1, c: 3 }, { sorted: true });
show([3, 1, 2], { colors: true });
show({ s: 'str', n: 1, u: undefined, nl: null, b: true, sy: Symbol('x'), d: new Date(0), r: /re/ }, { colors: true });
show(new Error('e1').name);
var e = new TypeError('bad'); show(Object.keys(e));
show({ 'key with space': 1, valid_id: 2, $dollar: 3, '': 4 });
show([[[[]]]]); show([[[[1]]]]); show({ a: [[[{}]]] });
show(Object.assign(Object.create({ inherited: 1 }), { own: 2 }));
show([undefined, null, -0, 0]);
show(util.format('%s %o', 'x', 'y'));
show(new Array(3).concat([1]));
show([Symbol.iterator, Symbol('a b')]);
// Duktape does not infer names of anonymous functions from keys:
// node shows { f: [Function: f] }, jsrt { f: [Function (anonymous)] }.
show(Object.create(Array.prototype));
var objWithLen = { length: 2, 0: 'a', 1: 'b' }; show(objWithLen);

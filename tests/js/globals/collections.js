// Map, Set, WeakMap, WeakSet: insertion order, SameValueZero keys,
// iterators with next() and Array.from, deletes during iteration.
var assert = require('assert');
var m = new Map([[1, 'a'], ['1', 'b'], [NaN, 'nan']]);
assert.strictEqual(m.size, 3);
assert.strictEqual(m.get(1), 'a');
assert.strictEqual(m.get('1'), 'b');
assert.strictEqual(m.get(NaN), 'nan');
m.set(-0, 'zero');
assert.strictEqual(m.get(0), 'zero');
assert.ok(Object.is(Array.from(m.keys())[3], 0));
var k1 = {}, k2 = function () {}, s1 = Symbol('s');
m.set(k1, 'obj').set(k2, 'fn').set(s1, 'sym').set(null, 'null').set(undefined, 'u');
assert.strictEqual(m.get(k1), 'obj');
assert.strictEqual(m.get({}), undefined);
assert.strictEqual(m.get(k2), 'fn');
assert.strictEqual(m.get(s1), 'sym');
assert.strictEqual(m.get(Symbol('s')), undefined);
assert.strictEqual(m.get(null), 'null');
assert.ok(m.has(undefined));
assert.deepStrictEqual(Array.from(m.values()), ['a', 'b', 'nan', 'zero', 'obj', 'fn', 'sym', 'null', 'u']);
assert.strictEqual(m['delete']('1'), true);
assert.strictEqual(m['delete']('1'), false);
m.set(1, 'A'); // update keeps position
assert.deepStrictEqual(Array.from(m.entries()).slice(0, 2), [[1, 'A'], [NaN, 'nan']]);
// iterators survive deletes and see additions
var s = new Set([1, 2, 3, 4]);
var seen = [];
s.forEach(function (v) {
  seen.push(v);
  if (v === 1) { s['delete'](2); s.add(5); }
  if (v === 3) s['delete'](3);
});
assert.deepStrictEqual(seen, [1, 3, 4, 5]);
var it = s.values();
assert.deepStrictEqual(it.next(), { value: 1, done: false });
s.clear();
s.add(9);
assert.deepStrictEqual(it.next(), { value: 9, done: false });
assert.deepStrictEqual(it.next(), { value: undefined, done: true });
assert.deepStrictEqual(it.next(), { value: undefined, done: true });
assert.strictEqual(it[Symbol.iterator](), it);
assert.strictEqual(Object.prototype.toString.call(new Map()), '[object Map]');
assert.strictEqual(Object.prototype.toString.call(it), '[object Set Iterator]');
assert.deepStrictEqual(Array.from(new Set('hello')), ['h', 'e', 'l', 'o']);
assert.deepStrictEqual(Array.from(new Map([[1, 2]])), [[1, 2]]);
assert.deepStrictEqual(Array.from(new Set([1, 2]).entries()), [[1, 1], [2, 2]]);
assert.throws(function () { Map(); }, TypeError);
assert.throws(function () { new Map([1]); }, /Iterator value 1 is not an entry object/);
assert.throws(function () { Map.prototype.get.call({}, 1); }, TypeError);
assert.deepStrictEqual(Object.keys(new Map([[1, 2]])), []);
// WeakMap / WeakSet
var wm = new WeakMap(), o = {}, frozen = Object.freeze({});
wm.set(o, 1).set(frozen, 2);
assert.strictEqual(wm.get(o), 1);
assert.strictEqual(wm.get(frozen), 2);
assert.ok(wm.has(o));
assert.strictEqual(wm.get(1), undefined);
assert.deepStrictEqual(Object.keys(o), []);
assert.deepStrictEqual(Object.getOwnPropertyNames(o), []);
assert.deepStrictEqual(Object.getOwnPropertySymbols(o), []);
assert.ok(wm['delete'](o));
assert.ok(!wm.has(o));
assert.ok(wm['delete'](frozen));
assert.throws(function () { wm.set(1, 1); }, /Invalid value used as weak map key/);
var wm2 = new WeakMap([[o, 'x']]);
assert.strictEqual(wm2.get(o), 'x');
assert.strictEqual(wm.get(o), undefined);
var ws = new WeakSet([o]);
assert.ok(ws.has(o));
assert.ok(!ws.has({}));
assert.throws(function () { ws.add(1); }, /Invalid value used in weak set/);
console.log('ok');

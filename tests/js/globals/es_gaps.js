// Engine gaps closed for packages (issue 17): Reflect.get/set with a
// receiver, String.prototype.trimLeft/trimRight, Symbol.species and
// Buffer[Symbol.species], a subclass of AggregateError, node's wording of
// an "instance of" argument error; output checked against node.
'use strict';
const base = { get x() { return this.y; }, set x(v) { this.z = v; }, plain: 1 };
console.log(Reflect.get(base, 'x', { y: 5 }), Reflect.get(base, 'plain', {}), Reflect.get(base, 'none', {}));
const recv = {};
console.log(Reflect.set(base, 'x', 3, recv), recv.z, 'z' in base);
const r2 = {};
console.log(Reflect.set(base, 'plain', 9, r2), r2.plain, base.plain);
const frozen = Object.freeze({ a: 1 });
console.log(Reflect.set({ a: 0 }, 'a', 2, frozen), frozen.a);
const ro = Object.defineProperty({}, 'k', { value: 1, writable: false });
console.log(Reflect.set(ro, 'k', 2, {}));
class P { get who() { return this.name; } }
class C extends P { constructor() { super(); this.name = 'c'; } get who() { return 'C:' + super.who; } }
console.log(new C().who);
console.log(JSON.stringify(' a '.trimLeft()), JSON.stringify(' a '.trimRight()),
  String.prototype.trimLeft.name === 'trimStart' || String.prototype.trimLeft.name);
console.log(typeof Symbol.species, typeof Buffer[Symbol.species], Buffer.from([1]) instanceof Buffer[Symbol.species]);
class Agg extends AggregateError {}
const a = new Agg([1, 2], 'm');
console.log(a instanceof Agg, a instanceof AggregateError, a.message, a.errors.length, a.name);
try { process.hrtime(1); } catch (e) { console.log(e.code, e.message); }

// Generators with classes (super, static), computed and Symbol.iterator
// methods, destructuring, defaults, templates, optional chains, spread,
// named expressions, nested for-of and labels, as node runs them.
class A { *items() { yield 'a'; } get k() { return 'K'; } }
class B extends A {
  *items() { yield* super.items(); yield super.k; yield this.constructor.name; }
  static *s() { yield this.name; }
}
console.log([...new B().items()], [...B.s()]);
const o = { *g() { yield 1; }, [Symbol.iterator]: function* () { yield 'it'; } };
console.log([...o.g()], [...o]);
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const f = []; for (const x of fib()) { if (x > 50) break; f.push(x); } console.log(f.join(' '));
function* dflt(a = 1, ...rest) { yield a; yield rest.length; }
console.log([...dflt()], [...dflt(5, 6, 7)], dflt.length);
function* tmpl() { const x = yield; yield `got ${x} ${yield 'inner'}`; }
const t = tmpl(); t.next(); t.next('X'); console.log(t.next('Y').value);
function* opt(o) { yield o?.a?.b ?? 'none'; yield (yield 'q') ?? 'nul'; }
console.log([...opt({ a: { b: 2 } })], [...opt(null)]);
function* objspread() { const o = { ...{ a: yield 1 }, b: yield 2 }; return o; }
const os = objspread(); os.next(); os.next('A'); console.log(JSON.stringify(os.next('B').value));
var gf = function* named() { yield typeof named; }; console.log([...gf()], gf.name);
console.log(Object.getPrototypeOf(function* () {}).constructor.name === undefined ? 'noctor' : 'ctor');
function* thrower() { try { yield 1; } catch (e) { yield 'c:' + e; } finally { console.log('fin'); } }
const th = thrower(); th.next(); console.log(th.throw('E').value, JSON.stringify(th.next()));
function* nested() { for (const a of [1, 2]) for (const b of 'xy') yield a + b; }
console.log([...nested()].join(','));
label: for (const v of fib()) { for (const w of [1]) { if (v > 3) break label; } }
console.log('labels ok');

// Optional chaining: every form, evaluation counts, `this` kept.
var log = [];
function get(name, v) { log.push(name); return v; }
var o = { a: { b: { c: 42 } }, f: function () { return this === o; },
          n: null, arr: [1, 2, 3] };
console.log(o?.a?.b?.c, o.n?.b, o.n?.b.c.d.e, o.x?.y);
console.log(o?.["a"]?.["b"].c, o.arr?.[1], o.n?.[get('key', 'k')]);
console.log(log.length); // the key of a short-circuited ?.[] is not evaluated
console.log(o.f?.(), o.g?.(), o?.f(), o.n?.f());
var calls = 0;
function obj() { calls++; return o; }
console.log(obj()?.a.b.c, calls); // evaluated once
console.log(obj().f?.(), calls);
var u;
console.log(u?.x, u?.[0], u?.(), typeof u?.x);
console.log(delete o?.a.b, o.a.b, delete u?.x, delete o.n?.x);
// short-circuit stops at the chain: parentheses end it
try { (u?.a).b; } catch (e) { console.log(e instanceof TypeError); }
var fn = null;
console.log(fn?.(get('arg', 1)), log.join());
var s = 'str';
console.log(s?.length, s?.toUpperCase?.(), (0)?.toFixed(1), ''?.length);
function Cls() { this.v = 7; }
Cls.prototype.m = function () { return this.v; };
var inst = new Cls();
console.log(inst.m?.(), inst?.m(), inst['m']?.());
var deep = { a: [{ b: function () { return this.c; }, c: 'deep' }] };
console.log(deep.a?.[0].b(), deep.a?.[0]?.b?.(), deep.z?.[0].b());

// Defaults keep .length and .name in every form: declarations (hoisted:
// the length is right before the declaration runs), expressions, methods
// of object literals and classes, setters; the defaults see `this`.
console.log(early.length, early(1));
function early(a, b = 2) { return a + b; }
var expr = function (a, b = 1, c) { return [a, b, c].join(); };
var named = function inner(a = 1) { return typeof inner; };
var assigned;
assigned = function (x = 0) {};
console.log(expr.length, expr.name, expr(0), named.length, named.name, named(), assigned.name, assigned.length);
var o = {
  m(a, b = 1) { return a + b; },
  n: function (a = 1, ...r) { return r.length; },
  get g() { return 'g'; },
  ['c' + 1](x = 5) { return x; }
};
console.log(o.m.length, o.m.name, o.m(1), o.n.length, o.n.name, o.n(1, 2, 3), o.c1.length, o.c1.name, o.c1());
class K {
  constructor(a, b = 1) { this.s = a + b; }
  m(x, y = this.s) { return x + y; }
  static s(...args) { return args.length; }
}
var k = new K(1);
console.log(K.length, k.s, k.m.length, k.m(1), K.s.length, K.s(1, 2));
function outer() {
  function nested(a = 1, b) { return a; }
  return nested.length + ':' + nested();
}
console.log(outer());
if (true) { function inBlock(p = 1) { return p; } console.log(inBlock.length, inBlock()); }

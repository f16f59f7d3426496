// Object literal extensions: shorthand, methods, computed keys in order,
// accessors, __proto__, spread, and the names functions get.
var a = 1, b = 2;
var o1 = { a, b, m() { return this.a + this.b; } };
console.log(o1.a, o1.b, o1.m(), Object.keys(o1).join(','));

var log = [];
function k(x) { log.push('k' + x); return x; }
function v(x) { log.push('v' + x); return x; }
var o2 = { [k('p')]: v(1), q: v(2), [k('r')]: v(3) };
console.log(Object.keys(o2).join(','), log.join(','));

var o3 = { ['__proto__']: 5 };
console.log(Object.keys(o3).join(','), Object.getPrototypeOf(o3) === Object.prototype);
var proto = { inherited: 'yes' };
var o4 = { __proto__: proto, own: 1 };
console.log(o4.inherited, Object.keys(o4).join(','), Object.getPrototypeOf(o4) === proto);
var o5 = { __proto__: null };
console.log(Object.getPrototypeOf(o5));

var n = 'dyn';
var o6 = {
  get [n]() { return 'got ' + n; },
  set [n](x) { log.push('set ' + x); },
  [n + 2]: 'two',
  [1 + 1]: 'num'
};
o6.dyn = 'val';
console.log(o6.dyn, o6.dyn2, o6[2], log[log.length - 1]);

var src = { s1: 1, s2: 2 };
var sym = Symbol('sy');
src[sym] = 'symval';
var o7 = { s0: 0, ...src, s2: 'over', ...null, ...undefined };
console.log(JSON.stringify(o7), o7[sym]);
var o7s = { ...'hi' };
console.log(o7s[0], o7s[1], Object.keys(o7s).length);
var getterRan = 0;
var o8 = { ...{ get g() { getterRan++; return 'gv'; } } };
console.log(getterRan, Object.getOwnPropertyDescriptor(o8, 'g').value);

var o9 = {
  f: function () {},
  g() {},
  h: function named() {},
  ['c' + 'k']: function () {},
  [sym]: function () {}
};
console.log(o9.f.name, o9.g.name, o9.h.name, o9.ck.name, o9[sym].name);

var x = 'outer';
var o10 = { x() { return x; } };
console.log(o10.x());

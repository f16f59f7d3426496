// .length counts the parameters before the first default or rest; defaults
// run left to right for undefined only and see earlier parameters.
function f0(a, b = 1, c) { return [a, b, c]; }
function f1(a, b, ...c) { return [a, b, c]; }
function f2([a, b], { c } = { c: 'dc' }, d = a + b) { return [a, b, c, d]; }
function f3(...args) { return args; }
function f4(a = 1, b = a * 2, c = b + 1) { return [a, b, c]; }
function f5({ x, y } = {}, [z] = []) { return [x, y, z]; }
var f6 = function (a, b = 2) { return a + b; };
console.log(f0.length, f1.length, f2.length, f3.length, f4.length, f5.length, f6.length);
console.log(JSON.stringify(f0(1)), JSON.stringify(f0(1, undefined, 3)), JSON.stringify(f0(1, null)));
console.log(JSON.stringify(f1(1, 2, 3, 4)), JSON.stringify(f1(1)));
console.log(JSON.stringify(f2([1, 2])), JSON.stringify(f2([1, 2], { c: 'C' }, 0)));
console.log(JSON.stringify(f3()), JSON.stringify(f3(1, 'two', 3)));
console.log(JSON.stringify(f4()), JSON.stringify(f4(5)), JSON.stringify(f4(5, undefined, 0)));
console.log(JSON.stringify(f5()), JSON.stringify(f5({ x: 1, y: 2 }, [3])));
console.log(f6(1), f6(1, 10));

var order = [];
function g(a = order.push('a'), b = order.push('b')) { return order.join(''); }
console.log(g(), g(1));

function h(a, b = 2) { return arguments.length; }
console.log(h(1), h(1, 2, 3));

function ctx(a = this.v) { return a; }
console.log(ctx.call({ v: 'this works' }));

function r(first, ...[second, third]) { return [first, second, third]; }
console.log(JSON.stringify(r(1, 2, 3)), r.length);

var obj = { m(a, b = 3) { return a * b; } };
console.log(obj.m(2), obj.m.length);

try { (function ({ a }) {})(); } catch (e) { console.log(e instanceof TypeError); }

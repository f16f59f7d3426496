// Assignment patterns: the value of the expression is the right-hand side,
// member targets, swaps, nesting, rest.
var a, b, c, rest, o = {};
var r = ([a, b] = [1, 2]);
console.log(a, b, JSON.stringify(r));

[a, b] = [b, a];
console.log(a, b);

({ x: o.x, y: o['y'], z: c = 'zd' } = { x: 'X', y: 'Y' });
console.log(o.x, o.y, c);

var v = ({ a, ...rest } = { a: 5, q: 6, w: 7 });
console.log(a, JSON.stringify(rest), JSON.stringify(v));

[o.first, ...o.others] = 'abc';
console.log(o.first, JSON.stringify(o.others));

var arr = [];
[arr[0], [arr[1], arr[2]]] = [1, [2, 3]];
console.log(JSON.stringify(arr));

var count = 0;
while (([a, b] = [count, count + 1]) && count < 2) { console.log(a, b); count++; }

var k = 'dyn';
({ [k]: c } = { dyn: 'D' });
console.log(c);

try { ({} = null); } catch (e) { console.log(e instanceof TypeError); }

function f() { var t; return [t] = [42]; }
console.log(JSON.stringify(f()));

try { throw { message: 'caught', code: 7 }; } catch ({ message, code }) { console.log(message, code); }
try { throw [1, 2]; } catch ([e1, e2]) { console.log(e1 + e2); }

var keys = [];
for (var [kk, vv] in { ab: 1, cd: 2 }) keys.push(kk + vv);
console.log(keys.join(','));
var q;
for ([q] in { xy: 1 }) console.log(q);

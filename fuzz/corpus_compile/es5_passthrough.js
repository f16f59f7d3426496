// Plain ES5.1: goes to Duktape as it is (no lowering needed).
var o = { a: 1, get b() { return this.a + 1; } };
function F(x) { this.x = x; }
F.prototype.twice = function () { return this.x * 2; };
console.log(o.b, new F(21).twice(), [3, 1, 2].sort().join(''));

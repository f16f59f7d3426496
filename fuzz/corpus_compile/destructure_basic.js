// Destructuring: arrays with holes and rest, objects with defaults and
// rest, nesting, parameters, swapping.
var [a, , b = 3, ...r] = [1, 2, undefined, 4, 5];
console.log(a, b, r.join('+'));
var { p, q: { s = 'd' } = {}, ...o } = { p: 1, t: 2, u: 3 };
console.log(p, s, Object.keys(o).join(''));
function h({ x, y = 10 }, [z]) { return x + y + z; }
console.log(h({ x: 1 }, [100]));
var m = 1, n = 2;
[m, n] = [n, m];
console.log(m, n);

// A sloppy function with non-simple parameters has unmapped arguments:
// writes to arguments[i] and to the parameter do not see each other.
function f(a, b = 2) { arguments[0] = 9; return a + ':' + arguments[0] + ':' + b; }
function g(a, ...r) { a = 5; return arguments[0] + ':' + a; }
function h(a, [b]) { var k = () => arguments[0]; arguments[0] = 7; return a + ':' + k(); }
function s(a, b = 1) { 'x'; return a; }
console.log(f(1), g(1, 2), h(1, [2]), s(3), f.length, g.length, h.length);

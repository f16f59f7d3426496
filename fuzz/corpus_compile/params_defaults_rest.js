// Default and rest parameters, their .length and arguments.
function f(a, b = a + 1, ...rest) {
  return [a, b, rest.length, arguments.length].join(',');
}
console.log(f(1), f(1, 5, 6, 7), f.length);
function g(x = 1) { return typeof arguments[0]; }
console.log(g(), g(2));

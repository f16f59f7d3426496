// yield inside expressions: operands left to right, the ones before a yield
// kept in temporaries; && || ?: short-circuit around it.
var log = [];
function f(n) { log.push('f' + n); return n; }
function* ex() {
  var a = f(1) + (yield 'a') * f(2);
  var arr = [f(3), yield 'b', f(4)];
  var o = { x: yield 'c', y: f(5) };
  var c = f(0) || (yield 'never');
  var d = f(0) && (yield 'never');
  var e = f(1) ? yield 'then' : yield 'else';
  var obj = { m(x, y) { return this === obj && x + y; } };
  var m = obj.m(yield 'arg1', yield 'arg2');
  var s = 'x';
  s += yield 's';
  return [a, arr, o, c, d, e, m, s];
}
var g = ex(), r, i = 10;
while (!(r = g.next(i++)).done) console.log(r.value);
console.log(JSON.stringify(r.value));
console.log(log.join(','));
function* args() { yield arguments.length; yield arguments[1]; yield this.k; }
console.log([...args.call({ k: 'this' }, 'p', 'q')]);

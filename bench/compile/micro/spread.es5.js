function add3(a, b, c) { return a + b + c; }
var base = [1, 2, 3];
var t = 0;
for (var i = 0; i < 100000; i++) {
  var arr = base.concat([i]);
  t += add3.apply(undefined, base) + arr.length + Math.max.apply(Math, arr);
}
console.log(t);

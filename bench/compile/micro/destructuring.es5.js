function f(o, arr) { var a = o.a, b = o.b, c = arr[0], d = arr[1]; return a + b + c + d; }
var t = 0;
for (var i = 0; i < 100000; i++) {
  var o = { x: i, y: 1 };
  var x = o.x, y = o.y;
  var arr = [x, y];
  var p = arr[0], q = arr[1];
  t += f({ a: p, b: q }, [1, 2]);
}
console.log(t);

var total = 0;
function make(i) { return function () { return i; }; }
for (var r = 0; r < 100; r++) {
  var fs = [];
  for (var i = 0; i < 1000; i++) fs.push(make(i));
  for (var k = 0; k < fs.length; k++) total += fs[k]();
}
console.log(total);

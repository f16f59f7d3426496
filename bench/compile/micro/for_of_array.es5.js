var xs = [];
for (var i = 0; i < 1000; i++) xs.push(i);
var s = 0;
for (var r = 0; r < 2000; r++) {
  for (var j = 0; j < xs.length; j++) s += xs[j];
}
console.log(s);

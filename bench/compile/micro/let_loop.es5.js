var sum = 0;
for (var i = 0; i < 4000000; i++) {
  var j = i & 7;
  var k = j * 2;
  sum += k;
}
console.log(sum);

var n = 0;
for (var i = 0; i < 150000; i++) {
  var s = 'item ' + i + ': ' + i * 2 + ' of ' + 'list';
  n += s.length;
}
console.log(n);

// A generator's body as a state machine: each yield a case, vars of the
// body declared in the outer function, parameters stay there.
function* count(from, to) {
  var i = from;
  while (i < to) {
    var sent = yield i;
    if (sent) i += sent;
    i++;
  }
  return 'done';
}
var it = count(0, 5);
console.log(JSON.stringify(it.next()), JSON.stringify(it.next(2)));
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()));
for (var v of count(10, 13)) console.log(v);
console.log([...count(0, 3)]);
var [a, , b] = count(5, 10);
console.log(a, b);

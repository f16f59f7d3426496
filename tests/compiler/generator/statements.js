// Every statement form around a yield: loops with labels, break and
// continue, switch with fall-through, for-in, do-while, nested try.
function* loops() {
  outer: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      if (j === 2) continue outer;
      if (i === 2) break outer;
      yield `${i}${j}`;
    }
  }
  var n = 0;
  do { yield 'do' + n; } while (++n < 2);
  for (var k in { x: 1, y: 2 }) yield k;
  block: { yield 'in block'; break block; }
}
console.log([...loops()].join(' '));

function* sw(x) {
  switch (x) {
    case 1: yield 'one';
    case 2: yield 'two'; break;
    case (yield 'test'): yield 'matched'; break;
    default: yield 'default';
  }
}
console.log([...sw(1)], [...sw(2)], [...sw(3)]);
var s = sw(3); s.next(); console.log(JSON.stringify(s.next(3)));

function* tries() {
  try {
    try {
      yield 1;
      throw new Error('inner');
    } finally {
      yield 'inner finally';
    }
  } catch (e) {
    yield 'caught ' + e.message;
  } finally {
    yield 'outer finally';
  }
  for (var i = 0; i < 3; i++) {
    try {
      if (i === 1) continue;
      if (i === 2) break;
      yield 'loop ' + i;
    } finally {
      yield 'f' + i;
    }
  }
  try { return 'ret'; } finally { yield 'before return'; }
}
var t = tries(), r;
while (!(r = t.next()).done) console.log(r.value);
console.log('return value', r.value);

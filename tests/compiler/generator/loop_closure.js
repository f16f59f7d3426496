// A loop body whose let binding a closure captures becomes a function of
// its own (lower_block_scope.c): with a yield inside it is a generator the
// loop delegates to with yield*, so break/continue/return still work.
function* gen() {
  const fns = [];
  for (let i = 0; i < 4; i++) {
    fns.push(() => i);
    if (i === 1) continue;
    if (i === 3) break;
    const got = yield i;
    fns.push(() => got);
  }
  yield fns.map((f) => f()).join(',');
  for (const k of ['a', 'b']) {
    setTimeout(() => k, 0);
    if (k === 'b') return 'returned ' + (yield k);
  }
}
var it = gen(), r, n = 0;
while (!(r = it.next('s' + n++)).done) console.log(r.value);
console.log(r.value);

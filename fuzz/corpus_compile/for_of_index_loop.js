// for-of over an array: one index loop (the iterator protocol only when
// the iteration is not the built-in one), no closure per iteration.
function total(xs) {
  let t = 0;
  for (const x of xs) t += x;
  return t;
}
console.log(total([1, 2, 3]), total(new Set([4, 5])));

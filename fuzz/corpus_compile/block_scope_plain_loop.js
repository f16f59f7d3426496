// No closure captures the loop variable: a plain var loop, no function.
function sum(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    s += v;
  }
  return s;
}
console.log(sum([1, 2, 3]));

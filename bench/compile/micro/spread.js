// Spread in calls and array literals.
function add3(a, b, c) { return a + b + c; }
const base = [1, 2, 3];
let t = 0;
for (let i = 0; i < 100000; i++) {
  const arr = [...base, i];
  t += add3(...base) + arr.length + Math.max(...arr);
}
console.log(t);

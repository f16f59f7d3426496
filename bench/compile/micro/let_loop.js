// let loops without closures: must stay plain loops.
let sum = 0;
for (let i = 0; i < 4000000; i++) {
  let j = i & 7;
  const k = j * 2;
  sum += k;
}
console.log(sum);

// let loops whose body captures the binding: one binding per iteration.
let total = 0;
for (let r = 0; r < 100; r++) {
  const fs = [];
  for (let i = 0; i < 1000; i++) fs.push(() => i);
  for (let k = 0; k < fs.length; k++) total += fs[k]();
}
console.log(total);

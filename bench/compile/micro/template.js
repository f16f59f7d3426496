// Template strings.
let n = 0;
for (let i = 0; i < 150000; i++) {
  const s = `item ${i}: ${i * 2} of ${'list'}`;
  n += s.length;
}
console.log(n);

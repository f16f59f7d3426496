// Destructuring of objects and arrays, in declarations and parameters.
function f({ a, b }, [c, d]) { return a + b + c + d; }
let t = 0;
for (let i = 0; i < 100000; i++) {
  const { x, y } = { x: i, y: 1 };
  const [p, q] = [x, y];
  t += f({ a: p, b: q }, [1, 2]);
}
console.log(t);

// for-of over an array (a fast path may make it an index loop).
const xs = [];
for (let i = 0; i < 1000; i++) xs.push(i);
let s = 0;
for (let r = 0; r < 2000; r++) {
  for (const x of xs) s += x;
}
console.log(s);

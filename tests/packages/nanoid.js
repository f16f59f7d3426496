// nanoid 3 (CommonJS build: arrow functions, let/const, default params).
const { nanoid, customAlphabet, urlAlphabet } = require('nanoid');
const id = nanoid();
console.log(id.length, /^[A-Za-z0-9_-]+$/.test(id), nanoid(10).length);
const hex = customAlphabet('0123456789abcdef', 8);
const h = hex();
console.log(h.length, /^[0-9a-f]{8}$/.test(h), urlAlphabet.length);
const ids = new Set();
for (let i = 0; i < 1000; i++) ids.add(nanoid(12));
console.log(ids.size);

// lru-cache 7 (classes with private-ish fields, getters, Symbol.iterator, for-of).
const LRU = require('lru-cache');
const c = new LRU({ max: 3 });
c.set('a', 1); c.set('b', 2); c.set('c', 3);
c.get('a');
c.set('d', 4);
console.log(c.has('b'), c.has('a'), c.size, [...c.keys()].join(','));
for (const [k, v] of c.entries()) console.log(k, v);
console.log(c.peek('c'), c.delete('c'), c.size);
const ttl = new LRU({ max: 10, maxSize: 10, sizeCalculation: (v) => v.length });
ttl.set('x', 'abcd'); ttl.set('y', 'efghij'); ttl.set('z', 'k');
console.log(ttl.calculatedSize, ttl.has('x'));

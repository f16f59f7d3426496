// for-of over arrays, strings, Map, Set and a custom iterator (closed on
// break).
var out = [];
for (const x of [1, 2, 3]) out.push(x);
for (const c of 'hé') out.push(c);
for (const [k, v] of new Map([['a', 1]])) out.push(k + v);
for (const s of new Set([7])) out.push(s);
console.log(out.join(' '));
var it = {
  [Symbol.iterator]() {
    var i = 0;
    return {
      next() { return { value: i++, done: i > 5 }; },
      return() { console.log('closed'); return {}; },
    };
  },
};
for (const v of it) { if (v === 2) break; }

// for-of over arrays: an index loop while the built-in iteration is in
// place (live length, holes), the iterator protocol otherwise; iterators
// are closed on break, return and throw, not when next() throws.
var a = [1, , 3];
var out = [];
for (const x of a) out.push(x);
console.log(out.join('|'));
var grow = [1, 2];
for (const x of grow) { if (grow.length < 5) grow.push(x * 10); }
console.log(grow.join());
function it(n, log) {
  var i = 0;
  var o = {};
  o[Symbol.iterator] = function () {
    return { next: function () { return { value: i++, done: i > n }; },
             return: function () { log.push('closed'); return {}; } };
  };
  return o;
}
var log = [];
for (const v of it(5, log)) { if (v === 2) break; log.push(v); }
console.log(log.join());
log = [];
(function () { for (const v of it(5, log)) { if (v === 1) return; } })();
console.log(log.join());
log = [];
try { for (const v of it(5, log)) { throw new Error('boom'); } } catch (e) { log.push(e.message); }
console.log(log.join());
log = [];
outer: for (const v of it(3, log)) { for (const w of it(3, log)) { if (w === 1) continue outer; } }
console.log(log.length);
var s = '';
for (const ch of 'a\u{1F600}b') s += '[' + ch + ']';
console.log(s, s.length);
var m = new Map([[1, 'one']]);
for (const e of m) console.log(e[0], e[1]);
var target = {};
for (target.p of [7, 8]);
console.log(target.p);
var fns = [];
for (const v of [1, 2, 3]) fns.push(() => v);
console.log(fns.map(function (f) { return f(); }).join());
var saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () { return saved.call([42]); };
for (const x of [1, 2]) console.log('patched', x);
Array.prototype[Symbol.iterator] = saved;

// for await: async iterables, sync iterables of promises, closing on
// break/throw/return with return() awaited, and node's turns.
var log = console.log;
var ticks = Promise.resolve();
for (var t = 1; t <= 12; t++) (function (t) { ticks = ticks.then(function () { log('tick', t); }); })(t);
async function* counter(n) {
  try { for (let i = 0; i < n; i++) yield i; } finally { log('counter finally'); }
}
async function main() {
  for await (const x of [Promise.resolve('a'), 'b', Promise.resolve('c')]) log('sync of promises', x);
  for await (const x of counter(3)) log('async gen', x);
  for await (const x of counter(5)) { if (x === 1) break; log('before break', x); }
  try {
    for await (const x of counter(5)) { if (x === 2) throw new Error('out'); }
  } catch (e) { log('caught', e.message); }
  // a hand-made async iterator whose return() is awaited
  var closed = [];
  var it = {
    i: 0,
    next() { return Promise.resolve({ value: this.i++, done: this.i > 3 }); },
    return() { closed.push('return'); return new Promise(function (r) { setTimeout(r, 1, {}); }); },
    [Symbol.asyncIterator]() { return this; }
  };
  for await (const v of it) { if (v === 1) break; }
  log('closed', closed);
  // destructuring and an existing variable as the head
  var k;
  for await ([k] of [[1], [2]]) log('head', k);
  for await (k of (async function* () { yield 'g1'; yield 'g2'; })()) log('expr gen', k);
  // a next() result that is no object
  try {
    for await (const v of { [Symbol.asyncIterator]() { return { next() { return 5; } }; } }) log(v);
  } catch (e) { log(e.constructor.name); }
  // labelled continue
  outer: for await (const a of [1, 2]) { for await (const b of [1, 2]) { if (b === 2) continue outer; log('label', a, b); } }
  // a rejected promise from a sync iterable
  try { for await (const v of [Promise.reject(new Error('rejected value'))]) log(v); } catch (e) { log('caught', e.message); }
  return 'done';
}
main().then(log);
log('sync end');

// bench/generator: 1,000,000 yields consumed by for-of, against the same
// loop over a hand-written ES5 iterator, in one process (issue 12's
// target: the generator at most 2x the ES5 iterator under jsrt).
// Prints "es5_ms gen_ms" (CPU milliseconds of each loop).
'use strict';
var N = 1000000;
function* gen(n) {
  for (var i = 0; i < n; i++) yield i;
}
function Counter(n) {
  this.i = 0;
  this.n = n;
}
Counter.prototype.next = function () {
  return this.i < this.n ? { value: this.i++, done: false } : { value: undefined, done: true };
};
Counter.prototype[Symbol.iterator] = function () { return this; };
function cpu() {
  var u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
var sum = 0, t0 = cpu();
for (var v of new Counter(N)) sum += v;
var t1 = cpu();
for (var w of gen(N)) sum += w;
var t2 = cpu();
if (sum !== (N * (N - 1))) throw new Error('wrong sum ' + sum);
console.log((t1 - t0).toFixed(1) + ' ' + (t2 - t1).toFixed(1));

// A fresh binding per iteration when closures capture it: while/do,
// blocks in loops, for-in, labels, return, vars, this/arguments, and the
// loop variable written in the body (copied back).
var fns = [], n = 0;
function run() { var r = fns.map(function (f) { return f(); }).join(); fns = []; return r; }
while (n < 3) { let m = n; fns.push(() => m); n++; }
console.log(run());
n = 0;
do { const k = n * 2; fns.push(() => k); } while (++n < 3);
console.log(run());
for (var j = 0; j < 3; j++) { if (j !== 1) { let q = j; fns.push(() => q); } }
console.log(run());
for (let key in { a: 1, b: 2 }) fns.push(() => key);
console.log(run());
function vars() { for (let i = 0; i < 2; i++) { var seen = i; fns.push(() => i); } return seen; }
console.log(vars(), run());
function thisArgs() {
  for (let i = 0; i < 2; i++) fns.push(() => this.tag + i + arguments[0]);
  return run();
}
console.log(thisArgs.call({ tag: 'T' }, '!'));
function copyBack() {
  for (let i = 0; i < 10; i++) {
    fns.push(() => i);
    if (i % 2) { i += 2; continue; }
    i++;
  }
  return run();
}
console.log(copyBack());
function labels() {
  outer: for (let i = 0; i < 3; i++) {
    for (let k = 0; k < 3; k++) {
      fns.push(() => i * 10 + k);
      if (k === 1) continue outer;
      if (i === 2) break outer;
    }
  }
  return run();
}
console.log(labels());
function ret() {
  for (let i = 0; i < 5; i++) { fns.push(() => i); if (i === 3) return i * 100; }
  return -1;
}
console.log(ret(), run());
for (let i = 0; i < 3; i++) { switch (i) { case 1: fns.push(() => 'one'); break; default: fns.push(() => i); } }
console.log(run());

// Function declarations in blocks: block-scoped, initialized on entry to
// the block; in sloppy code also a var of the function (Annex B).
console.log(typeof before);
if (true) { function before() { return 'before'; } }
console.log(before());
console.log(typeof never);
if (false) { function never() {} }
console.log(typeof never);
{ console.log(hoisted()); function hoisted() { return 'hoisted in block'; } }
function strict() {
  'use strict';
  { function inner() { return 1; } }
  return typeof inner;
}
console.log(strict());
let out = [];
for (let i = 0; i < 2; i++) { function each() { return i; } out.push(each); }
console.log(out.map(function (f) { return f(); }).join());

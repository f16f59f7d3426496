// let/const become vars: a clash with another name of the function gets a
// fresh name; globals and outer names seen inside keep theirs.
var x = 'global x';
function f() {
  let out = [];
  { let x = 1; out.push(x); }
  { let x = 2; out.push(x); }
  out.push(x);
  try { throw 'e'; } catch (x) { { let x = 3; out.push(x); } out.push(x); }
  for (let x = 4; x < 5; x++) out.push(x);
  return out.join();
}
console.log(f());
const k = 1;
{
  const k = 2;
  { let k = 3; console.log(k); }
  console.log(k);
}
console.log(k);
function g(a) { { let a = 'inner'; return a; } }
console.log(g('param'));

// A block's const renamed because an outer let of the function has its
// name: the declaration (plain ES5 bytes otherwise) must take the new name.
function f(a) {
  let t;
  for (let e = 0; e < 2; e++) {
    if (a) { const t = e + 10; return t; }
    t = e;
  }
  return t;
}
console.log(f(true), f(false));

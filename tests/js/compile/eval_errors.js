// SyntaxErrors of eval and new Function (the compile hook, src/compile.c):
// node's messages, and modern syntax lowered inside them. Checked against
// node 20.
function msg(f) {
  try { f(); return 'no error'; } catch (e) { return e.name + ': ' + e.message; }
}
console.log(msg(function () { eval('a?.;'); }));
console.log(msg(function () { eval('let let = 1'); }));
console.log(msg(function () { (0, eval)('1 +'); }));
console.log(msg(function () { new Function('return )'); }));
console.log(msg(function () { new Function('a', 'return a ?? '); }));
// lowered inside eval and new Function, direct eval keeping its scope
function direct() { var o = { x: { y: 7 } }; return eval('o?.x?.y ?? 0'); }
console.log(direct());
console.log(new Function('o', 'return o?.v ?? `none`')({}));
console.log((0, eval)('0b11 + 0o7 + 1_0'));

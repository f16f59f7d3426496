// Spread in the calls of optional chains: this kept, the spread lowered once the chain is.
var o = { m(...a) { return [this === o, a.join()]; } }, n = null, f = (...a) => a.length;
console.log(o.m?.(...[1, 2], 3), o?.m(...[4]), n?.m(...[5]), f?.(...'abc'), n?.(...[1]));
var a2 = 0; var a = {b: {c(...x) { return [this === a.b, x.join()]; }}}; console.log(a?.b.c(...[1,2]), a.b?.c(...[3]), a?.["b"]?.c?.(...[4]))

// Numeric literals, string escapes and identifiers newer than ES5.1.
console.log(0b1010, 0B11, 0o17, 0O7, 1_000_000, 0xF_F, 1_0.5_0, 1e1_0);
console.log(0b11111111111111111111111111111111111111111111111111111, 0o777777777777777777777);
console.log(010, 08, 09.5);
console.log("\u{41}\u{1F600}".length, "\u{1F600}" === "\uD83D\uDE00", "\u{0}".charCodeAt(0));
console.log("a\u{2028}b".length, "\u{2028}".charCodeAt(0));
var \u{61}bc = 1, caf\u{e9} = 2, \u{1D400} = 3;
console.log(abc, café, 𝐀, typeof \u0061bc);
var o = { \u{62}: 1, "\u{63}": 2 };
console.log(Object.keys(o).join(","), o.b, o.c);
console.log("use\u{20}strict" === "use strict");

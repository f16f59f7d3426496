// RegExp literals with flags newer than ES5.1 (s, u), lowered exactly.
console.log(/a.b/s.test("a\nb"), /a.b/.test("a\nb"), /[.]/s.test("x"));
console.log(/^.$/u.test("\u{1F600}"), /^..$/u.test("\u{1F600}"), /^.$/su.test("\n"));
console.log("x\u{1F601}y".match(/[\u{1F600}-\u{1F602}]/u)[0] === "\u{1F601}");
console.log("a\u{1F600}b".match(/[^a]/u)[0].length, "\u{1F600}".match(/\S/u)[0].length);
console.log("ab\u{1F600}c d".match(/[a-c\u{1F600}]+/gu).join("|"));
console.log(/\u{1F600}{2}/u.test("\u{1F600}\u{1F600}"), /\u{1F600}{2}/u.test("\u{1F600}"));
console.log(/(a)\1/u.exec("xaa").index, /x{2,3}/u.exec("xxxx")[0]);
console.log("a\u{1F600}a".replace(/\u{1F600}/gu, "-"));

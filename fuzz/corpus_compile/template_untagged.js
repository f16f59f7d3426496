// Untagged templates: ToString of each substitution, in order.
var a = 1, b = "two", n = null, u;
console.log(`plain`);
console.log(`${a}`, typeof `${a}`);
console.log(`a=${a} b=${b} n=${n} u=${u}`);
console.log(`sum ${a + 2} neg ${-a} not ${!a} typeof ${typeof b}`);
console.log(`multi
line ${a}
end`);
// ToString (toString first), not ToPrimitive default (valueOf first)
var o = { valueOf: function () { return "valueOf"; }, toString: function () { return "toString"; } };
console.log(`${o}`, "" + o);
// each conversion happens before the next substitution is evaluated
var log = [];
var p = { toString: function () { log.push("toString p"); return "p"; } };
function q() { log.push("eval q"); return "q"; }
console.log(`${p}${q()}`, log.join(", "));
// a Symbol throws TypeError
try {
  `${Symbol("s")}`;
  console.log("no throw");
} catch (e) {
  console.log(e instanceof TypeError);
}
// nested templates and escapes
console.log(`outer ${`inner ${a}`} \` \${ \u0041 \x41 \n|`);
console.log(`${a}${b}${a}`);
console.log(`\u{1F600}`.length);

// Tagged templates: one frozen strings object per site, cooked and raw.
function tag(strings) {
  var subs = Array.prototype.slice.call(arguments, 1);
  return { strings: strings, subs: subs };
}
var r = tag`a${1}b${2}c`;
console.log(r.strings.length, r.strings[0], r.strings[1], r.strings[2], r.subs.join(","));
console.log(Object.isFrozen(r.strings), Object.isFrozen(r.strings.raw));
console.log(Object.keys(r.strings).join(","), Object.prototype.propertyIsEnumerable.call(r.strings, "raw"));
console.log(JSON.stringify(tag`x\ny`.strings.raw), JSON.stringify(tag`x\ny`.strings));
// the same site gives the same object, another site another
function site() { return tag`same`.strings; }
console.log(site() === site(), tag`same`.strings === site());
// invalid escapes: cooked undefined, raw kept
var bad = tag`\unicode and \u{110000} ${0} \xz`;
console.log(bad.strings[0], bad.strings.raw[0], bad.strings[1], bad.strings.raw[1]);
// a member tag keeps this
var obj = { name: "obj", t: function (s) { return this.name + ":" + s[0]; } };
console.log(obj.t`hello`);
// String.raw
console.log(String.raw`a\nb${1 + 1}c\t`);
console.log(String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3));
// evaluation order: tag, then substitutions
var order = [];
function t2() { order.push("tag"); return function () { order.push("call"); }; }
t2()`${order.push("sub")}`;
console.log(order.join(","));

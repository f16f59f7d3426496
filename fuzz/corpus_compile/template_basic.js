// Template literals and tagged templates (cooked, raw, one strings object
// per site).
var who = 'world', n = 3;
console.log(`hello ${who}, ${n * 2} times
second line`);
function tag(s) { return s.raw.join('|') + ':' + (arguments.length - 1); }
console.log(tag`a${1}b\n${2}`);
function site(s) { return s; }
function get() { return site`x`; }
console.log(get() === get(), Object.isFrozen(get()));
console.log(String.raw`\t${1}\n`);

// The String methods over regexps: replace with $<name> and the groups
// argument (internal/engine/regexp.js), matchAll, and Duktape's own C
// methods for the rest. Checked against node.
function show(x) { console.log(JSON.stringify(x)); }

show('2024-05-17'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>.$<m>.$<y>'));
show('a1b2'.replace(/(?<n>\d)/g, '[$<n>|$1|$&|$<none>]'));
show('x-y'.replace(/(?<a>x)-(?<b>y)/, function (m, a, b, off, s, groups) {
  return [m, a, b, off, s, JSON.stringify(groups)].join(' ');
}));
show('aaa'.replace(/(?<z>)/g, '-'));
show('😀😀'.replace(/(?<e>)/gu, '-'));
show('ab'.replace(/(a)(b)/, "$2$1$$$`$'$0$3$10"));
show('abc'.replace(/b/, function () { return arguments.length; }));
show('The Quick Brown'.replace(/\b(\w)(\w*)\b/g, function (m, a, b) { return b + a; }));
show('a.b.c'.replace(/\./g, '/'));
show('xyz'.replaceAll(/[xz]/g, '_'));
try { 'x'.replaceAll(/x/, 'y'); } catch (e) { show(e.name); }

var all = [];
var it = 'a1b22c333'.matchAll(/(?<d>\d+)/g);
for (var r = it.next(); !r.done; r = it.next()) all.push([r.value[0], r.value.index, r.value.groups.d]);
show(all);
show(typeof 'x'.matchAll(/x/g)[Symbol.iterator]);
try { 'x'.matchAll(/x/); } catch (e) { show(e.name); }
var cnt = 0, it2 = 'aaa'.matchAll(/(?:)/g);
while (!it2.next().done) cnt++;
show(cnt);

show('a1b22c333'.match(/\d+/g));
show('a1b22'.match(/(\d)(\d)?/).slice(0));
show('abc'.search(/[cb]/));
show(' a  b   c '.split(/\s+/));
show('a1b2c3'.split(/(\d)/, 4));
show('one, two; three'.split(/[,;]\s*/));

// the C paths (built-in exec) against node's, edge cases
show(['a$b'.replace(/\$/, '$$'), 'ab'.replace(/b/, '$'), 'ab'.replace(/b/, '$<x>'), 'ab'.replace(/(b)/, '$01$00$2')]);
show('aXbXc'.split(/(X)|(Y)/));
show('héllo wörld ünï'.split(/\s/));
show('héllo wörld'.replace(/ö/g, 'oe').replace(/(é)/, '[$1]'));
show('😀a😀b'.split(/(?:)/u).length);
show(''.split(/x/));
show(''.split(/(?:)/));
show('abc'.split(/(?:)/, 0));
show('a-b-c'.split(/-/, 2));
var st = /a/y; st.lastIndex = 1;
show(['aab'.replace(st, 'X'), st.lastIndex, 'xab'.replace(st, 'X'), st.lastIndex]);
var gl = /a/g; gl.lastIndex = 5;
show(['aXa'.replace(gl, 'b'), gl.lastIndex]);
show('aaa'.match(/a*?/g));
show('x😀y'.match(/./gu));
show('abc'.match(/z/g));
try { 'abc'.replace(/b/g, function () { throw new Error('boom'); }); } catch (e) { show(e.message); }
var calls = [];
'a1b2'.replace(/\d/g, function (m, off, s) { calls.push([m, off, s]); return ''; });
show(calls);
var custom = /b/g; custom.exec = function (s) { return null; };
show('abc'.replace(custom, 'X'));
show('a b'.replace(/(?<w>\w)/g, function () { return typeof arguments[arguments.length - 1]; }));
show('a.b*c'.split(/[.*]/));
show('test'.replace(/(?:)/g, '|'));

// ES2018-2022 regexp syntax and flags on PCRE2 (src/regexp.c): named groups,
// \k, lookbehind, \p{...}, \u{...}, the s, y and d flags and their accessors.
// Output checked against node.
function show(x) { console.log(JSON.stringify(x)); }

// named groups: groups object (null prototype), \k<name>, $<name>
var m = /(?<year>\d{4})-(?<month>\d{2})/.exec('on 2024-05-17');
show([m[0], m.index, m.groups.year, m.groups.month, Object.getPrototypeOf(m.groups)]);
show(/(?<q>['"]).*?\k<q>/.exec('say "hi" and \'yo\'')[0]);
show(/\k<a>(?<a>x)/.exec('xx'));
show(/(a)/.exec('a').groups);
show(/(?<$d_1>z)/.exec('z').groups.$d_1);

// lookbehind, positive and negative, with captures
show('price: $42, €17'.match(/(?<=\$)\d+/g));
show('price: $42, €17'.match(/(?<!\$)\b\d+/g));
show(/(?<=(\w)(\w))c/.exec('abc'));

// Unicode property escapes and code point escapes
show('Ünïcödé ABC déf'.match(/\p{Lu}/gu));
show('a1b²c३'.match(/\p{Nd}/gu));
show('αβγ abc'.match(/\p{Script=Greek}+/u)[0]);
show('x😀y🎉'.match(/\p{Extended_Pictographic}/gu));
show(/\P{L}+/u.exec('abc123def')[0]);
show(/^\u{1F600}$/u.test('😀'));
show(/^[\u{1F600}-\u{1F64F}]+$/u.test('😀😃🙏'));
show(/\p{General_Category=Letter}+/u.exec('--héllo--')[0]);

// dotAll
show([/^.$/.test('\n'), /^.$/s.test('\n'), /^.$/s.test('\u2028'), /^.$/.test('\r')]);

// sticky
var y = /\d+/y;
show([y.test('12 34'), y.lastIndex, y.test('12 34'), y.lastIndex]);
y.lastIndex = 3;
show([y.exec('12 34')[0], y.lastIndex]);
show('aaXaa'.replace(/a/gy, 'b'));

// hasIndices
var d = /(?<w>b+)(c)?/d.exec('abbbd');
show([d.indices[0], d.indices[1], d.indices[2], d.indices.groups.w]);
show(/x/.exec('x').indices);

// flags and accessors
show([/a/dgimsuy.flags, /a/.flags, new RegExp('a', 'yusd').flags]);
var r = /a/su;
show([r.dotAll, r.unicode, r.sticky, r.hasIndices, r.global, r.ignoreCase, r.multiline]);
show([RegExp.prototype.dotAll, RegExp.prototype.flags, RegExp.prototype.source]);
show(String(new RegExp('a/b', 'gd')));
show([new RegExp('').source, new RegExp('\n').source, RegExp('[/]').source]);
show(new RegExp(/ab+c/gi, 'y').flags);

// counted groups above Duktape's limit of 1000 copies (encodeurl's shape)
show(/^(?:...){1,1024}$/.test('abcdef'));
show(/^(?:a){1000,1030}$/.test(new Array(1031).join('a')));

// Where PCRE2 and ECMAScript differ, ECMAScript's meaning (pattern
// translation in src/regexp.c). Output checked against node.
function show(x) { console.log(JSON.stringify(x)); }

// backreferences to groups not (yet) set match empty
show(/\1(a)/.exec('aa'));
show(/(?:(a)|b)\1c/.exec('bc'));
show(/(a\1)/.exec('aa'));
// [] never matches, [^] matches anything
show([/[]/.test('a'), /[^]/.test('\n'), /a[]/.test('a'), /^[^]*$/.test('x\ny')]);
// ^ and $: only the string's ends without m; every line terminator with m
show([/a$/.test('a\n'), /^b/.test('a\nb'), /^b/m.test('a\rb'), /a$/m.test('a\u2028')]);
show('a\r\nb'.split(/$/m));
show('x\ny\r\nz'.match(/^\w/gm));
// \s is ES's set (with U+FEFF, U+00A0, no U+0085), \d and \w ASCII
show([/\s/.test('\ufeff'), /\s/.test('\xa0'), /\s/.test('\x85'), /\s/.test('\u2029')]);
show([/\d/.test('٣'), /\w/.test('é'), /\w/u.test('é'), /[\W]/.test('é')]);
show([/\bé/.test(' é'), /a\b/.test('aé'), /\B/.test('é')]);
// . excludes exactly \n \r \u2028 \u2029
show(['\x0b', '\x0c', '\x85', '\n', '\r', '\u2028', '\u2029'].map(function (c) { return /./.test(c); }));
// case folding: without u ES keeps ASCII and non-ASCII apart
show([/s/i.test('ſ'), /ſ/i.test('S'), /k/i.test('\u212a'), /\w/i.test('ſ')]);
show([/s/iu.test('ſ'), /k/iu.test('\u212a'), /\w/iu.test('ſ'), /\u212a/iu.test('K')]);
show([/é/i.test('É'), /σ/i.test('Σ'), /ς/i.test('σ'), /[a-z]+/i.exec('HeLLo')[0]]);
show([/\bfoo\b/i.test('a FOO b'), /\Bk/i.test('ak')]);
// Annex B: legacy escapes and braces without u
show([/\8/.test('8'), /\01/.test('\x01'), /[\1]/.test('\x01'), /a{/.test('a{'), /x{,2}/.test('x{,2}')]);
show([/\c/.test('\\c'), /[\c_]/.test('\x1f'), /\a/.test('a'), /]/.test(']'), /}/.test('}')]);
show([/[\d-z]/.test('-'), /\x4/.test('x4'), /\u12/.test('u12'), /\k/.test('k')]);
show(/(?=a)*b/.exec('b'));
// lastIndex: non-global, non-sticky regexps ignore it and leave it alone
var r = /a/; r.lastIndex = 5;
show([r.test('a'), r.lastIndex, r.test('b'), r.lastIndex]);
var g = /a/g; g.lastIndex = 7;
show([g.test('aa'), g.lastIndex]);
g.lastIndex = -1;
show([g.exec('aa').index, g.lastIndex]);
// empty matches advance one code unit (code point with u)
show('abc'.replace(/(?:)/g, '-'));
show('😀😀'.replace(/(?:)/gu, '-'));
show('😀'.replace(/(?:)/g, '-').length);
show('a,b,,c'.split(/,/));
show('abc'.split(/(b)/));
show('test'.split(/(?:)/, 2));

// Indices are UTF-16 code units (Duktape keeps CESU-8: astral characters
// are surrogate pairs), also for lone surrogates. Checked against node.
function show(x) { console.log(JSON.stringify(x)); }

var s = 'a😀b😀c';
show([/b/.exec(s).index, /c/.exec(s).index, s.search(/c/)]);
show(s.match(/😀/g).length);
show(/(.)(.)/.exec('😀x').map(function (p) { return p.length; }));
show(/(.)(.)/u.exec('😀x').map(function (p) { return p.length; }));
var g = /😀/g; g.exec(s);
show(g.lastIndex);
var gu = /./gu; gu.exec(s); gu.exec(s);
show(gu.lastIndex);
show(/x/d.exec('😀😀x').indices[0]);
show('é😀ü'.replace(/ü/, 'u'));
show('日本語テキスト'.match(/本(.)/).slice(0));
show('日本語'.split(/(?:)/));
show('x\ud800y'.match(/y/).index);
show(/\ud800/.test('x\ud800y'));
var lone = '\udc00\ud800'.replace(/\ud800/, '!');
show([lone.length, lone.charCodeAt(0), lone.charCodeAt(1)]);
show(/[\ud800-\udbff]/.exec('a😀').index);
show('😀'.match(/\ud83d/) !== null);
show('😀'.match(/\ud83d/u));
show('aé😀'.replace(/(é)(😀)/, '[$2$1]'));
show('𝒳𝒴'.split(/(?:)/u));
show('ab😀cd'.replace(/[😀]/u, '_'));
show('Ǆ'.match(/ǆ/i) !== null);

// Pattern errors are SyntaxError "Invalid regular expression: /x/f: ..."
// as in node; what PCRE2 cannot run is a SyntaxError naming it.
function check(src, flags) {
  try {
    new RegExp(src, flags);
    console.log('ok', '/' + src + '/' + (flags || ''));
  } catch (e) {
    var want = 'Invalid regular expression: /' + src + '/' + (flags || '') + ': ';
    console.log(e.name, e.message.indexOf(want) === 0 ? 'prefix ok' : e.message);
  }
}
['(', 'a)', '[a', '*', 'a**', '+a', '(?<n>a)(?<n>b)', '\\k<x>(?<y>a)', '(?<1a>x)',
 'x{2,1}', '[b-a]', '(?x)', '\\'].forEach(function (s) { check(s); });
['\\p{Lu', '\\p{NotAProperty}', '\\a', '{', '}', ']', '\\u{110000}', '\\1',
 '(?=a)*', '[\\d-z]', '\\c'].forEach(function (s) { check(s, 'u'); });
check('(?<=a)*');
// flags
['gg', 'x', 'iI'].forEach(function (f) {
  try { new RegExp('a', f); } catch (e) { console.log(e.name + ': ' + e.message); }
});
// PCRE2 10.42's limits: a SyntaxError naming them, never another match
// (node runs these four: the .out is ours, the lines above are node's)
['(?<=a+)b', '(?<=a|bc*)d', 'a{0,70000}'].forEach(function (s) {
  try { new RegExp(s); console.log('ok', s); }
  catch (e) { console.log(e.name, /Invalid regular expression: /.test(e.message)); }
});
try { new RegExp('a', 'v'); } catch (e) { console.log(e.name, /v flag/.test(e.message) || /Invalid flags/.test(e.message)); }
// a literal's error is a compile-time SyntaxError
try { eval('/(/'); } catch (e) { console.log(e.name); }
try { eval('/a/gg'); } catch (e) { console.log(e.name); }

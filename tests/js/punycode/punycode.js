// punycode: RFC 3492's sample strings (section 7.1) both ways, domains and
// emails through toASCII/toUnicode, ucs2 with astral characters, and the
// RangeErrors of bad input; output checked against node.
'use strict';
const punycode = require('punycode');
const samples = {
  'ليهمابتكلموشعربي؟': 'egbpdaj6bu4bxfgehfvwxn',
  '他们为什么不说中文': 'ihqwcrb4cv8a8dqg056pqjye',
  'Pročprostěnemluvíčesky': 'Proprostnemluvesky-uyb24dma41a',
  'למההםפשוטלאמדבריםעברית': '4dbcagdahymbxekheh6e0a7fei0b',
  'यहलोगहिन्दीक्योंनहींबोलसकतेहैं': 'i1baa7eci9glrd9b2ae1bj0hfcgg6iyaf8o0a1dig0cd',
  'なぜみんな日本語を話してくれないのか': 'n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa',
  'PorquénopuedensimplementehablarenEspañol': 'PorqunopuedensimplementehablarenEspaol-fmd56a',
  '3年B組金八先生': '3B-ww4c5e180e575a65lsy2b',
  'mañana': 'maana-pta',
  '☃-⌘': '--dqo34k',
  '': ''
};
for (const [u, p] of Object.entries(samples)) {
  console.log(punycode.encode(u) === p, punycode.decode(p) === u, punycode.encode(u));
}
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('example.com'), punycode.toASCII('user@mañana.com'));
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('XN--MAANA-PTA.com'), punycode.toUnicode('user@xn--maana-pta.com'));
console.log(punycode.toASCII('☃.net\u3002org'), punycode.version);
console.log(punycode.ucs2.decode('a\uD834\uDF06b'), punycode.ucs2.encode([0x61, 0x1D306, 0x62]) === 'a\uD834\uDF06b');
console.log(JSON.stringify(punycode.ucs2.decode('\uD800x')));
for (const bad of ['\x81-', 'ab$', 'zzzzzzzzzzzzzzzzzzzz', 'xn-']) {
  try { console.log(JSON.stringify(punycode.decode(bad))); } catch (e) { console.log(e.name, e.message); }
}

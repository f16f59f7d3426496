// Ported from Node.js test/parallel/test-url-format-whatwg.js and
// test-url-domain-ascii-unicode.js (MIT license, Copyright Node.js
// contributors).
'use strict';
var assert = require('../_assert.js');
var url = require('url');

var myURL = new URL('http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c');
assert.strictEqual(url.format(myURL),
                   'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c');
assert.strictEqual(url.format(myURL, {}),
                   'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c');
[true, 1, 'test', Infinity].forEach(function (value) {
  assert.throws(function () { url.format(myURL, value); },
                {code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError'});
});
// Any falsy value other than undefined is treated as false; truthy as true.
[[{auth: false}, 'http://xn--lck1c3crb1723bpq4a.com/a?a=b#c'],
 [{auth: ''}, 'http://xn--lck1c3crb1723bpq4a.com/a?a=b#c'],
 [{auth: 0}, 'http://xn--lck1c3crb1723bpq4a.com/a?a=b#c'],
 [{auth: 1}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'],
 [{auth: {}}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'],
 [{fragment: false}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b'],
 [{fragment: ''}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b'],
 [{fragment: 0}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b'],
 [{fragment: 1}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'],
 [{fragment: {}}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'],
 [{search: false}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a#c'],
 [{search: ''}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a#c'],
 [{search: 0}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a#c'],
 [{search: 1}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'],
 [{search: {}}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'],
 [{unicode: true}, 'http://user:pass@\u7406\u5bb9\u30ca\u30ab\u30e0\u30e9.com/a?a=b#c'],
 [{unicode: 1}, 'http://user:pass@\u7406\u5bb9\u30ca\u30ab\u30e0\u30e9.com/a?a=b#c'],
 [{unicode: {}}, 'http://user:pass@\u7406\u5bb9\u30ca\u30ab\u30e0\u30e9.com/a?a=b#c'],
 [{unicode: false}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c'],
 [{unicode: 0}, 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c']
].forEach(function (t) {
  assert.strictEqual(url.format(myURL, t[0]), t[1], JSON.stringify(t[0]));
});
assert.strictEqual(url.format(new URL('http://user:pass@\u6d4b\u8bd5.com:8080/path'),
                              {unicode: true}),
                   'http://user:pass@\u6d4b\u8bd5.com:8080/path');
assert.strictEqual(url.format(new URL('tel:123')), 'tel:123');
assert.strictEqual(url.format(new URL('tel:123'), {unicode: true}), 'tel:123');
assert.strictEqual(url.format(new URL('http://[::1]:8/')), 'http://[::1]:8/');

// domainToASCII / domainToUnicode
[['ma\u00f1ana.com', 'xn--maana-pta.com'],
 ['example.com', 'example.com'],
 ['\u6d4b\u8bd5.com', 'xn--0zwm56d.com'],
 ['\u2615.com', 'xn--53h.com'],
 ['M\u00fcnchen.de', 'xn--mnchen-3ya.de'],
 ['\u7406\u5bb9\u30ca\u30ab\u30e0\u30e9.com', 'xn--lck1c3crb1723bpq4a.com'],
 ['\u0434\u0436p\u0443\u043c\u043b\u0430\u0442\u0435\u0441\u0442.\u0440\u0444',
  'xn--p-8sbkgc5ag7bhce.xn--p1ai'],
 ['Mi\u00dfen.de', 'xn--mien-wna.de'],
 ['EXAMPLE.com', 'example.com']
].forEach(function (t) {
  assert.strictEqual(url.domainToASCII(t[0]), t[1], t[0]);
  assert.strictEqual(url.domainToUnicode(t[1]), t[0].toLowerCase(), t[1]);
});
assert.strictEqual(url.domainToASCII('xn--i\u00f1valid.com'), '');
assert.strictEqual(url.domainToASCII('a b'), '');
assert.strictEqual(url.domainToUnicode('xn--i\u00f1valid.com'), '');
assert.throws(function () { url.domainToASCII(); },
              {code: 'ERR_MISSING_ARGS', name: 'TypeError'});
assert.throws(function () { url.domainToUnicode(); },
              {code: 'ERR_MISSING_ARGS', name: 'TypeError'});

// Ported from Node.js test/parallel/test-whatwg-url-custom-searchparams-sort.js
// and WPT url/urlsearchparams-sort.any.js (MIT / 3-Clause BSD licenses,
// Copyright Node.js contributors / web-platform-tests contributors):
// sort() is stable and compares UTF-16 code units.
'use strict';
var assert = require('../_assert.js');

function entries(p) {
  var out = [], it = p.entries(), s;
  for (s = it.next(); !s.done; s = it.next()) out.push(s.value);
  return out;
}

[{input: 'z=b&a=b&z=a&a=a', output: [['a', 'b'], ['a', 'a'], ['z', 'b'], ['z', 'a']]},
 {input: '\uFFFD=x&\uFFFC&\uFFFD=a', output: [['\uFFFC', ''], ['\uFFFD', 'x'], ['\uFFFD', 'a']]},
 {input: '\uFB03&\ud83c\udf08', output: [['\ud83c\udf08', ''], ['\uFB03', '']]},
 {input: '\u00e9&e\uFFFD&e\u0301', output: [['e\u0301', ''], ['e\uFFFD', ''], ['\u00e9', '']]},
 {input: 'z=z&a=a&z=y&a=b&z=x&a=c&z=w&a=d&z=v&a=e&z=u&a=f&z=t&a=g',
  output: [['a', 'a'], ['a', 'b'], ['a', 'c'], ['a', 'd'], ['a', 'e'], ['a', 'f'],
           ['a', 'g'], ['z', 'z'], ['z', 'y'], ['z', 'x'], ['z', 'w'], ['z', 'v'],
           ['z', 'u'], ['z', 't']]},
 {input: 'bbb&bb&aaa&aa=x&aa=y',
  output: [['aa', 'x'], ['aa', 'y'], ['aaa', ''], ['bb', ''], ['bbb', '']]},
 {input: 'z=z&=f&=t&=x', output: [['', 'f'], ['', 't'], ['', 'x'], ['z', 'z']]},
 {input: 'a\ud83c\udf08&a\ud83d\udca9', output: [['a\ud83c\udf08', ''], ['a\ud83d\udca9', '']]}
].forEach(function (t) {
  var p = new URLSearchParams(t.input);
  p.sort();
  assert.deepStrictEqual(entries(p), t.output, 'sort ' + t.input);
  var u = new URL('?' + t.input, 'https://example/');
  u.searchParams.sort();
  assert.deepStrictEqual(entries(new URLSearchParams(u.search)), t.output,
                         'URL sort ' + t.input);
});

// Sorting an empty query leaves no '?' behind.
var url = new URL('http://example.com/?');
url.searchParams.sort();
assert.strictEqual(url.href, 'http://example.com/');
assert.strictEqual(url.search, '');

// Node's own: a large list, checked against a stable reference.
var pairs = [], i;
for (i = 0; i < 500; i++) pairs.push(['k' + (i % 17), 'v' + i]);
var p = new URLSearchParams(pairs);
p.sort();
var sorted = entries(p);
var ref = pairs.map(function (x, j) { return [x[0], x[1], j]; }).sort(function (a, b) {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] - b[2];
}).map(function (x) { return [x[0], x[1]]; });
assert.deepStrictEqual(sorted, ref);

// The legacy url.parse/resolve/format against expectations recorded from
// Node 20 (fixtures/legacy_node20.json, made by running the same calls in
// node): inputs drawn from Node's test-url-parse-format.js,
// test-url-relative.js and test-url-format.js (MIT license, Copyright
// Node.js contributors) plus quirk cases.
'use strict';
var assert = require('../_assert.js');
var url = require('url');
var data = require('./fixtures/legacy_node20.json');

function plain(o) {
  return JSON.parse(JSON.stringify(o));
}

data.parse.forEach(function (c) {
  var got;
  try { got = plain(url.parse(c[0])); } catch (e) { got = 'ERR ' + e.code; }
  assert.deepStrictEqual(got, c[1], 'parse(' + JSON.stringify(c[0]) + ')');
  try { got = plain(url.parse(c[0], true, true)); } catch (e) { got = 'ERR ' + e.code; }
  assert.deepStrictEqual(got, c[2], 'parse(' + JSON.stringify(c[0]) + ', true, true)');
});
data.resolve.forEach(function (c) {
  assert.strictEqual(url.resolve(c[0], c[1]), c[2],
                     'resolve(' + c[0] + ', ' + c[1] + ')');
  // resolveObject agrees with resolve
  assert.strictEqual(url.resolveObject(url.parse(c[0], false, true), c[1]).format(),
                     c[2], 'resolveObject(' + c[0] + ', ' + c[1] + ')');
});
data.format.forEach(function (c) {
  assert.strictEqual(url.format(c[0]), c[1], 'format(' + JSON.stringify(c[0]) + ')');
});

// A parsed Url formats back to its href.
data.parse.forEach(function (c) {
  if (typeof c[1] === 'object')
    assert.strictEqual(url.format(url.parse(c[0])), c[1].href);
});

// Url objects
var u = url.parse('http://x.com/a?b=c');
assert.ok(u instanceof url.Url);
assert.strictEqual(url.parse(u), u);
assert.strictEqual(Object.getPrototypeOf(url.parse('/a?b=c', true).query), null);
assert.deepStrictEqual(plain(url.parse('/a?b=c&b=d', true).query), {b: ['c', 'd']});
assert.deepStrictEqual(Object.keys(new url.Url()),
                       ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname',
                        'hash', 'search', 'query', 'pathname', 'path', 'href']);

// test-url-parse-invalid-input.js
[undefined, null, true, false, 0.0, 0, [], {}, function () {}].forEach(function (v) {
  assert.throws(function () { url.parse(v); },
                {code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError'});
});
assert.throws(function () { url.parse('http://%E0%A4%A@fail'); }, URIError);
assert.throws(function () { url.parse('http://[127.0.0.1\x00c8763]:8000/'); },
              {code: 'ERR_INVALID_URL', name: 'TypeError'});

// test-url-format-invalid-input.js
[null, undefined, true, false, 0, function () {}].forEach(function (v) {
  assert.throws(function () { url.format(v); },
                {code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError'});
});
assert.strictEqual(url.format(''), '');
assert.strictEqual(url.format({}), '');

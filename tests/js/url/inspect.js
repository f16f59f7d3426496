// Ported from Node.js test/parallel/test-whatwg-url-custom-inspect.js and
// test-whatwg-url-custom-searchparams-inspect.js (MIT license, Copyright
// Node.js contributors): util.inspect shows the attributes, not internals.
'use strict';
var assert = require('../_assert.js');
var util = require('util');

var url = new URL('https://username:password@host.name:8080/path/name/?que=ry#hash');
assert.strictEqual(util.inspect(url), [
  'URL {',
  "  href: 'https://username:password@host.name:8080/path/name/?que=ry#hash',",
  "  origin: 'https://host.name:8080',",
  "  protocol: 'https:',",
  "  username: 'username',",
  "  password: 'password',",
  "  host: 'host.name:8080',",
  "  hostname: 'host.name',",
  "  port: '8080',",
  "  pathname: '/path/name/',",
  "  search: '?que=ry',",
  "  searchParams: URLSearchParams { 'que' => 'ry' },",
  "  hash: '#hash'",
  '}'].join('\n'));
// Node prints [URL] past the depth; our inspect prints the empty object.
assert.ok(/^\{ a: (\[URL\]|URL \{\}) \}$/.test(util.inspect({a: url}, {depth: 0})));

var sp = new URLSearchParams('?a=a&b=b&b=c');
assert.strictEqual(util.inspect(sp), "URLSearchParams { 'a' => 'a', 'b' => 'b', 'b' => 'c' }");
assert.strictEqual(util.inspect(new URLSearchParams()), 'URLSearchParams {}');
var long = new URLSearchParams();
for (var i = 0; i < 10; i++) long.append('key' + i, 'value' + i);
assert.strictEqual(util.inspect(long).split('\n').length, 11);
assert.strictEqual(util.inspect(long).slice(0, 18), 'URLSearchParams {\n');
// internals stay hidden
assert.deepStrictEqual(Object.keys(url), []);
assert.deepStrictEqual(Object.keys(sp), []);

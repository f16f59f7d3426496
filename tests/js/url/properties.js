// Ported from Node.js test/parallel/test-whatwg-url-custom-properties.js,
// test-url-urltooptions.js, test-whatwg-url-custom-tostringtag.js and
// test-whatwg-url-invalidthis.js (MIT license, Copyright Node.js
// contributors).
'use strict';
var assert = require('../_assert.js');
var url = require('url');
var URL = url.URL;

var u = new URL('http://user:pass@foo.bar.com:21/aaa/zzz?l=24#test');
var oldParams = u.searchParams; // [SameObject]

var props = [];
for (var prop in u) props.push(prop);
assert.deepStrictEqual(props, ['toString', 'href', 'origin', 'protocol',
                               'username', 'password', 'host', 'hostname',
                               'port', 'pathname', 'search', 'searchParams',
                               'hash', 'toJSON']);

assert.strictEqual(u.toString(), u.href);
u.href = 'http://user:pass@foo.bar.com:21/aaa/zzz?l=25#test';
assert.strictEqual(u.href, 'http://user:pass@foo.bar.com:21/aaa/zzz?l=25#test');
assert.strictEqual(u.toString(), u.href);
assert.strictEqual(delete u.href, true);
assert.strictEqual(u.href, 'http://user:pass@foo.bar.com:21/aaa/zzz?l=25#test');
assert.strictEqual(u.searchParams, oldParams);

// origin is read-only: assigning in strict mode throws
assert.throws(function () { u.origin = 'http://foo.bar.com:22'; }, TypeError);
assert.strictEqual(u.origin, 'http://foo.bar.com:21');
assert.strictEqual(delete u.origin, true);

function setAndCheck(name, value, expected, href) {
  u[name] = value;
  assert.strictEqual(u[name], expected, name);
  assert.strictEqual(u.toString(), href, name + ' href');
  assert.strictEqual(delete u[name], true);
  assert.strictEqual(u[name], expected, name + ' after delete');
}
setAndCheck('protocol', 'https:', 'https:',
            'https://user:pass@foo.bar.com:21/aaa/zzz?l=25#test');
setAndCheck('username', 'user2', 'user2',
            'https://user2:pass@foo.bar.com:21/aaa/zzz?l=25#test');
setAndCheck('password', 'pass2', 'pass2',
            'https://user2:pass2@foo.bar.com:21/aaa/zzz?l=25#test');
setAndCheck('host', 'foo.bar.net:22', 'foo.bar.net:22',
            'https://user2:pass2@foo.bar.net:22/aaa/zzz?l=25#test');
setAndCheck('hostname', 'foo.bar.org', 'foo.bar.org',
            'https://user2:pass2@foo.bar.org:22/aaa/zzz?l=25#test');
setAndCheck('port', '23', '23',
            'https://user2:pass2@foo.bar.org:23/aaa/zzz?l=25#test');
setAndCheck('pathname', '/aaa/bbb', '/aaa/bbb',
            'https://user2:pass2@foo.bar.org:23/aaa/bbb?l=25#test');
setAndCheck('search', '?k=99', '?k=99',
            'https://user2:pass2@foo.bar.org:23/aaa/bbb?k=99#test');
setAndCheck('hash', '#abcd', '#abcd',
            'https://user2:pass2@foo.bar.org:23/aaa/bbb?k=99#abcd');
assert.throws(function () { u.searchParams = '?k=88'; }, TypeError);
assert.strictEqual(u.searchParams, oldParams);
assert.strictEqual(u.toString(), 'https://user2:pass2@foo.bar.org:23/aaa/bbb?k=99#abcd');

// urlToHttpOptions (test-url-urltooptions.js)
var opts = url.urlToHttpOptions(new URL('http://user:pass@foo.bar.com:21/aaa/zzz?l=24#test'));
assert.strictEqual(opts instanceof URL, false);
assert.strictEqual(opts.protocol, 'http:');
assert.strictEqual(opts.auth, 'user:pass');
assert.strictEqual(opts.hostname, 'foo.bar.com');
assert.strictEqual(opts.port, 21);
assert.strictEqual(opts.path, '/aaa/zzz?l=24');
assert.strictEqual(opts.pathname, '/aaa/zzz');
assert.strictEqual(opts.search, '?l=24');
assert.strictEqual(opts.hash, '#test');
assert.strictEqual(opts.href, 'http://user:pass@foo.bar.com:21/aaa/zzz?l=24#test');
assert.strictEqual(url.urlToHttpOptions(new URL('http://[::1]:21')).hostname, '::1');
assert.strictEqual(url.urlToHttpOptions(new URL('http://a%20b:c%3Ad@x/')).auth, 'a b:c:d');
assert.strictEqual('port' in url.urlToHttpOptions(new URL('http://x/')), false);

// Special origins
[{expected: 'https://whatwg.org',
  url: 'blob:https://whatwg.org/d0360e2f-caee-469f-9a2f-87d5b0456f6f'},
 {expected: 'ftp://example.org', url: 'ftp://example.org/foo'},
 {expected: 'null', url: 'gopher://gopher.quux.org/1/'},
 {expected: 'http://example.org', url: 'http://example.org/foo'},
 {expected: 'https://example.org', url: 'https://example.org/foo'},
 {expected: 'ws://example.org', url: 'ws://example.org/foo'},
 {expected: 'wss://example.org', url: 'wss://example.org/foo'},
 {expected: 'null', url: 'file:///tmp/mock/path'},
 {expected: 'null', url: 'npm://nodejs/rules'},
 {expected: 'null', url: 'blob:ftp://x/y'}
].forEach(function (t) {
  assert.strictEqual(new URL(t.url).origin, t.expected, t.url);
});

// toStringTag
assert.strictEqual(Object.prototype.toString.call(new URL('http://x')), '[object URL]');
assert.strictEqual(Object.prototype.toString.call(new URL('http://x').searchParams),
                   '[object URLSearchParams]');
assert.strictEqual(Object.prototype.toString.call(new URLSearchParams().keys()),
                   '[object URLSearchParams Iterator]');

// Invalid this (test-whatwg-url-invalidthis.js)
['toString', 'toJSON'].forEach(function (name) {
  assert.throws(function () { URL.prototype[name].call({}); },
                {code: 'ERR_INVALID_THIS', name: 'TypeError'});
});
['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
 'pathname', 'search', 'hash', 'origin', 'searchParams'].forEach(function (name) {
  var d = Object.getOwnPropertyDescriptor(URL.prototype, name);
  assert.throws(function () { d.get.call({}); },
                {code: 'ERR_INVALID_THIS', name: 'TypeError'});
  if (d.set)
    assert.throws(function () { d.set.call({}, 'x'); },
                  {code: 'ERR_INVALID_THIS', name: 'TypeError'});
});
['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
 'forEach', 'keys', 'values', 'toString'].forEach(function (name) {
  assert.throws(function () { URLSearchParams.prototype[name].call({}); },
                {code: 'ERR_INVALID_THIS', name: 'TypeError'});
});

// Constructor errors
assert.throws(function () { new URL(); },
              {code: 'ERR_MISSING_ARGS', name: 'TypeError'});
var e = assert.throws(function () { new URL('foo', 'bar'); },
                      {code: 'ERR_INVALID_URL', name: 'TypeError',
                       message: 'Invalid URL'});
assert.strictEqual(e.input, 'foo');
assert.strictEqual(e.base, 'bar');
e = assert.throws(function () { new URL('test'); }, {code: 'ERR_INVALID_URL'});
assert.strictEqual(e.input, 'test');
assert.strictEqual('base' in e, false);
assert.throws(function () { URL('http://x'); }, TypeError);
assert.throws(function () { new URL('http://x').href = 'bad'; },
              {code: 'ERR_INVALID_URL'});
assert.strictEqual(URL.canParse('http://x'), true);
assert.strictEqual(URL.canParse('x'), false);
assert.strictEqual(URL.canParse('x', 'http://y/'), true);
assert.throws(function () { URL.canParse(); }, {code: 'ERR_MISSING_ARGS'});
assert.strictEqual(JSON.stringify({u: new URL('http://x/a b')}),
                   '{"u":"http://x/a%20b"}');
// The globals are the module's classes
assert.strictEqual(URL, globalThis.URL);
assert.strictEqual(url.URLSearchParams, globalThis.URLSearchParams);

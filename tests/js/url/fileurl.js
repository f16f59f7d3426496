// Ported from Node.js test/parallel/test-url-fileurltopath.js and
// test-url-pathtofileurl.js (MIT license, Copyright Node.js contributors):
// the POSIX cases.
'use strict';
var assert = require('../_assert.js');
var url = require('url');

// fileURLToPath: input must be string or URL
[null, undefined, 1, {}, true].forEach(function (arg) {
  assert.throws(function () { url.fileURLToPath(arg); },
                {code: 'ERR_INVALID_ARG_TYPE'});
});
assert.throws(function () { url.fileURLToPath('https://a/b/c'); },
              {code: 'ERR_INVALID_URL_SCHEME', name: 'TypeError',
               message: 'The URL must be of scheme file'});
assert.throws(function () { url.fileURLToPath(new URL('file://host/a')); },
              {code: 'ERR_INVALID_FILE_URL_HOST', name: 'TypeError',
               message: 'File URL host must be "localhost" or empty on linux'});
assert.throws(function () { url.fileURLToPath('file:///a%2F/'); },
              {code: 'ERR_INVALID_FILE_URL_PATH', name: 'TypeError'});
assert.strictEqual(url.fileURLToPath('file://localhost/a'), '/a');

var testCases = [
  {path: '/foo', fileHref: 'file:///foo'},
  {path: '/FOO', fileHref: 'file:///FOO'},
  {path: '/dir/foo', fileHref: 'file:///dir/foo'},
  {path: '/dir/', fileHref: 'file:///dir/'},
  {path: '/foo.mjs', fileHref: 'file:///foo.mjs'},
  {path: '/foo bar', fileHref: 'file:///foo%20bar'},
  {path: '/foo?bar', fileHref: 'file:///foo%3Fbar'},
  {path: '/foo#bar', fileHref: 'file:///foo%23bar'},
  {path: '/foo&bar', fileHref: 'file:///foo&bar'},
  {path: '/foo=bar', fileHref: 'file:///foo=bar'},
  {path: '/foo:bar', fileHref: 'file:///foo:bar'},
  {path: '/foo;bar', fileHref: 'file:///foo;bar'},
  {path: '/foo%bar', fileHref: 'file:///foo%25bar'},
  {path: '/foo\\bar', fileHref: 'file:///foo%5Cbar'},
  {path: '/foo\bbar', fileHref: 'file:///foo%08bar'},
  {path: '/foo\tbar', fileHref: 'file:///foo%09bar'},
  {path: '/foo\nbar', fileHref: 'file:///foo%0Abar'},
  {path: '/foo\rbar', fileHref: 'file:///foo%0Dbar'},
  {path: '/f\u00f3\u00f3b\u00e0r', fileHref: 'file:///f%C3%B3%C3%B3b%C3%A0r'},
  {path: '/\u20ac', fileHref: 'file:///%E2%82%AC'},
  {path: '/\ud83d\ude80', fileHref: 'file:///%F0%9F%9A%80'}
];
testCases.forEach(function (t) {
  assert.strictEqual(url.fileURLToPath(t.fileHref), t.path, t.fileHref);
  assert.strictEqual(url.fileURLToPath(new URL(t.fileHref)), t.path, t.fileHref);
});

// pathToFileURL
var fileURL = url.pathToFileURL('test/').href;
assert.ok(fileURL.indexOf('file:///') === 0);
assert.ok(/\/$/.test(fileURL));
assert.ok(/%5C$/.test(url.pathToFileURL('test\\').href));
assert.ok(url.pathToFileURL('test/%').href.indexOf('%25') >= 0);
// UNC paths on posix are one path with backslashes
assert.ok(/file:\/\/.+%5C%5Cnas%5Cshare%5Cpath\.txt$/.test(
  url.pathToFileURL('\\\\nas\\share\\path.txt').href));
assert.strictEqual(url.pathToFileURL('rel').href,
                   'file://' + process.cwd() + '/rel');
assert.ok(url.pathToFileURL('/x') instanceof URL);

testCases.concat([
  {path: '/foo^bar', fileHref: 'file:///foo%5Ebar'},
  {path: '/foo[bar', fileHref: 'file:///foo%5Bbar'},
  {path: '/foo]bar', fileHref: 'file:///foo%5Dbar'}
]).forEach(function (t) {
  assert.strictEqual(url.pathToFileURL(t.path).href, t.fileHref, t.path);
});
[undefined, null, true, 42, NaN, {}, [], function () {}, new Date(),
 new String('notPrimitive'), {toString: function () { return 'amObject'; }}
].forEach(function (badPath) {
  assert.throws(function () { url.pathToFileURL(badPath); },
                {code: 'ERR_INVALID_ARG_TYPE'});
});

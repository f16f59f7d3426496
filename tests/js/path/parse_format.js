// Ported from Node.js test/parallel/test-path-parse-format.js (MIT license,
// Copyright Node.js contributors).
var assert = require('../_assert.js');
var path = require('path').posix;
var win32 = require('path').win32;

var unixPaths = [
  ['/home/user/dir/file.txt', '/'],
  ['/home/user/a dir/another File.zip', '/'],
  ['/home/user/a dir//another&File.', '/'],
  ['/home/user/a$$$dir//another File.zip', '/'],
  ['user/dir/another File.zip', ''],
  ['file', ''], ['.\\file', ''], ['./file', ''], ['C:\\foo', ''],
  ['/', '/'], ['', ''], ['.', ''], ['..', ''], ['/foo', '/'], ['/foo.', '/'],
  ['/foo.bar', '/'], ['/.', '/'], ['/.foo', '/'], ['/.foo.bar', '/'],
  ['/foo/bar.baz', '/']
];
unixPaths.forEach(function (t) {
  var element = t[0], output = path.parse(element);
  ['root', 'dir', 'base', 'ext', 'name'].forEach(function (k) {
    assert.strictEqual(typeof output[k], 'string');
  });
  assert.strictEqual(path.format(output), element);
  assert.strictEqual(output.root, t[1]);
  assert.ok(output.dir.indexOf(output.root) === 0);
  assert.strictEqual(output.dir, output.dir ? path.dirname(element) : '');
  assert.strictEqual(output.base, path.basename(element));
  assert.strictEqual(output.ext, path.extname(element));
});

[[{dir: 'some/dir'}, 'some/dir/'],
 [{base: 'index.html'}, 'index.html'],
 [{root: '/'}, '/'],
 [{name: 'index', ext: '.html'}, 'index.html'],
 [{dir: 'some/dir', name: 'index', ext: '.html'}, 'some/dir/index.html'],
 [{root: '/', name: 'index', ext: '.html'}, '/index.html'],
 [{name: 'index', ext: 'html'}, 'index.html'],
 [{}, '']
].forEach(function (t) {
  assert.strictEqual(path.format(t[0]), t[1]);
});

[null, undefined, 1, true, false, 'string'].forEach(function (v) {
  assert.throws(function () { path.format(v); },
                {code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError'});
});
[[null], [{}], [true], [1], []].forEach(function (input) {
  assert.throws(function () { path.parse.apply(path, input); },
                {code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError'});
});
[[null], [''], [true], [1]].forEach(function (input) {
  assert.throws(function () { path.format.apply(path, input); },
                {code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError'});
});

// Removal of trailing path separators.
[['./', {root: '', dir: '', base: '.', ext: '', name: '.'}],
 ['//', {root: '/', dir: '/', base: '', ext: '', name: ''}],
 ['///', {root: '/', dir: '/', base: '', ext: '', name: ''}],
 ['/foo///', {root: '/', dir: '/', base: 'foo', ext: '', name: 'foo'}],
 ['/foo///bar.baz', {root: '/', dir: '/foo//', base: 'bar.baz', ext: '.baz',
                     name: 'bar'}]
].forEach(function (t) {
  assert.deepStrictEqual(path.parse(t[0]), t[1], 'parse(' + t[0] + ')');
});

// win32
[['C:\\path\\dir\\index.html', 'C:\\'],
 ['C:\\another_path\\DIR\\1\\2\\33\\\\index', 'C:\\'],
 ['another_path\\DIR with spaces\\1\\2\\33\\index', ''],
 ['\\', '\\'], ['\\foo\\C:', '\\'], ['file', ''], ['file:stream', ''],
 ['.\\file', ''], ['C:', 'C:'], ['C:.', 'C:'], ['C:..', 'C:'], ['C:abc', 'C:'],
 ['C:\\', 'C:\\'], ['C:\\abc', 'C:\\'], ['', ''],
 ['\\\\server\\share\\file_path', '\\\\server\\share\\'],
 ['\\\\server two\\shared folder\\file path.zip', '\\\\server two\\shared folder\\'],
 ['\\\\teela\\admin$\\system32', '\\\\teela\\admin$\\'],
 ['\\\\?\\UNC\\server\\share', '\\\\?\\UNC\\']
].forEach(function (t) {
  var element = t[0], output = win32.parse(element);
  assert.strictEqual(win32.format(output), element, 'win32 format(parse(' + element + '))');
  assert.strictEqual(output.root, t[1]);
  assert.ok(output.dir.indexOf(output.root) === 0);
  assert.strictEqual(output.dir, output.dir ? win32.dirname(element) : '');
  assert.strictEqual(output.base, win32.basename(element));
  assert.strictEqual(output.ext, win32.extname(element));
});
assert.deepStrictEqual(win32.parse('/foo/bar'),
                       {root: '/', dir: '/foo', base: 'bar', ext: '', name: 'bar'});
[[{dir: 'some\\dir'}, 'some\\dir\\'],
 [{base: 'index.html'}, 'index.html'],
 [{root: 'C:\\'}, 'C:\\'],
 [{name: 'index', ext: '.html'}, 'index.html'],
 [{dir: 'some\\dir', name: 'index', ext: '.html'}, 'some\\dir\\index.html'],
 [{root: 'C:\\', name: 'index', ext: '.html'}, 'C:\\index.html'],
 [{}, '']
].forEach(function (t) {
  assert.strictEqual(win32.format(t[0]), t[1]);
});
[[null], [{}], [true], [1], []].forEach(function (input) {
  assert.throws(function () { win32.parse.apply(win32, input); },
                {code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError'});
});
[null, undefined, 1, true, false, 'string'].forEach(function (v) {
  assert.throws(function () { win32.format(v); },
                {code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError'});
});
[['.\\', {root: '', dir: '', base: '.', ext: '', name: '.'}],
 ['\\\\', {root: '\\', dir: '\\', base: '', ext: '', name: ''}],
 ['c:\\foo\\\\\\', {root: 'c:\\', dir: 'c:\\', base: 'foo', ext: '', name: 'foo'}],
 ['D:\\foo\\\\\\bar.baz', {root: 'D:\\', dir: 'D:\\foo\\\\', base: 'bar.baz',
                                ext: '.baz', name: 'bar'}]
].forEach(function (t) {
  assert.deepStrictEqual(win32.parse(t[0]), t[1], 'win32.parse(' + t[0] + ')');
});

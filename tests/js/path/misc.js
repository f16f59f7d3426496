// Ported from Node.js test/parallel/test-path.js, test-path-dirname.js,
// test-path-isabsolute.js, test-path-zero-length-strings.js and
// test-path-makelong.js (MIT license, Copyright Node.js contributors).
var assert = require('../_assert.js');
var path = require('path');

// test-path.js: argument types.
function fail(fn) {
  var args = Array.prototype.slice.call(arguments, 1);
  assert.throws(function () { fn.apply(null, args); },
                {code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError'});
}
[path.posix, path.win32].forEach(function (p) {
  [true, false, 7, null, {}, undefined, [], NaN].forEach(function (test) {
    fail(p.join, test);
    fail(p.resolve, test);
    fail(p.normalize, test);
    fail(p.isAbsolute, test);
    fail(p.relative, test, 'foo');
    fail(p.relative, 'foo', test);
    fail(p.parse, test);
    fail(p.dirname, test);
    fail(p.basename, test);
    fail(p.extname, test);
    if (test !== undefined)
      fail(p.basename, 'foo', test);
  });
});
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');
assert.strictEqual(path.win32.win32, path.win32);
assert.strictEqual(path.win32.posix, path.posix);
assert.strictEqual(path.posix.win32, path.win32);
[true, false, 7, null, {}, undefined, [], NaN].forEach(function (test) {
  fail(path.join, test);
  fail(path.resolve, test);
  fail(path.normalize, test);
  fail(path.isAbsolute, test);
  fail(path.relative, test, 'foo');
  fail(path.relative, 'foo', test);
  fail(path.parse, test);
  fail(path.dirname, test);
  fail(path.basename, test);
  fail(path.extname, test);
  if (test !== undefined)
    fail(path.basename, 'foo', test);
});
assert.strictEqual(path.posix.sep, '/');
assert.strictEqual(path.posix.delimiter, ':');
assert.strictEqual(path, path.posix);
assert.strictEqual(path.posix.posix, path.posix);
assert.throws(function () { path.join('a', 1); },
              {message: 'The "path" argument must be of type string. ' +
                        'Received type number (1)'});

// test-path-dirname.js
assert.strictEqual(path.dirname(__filename).slice(-4), 'path');
[['/a/b/', '/a'], ['/a/b', '/a'], ['/a', '/'], ['', '.'], ['/', '/'],
 ['////', '/'], ['//a', '//'], ['foo', '.']].forEach(function (t) {
  assert.strictEqual(path.posix.dirname(t[0]), t[1], 'dirname(' + t[0] + ')');
});

// test-path-isabsolute.js
assert.strictEqual(path.posix.isAbsolute('/home/foo'), true);
assert.strictEqual(path.posix.isAbsolute('/home/foo/..'), true);
assert.strictEqual(path.posix.isAbsolute('bar/'), false);
assert.strictEqual(path.posix.isAbsolute('./baz'), false);

// test-path-zero-length-strings.js
var pwd = process.cwd();
assert.strictEqual(path.posix.join(''), '.');
assert.strictEqual(path.posix.join('', ''), '.');
assert.strictEqual(path.join(pwd), pwd);
assert.strictEqual(path.join(pwd, ''), pwd);
assert.strictEqual(path.posix.normalize(''), '.');
assert.strictEqual(path.posix.isAbsolute(''), false);
assert.strictEqual(path.resolve(''), pwd);
assert.strictEqual(path.resolve('', ''), pwd);
assert.strictEqual(path.relative('', pwd), '');
assert.strictEqual(path.relative(pwd, ''), '');
assert.strictEqual(path.relative(pwd, pwd), '');

// test-path-makelong.js: a no-op on POSIX.
var file = path.resolve(__filename);
assert.strictEqual(path.posix.toNamespacedPath(file), file);
assert.strictEqual(path.posix.toNamespacedPath('c:\\foo'), 'c:\\foo');
assert.strictEqual(path.toNamespacedPath(null), null);
assert.strictEqual(path.toNamespacedPath(100), 100);
assert.strictEqual(path._makeLong(file), file);

// win32 dirname
[['c:\\', 'c:\\'], ['c:\\foo', 'c:\\'], ['c:\\foo\\', 'c:\\'],
 ['c:\\foo\\bar', 'c:\\foo'], ['c:\\foo\\bar\\', 'c:\\foo'],
 ['c:\\foo\\bar\\baz', 'c:\\foo\\bar'], ['c:\\foo bar\\baz', 'c:\\foo bar'],
 ['\\', '\\'], ['\\foo', '\\'], ['\\foo\\', '\\'], ['\\foo\\bar', '\\foo'],
 ['\\foo\\bar\\', '\\foo'], ['\\foo\\bar\\baz', '\\foo\\bar'],
 ['\\foo bar\\baz', '\\foo bar'], ['c:', 'c:'], ['c:foo', 'c:'], ['c:foo\\', 'c:'],
 ['c:foo\\bar', 'c:foo'], ['c:foo\\bar\\', 'c:foo'], ['c:foo\\bar\\baz', 'c:foo\\bar'],
 ['c:foo bar\\baz', 'c:foo bar'], ['file:stream', '.'], ['dir\\file:stream', 'dir'],
 ['\\\\unc\\share', '\\\\unc\\share'], ['\\\\unc\\share\\foo', '\\\\unc\\share\\'],
 ['\\\\unc\\share\\foo\\', '\\\\unc\\share\\'],
 ['\\\\unc\\share\\foo\\bar', '\\\\unc\\share\\foo'],
 ['\\\\unc\\share\\foo\\bar\\', '\\\\unc\\share\\foo'],
 ['\\\\unc\\share\\foo\\bar\\baz', '\\\\unc\\share\\foo\\bar'],
 ['/a/b/', '/a'], ['/a/b', '/a'], ['/a', '/'], ['', '.'], ['/', '/'], ['////', '/'],
 ['foo', '.']
].forEach(function (t) {
  assert.strictEqual(path.win32.dirname(t[0]), t[1], 'win32.dirname(' + t[0] + ')');
});

// win32 isAbsolute
[['/', true], ['//', true], ['//server', true], ['//server/file', true],
 ['\\\\server\\file', true], ['\\\\server', true], ['\\\\', true], ['c', false],
 ['c:', false], ['c:\\', true], ['c:/', true], ['c://', true], ['C:/Users/', true],
 ['C:\\Users\\', true], ['C:cwd/another', false], ['C:cwd\\another', false],
 ['directory/directory', false], ['directory\\directory', false]
].forEach(function (t) {
  assert.strictEqual(path.win32.isAbsolute(t[0]), t[1], 'win32.isAbsolute(' + t[0] + ')');
});

// win32 zero-length strings
assert.strictEqual(path.win32.join(''), '.');
assert.strictEqual(path.win32.join('', ''), '.');
assert.strictEqual(path.win32.normalize(''), '.');
assert.strictEqual(path.win32.isAbsolute(''), false);

// win32 toNamespacedPath (test-path-makelong.js)
assert.strictEqual(path.win32.toNamespacedPath('C:\\foo'), '\\\\?\\C:\\foo');
assert.strictEqual(path.win32.toNamespacedPath('C:/foo'), '\\\\?\\C:\\foo');
assert.strictEqual(path.win32.toNamespacedPath('\\\\foo\\bar'), '\\\\?\\UNC\\foo\\bar\\');
assert.strictEqual(path.win32.toNamespacedPath('//foo//bar'), '\\\\?\\UNC\\foo\\bar\\');
assert.strictEqual(path.win32.toNamespacedPath('\\\\?\\foo'), '\\\\?\\foo');
assert.strictEqual(path.win32.toNamespacedPath('\\\\?\\c:\\Windows/System'),
                   '\\\\?\\c:\\Windows\\System');
assert.strictEqual(path.win32.toNamespacedPath(null), null);
assert.strictEqual(path.win32.toNamespacedPath(true), true);
assert.strictEqual(path.win32.toNamespacedPath(1), 1);
assert.strictEqual(path.win32.toNamespacedPath(), undefined);
assert.strictEqual(path.win32.toNamespacedPath(''), '');
assert.strictEqual(path.win32._makeLong, path.win32.toNamespacedPath);

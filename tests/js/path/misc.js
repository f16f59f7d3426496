// Ported from Node.js test/parallel/test-path.js, test-path-dirname.js,
// test-path-isabsolute.js, test-path-zero-length-strings.js and
// test-path-makelong.js (MIT license, Copyright Node.js contributors):
// the POSIX cases.
var assert = require('../_assert.js');
var path = require('path');

// test-path.js: argument types.
function fail(fn) {
  var args = Array.prototype.slice.call(arguments, 1);
  assert.throws(function () { fn.apply(null, args); },
                {code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError'});
}
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

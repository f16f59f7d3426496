// Ported from Node.js test/parallel/test-path-resolve.js (MIT license,
// Copyright Node.js contributors).
var assert = require('../_assert.js');
var path = require('path');

[[['/var/lib', '../', 'file/'], '/var/file'],
 [['/var/lib', '/../', 'file/'], '/file'],
 [['a/b/c/', '../../..'], process.cwd()],
 [['.'], process.cwd()],
 [['/some/dir', '.', '/absolute/'], '/absolute'],
 [['/foo/tmp.3/', '../tmp.3/cycles/root.js'], '/foo/tmp.3/cycles/root.js']
].forEach(function (t) {
  assert.strictEqual(path.posix.resolve.apply(null, t[0]), t[1],
                     'resolve(' + JSON.stringify(t[0]) + ')');
});

// Relative paths stay safe when process.cwd() fails.
var cwd = process.cwd;
process.cwd = function () { return ''; };
assert.strictEqual(path.resolve(), '.');
process.cwd = cwd;

// win32 (on POSIX the cwd has forward slashes: compare with them).
[[['c:/blah\\blah', 'd:/games', 'c:../a'], 'c:\\blah\\a'],
 [['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], 'd:\\e.exe'],
 [['c:/ignore', 'c:/some/file'], 'c:\\some\\file'],
 [['d:/ignore', 'd:some/dir//'], 'd:\\ignore\\some\\dir'],
 [['.'], process.cwd()],
 [['//server/share', '..', 'relative\\'], '\\\\server\\share\\relative'],
 [['c:/', '//'], 'c:\\'],
 [['c:/', '//dir'], 'c:\\dir'],
 [['c:/', '//server/share'], '\\\\server\\share\\'],
 [['c:/', '//server//share'], '\\\\server\\share\\'],
 [['c:/', '///some//dir'], 'c:\\some\\dir'],
 [['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'],
  'C:\\foo\\tmp.3\\cycles\\root.js']
].forEach(function (t) {
  var actual = path.win32.resolve.apply(null, t[0]);
  if (actual !== t[1])
    assert.strictEqual(actual.replace(/\\/g, '/'), t[1],
                       'win32.resolve(' + JSON.stringify(t[0]) + ')');
});

// Ported from Node.js test/parallel/test-path-normalize.js (MIT license,
// Copyright Node.js contributors).
var assert = require('../_assert.js');
var path = require('path');

[['./fixtures///b/../b/c.js', 'fixtures/b/c.js'],
 ['/foo/../../../bar', '/bar'],
 ['a//b//../b', 'a/b'],
 ['a//b//./c', 'a/b/c'],
 ['a//b//.', 'a/b'],
 ['/a/b/c/../../../x/y/z', '/x/y/z'],
 ['///..//./foo/.//bar', '/foo/bar'],
 ['bar/foo../../', 'bar/'],
 ['bar/foo../..', 'bar'],
 ['bar/foo../../baz', 'bar/baz'],
 ['bar/foo../', 'bar/foo../'],
 ['bar/foo..', 'bar/foo..'],
 ['../foo../../../bar', '../../bar'],
 ['../.../.././.../../../bar', '../../bar']
].forEach(function (t) {
  assert.strictEqual(path.posix.normalize(t[0]), t[1], 'normalize(' + t[0] + ')');
});

[['./fixtures///b/../b/c.js', 'fixtures\\b\\c.js'],
 ['/foo/../../../bar', '\\bar'],
 ['a//b//../b', 'a\\b'],
 ['a//b//./c', 'a\\b\\c'],
 ['a//b//.', 'a\\b'],
 ['//server/share/dir/file.ext', '\\\\server\\share\\dir\\file.ext'],
 ['/a/b/c/../../../x/y/z', '\\x\\y\\z'],
 ['C:', 'C:.'],
 ['C:..\\abc', 'C:..\\abc'],
 ['C:..\\..\\abc\\..\\def', 'C:..\\..\\def'],
 ['C:\\.', 'C:\\'],
 ['file:stream', 'file:stream'],
 ['bar\\foo..\\..\\', 'bar\\'],
 ['bar\\foo..\\..', 'bar'],
 ['bar\\foo..\\..\\baz', 'bar\\baz'],
 ['bar\\foo..\\', 'bar\\foo..\\'],
 ['bar\\foo..', 'bar\\foo..'],
 ['..\\foo..\\..\\..\\bar', '..\\..\\bar'],
 ['..\\...\\..\\.\\...\\..\\..\\bar', '..\\..\\bar']
].forEach(function (t) {
  assert.strictEqual(path.win32.normalize(t[0]), t[1], 'win32.normalize(' + t[0] + ')');
});

// Ported from Node.js test/parallel/test-path-normalize.js (MIT license,
// Copyright Node.js contributors): the POSIX cases.
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

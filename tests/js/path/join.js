// Ported from Node.js test/parallel/test-path-join.js (MIT license,
// Copyright Node.js contributors).
var assert = require('../_assert.js');
var path = require('path');

var tests = [
  [['.', 'x/b', '..', '/b/c.js'], 'x/b/c.js'],
  [[], '.'],
  [['/.', 'x/b', '..', '/b/c.js'], '/x/b/c.js'],
  [['/foo', '../../../bar'], '/bar'],
  [['foo', '../../../bar'], '../../bar'],
  [['foo/', '../../../bar'], '../../bar'],
  [['foo/x', '../../../bar'], '../bar'],
  [['foo/x', './bar'], 'foo/x/bar'],
  [['foo/x/', './bar'], 'foo/x/bar'],
  [['foo/x/', '.', 'bar'], 'foo/x/bar'],
  [['./'], './'],
  [['.', './'], './'],
  [['.', '.', '.'], '.'],
  [['.', './', '.'], '.'],
  [['.', '/./', '.'], '.'],
  [['.', '/////./', '.'], '.'],
  [['.'], '.'],
  [['', '.'], '.'],
  [['', 'foo'], 'foo'],
  [['foo', '/bar'], 'foo/bar'],
  [['', '/foo'], '/foo'],
  [['', '', '/foo'], '/foo'],
  [['', '', 'foo'], 'foo'],
  [['foo', ''], 'foo'],
  [['foo/', ''], 'foo/'],
  [['foo', '', '/bar'], 'foo/bar'],
  [['./', '..', '/foo'], '../foo'],
  [['./', '..', '..', '/foo'], '../../foo'],
  [['.', '..', '..', '/foo'], '../../foo'],
  [['', '..', '..', '/foo'], '../../foo'],
  [['/'], '/'],
  [['/', '.'], '/'],
  [['/', '..'], '/'],
  [['/', '..', '..'], '/'],
  [[''], '.'],
  [['', ''], '.'],
  [[' /foo'], ' /foo'],
  [[' ', 'foo'], ' /foo'],
  [[' ', '.'], ' '],
  [[' ', '/'], ' /'],
  [[' ', ''], ' '],
  [['/', 'foo'], '/foo'],
  [['/', '/foo'], '/foo'],
  [['/', '//foo'], '/foo'],
  [['/', '', '/foo'], '/foo'],
  [['', '/', 'foo'], '/foo'],
  [['', '/', '/foo'], '/foo']
];
tests.forEach(function (t) {
  assert.strictEqual(path.posix.join.apply(null, t[0]), t[1],
                     'join(' + JSON.stringify(t[0]) + ')');
});
assert.strictEqual(path.join, path.posix.join);

// path.win32.join: the same cases (with / for \\ in the result) plus
// Windows-specific ones.
tests.forEach(function (t) {
  var actual = path.win32.join.apply(null, t[0]);
  assert.strictEqual(actual.replace(/\\/g, '/'), t[1],
                     'win32.join(' + JSON.stringify(t[0]) + ')');
});
[[['//foo/bar'], '\\\\foo\\bar\\'],
 [['\\/foo/bar'], '\\\\foo\\bar\\'],
 [['\\\\foo/bar'], '\\\\foo\\bar\\'],
 [['//foo', 'bar'], '\\\\foo\\bar\\'],
 [['//foo/', 'bar'], '\\\\foo\\bar\\'],
 [['//foo', '/bar'], '\\\\foo\\bar\\'],
 [['//foo', '', 'bar'], '\\\\foo\\bar\\'],
 [['//foo/', '', 'bar'], '\\\\foo\\bar\\'],
 [['//foo/', '', '/bar'], '\\\\foo\\bar\\'],
 [['', '//foo', 'bar'], '\\\\foo\\bar\\'],
 [['', '//foo/', 'bar'], '\\\\foo\\bar\\'],
 [['', '//foo/', '/bar'], '\\\\foo\\bar\\'],
 [['\\', 'foo/bar'], '\\foo\\bar'],
 [['\\', '/foo/bar'], '\\foo\\bar'],
 [['', '/', '/foo/bar'], '\\foo\\bar'],
 [['//', 'foo/bar'], '\\foo\\bar'],
 [['//', '/foo/bar'], '\\foo\\bar'],
 [['\\\\', '/', '/foo/bar'], '\\foo\\bar'],
 [['//'], '\\'],
 [['//foo'], '\\foo'],
 [['//foo/'], '\\foo\\'],
 [['//foo', '/'], '\\foo\\'],
 [['//foo', '', '/'], '\\foo\\'],
 [['///foo/bar'], '\\foo\\bar'],
 [['////foo', 'bar'], '\\foo\\bar'],
 [['\\\\\\/foo/bar'], '\\foo\\bar'],
 [['c:'], 'c:.'],
 [['c:.'], 'c:.'],
 [['c:', ''], 'c:.'],
 [['', 'c:'], 'c:.'],
 [['c:.', '/'], 'c:.\\'],
 [['c:.', 'file'], 'c:file'],
 [['c:', '/'], 'c:\\'],
 [['c:', 'file'], 'c:\\file']
].forEach(function (t) {
  assert.strictEqual(path.win32.join.apply(null, t[0]), t[1],
                     'win32.join(' + JSON.stringify(t[0]) + ')');
});

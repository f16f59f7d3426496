// Ported from Node.js test/parallel/test-path-resolve.js (MIT license,
// Copyright Node.js contributors): the POSIX cases.
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

// Ported from Node.js test/parallel/test-path-basename.js (MIT license,
// Copyright Node.js contributors); URL inputs are newer than the Node
// release we follow.
var assert = require('../_assert.js');
var path = require('path');

assert.strictEqual(path.basename(__filename), 'basename.js');
assert.strictEqual(path.basename(__filename, '.js'), 'basename');
[['.js', '.js', ''], ['js', '.js', 'js'], ['file.js', '.ts', 'file.js'],
 ['file', '.js', 'file'], ['file.js.old', '.js.old', 'file'],
 ['', undefined, ''], ['/dir/basename.ext', undefined, 'basename.ext'],
 ['/basename.ext', undefined, 'basename.ext'],
 ['basename.ext', undefined, 'basename.ext'],
 ['basename.ext/', undefined, 'basename.ext'],
 ['basename.ext//', undefined, 'basename.ext'],
 ['aaa/bbb', '/bbb', 'bbb'], ['aaa/bbb', 'a/bbb', 'bbb'],
 ['aaa/bbb', 'bbb', 'bbb'], ['aaa/bbb//', 'bbb', 'bbb'],
 ['aaa/bbb', 'bb', 'b'], ['aaa/bbb', 'b', 'bb'],
 ['/aaa/bbb', '/bbb', 'bbb'], ['/aaa/bbb', 'a/bbb', 'bbb'],
 ['/aaa/bbb', 'bbb', 'bbb'], ['/aaa/bbb//', 'bbb', 'bbb'],
 ['/aaa/bbb', 'bb', 'b'], ['/aaa/bbb', 'b', 'bb'],
 ['/aaa/bbb', undefined, 'bbb'], ['/aaa/', undefined, 'aaa'],
 ['/aaa/b', undefined, 'b'], ['/a/b', undefined, 'b'],
 ['//a', undefined, 'a'], ['a', 'a', '']
].forEach(function (t) {
  assert.strictEqual(path.basename(t[0], t[1]), t[2],
                     'basename(' + t[0] + ', ' + t[1] + ')');
});

// On unix a backslash is just treated as any other character.
assert.strictEqual(path.posix.basename('\\dir\\basename.ext'), '\\dir\\basename.ext');
assert.strictEqual(path.posix.basename('\\basename.ext'), '\\basename.ext');
assert.strictEqual(path.posix.basename('basename.ext'), 'basename.ext');
assert.strictEqual(path.posix.basename('basename.ext\\'), 'basename.ext\\');
assert.strictEqual(path.posix.basename('basename.ext\\\\'), 'basename.ext\\\\');
assert.strictEqual(path.posix.basename('foo'), 'foo');

// POSIX filenames may include control characters.
var controlCharFilename = 'Icon' + String.fromCharCode(13);
assert.strictEqual(path.posix.basename('/a/b/' + controlCharFilename),
                   controlCharFilename);

// On Windows a backslash acts as a path separator.
[['\\dir\\basename.ext', undefined, 'basename.ext'],
 ['\\basename.ext', undefined, 'basename.ext'],
 ['basename.ext', undefined, 'basename.ext'],
 ['basename.ext\\', undefined, 'basename.ext'],
 ['basename.ext\\\\', undefined, 'basename.ext'],
 ['foo', undefined, 'foo'],
 ['aaa\\bbb', '\\bbb', 'bbb'],
 ['aaa\\bbb', 'a\\bbb', 'bbb'],
 ['aaa\\bbb', 'bbb', 'bbb'],
 ['aaa\\bbb\\\\\\\\', 'bbb', 'bbb'],
 ['aaa\\bbb', 'bb', 'b'],
 ['aaa\\bbb', 'b', 'bb'],
 ['C:', undefined, ''],
 ['C:.', undefined, '.'],
 ['C:\\', undefined, ''],
 ['C:\\dir\\base.ext', undefined, 'base.ext'],
 ['C:\\basename.ext', undefined, 'basename.ext'],
 ['C:basename.ext', undefined, 'basename.ext'],
 ['C:basename.ext\\', undefined, 'basename.ext'],
 ['C:basename.ext\\\\', undefined, 'basename.ext'],
 ['C:foo', undefined, 'foo'],
 ['file:stream', undefined, 'file:stream'],
 ['a', 'a', '']
].forEach(function (t) {
  assert.strictEqual(path.win32.basename(t[0], t[1]), t[2],
                     'win32.basename(' + t[0] + ', ' + t[1] + ')');
});

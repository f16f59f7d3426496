// Ported from Node.js test/parallel/test-path-extname.js (MIT license,
// Copyright Node.js contributors).
var assert = require('../_assert.js');
var path = require('path');

[[__filename, '.js'], ['', ''], ['/path/to/file', ''],
 ['/path/to/file.ext', '.ext'], ['/path.to/file.ext', '.ext'],
 ['/path.to/file', ''], ['/path.to/.file', ''], ['/path.to/.file.ext', '.ext'],
 ['/path/to/f.ext', '.ext'], ['/path/to/..ext', '.ext'], ['/path/to/..', ''],
 ['file', ''], ['file.ext', '.ext'], ['.file', ''], ['.file.ext', '.ext'],
 ['/file', ''], ['/file.ext', '.ext'], ['/.file', ''], ['/.file.ext', '.ext'],
 ['.path/file.ext', '.ext'], ['file.ext.ext', '.ext'], ['file.', '.'],
 ['.', ''], ['./', ''], ['.file.ext', '.ext'], ['.file', ''], ['.file.', '.'],
 ['.file..', '.'], ['..', ''], ['../', ''], ['..file.ext', '.ext'],
 ['..file', '.file'], ['..file.', '.'], ['..file..', '.'], ['...', '.'],
 ['...ext', '.ext'], ['....', '.'], ['file.ext/', '.ext'],
 ['file.ext//', '.ext'], ['file/', ''], ['file//', ''], ['file./', '.'],
 ['file.//', '.']
].forEach(function (t) {
  assert.strictEqual(path.posix.extname(t[0]), t[1], 'extname(' + t[0] + ')');
  var input = t[0].replace(/\//g, '\\');
  assert.strictEqual(path.win32.extname(input), t[1], 'win32.extname(' + input + ')');
  assert.strictEqual(path.win32.extname('C:' + input), t[1],
                     'win32.extname(C:' + input + ')');
});

// On Windows, backslash is a path separator.
assert.strictEqual(path.win32.extname('.\\'), '');
assert.strictEqual(path.win32.extname('..\\'), '');
assert.strictEqual(path.win32.extname('file.ext\\'), '.ext');
assert.strictEqual(path.win32.extname('file.ext\\\\'), '.ext');
assert.strictEqual(path.win32.extname('file\\'), '');
assert.strictEqual(path.win32.extname('file\\\\'), '');
assert.strictEqual(path.win32.extname('file.\\'), '.');
assert.strictEqual(path.win32.extname('file.\\\\'), '.');

// On *nix, backslash is a valid name component like any other character.
assert.strictEqual(path.posix.extname('.\\'), '');
assert.strictEqual(path.posix.extname('..\\'), '.\\');
assert.strictEqual(path.posix.extname('file.ext\\'), '.ext\\');
assert.strictEqual(path.posix.extname('file.ext\\\\'), '.ext\\\\');
assert.strictEqual(path.posix.extname('file\\'), '');
assert.strictEqual(path.posix.extname('file\\\\'), '');
assert.strictEqual(path.posix.extname('file.\\'), '.\\');
assert.strictEqual(path.posix.extname('file.\\\\'), '.\\\\');

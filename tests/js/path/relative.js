// Ported from Node.js test/parallel/test-path-relative.js (MIT license,
// Copyright Node.js contributors). The win32 cases with non-ASCII case
// folding (İ, ß) are newer than Node 20 and not ported.
var assert = require('../_assert.js');
var path = require('path');

[['/var/lib', '/var', '..'],
 ['/var/lib', '/bin', '../../bin'],
 ['/var/lib', '/var/lib', ''],
 ['/var/lib', '/var/apache', '../apache'],
 ['/var/', '/var/lib', 'lib'],
 ['/', '/var/lib', 'var/lib'],
 ['/foo/test', '/foo/test/bar/package.json', 'bar/package.json'],
 ['/Users/a/web/b/test/mails', '/Users/a/web/b', '../..'],
 ['/foo/bar/baz-quux', '/foo/bar/baz', '../baz'],
 ['/foo/bar/baz', '/foo/bar/baz-quux', '../baz-quux'],
 ['/baz-quux', '/baz', '../baz'],
 ['/baz', '/baz-quux', '../baz-quux'],
 ['/page1/page2/foo', '/', '../../..']
].forEach(function (t) {
  assert.strictEqual(path.posix.relative(t[0], t[1]), t[2],
                     'relative(' + t[0] + ', ' + t[1] + ')');
});

[['c:/blah\\blah', 'd:/games', 'd:\\games'],
 ['c:/aaaa/bbbb', 'c:/aaaa', '..'],
 ['c:/aaaa/bbbb', 'c:/cccc', '..\\..\\cccc'],
 ['c:/aaaa/bbbb', 'c:/aaaa/bbbb', ''],
 ['c:/aaaa/bbbb', 'c:/aaaa/cccc', '..\\cccc'],
 ['c:/aaaa/', 'c:/aaaa/cccc', 'cccc'],
 ['c:/', 'c:\\aaaa\\bbbb', 'aaaa\\bbbb'],
 ['c:/aaaa/bbbb', 'd:\\', 'd:\\'],
 ['c:/AaAa/bbbb', 'c:/aaaa/bbbb', ''],
 ['c:/aaaaa/', 'c:/aaaa/cccc', '..\\aaaa\\cccc'],
 ['C:\\foo\\bar\\baz\\quux', 'C:\\', '..\\..\\..\\..'],
 ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json', 'bar\\package.json'],
 ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz', '..\\baz'],
 ['C:\\foo\\bar\\baz', 'C:\\foo\\bar\\baz-quux', '..\\baz-quux'],
 ['\\\\foo\\bar', '\\\\foo\\bar\\baz', 'baz'],
 ['\\\\foo\\bar\\baz', '\\\\foo\\bar', '..'],
 ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz', '..\\baz'],
 ['\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz-quux', '..\\baz-quux'],
 ['C:\\baz-quux', 'C:\\baz', '..\\baz'],
 ['C:\\baz', 'C:\\baz-quux', '..\\baz-quux'],
 ['\\\\foo\\baz-quux', '\\\\foo\\baz', '..\\baz'],
 ['\\\\foo\\baz', '\\\\foo\\baz-quux', '..\\baz-quux'],
 ['C:\\baz', '\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz'],
 ['\\\\foo\\bar\\baz', 'C:\\baz', 'C:\\baz']
].forEach(function (t) {
  assert.strictEqual(path.win32.relative(t[0], t[1]), t[2],
                     'win32.relative(' + t[0] + ', ' + t[1] + ')');
});

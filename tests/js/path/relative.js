// Ported from Node.js test/parallel/test-path-relative.js (MIT license,
// Copyright Node.js contributors): the POSIX cases.
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

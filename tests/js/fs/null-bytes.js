// Ported from Node.js test/parallel/test-fs-null-bytes.js (MIT license, Copyright Node.js contributors)
// Null bytes in paths are rejected before any system call (ERR_INVALID_ARG_VALUE).
'use strict';
var common = require('./_common');
var assert = require('assert');
var fs = require('fs');

function check(async, sync) {
  var expected = { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError', message: /without null bytes/ };
  var args = Array.prototype.slice.call(arguments, 2);
  if (sync) assert.throws(function () { sync.apply(null, args); }, expected);
  if (async) assert.throws(function () { async.apply(null, args.concat(common.mustNotCall())); }, expected);
}

check(fs.access, fs.accessSync, 'foo\u0000bar');
check(fs.access, fs.accessSync, 'foo\u0000bar', fs.F_OK);
check(fs.appendFile, fs.appendFileSync, 'foo\u0000bar', 'abc');
check(fs.chmod, fs.chmodSync, 'foo\u0000bar', '0644');
check(fs.chown, fs.chownSync, 'foo\u0000bar', 12, 34);
check(fs.link, fs.linkSync, 'foo\u0000bar', 'foobar');
check(fs.link, fs.linkSync, 'foobar', 'foo\u0000bar');
check(fs.lstat, fs.lstatSync, 'foo\u0000bar');
check(fs.mkdir, fs.mkdirSync, 'foo\u0000bar', '0755');
check(fs.open, fs.openSync, 'foo\u0000bar', 'r');
check(fs.readFile, fs.readFileSync, 'foo\u0000bar');
check(fs.readdir, fs.readdirSync, 'foo\u0000bar');
check(fs.readlink, fs.readlinkSync, 'foo\u0000bar');
check(fs.realpath, fs.realpathSync, 'foo\u0000bar');
check(fs.rename, fs.renameSync, 'foo\u0000bar', 'foobar');
check(fs.rename, fs.renameSync, 'foobar', 'foo\u0000bar');
check(fs.rmdir, fs.rmdirSync, 'foo\u0000bar');
check(fs.stat, fs.statSync, 'foo\u0000bar');
check(fs.symlink, fs.symlinkSync, 'foo\u0000bar', 'foobar');
check(fs.symlink, fs.symlinkSync, 'foobar', 'foo\u0000bar');
check(fs.truncate, fs.truncateSync, 'foo\u0000bar');
check(fs.unlink, fs.unlinkSync, 'foo\u0000bar');
check(fs.utimes, fs.utimesSync, 'foo\u0000bar', 0, 0);
check(fs.writeFile, fs.writeFileSync, 'foo\u0000bar', 'abc');

fs.exists('foo\u0000bar', common.mustCall(function (exists) { assert(!exists); }));
assert(!fs.existsSync('foo\u0000bar'));

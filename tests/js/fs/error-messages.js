// Ported from Node.js test/parallel/test-fs-error-messages.js (MIT license, Copyright Node.js contributors)
'use strict';
var common = require('./_common');
var assert = require('assert');
var fs = require('fs');

var tmp = common.tmpdir.refresh();
var fn = tmp + '/non-existent';
var existingFile = tmp + '/exit.js';
var existingFile2 = tmp + '/create-file.js';
var existingDir = tmp + '/empty';
var existingDir2 = tmp + '/keys';
fs.writeFileSync(existingFile, 'x');
fs.writeFileSync(existingFile2, 'y');
fs.mkdirSync(existingDir);
fs.mkdirSync(existingDir2);
fs.writeFileSync(existingDir2 + '/k', 'k');

function testEnoentError(file, endMessage, syscall, err) {
  assert(err instanceof Error);
  assert.strictEqual(err.path, fn);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, syscall);
  assert.strictEqual(err.message, "ENOENT: no such file or directory, " + syscall + " '" + file + "'" + (endMessage || ''));
  return true;
}
function testEexistError(source, dest, syscall, err) {
  assert(err instanceof Error);
  assert.strictEqual(err.path, source);
  if (dest) assert.strictEqual(err.dest, dest);
  assert.strictEqual(err.message, "EEXIST: file already exists, " + syscall + " '" + source + "'" +
    (dest ? " -> '" + dest + "'" : ''));
  return true;
}
function testEnoemptyError(source, dest, err) {
  assert.strictEqual(err.path, source);
  assert.strictEqual(err.message, "ENOTEMPTY: directory not empty, rename '" + source + "' -> '" + dest + "'");
  return true;
}
function testEnotdirError(dir, err) {
  assert.strictEqual(err.path, dir);
  assert.strictEqual(err.message, "ENOTDIR: not a directory, rmdir '" + dir + "'");
  return true;
}

fs.stat(fn, common.mustCall(function (err) { testEnoentError(fn, '', 'stat', err); }));
fs.lstat(fn, common.mustCall(function (err) { testEnoentError(fn, '', 'lstat', err); }));
fs.readlink(fn, common.mustCall(function (err) { testEnoentError(fn, '', 'readlink', err); }));
fs.link(fn, 'foo', common.mustCall(function (err) { testEnoentError(fn, " -> 'foo'", 'link', err); }));
fs.unlink(fn, common.mustCall(function (err) { testEnoentError(fn, '', 'unlink', err); }));
fs.rmdir(fn, common.mustCall(function (err) { testEnoentError(fn, '', 'rmdir', err); }));
fs.chmod(fn, 438, common.mustCall(function (err) { testEnoentError(fn, '', 'chmod', err); }));
fs.open(fn, 'r', 438, common.mustCall(function (err) { testEnoentError(fn, '', 'open', err); }));
fs.readFile(fn, common.mustCall(function (err) { testEnoentError(fn, '', 'open', err); }));
fs.readdir(fn, common.mustCall(function (err) { testEnoentError(fn, '', 'scandir', err); }));
fs.rename(fn, 'foo', common.mustCall(function (err) { testEnoentError(fn, " -> 'foo'", 'rename', err); }));

assert.throws(function () { fs.statSync(fn); }, function (err) { return testEnoentError(fn, '', 'stat', err); });
assert.throws(function () { fs.lstatSync(fn); }, function (err) { return testEnoentError(fn, '', 'lstat', err); });
assert.throws(function () { fs.readlinkSync(fn); }, function (err) { return testEnoentError(fn, '', 'readlink', err); });
assert.throws(function () { fs.linkSync(fn, 'foo'); }, function (err) { return testEnoentError(fn, " -> 'foo'", 'link', err); });
assert.throws(function () { fs.unlinkSync(fn); }, function (err) { return testEnoentError(fn, '', 'unlink', err); });
assert.throws(function () { fs.rmdirSync(fn); }, function (err) { return testEnoentError(fn, '', 'rmdir', err); });
assert.throws(function () { fs.chmodSync(fn, 438); }, function (err) { return testEnoentError(fn, '', 'chmod', err); });
assert.throws(function () { fs.openSync(fn, 'r'); }, function (err) { return testEnoentError(fn, '', 'open', err); });
assert.throws(function () { fs.readFileSync(fn); }, function (err) { return testEnoentError(fn, '', 'open', err); });
assert.throws(function () { fs.readdirSync(fn); }, function (err) { return testEnoentError(fn, '', 'scandir', err); });
assert.throws(function () { fs.renameSync(fn, 'foo'); }, function (err) { return testEnoentError(fn, " -> 'foo'", 'rename', err); });

fs.link(existingFile, existingFile2, common.mustCall(function (err) { testEexistError(existingFile, existingFile2, 'link', err); }));
fs.symlink(existingFile, existingFile2, common.mustCall(function (err) { testEexistError(existingFile, existingFile2, 'symlink', err); }));
fs.mkdir(existingFile, 438, common.mustCall(function (err) { testEexistError(existingFile, null, 'mkdir', err); }));
assert.throws(function () { fs.linkSync(existingFile, existingFile2); }, function (err) { return testEexistError(existingFile, existingFile2, 'link', err); });
assert.throws(function () { fs.symlinkSync(existingFile, existingFile2); }, function (err) { return testEexistError(existingFile, existingFile2, 'symlink', err); });
assert.throws(function () { fs.mkdirSync(existingFile, 438); }, function (err) { return testEexistError(existingFile, null, 'mkdir', err); });

fs.rename(existingDir, existingDir2, common.mustCall(function (err) { testEnoemptyError(existingDir, existingDir2, err); }));
assert.throws(function () { fs.renameSync(existingDir, existingDir2); }, function (err) { return testEnoemptyError(existingDir, existingDir2, err); });

fs.rmdir(existingFile, common.mustCall(function (err) { testEnotdirError(existingFile, err); }));
assert.throws(function () { fs.rmdirSync(existingFile); }, function (err) { return testEnotdirError(existingFile, err); });

// fd errors carry no path (EBADF on a closed fd, not a crash)
assert.throws(function () { fs.fstatSync(99999); }, { code: 'EBADF', syscall: 'fstat', message: 'EBADF: bad file descriptor, fstat' });
fs.close(99999, common.mustCall(function (err) { assert.strictEqual(err.code, 'EBADF'); assert.strictEqual(err.path, undefined); }));

// Ported from Node.js test/parallel/test-fs-stat.js, test-fs-readdir-types.js, test-fs-rm.js,
// test-fs-copyfile.js, test-fs-access.js, test-fs-truncate.js, test-fs-mkdtemp.js,
// test-fs-symlink.js, test-fs-realpath.js, test-fs-utimes.js, test-fs-chmod.js, test-fs-exists.js
// (MIT license, Copyright Node.js contributors) - selected cases.
'use strict';
var common = require('./_common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var tmp = common.tmpdir.refresh();

// ---- stat ----
fs.stat('.', common.mustCall(function (err, stats) {
  assert.ifError(err);
  assert.ok(stats.mtime instanceof Date);
  assert.ok(stats.isDirectory());
  assert.strictEqual(typeof stats.mtimeMs, 'number');
}));
fs.lstat('.', common.mustSucceed(function (stats) { assert.ok(stats.isDirectory()); }));
var f1 = path.join(tmp, 'a.txt');
fs.writeFileSync(f1, 'hello');
fs.open(f1, 'r', undefined, common.mustSucceed(function (fd) {
  fs.fstat(fd, common.mustSucceed(function (stats) {
    assert.ok(stats.isFile());
    assert.strictEqual(stats.size, 5);
    ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
     'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'].forEach(function (k) {
      assert.strictEqual(typeof stats[k], 'number', k);
    });
    ['atime', 'mtime', 'ctime', 'birthtime'].forEach(function (k) { assert.ok(stats[k] instanceof Date, k); });
    assert.ok(stats instanceof fs.Stats);
    assert.strictEqual(stats.isSymbolicLink(), false);
    fs.closeSync(fd);
  }));
}));
assert.strictEqual(fs.statSync(path.join(tmp, 'nope'), { throwIfNoEntry: false }), undefined);
assert.throws(function () { fs.statSync(path.join(tmp, 'nope')); }, { code: 'ENOENT' });
[null, undefined, 1, {}, false].forEach(function (p) {
  assert.throws(function () { fs.stat(p, common.mustNotCall()); }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: /^The "path" argument must be of type string or an instance of Buffer or URL\./ });
  assert.throws(function () { fs.statSync(p); }, { code: 'ERR_INVALID_ARG_TYPE' });
});
['', 'x', 1.5, -1].forEach(function (fd) {
  assert.throws(function () { fs.fstatSync(fd); }, { name: /Error/ });
});
assert.throws(function () { fs.stat(f1); }, { code: 'ERR_INVALID_ARG_TYPE', message: /"cb"/ });

// ---- Buffer and URL paths ----
assert.strictEqual(fs.readFileSync(new Buffer(f1), 'utf8'), 'hello');
if (typeof URL === 'function') {
  assert.strictEqual(fs.readFileSync(new URL('file://' + f1), 'utf8'), 'hello');
  assert.throws(function () { fs.readFileSync(new URL('http://example.com/x')); }, { code: 'ERR_INVALID_URL_SCHEME' });
}
assert.strictEqual(fs.readFileSync({ href: 'file://' + f1, protocol: 'file:', pathname: f1, hostname: '' }, 'utf8'), 'hello');

// ---- readdir with types ----
var rd = path.join(tmp, 'rd');
fs.mkdirSync(rd);
fs.writeFileSync(path.join(rd, 'file'), '');
fs.mkdirSync(path.join(rd, 'dir'));
fs.symlinkSync('file', path.join(rd, 'link'));
var ents = fs.readdirSync(rd, { withFileTypes: true }).sort(function (a, b) { return a.name < b.name ? -1 : 1; });
assert.deepStrictEqual(ents.map(function (d) { return d.name; }), ['dir', 'file', 'link']);
assert.ok(ents[0].isDirectory());
assert.ok(ents[1].isFile());
assert.ok(ents[2].isSymbolicLink());
assert.ok(ents[0] instanceof fs.Dirent);
assert.strictEqual(ents[0].path, rd);
fs.readdir(rd, { withFileTypes: true }, common.mustSucceed(function (list) {
  assert.strictEqual(list.length, 3);
  list.forEach(function (d) { assert.strictEqual(typeof d.isFile(), 'boolean'); });
}));
fs.readdir(rd, common.mustSucceed(function (names) { assert.deepStrictEqual(names.sort(), ['dir', 'file', 'link']); }));
fs.writeFileSync(path.join(rd, 'dir', 'inner'), '');
assert.deepStrictEqual(fs.readdirSync(rd, { recursive: true }).sort(), ['dir', 'dir/inner', 'file', 'link']);
assert.throws(function () { fs.readdirSync(f1); }, { code: 'ENOTDIR', syscall: 'scandir' });

// ---- symlink / readlink / realpath / lstat ----
assert.strictEqual(fs.readlinkSync(path.join(rd, 'link')), 'file');
assert.strictEqual(fs.realpathSync(path.join(rd, 'link')), fs.realpathSync(path.join(rd, 'file')));
assert.ok(fs.lstatSync(path.join(rd, 'link')).isSymbolicLink());
assert.ok(fs.statSync(path.join(rd, 'link')).isFile());
fs.realpath(path.join(rd, 'dir', '..', 'link'), common.mustSucceed(function (p) {
  assert.strictEqual(p, fs.realpathSync(path.join(rd, 'file')));
}));
fs.readlink(path.join(rd, 'link'), common.mustSucceed(function (s) { assert.strictEqual(s, 'file'); }));

// ---- rm ----
var rmd = path.join(tmp, 'rmtree');
fs.mkdirSync(path.join(rmd, 'a', 'b', 'c'), { recursive: true });
fs.writeFileSync(path.join(rmd, 'a', 'f'), 'x');
fs.writeFileSync(path.join(rmd, 'a', 'b', 'c', 'g'), 'y');
assert.throws(function () { fs.rmSync(rmd); }, { code: 'ERR_FS_EISDIR', name: 'SystemError' });
assert.throws(function () { fs.rmSync(path.join(tmp, 'nope')); }, { code: 'ENOENT' });
fs.rmSync(path.join(tmp, 'nope'), { force: true });
fs.rmSync(rmd, { recursive: true });
assert.strictEqual(fs.existsSync(rmd), false);
var rmd2 = path.join(tmp, 'rmtree2');
fs.mkdirSync(path.join(rmd2, 'x', 'y'), { recursive: true });
fs.writeFileSync(path.join(rmd2, 'x', 'y', 'z'), 'z');
fs.rm(rmd2, { recursive: true }, common.mustCall(function (err) {
  assert.strictEqual(err, null);
  assert.strictEqual(fs.existsSync(rmd2), false);
}));
fs.rm(path.join(tmp, 'nope'), common.mustCall(function (err) { assert.strictEqual(err.code, 'ENOENT'); }));
fs.rm(path.join(tmp, 'nope'), { force: true }, common.mustCall(function (err) { assert.strictEqual(err, null); }));

// ---- copyFile ----
var src = path.join(tmp, 'copy-src');
var dest = path.join(tmp, 'copy-dest');
fs.writeFileSync(src, 'copy me');
fs.copyFileSync(src, dest);
assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'copy me');
assert.throws(function () { fs.copyFileSync(src, dest, fs.constants.COPYFILE_EXCL); },
  { code: 'EEXIST', syscall: 'copyfile', path: src, dest: dest,
    message: "EEXIST: file already exists, copyfile '" + src + "' -> '" + dest + "'" });
fs.copyFile(src, path.join(tmp, 'copy-dest2'), common.mustSucceed(function () {
  assert.strictEqual(fs.readFileSync(path.join(tmp, 'copy-dest2'), 'utf8'), 'copy me');
}));
assert.throws(function () { fs.copyFileSync(path.join(tmp, 'nope'), dest); }, { code: 'ENOENT', syscall: 'copyfile' });

// ---- access / exists ----
fs.accessSync(src, fs.constants.R_OK | fs.constants.W_OK);
fs.access(src, fs.F_OK, common.mustCall(function (err) { assert.strictEqual(err, null); }));
fs.access(path.join(tmp, 'nope'), common.mustCall(function (err) { assert.strictEqual(err.code, 'ENOENT'); assert.strictEqual(err.syscall, 'access'); }));
fs.exists(src, common.mustCall(function (y) { assert.strictEqual(y, true); }));
fs.exists(path.join(tmp, 'nope'), common.mustCall(function (y) { assert.strictEqual(y, false); }));
assert.strictEqual(fs.existsSync(src), true);
assert.strictEqual(fs.existsSync(), false);

// ---- truncate / ftruncate ----
var tf = path.join(tmp, 'truncate.txt');
fs.writeFileSync(tf, '1234567890');
fs.truncateSync(tf, 4);
assert.strictEqual(fs.readFileSync(tf, 'utf8'), '1234');
fs.truncate(tf, common.mustSucceed(function () {
  assert.strictEqual(fs.statSync(tf).size, 0);
  var tfd = fs.openSync(tf, 'r+');
  fs.ftruncateSync(tfd, 3);
  assert.strictEqual(fs.fstatSync(tfd).size, 3);
  fs.ftruncate(tfd, 1, common.mustSucceed(function () {
    assert.strictEqual(fs.fstatSync(tfd).size, 1);
    fs.fsyncSync(tfd);
    fs.fdatasyncSync(tfd);
    fs.closeSync(tfd);
  }));
}));

// ---- mkdtemp ----
var t1 = fs.mkdtempSync(path.join(tmp, 'foo.'));
assert.strictEqual(path.basename(t1).length, 'foo.XXXXXX'.length);
assert(fs.statSync(t1).isDirectory());
fs.mkdtemp(path.join(tmp, 'bar.'), common.mustSucceed(function (folder) {
  assert.strictEqual(path.basename(folder).length, 'bar.XXXXXX'.length);
  assert(fs.existsSync(folder));
}));
assert.throws(function () { fs.mkdtempSync(path.join(tmp, 'nope', 'x')); }, { code: 'ENOENT', syscall: 'mkdtemp' });

// ---- chmod / utimes / rename / unlink / link ----
fs.chmodSync(src, '600');
assert.strictEqual(fs.statSync(src).mode & 511, 384);
fs.chmod(src, 420, common.mustSucceed(function () { assert.strictEqual(fs.statSync(src).mode & 511, 420); }));
assert.throws(function () { fs.chmodSync(src, 'xyz'); }, { code: 'ERR_INVALID_ARG_VALUE' });
fs.utimesSync(src, 1000, new Date(2000000));
assert.strictEqual(fs.statSync(src).mtime.getTime(), 2000000);
assert.strictEqual(fs.statSync(src).atimeMs, 1000000);
fs.linkSync(src, path.join(tmp, 'hard'));
assert.strictEqual(fs.statSync(src).nlink, 2);
fs.renameSync(path.join(tmp, 'hard'), path.join(tmp, 'hard2'));
fs.unlinkSync(path.join(tmp, 'hard2'));
assert.strictEqual(fs.statSync(src).nlink, 1);

// ---- constants ----
assert.strictEqual(typeof fs.constants.O_RDONLY, 'number');
assert.strictEqual(fs.constants.S_IFMT, 61440);
assert.strictEqual(fs.F_OK, 0);

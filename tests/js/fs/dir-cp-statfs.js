// Ported from Node.js test/parallel/test-fs-opendir.js, test-fs-cp.mjs, test-fs-statfs.js
// (MIT license, Copyright Node.js contributors) - selected cases.
'use strict';
var common = require('./_common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var tmp = common.tmpdir.refresh();
var dir = path.join(tmp, 'src');
fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
fs.writeFileSync(path.join(dir, 'a.txt'), 'A');
fs.writeFileSync(path.join(dir, 'sub', 'b.txt'), 'B');
fs.symlinkSync('a.txt', path.join(dir, 'link'));

// ---- opendir ----
var d = fs.opendirSync(dir);
assert.ok(d instanceof fs.Dir);
assert.strictEqual(d.path, dir);
var names = [], e;
while ((e = d.readSync()) !== null) {
  assert.ok(e instanceof fs.Dirent);
  names.push(e.name + (e.isDirectory() ? '/' : e.isSymbolicLink() ? '@' : ''));
}
assert.deepStrictEqual(names.sort(), ['a.txt', 'link@', 'sub/']);
d.closeSync();
assert.throws(function () { d.readSync(); }, { code: 'ERR_DIR_CLOSED' });
assert.throws(function () { d.closeSync(); }, { code: 'ERR_DIR_CLOSED' });
fs.opendir(dir, common.mustSucceed(function (dh) {
  dh.read(common.mustSucceed(function (ent) {
    assert.ok(ent instanceof fs.Dirent);
    dh.close(common.mustSucceed());
  }));
}));
fs.promises.opendir(dir).then(common.mustCall(function (dh) {
  return dh.read().then(function (ent) { assert.ok(ent); return dh.close(); });
}));
assert.throws(function () { fs.opendirSync(path.join(tmp, 'nope')); }, { code: 'ENOENT', syscall: 'opendir', message: /, opendir '/ });

// ---- cp ----
var dest = path.join(tmp, 'dest');
assert.throws(function () { fs.cpSync(dir, dest); }, { code: 'ERR_FS_EISDIR' });
fs.cpSync(dir, dest, { recursive: true });
assert.strictEqual(fs.readFileSync(path.join(dest, 'a.txt'), 'utf8'), 'A');
assert.strictEqual(fs.readFileSync(path.join(dest, 'sub', 'b.txt'), 'utf8'), 'B');
assert.strictEqual(fs.readlinkSync(path.join(dest, 'link')), 'a.txt');
fs.writeFileSync(path.join(dir, 'a.txt'), 'A2');
fs.cpSync(dir, dest, { recursive: true, force: false });
assert.strictEqual(fs.readFileSync(path.join(dest, 'a.txt'), 'utf8'), 'A');
assert.throws(function () { fs.cpSync(dir, dest, { recursive: true, force: false, errorOnExist: true }); },
  { code: 'ERR_FS_CP_EEXIST' });
fs.cpSync(dir, dest, { recursive: true });
assert.strictEqual(fs.readFileSync(path.join(dest, 'a.txt'), 'utf8'), 'A2');
fs.cpSync(dir, path.join(tmp, 'filtered'), { recursive: true, filter: function (s) { return s.indexOf('sub') < 0; } });
assert.deepStrictEqual(fs.readdirSync(path.join(tmp, 'filtered')).sort(), ['a.txt', 'link']);
fs.cp(path.join(dir, 'a.txt'), path.join(tmp, 'single.txt'), common.mustSucceed(function () {
  assert.strictEqual(fs.readFileSync(path.join(tmp, 'single.txt'), 'utf8'), 'A2');
}));
fs.promises.cp(dir, path.join(tmp, 'p'), { recursive: true }).then(common.mustCall(function () {
  assert.ok(fs.statSync(path.join(tmp, 'p', 'sub')).isDirectory());
}));

// ---- statfs ----
var sfs = fs.statfsSync(tmp);
['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree'].forEach(function (k) {
  assert.strictEqual(typeof sfs[k], 'number', k);
});
assert.ok(sfs.bsize > 0);
fs.statfs(tmp, common.mustSucceed(function (s) { assert.strictEqual(s.bsize, sfs.bsize); }));
assert.throws(function () { fs.statfsSync(path.join(tmp, 'nope')); }, { code: 'ENOENT', syscall: 'statfs' });

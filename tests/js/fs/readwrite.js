// Ported from Node.js test/parallel/test-fs-write-file-sync.js, test-fs-append-file.js,
// test-fs-readfile-empty.js, test-fs-read.js, test-fs-write.js, test-fs-write-sync.js,
// test-fs-read-type.js (MIT license, Copyright Node.js contributors) - selected cases.
'use strict';
var common = require('./_common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var tmp = common.tmpdir.refresh();

// writeFileSync / readFileSync with modes and encodings
var file = path.join(tmp, 'testWriteFileSync.txt');
fs.writeFileSync(file, '123', { mode: 420 });
assert.strictEqual(fs.readFileSync(file, 'utf8'), '123');
assert.strictEqual(fs.statSync(file).mode & 511, 420);
fs.writeFileSync(file, 'abc', 'utf8');
assert.strictEqual(fs.readFileSync(file, { encoding: 'utf8' }), 'abc');
fs.writeFileSync(file, new Uint8Array([104, 105]));
assert.strictEqual(fs.readFileSync(file).toString(), 'hi');
assert(Buffer.isBuffer(fs.readFileSync(file)));
// writeFileSync with an fd writes at the current position
var fd = fs.openSync(file, 'w+');
fs.writeFileSync(fd, 'hello ');
fs.writeFileSync(fd, 'world');
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello world');
// flag 'a' appends
fs.writeFileSync(file, '!', { flag: 'a' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello world!');
// 'wx' fails on an existing file
assert.throws(function () { fs.writeFileSync(file, 'x', { flag: 'wx' }); }, { code: 'EEXIST', syscall: 'open' });
// invalid flags
assert.throws(function () { fs.openSync(file, 'boom'); }, { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
// data of a wrong type
assert.throws(function () { fs.writeFileSync(file, 42); }, { code: 'ERR_INVALID_ARG_TYPE' });

// empty files, and a file bigger than the small-file path in C (64 KiB)
var empty = path.join(tmp, 'empty.txt');
fs.writeFileSync(empty, '');
assert.strictEqual(fs.readFileSync(empty).length, 0);
assert.strictEqual(fs.readFileSync(empty, 'utf8'), '');
fs.readFile(empty, common.mustCall(function (err, data) {
  assert.ifError(err);
  assert.strictEqual(data.length, 0);
}));
fs.readFile(empty, { encoding: 'utf8' }, common.mustCall(function (err, data) {
  assert.strictEqual(data, '');
}));
var big = path.join(tmp, 'big.bin');
var bigData = new Uint8Array(300000);
for (var i = 0; i < bigData.length; i++) bigData[i] = (i * 7) & 255;
fs.writeFileSync(big, bigData);
var back = fs.readFileSync(big);
assert.strictEqual(back.length, 300000);
assert.strictEqual(back[299999], (299999 * 7) & 255);
fs.readFile(big, common.mustCall(function (err, data) {
  assert.ifError(err);
  assert.strictEqual(data.length, 300000);
  assert.strictEqual(data[12345], (12345 * 7) & 255);
}));
// a directory cannot be read as a file
assert.throws(function () { fs.readFileSync(tmp); }, { code: 'EISDIR' });
fs.readFile(tmp, common.mustCall(function (err) { assert.strictEqual(err.code, 'EISDIR'); }));
// readFile of a non-regular file (size unknown from fstat)
assert.strictEqual(typeof fs.readFileSync('/proc/self/stat', 'utf8'), 'string');
assert(fs.readFileSync('/proc/self/stat', 'utf8').length > 0);

// appendFile
var afile = path.join(tmp, 'append.txt');
fs.appendFile(afile, 'abc', common.mustCall(function (err) {
  assert.ifError(err);
  fs.appendFile(afile, Buffer.from ? Buffer.from('def') : new Buffer('def'), common.mustCall(function (err) {
    assert.ifError(err);
    assert.strictEqual(fs.readFileSync(afile, 'utf8'), 'abcdef');
  }));
}));
fs.appendFileSync(path.join(tmp, 'append2.txt'), 'x');
fs.appendFileSync(path.join(tmp, 'append2.txt'), 'y');
assert.strictEqual(fs.readFileSync(path.join(tmp, 'append2.txt'), 'utf8'), 'xy');

// read / write with explicit positions
var rw = path.join(tmp, 'rw.txt');
var wfd = fs.openSync(rw, 'w+');
var written = fs.writeSync(wfd, 'xyz');
assert.strictEqual(written, 3);
assert.strictEqual(fs.writeSync(wfd, new Buffer('ab'), 0, 2, 1), 2);
var rbuf = new Buffer(3);
assert.strictEqual(fs.readSync(wfd, rbuf, 0, 3, 0), 3);
assert.strictEqual(rbuf.toString(), 'xab');
assert.strictEqual(fs.readSync(wfd, rbuf, 0, 3, 100), 0);
assert.strictEqual(fs.readSync(wfd, rbuf, 0, 0, 0), 0);
assert.throws(function () { fs.readSync(wfd, rbuf, 0, 4, 0); }, { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(function () { fs.readSync(wfd, rbuf, -1, 1, 0); }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { fs.readSync(wfd, 'not a buffer', 0, 1, 0); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { fs.readSync('1', rbuf, 0, 1, 0); }, { code: 'ERR_INVALID_ARG_TYPE' });
fs.write(wfd, 'Q', 0, 'utf8', common.mustCall(function (err, n, str) {
  assert.ifError(err);
  assert.strictEqual(n, 1);
  assert.strictEqual(str, 'Q');
  var b = new Buffer(3);
  fs.read(wfd, b, 0, 3, 0, common.mustCall(function (err, bytesRead, buf) {
    assert.ifError(err);
    assert.strictEqual(bytesRead, 3);
    assert.strictEqual(buf, b);
    assert.strictEqual(b.toString(), 'Qab');
    fs.read(wfd, { buffer: new Buffer(2), position: 1 }, common.mustCall(function (err, n2, b2) {
      assert.strictEqual(n2, 2);
      assert.strictEqual(b2.toString(), 'ab');
      fs.close(wfd, common.mustCall(function (err) {
        assert.strictEqual(err, null);
        // a closed fd gives EBADF, not a crash
        fs.read(wfd, new Buffer(1), 0, 1, 0, common.mustCall(function (err) {
          assert.strictEqual(err.code, 'EBADF');
          assert.strictEqual(err.syscall, 'read');
        }));
        assert.throws(function () { fs.writeSync(wfd, 'x'); }, { code: 'EBADF', syscall: 'write' });
      }));
    }));
  }));
}));
assert.throws(function () { fs.read(wfd, rbuf, 0, 1, 0); }, { code: 'ERR_INVALID_ARG_TYPE', message: /"cb"/ });

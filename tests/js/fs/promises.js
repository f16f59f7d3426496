// Ported from Node.js test/parallel/test-fs-promises.js, test-fs-promises-file-handle-read.js,
// test-fs-promises-file-handle-write.js, test-fs-promises-readfile.js (MIT license,
// Copyright Node.js contributors) - selected cases, rewritten from async/await to promise chains.
'use strict';
var common = require('./_common');
var assert = require('assert');
var fs = require('fs');
var fsPromises = require('fs/promises');
var path = require('path');

assert.strictEqual(fsPromises, fs.promises);
assert.strictEqual(fsPromises.constants, fs.constants);
var tmp = common.tmpdir.refresh();
var dest = path.join(tmp, 'baz.js');

fsPromises.access(__filename, fs.constants.R_OK).then(common.mustCall());
fsPromises.access('this file does not exist').then(common.mustNotCall(), common.mustCall(function (err) {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'access');
}));
// argument errors reject, they do not throw
fsPromises.stat(42).then(common.mustNotCall(), common.mustCall(function (err) {
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
}));

var handle;
fsPromises.copyFile(__filename, dest)
  .then(function () { return fsPromises.open(dest, 'r+'); })
  .then(function (h) {
    handle = h;
    assert.ok(handle instanceof fsPromises.FileHandle);
    assert.strictEqual(typeof handle.fd, 'number');
    return handle.stat();
  })
  .then(function (stats) {
    assert.strictEqual(stats.size, fs.statSync(__filename).size);
    var buf = new Buffer(5);
    return handle.read(buf, 0, 5, 0);
  })
  .then(function (r) {
    assert.strictEqual(r.bytesRead, 5);
    assert.strictEqual(r.buffer.toString(), '// Po');
    return handle.write(new Buffer('XY'), 0, 2, 0);
  })
  .then(function (r) {
    assert.strictEqual(r.bytesWritten, 2);
    return handle.write('Z', 2);
  })
  .then(function (r) {
    assert.strictEqual(r.bytesWritten, 1);
    return handle.readFile({ encoding: 'utf8' });
  })
  .then(function (s) {
    // readFile on a handle reads from the current position (after 'Z' write, pos is not moved by
    // positional writes; the handle's position is still 0)
    assert.strictEqual(s.slice(0, 3), 'XYZ');
    return handle.truncate(3);
  })
  .then(function () { return handle.sync(); })
  .then(function () { return handle.close(); })
  .then(function () {
    assert.strictEqual(handle.fd, -1);
    assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'XYZ');
    return handle.stat().then(common.mustNotCall(), common.mustCall(function (e) {
      assert.strictEqual(e.code, 'EBADF');
    }));
  })
  .then(function () { return fsPromises.writeFile(dest, 'new content'); })
  .then(function () { return fsPromises.appendFile(dest, '!'); })
  .then(function () { return fsPromises.readFile(dest, 'utf8'); })
  .then(function (s) {
    assert.strictEqual(s, 'new content!');
    return fsPromises.mkdir(path.join(tmp, 'a', 'b'), { recursive: true });
  })
  .then(function (first) {
    assert.strictEqual(first, path.join(tmp, 'a'));
    return fsPromises.readdir(tmp, { withFileTypes: true });
  })
  .then(function (ents) {
    var names = ents.map(function (d) { return d.name; }).sort();
    assert.deepStrictEqual(names, ['a', 'baz.js']);
    return fsPromises.mkdtemp(path.join(tmp, 'tmp-'));
  })
  .then(function (d) {
    assert.ok(fs.statSync(d).isDirectory());
    return fsPromises.rm(path.join(tmp, 'a'), { recursive: true });
  })
  .then(function () {
    assert.strictEqual(fs.existsSync(path.join(tmp, 'a')), false);
    return fsPromises.rename(dest, dest + '.2');
  })
  .then(function () { return fsPromises.unlink(dest + '.2'); })
  .then(common.mustCall());

// a FileHandle's streams
fsPromises.open(__filename).then(common.mustCall(function (h) {
  var parts = [];
  var rs = h.createReadStream({ start: 0, end: 1 });
  rs.on('data', function (d) { parts.push(d.toString()); });
  rs.on('end', common.mustCall(function () { assert.strictEqual(parts.join(''), '//'); }));
}));

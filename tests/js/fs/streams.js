// Ported from Node.js test/parallel/test-fs-read-stream.js, test-fs-write-stream.js,
// test-fs-read-stream-inherit.js, test-fs-write-stream-err.js, test-fs-read-stream-fd.js
// (MIT license, Copyright Node.js contributors) - selected cases.
'use strict';
var common = require('./_common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var tmp = common.tmpdir.refresh();
var fn = path.join(tmp, 'elipses.txt');
var content = [];
for (var i = 0; i < 10000; i++) content.push('\u2026');
content = content.join('');
fs.writeFileSync(fn, content);
var fileSize = fs.statSync(fn).size;

(function () {
  var file = fs.createReadStream(fn);
  var paused = false, bytesRead = 0;
  file.on('open', common.mustCall(function (fd) {
    file.length = 0;
    assert.strictEqual(typeof fd, 'number');
    assert.strictEqual(file.bytesRead, 0);
    assert.ok(file.readable);
    file.pause();
    file.resume();
    file.pause();
    file.resume();
  }));
  file.on('data', function (data) {
    assert.ok(data instanceof Buffer);
    assert.ok(data.byteOffset % 8 === 0 || true);
    assert.ok(!paused);
    file.length += data.length;
    bytesRead += data.length;
    assert.strictEqual(file.bytesRead, bytesRead);
    paused = true;
    file.pause();
    setTimeout(function () { paused = false; file.resume(); }, 10);
  });
  file.on('end', common.mustCall(function () { assert.strictEqual(bytesRead, fileSize); }));
  file.on('close', common.mustCall(function () {
    assert.strictEqual(bytesRead, fileSize);
    assert.strictEqual(file.length, 30000);
  }));
})();
(function () {
  var file = fs.createReadStream(fn, { encoding: 'utf8' });
  file.length = 0;
  file.on('data', function (data) {
    assert.strictEqual(typeof data, 'string');
    file.length += data.length;
    for (var i = 0; i < data.length; i++) assert.strictEqual(data[i], '\u2026');
  });
  file.on('close', common.mustCall(function () { assert.strictEqual(file.length, 10000); }));
})();
(function () {
  var file = fs.createReadStream(fn, { bufferSize: 1, start: 1, end: 2 });
  var contentRead = '';
  file.on('data', function (data) { contentRead += data.toString('latin1'); });
  file.on('end', common.mustCall(function () { assert.strictEqual(contentRead.length, 2); }));
})();
(function () {
  var rangeFile = path.join(tmp, 'x.txt');
  fs.writeFileSync(rangeFile, 'xyz\n');
  var file = fs.createReadStream(rangeFile, { start: 1 });
  file.data = '';
  file.on('data', function (data) { file.data += data; });
  file.on('end', common.mustCall(function () { assert.strictEqual(file.data, 'yz\n'); }));
  var file2 = fs.createReadStream(rangeFile, { highWaterMark: 1, start: 1, end: 2 });
  var parts = [];
  file2.on('data', function (d) { parts.push(d.toString()); });
  file2.on('end', common.mustCall(function () { assert.deepStrictEqual(parts, ['y', 'z']); }));
  var file3 = fs.createReadStream(rangeFile, { start: 0, end: 0 });
  var d3 = '';
  file3.on('data', function (d) { d3 += d; });
  file3.on('end', common.mustCall(function () { assert.strictEqual(d3, 'x'); }));
  assert.throws(function () { fs.createReadStream(rangeFile, { start: 10, end: 2 }); },
    { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
  assert.throws(function () { fs.createReadStream(rangeFile, { start: 'x' }); }, { code: 'ERR_INVALID_ARG_TYPE' });
})();
(function () {
  var stream = fs.createReadStream(path.join(tmp, 'nope'));
  stream.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'open');
  }));
  stream.on('close', common.mustCall());
})();
(function () {
  // an fd given: no open, the fd is used as it is. Its own file: once
  // closed, the fd number may already name a file another stream here
  // opened on the thread pool (the lowest free fd), never this one.
  var own = path.join(tmp, 'fd-given.txt');
  fs.writeFileSync(own, 'abcdef');
  var fd = fs.openSync(own, 'r');
  var ino = fs.fstatSync(fd).ino;
  var s = fs.createReadStream(null, { fd: fd, start: 0, end: 2 });
  s.on('open', common.mustNotCall());
  var got = [];
  s.on('data', function (d) { got.push(d); });
  s.on('end', common.mustCall(function () { assert.strictEqual(Buffer.concat(got).length, 3); }));
  s.on('close', common.mustCall(function () {
    var st = null;
    try { st = fs.fstatSync(fd); } catch (e) { assert.strictEqual(e.code, 'EBADF'); }
    assert.ok(st === null || st.ino !== ino, 'fd still open after close');
  }));
})();

// ---- WriteStream ----
(function () {
  var file = path.join(tmp, 'write.txt');
  var stream = fs.createWriteStream(file);
  stream.on('open', common.mustCall(function (fd) { assert.strictEqual(typeof fd, 'number'); }));
  stream.on('ready', common.mustCall());
  stream.on('finish', common.mustCall());
  stream.on('close', common.mustCall(function () {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcdefghij' + '\u2026');
    assert.strictEqual(stream.bytesWritten, 13);
  }));
  assert.strictEqual(stream.pending, true);
  stream.write('abc');
  stream.write(new Buffer('def'));
  stream.write('ghij');
  stream.end('\u2026');
})();
(function () {
  var file = path.join(tmp, 'write-start.txt');
  fs.writeFileSync(file, '0123456789');
  var stream = fs.createWriteStream(file, { flags: 'r+', start: 3 });
  stream.end('XYZ');
  stream.on('close', common.mustCall(function () {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '012XYZ6789');
  }));
  var a = path.join(tmp, 'append.txt');
  fs.writeFileSync(a, 'a');
  var as = fs.createWriteStream(a, { flags: 'a' });
  as.end('b', common.mustCall(function () {
    as.on('close', common.mustCall(function () { assert.strictEqual(fs.readFileSync(a, 'utf8'), 'ab'); }));
  }));
})();
(function () {
  // a failed open reports 'error' and no data written before it is lost
  var stream = fs.createWriteStream(path.join(tmp, 'no', 'such', 'dir'));
  var cbErr = null;
  stream.write('x', function (err) { cbErr = err; });
  stream.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'open');
  }));
  stream.on('close', common.mustCall(function () { assert.ok(cbErr); }));
})();
(function () {
  // a failed write reports 'error' with the write's callback error
  var fd = fs.openSync(path.join(tmp, 'ro.txt'), 'w');
  fs.closeSync(fd);
  fd = fs.openSync(path.join(tmp, 'ro.txt'), 'r');
  var stream = fs.createWriteStream(null, { fd: fd });
  stream.write('data', common.mustCall(function (err) { assert.strictEqual(err.code, 'EBADF'); }));
  stream.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'EBADF');
    assert.strictEqual(err.syscall, 'write');
  }));
})();
(function () {
  // backpressure: a big copy through pipe keeps the writable buffered amount bounded
  var src = path.join(tmp, 'big-src');
  var dst = path.join(tmp, 'big-dst');
  var buf = new Buffer(1 << 20);
  for (var j = 0; j < buf.length; j++) buf[j] = j & 0xff;
  fs.writeFileSync(src, buf);
  var maxBuffered = 0;
  var ws = fs.createWriteStream(dst, { highWaterMark: 16384 });
  var rs = fs.createReadStream(src);
  rs.on('data', function () { if (ws.writableLength > maxBuffered) maxBuffered = ws.writableLength; });
  rs.pipe(ws);
  ws.on('close', common.mustCall(function () {
    var out = fs.readFileSync(dst);
    assert.strictEqual(out.length, buf.length);
    for (var k = 0; k < out.length; k += 4097) assert.strictEqual(out[k], k & 0xff);
    assert.ok(maxBuffered <= 65536 * 2, 'buffered ' + maxBuffered);
  }));
})();
(function () {
  // data written before a failure stays on disk; the failure is an 'error'
  var file = path.join(tmp, 'partial.txt');
  var ws = fs.createWriteStream(file);
  ws.write('abc', common.mustCall(function (err) {
    assert.ifError(err);
    fs.closeSync(ws.fd); // pull the fd away behind the stream's back
    ws.write('def', common.mustCall(function (err2) { assert.strictEqual(err2.code, 'EBADF'); }));
  }));
  ws.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'EBADF');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abc');
  }));
})();

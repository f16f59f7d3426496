// Ported from Node.js test/parallel/test-stream-writable-null.js, test-stream-pipe-await-drain.js,
// test-stream-unpipe-event.js, test-stream-readable-from.js (arrays), test-stream-push-strings.js,
// test-stream-writable-write-cb-twice.js, test-stream-writable-destroy.js, test-stream-pipeline.js
// (MIT license, Copyright Node.js contributors) - selected cases, plus backpressure checks.
'use strict';
var common = require('../fs/_common');
var assert = require('assert');
var stream = require('stream');
var Readable = stream.Readable, Writable = stream.Writable, PassThrough = stream.PassThrough;

// ---- writable null / bad chunks ----
(function () {
  var m = new Writable({ write: function (c, e, cb) { cb(); } });
  assert.throws(function () { m.write(null); }, { code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError' });
  assert.throws(function () { m.write(false); }, { code: 'ERR_INVALID_ARG_TYPE' });
  var om = new Writable({ objectMode: true, write: function (c, e, cb) { cb(); } });
  assert.throws(function () { om.write(null); }, { code: 'ERR_STREAM_NULL_VALUES' });
  om.write(false);
})();

// ---- write after end ----
(function () {
  var w = new Writable({ write: function (c, e, cb) { cb(); } });
  w.on('error', common.mustCall(function (err) { assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END'); }));
  w.end();
  w.write('x', common.mustCall(function (err) { assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END'); }));
})();

// ---- callback called twice ----
(function () {
  var w = new Writable({ write: function (c, e, cb) { cb(); cb(); } });
  w.on('error', common.expectsError({ code: 'ERR_MULTIPLE_CALLBACK', name: 'Error' }));
  w.write('asd');
})();

// ---- backpressure: write() returns false at highWaterMark, then 'drain' ----
(function () {
  var pending = [];
  var w = new Writable({ highWaterMark: 10, write: function (c, e, cb) { pending.push(cb); } });
  assert.strictEqual(w.write(new Buffer(5)), true);
  assert.strictEqual(w.write(new Buffer(5)), false);
  assert.strictEqual(w.writableNeedDrain, true);
  assert.strictEqual(w.writableLength, 10);
  w.on('drain', common.mustCall(function () { assert.strictEqual(w.writableLength, 0); }));
  setImmediate(function () {
    pending.shift()();
    setImmediate(function () { pending.shift()(); });
  });
})();

// ---- pipe waits for drain on every destination ----
(function () {
  var writer1 = new Writable({ write: function (c, e, cb) { setTimeout(cb, 2); } , highWaterMark: 1 });
  var writer2 = new Writable({ write: function (c, e, cb) { setTimeout(cb, 5); } , highWaterMark: 1 });
  var chunks = 0;
  var reader = new Readable({ read: function () {} });
  reader.pipe(writer1);
  reader.pipe(writer2);
  writer2.on('finish', common.mustCall(function () { assert.strictEqual(chunks, 3); }));
  reader.on('data', function () { chunks++; });
  reader.push(new Buffer('a'));
  reader.push(new Buffer('b'));
  reader.push(new Buffer('c'));
  reader.push(null);
})();

// ---- unpipe event ----
(function () {
  var dest = new Writable({ write: function (c, e, cb) { cb(); } });
  var src = new Readable({ read: function () {} });
  dest.on('pipe', common.mustCall());
  dest.on('unpipe', common.mustCall(function (s) { assert.strictEqual(s, src); }));
  src.pipe(dest);
  src.unpipe(dest);
  assert.strictEqual(src._readableState.pipes.length, 0);
})();

// ---- Readable.from ----
(function () {
  var got = [];
  var r = Readable.from(['a', 'b', 'c']);
  assert.strictEqual(r.readableObjectMode, true);
  r.on('data', function (d) { got.push(d); });
  r.on('end', common.mustCall(function () { assert.deepStrictEqual(got, ['a', 'b', 'c']); }));
  var s = Readable.from('abc');
  s.on('data', common.mustCall(function (d) { assert.strictEqual(d, 'abc'); }));
  var it = { i: 0, next: function () { return this.i < 2 ? { done: false, value: this.i++ } : { done: true }; } };
  var got2 = [];
  Readable.from(it).on('data', function (d) { got2.push(d); }).on('end', common.mustCall(function () {
    assert.deepStrictEqual(got2, [0, 1]);
  }));
  var pr = [];
  Readable.from([Promise.resolve(1), Promise.resolve(2)]).on('data', function (d) { pr.push(d); })
    .on('end', common.mustCall(function () { assert.deepStrictEqual(pr, [1, 2]); }));
})();

// ---- push strings, setEncoding, read(n) ----
(function () {
  var r = new Readable({ read: function () {} });
  r.setEncoding('utf8');
  var out = [];
  r.on('data', function (s) { out.push(s); });
  r.on('end', common.mustCall(function () { assert.strictEqual(out.join(''), 'héllo wörld'); }));
  var b = new Buffer('héllo wörld');
  // split inside a multi-byte character
  r.push(b.subarray ? b.subarray(0, 2) : b.slice(0, 2));
  r.push(b.slice(2));
  r.push(null);
})();

// ---- destroy ----
(function () {
  var w = new Writable({ write: function (c, e, cb) { cb(); } });
  var expected = new Error('kaboom');
  w.on('close', common.mustCall());
  w.on('error', common.mustCall(function (err) { assert.strictEqual(err, expected); }));
  w.destroy(expected);
  assert.strictEqual(w.destroyed, true);
  var r = new Readable({ read: function () {} });
  r.on('close', common.mustCall());
  r.on('end', common.mustNotCall());
  r.destroy();
  assert.strictEqual(r.destroyed, true);
  r.push('x');
  w.write('y', common.mustCall(function (err) { assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED'); }));
})();

// ---- pipeline ----
(function () {
  var processed = [];
  var expected = [new Buffer('a'), new Buffer('b'), new Buffer('c')];
  var read = new Readable({ read: function () {} });
  var write = new Writable({ write: function (data, enc, cb) { processed.push(data); cb(); } });
  write.on('finish', common.mustCall());
  for (var i = 0; i < expected.length; i++) read.push(expected[i]);
  read.push(null);
  stream.pipeline(read, write, common.mustCall(function (err) {
    assert.ok(!err, 'no error');
    assert.deepStrictEqual(processed.map(String), ['a', 'b', 'c']);
  }));
})();
(function () {
  var read = new Readable({ read: function () {} });
  assert.throws(function () { read.pipe(); }, /./);
  assert.throws(function () { stream.pipeline(); }, { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(function () { stream.pipeline(function () {}); }, { code: 'ERR_MISSING_ARGS' });
})();
(function () {
  var read = new Readable({ read: function () {} });
  var transform = new stream.Transform({ transform: function (data, enc, cb) { cb(new Error('kaboom')); } });
  var write = new Writable({ write: function (data, enc, cb) { cb(); } });
  read.on('close', common.mustCall());
  transform.on('close', common.mustCall());
  write.on('close', common.mustCall());
  var dst = stream.pipeline(read, transform, write, common.mustCall(function (err) {
    assert.strictEqual(err.message, 'kaboom');
  }));
  assert.strictEqual(dst, write);
  read.push('hello');
})();
(function () {
  stream.promises.pipeline(Readable.from(['x', 'y']), new PassThrough({ objectMode: true }),
    new Writable({ objectMode: true, write: function (c, e, cb) { cb(); } })).then(common.mustCall());
  var r = new Readable({ read: function () {} });
  stream.promises.finished(r).then(common.mustNotCall(), common.mustCall(function (e) {
    assert.strictEqual(e.code, 'ERR_STREAM_PREMATURE_CLOSE');
  }));
  r.destroy();
  assert.strictEqual(require('stream/promises').pipeline, stream.promises.pipeline);
})();

// ---- objectMode highWaterMark, Duplex halves, instanceof ----
(function () {
  var r = new Readable({ objectMode: true, read: function () {} });
  assert.strictEqual(r.readableHighWaterMark, 16);
  assert.strictEqual(new Readable().readableHighWaterMark, 16384);
  var d = new stream.Duplex({ readableObjectMode: true, read: function () {}, write: function (c, e, cb) { cb(); } });
  assert.strictEqual(d.readableObjectMode, true);
  assert.strictEqual(d.writableObjectMode, false);
  assert.ok(d instanceof Writable);
  assert.ok(d instanceof Readable);
  assert.ok(!(r instanceof Writable));
  assert.ok(stream.Stream === stream);
  assert.throws(function () { new Readable({ highWaterMark: -1 }); }, { code: 'ERR_INVALID_ARG_VALUE' });
})();

// ---- cork / uncork with _writev ----
(function () {
  var seen = null;
  var w = new Writable({
    write: function (c, e, cb) { cb(); },
    writev: common.mustCall(function (chunks, cb) { seen = chunks.map(function (c) { return String(c.chunk); }); cb(); })
  });
  w.cork();
  w.write('a'); w.write('b'); w.write('c');
  process.nextTick(function () { w.uncork(); });
  w.on('finish', common.mustCall(function () { assert.deepStrictEqual(seen, ['a', 'b', 'c']); }));
  setImmediate(function () { w.end(); });
})();

// ---- async iteration by hand (where the engine has Symbol.asyncIterator) ----
if (typeof Symbol === 'function' && Symbol.asyncIterator) (function () {
  var r = Readable.from(['x', 'y', 'z']);
  var it = r[Symbol.asyncIterator]();
  var got = [];
  function step() {
    return it.next().then(function (res) {
      if (res.done) return;
      got.push(res.value);
      return step();
    });
  }
  step().then(common.mustCall(function () { assert.deepStrictEqual(got, ['x', 'y', 'z']); }));
  var bad = new Readable({ read: function () {} });
  var it2 = bad[Symbol.asyncIterator]();
  it2.next().then(common.mustNotCall(), common.mustCall(function (e) { assert.strictEqual(e.message, 'boom'); }));
  bad.destroy(new Error('boom'));
})();

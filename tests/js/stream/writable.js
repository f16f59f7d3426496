// Ported from Node.js test/parallel/test-stream2-writable.js (MIT license, Copyright Node.js contributors)
// The "cannot pipe" error is checked on the next tick, as Node 20 emits it.
'use strict';
var common = require('../fs/_common');
var assert = require('assert');
var stream = require('stream');
var W = stream.Writable, D = stream.Duplex;

function TestWriter(opts) {
  W.call(this, opts);
  this.buffer = [];
  this.written = 0;
}
Object.setPrototypeOf(TestWriter.prototype, W.prototype);
Object.setPrototypeOf(TestWriter, W);
TestWriter.prototype._write = function (chunk, encoding, cb) {
  var self = this;
  setTimeout(function () {
    self.buffer.push(chunk.toString());
    self.written += chunk.length;
    cb();
  }, Math.floor(Math.random() * 10));
};

var chunks = new Array(50);
for (var i = 0; i < chunks.length; i++) chunks[i] = new Array(i + 1).join('x');

(function () {
  var tw = new TestWriter({ highWaterMark: 100 });
  tw.on('finish', common.mustCall(function () { assert.deepStrictEqual(tw.buffer, chunks); }));
  chunks.forEach(function (chunk) { tw.write(chunk); });
  tw.end();
})();
(function () {
  var tw = new TestWriter({ highWaterMark: 100 });
  tw.on('finish', common.mustCall(function () { assert.deepStrictEqual(tw.buffer, chunks); }));
  var i = 0;
  (function Wr() {
    tw.write(chunks[i++]);
    if (i < chunks.length) setTimeout(Wr, 10);
    else tw.end();
  })();
})();
(function () {
  var tw = new TestWriter({ highWaterMark: 50 });
  var drains = 0;
  tw.on('finish', common.mustCall(function () {
    assert.deepStrictEqual(tw.buffer, chunks);
    assert.strictEqual(drains, 17);
  }));
  tw.on('drain', function () { drains++; });
  var i = 0;
  (function Wr() {
    var ret;
    do { ret = tw.write(chunks[i++]); } while (ret !== false && i < chunks.length);
    if (i < chunks.length) {
      assert(tw.writableLength >= 50);
      tw.once('drain', Wr);
    } else {
      tw.end();
    }
  })();
})();
var encodings = ['hex', 'utf8', 'utf-8', 'ascii', 'latin1', 'binary', 'base64', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', undefined];
(function () {
  var tw = new TestWriter({ highWaterMark: 100 });
  // As in Node's file, this stream is never ended (odd-length ucs2 chunks
  // would not round-trip): the writes must just be accepted.
  tw.on('finish', function () { assert.deepStrictEqual(tw.buffer, chunks); });
  chunks.forEach(function (chunk, i) {
    var enc = encodings[i % encodings.length];
    tw.write(Buffer.from(chunk).toString(enc), enc);
  });
})();
(function () {
  var tw = new TestWriter({ highWaterMark: 100, decodeStrings: false });
  tw._write = function (chunk, encoding, cb) {
    assert.strictEqual(typeof chunk, 'string');
    chunk = Buffer.from(chunk, encoding);
    return TestWriter.prototype._write.call(this, chunk, encoding, cb);
  };
  // As in Node's file, this stream is never ended (odd-length ucs2 chunks
  // would not round-trip): the writes must just be accepted.
  tw.on('finish', function () { assert.deepStrictEqual(tw.buffer, chunks); });
  chunks.forEach(function (chunk, i) {
    var enc = encodings[i % encodings.length];
    tw.write(Buffer.from(chunk).toString(enc), enc);
  });
})();
(function () {
  var called = [];
  var tw = new TestWriter({ highWaterMark: 100 });
  tw.on('finish', common.mustCall(function () {
    process.nextTick(common.mustCall(function () {
      assert.deepStrictEqual(tw.buffer, chunks);
      assert.deepStrictEqual(called, chunks);
    }));
  }));
  chunks.forEach(function (chunk, i) { tw.write(chunk, function () { called[i] = chunk; }); });
  tw.end();
})();
(function () { new TestWriter().end(common.mustCall()); })();
(function () { new TestWriter().end(Buffer.from('hello world'), common.mustCall()); })();
(function () { new TestWriter().end('hello world', 'ascii', common.mustCall()); })();
(function () {
  var tw = new TestWriter();
  tw.write(Buffer.from('hello world'));
  tw.end(common.mustCall());
})();
(function () {
  var tw = new TestWriter();
  var writeCalledback = false;
  tw.write(Buffer.from('hello world'), function () { writeCalledback = true; });
  tw.end(common.mustCall(function () { assert.strictEqual(writeCalledback, true); }));
})();
(function () {
  var tw = new W();
  var hex = '018b5e9a8f6236ffe30e31baf80d2cf6eb';
  tw._write = common.mustCall(function (chunk) { assert.strictEqual(chunk.toString('hex'), hex); });
  tw.write(Buffer.from(hex, 'hex'), 'latin1');
})();
(function () {
  var w = new W();
  w._write = common.mustNotCall();
  var gotError = false;
  w.on('error', function () { gotError = true; });
  w.pipe(process.stdout);
  process.nextTick(common.mustCall(function () { assert.strictEqual(gotError, true); }));
})();
(function () {
  var d = new D();
  d._read = common.mustCall();
  d._write = common.mustNotCall();
  var gotError = false;
  d.on('error', function () { gotError = true; });
  d.pipe(process.stdout);
  assert.strictEqual(gotError, false);
})();
(function () {
  var w = new W();
  w._write = common.mustCall(function (msg) { assert.strictEqual(msg.toString(), 'this is the end'); });
  var gotError = false;
  w.on('error', function (er) {
    gotError = true;
    assert.strictEqual(er.message, 'write after end');
  });
  w.end('this is the end');
  w.end('and so is this');
  process.nextTick(common.mustCall(function () { assert.strictEqual(gotError, true); }));
})();
(function () {
  var w = new W();
  var wrote = false;
  w._write = function (chunk, e, cb) {
    assert.strictEqual(this.writing, undefined);
    wrote = true;
    this.writing = true;
    setTimeout(function () { this.writing = false; cb(); }, 1);
  };
  w.on('finish', common.mustCall(function () { assert.strictEqual(wrote, true); }));
  w.write(Buffer.alloc(0));
  w.end();
})();
(function () {
  var w = new W();
  var writeCb = false;
  w._write = function (chunk, e, cb) { setTimeout(function () { writeCb = true; cb(); }, 10); };
  w.on('finish', common.mustCall(function () { assert.strictEqual(writeCb, true); }));
  w.write(Buffer.alloc(0));
  w.end();
})();
(function () {
  var w = new W();
  var writeCb = false;
  w._write = function (chunk, e, cb) { cb(); };
  w.on('finish', common.mustCall(function () { assert.strictEqual(writeCb, true); }));
  w.write(Buffer.alloc(0), function () { writeCb = true; });
  w.end();
})();
(function () {
  var w = new W();
  w._write = function (chunk, e, cb) { process.nextTick(cb); };
  w.on('finish', common.mustCall());
  w.write(Buffer.allocUnsafe(1));
  w.end(Buffer.alloc(0));
})();
(function () {
  var w = new W();
  var shutdown = false;
  w._final = common.mustCall(function (cb) {
    assert.strictEqual(this, w);
    setTimeout(function () { shutdown = true; cb(); }, 100);
  });
  w._write = function (chunk, e, cb) { process.nextTick(cb); };
  w.on('finish', common.mustCall(function () { assert.strictEqual(shutdown, true); }));
  w.write(Buffer.allocUnsafe(1));
  w.end(Buffer.allocUnsafe(0));
})();

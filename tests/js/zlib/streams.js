// requires: zlib
// zlib streams: createGzip ... createBrotliDecompress as Transforms
// (piped, written in pieces, backpressure with a slow reader), flush()
// kinds, params(), reset(), close(), bytesWritten, chunkSize pieces,
// finishFlush for a truncated input, and errors as 'error' events.
'use strict';
var assert = require('assert');
var zlib = require('zlib');
var stream = require('stream');

var text = 'The quick brown fox jumps over the lazy dog. '.repeat(2000);
var log = [];

function collect(s, cb) {
  var parts = [];
  s.on('data', function (d) { parts.push(d); });
  s.on('end', function () { cb(Buffer.concat(parts)); });
}

// Every pair through pipeline(), the input in 1000-byte pieces.
var pairs = [['createGzip', 'createGunzip'], ['createDeflate', 'createInflate'],
  ['createDeflateRaw', 'createInflateRaw'], ['createGzip', 'createUnzip'],
  ['createBrotliCompress', 'createBrotliDecompress']];
var left = pairs.length;
pairs.forEach(function (p) {
  var i = 0;
  var src = new stream.Readable({
    read: function () {
      this.push(i < text.length ? text.slice(i, i += 1000) : null);
    }
  });
  var c = zlib[p[0]](), d = zlib[p[1]]();
  var out = [];
  var sink = new stream.Writable({
    write: function (chunk, enc, cb) { out.push(chunk); cb(); }
  });
  stream.pipeline(src, c, d, sink, function (err) {
    assert.ifError(err);
    assert.strictEqual(Buffer.concat(out).toString(), text, p.join('/'));
    assert.strictEqual(c.bytesWritten, text.length);
    log.push('pipeline ' + p[0].slice(6));
    if (--left === 0) next1();
  });
});

// The compressed stream is the convenience function's, byte for byte.
function next1() {
  var gz = zlib.createGzip({ level: 9 });
  collect(gz, function (b) {
    assert.ok(b.equals(zlib.gzipSync(text, { level: 9 })));
    log.push('stream output = sync output');
    next2();
  });
  gz.write(text.slice(0, 5000));
  gz.end(text.slice(5000));
}

// flush(): what was written so far decodes before the end.
function next2() {
  var def = zlib.createDeflate();
  var inf = zlib.createInflate();
  def.pipe(inf);
  var got = '';
  inf.on('data', function (d) { got += d; });
  def.write('first part ');
  def.flush(function () {
    setTimeout(function () {
      log.push('after flush: ' + got);
      def.params(9, zlib.constants.Z_FILTERED, function () {
        def.end('second part');
      });
    }, 50);
  });
  inf.on('end', function () {
    log.push('after end: ' + got);
    next3();
  });
}

// chunkSize: output comes in pieces no larger; a slow reader still gets it all.
function next3() {
  var gun = zlib.createGunzip({ chunkSize: 1024 });
  var sizes = 0, max = 0, total = 0;
  gun.on('data', function (d) {
    sizes++;
    max = Math.max(max, d.length);
    total += d.length;
    gun.pause();
    setTimeout(function () { gun.resume(); }, 0);
  });
  gun.on('end', function () {
    log.push('chunkSize pieces <= 1024: ' + (max <= 1024) + ', total ' + total + ', many ' + (sizes > 50));
    next4();
  });
  gun.end(zlib.gzipSync(text));
}

// Errors: corrupt input is an 'error' event with Node's fields; a
// truncated one too, unless finishFlush says the end may come early.
function next4() {
  var g = zlib.createGunzip();
  g.on('error', function (e) {
    log.push('corrupt: ' + e.code + ' ' + e.errno + ' ' + e.message);
    var t = zlib.createGunzip();
    t.on('error', function (e2) {
      log.push('truncated: ' + e2.code + ' ' + e2.message);
      var ok = zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
      collect(ok, function (b) {
        log.push('truncated with Z_SYNC_FLUSH: ' + b.length + ' bytes');
        next5();
      });
      ok.end(zlib.gzipSync(text).slice(0, 200));
    });
    t.on('data', function () {});
    t.end(zlib.gzipSync(text).slice(0, 200));
  });
  g.end(Buffer.from('not gzip at all'));
}

// reset() and close()
function next5() {
  var d = zlib.createDeflate();
  d.reset();
  collect(d, function (b) {
    log.push('after reset: ' + zlib.inflateSync(b));
    var c = zlib.createGzip();
    c.close(function () {
      log.push('closed: ' + c.destroyed + ' ' + c._closed);
      var b2 = zlib.Gzip();
      log.push('without new: ' + (b2 instanceof zlib.Gzip) + ' ' + (b2 instanceof stream.Transform));
      b2.destroy();
      done();
    });
  });
  d.end('xyz');
}

function done() {
  // The pipelines finish in any order.
  var pipes = log.filter(function (l) { return l.indexOf('pipeline') === 0; }).sort();
  console.log(pipes.concat(log.filter(function (l) { return l.indexOf('pipeline') !== 0; })).join('\n'));
}

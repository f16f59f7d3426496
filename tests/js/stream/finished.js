// Ported from Node.js test/parallel/test-stream-finished.js (MIT license, Copyright Node.js contributors)
// async/await and for-await cases are left out (ES5 only).
'use strict';
var common = require('../fs/_common');
var assert = require('assert');
var stream = require('stream');
var Writable = stream.Writable, Readable = stream.Readable, Transform = stream.Transform,
  Duplex = stream.Duplex, PassThrough = stream.PassThrough, finished = stream.finished;
var EE = require('events');
var fs = require('fs');

function assign(a, b) { var o = {}, k; for (k in a) o[k] = a[k]; for (k in b) o[k] = b[k]; return o; }

(function () {
  var rs = new Readable({ read: function () {} });
  finished(rs, common.mustCall(function (err) { assert(!err, 'no error'); }));
  rs.push(null);
  rs.resume();
})();
(function () {
  var ws = new Writable({ write: function (data, enc, cb) { cb(); } });
  finished(ws, common.mustCall(function (err) { assert(!err, 'no error'); }));
  ws.end();
})();
(function () {
  var tr = new Transform({ transform: function (data, enc, cb) { cb(); } });
  var finish = false, ended = false;
  tr.on('end', function () { ended = true; });
  tr.on('finish', function () { finish = true; });
  finished(tr, common.mustCall(function (err) {
    assert(!err, 'no error');
    assert(finish);
    assert(ended);
  }));
  tr.end();
  tr.resume();
})();
(function () {
  var rs = fs.createReadStream(__filename);
  rs.resume();
  finished(rs, common.mustCall());
})();
(function () {
  var rs = fs.createReadStream('file-does-not-exist');
  finished(rs, common.expectsError({ code: 'ENOENT' }));
})();
(function () {
  var rs = new Readable();
  finished(rs, common.mustCall(function (err) { assert(!err, 'no error'); }));
  rs.push(null);
  rs.emit('close');
  rs.resume();
})();
(function () {
  var rs = new Readable();
  finished(rs, common.mustCall(function (err) { assert(err, 'premature close error'); }));
  rs.emit('close');
  rs.push(null);
  rs.resume();
})();
(function () {
  var rs = new Readable({ read: function () {} });
  assert.throws(function () { finished(rs, 'foo'); }, { code: 'ERR_INVALID_ARG_TYPE', message: /callback/ });
  assert.throws(function () { finished(rs, 'foo', function () {}); }, { code: 'ERR_INVALID_ARG_TYPE', message: /options/ });
  assert.throws(function () { finished(rs, {}, 'foo'); }, { code: 'ERR_INVALID_ARG_TYPE', message: /callback/ });
  finished(rs, null, common.mustCall());
  rs.push(null);
  rs.resume();
})();
(function () {
  var ws = new Writable({ write: function (data, env, cb) { cb(); } });
  var removeListener = finished(ws, common.mustNotCall());
  removeListener();
  ws.end();
})();
(function () {
  var rs = new Readable();
  var removeListeners = finished(rs, common.mustNotCall());
  removeListeners();
  rs.emit('close');
  rs.push(null);
  rs.resume();
})();
(function () {
  var streamLike = new EE();
  streamLike.readableEnded = true;
  streamLike.readable = true;
  finished(streamLike, common.mustCall());
  streamLike.emit('close');
})();
(function () {
  var writable = new Writable({ write: function () {} });
  writable.writable = false;
  writable.destroy();
  finished(writable, common.mustCall(function (err) { assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE'); }));
})();
(function () {
  var readable = new Readable();
  readable.readable = false;
  readable.destroy();
  finished(readable, common.mustCall(function (err) { assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE'); }));
})();
(function () {
  var w = new Writable({ write: function (chunk, encoding, callback) { setImmediate(callback); } });
  finished(w, common.mustCall(function (err) { assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE'); }));
  w.end('asd');
  w.destroy();
})();

function testClosed(factory) {
  (function () {
    var s = factory();
    s.destroy();
    var dispose = finished(s, common.mustNotCall());
    dispose();
  })();
  (function () {
    var s = factory();
    s.destroy();
    finished(s, common.mustCall());
  })();
  (function () {
    var destroyed = false;
    var s = factory({
      destroy: function (err, cb) { setImmediate(function () { destroyed = true; cb(); }); }
    });
    s.destroy();
    finished(s, common.mustCall(function () { assert.strictEqual(destroyed, true); }));
  })();
  (function () {
    var s = factory({
      emitClose: false,
      destroy: function (err, cb) { cb(); finished(s, common.mustCall()); }
    });
    s.destroy();
  })();
  (function () {
    var s = factory({
      destroy: function (err, cb) {
        setImmediate(function () {
          cb();
          setImmediate(function () { finished(s, common.mustCall()); });
        });
      }
    });
    s.destroy();
  })();
}
testClosed(function (opts) { return new Readable(assign({}, opts)); });
testClosed(function (opts) { return new Writable(assign({ write: function () {} }, opts)); });

(function () {
  var w = new Writable({ write: function (chunk, encoding, cb) { cb(); }, autoDestroy: false });
  w.end('asd');
  process.nextTick(function () { finished(w, common.mustCall()); });
})();
(function () {
  var w = new Writable({ write: function (chunk, encoding, cb) { cb(new Error()); }, autoDestroy: false });
  w.write('asd');
  w.on('error', common.mustCall(function () { finished(w, common.mustCall()); }));
})();
(function () {
  var r = new Readable({ autoDestroy: false });
  r.push(null);
  r.resume();
  r.on('end', common.mustCall(function () { finished(r, common.mustCall()); }));
})();
(function () {
  var rs = fs.createReadStream(__filename, { autoClose: false });
  rs.resume();
  rs.on('close', common.mustNotCall());
  rs.on('end', common.mustCall(function () { finished(rs, common.mustCall()); }));
})();
(function () {
  var d = new EE();
  d._writableState = {};
  d._writableState.finished = true;
  finished(d, { readable: false, writable: true }, common.mustCall(function (err) { assert.strictEqual(err, undefined); }));
  d._writableState.errored = true;
  d.emit('close');
})();
(function () {
  var r = new Readable();
  finished(r, common.mustCall(function (err) { assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE'); }));
  r.push('asd');
  r.push(null);
  r.destroy();
})();
(function () {
  var d = new Duplex({ final: function (cb) {}, read: function () { this.push(null); } });
  d.on('end', common.mustCall());
  finished(d, { readable: true, writable: false }, common.mustCall());
  d.end();
  d.resume();
})();
(function () {
  var d = new Duplex({ final: function (cb) {}, read: function () { this.push(null); } });
  d.on('end', common.mustCall());
  d.end();
  finished(d, { readable: true, writable: false }, common.mustCall());
  d.resume();
})();
(function () {
  var r = new Readable();
  finished(r, common.mustCall());
  r.resume();
  r.push('asd');
  r.destroyed = true;
  r.push(null);
})();
(function () {
  var p = new PassThrough();
  p.end();
  finished(p, common.mustNotCall());
})();

// internal/fs/streams: fs.ReadStream and fs.WriteStream (Node's
// lib/internal/fs/streams.js in ES5). The file is opened in _construct, read
// and written with fs.read/fs.write on the thread pool, closed on destroy.
'use strict';

var stream = require('stream');
var fs = require('fs');
var errors = require('internal/errors');
var utils = require('internal/fs/utils');

var Readable = stream.Readable, Writable = stream.Writable;
// The native half of fs: streams on the real fs call it directly, with one
// completion callback per stream rather than a closure per chunk (closures
// form reference cycles in Duktape and would keep each chunk alive until
// the next mark-and-sweep).
var binding = utils.binding;

var inherits = require('internal/util').inherits;

function copyOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options === 'string') return { encoding: options };
  if (typeof options !== 'object') throw errors.invalidArgType('options', 'string or an instance of Object', options);
  var o = {};
  for (var k in options) o[k] = options[k];
  return o;
}

function checkPos(v, name) {
  if (typeof v !== 'number') throw errors.invalidArgType(name, 'number', v);
  if (!(v >= 0) || Math.floor(v) !== v) throw errors.outOfRange(name, '>= 0 && <= 9007199254740991', v);
}

function importFd(s, options) {
  s.fs = options.fs || fs;
  if (options.fd !== undefined && options.fd !== null) {
    var fd = options.fd;
    if (typeof fd === 'object' && fd !== null && typeof fd.fd === 'number') fd = fd.fd;
    if (typeof fd !== 'number') throw errors.invalidArgType('fd', 'number', options.fd);
    s.fd = fd;
    s.path = undefined;
    return true;
  }
  s.path = utils.getPath(options.path, 'path');
  s.fd = null;
  return false;
}

function openNT(s, cb) {
  s.fs.open(s.path, s.flags, s.mode, function (err, fd) {
    if (err) return cb(err);
    s.fd = fd;
    cb();
    s.emit('open', s.fd);
    s.emit('ready');
  });
}

function closeFd(s, err, cb) {
  if (s.fd === null || s.fd === undefined) return cb(err);
  var fd = s.fd;
  s.fd = null;
  s.fs.close(fd, function (er) { cb(er || err); });
}

function destroyImpl(err, cb) {
  if (this.autoClose) closeFd(this, err, cb);
  else cb(err);
}

// ---- ReadStream ----

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  options.path = path;
  var hasFd = importFd(this, options);
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 438 : options.mode;
  this.start = options.start;
  this.end = options.end === undefined ? Infinity : options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    checkPos(this.start, 'start');
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    checkPos(this.end, 'end');
    if (this.start !== undefined && this.start > this.end)
      throw errors.outOfRange('start', '<= "end" (here: ' + this.end + ')', this.start);
  }
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  options.autoDestroy = this.autoClose;
  if (!hasFd) options.construct = readConstruct;
  options.destroy = destroyImpl;
  Readable.call(this, options);
}
var kIsPerformingIO = '\u0000io';
inherits(ReadStream, Readable);

function readConstruct(cb) { openNT(this, cb); }

Object.defineProperty(ReadStream.prototype, 'pending', {
  get: function () { return this.fd === null; }, configurable: true
});

ReadStream.prototype._read = function (n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  var buf = allocUnsafe(n);
  this[kIsPerformingIO] = true;
  this._ioBuf = buf;
  if (this._onRead === undefined) {
    var self = this;
    this._onRead = function (er, bytesRead) { readDone(self, er, bytesRead); };
  }
  var pos = this.pos === undefined ? -1 : this.pos;
  if (this.fs === fs) binding.read(this.fd, buf, 0, n, pos, this._onRead);
  else this.fs.read(this.fd, buf, 0, n, pos < 0 ? null : pos, this._onRead);
};

function readDone(self, er, bytesRead) {
  var buf = self._ioBuf;
  self._ioBuf = null;
  self[kIsPerformingIO] = false;
  if (self.destroyed) {
    self.emit('\u0000ioDone', er);
    return;
  }
  if (er) {
    stream.internal.errorOrDestroy(self, er);
  } else if (bytesRead > 0) {
    if (self.pos !== undefined) self.pos += bytesRead;
    self.bytesRead += bytesRead;
    if (bytesRead !== buf.length) {
      // Keep a short read from pinning the whole allocation.
      var dst = allocUnsafe(bytesRead);
      dst.set(buf.subarray(0, bytesRead));
      buf = dst;
    }
    self.push(buf);
  } else {
    self.push(null);
  }
}

ReadStream.prototype._destroy = function (err, cb) {
  // A read on the thread pool still owns the fd: close after it.
  if (this[kIsPerformingIO]) {
    var self = this;
    this.once('\u0000ioDone', function (er) { destroyImpl.call(self, err || er, cb); });
  } else {
    destroyImpl.call(this, err, cb);
  }
};

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') stream.finished(this, cb);
  this.destroy();
};

// ---- WriteStream ----

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options);
  options.decodeStrings = true;
  options.path = path;
  var hasFd = importFd(this, options);
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 438 : options.mode;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    checkPos(this.start, 'start');
    this.pos = this.start;
  }
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  options.autoDestroy = this.autoClose;
  if (!hasFd) options.construct = writeConstruct;
  options.destroy = destroyImpl;
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
inherits(WriteStream, Writable);

function writeConstruct(cb) { openNT(this, cb); }

Object.defineProperty(WriteStream.prototype, 'pending', {
  get: function () { return this.fd === null; }, configurable: true
});

// Writes all of buf (short writes continue), then cb(err). One write at a
// time per stream (the Writable machinery guarantees it).
function writeAll(s, buf, off, len, cb) {
  s[kIsPerformingIO] = true;
  s._ioBuf = buf;
  s._ioOff = off;
  s._ioLen = len;
  s._ioCb = cb;
  if (s._onWrite === undefined) s._onWrite = function (er, n) { writeDone(s, er, n); };
  var pos = s.pos === undefined ? -1 : s.pos;
  if (s.fs === fs) binding.write(s.fd, buf, off, len, pos, s._onWrite);
  else s.fs.write(s.fd, buf, off, len, pos < 0 ? null : pos, s._onWrite);
}

function writeDone(s, er, n) {
  var cb = s._ioCb, buf = s._ioBuf;
  s._ioCb = s._ioBuf = null;
  s[kIsPerformingIO] = false;
  if (s.destroyed) {
    cb(er);
    s.emit('\u0000ioDone', er);
    return;
  }
  if (er) return cb(er);
  s.bytesWritten += n;
  if (s.pos !== undefined) s.pos += n;
  if (n < s._ioLen) return writeAll(s, buf, s._ioOff + n, s._ioLen - n, cb);
  cb();
}

WriteStream.prototype._write = function (data, encoding, cb) {
  writeAll(this, data, 0, data.length, cb);
};

WriteStream.prototype._writev = function (data, cb) {
  var list = new Array(data.length), total = 0;
  for (var i = 0; i < data.length; i++) {
    list[i] = data[i].chunk;
    total += data[i].chunk.length;
  }
  var buf = Buffer.concat(list, total);
  writeAll(this, buf, 0, total, cb);
};

WriteStream.prototype._destroy = function (err, cb) {
  if (this[kIsPerformingIO]) {
    var self = this;
    this.once('\u0000ioDone', function (er) { destroyImpl.call(self, err || er, cb); });
  } else {
    destroyImpl.call(this, err, cb);
  }
};

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

function allocUnsafe(n) {
  if (typeof Buffer.allocUnsafe === 'function') return Buffer.allocUnsafe(n);
  return new Buffer(n);
}

exports.ReadStream = ReadStream;
exports.WriteStream = WriteStream;

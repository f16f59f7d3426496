// zlib: Node's zlib module on zlib and brotli (src/zlib.c): the streams
// (Deflate ... BrotliDecompress, Transforms whose chunks go through the
// thread pool), the convenience functions in callback and sync forms
// (one native write each, no stream), crc32, constants and codes. Option
// checks and messages follow Node's lib/zlib.js. ES5.
'use strict';

var Buffer = require('buffer').Buffer;
var errors = require('internal/errors');
var util = require('internal/util');
var types = require('internal/util/types');
var Transform = require('stream').Transform;

var make = errors.make;
var invalidArgType = errors.invalidArgType;
var outOfRange = errors.outOfRange;
var isArrayBufferView = types.isArrayBufferView;
var isAnyArrayBuffer = types.isAnyArrayBuffer;

var constants = {};
(function () {
  var c = native.constants, k;
  for (k in c) constants[k] = c[k];
  constants.DEFLATE = 1;
  constants.INFLATE = 2;
  constants.GZIP = 3;
  constants.GUNZIP = 4;
  constants.DEFLATERAW = 5;
  constants.INFLATERAW = 6;
  constants.UNZIP = 7;
  if (native.haveBrotli) {
    constants.BROTLI_DECODE = 8;
    constants.BROTLI_ENCODE = 9;
  }
  constants.Z_MIN_WINDOWBITS = 8;
  constants.Z_MAX_WINDOWBITS = 15;
  constants.Z_DEFAULT_WINDOWBITS = 15;
  constants.Z_MIN_CHUNK = 64;
  constants.Z_MAX_CHUNK = Infinity;
  constants.Z_DEFAULT_CHUNK = 16 * 1024;
  constants.Z_MIN_MEMLEVEL = 1;
  constants.Z_MAX_MEMLEVEL = 9;
  constants.Z_DEFAULT_MEMLEVEL = 8;
  constants.Z_MIN_LEVEL = -1;
  constants.Z_MAX_LEVEL = 9;
  constants.Z_DEFAULT_LEVEL = c.Z_DEFAULT_COMPRESSION;
  // Node's order: zlib's, then its own, then brotli's.
  var ordered = {}, brotli = {};
  for (k in constants) {
    if (k.indexOf('BROTLI_') === 0 && k !== 'BROTLI_DECODE' && k !== 'BROTLI_ENCODE') brotli[k] = constants[k];
    else ordered[k] = constants[k];
  }
  for (k in brotli) ordered[k] = brotli[k];
  constants = ordered;
  Object.freeze(constants);
})();

var kMaxLength = 4294967296;
var Z_NO_FLUSH = constants.Z_NO_FLUSH, Z_FINISH = constants.Z_FINISH;
var Z_SYNC_FLUSH = constants.Z_SYNC_FLUSH, Z_FULL_FLUSH = constants.Z_FULL_FLUSH;
var Z_BLOCK = constants.Z_BLOCK, Z_PARTIAL_FLUSH = constants.Z_PARTIAL_FLUSH;
var BROTLI_OPERATION_PROCESS = 0, BROTLI_OPERATION_FLUSH = 1;
var BROTLI_OPERATION_FINISH = 2, BROTLI_OPERATION_EMIT_METADATA = 3;
var DEFLATE = 1, INFLATE = 2, GZIP = 3, GUNZIP = 4, DEFLATERAW = 5;
var INFLATERAW = 6, UNZIP = 7, BROTLI_DECODE = 8, BROTLI_ENCODE = 9;

var codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR
};
Object.keys(codes).forEach(function (k) { codes[codes[k]] = k; });

// ---- option checks (Node's checkFiniteNumber / checkRangesOrGetDefault) ----

function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (typeof number === 'number' && isFinite(number)) return true;
  if (number !== number) return false;
  if (typeof number !== 'number') throw invalidArgType(name, 'number', number);
  throw outOfRange(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper)
    throw outOfRange(name, '>= ' + lower + ' and <= ' + upper, number);
  return number;
}

function bufferTooLarge(n) {
  return make(RangeError, 'ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than ' + n + ' bytes');
}

// The stream-level options every engine has (Node's ZlibBase).
function baseOptions(opts, brotli, flush, finishFlush, fullFlush) {
  var o = {
    chunkSize: constants.Z_DEFAULT_CHUNK, maxOutputLength: kMaxLength,
    flush: flush, finishFlush: finishFlush, fullFlush: fullFlush
  };
  if (opts) {
    var lo = brotli ? BROTLI_OPERATION_PROCESS : Z_NO_FLUSH;
    var hi = brotli ? BROTLI_OPERATION_EMIT_METADATA : Z_BLOCK;
    var chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = constants.Z_DEFAULT_CHUNK;
    } else if (chunkSize < constants.Z_MIN_CHUNK) {
      throw outOfRange('options.chunkSize', '>= ' + constants.Z_MIN_CHUNK, chunkSize);
    }
    o.chunkSize = chunkSize;
    o.flush = checkRangesOrGetDefault(opts.flush, 'options.flush', lo, hi, flush);
    o.finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', lo, hi, finishFlush);
    o.maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
  }
  return o;
}

// A zlib engine's settings and its native handle (Node's Zlib()).
function zlibEngine(opts, mode) {
  var windowBits = constants.Z_DEFAULT_WINDOWBITS;
  var level = constants.Z_DEFAULT_COMPRESSION;
  var memLevel = constants.Z_DEFAULT_MEMLEVEL;
  var strategy = constants.Z_DEFAULT_STRATEGY;
  var dictionary;
  if (opts) {
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
        constants.Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0), constants.Z_MAX_WINDOWBITS,
        constants.Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level',
      constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL, constants.Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel',
      constants.Z_MIN_MEMLEVEL, constants.Z_MAX_MEMLEVEL, constants.Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy',
      constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, constants.Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) dictionary = Buffer.from(dictionary);
      else throw invalidArgType('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
    }
  }
  var handle = native.zlibNew(mode, level, windowBits, memLevel, strategy, dictionary);
  var e = baseOptions(opts, false, Z_NO_FLUSH, Z_FINISH, Z_FULL_FLUSH);
  e.handle = handle;
  e.level = level;
  e.strategy = strategy;
  return e;
}

var kMaxBrotliParam = 9;

function brotliEngine(opts, mode) {
  if (!native.haveBrotli)
    throw make(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'Brotli is not available in this build (JSRT_HAVE_BROTLI=0)');
  var params = [], seen = {};
  if (opts && opts.params) {
    Object.keys(opts.params).forEach(function (origKey) {
      var key = +origKey;
      if (key !== key || key < 0 || key > kMaxBrotliParam || seen[key])
        throw make(RangeError, 'ERR_BROTLI_INVALID_PARAM', origKey + ' is not a valid Brotli parameter');
      var value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean')
        throw invalidArgType('options.params[key]', 'number', opts.params[origKey]);
      seen[key] = true;
      params.push(key, +value);
    });
  }
  var handle = native.brotliNew(mode, params);
  var e = baseOptions(opts, true, BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FINISH, BROTLI_OPERATION_FLUSH);
  e.handle = handle;
  return e;
}

// ---- the streams ----

// Zero-length chunks that mean "flush with this kind" (Node's
// kFlushBuffers): write() of one is a flush in stream order.
var flushBuffers = [];
for (var fi = 0; fi <= 5; fi++) flushBuffers[fi] = Buffer.alloc(0);

function ZlibBase(opts, engine) {
  var streamOpts = {}, k;
  if (opts) for (k in opts) streamOpts[k] = opts[k];
  streamOpts.autoDestroy = opts && opts.autoDestroy !== undefined ? opts.autoDestroy : true;
  if (opts && (opts.encoding || opts.objectMode || opts.writableObjectMode)) {
    streamOpts.encoding = null;
    streamOpts.objectMode = false;
    streamOpts.writableObjectMode = false;
  }
  Transform.call(this, streamOpts);
  this._hadError = false;
  this._inputEnded = false;
  this.bytesWritten = 0;
  this._handle = engine.handle;
  this._outputLength = 0;
  this._chunkSize = engine.chunkSize;
  this._defaultFlushFlag = engine.flush;
  this._finishFlushFlag = engine.finishFlush;
  this._defaultFullFlushFlag = engine.fullFlush;
  this._maxOutputLength = engine.maxOutputLength;
  this._level = engine.level;
  this._strategy = engine.strategy;
  this.once('end', this.close);
}
util.inherits(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  get: function () { return !this._handle; }, configurable: true, enumerable: true
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  this._inputEnded = false;
  return native.reset(this._handle);
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(flushBuffers[kind] || flushBuffers[this._defaultFullFlushFlag], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) require('stream').finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  if (this._handle) {
    native.close(this._handle);
    this._handle = null;
  }
  callback(err);
};

function flushFlagOf(self, chunk) {
  var flag = self._defaultFlushFlag;
  var i = flushBuffers.indexOf(chunk);
  if (i >= 0) flag = i;
  // The last chunk also finishes the stream.
  if (self.writableEnded && self.writableLength === chunk.byteLength)
    flag = self._finishFlushFlag;
  return flag;
}

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  var self = this;
  if (!this._handle) {
    cb(make(Error, 'ERR_ZLIB_BINDING_CLOSED', 'zlib binding closed'));
    return;
  }
  if (this._inputEnded) {
    // The compressed stream ended before this chunk: it is not read.
    cb();
    return;
  }
  var flag = flushFlagOf(this, chunk);
  native.write(this._handle, chunk, flag, kMaxLength, function (err, out) {
    if (self.destroyed) {
      cb();
      return;
    }
    if (err) {
      self._hadError = true;
      self.destroy(err);
      return;
    }
    var used = native.status(self._handle)[0];
    self.bytesWritten += used;
    self._outputLength += out.length;
    pushChunked(self, out);
    if (used < chunk.byteLength) {
      // Input left over: the compressed stream ended early (Node ends
      // the readable side then, and what follows is not read).
      self._inputEnded = true;
      self.push(null);
    }
    cb();
  });
};

// Output goes downstream in chunkSize pieces, as Node's does.
function pushChunked(self, out) {
  var n = out.length, size = self._chunkSize;
  if (n <= size) {
    if (n > 0) self.push(out);
    return;
  }
  for (var off = 0; off < n; off += size)
    self.push(out.subarray(off, Math.min(n, off + size)));
}

// Node's legacy _processChunk(chunk, flushFlag[, cb]): sync without cb.
ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') {
    var self = this;
    native.write(this._handle, chunk, flushFlag, kMaxLength, function (err, out) {
      if (err) { self.destroy(err); return; }
      self.bytesWritten += native.status(self._handle)[0];
      pushChunked(self, out);
      cb();
    });
    return;
  }
  var out = native.write(this._handle, chunk, flushFlag, this._maxOutputLength);
  this.bytesWritten += native.status(this._handle)[0];
  return out;
};

function Zlib(opts, mode) {
  ZlibBase.call(this, opts, zlibEngine(opts, mode));
}
util.inherits(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    var self = this;
    this.flush(Z_SYNC_FLUSH, function () {
      if (!self._handle) throw new Error('zlib binding closed');
      native.params(self._handle, level, strategy);
      if (!self.destroyed) {
        self._level = level;
        self._strategy = strategy;
        if (callback) callback();
      }
    });
  } else {
    process.nextTick(callback);
  }
};

function Brotli(opts, mode) {
  ZlibBase.call(this, opts, brotliEngine(opts, mode));
}
util.inherits(Brotli, ZlibBase);

function makeClass(name, Base, mode) {
  var C = function (opts) {
    if (!(this instanceof C)) return new C(opts);
    Base.call(this, opts, mode);
  };
  Object.defineProperty(C, 'name', { value: name });
  util.inherits(C, Base);
  return C;
}

var Deflate = makeClass('Deflate', Zlib, DEFLATE);
var Inflate = makeClass('Inflate', Zlib, INFLATE);
var Gzip = makeClass('Gzip', Zlib, GZIP);
var Gunzip = makeClass('Gunzip', Zlib, GUNZIP);
var DeflateRaw = makeClass('DeflateRaw', Zlib, DEFLATERAW);
var InflateRaw = makeClass('InflateRaw', Zlib, INFLATERAW);
var Unzip = makeClass('Unzip', Zlib, UNZIP);
var BrotliCompress = makeClass('BrotliCompress', Brotli, BROTLI_ENCODE);
var BrotliDecompress = makeClass('BrotliDecompress', Brotli, BROTLI_DECODE);

// ---- convenience functions: one native write, no stream ----

function toInput(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isArrayBufferView(buffer)) return buffer;
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function makeEngine(mode, opts) {
  return mode >= BROTLI_DECODE ? brotliEngine(opts, mode) : zlibEngine(opts, mode);
}

function wantInfo(opts, engine, out) {
  if (opts && opts.info) {
    var Ctor = [null, Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliDecompress, BrotliCompress][engine.mode];
    return { buffer: out, engine: Ctor ? new Ctor(opts) : null };
  }
  return out;
}

function syncMethod(mode) {
  return function (buffer, opts) {
    var input = toInput(buffer);
    var engine = makeEngine(mode, opts);
    engine.mode = mode;
    try {
      return wantInfo(opts, engine, native.write(engine.handle, input, engine.finishFlush, engine.maxOutputLength));
    } finally {
      native.close(engine.handle);
    }
  };
}

function asyncMethod(mode) {
  return function (buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
    var input = toInput(buffer);
    var engine = makeEngine(mode, opts);
    engine.mode = mode;
    native.write(engine.handle, input, engine.finishFlush, engine.maxOutputLength, function (err, out) {
      native.close(engine.handle);
      if (err) callback(err);
      else callback(null, wantInfo(opts, engine, out));
    });
  };
}

function crc32(data, value) {
  if (value === undefined) value = 0;
  if (typeof data !== 'string' && !isArrayBufferView(data))
    throw invalidArgType('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  if (typeof value !== 'number') throw invalidArgType('value', 'number', value);
  if (value % 1 !== 0) throw outOfRange('value', 'an integer', value);
  if (value < 0 || value > 4294967295) throw outOfRange('value', '>= 0 && <= 4294967295', value);
  return native.crc32(typeof data === 'string' ? Buffer.from(data) : data, value);
}

function creator(C) { return function (o) { return new C(o); }; }

module.exports = {
  crc32: crc32,
  Deflate: Deflate,
  Inflate: Inflate,
  Gzip: Gzip,
  Gunzip: Gunzip,
  DeflateRaw: DeflateRaw,
  InflateRaw: InflateRaw,
  Unzip: Unzip,
  BrotliCompress: BrotliCompress,
  BrotliDecompress: BrotliDecompress,
  deflate: asyncMethod(DEFLATE),
  deflateSync: syncMethod(DEFLATE),
  gzip: asyncMethod(GZIP),
  gzipSync: syncMethod(GZIP),
  deflateRaw: asyncMethod(DEFLATERAW),
  deflateRawSync: syncMethod(DEFLATERAW),
  unzip: asyncMethod(UNZIP),
  unzipSync: syncMethod(UNZIP),
  inflate: asyncMethod(INFLATE),
  inflateSync: syncMethod(INFLATE),
  gunzip: asyncMethod(GUNZIP),
  gunzipSync: syncMethod(GUNZIP),
  inflateRaw: asyncMethod(INFLATERAW),
  inflateRawSync: syncMethod(INFLATERAW),
  brotliCompress: asyncMethod(BROTLI_ENCODE),
  brotliCompressSync: syncMethod(BROTLI_ENCODE),
  brotliDecompress: asyncMethod(BROTLI_DECODE),
  brotliDecompressSync: syncMethod(BROTLI_DECODE),
  createDeflate: creator(Deflate),
  createInflate: creator(Inflate),
  createDeflateRaw: creator(DeflateRaw),
  createInflateRaw: creator(InflateRaw),
  createGzip: creator(Gzip),
  createGunzip: creator(Gunzip),
  createUnzip: creator(Unzip),
  createBrotliCompress: creator(BrotliCompress),
  createBrotliDecompress: creator(BrotliDecompress),
  constants: constants,
  codes: Object.freeze(codes)
};

// Node's legacy zlib.Z_* aliases of the constants (not enumerable).
Object.keys(constants).forEach(function (k) {
  if (k.indexOf('BROTLI_') === 0) return;
  Object.defineProperty(module.exports, k, {
    enumerable: false, value: constants[k], writable: false
  });
});

// stream: Node's Readable, Writable, Duplex, Transform and PassThrough with
// the same state machines (flowing/paused modes, highWaterMark and
// backpressure, objectMode, pipe/unpipe, destroy), plus finished and
// pipeline (callback forms here, promise forms in stream/promises).
// Follows Node's lib/internal/streams/*.js closely so that event order
// matches; rewritten to ES5. Queues are arrays with a head index (no shift).
'use strict';

var EE = require('events');
var errors = require('internal/errors');

// Duktape resolves every free variable by name at run time, walking the
// scope chain (duk__get_identifier_reference): a module-level name costs
// ~250 instructions per use and a global one (process, Buffer, Math, NaN,
// undefined) ~1,200. The per-chunk paths below therefore use `void 0`,
// module-level aliases of the globals they need, locals for closure
// variables read more than once, and inline the small helpers of the
// flowing path (each JS call is another ~1,500).
var process = require('process');
var floor = Math.floor;

var inherits = require('internal/util').inherits;

function nop() {}

var codes = errors.codes;
var ERR_STREAM_PUSH_AFTER_EOF = codes.ERR_STREAM_PUSH_AFTER_EOF;
var ERR_STREAM_UNSHIFT_AFTER_END_EVENT = codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT;
var ERR_METHOD_NOT_IMPLEMENTED = codes.ERR_METHOD_NOT_IMPLEMENTED;
var ERR_STREAM_WRITE_AFTER_END = codes.ERR_STREAM_WRITE_AFTER_END;
var ERR_STREAM_DESTROYED = codes.ERR_STREAM_DESTROYED;
var ERR_STREAM_NULL_VALUES = codes.ERR_STREAM_NULL_VALUES;
var ERR_MULTIPLE_CALLBACK = codes.ERR_MULTIPLE_CALLBACK;
var ERR_STREAM_ALREADY_FINISHED = codes.ERR_STREAM_ALREADY_FINISHED;
var ERR_STREAM_PREMATURE_CLOSE = codes.ERR_STREAM_PREMATURE_CLOSE;
function ERR_INVALID_CHUNK(chunk) {
  return errors.invalidArgType('chunk', 'string or an instance of Buffer, TypedArray, or DataView', chunk);
}

// ---- Buffers (the full Buffer may not be loaded yet: fall back) ----

var BufferCtor = null; // the global Buffer, once it exists
function isBuffer(b) {
  var B = BufferCtor;
  if (B === null) {
    if (typeof Buffer !== 'function') return false;
    B = BufferCtor = Buffer;
  }
  return b instanceof B;
}
// Any ArrayBufferView is accepted as a chunk (as Node 20 does), viewed as a
// Buffer over the same memory.
function isUint8Array(b) { return ArrayBuffer.isView(b); }
function u8ToBuffer(u) {
  if (typeof Buffer.from === 'function' && Buffer.from !== Uint8Array.from)
    return Buffer.from(u.buffer, u.byteOffset, u.byteLength);
  var b = new Uint8Array(u.buffer, u.byteOffset, u.byteLength);
  Object.setPrototypeOf(b, Buffer.prototype);
  return b;
}
function strToBuffer(s, enc) {
  if (typeof Buffer.from === 'function' && Buffer.from !== Uint8Array.from) return Buffer.from(s, enc);
  return new Buffer(s);
}
function concatBuffers(list, total) {
  if (typeof Buffer.concat === 'function') return Buffer.concat(list, total);
  var out = new Buffer(total), off = 0;
  for (var i = 0; i < list.length; i++) { out.set(list[i], off); off += list[i].length; }
  return out;
}
function isEncoding(e) {
  if (typeof Buffer.isEncoding === 'function') return Buffer.isEncoding(e);
  return /^(utf-?8|ucs-?2|utf-?16le|latin1|binary|base64|base64url|hex|ascii)$/i.test(String(e));
}

function getDecoder(enc) {
  var SD;
  try { SD = require('string_decoder').StringDecoder; } catch (e) { SD = null; }
  if (SD) return new SD(enc);
  enc = String(enc || 'utf8').toLowerCase();
  if (enc === 'utf8' || enc === 'utf-8') {
    var td = new TextDecoder('utf-8');
    return {
      encoding: 'utf8',
      write: function (b) { return td.decode(b, { stream: true }); },
      end: function (b) { var s = b ? td.decode(b, { stream: true }) : ''; return s + td.decode(); }
    };
  }
  return {
    encoding: enc,
    write: function (b) { return b.toString(enc); },
    end: function (b) { return b ? b.toString(enc) : ''; }
  };
}

// ---- BufferList: an array with a head index ----

function BufferList() { this.items = []; this.head = 0; this.length = 0; }
BufferList.prototype.push = function (v) { this.items.push(v); this.length++; };
BufferList.prototype.unshift = function (v) {
  if (this.head > 0) this.items[--this.head] = v;
  else this.items.unshift(v);
  this.length++;
};
BufferList.prototype.shift = function () {
  if (this.length === 0) return void 0;
  var v = this.items[this.head];
  this.items[this.head++] = void 0;
  this.length--;
  if (this.length === 0) { this.items = []; this.head = 0; }
  else if (this.head > 1024 && this.head * 2 > this.items.length) {
    this.items = this.items.slice(this.head); this.head = 0;
  }
  return v;
};
BufferList.prototype.first = function () { return this.items[this.head]; };
BufferList.prototype.clear = function () { this.items = []; this.head = 0; this.length = 0; };
BufferList.prototype.toArray = function () { return this.items.slice(this.head); };
BufferList.prototype.join = function (s) { return this.toArray().join(s); };
BufferList.prototype.concat = function (n) { return concatBuffers(this.toArray(), n); };
// Takes n bytes (or characters) from the front.
BufferList.prototype.consume = function (n, hasStrings) {
  var first = this.items[this.head];
  if (n < first.length) {
    this.items[this.head] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return this.shift();
  var parts = [], got = 0;
  while (got < n) {
    var c = this.items[this.head];
    var need = n - got;
    if (c.length > need) {
      parts.push(c.slice(0, need));
      this.items[this.head] = c.slice(need);
      got += need;
    } else {
      parts.push(c);
      got += c.length;
      this.shift();
    }
  }
  return hasStrings ? parts.join('') : concatBuffers(parts, n);
};

// ---- legacy Stream ----

function Stream(opts) { EE.call(this, opts); }
inherits(Stream, EE);

Stream.prototype.pipe = function (dest, options) {
  var source = this;
  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  source.on('data', ondata);
  function ondrain() { if (source.readable && source.resume) source.resume(); }
  dest.on('drain', ondrain);
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  var didOnEnd = false;
  function onend() { if (didOnEnd) return; didOnEnd = true; dest.end(); }
  function onclose() { if (didOnEnd) return; didOnEnd = true; if (typeof dest.destroy === 'function') dest.destroy(); }
  function onerror(er) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
  }
  source.prependListener('error', onerror);
  dest.prependListener('error', onerror);
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

// ---- destroy (Node's internal/streams/destroy.js) ----

function checkError(err, w, r) {
  if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }
}

function destroy(err, cb) {
  var r = this._readableState, w = this._writableState;
  var s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  checkError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    this.once('\u0000construct', function (er) { _destroy(this, er || err, cb); });
  } else {
    _destroy(this, err, cb);
  }
  return this;
}

function _destroy(self, err, cb) {
  var called = false;
  function onDestroy(er) {
    if (called) return;
    called = true;
    var r = self._readableState, w = self._writableState;
    checkError(er, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(er);
    if (er) process.nextTick(emitErrorCloseNT, self, er);
    else process.nextTick(emitCloseNT, self);
  }
  try { self._destroy(err || null, onDestroy); } catch (e) { onDestroy(e); }
}

function emitErrorCloseNT(self, err) { emitErrorNT(self, err); emitCloseNT(self); }
function emitCloseNT(self) {
  var r = self._readableState, w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}
function emitErrorNT(self, err) {
  var r = self._readableState, w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function undestroy() {
  var r = this._readableState, w = this._writableState;
  if (r) {
    r.constructed = true; r.closed = false; r.closeEmitted = false; r.destroyed = false;
    r.errored = null; r.errorEmitted = false; r.reading = false;
    r.ended = r.readable === false; r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true; w.destroyed = false; w.closed = false; w.closeEmitted = false;
    w.errored = null; w.errorEmitted = false; w.finalCalled = false; w.prefinished = false;
    w.ended = w.writable === false; w.ending = w.writable === false; w.finished = w.writable === false;
  }
}

function errorOrDestroy(stream, err, sync) {
  var r = stream._readableState, w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// _construct(cb): runs on the next tick; reads and writes wait for it.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  var r = stream._readableState, w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once('\u0000construct', cb);
  process.nextTick(constructNT, stream);
}
function constructNT(stream) {
  var called = false;
  function onConstruct(err) {
    if (called) { errorOrDestroy(stream, err || ERR_MULTIPLE_CALLBACK()); return; }
    called = true;
    var r = stream._readableState, w = stream._writableState, s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit('\u0000construct', err);
    else if (err) errorOrDestroy(stream, err, true);
    else process.nextTick(emitConstructNT, stream);
  }
  try { stream._construct(function (err) { process.nextTick(onConstruct, err); }); } catch (e) {
    process.nextTick(onConstruct, e);
  }
}
function emitConstructNT(stream) { stream.emit('\u0000construct'); }

var defaultHWM = 16384, defaultObjectHWM = 16; // stream.setDefaultHighWaterMark

function getHWM(options, key, isDuplex, objectMode) {
  var v = options ? (options.highWaterMark !== void 0 && options.highWaterMark !== null
    ? options.highWaterMark : (isDuplex ? options[key] : void 0)) : void 0;
  if (v !== void 0 && v !== null) {
    if (typeof v !== 'number' || !(v >= 0) || floor(v) !== v) {
      var name = isDuplex && options.highWaterMark === void 0 ? 'options.' + key : 'options.highWaterMark';
      throw errors.make(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The property '" + name + "' is invalid. Received " + (typeof v === 'string' ? "'" + v + "'" : String(v)));
    }
    return v;
  }
  return objectMode ? defaultObjectHWM : defaultHWM;
}

// ---- Readable ----

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.readableObjectMode);
  this.highWaterMark = getHWM(options, 'readableHighWaterMark', isDuplex, this.objectMode);
  this.buffer = new BufferList();
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.constructed = true;
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this.paused = null;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    this.decoder = getDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  var isDuplex = this instanceof Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }
  Stream.call(this, options);
  var self = this;
  construct(this, function () {
    if (self._readableState.needReadable) maybeReadMore(self, self._readableState);
  });
}
inherits(Readable, Stream);

Readable.ReadableState = ReadableState;
Readable.prototype.destroy = destroy;
Readable.prototype._undestroy = undestroy;
Readable.prototype._destroy = function (err, cb) { cb(err); };

Readable.prototype.push = function (chunk, encoding) {
  var state = this._readableState, B = BufferCtor;
  // The common case inline (a non-empty Buffer into a live byte stream
  // without a decoder): what readableAddChunk does for it, one call less.
  if (B !== null && chunk instanceof B && chunk.length > 0 && !state.objectMode &&
      !state.ended && !state.destroyed && !state.errored && !state.decoder) {
    state.reading = false;
    addChunk(this, state, chunk, false);
    return !state.ended && (state.length < state.highWaterMark || state.length === 0);
  }
  return readableAddChunk(this, chunk, encoding, false);
};
Readable.prototype.unshift = function (chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function readableAddChunk(stream, chunk, encoding, addToFront) {
  var state = stream._readableState, err, B;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          chunk = strToBuffer(chunk, encoding).toString(state.encoding);
        } else {
          chunk = strToBuffer(chunk, encoding);
          encoding = '';
        }
      }
    } else if ((B = BufferCtor) !== null ? chunk instanceof B : isBuffer(chunk)) {
      encoding = '';
    } else if (isUint8Array(chunk)) {
      chunk = u8ToBuffer(chunk);
      encoding = '';
    } else if (chunk !== null && chunk !== void 0) {
      err = ERR_INVALID_CHUNK(chunk);
    }
  }
  if (err) {
    errorOrDestroy(stream, err);
  } else if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if (state.endEmitted) errorOrDestroy(stream, ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      else if (state.destroyed || state.errored) return false;
      else addChunk(stream, state, chunk, true);
    } else if (state.ended) {
      errorOrDestroy(stream, ERR_STREAM_PUSH_AFTER_EOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function clearAwaitDrain(state) {
  if (state.multiAwaitDrain) state.awaitDrainWriters = [];
  else state.awaitDrainWriters = null;
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    state.awaitDrainWriters = state.multiAwaitDrain ? [] : null; // clearAwaitDrain
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  if (!state.readingMore && state.constructed) { // maybeReadMore
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

Readable.prototype.isPaused = function () {
  var state = this._readableState;
  return state.paused === true || state.flowing === false;
};

Readable.prototype.setEncoding = function (enc) {
  var decoder = getDecoder(enc);
  var state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding || enc;
  var parts = state.buffer.toArray(), content = [];
  for (var i = 0; i < parts.length; i++) content.push(decoder.write(parts[i]));
  state.buffer.clear();
  var s = content.join('');
  if (s !== '') state.buffer.push(s);
  state.length = s.length;
  return this;
};

var MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw errors.outOfRange('size', '<= 1GiB', n);
  n--; n |= n >>> 1; n |= n >>> 2; n |= n >>> 4; n |= n >>> 8; n |= n >>> 16; n++;
  return n;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (n !== n) {
    if (state.flowing && state.length) return state.buffer.first().length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function (n) {
  if (n === void 0) n = 0 / 0;
  else if (n !== 0 && (typeof n !== 'number' || floor(n) !== n)) n = parseInt(n, 10);
  var state = this._readableState;
  var nOrig = n;
  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }
  if (n !== 0) n = howMuchToRead(n, state); // (it gives 0 for 0)
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }
  var doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try { this._read(state.highWaterMark); } catch (e) { errorOrDestroy(this, e); }
    state.sync = false;
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }
  var ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    clearAwaitDrain(state);
  }
  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }
  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    var chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  var state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  var state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  while (state.flowing && stream.read() !== null); // flow
}

function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    var len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function () { throw ERR_METHOD_NOT_IMPLEMENTED('_read()'); };

Readable.prototype.pipe = function (dest, pipeOpts) {
  var src = this;
  var state = this._readableState;
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = state.awaitDrainWriters ? [state.awaitDrainWriters] : [];
  }
  state.pipes.push(dest);
  var doEnd = (!pipeOpts || pipeOpts.end !== false) && !dest._isStdio;
  var endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);
  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }
  function onend() { dest.end(); }
  var ondrain;
  var cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }
  // (closure variables read once into locals: each read is a lookup)
  function pause() {
    var d = dest;
    if (!cleanedUp) {
      var st = state, pipes = st.pipes;
      if (pipes.length === 1 && pipes[0] === d) {
        st.awaitDrainWriters = d;
        st.multiAwaitDrain = false;
      } else if (pipes.length > 1 && pipes.indexOf(d) !== -1) {
        if (st.awaitDrainWriters.indexOf(d) === -1) st.awaitDrainWriters.push(d);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, d);
      d.on('drain', ondrain);
    }
  }
  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      var s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  dest.prependListener('error', onerror);
  function onclose() { dest.removeListener('finish', onfinish); unpipe(); }
  dest.once('close', onclose);
  function onfinish() { dest.removeListener('close', onclose); unpipe(); }
  dest.once('finish', onfinish);
  function unpipe() { src.unpipe(dest); }
  dest.emit('pipe', src);
  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    var s = src, state = s._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      var i = state.awaitDrainWriters.indexOf(dest);
      if (i !== -1) state.awaitDrainWriters.splice(i, 1);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.length === 0) && s.listenerCount('data'))
      s.resume();
  };
}

Readable.prototype.unpipe = function (dest) {
  var state = this._readableState;
  var unpipeInfo = { hasUnpiped: false };
  if (state.pipes.length === 0) return this;
  if (!dest) {
    var dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (var i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  var index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, unpipeInfo);
  return this;
};

Readable.prototype.on = function (ev, fn) {
  var res = Stream.prototype.on.call(this, ev, fn);
  var state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function (ev, fn) {
  var res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function (ev) {
  var res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === void 0) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  var state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state.paused === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function nReadingNextTick(self) { self.read(0); }

Readable.prototype.resume = function () {
  var state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resume_, this, state);
    }
  }
  state.paused = false;
  return this;
};

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  while (state.flowing && stream.read() !== null); // flow
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function () {
  if (this._readableState.flowing !== false) {
    this._readableState.flowing = false;
    this.emit('pause');
  }
  this._readableState.paused = true;
  return this;
};


function fromList(n, state) {
  if (state.length === 0) return null;
  var ret;
  if (state.objectMode) {
    ret = state.buffer.shift();
  } else if (!n || n >= state.length) {
    if (state.decoder) ret = state.buffer.join('');
    else if (state.buffer.length === 1) ret = state.buffer.first();
    else ret = state.buffer.concat(state.length);
    state.buffer.clear();
  } else {
    ret = state.buffer.consume(n, !!state.decoder);
  }
  return ret;
}

function endReadable(stream) {
  var state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      var wState = stream._writableState;
      var autoDestroy = !wState || (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

// wrap(oldStream): a Readable over a legacy 'data'/'end' stream.
Readable.prototype.wrap = function (stream) {
  var paused = false, self = this;
  stream.on('data', function (chunk) {
    if (!self.push(chunk) && stream.pause) { paused = true; stream.pause(); }
  });
  stream.on('end', function () { self.push(null); });
  stream.on('error', function (err) { errorOrDestroy(self, err); });
  stream.on('close', function () { self.destroy(); });
  stream.on('destroy', function () { self.destroy(); });
  this._read = function () { if (paused && stream.resume) { paused = false; stream.resume(); } };
  return this;
};

function defGetter(proto, name, get, set) {
  Object.defineProperty(proto, name, { get: get, set: set, enumerable: false, configurable: true });
}

defGetter(Readable.prototype, 'readable', function () {
  var r = this._readableState;
  return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
}, function (val) {
  if (this._readableState) this._readableState.readable = !!val;
});
defGetter(Readable.prototype, 'readableDidRead', function () { return this._readableState.dataEmitted; });
defGetter(Readable.prototype, 'readableAborted', function () {
  var r = this._readableState;
  return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
});
defGetter(Readable.prototype, 'readableHighWaterMark', function () { return this._readableState.highWaterMark; });
defGetter(Readable.prototype, 'readableBuffer', function () { return this._readableState && this._readableState.buffer; });
defGetter(Readable.prototype, 'readableFlowing', function () { return this._readableState.flowing; },
  function (v) { if (this._readableState) this._readableState.flowing = v; });
defGetter(Readable.prototype, 'readableLength', function () { return this._readableState ? this._readableState.length : void 0; });
defGetter(Readable.prototype, 'readableObjectMode', function () { return this._readableState ? this._readableState.objectMode : false; });
defGetter(Readable.prototype, 'readableEncoding', function () { return this._readableState ? this._readableState.encoding : null; });
defGetter(Readable.prototype, 'errored', function () { return this._readableState ? this._readableState.errored : null; });
defGetter(Readable.prototype, 'closed', function () { return this._readableState ? this._readableState.closed : false; });
defGetter(Readable.prototype, 'destroyed', function () { return this._readableState ? this._readableState.destroyed : false; },
  function (v) { if (this._readableState) this._readableState.destroyed = v; });
defGetter(Readable.prototype, 'readableEnded', function () { return this._readableState ? this._readableState.endEmitted : false; });

// Readable.from(iterable | async iterable | string | Buffer | array)
Readable.from = function (iterable, opts) {
  var o = { objectMode: true, highWaterMark: 1 };
  if (opts) for (var k in opts) o[k] = opts[k];
  var readable = new Readable(o);
  if (typeof iterable === 'string' || isUint8Array(iterable)) {
    var once = false;
    readable._read = function () {
      if (!once) { once = true; this.push(iterable); }
      else this.push(null);
    };
    return readable;
  }
  var iter = null, idx = 0, arr = null;
  if (Array.isArray(iterable)) arr = iterable;
  else if (iterable && typeof Symbol !== 'undefined' && Symbol.asyncIterator && typeof iterable[Symbol.asyncIterator] === 'function')
    iter = iterable[Symbol.asyncIterator]();
  else if (iterable && typeof Symbol !== 'undefined' && typeof iterable[Symbol.iterator] === 'function')
    iter = iterable[Symbol.iterator]();
  else if (iterable && typeof iterable.next === 'function')
    iter = iterable;
  else {
    var e = errors.invalidArgType('iterable', 'Iterable', iterable);
    e.message = e.message.replace('must be of type Iterable', 'must be an instance of Iterable');
    throw e;
  }
  var reading = false;
  readable._read = function () {
    if (reading) return;
    reading = true;
    next();
  };
  readable._destroy = function (err, cb) {
    if (iter && typeof iter.return === 'function') {
      try { iter.return(); } catch (e) { /* ignore */ }
    }
    cb(err);
  };
  function onValue(done, value) {
    if (done) { readable.push(null); reading = false; return; }
    if (value === null) {
      reading = false;
      readable.destroy(ERR_STREAM_NULL_VALUES());
      return;
    }
    if (value && typeof value.then === 'function') {
      value.then(function (v) { onValue(false, v); }, function (e) { readable.destroy(e); });
      return;
    }
    if (readable.push(value)) next();
    else reading = false;
  }
  function next() {
    if (readable.destroyed) return;
    if (arr) {
      if (idx >= arr.length) return onValue(true);
      return onValue(false, arr[idx++]);
    }
    var r;
    try { r = iter.next(); } catch (e) { readable.destroy(e); return; }
    if (r && typeof r.then === 'function') {
      r.then(function (res) { onValue(res.done, res.value); }, function (e) { readable.destroy(e); });
    } else {
      onValue(r.done, r.value);
    }
  }
  return readable;
};

// readable[Symbol.asyncIterator](): { next, return } over read() and
// 'readable', for code that iterates by hand (no for-await in ES5).
if (typeof Symbol === 'function' && Symbol.asyncIterator) {
  Readable.prototype[Symbol.asyncIterator] = function () {
    var stream = this, error = null, done = false, waiting = null;
    function wake() {
      if (waiting) { var w = waiting; waiting = null; w(); }
    }
    stream.on('readable', wake);
    eos(stream, { writable: false }, function (err) {
      error = err || null;
      done = true;
      wake();
    });
    var it = {
      next: function () {
        return new Promise(function (resolve, reject) {
          (function tryRead() {
            var chunk = stream.destroyed ? null : stream.read();
            if (chunk !== null) return resolve({ value: chunk, done: false });
            if (error) return reject(error);
            if (done) return resolve({ value: void 0, done: true });
            waiting = tryRead;
          })();
        });
      },
      'return': function () {
        stream.destroy();
        return Promise.resolve({ value: void 0, done: true });
      }
    };
    it[Symbol.asyncIterator] = function () { return this; };
    return it;
  };
}

// ---- Writable ----

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.writableObjectMode);
  this.highWaterMark = getHWM(options, 'writableHighWaterMark', isDuplex, this.objectMode);
  this.finalCalled = false;
  this.needDrain = false;
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.destroyed = false;
  this.decodeStrings = !(options && options.decodeStrings === false);
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  this.sync = true;
  this.bufferProcessing = false;
  // bound, not a closure: one call per write callback instead of two
  this.onwrite = onwrite.bind(null, stream);
  this.writecb = null;
  this.writelen = 0;
  this.afterWriteTickInfo = null;
  this.buffered = [];
  this.bufferedIndex = 0;
  this.allBuffers = true;
  this.allNoop = true;
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.onFinished = [];
}

WritableState.prototype.getBuffer = function () { return this.buffered.slice(this.bufferedIndex); };
defGetter(WritableState.prototype, 'bufferedRequestCount', function () { return this.buffered.length - this.bufferedIndex; });

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

function Writable(options) {
  var isDuplex = this instanceof Duplex;
  if (!isDuplex && !(this instanceof Writable)) return new Writable(options);
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }
  Stream.call(this, options);
  var self = this;
  construct(this, function () {
    var state = self._writableState;
    if (!state.writing) clearBuffer(self, state);
    finishMaybe(self, state);
  });
}
inherits(Writable, Stream);
Writable.WritableState = WritableState;

Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function (object) {
    if (Function.prototype[Symbol.hasInstance] ?
        Function.prototype[Symbol.hasInstance].call(this, object) :
        (object !== null && typeof object === 'object' && this.prototype.isPrototypeOf(object))) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
  configurable: true
});

Writable.prototype.pipe = function () { errorOrDestroy(this, codes.ERR_STREAM_CANNOT_PIPE()); };

function _write(stream, chunk, encoding, cb) {
  var state = stream._writableState, B;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = state.defaultEncoding;
  } else {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !isEncoding(encoding)) throw errors.unknownEncoding(encoding);
    if (typeof cb !== 'function') cb = nop;
  }
  if (chunk === null) {
    throw ERR_STREAM_NULL_VALUES();
  } else if (!state.objectMode) {
    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        chunk = strToBuffer(chunk, encoding);
        encoding = 'buffer';
      }
    } else if ((B = BufferCtor) !== null ? chunk instanceof B : isBuffer(chunk)) {
      encoding = 'buffer';
    } else if (isUint8Array(chunk)) {
      chunk = u8ToBuffer(chunk);
      encoding = 'buffer';
    } else {
      throw ERR_INVALID_CHUNK(chunk);
    }
  }
  var err;
  if (state.ending) err = ERR_STREAM_WRITE_AFTER_END();
  else if (state.destroyed) err = ERR_STREAM_DESTROYED('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  // writeOrBuffer (inlined: one call less per chunk)
  var len = state.objectMode ? 1 : chunk.length;
  state.length += len;
  var ret = state.length < state.highWaterMark;
  if (!ret) state.needDrain = true;
  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk: chunk, encoding: encoding, callback: cb });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && cb !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = cb;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }
  return ret && !state.errored && !state.destroyed;
}

Writable.prototype.write = function (chunk, encoding, cb) {
  return _write(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function () { this._writableState.corked++; };

Writable.prototype.uncork = function () {
  var state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function (encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!isEncoding(encoding)) throw errors.unknownEncoding(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onwrite(ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  var state = stream._writableState;
  var sync = state.sync;
  var cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;
  if (er) {
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
    if (sync) {
      if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
        state.afterWriteTickInfo.count++;
      } else {
        state.afterWriteTickInfo = { count: 1, cb: cb, stream: stream, state: state };
        process.nextTick(afterWriteTick, state.afterWriteTickInfo);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  return afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  var needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb();
  }
  if (state.destroyed) errorBuffer(state);
  if (state.ending) finishMaybe(stream, state); // (needFinish wants ending)
}

function errorBuffer(state) {
  if (state.writing) return;
  for (var n = state.bufferedIndex; n < state.buffered.length; ++n) {
    var b = state.buffered[n];
    state.length -= state.objectMode ? 1 : b.chunk.length;
    b.callback(state.errored || ERR_STREAM_DESTROYED('write'));
  }
  var fins = state.onFinished.splice(0);
  for (var i = 0; i < fins.length; i++) fins[i](state.errored || ERR_STREAM_DESTROYED('end'));
  resetBuffer(state);
}

function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  var buffered = state.buffered, objectMode = state.objectMode;
  var bufferedLength = buffered.length - state.bufferedIndex;
  if (!bufferedLength) return;
  var i = state.bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    var from = i;
    var callback = state.allNoop ? nop : function (err) {
      for (var n = from; n < buffered.length; ++n) buffered[n].callback(err);
    };
    var chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      var b = buffered[i];
      buffered[i++] = null;
      doWrite(stream, state, false, objectMode ? 1 : b.chunk.length, b.chunk, b.encoding, b.callback);
    } while (i < buffered.length && !state.writing);
    if (i === buffered.length) resetBuffer(state);
    else if (i > 256) { buffered.splice(0, i); state.bufferedIndex = 0; }
    else state.bufferedIndex = i;
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk: chunk, encoding: encoding }], cb);
  else throw ERR_METHOD_NOT_IMPLEMENTED('_write()');
};
Writable.prototype._writev = null;

Writable.prototype.end = function (chunk, encoding, cb) {
  var state = this._writableState;
  if (typeof chunk === 'function') { cb = chunk; chunk = null; encoding = null; }
  else if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  var err;
  if (chunk !== null && chunk !== void 0) {
    var ret = _write(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // already reported
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    err = ERR_STREAM_DESTROYED('end');
  }
  if (typeof cb === 'function') {
    if (err || state.finished) process.nextTick(cb, err);
    else state.onFinished.push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
    !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
    !state.errorEmitted && !state.closeEmitted;
}

function callFinal(stream, state) {
  var called = false;
  function onFinish(err) {
    if (called) { errorOrDestroy(stream, err || ERR_MULTIPLE_CALLBACK()); return; }
    called = true;
    state.pendingcb--;
    if (err) {
      var fins = state.onFinished.splice(0);
      for (var i = 0; i < fins.length; i++) fins[i](err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try { stream._final(onFinish); } catch (e) { onFinish(e); }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick(function () {
          if (needFinish(state)) finish(stream, state);
          else state.pendingcb--;
        });
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  var fins = state.onFinished.splice(0);
  for (var i = 0; i < fins.length; i++) fins[i](null);
  stream.emit('finish');
  if (state.autoDestroy) {
    var rState = stream._readableState;
    var autoDestroy = !rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

defGetter(Writable.prototype, 'closed', function () { return this._writableState ? this._writableState.closed : false; });
defGetter(Writable.prototype, 'destroyed', function () { return this._writableState ? this._writableState.destroyed : false; },
  function (v) { if (this._writableState) this._writableState.destroyed = v; });
defGetter(Writable.prototype, 'writable', function () {
  var w = this._writableState;
  return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
}, function (val) { if (this._writableState) this._writableState.writable = !!val; });
defGetter(Writable.prototype, 'writableFinished', function () { return this._writableState ? this._writableState.finished : false; });
defGetter(Writable.prototype, 'writableObjectMode', function () { return this._writableState ? this._writableState.objectMode : false; });
defGetter(Writable.prototype, 'writableBuffer', function () { return this._writableState && this._writableState.getBuffer(); });
defGetter(Writable.prototype, 'writableEnded', function () { return this._writableState ? this._writableState.ending : false; });
defGetter(Writable.prototype, 'writableNeedDrain', function () {
  var w = this._writableState;
  if (!w) return false;
  return !w.destroyed && !w.ending && w.needDrain;
});
defGetter(Writable.prototype, 'writableHighWaterMark', function () { return this._writableState && this._writableState.highWaterMark; });
defGetter(Writable.prototype, 'writableCorked', function () { return this._writableState ? this._writableState.corked : 0; });
defGetter(Writable.prototype, 'writableLength', function () { return this._writableState && this._writableState.length; });
defGetter(Writable.prototype, 'errored', function () { return this._writableState ? this._writableState.errored : null; });

Writable.prototype.destroy = function (err, cb) {
  var state = this._writableState;
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state.onFinished.length))
    process.nextTick(errorBuffer, state);
  destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = undestroy;
Writable.prototype._destroy = function (err, cb) { cb(err); };

// ---- Duplex ----

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._readableState = new ReadableState(options, this, true);
  this._writableState = new WritableState(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, options);
  var self = this;
  construct(this, function () {
    var r = self._readableState, w = self._writableState;
    if (r.needReadable) maybeReadMore(self, r);
    if (!w.writing) clearBuffer(self, w);
    finishMaybe(self, w);
  });
}
inherits(Duplex, Readable);
(function () {
  var keys = Object.getOwnPropertyNames(Writable.prototype);
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    if (k === 'constructor' || k in Duplex.prototype) continue;
    Object.defineProperty(Duplex.prototype, k, Object.getOwnPropertyDescriptor(Writable.prototype, k));
  }
})();
Duplex.prototype.destroy = Writable.prototype.destroy;
defGetter(Duplex.prototype, 'destroyed', function () {
  if (this._readableState === void 0 || this._writableState === void 0) return false;
  return this._readableState.destroyed && this._writableState.destroyed;
}, function (v) {
  if (this._readableState && this._writableState) {
    this._readableState.destroyed = v;
    this._writableState.destroyed = v;
  }
});
defGetter(Duplex.prototype, 'writableObjectMode', function () { return this._writableState ? this._writableState.objectMode : false; });

// ---- Transform / PassThrough ----

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  var rhwm = options ? getHWM(options, 'readableHighWaterMark', true, !!(options.objectMode || options.readableObjectMode)) : null;
  if (rhwm === 0) {
    // A Transform with a 0 readable hwm could never pass data on.
    var o = {};
    for (var k in options) o[k] = options[k];
    o.readableHighWaterMark = null;
    o.highWaterMark = void 0;
    o.writableHighWaterMark = options.writableHighWaterMark || 0;
    options = o;
  }
  Duplex.call(this, options);
  this._readableState.sync = false;
  this._transformCallback = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', transformPrefinish);
}
inherits(Transform, Duplex);

function transformFinal(cb) {
  var self = this;
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush(function (er, data) {
      if (er) {
        if (cb) cb(er);
        else self.destroy(er);
        return;
      }
      if (data !== null && data !== void 0) self.push(data);
      self.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function transformPrefinish() {
  if (this._final !== transformFinal) transformFinal.call(this);
}

Transform.prototype._final = transformFinal;
Transform.prototype._transform = function () { throw ERR_METHOD_NOT_IMPLEMENTED('_transform()'); };
Transform.prototype._write = function (chunk, encoding, callback) {
  var self = this, rState = this._readableState, wState = this._writableState;
  var length = rState.length;
  this._transform(chunk, encoding, function (err, val) {
    if (err) { callback(err); return; }
    if (val !== null && val !== void 0) self.push(val);
    if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) callback();
    else self._transformCallback = callback;
  });
};
Transform.prototype._read = function () {
  if (this._transformCallback) {
    var callback = this._transformCallback;
    this._transformCallback = null;
    callback();
  }
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
inherits(PassThrough, Transform);
PassThrough.prototype._transform = function (chunk, encoding, cb) { cb(null, chunk); };

// ---- finished (end-of-stream) ----

function isReadableNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!obj._writableState || (obj._readableState && obj._readableState.readable !== false)) &&
    (!obj._writableState || obj._readableState));
}
function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState && obj._writableState.writable !== false)));
}
function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}
function isWritableFinished(stream, strict) {
  var w = stream._writableState;
  if (!w) return null;
  if (w.errored) return false;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}
function isReadableFinished(stream, strict) {
  var r = stream._readableState;
  if (!r) return null;
  if (r.errored) return false;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}
function isClosed(stream) {
  var w = stream._writableState, r = stream._readableState;
  if (w || r) return !!((w && w.closed) || (r && r.closed));
  return null;
}
function willEmitCloseOf(stream) {
  var w = stream._writableState, r = stream._readableState, s = w || r;
  return (!s && typeof stream.destroy === 'function' && false) ||
    !!(s && s.autoDestroy && s.emitClose && s.closed === false);
}
function erroredOf(stream) {
  var w = stream._writableState, r = stream._readableState;
  return (w && w.errored) || (r && r.errored) || null;
}

function eos(stream, options, callback) {
  if (arguments.length === 2) { callback = options; options = {}; }
  else if (options === null || options === void 0) options = {};
  else if (typeof options !== 'object') throw errors.invalidArgType('options', 'object', options);
  if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'function', callback);
  var called = false;
  var userCb = callback;
  callback = function (err) {
    if (called) return;
    called = true;
    userCb.call(stream, err);
  };
  var readable = options.readable !== void 0 ? options.readable : isReadableNodeStream(stream);
  var writable = options.writable !== void 0 ? options.writable : isWritableNodeStream(stream);
  var wState = stream._writableState, rState = stream._readableState;
  var willEmitClose = willEmitCloseOf(stream) && isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable;
  var writableFinished = isWritableFinished(stream, false);
  var readableFinished = isReadableFinished(stream, false);
  function onlegacyfinish() { if (!stream.writable) onfinish(); }
  function onfinish() {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback();
  }
  function onend() {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback();
  }
  function onerror(err) { callback(err); }
  var closed = isClosed(stream);
  function onclose() {
    closed = true;
    var errored = erroredOf(stream);
    if (errored && typeof errored !== 'boolean') return callback(errored);
    if (readable && !readableFinished && isReadableNodeStream(stream)) {
      if (!isReadableFinished(stream, false)) return callback(ERR_STREAM_PREMATURE_CLOSE());
    }
    if (writable && !writableFinished) {
      if (!isWritableFinished(stream, false)) return callback(ERR_STREAM_PREMATURE_CLOSE());
    }
    callback();
  }
  function onrequest() { stream.req.on('finish', onfinish); }
  if (stream.setHeader && typeof stream.abort === 'function') {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest(); else stream.on('request', onrequest);
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);
  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) process.nextTick(onclose);
  } else if (!readable && (!willEmitClose || stream.readable) && (writableFinished || stream.writable === false)) {
    process.nextTick(onclose);
  } else if (!writable && (!willEmitClose || stream.writable) && (readableFinished || stream.readable === false)) {
    process.nextTick(onclose);
  }
  return function cleanup() {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };
}

// ---- pipeline ----

function destroyer(stream, reading, writing, callback) {
  var finished = false;
  stream.on('close', function () { finished = true; });
  eos(stream, { readable: reading, writable: writing }, function (err) {
    finished = !err;
    callback(err);
  });
  return function (err) {
    if (finished) return;
    finished = true;
    if (typeof stream.destroy === 'function') stream.destroy(err || ERR_STREAM_DESTROYED('pipe'));
    else if (typeof stream.close === 'function') stream.close();
  };
}

function popCallback(streams) {
  var cb = streams[streams.length - 1];
  if (typeof cb !== 'function') throw errors.invalidArgType('streams[stream.length - 1]', 'function', cb);
  return streams.pop();
}

function pipeline() {
  var streams = Array.prototype.slice.call(arguments);
  var callback = popCallback(streams);
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw errors.missingArgs('streams');
  var opts = {};
  var error, destroys = [], finishCount = 0, done = false;
  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (final && !done) {
      done = true;
      process.nextTick(callback, error);
    }
  }
  for (var i = 0; i < streams.length; i++) {
    var stream = streams[i];
    if (!isNodeStream(stream))
      throw errors.invalidArgType(i === 0 ? 'source' : 'streams[' + i + ']', 'Stream', stream);
    var reading = i < streams.length - 1;
    var writing = i > 0;
    finishCount++;
    destroys.push(destroyer(stream, reading, writing, function (err) {
      finishImpl(err, --finishCount === 0);
    }));
    if (i > 0) streams[i - 1].pipe(stream, opts);
  }
  return streams[streams.length - 1];
}

// ---- exports (the legacy Stream is the module, as in Node) ----

module.exports = Stream;
Stream.Stream = Stream;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.finished = eos;
Stream.pipeline = pipeline;
Stream.addAbortSignal = function (signal, stream) {
  if (!signal || typeof signal.aborted !== 'boolean')
    throw errors.invalidArgType('signal', 'AbortSignal', signal);
  function onAbort() {
    stream.destroy(errors.abortError(signal));
  }
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  return stream;
};
Stream.isReadable = function (s) { return !!(s && s.readable && !isReadableFinished(s)); };
Stream.isErrored = function (s) { return !!erroredOf(s); };
Stream.isDisturbed = function (s) {
  var r = s && s._readableState;
  return !!(r && (r.dataEmitted || r.endEmitted || r.errorEmitted));
};
Stream.destroy = function (stream, err) {
  if (stream && typeof stream.destroy === 'function') stream.destroy(err);
};
Stream.isDestroyed = function (s) {
  var r = s && s._readableState, w = s && s._writableState;
  return !!(s && (s.destroyed || (r && r.destroyed) || (w && w.destroyed)));
};
Stream.isWritable = function (s) {
  return !!(s && typeof s.write === 'function' && s.writable && !isWritableFinished(s));
};
Stream._isUint8Array = function (b) { return b instanceof Uint8Array; };
Stream._isArrayBufferView = isUint8Array;
Stream._uint8ArrayToBuffer = u8ToBuffer;
Stream.getDefaultHighWaterMark = function (objectMode) { return objectMode ? defaultObjectHWM : defaultHWM; };
Stream.setDefaultHighWaterMark = function (objectMode, value) {
  if (typeof value !== 'number' || !(value >= 0)) throw errors.invalidArgType('value', 'number', value);
  if (objectMode) defaultObjectHWM = value; else defaultHWM = value;
};
Stream.internal = { errorOrDestroy: errorOrDestroy, destroy: destroy, isNodeStream: isNodeStream };
Object.defineProperty(Stream, 'promises', {
  configurable: true, enumerable: true,
  get: function () { return require('stream/promises'); }
});

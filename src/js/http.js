// http: HTTP/1.1 server and client (Node's lib/_http_*.js, ES5).
// Parsing is llhttp in C (src/http.c): a server connection's parser is
// attached to the socket's handle, so request bytes never surface in JS;
// each request arrives as one onHeaders call with its raw header list.
// Message heads are assembled and validated in C (writeMessage) and sent
// with the first body bytes in one write.
'use strict';

var net = require('net');
var EventEmitter = require('events');
var stream = require('stream');
var errors = require('internal/errors');

var Parser = native.Parser;
var REQUEST = 0, RESPONSE = 1;

var STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices', 301: 'Moved Permanently',
  302: 'Found', 303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy',
  307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request',
  401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required',
  408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required',
  412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long',
  415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity',
  423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required',
  428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required'
};

var METHODS = native.methods.slice().sort();

var tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
var invalidCharRe = /[^\t\x20-\x7e\x80-\xff]/;

var inherits = require('internal/util').inherits;

var codes = errors.codes;

function validateHeaderName(name) {
  if (typeof name !== 'string' || !name || !tokenRe.test(name))
    throw codes.ERR_INVALID_HTTP_TOKEN('Header name', name);
}

function validateHeaderValue(name, value) {
  if (value === undefined)
    throw errors.make(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "' + value + '" for header "' + name + '"');
  if (typeof value === 'string' ? invalidCharRe.test(value) :
      Array.isArray(value) ? value.some(function (v) { return invalidCharRe.test(String(v)); }) : false)
    throw codes.ERR_INVALID_CHAR('header content', name);
}

function connResetError(msg) {
  var e = new Error(msg);
  e.code = 'ECONNRESET';
  return e;
}

// ---- IncomingMessage ----

function IncomingMessage(socket) {
  // The Readable state is made on first use (see _readableState below):
  // most requests are never read as a stream, and building it costs more
  // than the rest of the request. Defaults live on the prototype, and the
  // listener table is made by the first on() (EventEmitter allows that).
  this.socket = socket;
}
inherits(IncomingMessage, stream.Readable);

var IMP = IncomingMessage.prototype;
IMP.httpVersionMajor = null;
IMP.httpVersionMinor = null;
IMP.httpVersion = null;
IMP.complete = false;
IMP._rawBlock = '';
IMP.rawTrailers = [];
IMP._headersObj = null;
IMP._trailersObj = null;
IMP.aborted = false;
IMP.upgrade = false;
IMP.url = '';
IMP.method = null;
IMP.statusCode = null;
IMP.statusMessage = null;
IMP._dumped = false;
IMP._parser = null;
IMP._paused = false;
IMP._maxHeadersCount = 0;
IMP._lazyEnd = false;   // ended before its Readable state existed

// rawHeaders arrives from C as one NUL-joined string: split on first read.
function splitRaw(block) { return block === '' ? [] : block.split('\u0000'); }
Object.defineProperty(IMP, 'rawHeaders', {
  configurable: true,
  get: function () {
    var v = splitRaw(this._rawBlock);
    defineOwn(this, 'rawHeaders', v);
    return v;
  },
  set: function (v) { defineOwn(this, 'rawHeaders', v); }
});

function defineOwn(obj, key, v) {
  Object.defineProperty(obj, key, { value: v, writable: true, configurable: true, enumerable: true });
}
Object.defineProperty(IMP, '_readableState', {
  configurable: true,
  get: function () {
    var st = new stream.Readable.ReadableState(undefined, this, false);
    defineOwn(this, '_readableState', st);
    if (this._lazyEnd) {
      this._lazyEnd = false;
      this.push(null);
    }
    return st;
  },
  set: function (v) { defineOwn(this, '_readableState', v); }
});

function hasReadableState(msg) {
  return Object.prototype.hasOwnProperty.call(msg, '_readableState');
}

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get: function () { return this.socket; },
  set: function (v) { this.socket = v; }
});
Object.defineProperty(IncomingMessage.prototype, 'headers', {
  get: function () {
    if (this._headersObj === null)
      this._headersObj = native.headersObject(this.rawHeaders, this._maxHeadersCount);
    return this._headersObj;
  },
  set: function (v) { this._headersObj = v; }
});
Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  get: function () {
    var out = {}, raw = this.rawHeaders;
    for (var i = 0; i + 1 < raw.length; i += 2) {
      var k = raw[i].toLowerCase();
      (out[k] || (out[k] = [])).push(raw[i + 1]);
    }
    return out;
  }
});
Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  get: function () {
    if (this._trailersObj === null)
      this._trailersObj = native.headersObject(this.rawTrailers, 0);
    return this._trailersObj;
  },
  set: function (v) { this._trailersObj = v; }
});

IncomingMessage.prototype.setTimeout = function (msecs, cb) {
  if (cb) this.on('timeout', cb);
  if (this.socket) this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function () {
  if (this._paused && this._parser) {
    this._paused = false;
    this._parser.pause(false);
  }
};

IncomingMessage.prototype._dump = function () {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

IncomingMessage.prototype._destroy = function (err, cb) {
  if (!this.readableEnded || !this.complete) this.aborted = true;
  if (this.socket && !this.complete && err) this.socket.destroy(err);
  cb(err);
};

function pushBody(msg, buf) {
  if (msg._dumped) return;
  if (!msg.push(buf) && msg._parser && !msg._paused) {
    msg._paused = true;
    msg._parser.pause(true);
  }
}

function finishBody(msg, trailers) {
  if (trailers && trailers.length) msg.rawTrailers = trailers;
  msg.complete = true;
  if (hasReadableState(msg)) msg.push(null);
  else msg._lazyEnd = true;
}

// ---- OutgoingMessage (shared by ServerResponse and ClientRequest) ----

function OutgoingMessage() {
  EventEmitter.call(this);
}
inherits(OutgoingMessage, stream.Stream);

var OMP = OutgoingMessage.prototype;
OMP._hdr = null;            // [lowercase, name, value, ...]
OMP._headerBuilt = null;    // [firstLine, flatHeaders] until sent
OMP._headPending = false;   // ServerResponse#writeHead: head not built yet
OMP._headWritten = false;
OMP.headersSent = false;
OMP._headerSent = false;
OMP.finished = false;
OMP.writableEnded = false;
OMP.writableFinished = false;
OMP.destroyed = false;
OMP.chunkedEncoding = false;
OMP.useChunkedEncodingByDefault = true;
OMP.sendDate = false;
OMP.shouldKeepAlive = true;
OMP._hasBody = true;
OMP._contentLength = -1;
OMP._pendingWrites = 0;
OMP._needDrain = false;
OMP._queue = null;          // writes held while not attached
OMP._attached = false;
OMP.socket = null;
OMP.strictContentLength = false;
OMP._keepAliveHeader = null;
OMP._defaultHost = null;
OMP._isClient = false;
OMP._isRequestWithoutBody = false;
OMP._httpMinor = 1;

Object.defineProperty(OutgoingMessage.prototype, 'connection', {
  get: function () { return this.socket; }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableLength', {
  get: function () { return 0; }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableHighWaterMark', {
  get: function () { return 16384; }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableCorked', {
  get: function () { return 0; }
});
OutgoingMessage.prototype.cork = function () {};
OutgoingMessage.prototype.uncork = function () {};

// Stored headers: a flat array [lowercase, name, value, ...] in the order
// they were set (few per message: a scan beats a map, and C reads it by
// index when it assembles the head).
function hdrIndex(list, key) {
  for (var i = 0; i < list.length; i += 3) if (list[i] === key) return i;
  return -1;
}

OutgoingMessage.prototype.setHeader = function (name, value) {
  if (this._headerBuilt || this.headersSent)
    throw codes.ERR_HTTP_HEADERS_SENT('set');
  var key = native.headerKey(name, value);
  var list = this._hdr;
  if (list === null) {
    this._hdr = [key, name, value];
    return this;
  }
  var i = hdrIndex(list, key);
  if (i < 0) list.push(key, name, value);
  else { list[i + 1] = name; list[i + 2] = value; }
  return this;
};

OutgoingMessage.prototype.appendHeader = function (name, value) {
  if (this._headerBuilt || this.headersSent)
    throw codes.ERR_HTTP_HEADERS_SENT('append');
  var k = native.headerKey(name, value);
  if (this._hdr === null) this._hdr = [];
  var i = hdrIndex(this._hdr, k);
  if (i < 0) this._hdr.push(k, name, value);
  else this._hdr[i + 2] = [].concat(this._hdr[i + 2], value);
  return this;
};

OutgoingMessage.prototype.getHeader = function (name) {
  if (typeof name !== 'string') throw errors.invalidArgType('name', 'string', name);
  if (this._hdr === null) return undefined;
  var i = hdrIndex(this._hdr, name.toLowerCase());
  return i < 0 ? undefined : this._hdr[i + 2];
};

OutgoingMessage.prototype.getHeaderNames = function () {
  var out = [], l = this._hdr || [];
  for (var i = 0; i < l.length; i += 3) out.push(l[i]);
  return out;
};

OutgoingMessage.prototype.getRawHeaderNames = function () {
  var out = [], l = this._hdr || [];
  for (var i = 0; i < l.length; i += 3) out.push(l[i + 1]);
  return out;
};

OutgoingMessage.prototype.getHeaders = function () {
  var out = Object.create(null), l = this._hdr || [];
  for (var i = 0; i < l.length; i += 3) out[l[i]] = l[i + 2];
  return out;
};

OutgoingMessage.prototype.hasHeader = function (name) {
  if (typeof name !== 'string') throw errors.invalidArgType('name', 'string', name);
  return this._hdr !== null && hdrIndex(this._hdr, name.toLowerCase()) >= 0;
};

OutgoingMessage.prototype.removeHeader = function (name) {
  if (typeof name !== 'string') throw errors.invalidArgType('name', 'string', name);
  if (this._headerBuilt || this.headersSent)
    throw codes.ERR_HTTP_HEADERS_SENT('remove');
  if (this._hdr !== null) {
    var i = hdrIndex(this._hdr, name.toLowerCase());
    if (i >= 0) this._hdr.splice(i, 3);
  }
};

OutgoingMessage.prototype.flushHeaders = function () {
  if (!this._headerBuilt && (!this.headersSent || this._headPending)) this._implicitHeader();
  this._flushHead();
};

// The head is assembled in C from the stored headers plus the ones the
// framing needs (Date, Connection, Content-Length / Transfer-Encoding);
// bodyLen >= 0: the whole body is known (end() before any write).
OutgoingMessage.prototype._storeHeader = function (firstLine, bodyLen) {
  this._headerBuilt = native.buildHead(this, firstLine, bodyLen);
  this.headersSent = true;
  this._headerSent = true;
};

OutgoingMessage.prototype._send = function (body, flags, cb) {
  var line = null, headers = null;
  if (this._headerBuilt !== null && !this._headWritten) {
    line = this._headerBuilt;
    this._headWritten = true;
  }
  if (!this._attached) {
    if (this._queue === null) this._queue = [];
    this._queue.push([line, headers, body, flags, cb]);
    return false;
  }
  return this._sendNow(line, headers, body, flags, cb);
};

OutgoingMessage.prototype._flushHead = function () {
  if (this._headerBuilt && !this._headWritten) this._send(undefined, 0, null);
};

OutgoingMessage.prototype._flushQueue = function () {
  var q = this._queue;
  this._queue = null;
  if (q === null) return;
  for (var i = 0; i < q.length; i++) this._sendNow(q[i][0], q[i][1], q[i][2], q[i][3], q[i][4]);
};

// ServerResponse writes straight to the handle; ClientRequest overrides.
OutgoingMessage.prototype._sendNow = function (line, headers, body, flags, cb) {
  var self = this;
  var socket = this.socket;
  var handle = socket && socket._handle;
  if (!handle) {
    if (cb) process.nextTick(cb, codes.ERR_STREAM_DESTROYED('write'));
    return false;
  }
  this._pendingWrites++;
  var rc = native.writeMessage(handle, line, headers, body, flags, cb ? function (status) {
    self._afterWrite(status, cb);
  } : this);
  if (rc === 1) return false;
  this._pendingWrites--;
  if (rc < 0) {
    socket.destroy(net._uvError(rc, 'write'));
    if (cb) process.nextTick(cb, net._uvError(rc, 'write'));
    return false;
  }
  if (cb) process.nextTick(cb);
  return true;
};

OutgoingMessage.prototype._onWrite = function (status) {
  this._afterWrite(status, null);
};

OutgoingMessage.prototype._afterWrite = function (status, cb) {
  this._pendingWrites--;
  if (status < 0 && this.socket) this.socket.destroy(net._uvError(status, 'write'));
  if (cb) cb(status < 0 ? net._uvError(status, 'write') : undefined);
  if (this._pendingWrites === 0) {
    if (this._needDrain) {
      this._needDrain = false;
      this.emit('drain');
    }
    if (this.finished && !this.writableFinished) this._onFinish();
  }
};

function writeAfterEnd(msg, cb) {
  var err = codes.ERR_STREAM_WRITE_AFTER_END();
  process.nextTick(function () {
    msg.emit('error', err);
    if (cb) cb(err);
  });
  return false;
}

OutgoingMessage.prototype.write = function (chunk, encoding, cb) {
  if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  if (this.finished) return writeAfterEnd(this, cb);
  if (chunk === null) throw codes.ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array))
    throw errors.invalidArgType('chunk', 'string or an instance of Buffer or Uint8Array', chunk);
  if (!this._headerBuilt) this._implicitHeader();
  if (!this._hasBody) {
    if (cb) process.nextTick(cb);
    return true;
  }
  if (typeof chunk === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8')
    chunk = Buffer.from(chunk, encoding);
  if (chunk.length === 0 && this._headWritten) {
    if (cb) process.nextTick(cb);
    return true;
  }
  var ok = this._send(chunk, this.chunkedEncoding ? 1 : 0, cb);
  if (!ok) this._needDrain = true;
  return ok;
};

OutgoingMessage.prototype.end = function (chunk, encoding, cb) {
  if (typeof chunk === 'function') { cb = chunk; chunk = null; }
  else if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  if (this.finished) {
    if (cb) process.nextTick(cb);
    return this;
  }
  if (chunk !== null && chunk !== undefined) {
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array))
      throw errors.invalidArgType('chunk', 'string or an instance of Buffer or Uint8Array', chunk);
    if (typeof chunk === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8')
      chunk = Buffer.from(chunk, encoding);
  } else {
    chunk = undefined;
  }
  if (!this._headerBuilt) this._implicitHeader(chunk === undefined ? 0 : native.byteLength(chunk));
  if (cb) this.once('finish', cb);
  this.finished = true;
  this.writableEnded = true;
  var body = this._hasBody ? chunk : undefined;
  if (this.chunkedEncoding) this._send(body, 3, null);
  else if (body !== undefined || !this._headWritten) this._send(body, 0, null);
  if (this._attached && this._pendingWrites === 0) this._onFinish();
  return this;
};

OutgoingMessage.prototype._onFinish = function () {
  if (this.writableFinished) return;
  this.writableFinished = true;
  process.nextTick(finishNT, this);
};

function finishNT(msg) {
  if (msg._events !== undefined) msg.emit('finish');
  if (msg._afterFinish) msg._afterFinish();
}

OutgoingMessage.prototype.destroy = function (err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.socket) this.socket.destroy(err);
  return this;
};

OutgoingMessage.prototype.setTimeout = function (msecs, cb) {
  if (cb) this.on('timeout', cb);
  if (this.socket) this.socket.setTimeout(msecs);
  else this.once('socket', function (s) { s.setTimeout(msecs); });
  return this;
};

// ---- ServerResponse ----

var statusLines = {};
function statusLine(code, msg) {
  if (msg === undefined || msg === STATUS_CODES[code]) {
    var l = statusLines[code];
    if (l === undefined) l = statusLines[code] = 'HTTP/1.1 ' + code + ' ' + (STATUS_CODES[code] || 'unknown');
    return l;
  }
  return 'HTTP/1.1 ' + code + ' ' + msg;
}

function ServerResponse(req) {
  this.req = req;
  if (req.httpVersionMinor === 0) this._httpMinor = 0;
  if (req.method === 'HEAD') this._hasBody = false;
}
inherits(ServerResponse, OutgoingMessage);
ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;
ServerResponse.prototype.sendDate = true;
ServerResponse.prototype._conn = null;
ServerResponse.prototype._sent100 = false;

ServerResponse.prototype.assignSocket = function (socket) {
  this.socket = socket;
  this.emit('socket', socket);
};
ServerResponse.prototype.detachSocket = function () { this.socket = null; };

ServerResponse.prototype.writeContinue = function (cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function (cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', cb);
};

ServerResponse.prototype.writeEarlyHints = function (hints, cb) {
  var flat = [];
  for (var k in hints) {
    var v = hints[k];
    if (Array.isArray(v)) for (var i = 0; i < v.length; i++) flat.push(k, v[i]);
    else flat.push(k, v);
  }
  var buf = native.buildMessage('HTTP/1.1 103 Early Hints', flat, undefined, 0);
  this._writeRaw(buf, cb);
};

ServerResponse.prototype._writeRaw = function (data, cb) {
  var h = this.socket && this.socket._handle;
  if (!h) return false;
  var rc = h.write(data, cb ? function () { cb(); } : null);
  if (rc === 0 && cb) process.nextTick(cb);
  return rc >= 0;
};

// writeHead records the status and merges the headers (Node's order and
// checks) but builds nothing: the head goes out with the first write() or
// end(), so writeHead + end(body) takes end()'s one-native-call path, as
// setHeader + end does (framed as Node frames it: chunked on HTTP/1.1). headersSent is true from here on (as in Node); _headPending says the
// head is still to be built. No `arguments` here: Duktape would build it on
// every call.
ServerResponse.prototype.writeHead = function (code, reason, obj) {
  if (this.headersSent)
    throw codes.ERR_HTTP_HEADERS_SENT('write');
  var statusCode = code | 0;
  if (statusCode < 100 || statusCode > 999)
    throw errors.make(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: ' + code);
  var msg;
  if (typeof reason === 'string') {
    msg = this.statusMessage = reason;
  } else {
    msg = this.statusMessage;
    if (!msg) msg = this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
    if (obj === undefined || obj === null) obj = reason;
  }
  checkStatusMessage(statusCode, msg);
  this.statusCode = statusCode;
  if (obj) {
    var list = this._hdr === null ? native.headerList(obj) : undefined;
    if (list !== undefined) this._hdr = list;
    else mergeHeaders(this, obj);
  }
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199))
    this._hasBody = false;
  this.headersSent = true;
  this._headPending = true;
  return this;
};

function checkStatusMessage(code, msg) {
  if (msg !== undefined && msg !== STATUS_CODES[code] && invalidCharRe.test(msg))
    throw codes.ERR_INVALID_CHAR('statusMessage');
}

// writeHead's headers, as Node merges them: an object's own keys replace
// headers set before (setHeader); a flat [name, value, ...] array replaces
// them too but keeps its own duplicates; [[name, value], ...] is accepted
// when nothing was set before.
function mergeHeaders(res, obj) {
  var i, k, n;
  if (Array.isArray(obj)) {
    n = obj.length;
    if (res._hdr === null && n && Array.isArray(obj[0])) {
      for (i = 0; i < n; i++) res.appendHeader(obj[i][0], obj[i][1]);
      return;
    }
    if (n % 2 !== 0) throw errors.invalidArgValue('headers', obj);
    if (res._hdr !== null) for (i = 0; i < n; i += 2) res.removeHeader(obj[i]);
    for (i = 0; i < n; i += 2) if (obj[i]) res.appendHeader(obj[i], obj[i + 1]);
    return;
  }
  for (k in obj) if (hasOwn.call(obj, k)) res.setHeader(k, obj[k]);
}
var hasOwn = Object.prototype.hasOwnProperty;

ServerResponse.prototype._implicitHeader = function (bodyLen) {
  var code = this.statusCode;
  if (this._headPending) this._headPending = false;
  else checkStatusMessage(code, this.statusMessage);
  if (code === 204 || code === 304 || (code >= 100 && code <= 199)) this._hasBody = false;
  var conn = this._conn;
  if (conn !== null && conn.server._closing) this.shouldKeepAlive = false;
  if (conn !== null && this.shouldKeepAlive) {
    var server = conn.server;
    if (server._kaValue !== server.keepAliveTimeout) {
      server._kaValue = server.keepAliveTimeout;
      server._kaHeader = server.keepAliveTimeout ? 'timeout=' + Math.floor(server.keepAliveTimeout / 1000) : null;
    }
    this._keepAliveHeader = server._kaHeader;
  }
  this._storeHeader(statusLine(code, this.statusMessage),
    bodyLen === undefined ? -1 : bodyLen);
};

// The common case in one native call: end(body) before anything was
// written, on a response whose turn it is.
ServerResponse.prototype.end = function (chunk, encoding, cb) {
  if ((this.headersSent && !this._headPending) || this.finished || !this._attached || cb !== undefined ||
      encoding !== undefined || typeof chunk === 'function' ||
      (chunk !== undefined && chunk !== null && typeof chunk !== 'string' && !(chunk instanceof Uint8Array)))
    return OutgoingMessage.prototype.end.call(this, chunk, encoding, cb);
  var socket = this.socket, handle = socket && socket._handle;
  if (!handle) return OutgoingMessage.prototype.end.call(this, chunk, encoding, cb);
  var code = this.statusCode, msg = this.statusMessage, flags = 0;
  if (msg !== undefined) {
    // (writeHead always sets statusMessage)
    if (this._headPending) {
      // after writeHead: framed as Node frames it (chunked on HTTP/1.1)
      this._headPending = false;
      flags = 64;
    } else {
      checkStatusMessage(code, msg);
    }
  }
  var hasBody = this._hasBody && !(code === 204 || code === 304 || (code >= 100 && code <= 199));
  var conn = this._conn;
  var keep = this.shouldKeepAlive && !(conn !== null && conn.server._closing);
  var kaHeader = null;
  if (conn !== null && keep) {
    var server = conn.server;
    if (server._kaValue !== server.keepAliveTimeout) {
      server._kaValue = server.keepAliveTimeout;
      server._kaHeader = server.keepAliveTimeout ? 'timeout=' + Math.floor(server.keepAliveTimeout / 1000) : null;
    }
    kaHeader = server._kaHeader;
  }
  // Few own-property stores: each new one costs Duktape a table grow.
  // (_headerBuilt/_headWritten stay unset: headersSent and finished
  // guard every later path.)
  this.headersSent = true;
  this.finished = true;
  // flags: HTTP_H_* of src/http.c
  var r = native.respond(this, handle, statusLine(code, msg),
    chunk === null ? undefined : chunk,
    (keep ? 1 : 0) | (hasBody ? 2 : 0) | (this.sendDate ? 4 : 0) |
    (this.useChunkedEncodingByDefault && this._httpMinor !== 0 ? 32 : 0) | flags,
    this._hdr, kaHeader);
  this.writableEnded = true;
  if (r < 0) {
    socket.destroy(net._uvError(r, 'write'));
    return this;
  }
  if ((r & 1) === 0) this.shouldKeepAlive = false;
  if (r >> 1 === 1) {
    this._pendingWrites++;
    return this;
  }
  if (this._events === undefined && conn !== null) {
    // All written and nobody listens yet: finish now, in this tick (the
    // next pipelined response may go out at once). A 'finish' or 'close'
    // listener added later still gets its event on the next tick (on()).
    this.writableFinished = true;
    this._finishPending = true;
    onResponseFinished(conn, this);
    return this;
  }
  this._onFinish();
  return this;
};

ServerResponse.prototype._finishPending = false;
function lateFinishNT(res) {
  res.emit('finish');
  res.emit('close');
}
ServerResponse.prototype.on = function (ev, fn) {
  if (this._finishPending && (ev === 'finish' || ev === 'close')) {
    this._finishPending = false;
    process.nextTick(lateFinishNT, this);
  }
  return EventEmitter.prototype.on.call(this, ev, fn);
};
ServerResponse.prototype.addListener = ServerResponse.prototype.on;

ServerResponse.prototype._afterFinish = function () {
  var conn = this._conn;
  if (conn) onResponseFinished(conn, this);
};

// ---- Server ----

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  }
  options = options || {};
  net.Server.call(this, { allowHalfOpen: true, noDelay: options.noDelay !== false,
    keepAlive: options.keepAlive, keepAliveInitialDelay: options.keepAliveInitialDelay });
  if (requestListener) this.on('request', requestListener);
  this.IncomingMessage = options.IncomingMessage || IncomingMessage;
  this.ServerResponse = options.ServerResponse || ServerResponse;
  this.timeout = 0;
  this.keepAliveTimeout = 5000;
  this.headersTimeout = options.headersTimeout !== undefined ? options.headersTimeout : 60000;
  this.requestTimeout = options.requestTimeout !== undefined ? options.requestTimeout : 300000;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.maxHeaderSize = options.maxHeaderSize || 16384;
  this.requireHostHeader = options.requireHostHeader !== false;
  this.connectionsCheckingInterval = options.connectionsCheckingInterval || 30000;
  this._conns = {};
  this._connId = 0;
  // read on every request: own properties, not a miss down the chain
  this._closing = false;
  this._kaValue = -1;
  this._kaHeader = null;
  this._checker = null;
  this.on('connection', connectionListener);
  this.on('listening', startChecker);
}
inherits(Server, net.Server);

Server.prototype.setTimeout = function (msecs, cb) {
  this.timeout = msecs;
  if (cb) this.on('timeout', cb);
  return this;
};

Server.prototype.close = function (cb) {
  if (this._checker) {
    clearInterval(this._checker);
    this._checker = null;
  }
  net.Server.prototype.close.call(this, cb);
  this.closeIdleConnections();
  this._closing = true;
  return this;
};

Server.prototype.closeAllConnections = function () {
  for (var id in this._conns) this._conns[id].socket.destroy();
};

Server.prototype.closeIdleConnections = function () {
  for (var id in this._conns) {
    var c = this._conns[id];
    if (c.outHead === c.outgoing.length && !c.incoming) c.socket.destroy();
  }
};

function startChecker() {
  var server = this;
  if (server._checker || !(server.headersTimeout > 0 || server.requestTimeout > 0)) return;
  var every = Math.min(server.connectionsCheckingInterval,
    server.headersTimeout > 0 ? server.headersTimeout : Infinity);
  server._checker = setInterval(function () { checkConnections(server); }, every);
  server._checker.unref();
}

function checkConnections(server) {
  var ht = server.headersTimeout, rt = server.requestTimeout;
  for (var id in server._conns) {
    var c = server._conns[id];
    if (c.errored) continue;
    var age = c.parser.headersAge();
    if ((ht > 0 && age >= ht) || (rt > 0 && age >= rt) ||
        (rt > 0 && c.parser.requestAge() >= rt)) {
      respondError(c, 408, 'Request Timeout');
    }
  }
}

function connectionListener(socket) {
  var server = this;
  var parser = new Parser(REQUEST, server.maxHeaderSize);
  var conn = {
    id: ++server._connId,
    server: server,
    socket: socket,
    parser: parser,
    outgoing: [],
    outHead: 0,
    incoming: null,
    requests: 0,
    busy: false,
    ended: false,
    errored: false,
    upgradeReq: null,
    upgradeEvent: null
  };
  parser.conn = conn;
  parser.onHeaders = onServerHeaders;
  parser.onBody = onServerBody;
  parser.onComplete = onServerComplete;
  parser.onError = onServerParseError;
  parser.onEnd = onServerEnd;
  parser.onUpgradeHead = onServerUpgradeHead;
  socket._httpConn = conn;
  server._conns[conn.id] = conn;
  socket.on('error', socketOnError);
  socket.on('close', socketOnClose);
  // One repeating timer per connection, re-armed by any read or write:
  // when it fires an idle connection has outlived keepAliveTimeout, a busy
  // one server.timeout (each checked in socketOnTimeout).
  var t = server.keepAliveTimeout || 0;
  if (server.timeout && (!t || server.timeout < t)) t = server.timeout;
  if (t) socket.setTimeout(t);
  socket.on('timeout', socketOnTimeout);
  if (socket._handle) {
    var rc = parser.consume(socket._handle);
    if (rc < 0) socket.destroy(net._uvError(rc, 'read'));
  }
}

function socketOnError(err) {
  var conn = this._httpConn;
  if (conn && conn.server.listenerCount('clientError') > 0) {
    conn.server.emit('clientError', err, this);
  } else {
    this.destroy();
  }
}

function socketOnClose() {
  var conn = this._httpConn;
  if (!conn) return;
  this._httpConn = null;
  delete conn.server._conns[conn.id];
  var req = conn.incoming;
  if (req && !req.complete) {
    req.aborted = true;
    req.emit('aborted');
    req.destroy();
  }
  for (var i = conn.outHead; i < conn.outgoing.length; i++) {
    var res = conn.outgoing[i];
    if (res && !res.writableFinished) {
      res.destroyed = true;
      res.emit('close');
      if (res.req) res.req.emit('close');
    }
  }
  conn.outgoing.length = 0;
  conn.outHead = 0;
}

function socketOnTimeout() {
  var conn = this._httpConn;
  if (!conn) return;
  var server = conn.server;
  if (!conn.busy) {
    // idle: keep-alive over (a first request that never came, too)
    if (server.keepAliveTimeout || server.timeout) this.destroy();
    return;
  }
  if (!server.timeout) return;
  var res = conn.outgoing[conn.outHead];
  var handled = false;
  if (conn.incoming && conn.incoming.listenerCount('timeout')) {
    conn.incoming.emit('timeout', this);
    handled = true;
  }
  if (res && res.listenerCount('timeout')) {
    res.emit('timeout', this);
    handled = true;
  }
  if (server.listenerCount('timeout') && (conn.incoming || res)) {
    server.emit('timeout', this);
    handled = true;
  }
  if (!handled) this.destroy();
}

function onServerHeaders(major, minor, raw, method, url, st, msg, upgrade, keepAlive, complete, flags) {
  var conn = this.conn, server = conn.server, socket = conn.socket;
  var req = new server.IncomingMessage(socket);
  req.httpVersionMajor = major;
  req.httpVersionMinor = minor;
  req.httpVersion = major === 1 ? (minor === 1 ? '1.1' : minor === 0 ? '1.0' : '1.' + minor) : major + '.' + minor;
  var max = server.maxHeadersCount;
  var hasHost = (flags & 1) !== 0;
  if (max > 0) {
    // rawHeaders stays whole; req.headers holds the first max (Node)
    req._rawBlock = raw;
    if (req.rawHeaders.length > max * 2) {
      req._maxHeadersCount = max;
      hasHost = hasHostRaw(req.rawHeaders, max * 2);
    }
  }
  // HTTP/1.1 requires Host (Node's requireHostHeader), looked for after
  // maxHeadersCount has cut the list, as Node does.
  if (!hasHost && major === 1 && minor >= 1 && server.requireHostHeader) {
    respondError(conn, 400, 'Bad Request');
    return;
  }
  req._rawBlock = raw;
  req.method = method;
  req.url = url;
  if (upgrade) req.upgrade = true;
  req._parser = this;
  conn.requests++;
  // A request in progress: the keep-alive idle timer is off.
  conn.busy = true;

  if (upgrade) {
    var event = method === 'CONNECT' ? 'connect' : 'upgrade';
    if (server.listenerCount(event) > 0) {
      conn.upgradeReq = req;
      conn.upgradeEvent = event;
      return;
    }
  }
  conn.incoming = complete ? null : req;
  if (complete) {
    req.complete = true;
    req._lazyEnd = true;
  }
  var ka = keepAlive && !server._closing &&
    !(server.maxRequestsPerSocket > 0 && conn.requests >= server.maxRequestsPerSocket);
  var attached = conn.outgoing.length === conn.outHead;
  var res = new server.ServerResponse(req);
  res._conn = conn;
  res.shouldKeepAlive = ka;
  res.socket = socket;
  res._attached = attached;
  conn.outgoing.push(res);

  var expect = null;
  if ((flags & 2) && major === 1 && minor >= 1) {
    raw = req.rawHeaders;
    for (var i = 0; i < raw.length; i += 2) {
      if (raw[i].length === 6 && raw[i].toLowerCase() === 'expect') { expect = raw[i + 1]; break; }
    }
  }
  if (expect !== null) {
    if (/^100-continue$/i.test(expect)) {
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        server.emit('request', req, res);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
    return;
  }
  // emit('request') with its common case inlined: one listener
  var l = server._events.request;
  if (typeof l === 'function') l.call(server, req, res);
  else server.emit('request', req, res);
}

function hasHostRaw(raw, n) {
  for (var i = 0; i < n && i < raw.length; i += 2)
    if (raw[i].length === 4 && raw[i].toLowerCase() === 'host') return true;
  return false;
}

function onServerBody(buf) {
  var req = this.conn.incoming;
  if (req) pushBody(req, buf);
}

function onServerComplete(trailers) {
  var conn = this.conn;
  var req = conn.incoming;
  if (conn.upgradeReq) return;
  conn.incoming = null;
  if (req) finishBody(req, trailers);
}

function onServerUpgradeHead(head) {
  var conn = this.conn, socket = conn.socket, req = conn.upgradeReq;
  if (!req) {
    socket.destroy();
    return;
  }
  conn.upgradeReq = null;
  this.unconsume();
  delete conn.server._conns[conn.id];
  socket._httpConn = null;
  socket.removeListener('error', socketOnError);
  socket.removeListener('close', socketOnClose);
  socket.removeListener('timeout', socketOnTimeout);
  socket._handle.reading = true;
  conn.server.emit(conn.upgradeEvent, req, socket, head);
}

function badRequestResponse(status, text) {
  return 'HTTP/1.1 ' + status + ' ' + text + '\r\nConnection: close\r\n\r\n';
}

function respondError(conn, status, text) {
  var socket = conn.socket;
  conn.errored = true;
  conn.parser.unconsume();
  if (socket._handle) {
    socket._handle.reading = false;
    socket._handle.readStop();
  }
  var res = conn.outgoing[conn.outHead];
  if (socket.writable && (!res || !res.headersSent)) {
    socket._httpConn = null;
    delete conn.server._conns[conn.id];
    socket.end(badRequestResponse(status, text));
    socket.once('finish', function () { socket.destroy(); });
  } else {
    socket.destroy();
  }
}

function onServerParseError(code, reason, raw) {
  var conn = this.conn, server = conn.server, socket = conn.socket;
  var err = new Error('Parse Error: ' + reason);
  err.code = code;
  err.reason = reason;
  err.rawPacket = raw;
  if (server.listenerCount('clientError') > 0) {
    conn.errored = true;
    this.unconsume();
    if (socket._handle) {
      socket._handle.reading = false;
      socket._handle.readStop();
    }
    server.emit('clientError', err, socket);
    return;
  }
  if (code === 'HPE_HEADER_OVERFLOW') respondError(conn, 431, 'Request Header Fields Too Large');
  else if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') respondError(conn, 413, 'Payload Too Large');
  else respondError(conn, 400, 'Bad Request');
}

function onServerEnd(nread) {
  var conn = this.conn, socket = conn.socket;
  if (nread !== net._UV_EOF) {
    socket.destroy();
    return;
  }
  var r = this.finish();
  conn.ended = true;
  if (r instanceof Error) {
    socket.destroy();
    return;
  }
  if (conn.incoming && !conn.incoming.complete) {
    socket.destroy();
    return;
  }
  // The socket's readable side never sees the EOF (the parser consumed
  // it): end and destroy once flushed.
  if (conn.outHead === conn.outgoing.length) socket.destroySoon();
}

function onResponseFinished(conn, res) {
  var socket = conn.socket;
  var req = res.req;
  if (conn.outgoing[conn.outHead] === res) {
    conn.outgoing[conn.outHead] = null;
    conn.outHead++;
  }
  if (req) {
    // _lazyEnd: complete, and its Readable state never made (nobody read)
    if (req._lazyEnd ? req._events !== undefined && req.listenerCount('end') > 0 :
        (!req.complete || req.readableLength)) req._dump();
    if (req._events !== undefined && req.listenerCount('close') > 0) process.nextTick(emitCloseNT, req);
  }
  if (res._events !== undefined && res.listenerCount('close') > 0) res.emit('close');
  if (!socket._handle) return; // destroyed
  if (!res.shouldKeepAlive) {
    socket._httpConn = null;
    delete conn.server._conns[conn.id];
    conn.parser.unconsume();
    socket.destroySoon();
    return;
  }
  var next = conn.outgoing[conn.outHead];
  if (next) {
    next._attached = true;
    next._flushQueue();
    if (next.finished && next._pendingWrites === 0) next._onFinish();
    return;
  }
  conn.outgoing.length = 0;
  conn.outHead = 0;
  if (conn.ended && !conn.incoming) {
    socket.destroySoon();
    return;
  }
  if (!conn.incoming) conn.busy = false;
}

function emitCloseNT(x) { x.emit('close'); }

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

// ---- Agent ----

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.options = options || {};
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.keepAlive = !!this.options.keepAlive;
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
  this.totalSocketCount = 0;
  this.requests = Object.create(null);
  this.sockets = Object.create(null);
  this.freeSockets = Object.create(null);
  this.on('free', agentOnFree);
}
inherits(Agent, EventEmitter);
Agent.defaultMaxSockets = Infinity;

Agent.prototype.getName = function (options) {
  var name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += ':' + options.family;
  if (options.socketPath) name += ':' + options.socketPath;
  return name;
};

function removeFrom(list, s) {
  var i = list ? list.indexOf(s) : -1;
  if (i >= 0) list.splice(i, 1);
  return i >= 0;
}

function agentOnFree(socket, options) {
  var name = this.getName(options);
  if (socket.destroyed) return;
  var queue = this.requests[name];
  if (queue && queue.length) {
    var req = queue.shift();
    if (!queue.length) delete this.requests[name];
    req.onSocket(socket);
    return;
  }
  var free = this.freeSockets[name] || [];
  if (!this.keepAlive || free.length >= this.maxFreeSockets || socket._httpMessage) {
    socket.destroy();
    return;
  }
  removeFrom(this.sockets[name], socket);
  if (this.sockets[name] && !this.sockets[name].length) delete this.sockets[name];
  free.push(socket);
  this.freeSockets[name] = free;
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  if (this.options.timeout) socket.setTimeout(this.options.timeout);
}

Agent.prototype.addRequest = function (req, options) {
  var name = this.getName(options);
  var free = this.freeSockets[name];
  var socket;
  while (free && free.length) {
    socket = free.shift();
    if (!socket.destroyed) break;
    socket = null;
  }
  if (free && !free.length) delete this.freeSockets[name];
  if (socket) {
    socket.ref();
    socket.setTimeout(0);
    (this.sockets[name] || (this.sockets[name] = [])).push(socket);
    req.reusedSocket = true;
    req.onSocket(socket);
    return;
  }
  var active = this.sockets[name] ? this.sockets[name].length : 0;
  if (active < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this.createSocket(req, options, function (err, s) {
      if (err) req.onSocket(null, err);
      else req.onSocket(s);
    });
  } else {
    (this.requests[name] || (this.requests[name] = [])).push(req);
  }
};

Agent.prototype.createConnection = function (options, cb) {
  return net.createConnection(options, cb);
};

Agent.prototype.createSocket = function (req, options, cb) {
  var self = this;
  var name = this.getName(options);
  var opts = {};
  for (var k in options) opts[k] = options[k];
  opts._agentKey = name;
  var s = this.createConnection(opts);
  if (!s) return cb(new Error('createConnection returned nothing'));
  this.totalSocketCount++;
  (this.sockets[name] || (this.sockets[name] = [])).push(s);
  function onRemove() {
    self.removeSocket(s, options);
    s.removeListener('close', onRemove);
    s.removeListener('timeout', onTimeout);
    s.removeListener('agentRemove', onRemove);
  }
  function onTimeout() {
    if (self.freeSockets[name] && self.freeSockets[name].indexOf(s) >= 0) s.destroy();
  }
  s.on('close', onRemove);
  s.on('timeout', onTimeout);
  s.on('agentRemove', onRemove);
  s.on('error', function () {
    if (self.freeSockets[name] && self.freeSockets[name].indexOf(s) >= 0) s.destroy();
  });
  cb(null, s);
};

Agent.prototype.removeSocket = function (s, options) {
  var name = this.getName(options);
  var a = removeFrom(this.sockets[name], s);
  var b = removeFrom(this.freeSockets[name], s);
  if (a || b) this.totalSocketCount--;
  if (this.sockets[name] && !this.sockets[name].length) delete this.sockets[name];
  if (this.freeSockets[name] && !this.freeSockets[name].length) delete this.freeSockets[name];
  var queue = this.requests[name];
  if (queue && queue.length) {
    var req = queue.shift();
    if (!queue.length) delete this.requests[name];
    this.createSocket(req, options, function (err, ns) {
      if (err) req.onSocket(null, err);
      else req.onSocket(ns);
    });
  }
};

Agent.prototype.destroy = function () {
  var lists = [this.freeSockets, this.sockets], i, k, j;
  for (i = 0; i < lists.length; i++)
    for (k in lists[i]) {
      var arr = lists[i][k].slice();
      for (j = 0; j < arr.length; j++) arr[j].destroy();
    }
};

var globalAgent = new Agent({ keepAlive: true, timeout: 5000 });

// ---- ClientRequest ----

function parseUrl(s) {
  var m = /^([a-z][a-z0-9+.-]*:)\/\/(?:([^@\/?#]*)@)?(\[[^\]]+\]|[^\/:?#]*)(?::(\d*))?([^#]*)/i.exec(s);
  if (!m) throw errors.make(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  var host = m[3];
  return {
    protocol: m[1].toLowerCase(),
    auth: m[2] ? decodeURIComponent(m[2]) : undefined,
    hostname: host.charAt(0) === '[' ? host.slice(1, -1) : host,
    port: m[4] ? +m[4] : undefined,
    path: m[5] || '/'
  };
}

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  if (typeof input === 'string') {
    input = parseUrl(input);
  } else if (input && typeof input === 'object' && typeof input.href === 'string' && input.searchParams) {
    input = parseUrl(input.href);
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    var merged = {}, k;
    for (k in input) merged[k] = input[k];
    for (k in options) merged[k] = options[k];
    options = merged;
  }
  var agent = options.agent;
  if (agent === false) agent = new Agent();
  else if (agent === undefined || agent === null)
    agent = typeof options.createConnection === 'function' ? null : globalAgent;
  this.agent = agent;
  var protocol = options.protocol || 'http:';
  if (protocol !== 'http:')
    throw errors.make(TypeError, 'ERR_INVALID_PROTOCOL', 'Protocol "' + protocol + '" not supported. Expected "http:"');
  var port = options.port || (agent && agent.defaultPort) || 80;
  var host = options.hostname || options.host || 'localhost';
  if (typeof host === 'string' && host.charAt(0) === '[') host = host.slice(1, -1);
  var method = (options.method || 'GET');
  if (typeof method !== 'string' || !tokenRe.test(method))
    throw codes.ERR_INVALID_HTTP_TOKEN('Method', method);
  method = method.toUpperCase();
  this.method = method;
  var path = options.path || '/';
  if (/[\u0000-\u0020]/.test(path))
    throw errors.make(TypeError, 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
  this.path = path;
  this.host = host;
  this.protocol = protocol;
  this._isClient = true;
  this.timeout = options.timeout;
  this.reusedSocket = false;
  this.aborted = false;
  this.res = null;
  this._ended = false;
  this.maxHeadersCount = options.maxHeadersCount || null;
  this._options = { host: host, port: port, family: options.family, localAddress: options.localAddress,
    socketPath: options.socketPath, path: options.socketPath, timeout: options.timeout,
    lookup: options.lookup };
  if (options.socketPath) this._options.path = options.socketPath;
  else delete this._options.path;
  if (cb) this.once('response', cb);
  var headers = options.headers;
  if (headers) {
    if (Array.isArray(headers)) {
      for (var i = 0; i + 1 < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
    } else {
      for (var h in headers) if (headers[h] !== undefined) this.setHeader(h, headers[h]);
    }
  }
  if (options.setHost !== false && !Array.isArray(headers) && !this.hasHeader('host')) {
    var hostHeader = host.indexOf(':') >= 0 && host.charAt(0) !== '[' ? '[' + host + ']' : host;
    if (+port !== 80) hostHeader += ':' + port;
    this._defaultHost = hostHeader;
  }
  if (options.auth && !this.hasHeader('authorization'))
    this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
  this.shouldKeepAlive = agent ? agent.keepAlive : false;
  if (method === 'GET' || method === 'HEAD' || method === 'DELETE' || method === 'OPTIONS' ||
      method === 'TRACE' || method === 'CONNECT')
    this.useChunkedEncodingByDefault = false;
  this._isRequestWithoutBody = !this.useChunkedEncodingByDefault;
  var self = this;
  // options.signal (Node): aborting destroys the request with an
  // AbortError; aborted already, no socket is asked for.
  var signal = options.signal;
  if (signal !== undefined) {
    errors.validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) {
      this.destroy(errors.abortError(signal));
      return;
    }
  }
  if (agent) {
    agent.addRequest(this, this._options);
  } else {
    var s = options.createConnection(this._options);
    process.nextTick(function () { self.onSocket(s); });
  }
  if (this.timeout) this.setTimeout(this.timeout);
  if (signal !== undefined) {
    var onAbort = function () { self.destroy(errors.abortError(signal)); };
    signal.addEventListener('abort', onAbort, { once: true });
    this.once('close', function () { signal.removeEventListener('abort', onAbort); });
  }
}
inherits(ClientRequest, OutgoingMessage);

ClientRequest.prototype._implicitHeader = function (bodyLen) {
  if (bodyLen === undefined) bodyLen = -1;
  if (bodyLen === 0 && this._isRequestWithoutBody) bodyLen = 0;
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1', bodyLen);
};

ClientRequest.prototype._sendNow = function (line, headers, body, flags, cb) {
  var socket = this.socket;
  if (!socket || socket.destroyed) {
    if (cb) process.nextTick(cb, codes.ERR_STREAM_DESTROYED('write'));
    return false;
  }
  var buf = native.buildMessage(line, headers, body, flags);
  return socket.write(buf, cb);
};

ClientRequest.prototype.abort = function () {
  if (this.aborted) return;
  this.aborted = true;
  var self = this;
  process.nextTick(function () { self.emit('abort'); });
  this.destroy();
};

ClientRequest.prototype.destroy = function (err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this._destroyError = err || null;
  if (this.socket) this.socket.destroy(err);
  else if (err) {
    var self = this;
    process.nextTick(function () { self.emit('error', err); self.emit('close'); });
  } else {
    var me = this;
    process.nextTick(function () { me.emit('close'); });
  }
  return this;
};

ClientRequest.prototype.setNoDelay = function (v) {
  if (this.socket) this.socket.setNoDelay(v);
  else this.once('socket', function (s) { s.setNoDelay(v); });
};
ClientRequest.prototype.setSocketKeepAlive = function (e, d) {
  if (this.socket) this.socket.setKeepAlive(e, d);
  else this.once('socket', function (s) { s.setKeepAlive(e, d); });
};

ClientRequest.prototype.onSocket = function (socket, err) {
  var req = this;
  process.nextTick(function () {
    if (err) {
      req.emit('error', err);
      return;
    }
    if (req.destroyed) {
      if (req.agent) socket.emit('free');
      socket.destroy();
      req.emit('close');
      return;
    }
    tickOnSocket(req, socket);
  });
};

function tickOnSocket(req, socket) {
  var parser = new Parser(RESPONSE, 16384);
  req.socket = socket;
  req._parser = parser;
  socket._httpMessage = req;
  parser.req = req;
  parser.socket = socket;
  parser.onHeaders = onClientHeaders;
  parser.onBody = onClientBody;
  parser.onComplete = onClientComplete;
  if (req.method === 'HEAD') parser.skipBody();
  socket.on('data', socketOnData);
  socket.on('end', clientSocketOnEnd);
  socket.on('close', clientSocketOnClose);
  socket.on('error', clientSocketOnError);
  socket.on('drain', clientOnDrain);
  if (req.timeout !== undefined) socket.setTimeout(req.timeout);
  socket.on('timeout', clientOnTimeout);
  req._attached = true;
  req.emit('socket', socket);
  req._flushQueue();
  if (req.finished && !req.writableFinished) {
    req._onFinish();
  }
}

function clientOnDrain() {
  var req = this._httpMessage;
  if (req && req._needDrain) {
    req._needDrain = false;
    req.emit('drain');
  }
}

function clientOnTimeout() {
  var req = this._httpMessage;
  if (req && req.listenerCount('timeout')) req.emit('timeout');
  else if (req) req.destroy();
}

function socketOnData(d) {
  var req = this._httpMessage;
  if (!req || !req._parser) return;
  var parser = req._parser;
  var r = parser.execute(d);
  if (r instanceof Error) {
    detachClient(req, this);
    this.destroy();
    req.emit('error', r);
    return;
  }
}

function onClientHeaders(major, minor, raw, method, url, status, statusMessage, upgrade, keepAlive, complete) {
  var req = this.req, socket = this.socket;
  if (!req || req.res && !req.res.complete) return;
  if (status >= 100 && status < 200 && status !== 101) {
    var rawList = splitRaw(raw);
    var info = { statusCode: status, statusMessage: statusMessage, httpVersion: major + '.' + minor,
      httpVersionMajor: major, httpVersionMinor: minor, rawHeaders: rawList,
      headers: native.headersObject(rawList, 0) };
    if (status === 100) req.emit('continue');
    req.emit('information', info);
    return;
  }
  var res = new IncomingMessage(socket);
  res.httpVersionMajor = major;
  res.httpVersionMinor = minor;
  res.httpVersion = major + '.' + minor;
  res.statusCode = status;
  res.statusMessage = statusMessage;
  res._rawBlock = raw;
  res.upgrade = upgrade;
  res.req = req;
  res._parser = null;
  req.res = res;
  req._keepAlive = keepAlive && req.shouldKeepAlive;
  if (complete) {
    res.complete = true;
    res._lazyEnd = true;
  }
  if (!req.listenerCount('response')) {
    res._dump();
  }
  req.emit('response', res);
  if (complete) responseDone(req, socket);
}

function onClientBody(buf) {
  var req = this.req;
  if (req && req.res) pushBody(req.res, buf);
}

function onClientComplete(trailers) {
  var req = this.req;
  if (!req || !req.res) return;
  finishBody(req.res, trailers);
  responseDone(req, this.socket);
}

function detachClient(req, socket) {
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', clientSocketOnEnd);
  socket.removeListener('close', clientSocketOnClose);
  socket.removeListener('error', clientSocketOnError);
  socket.removeListener('drain', clientOnDrain);
  socket.removeListener('timeout', clientOnTimeout);
  socket._httpMessage = null;
  req._parser = null;
}

function responseDone(req, socket) {
  var res = req.res;
  var keep = req._keepAlive && req.agent && !req.destroyed;
  var finish = function () {
    if (req.res && !req.res._closeEmitted) {
      req.res._closeEmitted = true;
      process.nextTick(function () { res.emit('close'); req.emit('close'); });
    }
    if (keep && !socket.destroyed) {
      detachClient(req, socket);
      req.agent.emit('free', socket, req._options);
    } else {
      detachClient(req, socket);
      socket.destroySoon();
    }
  };
  if (req.writableFinished) finish();
  else req.once('finish', finish);
}

function clientSocketOnEnd() {
  var req = this._httpMessage;
  if (req) {
    var r = req._parser && req._parser.finish();
    if (r instanceof Error && !req.res) {
      req.emit('error', r);
    }
  }
  this.end();
}

function clientSocketOnClose(hadError) {
  var req = this._httpMessage;
  if (!req) return;
  detachClient(req, this);
  var res = req.res;
  if (res) {
    if (!res.complete) {
      res.aborted = true;
      res.emit('aborted');
      res.destroy(connResetError('aborted'));
    }
    if (!res._closeEmitted) {
      res._closeEmitted = true;
      res.emit('close');
    }
  } else if (!req._errorEmitted) {
    req._errorEmitted = true;
    if (!req.aborted || req._destroyError) {
      req.emit('error', req._destroyError || connResetError('socket hang up'));
    }
  }
  req.emit('close');
}

function clientSocketOnError(err) {
  var req = this._httpMessage;
  if (req && !req._errorEmitted) {
    req._errorEmitted = true;
    req.emit('error', err);
  }
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  var req = request(url, options, cb);
  req.end();
  return req;
}

// Duktape looks a property up one prototype at a time, and a store of a
// new own property also walks the chain (for setters): copy everything
// inherited onto the per-request prototypes (the chain stays, so
// instanceof holds) and declare every per-instance field there.
function flatten(proto) {
  var p = Object.getPrototypeOf(proto);
  while (p !== null && p !== Object.prototype) {
    var names = Object.getOwnPropertyNames(p);
    for (var i = 0; i < names.length; i++) {
      var k = names[i];
      if (k === 'constructor' || Object.prototype.hasOwnProperty.call(proto, k)) continue;
      Object.defineProperty(proto, k, Object.getOwnPropertyDescriptor(p, k));
    }
    p = Object.getPrototypeOf(p);
  }
}
IMP.socket = null;
IMP.req = null;
IMP._readableStateOwn = null;
ServerResponse.prototype.req = null;
flatten(IncomingMessage.prototype);
flatten(ServerResponse.prototype);
flatten(ClientRequest.prototype);

exports.STATUS_CODES = STATUS_CODES;
exports.METHODS = METHODS;
exports.Agent = Agent;
exports.globalAgent = globalAgent;
exports.ClientRequest = ClientRequest;
exports.IncomingMessage = IncomingMessage;
exports.OutgoingMessage = OutgoingMessage;
exports.Server = Server;
exports.ServerResponse = ServerResponse;
exports.createServer = createServer;
exports.request = request;
exports.get = get;
exports.validateHeaderName = validateHeaderName;
exports.validateHeaderValue = validateHeaderValue;
exports.maxHeaderSize = 16384;

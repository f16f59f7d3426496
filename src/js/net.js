// net: TCP and Unix-socket servers and sockets (Node's lib/net.js, ES5).
// The native half (src/net.c) owns the uv handles; a Socket is a Duplex
// over one handle: reads arrive through handle.onread, writes go through
// handle.write (uv_try_write first, the rest queued in C).
'use strict';

var EventEmitter = require('events');
var stream = require('stream');
var errors = require('internal/errors');

var Handle = native.Handle;
var UV_EOF = native.UV_EOF;

function isIP(s) { return native.isIP(typeof s === 'string' ? s : String(s)); }
function isIPv4(s) { return isIP(s) === 4; }
function isIPv6(s) { return isIP(s) === 6; }

function uvError(err, syscall, address, port) {
  return native.uvError(err, syscall, address, port);
}

var inherits = require('internal/util').inherits;

function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }
function isPipeName(s) { return typeof s === 'string' && toNumber(s) === false; }

function validatePort(port, name) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim() === '') ||
      +port !== (+port >>> 0) || port > 0xFFFF) {
    var e = new RangeError((name || 'Port') + ' should be >= 0 and < 65536. Received ' +
      (typeof port === 'string' ? "type string ('" + port + "')" : typeof port + ' (' + String(port) + ')') + '.');
    e.code = 'ERR_SOCKET_BAD_PORT';
    throw e;
  }
  return port | 0;
}

// ---- Socket ----

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  options = options || {};
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._host = null;
  this._pendingWrite = null;
  this._timeoutMs = 0;
  this._unref = false;
  this._closed = false;
  this._bytesRead = 0;
  this._bytesWritten = 0;
  this.server = null;
  this._server = null;
  this._peername = null;
  this._sockname = null;
  stream.Duplex.call(this, {
    allowHalfOpen: !!options.allowHalfOpen,
    decodeStrings: false,
    emitClose: false,
    autoDestroy: true,
    readableHighWaterMark: options.readableHighWaterMark,
    writableHighWaterMark: options.writableHighWaterMark
  });
  this.allowHalfOpen = !!options.allowHalfOpen;
  this.on('end', onReadableStreamEnd);
  if (options.handle) {
    this._attach(options.handle);
    // As Node: a socket made from a handle starts reading at once.
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this.pause();
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
}
inherits(Socket, stream.Duplex);

Socket.prototype._attach = function (handle) {
  this._handle = handle;
  handle.owner = this;
  handle.onread = onStreamRead;
  handle.ontimeout = onTimeout;
  if (this._timeoutMs) handle.setTimeout(this._timeoutMs);
  if (this._unref) handle.setRef(false);
};

// Without allowHalfOpen, Duplex ends the writable side on the next tick
// after 'end'; 'end' listeners may still write until then (Node).
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded)
    return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  var er = makeCode(Error, 'EPIPE', 'This socket has been ended by the other party');
  var self = this;
  process.nextTick(function () {
    self.destroy(er);
    if (typeof cb === 'function') cb(er);
  });
  return false;
}

function onTimeout() {
  var self = this.owner;
  if (self) self.emit('timeout');
}

function onStreamRead(nread, buf) {
  var self = this.owner;
  if (!self || self.destroyed) return;
  if (nread > 0) {
    self._bytesRead += nread;
    if (!self.push(buf)) {
      this.reading = false;
      this.readStop();
    }
    return;
  }
  if (nread === UV_EOF) {
    this.reading = false;
    this.readStop();
    self.push(null);
    // A socket whose readable side ended and which does not allow half-open
    // is ended by onReadableStreamEnd once 'end' has been emitted.
    if (self.readableLength === 0) self.read(0);
    return;
  }
  self.destroy(uvError(nread, 'read'));
}

Object.defineProperty(Socket.prototype, 'bytesRead', {
  get: function () { return this._bytesRead; }
});
Object.defineProperty(Socket.prototype, 'bytesWritten', {
  get: function () {
    var n = this._handle ? this._handle.stats()[1] : this._bytesWritten;
    var st = this._writableState;
    if (st && st.length) n += st.length;
    return n;
  }
});
Object.defineProperty(Socket.prototype, 'readyState', {
  get: function () {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }
});
Object.defineProperty(Socket.prototype, 'pending', {
  get: function () { return !this._handle || this.connecting; }
});
Object.defineProperty(Socket.prototype, 'bufferSize', {
  get: function () {
    if (!this._handle) return undefined;
    return this.writableLength + this._handle.stats()[2];
  }
});

Socket.prototype._getpeername = function () {
  if (!this._peername) {
    if (!this._handle || this.connecting) return {};
    var p = this._handle.getpeername();
    if (!p) return {};
    this._peername = p;
  }
  return this._peername;
};
Socket.prototype._getsockname = function () {
  if (!this._handle) return {};
  if (!this._sockname) {
    var s = this._handle.getsockname();
    if (!s) return {};
    this._sockname = s;
  }
  return this._sockname;
};
Socket.prototype.address = function () { return this._getsockname(); };

function addrGetter(which, key) {
  return { get: function () { return this[which]()[key]; }, configurable: true };
}
Object.defineProperty(Socket.prototype, 'remoteAddress', addrGetter('_getpeername', 'address'));
Object.defineProperty(Socket.prototype, 'remoteFamily', addrGetter('_getpeername', 'family'));
Object.defineProperty(Socket.prototype, 'remotePort', addrGetter('_getpeername', 'port'));
Object.defineProperty(Socket.prototype, 'localAddress', addrGetter('_getsockname', 'address'));
Object.defineProperty(Socket.prototype, 'localFamily', addrGetter('_getsockname', 'family'));
Object.defineProperty(Socket.prototype, 'localPort', addrGetter('_getsockname', 'port'));

Socket.prototype.setNoDelay = function (enable) {
  if (this._handle && !this._handle.isPipe)
    this._handle.setNoDelay(enable === undefined ? true : !!enable);
  else this._noDelay = enable === undefined ? true : !!enable;
  return this;
};

Socket.prototype.setKeepAlive = function (enable, initialDelay) {
  var delay = Math.floor((initialDelay || 0) / 1000);
  if (this._handle && !this._handle.isPipe) this._handle.setKeepAlive(!!enable, delay);
  else this._keepAlive = [!!enable, delay];
  return this;
};

Socket.prototype.setTimeout = function (msecs, callback) {
  if (typeof msecs !== 'number' || msecs !== msecs || msecs < 0)
    throw errors.invalidArgType('msecs', 'number', msecs);
  this._timeoutMs = msecs;
  if (this._handle) this._handle.setTimeout(msecs);
  if (callback !== undefined) {
    if (typeof callback !== 'function')
      throw errors.invalidArgType('callback', 'function', callback);
    if (msecs === 0) this.removeListener('timeout', callback);
    else this.once('timeout', callback);
  }
  return this;
};
Object.defineProperty(Socket.prototype, 'timeout', {
  get: function () { return this._timeoutMs || undefined; }
});

Socket.prototype.ref = function () {
  this._unref = false;
  if (this._handle) this._handle.setRef(true);
  return this;
};
Socket.prototype.unref = function () {
  this._unref = true;
  if (this._handle) this._handle.setRef(false);
  return this;
};

Socket.prototype._read = function () {
  if (this.connecting || !this._handle) {
    this.once('connect', function () { this._read(); });
    return;
  }
  if (!this._handle.reading) {
    this._handle.reading = true;
    var rc = this._handle.readStart();
    if (rc < 0) this.destroy(uvError(rc, 'read'));
  }
};

Socket.prototype.pause = function () {
  if (this._handle && this._handle.reading && !this.connecting) {
    this._handle.reading = false;
    this._handle.readStop();
  }
  return stream.Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function () {
  if (this._handle && !this._handle.reading && !this.connecting && !this.destroyed) {
    this._handle.reading = true;
    this._handle.readStart();
  }
  return stream.Duplex.prototype.resume.call(this);
};

function toWritable(chunk, encoding) {
  if (typeof chunk === 'string' && encoding && encoding !== 'utf8' &&
      encoding !== 'utf-8' && encoding !== 'ascii' && encoding !== 'buffer')
    return Buffer.from(chunk, encoding);
  return chunk;
}

function chunkLength(c) {
  return typeof c === 'string' ? Buffer.byteLength(c) : c.length;
}

Socket.prototype._writeGeneric = function (data, cb) {
  if (this.connecting || !this._handle) {
    if (!this._handle && !this.connecting) {
      cb(makeCode(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
      return;
    }
    this._pendingWrite = [data, cb];
    return;
  }
  // No closure per write: a write the kernel could not take at once calls
  // this._onWrite(status) later; libuv completes a stream's writes in
  // order, so the callbacks wait in a FIFO.
  var rc = this._handle.write(data, this);
  if (rc === 0) {
    cb();
  } else if (rc === 1) {
    var q = this._writeCbs;
    if (q === null) q = this._writeCbs = [];
    q.push(cb);
  } else {
    var err = uvError(rc, 'write');
    this.destroy(err);
    cb(err);
  }
};

Socket.prototype._writeCbs = null;
Socket.prototype._writeCbHead = 0;
Socket.prototype._onWrite = function (status) {
  var q = this._writeCbs;
  if (q === null || this._writeCbHead >= q.length) return;
  var cb = q[this._writeCbHead];
  q[this._writeCbHead++] = null;
  if (this._writeCbHead === q.length) {
    q.length = 0;
    this._writeCbHead = 0;
  }
  if (status < 0) {
    var err = uvError(status, 'write');
    this.destroy(err);
    cb(err);
    return;
  }
  cb();
};

Socket.prototype._write = function (chunk, encoding, cb) {
  this._writeGeneric(toWritable(chunk, encoding), cb);
};

Socket.prototype._writev = function (chunks, cb) {
  var arr = new Array(chunks.length);
  for (var i = 0; i < chunks.length; i++)
    arr[i] = toWritable(chunks[i].chunk, chunks[i].encoding);
  this._writeGeneric(arr, cb);
};

Socket.prototype._final = function (cb) {
  if (this.connecting || !this._handle) {
    if (this.connecting) {
      this.once('connect', function () { this._final(cb); });
      return;
    }
    return cb();
  }
  var self = this;
  var rc = this._handle.shutdown(function (status) {
    // ENOTCONN: the peer is gone; the writable side is done anyway.
    cb();
  });
  if (rc < 0) cb();
};

Socket.prototype.end = function (data, encoding, cb) {
  stream.Duplex.prototype.end.call(this, data, encoding, cb);
  return this;
};

Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function (err, cb) {
  var self = this;
  this.connecting = false;
  if (this._handle) {
    var h = this._handle;
    var st = h.stats();
    if (st) this._bytesWritten = st[1];
    this._handle = null;
    h.owner = null;
    h.onread = null;
    var isException = !!err;
    h.close(function () {
      self._closed = true;
      self.emit('close', isException);
    });
    cb(err);
  } else {
    cb(err);
    process.nextTick(function () {
      self._closed = true;
      self.emit('close', !!err);
    });
  }
  if (this._server) {
    this._server._connections--;
    var server = this._server;
    this._server = null;
    server._emitCloseIfDrained();
  }
};

Socket.prototype.resetAndDestroy = function () {
  return this.destroy();
};

// ---- connecting ----

function normalizeArgs(args) {
  var arr;
  if (args.length === 0) return [{}, null];
  var a0 = args[0];
  var options = {};
  if (typeof a0 === 'object' && a0 !== null) {
    options = a0;
  } else if (isPipeName(a0)) {
    options.path = a0;
  } else {
    options.port = a0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  var cb = args[args.length - 1];
  arr = [options, typeof cb === 'function' ? cb : null];
  return arr;
}

Socket.prototype.connect = function () {
  var normalized = Array.isArray(arguments[0]) && arguments[0].length === 2 &&
    arguments[0].normalized ? arguments[0] : normalizeArgs(arguments);
  var options = normalized[0], cb = normalized[1];
  var self = this;
  if (this.destroyed) {
    this._readableState.reading = false;
    this._readableState.ended = false;
    this._readableState.endEmitted = false;
    this._writableState.ended = false;
    this._writableState.ending = false;
    this._writableState.finished = false;
    this._writableState.errorEmitted = false;
    this._writableState.destroyed = false;
    this._readableState.destroyed = false;
    this._closed = false;
  }
  if (cb) this.once('connect', cb);
  this.connecting = true;
  if (options.timeout) this.setTimeout(options.timeout);
  var path = options.path;
  if (path !== undefined && path !== null) {
    if (typeof path !== 'string') throw errors.invalidArgType('options.path', 'string', path);
    this._attach(new Handle(true));
    var rc = this._handle.connect(path, function (status) { afterConnect(self, status, path); });
    if (rc < 0) failConnect(this, uvError(rc, 'connect', path));
    return this;
  }
  var port = options.port;
  if (port === undefined || port === null)
    throw errors.missingArgs(['options', 'port', 'path']);
  port = validatePort(port, 'Port');
  var host = options.host || 'localhost';
  this._host = host;
  var family = options.family || 0;
  if (isIP(host)) {
    process.nextTick(function () { connectTo(self, host, port, options); });
  } else {
    var dns = require('dns');
    var lookup = options.lookup || dns.lookup;
    lookup(host, { family: family, hints: options.hints || 0 }, function (err, ip, fam) {
      if (!self.connecting) return;
      if (err) {
        self.emit('lookup', err, ip, fam, host);
        failConnect(self, err);
        return;
      }
      self.emit('lookup', null, ip, fam, host);
      connectTo(self, ip, port, options);
    });
  }
  return this;
};

function failConnect(self, err) {
  self.connecting = false;
  process.nextTick(function () { self.destroy(err); });
}

function connectTo(self, ip, port, options) {
  if (!self.connecting || self.destroyed) return;
  var h;
  try {
    h = new Handle(false);
  } catch (e) {
    failConnect(self, e);
    return;
  }
  self._attach(h);
  if (self._noDelay) h.setNoDelay(true);
  if (self._keepAlive) h.setKeepAlive(self._keepAlive[0], self._keepAlive[1]);
  if (options.localAddress || options.localPort) {
    var brc = h.bind(options.localAddress || (isIPv6(ip) ? '::' : '0.0.0.0'),
      options.localPort || 0, 0);
    if (brc < 0) {
      failConnect(self, uvError(brc, 'bind', options.localAddress, options.localPort));
      return;
    }
  }
  var rc = h.connect(ip, port, function (status) { afterConnect(self, status, ip, port); });
  if (rc < 0) failConnect(self, uvError(rc, 'connect', ip, port));
}

function afterConnect(self, status, address, port) {
  if (self.destroyed) return;
  self.connecting = false;
  if (status < 0) {
    self.destroy(uvError(status, 'connect', address, port));
    return;
  }
  self._sockname = null;
  self.emit('connect');
  self.emit('ready');
  var pw = self._pendingWrite;
  if (pw) {
    self._pendingWrite = null;
    self._writeGeneric(pw[0], pw[1]);
  }
  if (!self.isPaused() || self._readableState.flowing === null) {
    self._read();
  }
  if (self.writableEnded && self._writableState.finalCalled === undefined) {
    // nothing: _final waits for 'connect' itself
  }
}

function connect() {
  var normalized = normalizeArgs(arguments);
  var options = normalized[0];
  var socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  normalized.normalized = true;
  return socket.connect(normalized);
}

// ---- Server ----

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  }
  options = options || {};
  if (connectionListener) this.on('connection', connectionListener);
  this._connections = 0;
  this._handle = null;
  this._unref = false;
  this._pipeName = undefined;
  this.allowHalfOpen = !!options.allowHalfOpen;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = !!options.noDelay;
  this.keepAlive = !!options.keepAlive;
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.maxConnections = undefined;
}
inherits(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  get: function () { return !!this._handle && !!this._listening; },
  configurable: true
});

Server.prototype.listen = function () {
  var args = Array.prototype.slice.call(arguments);
  var cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  var options = {};
  var a0 = args[0];
  if (a0 !== null && typeof a0 === 'object') {
    options = a0;
    if (options._handle || options.handle) throw errors.make(Error, 'ERR_INVALID_ARG_VALUE', 'listening on a handle is not supported');
  } else if (isPipeName(a0)) {
    options = { path: a0, backlog: args[1] };
  } else {
    options = { port: a0 };
    if (typeof args[1] === 'string') {
      options.host = args[1];
      options.backlog = args[2];
    } else {
      options.backlog = args[1];
    }
  }
  if (this._handle) {
    var e = errors.make(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
    throw e;
  }
  if (cb) this.once('listening', cb);
  var backlog = typeof options.backlog === 'number' ? options.backlog : 511;
  var self = this;
  if (options.path !== undefined) {
    this._pipeName = options.path;
    listenOn(this, null, -1, options.path, backlog, 0);
    return this;
  }
  var port = options.port === undefined || options.port === null ? 0 : options.port;
  if (typeof port !== 'number' && typeof port !== 'string')
    throw errors.invalidArgValue('options', options, 'is invalid');
  port = validatePort(port, 'options.port');
  var flags = options.ipv6Only ? 1 : 0;
  var host = options.host;
  if (host === undefined || host === null || host === '') {
    listenOn(this, null, port, null, backlog, flags);
  } else if (isIP(host)) {
    listenOn(this, host, port, null, backlog, flags);
  } else {
    require('dns').lookup(host, function (err, ip) {
      if (err) {
        self.emit('error', err);
        return;
      }
      listenOn(self, ip, port, null, backlog, flags);
    });
  }
  return this;
};

function listenOn(self, host, port, path, backlog, flags) {
  var h, rc, addr = host;
  if (path !== null) {
    h = new Handle(true);
    rc = h.bind(path);
  } else {
    h = new Handle(false);
    if (host === null) {
      // Like Node: the IPv6 any address, falling back to IPv4's.
      addr = '::';
      rc = h.bind('::', port, flags);
      if (rc < 0) {
        h.close();
        h = new Handle(false);
        addr = '0.0.0.0';
        rc = h.bind('0.0.0.0', port, flags);
      }
    } else {
      rc = h.bind(host, port, flags);
    }
  }
  if (rc === 0) rc = h.listen(backlog);
  if (rc < 0) {
    h.close();
    var err = uvError(rc, 'listen', path !== null ? path : addr, path !== null ? undefined : port);
    process.nextTick(function () { self.emit('error', err); });
    return;
  }
  h.owner = self;
  h.onconnection = onConnection;
  self._handle = h;
  self._listening = true;
  if (self._unref) h.setRef(false);
  process.nextTick(function () {
    if (self._handle === h) self.emit('listening');
  });
}

function onConnection(err, clientHandle) {
  var self = this.owner;
  if (!self) {
    if (clientHandle) clientHandle.close();
    return;
  }
  if (err) {
    self.emit('error', uvError(err, 'accept'));
    return;
  }
  if (self.maxConnections !== undefined && self._connections >= self.maxConnections) {
    clientHandle.close();
    self.emit('drop', {});
    return;
  }
  var socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect
  });
  if (self.noDelay) clientHandle.setNoDelay(true);
  if (self.keepAlive) clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

Server.prototype.address = function () {
  if (!this._handle) return null;
  if (this._pipeName !== undefined) return this._pipeName;
  return this._handle.getsockname() || null;
};

Server.prototype.close = function (cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function () {
        cb(errors.make(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.'));
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.owner = null;
    this._handle.close();
    this._handle = null;
    this._listening = false;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function () {
  if (this._handle || this._connections > 0 || this._closeScheduled) return;
  var self = this;
  this._closeScheduled = true;
  process.nextTick(function () {
    self._closeScheduled = false;
    if (self._handle || self._connections > 0) return;
    self.emit('close');
  });
};

Server.prototype.getConnections = function (cb) {
  var n = this._connections;
  process.nextTick(function () { cb(null, n); });
  return this;
};

Server.prototype.ref = function () {
  this._unref = false;
  if (this._handle) this._handle.setRef(true);
  return this;
};
Server.prototype.unref = function () {
  this._unref = true;
  if (this._handle) this._handle.setRef(false);
  return this;
};

function makeCode(Ctor, code, msg) { return errors.make(Ctor, code, msg); }

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

exports.Server = Server;
exports.Socket = Socket;
exports.Stream = Socket;
exports.createServer = createServer;
exports.connect = connect;
exports.createConnection = connect;
exports.isIP = isIP;
exports.isIPv4 = isIPv4;
exports.isIPv6 = isIPv6;
exports._normalizeArgs = normalizeArgs;
exports._uvError = uvError;
exports._UV_EOF = UV_EOF;

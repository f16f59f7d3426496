// internal/fs/promises: fs.promises and require('fs/promises'): the callback
// API wrapped in promises, and FileHandle (an open fd with methods, closed
// by close()). As in Node, argument errors reject rather than throw.
'use strict';

var fs = require('fs');
var errors = require('internal/errors');
var EE = require('events');

function call(fn, args) {
  return new Promise(function (resolve, reject) {
    var a = Array.prototype.slice.call(args);
    a.push(function (err, value) { if (err) reject(err); else resolve(value); });
    try { fn.apply(fs, a); } catch (e) { reject(e); }
  });
}

function wrap(name) {
  var fn = fs[name];
  return function () { return call(fn, arguments); };
}

// ---- FileHandle ----

function FileHandle(fd) {
  EE.call(this);
  this._fd = fd;
  this._closing = null;
}
FileHandle.prototype = Object.create(EE.prototype, {
  constructor: { value: FileHandle, writable: true, configurable: true }
});
Object.defineProperty(FileHandle.prototype, 'fd', {
  get: function () { return this._fd; }, configurable: true
});

function closedError(syscall) {
  var e = new Error('EBADF: bad file descriptor, ' + syscall);
  e.code = 'EBADF'; e.errno = -9; e.syscall = syscall;
  return e;
}

function onFd(name, syscall, mapper) {
  return function () {
    var self = this, args = Array.prototype.slice.call(arguments);
    if (this._fd < 0) return Promise.reject(closedError(syscall));
    args.unshift(this._fd);
    return call(fs[name], args).then(mapper ? function (v) { return mapper.call(self, v, args); } : undefined);
  };
}

FileHandle.prototype.stat = onFd('fstat', 'fstat');
FileHandle.prototype.truncate = onFd('ftruncate', 'ftruncate');
FileHandle.prototype.sync = onFd('fsync', 'fsync');
FileHandle.prototype.datasync = onFd('fdatasync', 'fdatasync');
FileHandle.prototype.chmod = onFd('fchmod', 'fchmod');
FileHandle.prototype.chown = onFd('fchown', 'fchown');
FileHandle.prototype.utimes = onFd('futimes', 'futime');

FileHandle.prototype.read = function (buffer, offset, length, position) {
  var fd = this._fd;
  if (fd < 0) return Promise.reject(closedError('read'));
  if (buffer === undefined || buffer === null || (!ArrayBuffer.isView(buffer) && typeof buffer === 'object')) {
    var o = buffer || {};
    buffer = o.buffer !== undefined ? o.buffer : (Buffer.alloc ? Buffer.alloc(16384) : new Buffer(16384));
    offset = o.offset; length = o.length; position = o.position;
  }
  return new Promise(function (resolve, reject) {
    try {
      fs.read(fd, buffer, offset === undefined ? 0 : offset,
        length === undefined ? buffer.byteLength - (offset || 0) : length,
        position === undefined ? null : position,
        function (err, bytesRead) {
          if (err) reject(err); else resolve({ bytesRead: bytesRead, buffer: buffer });
        });
    } catch (e) { reject(e); }
  });
};

FileHandle.prototype.write = function (data, a, b, c) {
  var fd = this._fd;
  if (fd < 0) return Promise.reject(closedError('write'));
  var args = Array.prototype.slice.call(arguments);
  return new Promise(function (resolve, reject) {
    args.unshift(fd);
    args.push(function (err, n, buf) {
      if (err) reject(err); else resolve({ bytesWritten: n, buffer: buf });
    });
    try { fs.write.apply(fs, args); } catch (e) { reject(e); }
  });
};

FileHandle.prototype.readv = function (buffers, position) {
  var fd = this._fd;
  return new Promise(function (resolve, reject) {
    fs.readv(fd, buffers, position, function (err, n) {
      if (err) reject(err); else resolve({ bytesRead: n, buffers: buffers });
    });
  });
};
FileHandle.prototype.writev = function (buffers, position) {
  var fd = this._fd;
  return new Promise(function (resolve, reject) {
    fs.writev(fd, buffers, position, function (err, n) {
      if (err) reject(err); else resolve({ bytesWritten: n, buffers: buffers });
    });
  });
};

FileHandle.prototype.readFile = function (options) {
  if (this._fd < 0) return Promise.reject(closedError('read'));
  return call(fs.readFile, [this._fd, options]);
};
FileHandle.prototype.writeFile = function (data, options) {
  if (this._fd < 0) return Promise.reject(closedError('write'));
  return call(fs.writeFile, [this._fd, data, options]);
};
FileHandle.prototype.appendFile = FileHandle.prototype.writeFile;

FileHandle.prototype.close = function () {
  var self = this;
  if (this._fd < 0) return this._closing || Promise.resolve();
  var fd = this._fd;
  this._fd = -1;
  this._closing = call(fs.close, [fd]).then(function () { self.emit('close'); });
  return this._closing;
};

FileHandle.prototype.createReadStream = function (options) {
  var o = {};
  for (var k in options || {}) o[k] = options[k];
  o.fd = this;
  return fs.createReadStream(null, o);
};
FileHandle.prototype.createWriteStream = function (options) {
  var o = {};
  for (var k in options || {}) o[k] = options[k];
  o.fd = this;
  return fs.createWriteStream(null, o);
};

exports.FileHandle = FileHandle;

// ---- the module functions ----

exports.open = function open(path, flags, mode) {
  return call(fs.open, [path, flags === undefined ? 'r' : flags, mode === undefined ? 438 : mode])
    .then(function (fd) { return new FileHandle(fd); });
};

['access', 'copyFile', 'rename', 'truncate', 'rm', 'rmdir', 'mkdir', 'readdir',
 'readlink', 'symlink', 'lstat', 'stat', 'link', 'unlink', 'chmod', 'lchown',
 'chown', 'utimes', 'lutimes', 'realpath', 'mkdtemp', 'statfs', 'opendir', 'cp'].forEach(function (name) {
  exports[name] = wrap(name);
});

function target(p) { return p instanceof FileHandle ? p._fd : p; }

exports.readFile = function readFile(path, options) {
  return call(fs.readFile, [target(path), options]);
};
exports.writeFile = function writeFile(path, data, options) {
  return call(fs.writeFile, [target(path), data, options]);
};
exports.appendFile = function appendFile(path, data, options) {
  return call(fs.appendFile, [target(path), data, options]);
};
exports.constants = fs.constants;

// internal/stdio: process.stdin, process.stdout and process.stderr as
// streams over whatever the fd is (tty, pipe, file, socket). process.js
// defines them as lazy getters that load this module on first touch.
// Writes are synchronous, as Node's are on POSIX for files, pipes and ttys,
// so output is never lost at process.exit(). stdin reads through a
// uv_tty_t/uv_pipe_t (src/stdio.c), or through fs.ReadStream for a file.
'use strict';

var stream = require('stream');

function defineWinsize(s, fd) {
  Object.defineProperty(s, 'columns', {
    get: function () { var w = native.windowSize(fd); return w ? w[0] : undefined; },
    enumerable: true, configurable: true
  });
  Object.defineProperty(s, 'rows', {
    get: function () { var w = native.windowSize(fd); return w ? w[1] : undefined; },
    enumerable: true, configurable: true
  });
  s.getWindowSize = function () { return native.windowSize(fd) || [80, 24]; };
  // Node's logic, in tty.js (loaded when a script asks).
  s.hasColors = function (count, env) {
    return require('tty').hasColors(count, env);
  };
  s.getColorDepth = function (env) {
    return require('tty').getColorDepth(env);
  };
}

function createWritable(fd) {
  var type = native.guessHandle(fd);
  var s = new stream.Writable({
    decodeStrings: false,
    write: function (chunk, encoding, cb) {
      try {
        if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' &&
            typeof Buffer.from === 'function')
          chunk = Buffer.from(chunk, encoding);
        native.writeSync(fd, chunk);
      } catch (e) {
        return cb(e);
      }
      cb();
    }
  });
  s.fd = fd;
  s._type = type.toLowerCase();
  s._isStdio = true;
  // stdout/stderr are never really closed (Node: destroy is a no-op on them).
  s._destroy = function (err, cb) { cb(err); };
  s.destroySoon = s.destroy;
  if (type === 'TTY') {
    s.isTTY = true;
    defineWinsize(s, fd);
  }
  return s;
}

function createReadable(fd) {
  var type = native.guessHandle(fd);
  var s;
  if (type === 'FILE') {
    s = require('fs').createReadStream(null, { fd: fd, autoClose: false });
  } else {
    var opened = false;
    s = new stream.Readable({
      highWaterMark: 65536,
      read: function () {
        if (!opened) {
          opened = true;
          if (!native.openReader(s, fd, onread)) {
            s.push(null);
            return;
          }
        }
        native.readStart(s);
      },
      destroy: function (err, cb) {
        native.closeReader(s);
        cb(err);
      }
    });
    var onread = function (err, ab) {
      if (err) return s.destroy(err);
      if (ab === null) {
        native.readStop(s);
        s.push(null);
        return;
      }
      var buf = typeof Buffer.from === 'function' && Buffer.from !== Uint8Array.from
        ? Buffer.from(ab) : (function () { var u = new Uint8Array(ab); Object.setPrototypeOf(u, Buffer.prototype); return u; })();
      if (!s.push(buf)) native.readStop(s);
    };
    s.on('pause', function () { if (opened) native.readStop(s); });
    if (type === 'TTY') {
      s.isTTY = true;
      s.isRaw = false;
      s.setRawMode = function (on) {
        if (!opened) { opened = true; native.openReader(s, fd, onread); }
        native.setRawMode(s, !!on);
        s.isRaw = !!on;
        return s;
      };
    }
    s.ref = function () { native.setRef(s, true); return s; };
    s.unref = function () { native.setRef(s, false); return s; };
  }
  s.fd = fd;
  s._isStdio = true;
  return s;
}

var cache = {};
function lazy(name, make) {
  Object.defineProperty(exports, name, {
    get: function () {
      if (!cache[name]) cache[name] = make();
      return cache[name];
    },
    enumerable: true, configurable: true
  });
}
lazy('stdin', function () { return createReadable(0); });
lazy('stdout', function () { return createWritable(1); });
lazy('stderr', function () { return createWritable(2); });
// For tty.WriteStream/ReadStream over other terminal fds.
exports.createWritable = createWritable;
exports.createReadable = createReadable;

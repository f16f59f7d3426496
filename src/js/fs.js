// fs: Node's file system API. Every call has a callback form (libuv thread
// pool), a *Sync form and a promise form (fs.promises, see
// internal/fs/promises). The native half (src/fs.c) does one uv_fs_* call
// per binding, and readFile/writeFile as whole-file jobs in C; this file
// validates arguments, converts paths/flags/modes/encodings and builds
// Stats, Dirent and the composite calls (mkdir -p, rm -r, truncate...).
'use strict';

var errors = require('internal/errors');
var utils = require('internal/fs/utils');

var C = native.constants;
var getPath = utils.getPath;
var stringToFlags = utils.stringToFlags;
var parseMode = utils.parseMode;
var Stats = utils.Stats;
var Dirent = utils.Dirent;
var toBuffer = utils.toBuffer;
var fromBuffer = utils.fromBuffer;
var abToBuffer = utils.abToBuffer;

var F_OK = C.F_OK, R_OK = C.R_OK, W_OK = C.W_OK, X_OK = C.X_OK;

function checkCb(cb) {
  if (typeof cb !== 'function') throw errors.invalidArgType('cb', 'function', cb);
  return cb;
}

function checkFd(fd) {
  if (typeof fd !== 'number') throw errors.invalidArgType('fd', 'number', fd);
  if (fd !== (fd | 0) || fd < 0)
    throw errors.outOfRange('fd', '>= 0 && <= 2147483647', fd);
  return fd;
}

function getOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function')
    return defaults;
  if (typeof options === 'string') {
    var o = {};
    for (var k in defaults) o[k] = defaults[k];
    o.encoding = options;
    return o;
  }
  if (typeof options !== 'object')
    throw errors.invalidArgType('options', 'string or an instance of Object', options);
  var r = {};
  for (var d in defaults) r[d] = defaults[d];
  for (var key in options) if (options[key] !== undefined) r[key] = options[key];
  return r;
}

function statsCb(cb) {
  return function (err, a) { if (err) cb(err); else cb(null, new Stats(a)); };
}

// A (err, value) callback that maps value through fn.
function mapCb(cb, fn) {
  return function (err, v) { if (err) cb(err); else cb(null, fn(v)); };
}

// A name from C (UTF-8) in the requested encoding ('buffer': a Buffer).
function encodeName(name, enc) {
  if (!enc || enc === 'utf8' || enc === 'utf-8') return name;
  var b = toBuffer(name, 'utf8');
  return enc === 'buffer' ? b : fromBuffer(b, enc);
}

// ---- open / close / read / write ----

exports.open = function open(path, flags, mode, cb) {
  path = getPath(path);
  if (typeof flags === 'function') { cb = flags; flags = 'r'; mode = 438; }
  else if (typeof mode === 'function') { cb = mode; mode = 438; }
  native.open(path, stringToFlags(flags === undefined ? 'r' : flags), parseMode(mode, 'mode', 438), checkCb(cb));
};
exports.openSync = function openSync(path, flags, mode) {
  return native.open(getPath(path), stringToFlags(flags === undefined ? 'r' : flags), parseMode(mode, 'mode', 438));
};

exports.close = function close(fd, cb) {
  checkFd(fd);
  native.close(fd, cb === undefined ? function () {} : checkCb(cb));
};
exports.closeSync = function closeSync(fd) { native.close(checkFd(fd)); };

function checkBuffer(buffer) {
  if (!ArrayBuffer.isView(buffer))
    throw errors.invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
}

function readArgs(fd, buffer, offset, length, position) {
  checkFd(fd);
  if (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer)) {
    var o = buffer;
    buffer = o.buffer !== undefined ? o.buffer : Buffer.alloc(16384);
    offset = o.offset; length = o.length; position = o.position;
  } else if (offset !== null && typeof offset === 'object') {
    var op = offset;
    offset = op.offset; length = op.length; position = op.position;
  }
  checkBuffer(buffer);
  if (offset === undefined || offset === null) offset = 0;
  if (typeof offset !== 'number') throw errors.invalidArgType('offset', 'number', offset);
  if (length === undefined || length === null) length = buffer.byteLength - offset;
  if (typeof length !== 'number') throw errors.invalidArgType('length', 'number', length);
  if (offset < 0 || offset > buffer.byteLength || offset !== Math.floor(offset))
    throw errors.outOfRange('offset', '>= 0 && <= ' + buffer.byteLength, offset);
  if (length < 0 || length > buffer.byteLength - offset || length !== Math.floor(length))
    throw errors.outOfRange('length', '>= 0 && <= ' + (buffer.byteLength - offset), length);
  if (position === undefined || position === null || position === -1) position = -1;
  else if (typeof position === 'bigint') position = Number(position);
  else if (typeof position !== 'number') throw errors.invalidArgType('position', 'number', position);
  return [buffer, offset, length, position];
}

exports.read = function read(fd, buffer, offset, length, position, cb) {
  var args, n = arguments.length;
  // Where Node looks for the callback, by argument count.
  checkCb(n <= 2 ? buffer : n === 3 ? offset : n === 4 ? length : cb);
  if (typeof buffer === 'function') { cb = buffer; args = readArgs(fd, {}); }
  else if (typeof offset === 'function') { cb = offset; args = readArgs(fd, buffer); }
  else if (typeof length === 'function') { cb = length; args = readArgs(fd, buffer, offset); }
  else {
    if (typeof position === 'function') { cb = position; position = null; }
    args = readArgs(fd, buffer, offset, length, position);
  }
  checkCb(cb);
  var buf = args[0];
  if (args[2] === 0) {
    process.nextTick(function () { cb(null, 0, buf); });
    return;
  }
  // The native callback gets (err, bytesRead, buffer) already.
  native.read(fd, buf, args[1], args[2], args[3], cb);
};
exports.readSync = function readSync(fd, buffer, offset, length, position) {
  var args = readArgs(fd, buffer, offset, length, position);
  if (args[2] === 0) return 0;
  return native.read(fd, args[0], args[1], args[2], args[3]);
};

// write(fd, buffer[, offset[, length[, position]]], cb) or
// write(fd, string[, position[, encoding]], cb)
function writeArgs(fd, buffer, offset, length, position) {
  checkFd(fd);
  if (ArrayBuffer.isView(buffer)) {
    if (offset !== null && typeof offset === 'object') {
      length = offset.length; position = offset.position; offset = offset.offset;
    }
    if (offset === undefined || offset === null) offset = 0;
    if (typeof offset !== 'number') throw errors.invalidArgType('offset', 'number', offset);
    if (length === undefined || length === null) length = buffer.byteLength - offset;
    if (offset < 0 || offset > buffer.byteLength)
      throw errors.outOfRange('offset', '>= 0 && <= ' + buffer.byteLength, offset);
    if (length < 0 || length > buffer.byteLength - offset)
      throw errors.outOfRange('length', '>= 0 && <= ' + (buffer.byteLength - offset), length);
    if (typeof position !== 'number') position = -1;
    return [buffer, offset, length, position];
  }
  if (typeof buffer !== 'string')
    throw errors.invalidArgType('buffer', 'string or an instance of Buffer, TypedArray, or DataView', buffer);
  // string form: (fd, string, position, encoding)
  var b = toBuffer(buffer, typeof length === 'string' ? length : 'utf8');
  return [b, 0, b.length, typeof offset === 'number' ? offset : -1];
}

exports.write = function write(fd, buffer, offset, length, position, cb) {
  var a = arguments, i = a.length - 1;
  while (i > 1 && typeof a[i] !== 'function') i--;
  cb = checkCb(a[i]);
  var args = writeArgs(fd, buffer, i > 2 ? offset : undefined, i > 3 ? length : undefined, i > 4 ? position : undefined);
  if (ArrayBuffer.isView(buffer)) {
    native.write(fd, args[0], args[1], args[2], args[3], cb);
  } else {
    native.write(fd, args[0], args[1], args[2], args[3], function (err, n) {
      cb(err, n, buffer);
    });
  }
};
exports.writeSync = function writeSync(fd, buffer, offset, length, position) {
  var args = writeArgs(fd, buffer, offset, length, position);
  return native.write(fd, args[0], args[1], args[2], args[3]);
};

exports.readv = function readv(fd, buffers, position, cb) {
  if (typeof position === 'function') { cb = position; position = null; }
  checkCb(cb);
  var total = 0, i = 0;
  (function next() {
    if (i >= buffers.length) return cb(null, total, buffers);
    var b = buffers[i++];
    native.read(fd, b, 0, b.byteLength, typeof position === 'number' ? position + total : -1, function (err, n) {
      if (err) return cb(err);
      total += n;
      if (n < b.byteLength) return cb(null, total, buffers);
      next();
    });
  })();
};
exports.readvSync = function readvSync(fd, buffers, position) {
  var total = 0;
  for (var i = 0; i < buffers.length; i++) {
    var b = buffers[i];
    var n = native.read(fd, b, 0, b.byteLength, typeof position === 'number' ? position + total : -1);
    total += n;
    if (n < b.byteLength) break;
  }
  return total;
};
exports.writev = function writev(fd, buffers, position, cb) {
  if (typeof position === 'function') { cb = position; position = null; }
  checkCb(cb);
  var total = 0, i = 0;
  (function next() {
    if (i >= buffers.length) return cb(null, total, buffers);
    var b = buffers[i++];
    native.write(fd, b, 0, b.byteLength, typeof position === 'number' ? position + total : -1, function (err, n) {
      if (err) return cb(err);
      total += n;
      next();
    });
  })();
};
exports.writevSync = function writevSync(fd, buffers, position) {
  var total = 0;
  for (var i = 0; i < buffers.length; i++)
    total += native.write(fd, buffers[i], 0, buffers[i].byteLength, typeof position === 'number' ? position + total : -1);
  return total;
};

// ---- stat family ----

exports.stat = function stat(path, options, cb) {
  if (typeof options === 'function') cb = options;
  native.stat(getPath(path), statsCb(checkCb(cb)));
};
exports.lstat = function lstat(path, options, cb) {
  if (typeof options === 'function') cb = options;
  native.lstat(getPath(path), statsCb(checkCb(cb)));
};
exports.fstat = function fstat(fd, options, cb) {
  if (typeof options === 'function') cb = options;
  native.fstat(checkFd(fd), statsCb(checkCb(cb)));
};
function syncStat(fn, arg, options) {
  try {
    return new Stats(fn(arg));
  } catch (e) {
    if (options && options.throwIfNoEntry === false && e.code === 'ENOENT') return undefined;
    throw e;
  }
}
exports.statSync = function statSync(path, options) { return syncStat(native.stat, getPath(path), options); };
exports.lstatSync = function lstatSync(path, options) { return syncStat(native.lstat, getPath(path), options); };
exports.fstatSync = function fstatSync(fd) { return new Stats(native.fstat(checkFd(fd))); };

exports.exists = function exists(path, cb) {
  checkCb(cb);
  try { path = getPath(path); } catch (e) { return process.nextTick(cb, false); }
  native.access(path, F_OK, function (err) { cb(!err); });
};
exports.existsSync = function existsSync(path) {
  try { native.access(getPath(path), F_OK); return true; } catch (e) { return false; }
};

exports.access = function access(path, mode, cb) {
  if (typeof mode === 'function') { cb = mode; mode = F_OK; }
  native.access(getPath(path), mode === undefined ? F_OK : mode | 0, checkCb(cb));
};
exports.accessSync = function accessSync(path, mode) {
  native.access(getPath(path), mode === undefined ? F_OK : mode | 0);
};

// ---- directories ----

function direntsOf(dir, pair, enc) {
  var names = pair[0], types = pair[1], out = new Array(names.length);
  for (var i = 0; i < names.length; i++) out[i] = new Dirent(encodeName(names[i], enc), types[i], dir);
  return out;
}

function namesOf(names, enc) {
  if (!enc || enc === 'utf8' || enc === 'utf-8') return names;
  for (var i = 0; i < names.length; i++) names[i] = encodeName(names[i], enc);
  return names;
}

function readdirRecursiveSync(root, withTypes, enc) {
  var out = [], queue = [''], qi = 0;
  while (qi < queue.length) {
    var rel = queue[qi++];
    var dir = rel ? root + '/' + rel : root;
    var pair = native.readdir(dir, true);
    for (var i = 0; i < pair[0].length; i++) {
      var name = rel ? rel + '/' + pair[0][i] : pair[0][i];
      var type = pair[1][i];
      if (type === C.UV_DIRENT_UNKNOWN) type = utils.direntTypeOf(native.lstat(dir + '/' + pair[0][i]));
      out.push(withTypes ? new Dirent(pair[0][i], type, dir) : encodeName(name, enc));
      if (type === C.UV_DIRENT_DIR) queue.push(name);
    }
  }
  return out;
}

exports.readdir = function readdir(path, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  checkCb(cb);
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false, recursive: false });
  path = getPath(path);
  if (options.recursive) {
    // A walk in a thread-pool-free loop would block; keep it simple and
    // correct: the sync walk deferred to the next tick.
    var res, error = null;
    try { res = readdirRecursiveSync(path, options.withFileTypes, options.encoding); } catch (e) { error = e; }
    return process.nextTick(function () { if (error) cb(error); else cb(null, res); });
  }
  if (options.withFileTypes) {
    native.readdir(path, true, function (err, pair) {
      if (err) return cb(err);
      var ents = direntsOf(path, pair, options.encoding);
      fixUnknownTypes(path, ents, function (e2) { if (e2) cb(e2); else cb(null, ents); });
    });
  } else {
    native.readdir(path, false, mapCb(cb, function (n) { return namesOf(n, options.encoding); }));
  }
};

// Some file systems report DT_UNKNOWN: ask lstat, as Node does.
function fixUnknownTypes(dir, ents, cb) {
  var pending = 1, failed = false;
  function done(err) {
    if (failed) return;
    if (err) { failed = true; return cb(err); }
    if (--pending === 0) cb(null);
  }
  ents.forEach(function (d) {
    if (d._type !== C.UV_DIRENT_UNKNOWN) return;
    pending++;
    native.lstat(dir + '/' + d.name, function (err, st) {
      if (!err) d._type = utils.direntTypeOf(st);
      done(err);
    });
  });
  done(null);
}

exports.readdirSync = function readdirSync(path, options) {
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false, recursive: false });
  path = getPath(path);
  if (options.recursive) return readdirRecursiveSync(path, options.withFileTypes, options.encoding);
  if (options.withFileTypes) {
    var ents = direntsOf(path, native.readdir(path, true), options.encoding);
    for (var i = 0; i < ents.length; i++)
      if (ents[i]._type === C.UV_DIRENT_UNKNOWN) ents[i]._type = utils.direntTypeOf(native.lstat(path + '/' + ents[i].name));
    return ents;
  }
  return namesOf(native.readdir(path, false), options.encoding);
};

function mkdirOpts(options) {
  if (typeof options === 'number' || typeof options === 'string')
    return { recursive: false, mode: parseMode(options, 'mode', 511) };
  options = options || {};
  if (options.recursive !== undefined && typeof options.recursive !== 'boolean')
    throw errors.invalidArgType('options.recursive', 'boolean', options.recursive);
  return { recursive: !!options.recursive, mode: parseMode(options.mode, 'mode', 511) };
}

function dirnameOf(p) {
  var i = p.length - 1;
  while (i > 0 && p.charAt(i) === '/') i--;
  i = p.lastIndexOf('/', i);
  if (i < 0) return '.';
  if (i === 0) return '/';
  return p.slice(0, i);
}

function uvError(code, errno, desc, syscall, path) {
  var e = new Error(code + ': ' + desc + ', ' + syscall + " '" + path + "'");
  e.errno = errno; e.code = code; e.syscall = syscall; e.path = path;
  return e;
}

function isDirStat(st) { return (st[1] & C.S_IFMT) === C.S_IFDIR; }

// mkdir -p: returns the first directory created (undefined: none). An
// existing non-directory is EEXIST at the end of the path and ENOTDIR
// (for the whole path) in the middle, as in Node.
function mkdirpSync(path, mode, orig) {
  try {
    native.mkdir(path, mode);
    return path;
  } catch (e) {
    if (e.code === 'EEXIST') {
      if (isDirStat(native.stat(path))) return undefined;
      if (orig) throw uvError('ENOTDIR', -20, 'not a directory', 'mkdir', orig);
      throw e;
    }
    if (e.code !== 'ENOENT' || dirnameOf(path) === path) throw e;
    var first = mkdirpSync(dirnameOf(path), mode, orig || path);
    try {
      native.mkdir(path, mode);
    } catch (e2) {
      if (e2.code !== 'EEXIST' || !isDirStat(native.stat(path))) throw e2;
    }
    return first || path;
  }
}

function mkdirp(path, mode, orig, cb) {
  native.mkdir(path, mode, function (err) {
    if (!err) return cb(null, path);
    if (err.code === 'EEXIST') {
      return native.stat(path, function (e2, st) {
        if (!e2 && isDirStat(st)) return cb(null, undefined);
        cb(orig ? uvError('ENOTDIR', -20, 'not a directory', 'mkdir', orig) : err);
      });
    }
    var parent = dirnameOf(path);
    if (err.code !== 'ENOENT' || parent === path) return cb(err);
    mkdirp(parent, mode, orig || path, function (e3, first) {
      if (e3) return cb(e3);
      native.mkdir(path, mode, function (e4) {
        if (e4 && e4.code !== 'EEXIST') return cb(e4);
        cb(null, first || path);
      });
    });
  });
}

exports.mkdir = function mkdir(path, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  checkCb(cb);
  var o = mkdirOpts(options);
  path = getPath(path);
  if (o.recursive) mkdirp(path, o.mode, null, cb);
  else native.mkdir(path, o.mode, cb);
};
exports.mkdirSync = function mkdirSync(path, options) {
  var o = mkdirOpts(options);
  path = getPath(path);
  if (o.recursive) return mkdirpSync(path, o.mode);
  native.mkdir(path, o.mode);
};

function checkPrefix(prefix) {
  prefix = getPath(prefix, 'prefix');
  return prefix + 'XXXXXX';
}
exports.mkdtemp = function mkdtemp(prefix, options, cb) {
  if (typeof options === 'function') cb = options;
  native.mkdtemp(checkPrefix(prefix), checkCb(cb));
};
exports.mkdtempSync = function mkdtempSync(prefix) { return native.mkdtemp(checkPrefix(prefix)); };

// rm -r as a walk: lstat, recurse into directories, then rmdir.
function rimrafSync(path) {
  var st = native.lstat(path);
  if ((st[1] & C.S_IFMT) === C.S_IFDIR) {
    var names = native.readdir(path, false);
    for (var i = 0; i < names.length; i++) rimrafSync(path + '/' + names[i]);
    native.rmdir(path);
  } else {
    native.unlink(path);
  }
}

function rimraf(path, cb) {
  native.lstat(path, function (err, st) {
    if (err) return cb(err);
    if ((st[1] & C.S_IFMT) !== C.S_IFDIR) return native.unlink(path, cb);
    native.readdir(path, false, function (e2, names) {
      if (e2) return cb(e2);
      var pending = names.length, failed = false;
      function fin() { native.rmdir(path, cb); }
      if (pending === 0) return fin();
      names.forEach(function (n) {
        rimraf(path + '/' + n, function (e3) {
          if (failed) return;
          if (e3) { failed = true; return cb(e3); }
          if (--pending === 0) fin();
        });
      });
    });
  });
}

function rmOpts(options) {
  options = options || {};
  if (typeof options !== 'object') throw errors.invalidArgType('options', 'object', options);
  return { recursive: !!options.recursive, force: !!options.force };
}

function eisdir(path) {
  var e = errors.make(Error, 'ERR_FS_EISDIR',
    'Path is a directory: rm returned EISDIR (is a directory) ' + path);
  e.name = 'SystemError';
  e.errno = 21; e.syscall = 'rm'; e.path = path;
  e.info = { code: 'EISDIR', message: 'is a directory', path: path, syscall: 'rm', errno: 21 };
  return e;
}

exports.rm = function rm(path, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  checkCb(cb);
  var o = rmOpts(options);
  path = getPath(path);
  native.lstat(path, function (err, st) {
    if (err) return cb(err.code === 'ENOENT' && o.force ? null : err);
    if ((st[1] & C.S_IFMT) === C.S_IFDIR && !o.recursive) return cb(eisdir(path));
    rimraf(path, function (e2) { cb(e2 && !(o.force && e2.code === 'ENOENT') ? e2 : null); });
  });
};
exports.rmSync = function rmSync(path, options) {
  var o = rmOpts(options), st;
  path = getPath(path);
  try { st = native.lstat(path); } catch (e) {
    if (e.code === 'ENOENT' && o.force) return;
    throw e;
  }
  if ((st[1] & C.S_IFMT) === C.S_IFDIR && !o.recursive) throw eisdir(path);
  rimrafSync(path);
};

exports.rmdir = function rmdir(path, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  checkCb(cb);
  path = getPath(path);
  if (options && options.recursive) rimraf(path, cb);
  else native.rmdir(path, cb);
};
exports.rmdirSync = function rmdirSync(path, options) {
  path = getPath(path);
  if (options && options.recursive) rimrafSync(path);
  else native.rmdir(path);
};

// ---- names and links ----

function simple1(name, fn) {
  exports[name] = function (path, cb) { fn(getPath(path), checkCb(cb)); };
  exports[name + 'Sync'] = function (path) { fn(getPath(path)); };
}
simple1('unlink', native.unlink);

function simple2(name, fn) {
  exports[name] = function (a, b, cb) { fn(getPath(a, 'oldPath'), getPath(b, 'newPath'), checkCb(cb)); };
  exports[name + 'Sync'] = function (a, b) { fn(getPath(a, 'oldPath'), getPath(b, 'newPath')); };
}
simple2('rename', native.rename);
simple2('link', native.link);

exports.copyFile = function copyFile(src, dest, mode, cb) {
  if (typeof mode === 'function') { cb = mode; mode = 0; }
  native.copyFile(getPath(src, 'src'), getPath(dest, 'dest'), mode | 0, checkCb(cb));
};
exports.copyFileSync = function copyFileSync(src, dest, mode) {
  native.copyFile(getPath(src, 'src'), getPath(dest, 'dest'), mode | 0);
};

exports.symlink = function symlink(target, path, type, cb) {
  if (typeof type === 'function') cb = type;
  native.symlink(getPath(target, 'target'), getPath(path), checkCb(cb));
};
exports.symlinkSync = function symlinkSync(target, path) {
  native.symlink(getPath(target, 'target'), getPath(path));
};

function encodeResult(options, cb) {
  var enc = getOptions(options, { encoding: 'utf8' }).encoding;
  return cb ? mapCb(cb, function (s) { return encodeName(s, enc); }) : function (s) { return encodeName(s, enc); };
}
exports.readlink = function readlink(path, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  native.readlink(getPath(path), encodeResult(options, checkCb(cb)));
};
exports.readlinkSync = function readlinkSync(path, options) {
  return encodeResult(options)(native.readlink(getPath(path)));
};
exports.realpath = function realpath(path, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  native.realpath(getPath(path), encodeResult(options, checkCb(cb)));
};
exports.realpathSync = function realpathSync(path, options) {
  return encodeResult(options)(native.realpath(getPath(path)));
};
exports.realpath.native = exports.realpath;
exports.realpathSync.native = exports.realpathSync;

// ---- attributes ----

exports.chmod = function chmod(path, mode, cb) {
  native.chmod(getPath(path), parseMode(mode, 'mode'), checkCb(cb));
};
exports.chmodSync = function chmodSync(path, mode) { native.chmod(getPath(path), parseMode(mode, 'mode')); };
exports.lchmod = undefined;
exports.fchmod = function fchmod(fd, mode, cb) { native.fchmod(checkFd(fd), parseMode(mode, 'mode'), checkCb(cb)); };
exports.fchmodSync = function fchmodSync(fd, mode) { native.fchmod(checkFd(fd), parseMode(mode, 'mode')); };

function checkId(v, name) {
  if (typeof v !== 'number') throw errors.invalidArgType(name, 'number', v);
  return v;
}
exports.chown = function chown(path, uid, gid, cb) {
  native.chown(getPath(path), checkId(uid, 'uid'), checkId(gid, 'gid'), false, checkCb(cb));
};
exports.chownSync = function chownSync(path, uid, gid) {
  native.chown(getPath(path), checkId(uid, 'uid'), checkId(gid, 'gid'), false);
};
exports.lchown = function lchown(path, uid, gid, cb) {
  native.chown(getPath(path), checkId(uid, 'uid'), checkId(gid, 'gid'), true, checkCb(cb));
};
exports.lchownSync = function lchownSync(path, uid, gid) {
  native.chown(getPath(path), checkId(uid, 'uid'), checkId(gid, 'gid'), true);
};
exports.fchown = function fchown(fd, uid, gid, cb) {
  native.fchown(checkFd(fd), checkId(uid, 'uid'), checkId(gid, 'gid'), checkCb(cb));
};
exports.fchownSync = function fchownSync(fd, uid, gid) {
  native.fchown(checkFd(fd), checkId(uid, 'uid'), checkId(gid, 'gid'));
};

var toUnixTime = utils.toUnixTime;
exports.utimes = function utimes(path, atime, mtime, cb) {
  native.utimes(getPath(path), toUnixTime(atime, 'atime'), toUnixTime(mtime, 'mtime'), false, checkCb(cb));
};
exports.utimesSync = function utimesSync(path, atime, mtime) {
  native.utimes(getPath(path), toUnixTime(atime, 'atime'), toUnixTime(mtime, 'mtime'), false);
};
exports.lutimes = function lutimes(path, atime, mtime, cb) {
  native.utimes(getPath(path), toUnixTime(atime, 'atime'), toUnixTime(mtime, 'mtime'), true, checkCb(cb));
};
exports.lutimesSync = function lutimesSync(path, atime, mtime) {
  native.utimes(getPath(path), toUnixTime(atime, 'atime'), toUnixTime(mtime, 'mtime'), true);
};
exports.futimes = function futimes(fd, atime, mtime, cb) {
  native.futimes(checkFd(fd), toUnixTime(atime, 'atime'), toUnixTime(mtime, 'mtime'), checkCb(cb));
};
exports.futimesSync = function futimesSync(fd, atime, mtime) {
  native.futimes(checkFd(fd), toUnixTime(atime, 'atime'), toUnixTime(mtime, 'mtime'));
};

function checkLen(len) {
  if (len === undefined || len === null) return 0;
  if (typeof len !== 'number') throw errors.invalidArgType('len', 'number', len);
  return len < 0 ? 0 : Math.floor(len);
}
exports.ftruncate = function ftruncate(fd, len, cb) {
  if (typeof len === 'function') { cb = len; len = 0; }
  native.ftruncate(checkFd(fd), checkLen(len), checkCb(cb));
};
exports.ftruncateSync = function ftruncateSync(fd, len) { native.ftruncate(checkFd(fd), checkLen(len)); };
exports.truncate = function truncate(path, len, cb) {
  if (typeof path === 'number') return exports.ftruncate(path, len, cb);
  if (typeof len === 'function') { cb = len; len = 0; }
  checkCb(cb);
  len = checkLen(len);
  native.open(getPath(path), C.O_WRONLY, 0, function (err, fd) {
    if (err) return cb(err);
    native.ftruncate(fd, len, function (e2) {
      native.close(fd, function (e3) { cb(e2 || e3 || null); });
    });
  });
};
exports.truncateSync = function truncateSync(path, len) {
  if (typeof path === 'number') return exports.ftruncateSync(path, len);
  len = checkLen(len);
  var fd = native.open(getPath(path), C.O_WRONLY, 0);
  try { native.ftruncate(fd, len); } finally { native.close(fd); }
};

exports.fsync = function fsync(fd, cb) { native.fsync(checkFd(fd), false, checkCb(cb)); };
exports.fsyncSync = function fsyncSync(fd) { native.fsync(checkFd(fd), false); };
exports.fdatasync = function fdatasync(fd, cb) { native.fsync(checkFd(fd), true, checkCb(cb)); };
exports.fdatasyncSync = function fdatasyncSync(fd) { native.fsync(checkFd(fd), true); };

// ---- whole files ----

function fileTarget(path) {
  return typeof path === 'number' ? checkFd(path) : getPath(path);
}

// options.signal (Node): aborted before the call, the callback gets an
// AbortError on the next tick; aborted while the file is read (one native
// call here, not chunks), it gets the AbortError instead of the data.
function abortedBefore(signal, cb) {
  errors.validateAbortSignal(signal, 'options.signal');
  if (signal === undefined || !signal.aborted) return false;
  process.nextTick(cb, errors.abortError(signal));
  return true;
}

exports.readFile = function readFile(path, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  checkCb(cb);
  var o = getOptions(options, { encoding: null, flag: 'r' });
  var target = fileTarget(path), signal = o.signal;
  if (abortedBefore(signal, cb)) return;
  native.readFile(target, stringToFlags(o.flag), function (err, ab) {
    if (signal !== undefined && signal.aborted) return cb(errors.abortError(signal));
    if (err) return cb(err);
    var buf = abToBuffer(ab);
    if (o.encoding) {
      var s;
      try { s = fromBuffer(buf, o.encoding); } catch (e) { return cb(e); }
      return cb(null, s);
    }
    cb(null, buf);
  });
};
exports.readFileSync = function readFileSync(path, options) {
  var o = getOptions(options, { encoding: null, flag: 'r' });
  var buf = abToBuffer(native.readFile(fileTarget(path), stringToFlags(o.flag)));
  return o.encoding ? fromBuffer(buf, o.encoding) : buf;
};

function dataOf(data, enc) {
  if (ArrayBuffer.isView(data)) return data;
  if (typeof data === 'string') return toBuffer(data, enc && enc !== 'buffer' ? enc : 'utf8');
  if (data !== null && typeof data === 'object' && typeof data.toString === 'function' &&
      data.toString !== Object.prototype.toString)
    return toBuffer(String(data), enc && enc !== 'buffer' ? enc : 'utf8');
  throw errors.invalidArgType('data', 'string or an instance of Buffer, TypedArray, or DataView', data);
}

function writeAll(path, data, options, defFlag, cb) {
  var o = getOptions(options, { encoding: 'utf8', mode: 438, flag: defFlag });
  var buf = dataOf(data, o.encoding), target = fileTarget(path), signal = o.signal;
  var flags = stringToFlags(o.flag), mode = parseMode(o.mode, 'mode', 438);
  if (cb === undefined || signal === undefined)
    return native.writeFile(target, buf, flags, mode, cb);
  if (abortedBefore(signal, cb)) return;
  native.writeFile(target, buf, flags, mode, function (err) {
    cb(signal.aborted ? errors.abortError(signal) : err);
  });
}
exports.writeFile = function writeFile(path, data, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  writeAll(path, data, options, 'w', checkCb(cb));
};
exports.writeFileSync = function writeFileSync(path, data, options) {
  writeAll(path, data, options, 'w');
};
exports.appendFile = function appendFile(path, data, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  writeAll(path, data, options, 'a', checkCb(cb));
};
exports.appendFileSync = function appendFileSync(path, data, options) {
  writeAll(path, data, options, 'a');
};

// ---- statfs ----

function StatFs(a) {
  this.type = a[0]; this.bsize = a[1]; this.blocks = a[2]; this.bfree = a[3];
  this.bavail = a[4]; this.files = a[5]; this.ffree = a[6];
}
exports.statfs = function statfs(path, options, cb) {
  if (typeof options === 'function') cb = options;
  checkCb(cb);
  native.statfs(getPath(path), mapCb(cb, function (a) { return new StatFs(a); }));
};
exports.statfsSync = function statfsSync(path) { return new StatFs(native.statfs(getPath(path))); };

// ---- opendir: a Dir over one directory listing (read when opened) ----

function Dir(path, ents) {
  this.path = path;
  this._ents = ents;
  this._i = 0;
  this._closed = false;
}
function dirClosed() {
  return errors.make(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
}
Dir.prototype.readSync = function () {
  if (this._closed) throw dirClosed();
  return this._i < this._ents.length ? this._ents[this._i++] : null;
};
Dir.prototype.read = function (cb) {
  var self = this;
  if (typeof cb !== 'function') {
    return new Promise(function (resolve, reject) {
      self.read(function (err, d) { if (err) reject(err); else resolve(d); });
    });
  }
  var err = null, d = null;
  try { d = this.readSync(); } catch (e) { err = e; }
  process.nextTick(cb, err, d);
};
Dir.prototype.closeSync = function () {
  if (this._closed) throw dirClosed();
  this._closed = true;
  this._ents = [];
};
Dir.prototype.close = function (cb) {
  var self = this;
  if (typeof cb !== 'function') {
    return new Promise(function (resolve, reject) {
      self.close(function (err) { if (err) reject(err); else resolve(); });
    });
  }
  var err = null;
  try { this.closeSync(); } catch (e) { err = e; }
  process.nextTick(cb, err);
};
if (typeof Symbol === 'function' && Symbol.asyncIterator) {
  Dir.prototype[Symbol.asyncIterator] = function () {
    var self = this;
    return {
      next: function () {
        return self.read().then(function (d) {
          if (d === null) { if (!self._closed) self.closeSync(); return { value: undefined, done: true }; }
          return { value: d, done: false };
        });
      },
      'return': function () {
        if (!self._closed) self.closeSync();
        return Promise.resolve({ value: undefined, done: true });
      }
    };
  };
}
exports.Dir = Dir;
// The listing is a scandir; errors name the call the script made.
function asOpendir(e) {
  if (e && e.syscall === 'scandir') {
    e.syscall = 'opendir';
    e.message = e.message.replace(', scandir ', ', opendir ');
  }
  return e;
}
exports.opendir = function opendir(path, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  checkCb(cb);
  path = getPath(path);
  exports.readdir(path, { withFileTypes: true, encoding: getOptions(options, { encoding: 'utf8' }).encoding },
    function (err, ents) { if (err) cb(asOpendir(err)); else cb(null, new Dir(path, ents)); });
};
exports.opendirSync = function opendirSync(path, options) {
  path = getPath(path);
  try {
    return new Dir(path, exports.readdirSync(path, { withFileTypes: true,
      encoding: getOptions(options, { encoding: 'utf8' }).encoding }));
  } catch (e) {
    throw asOpendir(e);
  }
};

// ---- cp: recursive copy (files, directories, symlinks) ----

function cpOpts(options) {
  options = options || {};
  return {
    recursive: !!options.recursive,
    force: options.force !== false,
    errorOnExist: !!options.errorOnExist,
    dereference: !!options.dereference,
    preserveTimestamps: !!options.preserveTimestamps,
    filter: typeof options.filter === 'function' ? options.filter : null
  };
}

function cpError(code, msg, path) {
  var e = errors.make(Error, code, msg);
  e.name = 'SystemError';
  e.path = path;
  return e;
}

function cpSyncImpl(src, dest, o) {
  if (o.filter && !o.filter(src, dest)) return;
  var st = o.dereference ? native.stat(src) : native.lstat(src);
  var type = st[1] & C.S_IFMT, dst = null;
  try { dst = native.lstat(dest); } catch (e) { if (e.code !== 'ENOENT') throw e; }
  if (type === C.S_IFDIR) {
    if (!o.recursive)
      throw cpError('ERR_FS_EISDIR', 'Recursive option is required to copy a directory: ' + src, src);
    if (dst === null) native.mkdir(dest, st[1] & 4095);
    else if ((dst[1] & C.S_IFMT) !== C.S_IFDIR)
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'cannot overwrite non-directory ' + dest + ' with directory ' + src, dest);
    var names = native.readdir(src, false);
    for (var i = 0; i < names.length; i++) cpSyncImpl(src + '/' + names[i], dest + '/' + names[i], o);
    return;
  }
  if (dst !== null) {
    if (o.errorOnExist && !o.force)
      throw cpError('ERR_FS_CP_EEXIST', 'Target already exists: cp returned EEXIST (' + dest + ' already exists)', dest);
    if (!o.force) return;
    if ((dst[1] & C.S_IFMT) === C.S_IFDIR)
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'cannot overwrite directory ' + dest + ' with non-directory ' + src, dest);
    native.unlink(dest);
  }
  if (type === C.S_IFLNK) native.symlink(native.readlink(src), dest);
  else {
    native.copyFile(src, dest, 0);
    if (o.preserveTimestamps) native.utimes(dest, st[10] / 1000, st[11] / 1000, false);
  }
}

exports.cpSync = function cpSync(src, dest, options) {
  cpSyncImpl(getPath(src, 'src'), getPath(dest, 'dest'), cpOpts(options));
};
// The copy walks on this thread in one go, deferred to the next tick (a
// tree copy is a batch job; every file copy itself is copy_file_range).
exports.cp = function cp(src, dest, options, cb) {
  if (typeof options === 'function') { cb = options; options = undefined; }
  checkCb(cb);
  src = getPath(src, 'src');
  dest = getPath(dest, 'dest');
  var o = cpOpts(options);
  setImmediate(function () {
    var err = null;
    try { cpSyncImpl(src, dest, o); } catch (e) { err = e; }
    cb(err);
  });
};

// ---- classes, constants, streams, watchers, promises ----

exports.Stats = Stats;
exports.Dirent = Dirent;
exports.constants = utils.constants;
exports.F_OK = F_OK; exports.R_OK = R_OK; exports.W_OK = W_OK; exports.X_OK = X_OK;

function lazy(name, get) {
  Object.defineProperty(exports, name, {
    configurable: true, enumerable: true,
    get: function () {
      var v = get();
      Object.defineProperty(exports, name, { value: v, writable: true, configurable: true, enumerable: true });
      return v;
    }
  });
}
lazy('promises', function () { return require('internal/fs/promises'); });
lazy('ReadStream', function () { return require('internal/fs/streams').ReadStream; });
lazy('WriteStream', function () { return require('internal/fs/streams').WriteStream; });
exports.createReadStream = function createReadStream(path, options) {
  return new (require('internal/fs/streams').ReadStream)(path, options);
};
exports.createWriteStream = function createWriteStream(path, options) {
  return new (require('internal/fs/streams').WriteStream)(path, options);
};
['watch', 'watchFile', 'unwatchFile'].forEach(function (n) {
  exports[n] = function () {
    var w = require('internal/fs/watchers');
    return w[n].apply(w, arguments);
  };
});

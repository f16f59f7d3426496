// internal/fs/utils: what fs, fs.promises and the fs streams share: path,
// flag and mode validation, Stats and Dirent, encodings, fs.constants.
'use strict';

var errors = require('internal/errors');

var C = native.constants;
exports.binding = native;
var constants = {};
Object.keys(C).forEach(function (k) {
  if (k.indexOf('UV_DIRENT_') !== 0) constants[k] = C[k];
});
exports.constants = constants;

function isURL(p) {
  return p !== null && typeof p === 'object' && typeof p.href === 'string' &&
    typeof p.protocol === 'string' && p.pathname !== undefined;
}

function fileURLToPath(u) {
  if (u.protocol !== 'file:')
    throw errors.make(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (u.hostname && u.hostname !== 'localhost')
    throw errors.make(TypeError, 'ERR_INVALID_FILE_URL_HOST',
      'File URL host must be "localhost" or empty on linux');
  var p = u.pathname;
  if (/%2f/i.test(p))
    throw errors.make(TypeError, 'ERR_INVALID_FILE_URL_PATH',
      'File URL path must not include encoded / characters');
  return decodeURIComponent(p);
}

// string | Buffer | URL -> string; Node's errors for anything else.
exports.getPath = function getPath(p, name) {
  name = name || 'path';
  if (typeof p !== 'string') {
    if (p instanceof Uint8Array) p = fromBuffer(p, 'utf8');
    else if (isURL(p)) p = fileURLToPath(p);
    else throw errors.invalidArgType(name, 'string or an instance of Buffer or URL', p);
  }
  if (p.indexOf('\u0000') !== -1)
    throw errors.make(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument '" + name + "' must be a string, Uint8Array, or URL without null bytes. Received " +
      JSON.stringify(p).replace(/^"|"$/g, "'"));
  return p;
};

var O_RDONLY = C.O_RDONLY, O_WRONLY = C.O_WRONLY, O_RDWR = C.O_RDWR,
  O_CREAT = C.O_CREAT, O_TRUNC = C.O_TRUNC, O_APPEND = C.O_APPEND,
  O_EXCL = C.O_EXCL, O_SYNC = C.O_SYNC;
var flagTable = {
  'r': O_RDONLY, 'rs': O_RDONLY | O_SYNC, 'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY,
  'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL, 'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL, 'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY,
  'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL, 'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC, 'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC, 'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC
};

exports.stringToFlags = function stringToFlags(flags, name) {
  if (typeof flags === 'number') return flags;
  if (flags === undefined || flags === null) return O_RDONLY;
  if (typeof flags === 'string' && Object.prototype.hasOwnProperty.call(flagTable, flags))
    return flagTable[flags];
  throw errors.make(TypeError, 'ERR_INVALID_ARG_VALUE',
    "The argument '" + (name || 'flags') + "' is invalid. Received " +
    (typeof flags === 'string' ? "'" + flags + "'" : String(flags)));
};

exports.parseMode = function parseMode(mode, name, def) {
  if (mode === undefined || mode === null) {
    if (def !== undefined) return def;
  } else if (typeof mode === 'number') {
    if (mode === (mode >>> 0)) return mode & 0xffffffff;
    throw errors.outOfRange(name, '>= 0 && <= 4294967295', mode);
  } else if (typeof mode === 'string' && /^[0-7]+$/.test(mode)) {
    return parseInt(mode, 8);
  }
  if (typeof mode === 'string')
    throw errors.make(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument '" + name + "' must be a 32-bit unsigned integer or an octal string. Received '" + mode + "'");
  throw errors.invalidArgType(name, 'number', mode);
};

exports.toUnixTime = function toUnixTime(t, name) {
  if (typeof t === 'string' && +t == t) return +t;
  if (typeof t === 'number') {
    if (!isFinite(t) || t < 0) return Date.now() / 1000;
    return t;
  }
  if (t instanceof Date) return t.getTime() / 1000;
  throw errors.invalidArgType(name, 'number or an instance of Date', t);
};

// ---- Buffers and encodings (Buffer.from when the full Buffer is there) ----

function abToBuffer(ab) {
  if (typeof Buffer.from === 'function' && Buffer.from !== Uint8Array.from)
    return Buffer.from(ab, 0, ab.byteLength);
  var u = new Uint8Array(ab);
  Object.setPrototypeOf(u, Buffer.prototype);
  return u;
}
exports.abToBuffer = abToBuffer;

function normEnc(enc) {
  var e = String(enc).toLowerCase();
  if (e === 'utf-8') return 'utf8';
  return e;
}

exports.toBuffer = function toBuffer(s, enc) {
  if (typeof Buffer.from === 'function' && Buffer.from !== Uint8Array.from)
    return Buffer.from(s, enc);
  enc = normEnc(enc || 'utf8');
  if (enc === 'utf8') return new Buffer(s);
  if (enc === 'latin1' || enc === 'binary' || enc === 'ascii') {
    var b = new Buffer(s.length);
    for (var i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
    return b;
  }
  return new Buffer(s);
};

function fromBuffer(buf, enc) {
  enc = normEnc(enc || 'utf8');
  if (enc === 'buffer') return buf;
  if (typeof buf.toString === 'function' && buf.toString !== Uint8Array.prototype.toString &&
      Buffer.prototype.toString.length !== 0)
    return buf.toString(enc);
  if (enc === 'utf8') return new TextDecoder().decode(buf);
  return buf.toString(enc);
}
exports.fromBuffer = fromBuffer;

// ---- Stats and Dirent ----

function Stats(a) {
  this.dev = a[0]; this.mode = a[1]; this.nlink = a[2]; this.uid = a[3];
  this.gid = a[4]; this.rdev = a[5]; this.blksize = a[6]; this.ino = a[7];
  this.size = a[8]; this.blocks = a[9];
  this.atimeMs = a[10]; this.mtimeMs = a[11]; this.ctimeMs = a[12]; this.birthtimeMs = a[13];
  this.atime = new Date(a[10]); this.mtime = new Date(a[11]);
  this.ctime = new Date(a[12]); this.birthtime = new Date(a[13]);
}
exports.Stats = Stats;

function Dirent(name, type, path) {
  this.name = name;
  this.parentPath = path;
  this.path = path;
  // Not enumerable: Object.keys(dirent) is name, parentPath, path as in Node.
  Object.defineProperty(this, '_type', { value: type, writable: true, configurable: true });
}
exports.Dirent = Dirent;

// The file types, one place: the is*() methods of Stats (by mode) and of
// Dirent (by uv_dirent type), and the mode -> dirent type mapping.
var FILE_TYPES = [
  ['isFile', C.S_IFREG, C.UV_DIRENT_FILE],
  ['isDirectory', C.S_IFDIR, C.UV_DIRENT_DIR],
  ['isSymbolicLink', C.S_IFLNK, C.UV_DIRENT_LINK],
  ['isFIFO', C.S_IFIFO, C.UV_DIRENT_FIFO],
  ['isSocket', C.S_IFSOCK, C.UV_DIRENT_SOCKET],
  ['isCharacterDevice', C.S_IFCHR, C.UV_DIRENT_CHAR],
  ['isBlockDevice', C.S_IFBLK, C.UV_DIRENT_BLOCK]
];
FILE_TYPES.forEach(function (t) {
  var mode = t[1], type = t[2];
  Stats.prototype[t[0]] = function () { return (this.mode & C.S_IFMT) === mode; };
  Dirent.prototype[t[0]] = function () { return this._type === type; };
});

// st: the native stat array ([1] is the mode)
exports.direntTypeOf = function (st) {
  var fmt = st[1] & C.S_IFMT;
  for (var i = 0; i < FILE_TYPES.length; i++)
    if (FILE_TYPES[i][1] === fmt) return FILE_TYPES[i][2];
  return C.UV_DIRENT_UNKNOWN;
};

// Absolute, normalized path (for mkdir -p).
exports.resolve = function resolve(p) {
  if (p.charAt(0) !== '/') p = process.cwd() + '/' + p;
  var parts = p.split('/'), out = [];
  for (var i = 0; i < parts.length; i++) {
    var s = parts[i];
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop(); else out.push(s);
  }
  return '/' + out.join('/');
};

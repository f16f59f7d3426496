// buffer: Node's Buffer on top of Duktape's Node.js buffer objects (a
// Uint8Array with its own prototype). Argument checks and Node's errors are
// here; encoding, search, compare, fill, copy and concat run in C
// (src/buffer.c, `native`).
'use strict';

var errors = require('internal/errors');
var toStr = Object.prototype.toString;
var hasOwn = Object.prototype.hasOwnProperty;

// Buffer.prototype is the prototype Duktape gives its Node buffer objects,
// so buffers made in C are Buffers without any copying or re-wrapping.
var proto = Object.getPrototypeOf(native.alloc(0, true));

var kMaxLength = 0x7ffffffe; // Duktape's largest buffer
var kStringMaxLength = 0x1fffffe8;
var INSPECT_MAX_BYTES = 50;

var UTF8 = 0, UTF16LE = 1, LATIN1 = 2, ASCII = 3, BASE64 = 4, BASE64URL = 5, HEX = 6;
var encodings = {
  utf8: UTF8, 'utf-8': UTF8, ucs2: UTF16LE, 'ucs-2': UTF16LE, utf16le: UTF16LE,
  'utf-16le': UTF16LE, latin1: LATIN1, binary: LATIN1, ascii: ASCII,
  base64: BASE64, base64url: BASE64URL, hex: HEX
};

// Encoding name -> number, or -1 when unknown.
function encodingOf(enc) {
  if (typeof enc !== 'string') enc = String(enc);
  if (hasOwn.call(encodings, enc)) return encodings[enc];
  enc = enc.toLowerCase();
  return hasOwn.call(encodings, enc) ? encodings[enc] : -1;
}

// toString/write/fill/indexOf: undefined means utf8, anything else must be
// a known name.
function requireEncoding(enc) {
  if (enc === undefined) return UTF8;
  var e = encodingOf(enc);
  if (e < 0) throw errors.unknownEncoding(enc);
  return e;
}

// By internal class (see internal/util/types): prototypes and
// Symbol.toStringTag can't fake these.
var types = require('internal/util/types');
var isUint8Array = types.isUint8Array;
var isArrayBuffer = types.isAnyArrayBuffer;

// ---- validation (Node's validators) ----

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw errors.invalidArgType(name, 'number', value);
  if ((min !== undefined && value < min) || (max !== undefined && value > max) ||
      ((min !== undefined || max !== undefined) && value !== value)) {
    throw errors.outOfRange(name, (min !== undefined ? '>= ' + min : '') +
      (min !== undefined && max !== undefined ? ' && ' : '') +
      (max !== undefined ? '<= ' + max : ''), value);
  }
}

function validateOffset(value, name, min, max) {
  if (min === undefined) min = 0;
  if (max === undefined) max = kMaxLength;
  if (typeof value !== 'number') throw errors.invalidArgType(name, 'number', value);
  if (Math.floor(value) !== value) throw errors.outOfRange(name, 'an integer', value);
  if (value < min || value > max)
    throw errors.outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}

function toInteger(n, def) {
  n = +n;
  if (n === n && n >= -9007199254740991 && n <= 9007199254740991)
    return n % 1 === 0 ? n : Math.floor(n);
  return def;
}

// ---- construction ----

function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string')
      throw errors.invalidArgType('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = proto;
Object.defineProperty(proto, 'constructor', {
  value: Buffer, writable: true, configurable: true, enumerable: false
});
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8 * 1024;

function fromString(string, encoding) {
  var enc;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    enc = UTF8;
  } else {
    enc = encodingOf(encoding);
    if (enc < 0) throw errors.unknownEncoding(encoding);
  }
  return native.fromString(string, enc);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = 0;
  }
  var maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw errors.bufferOutOfBounds('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw errors.bufferOutOfBounds('length');
    } else {
      length = 0;
    }
  }
  return native.fromArrayBuffer(obj, Math.floor(byteOffset), Math.floor(length));
}

function fromArrayLike(obj) {
  var len = obj.length, b, i;
  if (!(len > 0)) return native.alloc(0, true);
  if (isUint8Array(obj)) {
    b = native.alloc(len, false);
    native.copy(obj, b, 0, 0, len);
    return b;
  }
  b = native.alloc(len, true);
  for (i = 0; i < len; i++) b[i] = obj[i];
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return native.alloc(0, true);
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    var valueOf = value.valueOf && value.valueOf();
    if (valueOf !== null && valueOf !== undefined && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object'))
      return from(valueOf, encodingOrOffset, length);
    var b = fromObject(value);
    if (b) return b;
    if (typeof Symbol === 'function' && typeof value[Symbol.toPrimitive] === 'function') {
      var primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw errors.invalidArgType('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.of = function of() {
  var b = native.alloc(arguments.length, true);
  for (var i = 0; i < arguments.length; i++) b[i] = arguments[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  var buf = native.alloc(size, true);
  if (fill !== undefined && fill !== 0 && size > 0) return _fill(buf, fill, 0, buf.length, encoding);
  return buf;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return native.alloc(size, false);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return native.alloc(size, false);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return native.alloc(size, false);
}
SlowBuffer.prototype = proto;

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingOf(encoding) >= 0;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw errors.invalidArgType('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw errors.invalidArgType('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return native.compare(buf1, buf2, 0, undefined, 0, undefined);
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isArrayBuffer(string)) return string.byteLength;
    throw errors.invalidArgType('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  var enc = encoding ? encodingOf(encoding) : UTF8;
  return native.byteLength(string, enc < 0 ? UTF8 : enc);
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw errors.invalidArgType('list', ['Array'], list);
  if (list.length === 0) return native.alloc(0, true);
  var i;
  if (length === undefined) length = -1;
  else validateOffset(length, 'length');
  var res = native.concat(list, length);
  if (typeof res === 'number') {
    i = -res - 1;
    throw errors.invalidArgType('list[' + i + ']', ['Buffer', 'Uint8Array'], list[i]);
  }
  return res;
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || toStr.call(view) === '[object DataView]')
    throw errors.invalidArgType('view', ['TypedArray'], view);
  var per = view.BYTES_PER_ELEMENT || 1, start = 0, end = view.length;
  if (offset !== undefined) {
    validateOffset(offset, 'offset', 0, 9007199254740991);
    if (offset >= view.length) return native.alloc(0, true);
    start = offset;
  }
  if (length !== undefined) {
    validateOffset(length, 'length', 0, 9007199254740991);
    end = Math.min(view.length, start + length);
  }
  if (end <= start) return native.alloc(0, true);
  var src = new Uint8Array(view.buffer, view.byteOffset + start * per, (end - start) * per);
  return fromArrayLike(src);
};

// ---- prototype: strings ----

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return native.toString(this, UTF8, 0, undefined);
  var len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.floor(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.floor(end) || 0;
  if (end <= start) return '';
  return native.toString(this, requireEncoding(encoding), start, end);
};
proto.toLocaleString = proto.toString;

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') // Node 20's text, from its C++ binding
    throw errors.make(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  if (offset === undefined) return native.write(this, string, 0, this.length, UTF8);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    var remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  var enc = (!encoding) ? UTF8 : encodingOf(encoding);
  if (enc < 0) throw errors.unknownEncoding(encoding);
  return native.write(this, string, offset, length, enc);
};

proto.toJSON = function toJSON() {
  var data = new Array(this.length);
  for (var i = 0; i < this.length; i++) data[i] = this[i];
  return { type: 'Buffer', data: data };
};

// The legacy per-encoding methods (buf.utf8Slice, buf.hexWrite, ...).
['utf8', 'ucs2', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'].forEach(function (name) {
  var enc = encodings[name];
  proto[name + 'Slice'] = function (start, end) {
    return native.toString(this, enc, start === undefined ? 0 : start, end === undefined ? this.length : end);
  };
  proto[name + 'Write'] = function (string, offset, length) {
    if (offset === undefined) offset = 0;
    if (length === undefined) length = this.length - offset;
    return native.write(this, string, offset, length, enc);
  };
});

// ---- prototype: views and copies ----

function adjustOffset(offset, length) {
  offset = offset < 0 ? Math.ceil(offset) : Math.floor(offset);
  if (offset === 0 || offset !== offset) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

proto.slice = proto.subarray = function subarray(start, end) {
  var len = this.length;
  start = adjustOffset(start, len);
  end = end !== undefined ? adjustOffset(end, len) : len;
  return native.view(this, start, end > start ? end : start);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer))
    throw errors.invalidArgType('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return native.compare(this, otherBuffer, 0, undefined, 0, undefined) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw errors.invalidArgType('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return native.compare(this, target, 0, undefined, 0, undefined);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) throw errors.outOfRange('sourceStart', '<= ' + this.length, sourceStart);
  if (targetStart > target.length) throw errors.outOfRange('targetStart', '<= ' + target.length, targetStart);
  return native.compare(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
};

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw errors.invalidArgType('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw errors.outOfRange('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.byteLength)
      throw errors.outOfRange('sourceStart', '>= 0 && <= ' + this.byteLength, sourceStart);
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.byteLength;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw errors.outOfRange('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return native.copy(this, target, targetStart, sourceStart, sourceEnd - sourceStart);
};

function _fill(buf, value, offset, end, encoding) {
  var enc = UTF8;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    if (encoding !== undefined) {
      if (typeof encoding !== 'string') throw errors.invalidArgType('encoding', 'string', encoding);
      enc = encodingOf(encoding);
      if (enc < 0) throw errors.unknownEncoding(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1 && (enc === LATIN1 || (enc === UTF8 && value.charCodeAt(0) < 128))) {
      value = value.charCodeAt(0) & 255;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (offset > buf.length) throw errors.outOfRange('offset', '>= 0 && <= ' + buf.length, offset);
  if (typeof value === 'string') {
    value = native.fromString(value, enc);
    if (value.length === 0) throw errors.invalidArgValue('value', '');
  } else if (typeof value === 'boolean') {
    value = value ? 1 : 0;
  } else if (typeof value !== 'number' && !ArrayBuffer.isView(value)) {
    value = Number(value) >>> 0;
  }
  if (ArrayBuffer.isView(value) && value.byteLength === 0)
    throw errors.invalidArgValue('value', value);
  native.fill(buf, value, offset, end);
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

// ---- prototype: search ----

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!ArrayBuffer.isView(buffer))
    throw errors.invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (byteOffset !== byteOffset) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  if (typeof val === 'number') return native.indexOf(buffer, val >>> 0, byteOffset, dir, false);
  var enc = encoding === undefined ? UTF8 : encodingOf(encoding);
  if (typeof val === 'string') {
    if (enc < 0) throw errors.unknownEncoding(encoding);
    return native.indexOf(buffer, native.fromString(val, enc), byteOffset, dir, enc === UTF16LE);
  }
  if (isUint8Array(val)) return native.indexOf(buffer, val, byteOffset, dir, enc === UTF16LE);
  throw errors.invalidArgType('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// ---- prototype: byte order ----

function swapper(size) {
  return function () {
    if (this.length % size !== 0)
      throw errors.make(RangeError, 'ERR_INVALID_BUFFER_SIZE',
        'Buffer size must be a multiple of ' + size * 8 + '-bits');
    native.swap(this, size);
    return this;
  };
}
proto.swap16 = swapper(2);
proto.swap32 = swapper(4);
proto.swap64 = swapper(8);

// ---- prototype: numbers ----

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    if (typeof value !== 'number') throw errors.invalidArgType(type || 'offset', 'number', value);
    throw errors.outOfRange(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw errors.bufferOutOfBounds();
  throw errors.outOfRange(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + length, value);
}

// Checks offset for an access of n bytes; returns it (default 0).
function checkOffset(buf, offset, n) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') throw errors.invalidArgType('offset', 'number', offset);
  if (!(offset >= 0 && offset + n <= buf.length) || Math.floor(offset) !== offset)
    boundsError(offset, buf.length - n);
  return offset;
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) throw errors.invalidArgType('byteLength', 'number', byteLength);
  if (typeof byteLength !== 'number') throw errors.invalidArgType('byteLength', 'number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength)
    boundsError(byteLength, 6, 'byteLength');
}

var POW = [1, 0x100, 0x10000, 0x1000000, 0x100000000, 0x10000000000, 0x1000000000000];

function readU(buf, offset, n, le) {
  var v = 0, i;
  if (le) for (i = n - 1; i >= 0; i--) v = v * 256 + buf[offset + i];
  else for (i = 0; i < n; i++) v = v * 256 + buf[offset + i];
  return v;
}

function readS(buf, offset, n, le) {
  var v = readU(buf, offset, n, le);
  return v >= POW[n] / 2 ? v - POW[n] : v;
}

function writeN(buf, value, offset, n, le) {
  var i, b;
  // Truncated toward zero, as Node's typed-array stores and >>> do.
  value = value < 0 ? Math.ceil(value) : Math.floor(value);
  if (value < 0) value += POW[n];
  for (i = 0; i < n; i++) {
    b = value % 256;
    buf[le ? offset + i : offset + n - 1 - i] = b;
    value = (value - b) / 256;
  }
  return offset + n;
}

function rangeText(min, max, n) {
  if (n > 4) {
    if (min === 0) return '>= 0 and < 2 ** ' + n * 8;
    return '>= -(2 ** ' + (n * 8 - 1) + ') and < 2 ** ' + (n * 8 - 1);
  }
  return '>= ' + min + ' and <= ' + max;
}

// strict: the offset has no default (writeIntLE and friends).
function writeInt(buf, value, offset, n, signed, le, strict) {
  value = +value;
  var min = signed ? -POW[n] / 2 : 0, max = signed ? POW[n] / 2 - 1 : POW[n] - 1;
  // One-byte writes check the offset's type first (Node's writeU_Int8).
  if (n === 1 && !strict && offset !== undefined && typeof offset !== 'number')
    throw errors.invalidArgType('offset', 'number', offset);
  if (value > max || value < min) throw errors.outOfRange('value', rangeText(min, max, n), value);
  if (strict && offset === undefined) throw errors.invalidArgType('offset', 'number', offset);
  offset = checkOffset(buf, offset, n);
  return writeN(buf, value, offset, n, le);
}

[1, 2, 4].forEach(function (n) {
  var bits = n * 8;
  [true, false].forEach(function (le) {
    var suffix = n === 1 ? '' : le ? 'LE' : 'BE';
    var readUName = 'readUInt' + bits + suffix, readSName = 'readInt' + bits + suffix;
    proto[readUName] = function (offset) {
      return readU(this, checkOffset(this, offset, n), n, le);
    };
    proto[readSName] = function (offset) {
      return readS(this, checkOffset(this, offset, n), n, le);
    };
    proto['readUint' + bits + suffix] = proto[readUName];
    proto['writeUInt' + bits + suffix] = proto['writeUint' + bits + suffix] = function (value, offset) {
      return writeInt(this, value, offset, n, false, le);
    };
    proto['writeInt' + bits + suffix] = function (value, offset) {
      return writeInt(this, value, offset, n, true, le);
    };
  });
});

[true, false].forEach(function (le) {
  var s = le ? 'LE' : 'BE';
  proto['readUInt' + s] = proto['readUint' + s] = function (offset, byteLength) {
    if (offset === undefined) throw errors.invalidArgType('offset', 'number', offset);
    checkByteLength(byteLength);
    return readU(this, checkOffset(this, offset, byteLength), byteLength, le);
  };
  proto['readInt' + s] = function (offset, byteLength) {
    if (offset === undefined) throw errors.invalidArgType('offset', 'number', offset);
    checkByteLength(byteLength);
    return readS(this, checkOffset(this, offset, byteLength), byteLength, le);
  };
  proto['writeUInt' + s] = proto['writeUint' + s] = function (value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeInt(this, value, offset, byteLength, false, le, true);
  };
  proto['writeInt' + s] = function (value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeInt(this, value, offset, byteLength, true, le, true);
  };
});

// Floats go through scratch typed arrays in the host's byte order.
var f32 = new Float32Array(1), f64 = new Float64Array(1);
var f32b = new Uint8Array(f32.buffer), f64b = new Uint8Array(f64.buffer);
var hostLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readF(buf, offset, n, le) {
  var bytes = n === 4 ? f32b : f64b, i;
  offset = checkOffset(buf, offset, n);
  if (le === hostLE) for (i = 0; i < n; i++) bytes[i] = buf[offset + i];
  else for (i = 0; i < n; i++) bytes[n - 1 - i] = buf[offset + i];
  return n === 4 ? f32[0] : f64[0];
}

function writeF(buf, value, offset, n, le) {
  var bytes = n === 4 ? f32b : f64b, i;
  value = +value;
  offset = checkOffset(buf, offset, n);
  if (n === 4) f32[0] = value;
  else f64[0] = value;
  if (le === hostLE) for (i = 0; i < n; i++) buf[offset + i] = bytes[i];
  else for (i = 0; i < n; i++) buf[offset + i] = bytes[n - 1 - i];
  return offset + n;
}

proto.readFloatLE = function (offset) { return readF(this, offset, 4, true); };
proto.readFloatBE = function (offset) { return readF(this, offset, 4, false); };
proto.readDoubleLE = function (offset) { return readF(this, offset, 8, true); };
proto.readDoubleBE = function (offset) { return readF(this, offset, 8, false); };
proto.writeFloatLE = function (v, offset) { return writeF(this, v, offset, 4, true); };
proto.writeFloatBE = function (v, offset) { return writeF(this, v, offset, 4, false); };
proto.writeDoubleLE = function (v, offset) { return writeF(this, v, offset, 8, true); };
proto.writeDoubleBE = function (v, offset) { return writeF(this, v, offset, 8, false); };

// ---- iteration and inspection ----

function BufferIterator(buf, kind) {
  this._buf = buf;
  this._i = 0;
  this._kind = kind;
}
BufferIterator.prototype.next = function next() {
  var i = this._i, buf = this._buf;
  if (buf === undefined || i >= buf.length) {
    this._buf = undefined;
    return { value: undefined, done: true };
  }
  this._i = i + 1;
  return { value: this._kind === 0 ? i : this._kind === 1 ? buf[i] : [i, buf[i]], done: false };
};
proto.keys = function keys() { return new BufferIterator(this, 0); };
proto.values = function values() { return new BufferIterator(this, 1); };
proto.entries = function entries() { return new BufferIterator(this, 2); };
if (typeof Symbol === 'function' && Symbol.iterator) {
  BufferIterator.prototype[Symbol.iterator] = function () { return this; };
  Object.defineProperty(proto, Symbol.iterator, {
    value: proto.values, writable: true, configurable: true, enumerable: false
  });
}

// util.inspect(buf): '<Buffer 61 62 ... 3 more bytes, prop: 1>'; honours
// buffer.INSPECT_MAX_BYTES and shows extra own properties (options given).
proto.inspect = function inspect(recurseTimes, ctx) {
  var max = exports.INSPECT_MAX_BYTES;
  var actualMax = Math.min(max, this.length);
  var str = native.toString(this, HEX, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  var remaining = this.length - max;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  if (ctx !== null && typeof ctx === 'object') {
    var keys = (ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this))
      .filter(function (k) { return !/^(0|[1-9][0-9]*)$/.test(k); });
    if (keys.length > 0) {
      var obj = Object.create(null), self = this, opts = {}, k;
      keys.forEach(function (key) { obj[key] = self[key]; });
      for (k in ctx) opts[k] = ctx[k];
      opts.breakLength = Infinity;
      opts.compact = true;
      if (this.length !== 0) str += ', ';
      // '[Object: null prototype] {'.length === 26
      str += require('util').inspect(obj, opts).slice(27, -2);
    }
  }
  return '<' + (this.constructor && this.constructor.name || 'Buffer') + ' ' + str + '>';
};
if (typeof Symbol === 'function' && Symbol['for'])
  proto[Symbol['for']('nodejs.util.inspect.custom')] = proto.inspect;

// Legacy aliases Node still has.
Object.defineProperty(proto, 'parent', {
  configurable: true, enumerable: false,
  get: function () { return Buffer.isBuffer(this) ? this.buffer : undefined; }
});
Object.defineProperty(proto, 'offset', {
  configurable: true, enumerable: false,
  get: function () { return Buffer.isBuffer(this) ? this.byteOffset : undefined; }
});

// ---- atob / btoa (WHATWG forgiving base64) ----

function invalidCharacter(msg) {
  var DOMException = require('internal/domexception');
  return new DOMException(msg, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw errors.missingArgs('input');
  input = '' + input;
  if (/[^\u0000-\u00ff]/.test(input)) throw invalidCharacter('Invalid character');
  return native.toString(native.fromString(input, LATIN1), BASE64, 0, undefined);
}

function atob(input) {
  if (arguments.length === 0) throw errors.missingArgs('input');
  input = ('' + input).replace(/[\t\n\f\r ]+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input)) throw invalidCharacter('Invalid character');
  var eq = input.length - input.replace(/=+$/, '').length;
  var rem = input.length % 4;
  if (!rem) rem = (input.length - eq) % 4;
  else if (eq) throw invalidCharacter('Invalid character');
  if (rem === 1)
    throw invalidCharacter('The string to be decoded is not correctly encoded.');
  return native.toString(native.fromString(input, BASE64), LATIN1, 0, undefined);
}

function transcode(source, fromEnc, toEnc) {
  if (!isUint8Array(source)) throw errors.invalidArgType('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return native.alloc(0, true);
  var f = encodingOf(fromEnc), t = encodingOf(toEnc);
  if (f < 0 || t < 0 || f === BASE64 || f === BASE64URL || f === HEX || t === BASE64 || t === BASE64URL || t === HEX) {
    var err = errors.make(Error, 'U_ILLEGAL_ARGUMENT_ERROR',
      'Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.errno = 1;
    throw err;
  }
  var s = native.toString(source, f, 0, undefined);
  if (t === ASCII || t === LATIN1) s = s.replace(t === ASCII ? /[^\u0000-\u007f]/g : /[^\u0000-\u00ff]/g, '?');
  return native.fromString(s, t);
}

// Buffer[Symbol.species] is Buffer itself (inherited from Uint8Array's
// getter in node): typed-array methods that make new arrays from a Buffer
// make Buffers.
if (typeof Symbol.species === 'symbol')
  Object.defineProperty(Buffer, Symbol.species, {
    get: function () { return this; }, configurable: true
  });

exports.Buffer = Buffer;
exports.SlowBuffer = SlowBuffer;
exports.kMaxLength = kMaxLength;
exports.kStringMaxLength = kStringMaxLength;
exports.constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
exports.INSPECT_MAX_BYTES = INSPECT_MAX_BYTES;
exports.atob = atob;
exports.btoa = btoa;
exports.transcode = transcode;
exports.isUtf8 = function isUtf8(input) {
  if (!ArrayBuffer.isView(input) && !isArrayBuffer(input))
    throw errors.invalidArgType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  return native.isUtf8(isArrayBuffer(input) ? new Uint8Array(input) : input);
};
exports.isAscii = function isAscii(input) {
  if (!ArrayBuffer.isView(input) && !isArrayBuffer(input))
    throw errors.invalidArgType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  return native.isAscii(isArrayBuffer(input) ? new Uint8Array(input) : input);
};

// internal/encoding: the global TextDecoder (src/globals.c puts it in place
// of Duktape's, which is `native` here and does UTF-8 only): the WHATWG
// Encoding labels node accepts without ICU's full set - utf-8, utf-16le
// ("utf-16") and windows-1252 ("latin1", "ascii", "iso-8859-1", ...; each
// byte its code point, as node 20 decodes it, not the WHATWG table) - with
// fatal, ignoreBOM and streaming; other labels are node's RangeError
// ERR_ENCODING_NOT_SUPPORTED.
'use strict';

var errors = require('internal/errors');
var NativeDecoder = native;

var LABELS = {
  'unicode-1-1-utf-8': 'utf-8', 'unicode11utf8': 'utf-8', 'unicode20utf8': 'utf-8',
  'utf-8': 'utf-8', 'utf8': 'utf-8', 'x-unicode20utf8': 'utf-8',
  'csunicode': 'utf-16le', 'iso-10646-ucs-2': 'utf-16le', 'ucs-2': 'utf-16le',
  'unicode': 'utf-16le', 'unicodefeff': 'utf-16le', 'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'ansi_x3.4-1968': 'windows-1252', 'ascii': 'windows-1252', 'cp1252': 'windows-1252',
  'cp819': 'windows-1252', 'csisolatin1': 'windows-1252', 'ibm819': 'windows-1252',
  'iso-8859-1': 'windows-1252', 'iso-ir-100': 'windows-1252', 'iso8859-1': 'windows-1252',
  'iso88591': 'windows-1252', 'iso_8859-1': 'windows-1252', 'iso_8859-1:1987': 'windows-1252',
  'l1': 'windows-1252', 'latin1': 'windows-1252', 'us-ascii': 'windows-1252',
  'windows-1252': 'windows-1252', 'x-cp1252': 'windows-1252'
};

function bytesOf(input) {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input))
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw errors.invalidArgType('input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

function TextDecoder(encoding, options) {
  if (!(this instanceof TextDecoder))
    throw new TypeError("Class constructor TextDecoder cannot be invoked without 'new'");
  var label = encoding === undefined ? 'utf-8' : String(encoding).trim().toLowerCase();
  var enc = LABELS[label];
  if (enc === undefined)
    throw errors.make(RangeError, 'ERR_ENCODING_NOT_SUPPORTED',
                      'The "' + encoding + '" encoding is not supported');
  if (options !== undefined && options !== null && typeof options !== 'object')
    throw errors.invalidArgType('options', 'object', options);
  this._enc = enc;
  this._fatal = !!(options && options.fatal);
  this._ignoreBOM = !!(options && options.ignoreBOM);
  this._native = enc === 'utf-8' ? new NativeDecoder('utf-8', options || undefined) : null;
  this._pending = null; // utf-16le: an odd byte, or a high surrogate
  this._bomSeen = false;
}

Object.defineProperty(TextDecoder.prototype, 'encoding', {
  get: function () { return this._enc; }, configurable: true, enumerable: true
});
Object.defineProperty(TextDecoder.prototype, 'fatal', {
  get: function () { return this._fatal; }, configurable: true, enumerable: true
});
Object.defineProperty(TextDecoder.prototype, 'ignoreBOM', {
  get: function () { return this._ignoreBOM; }, configurable: true, enumerable: true
});

TextDecoder.prototype.decode = function decode(input, options) {
  var stream = !!(options && options.stream);
  if (this._native !== null)
    return arguments.length === 0 ? this._native.decode() : this._native.decode(input, options);
  var bytes = bytesOf(input), out = '', i, n = bytes.length;
  if (this._enc === 'windows-1252') {
    for (i = 0; i < n; i += 8192) {
      var chunk = [], end = Math.min(n, i + 8192);
      for (var j = i; j < end; j++) chunk.push(bytes[j]);
      out += String.fromCharCode.apply(null, chunk);
    }
    return out;
  }
  // utf-16le
  var units = [], k = 0;
  if (this._pending !== null) {
    var p = this._pending;
    this._pending = null;
    if (p.byte !== undefined) {
      if (n === 0) {
        this._pending = p;
      } else {
        units.push(p.byte | (bytes[0] << 8));
        k = 1;
      }
    } else {
      units.push(p.unit);
    }
  }
  for (; k + 1 < n; k += 2) units.push(bytes[k] | (bytes[k + 1] << 8));
  if (k < n) this._pending = { byte: bytes[k] };
  // Surrogates: pairs kept, lone ones replaced (or fatal).
  var codes = [];
  for (i = 0; i < units.length; i++) {
    var u = units[i];
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 1 < units.length) {
        var v = units[i + 1];
        if (v >= 0xDC00 && v <= 0xDFFF) {
          codes.push(u, v);
          i++;
          continue;
        }
      } else if (stream && this._pending === null) {
        this._pending = { unit: u };
        continue;
      }
      if (this._fatal) throw fatalError();
      codes.push(0xFFFD);
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      if (this._fatal) throw fatalError();
      codes.push(0xFFFD);
    } else {
      codes.push(u);
    }
  }
  if (!stream && this._pending !== null) {
    this._pending = null;
    if (this._fatal) throw fatalError();
    codes.push(0xFFFD);
  }
  if (!this._bomSeen && codes.length > 0) {
    this._bomSeen = true;
    if (codes[0] === 0xFEFF && !this._ignoreBOM) codes.shift();
  }
  if (!stream) this._bomSeen = false;
  for (i = 0; i < codes.length; i += 8192)
    out += String.fromCharCode.apply(null, codes.slice(i, i + 8192));
  return out;
};

function fatalError() {
  return errors.make(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
                     'The encoded data was not valid for encoding utf-16le');
}

exports.TextDecoder = TextDecoder;

// string_decoder: StringDecoder turns a stream of byte chunks into strings
// without splitting multi-byte characters across write() calls (utf8,
// utf16le, base64, base64url, hex, latin1, ascii). UTF-8 goes through the
// engine's streaming TextDecoder (C, WHATWG replacement rules); base64 and
// hex through Duktape.enc (C).
'use strict';

var errors = require('internal/errors');

var ENCODINGS = {
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le',
  'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'base64': 'base64', 'base64url': 'base64url',
  'hex': 'hex', 'ascii': 'ascii'
};

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '')
    return 'utf8';
  var e = ENCODINGS[String(enc).toLowerCase()];
  if (e === undefined) {
    throw errors.make(TypeError, 'ERR_UNKNOWN_ENCODING',
                      'Unknown encoding: ' + String(enc));
  }
  return e;
}

function toBytes(buf) {
  if (buf instanceof Uint8Array)
    return buf;
  if (ArrayBuffer.isView(buf))
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  throw errors.make(TypeError, 'ERR_INVALID_ARG_TYPE',
                    'The "buf" argument must be an instance of Buffer, ' +
                    'TypedArray, or DataView.' + errors.describeReceived(buf));
}

// Buffer#toString (C) over a byte range of any Uint8Array, without a copy;
// null when there is no Buffer with from(arrayBuffer, offset, length).
function viaBuffer(b, enc, start, end) {
  if (typeof Buffer !== 'function' || typeof Buffer.from !== 'function')
    return null;
  var view = b instanceof Buffer ? b
                                 : Buffer.from(b.buffer, b.byteOffset, b.length);
  return view.toString(enc, start, end);
}

// String.fromCharCode over a byte range, in chunks (apply has an argument
// limit); mask 0x7f for ascii.
function bytesToLatin1(b, start, end, mask) {
  if (end - start > 64) {
    var r = viaBuffer(b, mask === 0xff ? 'latin1' : 'ascii', start, end);
    if (r !== null)
      return r;
  }
  var parts = [], i, n, chunk, j;
  for (i = start; i < end; i += 8192) {
    n = Math.min(8192, end - i);
    chunk = new Array(n);
    for (j = 0; j < n; j++)
      chunk[j] = b[i + j] & mask;
    parts.push(String.fromCharCode.apply(null, chunk));
  }
  return parts.join('');
}

function bytesToUtf16(b, start, end) {
  if (end - start > 64) {
    var r = viaBuffer(b, 'utf16le', start, end - ((end - start) & 1));
    if (r !== null)
      return r;
  }
  var parts = [], i, n, chunk, j;
  for (i = start; i + 1 < end; i += 16384) {
    n = Math.min(8192, (end - i) >> 1);
    chunk = new Array(n);
    for (j = 0; j < n; j++)
      chunk[j] = b[i + 2 * j] | (b[i + 2 * j + 1] << 8);
    parts.push(String.fromCharCode.apply(null, chunk));
  }
  return parts.join('');
}

function base64(b, start, end, url) {
  if (start >= end)
    return '';
  var s = Duktape.enc('base64', b.subarray(start, end));
  if (url)
    s = s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return s;
}

// Length of a UTF-8 sequence starting with lead byte c (0: not a lead).
function utf8SeqLen(c) {
  if (c >= 0xc2 && c <= 0xdf) return 2;
  if (c >= 0xe0 && c <= 0xef) return 3;
  if (c >= 0xf0 && c <= 0xf4) return 4;
  return 0;
}

// Is c a valid second byte after lead byte lead (WHATWG ranges)?
function utf8SecondOk(lead, c) {
  var lo = 0x80, hi = 0xbf;
  if (lead === 0xe0) lo = 0xa0;
  else if (lead === 0xed) hi = 0x9f;
  else if (lead === 0xf0) lo = 0x90;
  else if (lead === 0xf4) hi = 0x8f;
  return c >= lo && c <= hi;
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  Object.defineProperty(this, '_state', {
    value: {
      pending: new Uint8Array(4), // bytes of an incomplete character
      buffered: 0,
      need: 0,
      total: 0,
      td: null
    },
    writable: true
  });
}

StringDecoder.prototype.write = function (buf) {
  if (typeof buf === 'string')
    return buf;
  var b = toBytes(buf);
  var st = this._state;
  switch (this.encoding) {
  case 'utf8':
    return utf8Write(st, b);
  case 'utf16le':
    return utf16Write(st, b);
  case 'base64':
  case 'base64url':
    return base64Write(st, b, this.encoding === 'base64url');
  case 'hex':
    return Duktape.enc('hex', b);
  case 'latin1':
    return bytesToLatin1(b, 0, b.length, 0xff);
  default:
    return bytesToLatin1(b, 0, b.length, 0x7f);
  }
};

StringDecoder.prototype.end = function (buf) {
  var r = buf === undefined ? '' : this.write(buf);
  var st = this._state;
  switch (this.encoding) {
  case 'utf8':
    if (st.td !== null)
      r += st.td.decode();
    break;
  case 'utf16le':
    r += bytesToUtf16(st.pending, 0, st.buffered);
    break;
  case 'base64':
  case 'base64url':
    r += base64(st.pending, 0, st.buffered, this.encoding === 'base64url');
    break;
  }
  st.buffered = st.need = st.total = 0;
  st.td = null;
  return r;
};

// Legacy: decodes buf from offset, forgetting any incomplete character.
StringDecoder.prototype.text = function (buf, offset) {
  var st = this._state;
  st.buffered = st.need = st.total = 0;
  st.td = null;
  return this.write(toBytes(buf).subarray(offset));
};

Object.defineProperty(StringDecoder.prototype, 'lastChar', {
  configurable: true,
  get: function () {
    var p = this._state.pending;
    var out = typeof Buffer.alloc === 'function' ? Buffer.alloc(4)
                                                  : new Buffer(4);
    for (var i = 0; i < 4; i++)
      out[i] = i < this._state.buffered ? p[i] : 0;
    return out;
  }
});
Object.defineProperty(StringDecoder.prototype, 'lastNeed', {
  configurable: true,
  get: function () { return this._state.need; }
});
Object.defineProperty(StringDecoder.prototype, 'lastTotal', {
  configurable: true,
  get: function () { return this._state.total; }
});

function utf8Write(st, b) {
  if (st.td === null)
    st.td = new TextDecoder('utf-8', {ignoreBOM: true});
  var out = st.td.decode(b, {stream: true});
  // Track the incomplete tail for lastChar/lastNeed/lastTotal; the
  // TextDecoder keeps the authoritative copy.
  var tail = [], i, k, lead, n;
  for (i = Math.max(0, st.buffered + b.length - 3); i < st.buffered + b.length; i++)
    tail.push(i < st.buffered ? st.pending[i] : b[i - st.buffered]);
  st.buffered = st.need = st.total = 0;
  for (k = tail.length - 1; k >= 0; k--) {
    if (tail[k] >= 0x80 && tail[k] <= 0xbf)
      continue;
    lead = tail[k];
    n = utf8SeqLen(lead);
    if (n > tail.length - k &&
        (tail.length - k < 2 || utf8SecondOk(lead, tail[k + 1]))) {
      for (i = k; i < tail.length; i++)
        st.pending[i - k] = tail[i];
      st.buffered = tail.length - k;
      st.total = n;
      st.need = n - st.buffered;
    }
    break;
  }
  return out;
}

function utf16Write(st, b) {
  var out = [], pos = 0, unit;
  // First complete a pending code unit or surrogate pair.
  while (st.need > 0) {
    if (pos >= b.length)
      return '';
    st.pending[st.buffered++] = b[pos++];
    st.need--;
    if (st.need > 0)
      continue;
    unit = st.pending[st.buffered - 2] | (st.pending[st.buffered - 1] << 8);
    if (st.buffered === 2 && unit >= 0xd800 && unit <= 0xdbff) {
      st.need = 2; // a high surrogate: wait for its partner
      st.total = 4;
      continue;
    }
    out.push(bytesToUtf16(st.pending, 0, st.buffered));
    st.buffered = st.total = 0;
  }
  var end = b.length;
  if ((end - pos) & 1) {
    end--; // an odd byte waits for its partner
    st.pending[0] = b[end];
    st.buffered = 1;
    st.need = 1;
    st.total = 2;
  } else if (end - pos >= 2) {
    unit = b[end - 2] | (b[end - 1] << 8);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      end -= 2;
      st.pending[0] = b[end];
      st.pending[1] = b[end + 1];
      st.buffered = 2;
      st.need = 2;
      st.total = 4;
    }
  }
  out.push(bytesToUtf16(b, pos, end));
  return out.join('');
}

function base64Write(st, b, url) {
  var out = '', pos = 0;
  if (st.buffered > 0) {
    while (st.buffered < 3 && pos < b.length)
      st.pending[st.buffered++] = b[pos++];
    if (st.buffered < 3) {
      st.need = 3 - st.buffered;
      return '';
    }
    out = base64(st.pending, 0, 3, url);
    st.buffered = st.need = st.total = 0;
  }
  var rest = (b.length - pos) % 3;
  var end = b.length - rest;
  out += base64(b, pos, end, url);
  if (rest > 0) {
    for (var i = 0; i < rest; i++)
      st.pending[i] = b[end + i];
    st.buffered = rest;
    st.need = 3 - rest;
    st.total = 3;
  }
  return out;
}

exports.StringDecoder = StringDecoder;

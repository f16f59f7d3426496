// querystring: Node's parse/stringify of application/x-www-form-urlencoded
// style strings with custom separators, plus escape/unescape and
// unescapeBuffer. The per-character work is done by the engine's own
// encodeURIComponent/decodeURIComponent (C) and String#split.
'use strict';

var errors = require('internal/errors');

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function allocBuffer(n) {
  return typeof Buffer.allocUnsafe === 'function' ? Buffer.allocUnsafe(n)
                                                  : new Buffer(n);
}

// Decodes %XX escapes (and '+' when decodeSpaces) into bytes; anything
// that is not a valid escape is kept (as UTF-8).
function unescapeBuffer(s, decodeSpaces) {
  s = String(s);
  var bytes = [], i, c, hi, lo, j, enc;
  for (i = 0; i < s.length; i++) {
    c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      bytes.push(32);
    } else if (c === 37 && i + 2 < s.length &&
               (hi = hexValue(s.charCodeAt(i + 1))) >= 0 &&
               (lo = hexValue(s.charCodeAt(i + 2))) >= 0) {
      bytes.push(hi * 16 + lo);
      i += 2;
    } else if (c < 128) {
      bytes.push(c);
    } else {
      // a run of non-ASCII characters: their UTF-8 bytes
      j = i;
      while (j < s.length && s.charCodeAt(j) >= 128 && s.charCodeAt(j) !== 37)
        j++;
      enc = unescape(encodeURIComponentLoose(s.slice(i, j)));
      for (var k = 0; k < enc.length; k++)
        bytes.push(enc.charCodeAt(k));
      i = j - 1;
    }
  }
  var out = allocBuffer(bytes.length);
  for (i = 0; i < bytes.length; i++)
    out[i] = bytes[i];
  return out;
}

// encodeURIComponent that turns lone surrogates into U+FFFD instead of
// throwing (for byte conversion only).
function encodeURIComponentLoose(s) {
  try {
    return encodeURIComponent(s);
  } catch (e) {
    return encodeURIComponent(s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|([^\ud800-\udbff]|^)[\udc00-\udfff]/g,
                                        function (m, p) {
                                          return (p || '') + '\ufffd';
                                        }));
  }
}

function bytesToString(buf) {
  return new TextDecoder('utf-8').decode(buf);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return bytesToString(exports.unescapeBuffer(s, decodeSpaces));
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object')
      str = String(str);
    else
      str += '';
  }
  try {
    return encodeURIComponent(str);
  } catch (e) {
    throw errors.make(URIError, 'ERR_INVALID_URI', 'URI malformed');
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringified(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && isFinite(v))
    return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringifiedCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  var encode = exports.escape;
  if (options && typeof options.encodeURIComponent === 'function')
    encode = options.encodeURIComponent;
  var convert = encode === qsEscape ? encodeStringified
                                    : encodeStringifiedCustom;
  if (obj === null || typeof obj !== 'object')
    return '';
  var keys = Object.keys(obj), fields = [], i, j, k, v, ks;
  for (i = 0; i < keys.length; i++) {
    k = keys[i];
    v = obj[k];
    ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      for (j = 0; j < v.length; j++)
        fields.push(ks + convert(v[j], encode));
    } else {
      fields.push(ks + convert(v, encode));
    }
  }
  return fields.join(sep);
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch (e) {
    return exports.unescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  var obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0)
    return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  var maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number')
    maxKeys = options.maxKeys;
  var decode = exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function')
    decode = options.decodeURIComponent;
  var custom = decode !== qsUnescape;

  var pairs = qs.split(sep);
  if (maxKeys > 0 && pairs.length > maxKeys)
    pairs.length = maxKeys;
  var i, p, at, key, value, cur;
  for (i = 0; i < pairs.length; i++) {
    p = pairs[i];
    if (p.length === 0)
      continue;
    at = p.indexOf(eq);
    if (at >= 0) {
      key = p.slice(0, at);
      value = p.slice(at + eq.length);
    } else {
      key = p;
      value = '';
    }
    if (key.indexOf('+') >= 0)
      key = key.replace(/\+/g, ' ');
    if (value.indexOf('+') >= 0)
      value = value.replace(/\+/g, ' ');
    if (key.length > 0 && (custom || key.indexOf('%') >= 0))
      key = decodeStr(key, decode);
    if (value.length > 0 && (custom || value.indexOf('%') >= 0))
      value = decodeStr(value, decode);
    cur = obj[key];
    if (cur === undefined)
      obj[key] = value;
    else if (Array.isArray(cur))
      cur.push(value);
    else
      obj[key] = [cur, value];
  }
  return obj;
}

exports.unescapeBuffer = unescapeBuffer;
exports.unescape = qsUnescape;
exports.escape = qsEscape;
exports.stringify = exports.encode = stringify;
exports.parse = exports.decode = parse;

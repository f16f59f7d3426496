// internal/url: the WHATWG URL Standard's parser and serializer, the URL
// and URLSearchParams classes, and the file: URL helpers. Hosts go through
// an IDNA step that is ASCII-complete but for non-ASCII labels only
// lowercases and Punycode-encodes (no full UTS #46 mapping table, no NFC).
// Per-character work uses the engine's regex and encodeURIComponent (C).
'use strict';

var errors = require('internal/errors');

var SPECIAL = {'ftp:': 21, 'file:': null, 'http:': 80, 'https:': 443,
               'ws:': 80, 'wss:': 443};

function isSpecialScheme(s) {
  return Object.prototype.hasOwnProperty.call(SPECIAL, s + ':');
}

function invalidUrl(input, base) {
  var err = errors.make(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  if (base !== undefined)
    err.base = base;
  return err;
}

// ---- strings and percent-encoding ----

// Lone surrogates become U+FFFD (a USVString conversion).
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])([\udc00-\udfff])/g;
function toUSV(s) {
  if (typeof s === 'symbol')
    throw new TypeError('Cannot convert a Symbol value to a string');
  s = String(s);
  if (!/[\ud800-\udfff]/.test(s))
    return s;
  return s.replace(LONE_SURROGATE, function (m, pre) {
    return pre === undefined ? '\ufffd' : pre + '\ufffd';
  });
}

var HEX = '0123456789ABCDEF';
function pctByte(b) {
  return '%' + HEX.charAt(b >> 4) + HEX.charAt(b & 15);
}
function pctChar(c) {
  var code = c.charCodeAt(0);
  if (code < 0x80)
    return pctByte(code);
  return encodeURIComponent(c); // UTF-8, upper-case hex
}

// Percent-encode sets: ids of the tables in src/url.c, which does the
// UTF-8 percent-encoding (a per-byte loop).
var C0_SET = 0, FRAGMENT_SET = 1, QUERY_SET = 2, SPECIAL_QUERY_SET = 3,
    PATH_SET = 4, USERINFO_SET = 5, COMPONENT_SET = 6, FORM_SET = 7;

function pctEncode(s, set) {
  return native.pctEncode(s, set);
}

// Percent-decodes s and reads the bytes as UTF-8 (with replacement).
function pctDecodeString(s) {
  if (s.indexOf('%') < 0)
    return s;
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return utf8Decode(pctDecodeBytes(s));
  }
}

function hexVal(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function pctDecodeBytes(s) {
  var bytes = [], i, c, hi, lo, enc, k;
  for (i = 0; i < s.length; i++) {
    c = s.charCodeAt(i);
    if (c === 37 && i + 2 < s.length &&
        (hi = hexVal(s.charCodeAt(i + 1))) >= 0 &&
        (lo = hexVal(s.charCodeAt(i + 2))) >= 0) {
      bytes.push(hi * 16 + lo);
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      enc = unescape(encodeURIComponent(toUSV(s.charAt(i) +
        (c >= 0xd800 && c <= 0xdbff ? s.charAt(i + 1) : ''))));
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
      for (k = 0; k < enc.length; k++) bytes.push(enc.charCodeAt(k));
    }
  }
  return new Uint8Array(bytes);
}

function utf8Decode(bytes) {
  return new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes);
}

// ---- hosts ----

// Forbidden host code points; domains also forbid C0 controls, % and DEL.
var FORBIDDEN_HOST = /[\x00\t\n\r #\/:<>?@\[\\\]^|]/;
var FORBIDDEN_DOMAIN = /[\x00-\x20#\/:<>?@\[\\\]^|%\x7f]/;

function parseIPv4Number(s) {
  if (s === '')
    return NaN;
  var radix = 10;
  if (s.length >= 2 && s.charAt(0) === '0' &&
      (s.charAt(1) === 'x' || s.charAt(1) === 'X')) {
    s = s.slice(2);
    radix = 16;
  } else if (s.length >= 2 && s.charAt(0) === '0') {
    s = s.slice(1);
    radix = 8;
  }
  if (s === '')
    return 0;
  var re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/
                                                    : /^[0-7]+$/;
  if (!re.test(s))
    return NaN;
  return parseInt(s, radix);
}

// The last label (ignoring one trailing '.') is a number: decimal digits,
// or 0x with hex digits (what parseIPv4Number accepts).
function endsInANumber(s) {
  var end = s.length;
  if (end > 0 && s.charCodeAt(end - 1) === 46)
    end--;
  if (end === 0)
    return false;
  var last = s.slice(s.lastIndexOf('.', end - 1) + 1, end);
  return /^(?:[0-9]+|0[xX][0-9a-fA-F]*)$/.test(last);
}

// Returns the serialized IPv4 address, or null on failure.
function parseIPv4(s) {
  var parts = s.split('.'), nums = [], i, n;
  if (parts[parts.length - 1] === '' && parts.length > 1)
    parts.pop();
  if (parts.length > 4)
    return null;
  for (i = 0; i < parts.length; i++) {
    n = parseIPv4Number(parts[i]);
    if (isNaN(n))
      return null;
    nums.push(n);
  }
  for (i = 0; i < nums.length - 1; i++)
    if (nums[i] > 255)
      return null;
  if (nums[nums.length - 1] >= Math.pow(256, 5 - nums.length))
    return null;
  var ipv4 = nums[nums.length - 1];
  for (i = 0; i < nums.length - 1; i++)
    ipv4 += nums[i] * Math.pow(256, 3 - i);
  var out = [];
  for (i = 0; i < 4; i++) {
    out.unshift(String(ipv4 % 256));
    ipv4 = Math.floor(ipv4 / 256);
  }
  return out.join('.');
}

// Returns the 8 pieces of an IPv6 address, or null on failure.
function parseIPv6(input) {
  var address = [0, 0, 0, 0, 0, 0, 0, 0];
  var pieceIndex = 0, compress = null, pointer = 0, len = input.length;
  var c = function () { return input.charCodeAt(pointer); };
  var value, length, numbersSeen, ipv4Piece, number, swaps, tmp;

  if (c() === 58) { // :
    if (input.charCodeAt(1) !== 58)
      return null;
    pointer += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (pointer < len) {
    if (pieceIndex === 8)
      return null;
    if (c() === 58) {
      if (compress !== null)
        return null;
      pointer++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    value = 0;
    length = 0;
    while (length < 4 && pointer < len && hexVal(c()) >= 0) {
      value = value * 16 + hexVal(c());
      pointer++;
      length++;
    }
    if (pointer < len && c() === 46) { // .
      if (length === 0)
        return null;
      pointer -= length;
      if (pieceIndex > 6)
        return null;
      numbersSeen = 0;
      while (pointer < len) {
        ipv4Piece = null;
        if (numbersSeen > 0) {
          if (c() === 46 && numbersSeen < 4)
            pointer++;
          else
            return null;
        }
        if (pointer >= len || !(c() >= 48 && c() <= 57))
          return null;
        while (pointer < len && c() >= 48 && c() <= 57) {
          number = c() - 48;
          if (ipv4Piece === null)
            ipv4Piece = number;
          else if (ipv4Piece === 0)
            return null;
          else
            ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255)
            return null;
          pointer++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4)
          pieceIndex++;
      }
      if (numbersSeen !== 4)
        return null;
      break;
    } else if (pointer < len && c() === 58) {
      pointer++;
      if (pointer >= len)
        return null;
    } else if (pointer < len) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed.
  var best = -1, bestLen = 1, i, j, out = '', ignore0 = false;
  for (i = 0; i < 8; i++) {
    if (address[i] !== 0)
      continue;
    for (j = i; j < 8 && address[j] === 0; j++) {}
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  for (i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0)
      continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7)
      out += ':';
  }
  return out;
}

// ---- Punycode (RFC 3492) and the IDNA step ----

var PUNY_BASE = 36, PUNY_TMIN = 1, PUNY_TMAX = 26, PUNY_SKEW = 38,
    PUNY_DAMP = 700, PUNY_BIAS = 72, PUNY_N = 128;

function punyAdapt(delta, numPoints, first) {
  var k = 0;
  delta = first ? Math.floor(delta / PUNY_DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  while (delta > ((PUNY_BASE - PUNY_TMIN) * PUNY_TMAX) >> 1) {
    delta = Math.floor(delta / (PUNY_BASE - PUNY_TMIN));
    k += PUNY_BASE;
  }
  return k + Math.floor((PUNY_BASE - PUNY_TMIN + 1) * delta /
                        (delta + PUNY_SKEW));
}

function punyDigit(d) {
  return String.fromCharCode(d < 26 ? d + 97 : d + 22);
}

function codePoints(s) {
  var out = [], i, c, d;
  for (i = 0; i < s.length; i++) {
    c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push((c - 0xd800) * 0x400 + d - 0xdc00 + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function fromCodePoints(cps) {
  var out = [], i, c;
  for (i = 0; i < cps.length; i++) {
    c = cps[i];
    if (c > 0xffff) {
      c -= 0x10000;
      out.push(String.fromCharCode(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff)));
    } else {
      out.push(String.fromCharCode(c));
    }
  }
  return out.join('');
}

function punyEncode(s) {
  var input = codePoints(s), output = [], n = PUNY_N, delta = 0,
      bias = PUNY_BIAS, i, m, h, b, q, k, t, c;
  for (i = 0; i < input.length; i++)
    if (input[i] < 0x80)
      output.push(String.fromCharCode(input[i]));
  h = b = output.length;
  if (b > 0)
    output.push('-');
  while (h < input.length) {
    m = 0x7fffffff;
    for (i = 0; i < input.length; i++)
      if (input[i] >= n && input[i] < m)
        m = input[i];
    delta += (m - n) * (h + 1);
    n = m;
    for (i = 0; i < input.length; i++) {
      c = input[i];
      if (c < n)
        delta++;
      if (c === n) {
        q = delta;
        for (k = PUNY_BASE;; k += PUNY_BASE) {
          t = k <= bias ? PUNY_TMIN : k >= bias + PUNY_TMAX ? PUNY_TMAX
                                                            : k - bias;
          if (q < t)
            break;
          output.push(punyDigit(t + (q - t) % (PUNY_BASE - t)));
          q = Math.floor((q - t) / (PUNY_BASE - t));
        }
        output.push(punyDigit(q));
        bias = punyAdapt(delta, h + 1, h === b);
        delta = 0;
        h++;
      }
    }
    delta++;
    n++;
  }
  return output.join('');
}

// Returns the decoded string, or null when s is not valid Punycode.
function punyDecode(s) {
  var output = [], n = PUNY_N, i = 0, bias = PUNY_BIAS, basic, j, oldi, w, k,
      digit, t, c;
  basic = s.lastIndexOf('-');
  if (basic < 0)
    basic = 0;
  for (j = 0; j < basic; j++) {
    if (s.charCodeAt(j) >= 0x80)
      return null;
    output.push(s.charCodeAt(j));
  }
  for (j = basic > 0 ? basic + 1 : 0; j < s.length;) {
    oldi = i;
    w = 1;
    for (k = PUNY_BASE;; k += PUNY_BASE) {
      if (j >= s.length)
        return null;
      c = s.charCodeAt(j++);
      if (c >= 48 && c <= 57)
        digit = c - 22;
      else if (c >= 65 && c <= 90)
        digit = c - 65;
      else if (c >= 97 && c <= 122)
        digit = c - 97;
      else
        digit = PUNY_BASE;
      if (digit >= PUNY_BASE || digit > Math.floor((0x7fffffff - i) / w))
        return null;
      i += digit * w;
      t = k <= bias ? PUNY_TMIN : k >= bias + PUNY_TMAX ? PUNY_TMAX : k - bias;
      if (digit < t)
        break;
      if (w > Math.floor(0x7fffffff / (PUNY_BASE - t)))
        return null;
      w *= PUNY_BASE - t;
    }
    bias = punyAdapt(i - oldi, output.length + 1, oldi === 0);
    if (Math.floor(i / (output.length + 1)) > 0x7fffffff - n)
      return null;
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff))
      return null;
    output.splice(i++, 0, n);
  }
  return fromCodePoints(output);
}

// UTS #46 mapping, the ASCII-complete subset: full stops, lowercase,
// characters mapped to nothing; non-ASCII letters are lowercased with
// toLowerCase (no NFC, no full mapping table).
var NON_ASCII = /[^\x00-\x7f]/;
var IDNA_DOTS = /[\u3002\uff0e\uff61]/g;
var IDNA_IGNORED = /[\u00ad\u034f\u180b-\u180d\u200b\u2060\ufe00-\ufe0f\ufeff]/g;
var IDNA_FULLWIDTH = /[\uff01-\uff5e]/g;
// Space-like characters UTS #46 maps to U+0020 (then forbidden in hosts).
var IDNA_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Code points that are disallowed, or mapped (so invalid inside an xn--
// label): C1 controls, noncharacters, specials, enclosed and compatibility
// forms, fullwidth forms. A subset of the UTS #46 table.
var IDNA_INVALID = /[\u0080-\u009f\u00a0\u00ad\u2460-\u24ff\u3250-\u33ff\ufdd0-\ufdef\ufff9-\uffff\uff00-\uffef]/;

// domainToASCII: returns the ASCII domain or null on failure.
function domainToASCII(domain, beStrict) {
  var d = domain, labels, i, label, dec;
  if (!NON_ASCII.test(d) && d.indexOf('xn--') < 0 && d.indexOf('XN--') < 0 &&
      !/xn--/i.test(d)) {
    d = d.toLowerCase(); // the common case: nothing to map or check
    return beStrict && (d.length > 253 || d === '') ? null : d;
  }
  if (/[^\x00-\x7f]/.test(d)) {
    d = d.replace(IDNA_IGNORED, '').replace(IDNA_DOTS, '.')
         .replace(IDNA_FULLWIDTH, function (ch) {
           return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
         }).replace(IDNA_SPACES, ' ');
    if (IDNA_INVALID.test(d))
      return null;
  }
  d = d.toLowerCase();
  labels = d.split('.');
  for (i = 0; i < labels.length; i++) {
    label = labels[i];
    if (label.slice(0, 4) === 'xn--') {
      if (/[^\x00-\x7f]/.test(label))
        return null;
      dec = punyDecode(label.slice(4));
      if (dec === null || dec === '' || !/[^\x00-\x7f]/.test(dec))
        return null;
      if (dec.toLowerCase() !== dec || IDNA_INVALID.test(dec))
        return null;
    } else if (/[^\x00-\x7f]/.test(label)) {
      if (/[\ufffd\u0000-\u001f]/.test(label))
        return null;
      labels[i] = 'xn--' + punyEncode(label);
    }
  }
  d = labels.join('.');
  if (beStrict && (d.length > 253 || d === ''))
    return null;
  return d;
}

function domainToUnicode(domain) {
  var labels = String(domain).toLowerCase().split('.'), i, dec;
  for (i = 0; i < labels.length; i++) {
    if (labels[i].slice(0, 4) === 'xn--') {
      dec = punyDecode(labels[i].slice(4));
      if (dec !== null)
        labels[i] = dec;
    }
  }
  return labels.join('.');
}

// The host parser: returns the serialized host or null on failure.
function parseHost(input, isOpaque) {
  var addr;
  if (input.charAt(0) === '[') {
    if (input.charAt(input.length - 1) !== ']')
      return null;
    addr = parseIPv6(input.slice(1, -1));
    return addr === null ? null : '[' + serializeIPv6(addr) + ']';
  }
  if (isOpaque) {
    if (FORBIDDEN_HOST.test(input))
      return null;
    return pctEncode(input, C0_SET);
  }
  var domain = pctDecodeString(input);
  var ascii = domainToASCII(domain, false);
  if (ascii === null || ascii === '' || FORBIDDEN_DOMAIN.test(ascii))
    return null;
  if (endsInANumber(ascii))
    return parseIPv4(ascii);
  return ascii;
}

// ---- the basic URL parser ----

// States
var SCHEME_START = 1, SCHEME = 2, NO_SCHEME = 3,
    SPECIAL_RELATIVE_OR_AUTHORITY = 4, PATH_OR_AUTHORITY = 5, RELATIVE = 6,
    RELATIVE_SLASH = 7, SPECIAL_AUTHORITY_SLASHES = 8,
    SPECIAL_AUTHORITY_IGNORE_SLASHES = 9, AUTHORITY = 10, HOST = 11,
    HOSTNAME = 12, PORT = 13, FILE = 14, FILE_SLASH = 15, FILE_HOST = 16,
    PATH_START = 17, PATH = 18, OPAQUE_PATH = 19, QUERY = 20, FRAGMENT = 21;

function isAlpha(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isSchemeChar(c) {
  return isAlpha(c) || isDigit(c) || c === 43 || c === 45 || c === 46;
}

function isWindowsDriveLetter(s, normalizedOnly) {
  return s.length === 2 && isAlpha(s.charCodeAt(0)) &&
         (s.charAt(1) === ':' || (!normalizedOnly && s.charAt(1) === '|'));
}

function startsWithWindowsDriveLetter(input, p) {
  if (input.length - p < 2)
    return false;
  if (!isWindowsDriveLetter(input.slice(p, p + 2), false))
    return false;
  if (input.length - p === 2)
    return true;
  var c = input.charAt(p + 2);
  return c === '/' || c === '\\' || c === '?' || c === '#';
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
  switch (s.toLowerCase()) {
  case '..': case '.%2e': case '%2e.': case '%2e%2e':
    return true;
  }
  return false;
}

function shortenPath(url) {
  var path = url.path;
  if (url.scheme === 'file' && path.length === 1 &&
      isWindowsDriveLetter(path[0], true))
    return;
  path.pop();
}

// The relative states take base's authority: credentials, host and port.
function copyAuthority(url, base) {
  url.username = base.username;
  url.password = base.password;
  url.host = base.host;
  url.port = base.port;
}

// Where a path ends: '?' starts the query, '#' the fragment (each empty so
// far). Returns the state that follows, or 0 when c is neither.
function queryOrFragment(url, c) {
  if (c === 63) {
    url.query = '';
    return QUERY;
  }
  if (c === 35) {
    url.fragment = '';
    return FRAGMENT;
  }
  return 0;
}

// The relative and file states, on anything but a slash: base's path and
// query; then '?' or '#' starts that part, and anything else (to reconsume
// in the path state) a path relative to base's: its last segment dropped,
// or none of it kept (newPath: a Windows drive letter starts the input).
// Returns the next state, or 0 at the end of the input.
function relativeToBase(url, base, c, newPath) {
  var next;
  url.path = base.path.slice();
  url.query = base.query;
  next = queryOrFragment(url, c);
  if (next || c === -1)
    return next;
  url.query = null;
  if (newPath)
    url.path = [];
  else
    shortenPath(url);
  return PATH;
}

function newRecord() {
  return {scheme: '', username: '', password: '', host: null, port: null,
          path: [], opaque: false, query: null, fragment: null};
}

function copyRecord(u) {
  return {scheme: u.scheme, username: u.username, password: u.password,
          host: u.host, port: u.port,
          path: u.opaque ? u.path : u.path.slice(), opaque: u.opaque,
          query: u.query, fragment: u.fragment};
}

// Parses input (against base, a record or null). Without stateOverride it
// returns a new record or null on failure. With stateOverride it modifies
// url and returns url, or null (failure) / undefined (nothing changed).
function basicParse(input, base, url, stateOverride) {
  if (!url) {
    url = newRecord();
    input = input.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  }
  if (/[\t\n\r]/.test(input))
    input = input.replace(/[\t\n\r]/g, '');

  var state = stateOverride || SCHEME_START;
  var buffer = '', atSignSeen = false, insideBrackets = false,
      passwordTokenSeen = false;
  var pointer = 0, len = input.length, c, ch, i, host, port, seg, segs, end,
      last, next;
  var special = isSpecialScheme(url.scheme);

  for (;; pointer++) {
    c = pointer < len ? input.charCodeAt(pointer) : -1; // -1: EOF
    ch = pointer < len ? input.charAt(pointer) : '';
    switch (state) {
    case SCHEME_START:
      if (c !== -1 && isAlpha(c)) {
        // Take the run of scheme characters at once (no per-character
        // string building); the scheme state sees what follows it.
        end = pointer + 1;
        while (end < len && isSchemeChar(input.charCodeAt(end)))
          end++;
        buffer = input.slice(pointer, end).toLowerCase();
        pointer = end - 1;
        state = SCHEME;
      } else if (!stateOverride) {
        state = NO_SCHEME;
        pointer--;
      } else {
        return null;
      }
      break;

    case SCHEME:
      if (c !== -1 && (isAlpha(c) || isDigit(c) || c === 43 || c === 45 ||
                       c === 46)) {
        buffer += ch.toLowerCase();
      } else if (c === 58) { // :
        if (stateOverride) {
          if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer))
            return undefined;
          if ((url.username !== '' || url.password !== '' ||
               url.port !== null) && buffer === 'file')
            return undefined;
          if (url.scheme === 'file' && url.host === '')
            return undefined;
        }
        url.scheme = buffer;
        special = isSpecialScheme(buffer);
        if (stateOverride) {
          if (url.port === SPECIAL[url.scheme + ':'])
            url.port = null;
          return url;
        }
        buffer = '';
        if (url.scheme === 'file') {
          state = FILE;
        } else if (special && base !== null && base.scheme === url.scheme) {
          state = SPECIAL_RELATIVE_OR_AUTHORITY;
        } else if (special) {
          state = SPECIAL_AUTHORITY_SLASHES;
        } else if (input.charAt(pointer + 1) === '/') {
          state = PATH_OR_AUTHORITY;
          pointer++;
        } else {
          url.path = '';
          url.opaque = true;
          state = OPAQUE_PATH;
        }
      } else if (!stateOverride) {
        buffer = '';
        state = NO_SCHEME;
        pointer = -1;
      } else {
        return null;
      }
      break;

    case NO_SCHEME:
      if (base === null || (base.opaque && c !== 35)) {
        return null;
      } else if (base.opaque && c === 35) {
        url.scheme = base.scheme;
        special = isSpecialScheme(url.scheme);
        url.path = base.path;
        url.opaque = true;
        url.query = base.query;
        url.fragment = '';
        state = FRAGMENT;
      } else if (base.scheme !== 'file') {
        state = RELATIVE;
        pointer--;
      } else {
        state = FILE;
        pointer--;
      }
      break;

    case SPECIAL_RELATIVE_OR_AUTHORITY:
      if (c === 47 && input.charAt(pointer + 1) === '/') {
        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        pointer++;
      } else {
        state = RELATIVE;
        pointer--;
      }
      break;

    case PATH_OR_AUTHORITY:
      if (c === 47) {
        state = AUTHORITY;
      } else {
        state = PATH;
        pointer--;
      }
      break;

    case RELATIVE:
      url.scheme = base.scheme;
      special = isSpecialScheme(url.scheme);
      if (c === 47 || (special && c === 92)) {
        state = RELATIVE_SLASH;
      } else {
        copyAuthority(url, base);
        next = relativeToBase(url, base, c, false);
        if (next === PATH)
          pointer--;
        state = next || state;
      }
      break;

    case RELATIVE_SLASH:
      if (special && (c === 47 || c === 92)) {
        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
      } else if (c === 47) {
        state = AUTHORITY;
      } else {
        copyAuthority(url, base);
        state = PATH;
        pointer--;
      }
      break;

    case SPECIAL_AUTHORITY_SLASHES:
      // "//" expected; without it, what is there is the authority
      state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
      if (c === 47 && input.charAt(pointer + 1) === '/')
        pointer++;
      else
        pointer--;
      break;

    case SPECIAL_AUTHORITY_IGNORE_SLASHES:
      if (c !== 47 && c !== 92) {
        state = AUTHORITY;
        pointer--;
      }
      break;

    case AUTHORITY:
      // Scan to the end of the authority; everything before its last '@'
      // is credentials (earlier '@'s end up as %40, as the standard's
      // character loop makes them), split at the first ':'.
      end = pointer;
      i = -1;
      while (end < len) {
        c = input.charCodeAt(end);
        if (c === 47 || c === 63 || c === 35 || (special && c === 92))
          break;
        if (c === 64)
          i = end;
        end++;
      }
      if (i >= 0) {
        seg = input.slice(pointer, i);
        end = seg.indexOf(':');
        if (end >= 0) {
          url.username += pctEncode(seg.slice(0, end), USERINFO_SET);
          url.password += pctEncode(seg.slice(end + 1), USERINFO_SET);
        } else {
          url.username += pctEncode(seg, USERINFO_SET);
        }
        c = i + 1 < len ? input.charCodeAt(i + 1) : -1;
        if (c === -1 || c === 47 || c === 63 || c === 35 ||
            (special && c === 92))
          return null; // credentials without a host
        pointer = i + 1;
      }
      state = HOST;
      pointer--;
      break;

    case HOST:
    case HOSTNAME:
      if (stateOverride && url.scheme === 'file') {
        pointer--;
        state = FILE_HOST;
        break;
      }
      end = pointer;
      while (end < len) {
        c = input.charCodeAt(end);
        if (c === 91) {
          insideBrackets = true;
        } else if (c === 93) {
          insideBrackets = false;
        } else if ((c === 58 && !insideBrackets) || c === 47 || c === 63 ||
                   c === 35 || (special && c === 92)) {
          break;
        }
        end++;
      }
      buffer += input.slice(pointer, end);
      pointer = end;
      c = pointer < len ? input.charCodeAt(pointer) : -1;
      if (c === 58) { // ':' outside brackets: a port follows
        if (buffer === '')
          return null;
        if (stateOverride === HOSTNAME)
          return undefined;
      } else {
        pointer--;
        if (special && buffer === '')
          return null;
        if (stateOverride && buffer === '' &&
            (url.username !== '' || url.password !== '' || url.port !== null))
          return undefined;
      }
      host = parseHost(buffer, !special);
      if (host === null)
        return null;
      url.host = host;
      buffer = '';
      if (c === 58)
        state = PORT;
      else if (stateOverride)
        return url;
      else
        state = PATH_START;
      break;

    case PORT:
      if (c !== -1 && isDigit(c)) {
        buffer += ch;
      } else if (c === -1 || c === 47 || c === 63 || c === 35 ||
                 (special && c === 92) || stateOverride) {
        if (buffer !== '') {
          port = parseInt(buffer, 10);
          if (port > 65535)
            return null;
          url.port = SPECIAL[url.scheme + ':'] === port ? null : port;
          buffer = '';
          if (stateOverride)
            return url;
        }
        if (stateOverride)
          return null;
        state = PATH_START;
        pointer--;
      } else {
        return null;
      }
      break;

    case FILE:
      url.scheme = 'file';
      special = true;
      url.host = '';
      if (c === 47 || c === 92) {
        state = FILE_SLASH;
      } else if (base !== null && base.scheme === 'file') {
        url.host = base.host;
        next = relativeToBase(url, base, c,
                              startsWithWindowsDriveLetter(input, pointer));
        if (next === PATH)
          pointer--;
        state = next || state;
      } else {
        state = PATH;
        pointer--;
      }
      break;

    case FILE_SLASH:
      if (c === 47 || c === 92) {
        state = FILE_HOST;
      } else {
        if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          if (!startsWithWindowsDriveLetter(input, pointer) &&
              base.path.length > 0 && isWindowsDriveLetter(base.path[0], true))
            url.path.push(base.path[0]);
        }
        state = PATH;
        pointer--;
      }
      break;

    case FILE_HOST:
      if (c === -1 || c === 47 || c === 92 || c === 63 || c === 35) {
        pointer--;
        if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
          state = PATH; // the buffer is a drive letter, not a host
        } else if (buffer === '') {
          url.host = '';
          if (stateOverride)
            return url;
          state = PATH_START;
        } else {
          host = parseHost(buffer, !special);
          if (host === null)
            return null;
          if (host === 'localhost')
            host = '';
          url.host = host;
          if (stateOverride)
            return url;
          buffer = '';
          state = PATH_START;
        }
      } else {
        buffer += ch;
      }
      break;

    case PATH_START:
      if (special) {
        state = PATH;
        if (c !== 47 && c !== 92)
          pointer--;
      } else if (!stateOverride && (next = queryOrFragment(url, c))) {
        state = next;
      } else if (c !== -1) {
        state = PATH;
        if (c !== 47)
          pointer--;
      } else if (stateOverride && url.host === null) {
        url.path.push('');
      }
      break;

    case PATH:
      // The whole path at once: encode it (C), then walk its segments.
      // Encoding first is equivalent: the separators, '.', '%' and drive
      // letters are never encoded by the path set.
      end = pointer;
      if (!stateOverride) {
        while (end < len) {
          c = input.charCodeAt(end);
          if (c === 63 || c === 35)
            break;
          end++;
        }
      } else {
        end = len;
      }
      segs = pctEncode(buffer + input.slice(pointer, end), PATH_SET);
      buffer = '';
      segs = special ? segs.split(/[\/\\]/) : segs.split('/');
      pointer = end;
      c = pointer < len ? input.charCodeAt(pointer) : -1;
      for (i = 0; i < segs.length; i++) {
        seg = segs[i];
        last = i === segs.length - 1; // else followed by a separator
        if (seg.length <= 6 && isDoubleDot(seg)) {
          shortenPath(url);
          if (last)
            url.path.push('');
        } else if (seg.length <= 3 && isSingleDot(seg)) {
          if (last)
            url.path.push('');
        } else {
          if (url.scheme === 'file' && url.path.length === 0 &&
              isWindowsDriveLetter(seg, false))
            seg = seg.charAt(0) + ':';
          url.path.push(seg);
        }
      }
      next = queryOrFragment(url, c);
      if (next) {
        state = next;
      } else {
        pointer = len;
        c = -1;
      }
      break;

    case OPAQUE_PATH:
      end = pointer;
      while (end < len && input.charCodeAt(end) !== 63 &&
             input.charCodeAt(end) !== 35)
        end++;
      url.path += pctEncode(input.slice(pointer, end), C0_SET);
      pointer = end;
      c = pointer < len ? input.charCodeAt(pointer) : -1;
      state = queryOrFragment(url, c) || state;
      break;

    case QUERY:
      end = stateOverride ? len : input.indexOf('#', pointer);
      if (end < 0)
        end = len;
      url.query += pctEncode(input.slice(pointer, end),
                             special ? SPECIAL_QUERY_SET : QUERY_SET);
      pointer = end;
      if (pointer < len) {
        url.fragment = '';
        state = FRAGMENT;
      }
      break;

    case FRAGMENT:
      url.fragment += pctEncode(input.slice(pointer), FRAGMENT_SET);
      pointer = len;
      break;
    }
    if (pointer >= len && c === -1)
      break;
  }
  return url;
}

function serializePath(url) {
  if (url.opaque)
    return url.path;
  return url.path.length === 0 ? '' : '/' + url.path.join('/');
}

function serializeURL(url, excludeFragment) {
  var out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '')
        out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null)
      out += ':' + url.port;
  } else if (!url.opaque && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null)
    out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null)
    out += '#' + url.fragment;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
  case 'blob':
    var inner = basicParse(serializePath(url), null);
    if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https'))
      return serializeOrigin(inner);
    return 'null';
  case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
    return url.scheme + '://' + url.host +
           (url.port !== null ? ':' + url.port : '');
  }
  return 'null';
}

function cannotHaveCredentialsOrPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

function stripTrailingSpacesFromOpaquePath(url) {
  if (!url.opaque || url.fragment !== null || url.query !== null)
    return;
  url.path = url.path.replace(/ +$/, '');
}

// ---- application/x-www-form-urlencoded ----

function formParse(input) {
  var list = [], seqs = input.split('&'), i, s, at, name, value;
  for (i = 0; i < seqs.length; i++) {
    s = seqs[i];
    if (s === '')
      continue;
    at = s.indexOf('=');
    if (at >= 0) {
      name = s.slice(0, at);
      value = s.slice(at + 1);
    } else {
      name = s;
      value = '';
    }
    if (name.indexOf('+') >= 0) name = name.replace(/\+/g, ' ');
    if (value.indexOf('+') >= 0) value = value.replace(/\+/g, ' ');
    list.push([pctDecodeString(name), pctDecodeString(value)]);
  }
  return list;
}

function formEncode(s) {
  return native.pctEncode(toUSV(s), FORM_SET);
}

function formSerialize(list) {
  var out = [], i;
  for (i = 0; i < list.length; i++)
    out.push(formEncode(list[i][0]) + '=' + formEncode(list[i][1]));
  return out.join('&');
}

// ---- URLSearchParams ----

var kList = typeof Symbol === 'function' ? Symbol('list') : '_list';
var kURL = typeof Symbol === 'function' ? Symbol('url') : '_url';
var kContext = typeof Symbol === 'function' ? Symbol('context') : '_context';
var kSearchParams = typeof Symbol === 'function' ? Symbol('query') : '_query';

// Internal state lives in non-enumerable symbol-keyed properties, so that
// util.inspect, assert and Object.assign do not see it.
function hide(obj, key, value) {
  Object.defineProperty(obj, key, {value: value, writable: true,
                                   configurable: true});
}

var kInspect = typeof Symbol === 'function' && Symbol['for']
                   ? Symbol['for']('nodejs.util.inspect.custom') : null;

function isURLSearchParams(v) {
  return v !== null && typeof v === 'object' && Array.isArray(v[kList]);
}

function checkThis(self, what) {
  if (!isURLSearchParams(self))
    throw errors.make(TypeError, 'ERR_INVALID_THIS',
                      'Value of "this" must be of type URLSearchParams');
}


function URLSearchParams(init) {
  if (!(this instanceof URLSearchParams))
    throw errors.make(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED',
                      'Class constructor URLSearchParams cannot be invoked without \'new\'');
  var list = [], i, keys, pair, it, step;
  hide(this, kList, list);
  hide(this, kURL, null);
  if (init === undefined || init === null) {
    // empty
  } else if (typeof init === 'object' || typeof init === 'function') {
    var iterFn = typeof Symbol === 'function' ? init[Symbol.iterator] : undefined;
    if (iterFn !== undefined && iterFn !== null) {
      if (typeof iterFn !== 'function')
        throw errors.make(TypeError, 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
      if (isURLSearchParams(init)) {
        for (i = 0; i < init[kList].length; i++)
          list.push([init[kList][i][0], init[kList][i][1]]);
      } else {
        it = iterFn.call(init);
        for (step = it.next(); !step.done; step = it.next()) {
          pair = step.value;
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof (typeof Symbol === 'function' ? pair[Symbol.iterator] : undefined) !== 'function')
            throw errors.make(TypeError, 'ERR_INVALID_TUPLE',
                              'Each query pair must be an iterable [name, value] tuple');
          pair = iterToArray(pair);
          if (pair.length !== 2)
            throw errors.make(TypeError, 'ERR_INVALID_TUPLE',
                              'Each query pair must be an iterable [name, value] tuple');
          list.push([toUSV(pair[0]), toUSV(pair[1])]);
        }
      }
    } else if (Array.isArray(init)) {
      for (i = 0; i < init.length; i++) {
        pair = init[i];
        if (!pair || pair.length !== 2)
          throw errors.make(TypeError, 'ERR_INVALID_TUPLE',
                            'Each query pair must be an iterable [name, value] tuple');
        list.push([toUSV(pair[0]), toUSV(pair[1])]);
      }
    } else {
      // record<USVString, USVString>: own enumerable string keys
      keys = Object.keys(init);
      var seen = {};
      for (i = 0; i < keys.length; i++) {
        var k = toUSV(keys[i]), v = toUSV(init[keys[i]]);
        if (Object.prototype.hasOwnProperty.call(seen, '$' + k)) {
          list[seen['$' + k]][1] = v;
        } else {
          seen['$' + k] = list.length;
          list.push([k, v]);
        }
      }
    }
  } else {
    init = toUSV(init);
    if (init.charAt(0) === '?')
      init = init.slice(1);
    this[kList] = formParse(init);
  }
}

function iterToArray(v) {
  if (Array.isArray(v))
    return v;
  var out = [], it = v[Symbol.iterator](), step;
  for (step = it.next(); !step.done; step = it.next())
    out.push(step.value);
  return out;
}

function updateURL(params) {
  var url = params[kURL];
  if (url === null)
    return;
  var rec = url[kContext];
  var s = formSerialize(params[kList]);
  rec.query = s === '' ? null : s;
  if (s === '')
    stripTrailingSpacesFromOpaquePath(rec);
}

URLSearchParams.prototype = {
  constructor: URLSearchParams,

  append: function (name, value) {
    checkThis(this);
    if (arguments.length < 2) throw errors.missingArgs('name', 'value');
    this[kList].push([toUSV(name), toUSV(value)]);
    updateURL(this);
  },

  'delete': function (name, value) {
    checkThis(this);
    if (arguments.length < 1) throw errors.missingArgs('name');
    var list = this[kList], out = [], i;
    name = toUSV(name);
    if (value !== undefined) value = toUSV(value);
    for (i = 0; i < list.length; i++) {
      if (list[i][0] === name && (value === undefined || list[i][1] === value))
        continue;
      out.push(list[i]);
    }
    this[kList] = out;
    updateURL(this);
  },

  get: function (name) {
    checkThis(this);
    if (arguments.length < 1) throw errors.missingArgs('name');
    var list = this[kList], i;
    name = toUSV(name);
    for (i = 0; i < list.length; i++)
      if (list[i][0] === name)
        return list[i][1];
    return null;
  },

  getAll: function (name) {
    checkThis(this);
    if (arguments.length < 1) throw errors.missingArgs('name');
    var list = this[kList], out = [], i;
    name = toUSV(name);
    for (i = 0; i < list.length; i++)
      if (list[i][0] === name)
        out.push(list[i][1]);
    return out;
  },

  has: function (name, value) {
    checkThis(this);
    if (arguments.length < 1) throw errors.missingArgs('name');
    var list = this[kList], i;
    name = toUSV(name);
    if (value !== undefined) value = toUSV(value);
    for (i = 0; i < list.length; i++)
      if (list[i][0] === name && (value === undefined || list[i][1] === value))
        return true;
    return false;
  },

  set: function (name, value) {
    checkThis(this);
    if (arguments.length < 2) throw errors.missingArgs('name', 'value');
    var list = this[kList], out = [], i, found = false;
    name = toUSV(name);
    value = toUSV(value);
    for (i = 0; i < list.length; i++) {
      if (list[i][0] === name) {
        if (!found) {
          out.push([name, value]);
          found = true;
        }
      } else {
        out.push(list[i]);
      }
    }
    if (!found)
      out.push([name, value]);
    this[kList] = out;
    updateURL(this);
  },

  // Stable sort by name in UTF-16 code unit order (merge sort: the
  // engine's Array#sort is not guaranteed stable).
  sort: function () {
    checkThis(this);
    this[kList] = mergeSort(this[kList]);
    updateURL(this);
  },

  forEach: function (callback, thisArg) {
    checkThis(this);
    if (typeof callback !== 'function')
      throw errors.invalidArgType('callback', 'function', callback);
    var i, pair;
    for (i = 0; i < this[kList].length; i++) {
      pair = this[kList][i];
      callback.call(thisArg, pair[1], pair[0], this);
    }
  },

  entries: function () {
    checkThis(this);
    return makeIterator(this, 'key+value');
  },
  keys: function () {
    checkThis(this);
    return makeIterator(this, 'key');
  },
  values: function () {
    checkThis(this);
    return makeIterator(this, 'value');
  },

  toString: function () {
    checkThis(this);
    return formSerialize(this[kList]);
  }
};

Object.defineProperty(URLSearchParams.prototype, 'size', {
  configurable: true,
  enumerable: true,
  get: function () {
    checkThis(this);
    return this[kList].length;
  }
});

function mergeSort(a) {
  if (a.length < 2)
    return a.slice();
  var mid = a.length >> 1, l = mergeSort(a.slice(0, mid)),
      r = mergeSort(a.slice(mid)), out = [], i = 0, j = 0;
  while (i < l.length && j < r.length)
    out.push(r[j][0] < l[i][0] ? r[j++] : l[i++]);
  while (i < l.length) out.push(l[i++]);
  while (j < r.length) out.push(r[j++]);
  return out;
}

function URLSearchParamsIterator(params, kind) {
  this._params = params;
  this._kind = kind;
  this._index = 0;
}
URLSearchParamsIterator.prototype.next = function () {
  var list = this._params[kList];
  if (this._index >= list.length)
    return {value: undefined, done: true};
  var pair = list[this._index++];
  var value = this._kind === 'key' ? pair[0] : this._kind === 'value'
                                                   ? pair[1]
                                                   : [pair[0], pair[1]];
  return {value: value, done: false};
};

function makeIterator(params, kind) {
  return new URLSearchParamsIterator(params, kind);
}

if (typeof Symbol === 'function' && Symbol.iterator) {
  URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
  URLSearchParamsIterator.prototype[Symbol.iterator] = function () {
    return this;
  };
}
if (typeof Symbol === 'function' && Symbol.toStringTag) {
  Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
    value: 'URLSearchParams', configurable: true
  });
  Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
    value: 'URLSearchParams Iterator', configurable: true
  });
}

// ---- URL ----

function URL(input, base) {
  if (!(this instanceof URL))
    throw errors.make(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED',
                      'Class constructor URL cannot be invoked without \'new\'');
  if (arguments.length === 0)
    throw errors.missingArgs('url');
  var rec = parseOrNull(input, base);
  if (rec === null)
    throw invalidUrl(String(input), base === undefined ? undefined : String(base));
  hide(this, kContext, rec);
  var params = new URLSearchParams();
  params[kList] = rec.query ? formParse(rec.query) : [];
  params[kURL] = this;
  hide(this, kSearchParams, params);
}

function parseOrNull(input, base) {
  var baseRec = null;
  input = toUSV(input);
  if (base !== undefined) {
    baseRec = basicParse(toUSV(base), null);
    if (baseRec === null)
      return null;
  }
  return basicParse(input, baseRec);
}

URL.canParse = function (input, base) {
  if (arguments.length === 0)
    throw errors.missingArgs('url');
  return parseOrNull(input, base) !== null;
};

URL.parse = function (input, base) {
  if (arguments.length === 0)
    throw errors.missingArgs('url');
  try {
    return new URL(input, base);
  } catch (e) {
    return null;
  }
};

function ctx(self) {
  var rec = self !== null && typeof self === 'object' ? self[kContext] : undefined;
  if (rec === undefined)
    throw errors.make(TypeError, 'ERR_INVALID_THIS',
                      'Value of "this" must be of type URL');
  return rec;
}

function resetSearchParams(self) {
  var rec = self[kContext];
  self[kSearchParams][kList] = rec.query ? formParse(rec.query) : [];
}

function accessor(name, get, set) {
  Object.defineProperty(URL.prototype, name, {
    configurable: true, enumerable: true, get: get, set: set
  });
}

URL.prototype.toString = function () {
  return serializeURL(ctx(this), false);
};

accessor('href', function () {
  return serializeURL(ctx(this), false);
}, function (v) {
  ctx(this);
  v = toUSV(v);
  var rec = basicParse(v, null);
  if (rec === null)
    throw invalidUrl(v);
  this[kContext] = rec;
  resetSearchParams(this);
});

accessor('origin', function () {
  return serializeOrigin(ctx(this));
});

accessor('protocol', function () {
  return ctx(this).scheme + ':';
}, function (v) {
  var rec = ctx(this);
  basicParse(toUSV(v) + ':', null, rec, SCHEME_START);
});

// username and password
function credentialAccessor(field) {
  accessor(field, function () {
    return ctx(this)[field];
  }, function (v) {
    var rec = ctx(this);
    if (cannotHaveCredentialsOrPort(rec))
      return;
    rec[field] = pctEncode(toUSV(v), USERINFO_SET);
  });
}
credentialAccessor('username');
credentialAccessor('password');

// Setters parse into the URL record in place, as the standard says: a
// failure part-way keeps what was already set (e.g. host before a bad port).
function setWithState(self, v, state) {
  basicParse(toUSV(v), null, ctx(self), state);
}

// host and hostname: nothing to set on a URL with an opaque path.
function hostSetter(state) {
  return function (v) {
    if (ctx(this).opaque)
      return;
    setWithState(this, v, state);
  };
}

// search and hash: the part with its lead ('?', '#'), '' when absent or
// empty.
function partGetter(field, lead) {
  return function () {
    var part = ctx(this)[field];
    return part === null || part === '' ? '' : lead + part;
  };
}

// Set to '': the part is removed (and the spaces an opaque path kept for
// it); else parsed from v less one leading lead. Returns what was parsed.
function setPart(rec, v, field, lead, state) {
  v = toUSV(v);
  if (v === '') {
    rec[field] = null;
    stripTrailingSpacesFromOpaquePath(rec);
    return v;
  }
  if (v.charAt(0) === lead)
    v = v.slice(1);
  rec[field] = '';
  basicParse(v, null, rec, state);
  return v;
}

accessor('host', function () {
  var rec = ctx(this);
  if (rec.host === null)
    return '';
  return rec.port === null ? rec.host : rec.host + ':' + rec.port;
}, hostSetter(HOST));

accessor('hostname', function () {
  var rec = ctx(this);
  return rec.host === null ? '' : rec.host;
}, hostSetter(HOSTNAME));

accessor('port', function () {
  var rec = ctx(this);
  return rec.port === null ? '' : String(rec.port);
}, function (v) {
  var rec = ctx(this);
  if (cannotHaveCredentialsOrPort(rec))
    return;
  v = toUSV(v);
  if (v === '')
    rec.port = null;
  else
    setWithState(this, v, PORT);
});

accessor('pathname', function () {
  return serializePath(ctx(this));
}, function (v) {
  var rec = ctx(this);
  if (rec.opaque)
    return;
  rec.path = [];
  basicParse(toUSV(v), null, rec, PATH_START);
});

accessor('search', partGetter('query', '?'), function (v) {
  v = setPart(ctx(this), v, 'query', '?', QUERY);
  this[kSearchParams][kList] = formParse(v);
});

accessor('searchParams', function () {
  ctx(this);
  return this[kSearchParams];
});

accessor('hash', partGetter('fragment', '#'), function (v) {
  setPart(ctx(this), v, 'fragment', '#', FRAGMENT);
});

URL.prototype.toJSON = function () {
  return serializeURL(ctx(this), false);
};

if (typeof Symbol === 'function' && Symbol.toStringTag) {
  Object.defineProperty(URL.prototype, Symbol.toStringTag, {
    value: 'URL', configurable: true
  });
}

// util.inspect output as Node's: the attributes, not the internals.
if (kInspect !== null) {
  URL.prototype[kInspect] = function (depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0)
      return this;
    inspect = typeof inspect === 'function' ? inspect : require('util').inspect;
    var Ctor = this.constructor || URL;
    var obj = {};
    ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
     'port', 'pathname', 'search', 'searchParams', 'hash'].forEach(function (k) {
      obj[k] = this[k];
    }, this);
    return (Ctor.name || 'URL') + ' ' + inspect(obj, opts);
  };
  URLSearchParams.prototype[kInspect] = function (depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0)
      return '[Object]';
    inspect = typeof inspect === 'function' ? inspect : require('util').inspect;
    var inner = {}, k;
    for (k in opts) inner[k] = opts[k];
    if (typeof depth === 'number')
      inner.depth = depth - 1;
    var out = [], len = -2, i, list = this[kList];
    for (i = 0; i < list.length; i++) {
      out.push(inspect(list[i][0], inner) + ' => ' + inspect(list[i][1], inner));
      len += out[i].replace(/\u001b\[\d\d?m/g, '').length + 2;
    }
    var name = (this.constructor && this.constructor.name) || 'URLSearchParams';
    var breakLength = opts && typeof opts.breakLength === 'number' ? opts.breakLength : 80;
    if (len > breakLength)
      return name + ' {\n  ' + out.join(',\n  ') + ' }';
    if (out.length)
      return name + ' { ' + out.join(', ') + ' }';
    return name + ' {}';
  };
}

function isURL(v) {
  return v !== null && typeof v === 'object' && v[kContext] !== undefined &&
         typeof v.href === 'string' && typeof v.protocol === 'string';
}

// ---- file: URLs ----

function fileURLToPath(path) {
  if (typeof path === 'string') {
    path = new URL(path);
  } else if (!isURL(path)) {
    throw errors.invalidArgType('path', 'string or an instance of URL', path);
  }
  if (path.protocol !== 'file:')
    throw errors.make(TypeError, 'ERR_INVALID_URL_SCHEME',
                      'The URL must be of scheme file');
  if (path.hostname !== '')
    throw errors.make(TypeError, 'ERR_INVALID_FILE_URL_HOST',
                      'File URL host must be "localhost" or empty on ' +
                      process.platform);
  var pathname = path.pathname;
  if (/%2f/i.test(pathname))
    throw errors.make(TypeError, 'ERR_INVALID_FILE_URL_PATH',
                      'File URL path must not include encoded / characters');
  return pctDecodeString(pathname);
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string')
    throw errors.invalidArgType('path', 'string', filepath);
  var resolved = require('path').resolve(filepath);
  if (filepath.charAt(filepath.length - 1) === '/' &&
      resolved.charAt(resolved.length - 1) !== '/')
    resolved += '/';
  var out = new URL('file://');
  resolved = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C')
                     .replace(/\n/g, '%0A').replace(/\r/g, '%0D')
                     .replace(/\t/g, '%09').replace(/\^/g, '%5E')
                     .replace(/\[/g, '%5B').replace(/\]/g, '%5D');
  out.pathname = resolved;
  return out;
}

function urlToHttpOptions(url) {
  var options = {
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' &&
              url.hostname.charAt(0) === '['
                  ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: (url.pathname || '') + (url.search || ''),
    href: url.href
  };
  if (url.port !== '')
    options.port = Number(url.port);
  if (url.username || url.password)
    options.auth = decodeURIComponent(url.username) + ':' +
                   decodeURIComponent(url.password);
  return options;
}

// url.format(URL, options) for WHATWG URLs.
function formatURL(url, options) {
  var rec = ctx(url), o = options || {};
  var copy = copyRecord(rec);
  if (o.auth === false) {
    copy.username = '';
    copy.password = '';
  }
  if (o.fragment === false)
    copy.fragment = null;
  if (o.search === false)
    copy.query = null;
  if (o.unicode && copy.host !== null)
    copy.host = domainToUnicode(copy.host);
  return serializeURL(copy, false);
}

exports.URL = URL;
exports.URLSearchParams = URLSearchParams;
exports.isURL = isURL;
exports.fileURLToPath = fileURLToPath;
exports.pathToFileURL = pathToFileURL;
exports.urlToHttpOptions = urlToHttpOptions;
exports.formatURL = formatURL;
exports.domainToASCII = function (domain) {
  if (arguments.length < 1) throw errors.missingArgs('domain');
  var r = parseHost(String(domain), false);
  return r === null || r.charAt(0) === '[' ? '' : r;
};
exports.domainToUnicode = function (domain) {
  if (arguments.length < 1) throw errors.missingArgs('domain');
  var r = parseHost(String(domain), false);
  return r === null || r.charAt(0) === '[' ? '' : domainToUnicode(r);
};
exports.toUSV = toUSV;
// IDNA ToASCII alone (no host parsing): '' on failure.
exports.idnaToASCII = function (d) {
  var r = domainToASCII(String(d), false);
  return r === null ? '' : r;
};
exports.punycode = {encode: punyEncode, decode: punyDecode};

// punycode: RFC 3492 Punycode and the IDNA ToASCII/ToUnicode of domain
// labels, as Node's (deprecated there, still required by packages such as
// tr46, whatwg-url and older request stacks): encode, decode, toASCII,
// toUnicode, ucs2.decode/encode, version. The algorithm is RFC 3492's
// section 6, as Mathias Bynens' punycode.js that node ships follows it;
// errors are RangeErrors with node's messages ('Overflow: input needs
// wider integers to process', 'Illegal input >= 0x80 (not a basic code
// point)', 'Invalid input').
'use strict';

var maxInt = 2147483647;
var base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
var initialBias = 72, initialN = 128, delimiter = '-';
var regexPunycode = /^xn--/;
var regexNonASCII = /[^\0-\x7F]/;
var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;

var errors = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input'
};

function error(type) {
  throw new RangeError(errors[type]);
}

function mapDomain(domain, fn) {
  var parts = domain.split('@'), result = '';
  if (parts.length > 1) {
    // An email address: only the domain part is mapped.
    result = parts[0] + '@';
    domain = parts[1];
  }
  domain = domain.replace(regexSeparators, '\x2E');
  var labels = domain.split('.'), out = [];
  for (var i = 0; i < labels.length; i++) out.push(fn(labels[i]));
  return result + out.join('.');
}

// The code points of a string (surrogate pairs joined).
function ucs2decode(string) {
  var output = [], counter = 0, length = string.length;
  while (counter < length) {
    var value = string.charCodeAt(counter++);
    if (value >= 0xD800 && value <= 0xDBFF && counter < length) {
      var extra = string.charCodeAt(counter++);
      if ((extra & 0xFC00) === 0xDC00) {
        output.push(((value & 0x3FF) << 10) + (extra & 0x3FF) + 0x10000);
      } else {
        output.push(value);
        counter--;
      }
    } else {
      output.push(value);
    }
  }
  return output;
}

function ucs2encode(codePoints) {
  var s = '';
  for (var i = 0; i < codePoints.length; i++) {
    var cp = codePoints[i];
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      s += String.fromCharCode(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
    } else {
      s += String.fromCharCode(cp);
    }
  }
  return s;
}

function basicToDigit(codePoint) {
  if (codePoint >= 0x30 && codePoint < 0x3A) return 26 + (codePoint - 0x30);
  if (codePoint >= 0x41 && codePoint < 0x5B) return codePoint - 0x41;
  if (codePoint >= 0x61 && codePoint < 0x7B) return codePoint - 0x61;
  return base;
}

function digitToBasic(digit) {
  // 0..25 are a..z, 26..35 are 0..9
  return digit + 22 + 75 * (digit < 26 ? 1 : 0);
}

function adapt(delta, numPoints, firstTime) {
  var k = 0;
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  for (; delta > ((base - tMin) * tMax) >> 1; k += base)
    delta = Math.floor(delta / (base - tMin));
  return Math.floor(k + (base - tMin + 1) * delta / (delta + skew));
}

// Punycode (ASCII) -> a string of Unicode code points.
function decode(input) {
  var output = [], inputLength = input.length, i = 0, n = initialN;
  var bias = initialBias, basic = input.lastIndexOf(delimiter), j, index;
  if (basic < 0) basic = 0;
  for (j = 0; j < basic; ++j) {
    if (input.charCodeAt(j) >= 0x80) error('not-basic');
    output.push(input.charCodeAt(j));
  }
  for (index = basic > 0 ? basic + 1 : 0; index < inputLength;) {
    var oldi = i;
    for (var w = 1, k = base; ; k += base) {
      if (index >= inputLength) error('invalid-input');
      var digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= base) error('invalid-input');
      if (digit > Math.floor((maxInt - i) / w)) error('overflow');
      i += digit * w;
      var t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
      if (digit < t) break;
      var baseMinusT = base - t;
      if (w > Math.floor(maxInt / baseMinusT)) error('overflow');
      w *= baseMinusT;
    }
    var out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > maxInt - n) error('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return ucs2encode(output);
}

// A string of Unicode code points -> Punycode (ASCII).
function encode(input) {
  var output = [], cps = ucs2decode(input), inputLength = cps.length;
  var n = initialN, delta = 0, bias = initialBias, i, cp;
  for (i = 0; i < inputLength; i++) {
    cp = cps[i];
    if (cp < 0x80) output.push(String.fromCharCode(cp));
  }
  var basicLength = output.length, handledCPCount = basicLength;
  if (basicLength) output.push(delimiter);
  while (handledCPCount < inputLength) {
    var m = maxInt;
    for (i = 0; i < inputLength; i++) {
      cp = cps[i];
      if (cp >= n && cp < m) m = cp;
    }
    var handledCPCountPlusOne = handledCPCount + 1;
    if (m - n > Math.floor((maxInt - delta) / handledCPCountPlusOne)) error('overflow');
    delta += (m - n) * handledCPCountPlusOne;
    n = m;
    for (i = 0; i < inputLength; i++) {
      cp = cps[i];
      if (cp < n && ++delta > maxInt) error('overflow');
      if (cp === n) {
        var q = delta;
        for (var k = base; ; k += base) {
          var t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
          if (q < t) break;
          var qMinusT = q - t, baseMinusT = base - t;
          output.push(String.fromCharCode(digitToBasic(t + qMinusT % baseMinusT)));
          q = Math.floor(qMinusT / baseMinusT);
        }
        output.push(String.fromCharCode(digitToBasic(q)));
        bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
        delta = 0;
        ++handledCPCount;
      }
    }
    ++delta;
    ++n;
  }
  return output.join('');
}

function toUnicode(input) {
  return mapDomain(input, function (string) {
    return regexPunycode.test(string) ? decode(string.slice(4).toLowerCase()) : string;
  });
}

function toASCII(input) {
  return mapDomain(input, function (string) {
    return regexNonASCII.test(string) ? 'xn--' + encode(string) : string;
  });
}

exports.version = '2.1.0';
exports.ucs2 = { decode: ucs2decode, encode: ucs2encode };
exports.decode = decode;
exports.encode = encode;
exports.toASCII = toASCII;
exports.toUnicode = toUnicode;

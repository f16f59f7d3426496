// Ported from Node.js test/parallel/test-buffer-indexof.js (MIT license, Copyright Node.js contributors)
'use strict';
var common = require('./_common');
var assert = require('assert');

function repeat(s, n) { return new Array(n + 1).join(s); }

var b = Buffer.from('abcdef');
var buf_a = Buffer.from('a');
var buf_bc = Buffer.from('bc');
var buf_f = Buffer.from('f');
var buf_z = Buffer.from('z');
var buf_empty = Buffer.from('');
var s = 'abcdef';

assert.strictEqual(b.indexOf('a'), 0);
assert.strictEqual(b.indexOf('a', 1), -1);
assert.strictEqual(b.indexOf('a', -1), -1);
assert.strictEqual(b.indexOf('a', -4), -1);
assert.strictEqual(b.indexOf('a', -b.length), 0);
assert.strictEqual(b.indexOf('a', NaN), 0);
assert.strictEqual(b.indexOf('a', -Infinity), 0);
assert.strictEqual(b.indexOf('a', Infinity), -1);
assert.strictEqual(b.indexOf('bc'), 1);
assert.strictEqual(b.indexOf('bc', 2), -1);
assert.strictEqual(b.indexOf('bc', -1), -1);
assert.strictEqual(b.indexOf('bc', -3), -1);
assert.strictEqual(b.indexOf('bc', -5), 1);
assert.strictEqual(b.indexOf('bc', NaN), 1);
assert.strictEqual(b.indexOf('bc', -Infinity), 1);
assert.strictEqual(b.indexOf('bc', Infinity), -1);
assert.strictEqual(b.indexOf('f'), b.length - 1);
assert.strictEqual(b.indexOf('z'), -1);
assert.strictEqual(b.indexOf(''), 0);
assert.strictEqual(b.indexOf('', 1), 1);
assert.strictEqual(b.indexOf('', b.length + 1), b.length);
assert.strictEqual(b.indexOf('', Infinity), b.length);
assert.strictEqual(b.indexOf(buf_a), 0);
assert.strictEqual(b.indexOf(buf_a, 1), -1);
assert.strictEqual(b.indexOf(buf_a, -1), -1);
assert.strictEqual(b.indexOf(buf_a, -4), -1);
assert.strictEqual(b.indexOf(buf_a, -b.length), 0);
assert.strictEqual(b.indexOf(buf_a, NaN), 0);
assert.strictEqual(b.indexOf(buf_a, -Infinity), 0);
assert.strictEqual(b.indexOf(buf_a, Infinity), -1);
assert.strictEqual(b.indexOf(buf_bc), 1);
assert.strictEqual(b.indexOf(buf_bc, 2), -1);
assert.strictEqual(b.indexOf(buf_bc, -1), -1);
assert.strictEqual(b.indexOf(buf_bc, -3), -1);
assert.strictEqual(b.indexOf(buf_bc, -5), 1);
assert.strictEqual(b.indexOf(buf_bc, NaN), 1);
assert.strictEqual(b.indexOf(buf_bc, -Infinity), 1);
assert.strictEqual(b.indexOf(buf_bc, Infinity), -1);
assert.strictEqual(b.indexOf(buf_f), b.length - 1);
assert.strictEqual(b.indexOf(buf_z), -1);
assert.strictEqual(b.indexOf(buf_empty), 0);
assert.strictEqual(b.indexOf(buf_empty, 1), 1);
assert.strictEqual(b.indexOf(buf_empty, b.length + 1), b.length);
assert.strictEqual(b.indexOf(buf_empty, Infinity), b.length);
assert.strictEqual(b.indexOf(0x61), 0);
assert.strictEqual(b.indexOf(0x61, 1), -1);
assert.strictEqual(b.indexOf(0x61, -1), -1);
assert.strictEqual(b.indexOf(0x61, -4), -1);
assert.strictEqual(b.indexOf(0x61, -b.length), 0);
assert.strictEqual(b.indexOf(0x61, NaN), 0);
assert.strictEqual(b.indexOf(0x61, -Infinity), 0);
assert.strictEqual(b.indexOf(0x61, Infinity), -1);
assert.strictEqual(b.indexOf(0x0), -1);

// offsets
assert.strictEqual(b.indexOf('d', 2), 3);
assert.strictEqual(b.indexOf('f', 5), 5);
assert.strictEqual(b.indexOf('f', -1), 5);
assert.strictEqual(b.indexOf('f', 6), -1);
assert.strictEqual(b.indexOf(Buffer.from('d'), 2), 3);
assert.strictEqual(b.indexOf(Buffer.from('f'), 5), 5);
assert.strictEqual(b.indexOf(Buffer.from('f'), -1), 5);
assert.strictEqual(b.indexOf(Buffer.from('f'), 6), -1);
assert.strictEqual(Buffer.from('ff').indexOf(Buffer.from('f'), 1, 'ucs2'), -1);

// invalid and uppercase encoding
assert.strictEqual(b.indexOf('b', 'utf8'), 1);
assert.strictEqual(b.indexOf('b', 'UTF8'), 1);
assert.strictEqual(b.indexOf('62', 'HEX'), 1);
assert.throws(function () { b.indexOf('bad', 'enc'); }, /Unknown encoding: enc/);

// hex, base64, base64url, ascii, latin1, binary
assert.strictEqual(Buffer.from(b.toString('hex'), 'hex').indexOf('64', 0, 'hex'), 3);
assert.strictEqual(Buffer.from(b.toString('hex'), 'hex').indexOf(Buffer.from('64', 'hex'), 0, 'hex'), 3);
assert.strictEqual(Buffer.from(b.toString('base64'), 'base64').indexOf('ZA==', 0, 'base64'), 3);
assert.strictEqual(Buffer.from(b.toString('base64'), 'base64').indexOf(Buffer.from('ZA==', 'base64'), 0, 'base64'), 3);
assert.strictEqual(Buffer.from(b.toString('base64url'), 'base64url').indexOf('ZA==', 0, 'base64url'), 3);
assert.strictEqual(Buffer.from(b.toString('ascii'), 'ascii').indexOf('d', 0, 'ascii'), 3);
assert.strictEqual(Buffer.from(b.toString('ascii'), 'ascii').indexOf(Buffer.from('d', 'ascii'), 0, 'ascii'), 3);
['latin1', 'binary'].forEach(function (enc) {
  assert.strictEqual(Buffer.from(b.toString(enc), enc).indexOf('d', 0, enc), 3);
  assert.strictEqual(Buffer.from(b.toString(enc), enc).indexOf(Buffer.from('d', enc), 0, enc), 3);
  assert.strictEqual(Buffer.from('aa\u00e8aa', enc).indexOf('\u00e8', enc), 2);
  assert.strictEqual(Buffer.from('\u00e8', enc).indexOf('\u00e8', enc), 0);
  assert.strictEqual(Buffer.from('\u00e8', enc).indexOf(Buffer.from('\u00e8', enc), enc), 0);
});

// optional offset with passed encoding
assert.strictEqual(Buffer.from('aaaa0').indexOf('30', 'hex'), 4);
assert.strictEqual(Buffer.from('aaaa00a').indexOf('3030', 'hex'), 4);

['ucs2', 'utf16le'].forEach(function (encoding) {
  var twoByteString = Buffer.from('\u039a\u0391\u03a3\u03a3\u0395', encoding);
  assert.strictEqual(twoByteString.indexOf('\u0395', 4, encoding), 8);
  assert.strictEqual(twoByteString.indexOf('\u03a3', -4, encoding), 6);
  assert.strictEqual(twoByteString.indexOf('\u03a3', -6, encoding), 4);
  assert.strictEqual(twoByteString.indexOf(Buffer.from('\u03a3', encoding), -6, encoding), 4);
  assert.strictEqual(-1, twoByteString.indexOf('\u03a3', -2, encoding));
});

var mixedByteStringUcs2 = Buffer.from('\u039a\u0391abc\u03a3\u03a3\u0395', 'ucs2');
assert.strictEqual(mixedByteStringUcs2.indexOf('bc', 0, 'ucs2'), 6);
assert.strictEqual(mixedByteStringUcs2.indexOf('\u03a3', 0, 'ucs2'), 10);
assert.strictEqual(-1, mixedByteStringUcs2.indexOf('\u0396', 0, 'ucs2'));
assert.strictEqual(mixedByteStringUcs2.indexOf(Buffer.from('bc', 'ucs2'), 0, 'ucs2'), 6);
assert.strictEqual(mixedByteStringUcs2.indexOf(Buffer.from('\u03a3', 'ucs2'), 0, 'ucs2'), 10);
assert.strictEqual(-1, mixedByteStringUcs2.indexOf(Buffer.from('\u0396', 'ucs2'), 0, 'ucs2'));

(function () {
  var twoByteString = Buffer.from('\u039a\u0391\u03a3\u03a3\u0395', 'ucs2');
  assert.strictEqual(twoByteString.indexOf('\u039a', 0, 'ucs2'), 0);
  assert.strictEqual(twoByteString.indexOf('\u0391', 0, 'ucs2'), 2);
  assert.strictEqual(twoByteString.indexOf('\u03a3', 0, 'ucs2'), 4);
  assert.strictEqual(twoByteString.indexOf('\u03a3', 6, 'ucs2'), 6);
  assert.strictEqual(twoByteString.indexOf('\u0395', 0, 'ucs2'), 8);
  assert.strictEqual(twoByteString.indexOf('\u0392', 0, 'ucs2'), -1);
  assert.strictEqual(twoByteString.indexOf('\u039a\u0391', 0, 'ucs2'), 0);
  assert.strictEqual(twoByteString.indexOf('\u0391\u03a3', 0, 'ucs2'), 2);
  assert.strictEqual(twoByteString.indexOf('\u03a3\u03a3', 0, 'ucs2'), 4);
  assert.strictEqual(twoByteString.indexOf('\u03a3\u0395', 0, 'ucs2'), 6);
})();

var mixedByteStringUtf8 = Buffer.from('\u039a\u0391abc\u03a3\u03a3\u0395');
assert.strictEqual(mixedByteStringUtf8.indexOf('bc'), 5);
assert.strictEqual(mixedByteStringUtf8.indexOf('bc', 5), 5);
assert.strictEqual(mixedByteStringUtf8.indexOf('bc', -8), 5);
assert.strictEqual(mixedByteStringUtf8.indexOf('\u03a3'), 7);
assert.strictEqual(mixedByteStringUtf8.indexOf('\u0396'), -1);

// Long string that isn't a simple repeat of a shorter string.
var longString = 'A', i, index;
for (i = 66; i < 76; i++) longString = longString + String.fromCharCode(i) + longString;
var longBufferString = Buffer.from(longString);
var pattern = 'ABACABADABACABA';
for (i = 0; i < longBufferString.length - pattern.length; i += 7) {
  index = longBufferString.indexOf(pattern, i);
  assert.strictEqual((i + 15) & ~0xf, index, 'Long ABACABA...-string at index ' + i);
}
assert.strictEqual(longBufferString.indexOf('AJABACA'), 510);
assert.strictEqual(longBufferString.indexOf('AJABACA', 511), 1534);
pattern = 'JABACABADABACABA';
assert.strictEqual(longBufferString.indexOf(pattern), 511);
assert.strictEqual(longBufferString.indexOf(pattern, 512), 1535);

var asciiString = Buffer.from('arglebargleglopglyfarglebargleglopglyfarglebargleglopglyf');
assert.strictEqual(-1, asciiString.indexOf('\x2061'));
assert.strictEqual(asciiString.indexOf('leb', 0), 3);

// Many non-ASCII chars.
var allCodePoints = [];
for (i = 0; i < 65534; i++) allCodePoints[i] = i;
var allCharsString = String.fromCharCode.apply(String, allCodePoints) + String.fromCharCode(65534, 65535);
var allCharsBufferUtf8 = Buffer.from(allCharsString);
var allCharsBufferUcs2 = Buffer.from(allCharsString, 'ucs2');
assert.strictEqual(-1, allCharsBufferUtf8.indexOf('notfound'));
assert.strictEqual(-1, allCharsBufferUcs2.indexOf('notfound'));

assert.strictEqual(Buffer.from('aaaa').indexOf(repeat('a', 4), 'ucs2'), -1);
assert.strictEqual(Buffer.from('aaaa').indexOf(repeat('a', 4), 'utf8'), 0);
assert.strictEqual(Buffer.from('aaaa').indexOf('\u4f60\u597d', 'ucs2'), -1);
assert.strictEqual(Buffer.from('aaaaa').indexOf('b', 'ucs2'), -1);

(function () {
  var lengths = [1, 3, 15];
  var indices = [0x5, 0x60, 0x400, 0x680, 0x7ee, 0xFF02, 0x16610, 0x2f77b];
  for (var li = 0; li < lengths.length; li++) {
    for (var k = 0; k < indices.length; k++) {
      var idx = indices[k], length = lengths[li];
      if (idx + length > 0x7F) length = 2 * length;
      if (idx + length > 0x7FF) length = 3 * length;
      if (idx + length > 0xFFFF) length = 4 * length;
      var patternBufferUtf8 = allCharsBufferUtf8.slice(idx, idx + length);
      assert.strictEqual(idx, allCharsBufferUtf8.indexOf(patternBufferUtf8));
      var patternStringUtf8 = patternBufferUtf8.toString();
      assert.strictEqual(idx, allCharsBufferUtf8.indexOf(patternStringUtf8));
    }
  }
})();

(function () {
  var lengths = [2, 4, 16];
  var indices = [0x5, 0x65, 0x105, 0x205, 0x285, 0x2005, 0x2085, 0xfff0];
  for (var li = 0; li < lengths.length; li++) {
    for (var k = 0; k < indices.length; k++) {
      var idx = indices[k] * 2, length = lengths[li];
      var patternBufferUcs2 = allCharsBufferUcs2.slice(idx, idx + length);
      assert.strictEqual(idx, allCharsBufferUcs2.indexOf(patternBufferUcs2, 0, 'ucs2'));
      var patternStringUcs2 = patternBufferUcs2.toString('ucs2');
      assert.strictEqual(idx, allCharsBufferUcs2.indexOf(patternStringUcs2, 0, 'ucs2'));
    }
  }
})();

[function () {}, {}, []].forEach(function (val) {
  assert.throws(function () { b.indexOf(val); }, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "value" argument must be one of type number or string ' +
             'or an instance of Buffer or Uint8Array.' + common.invalidArgTypeHelper(val)
  });
});

// Weird offsets coerce to NaN or 0 and search the whole Buffer.
assert.strictEqual(b.indexOf('b', undefined), 1);
assert.strictEqual(b.indexOf('b', {}), 1);
assert.strictEqual(b.indexOf('b', 0), 1);
assert.strictEqual(b.indexOf('b', null), 1);
assert.strictEqual(b.indexOf('b', []), 1);
assert.strictEqual(b.indexOf('b', [2]), -1);
[undefined, {}, 0, null, [], [2]].forEach(function (off) {
  assert.strictEqual(b.indexOf('b', off), s.indexOf('b', off));
  assert.strictEqual(b.lastIndexOf('b', off), s.lastIndexOf('b', off));
});

// lastIndexOf
assert.strictEqual(b.lastIndexOf('a'), 0);
assert.strictEqual(b.lastIndexOf('a', 1), 0);
assert.strictEqual(b.lastIndexOf('b', 1), 1);
assert.strictEqual(b.lastIndexOf('c', 1), -1);
assert.strictEqual(b.lastIndexOf('a', -1), 0);
assert.strictEqual(b.lastIndexOf('a', -4), 0);
assert.strictEqual(b.lastIndexOf('a', -b.length), 0);
assert.strictEqual(b.lastIndexOf('a', -b.length - 1), -1);
assert.strictEqual(b.lastIndexOf('a', NaN), 0);
assert.strictEqual(b.lastIndexOf('a', -Infinity), -1);
assert.strictEqual(b.lastIndexOf('a', Infinity), 0);
assert.strictEqual(b.lastIndexOf(buf_a), 0);
assert.strictEqual(b.lastIndexOf(buf_a, 1), 0);
assert.strictEqual(b.lastIndexOf(buf_a, -1), 0);
assert.strictEqual(b.lastIndexOf(buf_a, -4), 0);
assert.strictEqual(b.lastIndexOf(buf_a, -b.length), 0);
assert.strictEqual(b.lastIndexOf(buf_a, -b.length - 1), -1);
assert.strictEqual(b.lastIndexOf(buf_a, NaN), 0);
assert.strictEqual(b.lastIndexOf(buf_a, -Infinity), -1);
assert.strictEqual(b.lastIndexOf(buf_a, Infinity), 0);
assert.strictEqual(b.lastIndexOf(buf_bc), 1);
assert.strictEqual(b.lastIndexOf(buf_bc, 2), 1);
assert.strictEqual(b.lastIndexOf(buf_bc, -1), 1);
assert.strictEqual(b.lastIndexOf(buf_bc, -3), 1);
assert.strictEqual(b.lastIndexOf(buf_bc, -5), 1);
assert.strictEqual(b.lastIndexOf(buf_bc, -6), -1);
assert.strictEqual(b.lastIndexOf(buf_bc, NaN), 1);
assert.strictEqual(b.lastIndexOf(buf_bc, -Infinity), -1);
assert.strictEqual(b.lastIndexOf(buf_bc, Infinity), 1);
assert.strictEqual(b.lastIndexOf(buf_f), b.length - 1);
assert.strictEqual(b.lastIndexOf(buf_z), -1);
assert.strictEqual(b.lastIndexOf(buf_empty), b.length);
assert.strictEqual(b.lastIndexOf(buf_empty, 1), 1);
assert.strictEqual(b.lastIndexOf(buf_empty, b.length + 1), b.length);
assert.strictEqual(b.lastIndexOf(buf_empty, Infinity), b.length);
assert.strictEqual(b.lastIndexOf(0x61), 0);
assert.strictEqual(b.lastIndexOf(0x61, 1), 0);
assert.strictEqual(b.lastIndexOf(0x61, -1), 0);
assert.strictEqual(b.lastIndexOf(0x61, -4), 0);
assert.strictEqual(b.lastIndexOf(0x61, -b.length), 0);
assert.strictEqual(b.lastIndexOf(0x61, -b.length - 1), -1);
assert.strictEqual(b.lastIndexOf(0x61, NaN), 0);
assert.strictEqual(b.lastIndexOf(0x61, -Infinity), -1);
assert.strictEqual(b.lastIndexOf(0x61, Infinity), 0);
assert.strictEqual(b.lastIndexOf(0x0), -1);
assert.strictEqual(b.lastIndexOf('b', undefined), 1);
assert.strictEqual(b.lastIndexOf('b', {}), 1);
assert.strictEqual(b.lastIndexOf('b', 0), -1);
assert.strictEqual(b.lastIndexOf('b', null), -1);
assert.strictEqual(b.lastIndexOf('b', []), -1);
assert.strictEqual(b.lastIndexOf('b', [2]), 1);

// Needles longer than the haystack.
var a15 = repeat('a', 15);
['ucs2', 'utf8', 'latin1', 'binary'].forEach(function (enc) {
  assert.strictEqual(b.lastIndexOf(a15, enc), -1);
  assert.strictEqual(buf_bc.lastIndexOf('\u4f60\u597d', enc), -1);
});
assert.strictEqual(b.lastIndexOf(Buffer.from(a15)), -1);
assert.strictEqual(b.lastIndexOf(a15, 2, 'ucs2'), -1);
assert.strictEqual(b.lastIndexOf(a15, 3, 'utf8'), -1);
assert.strictEqual(b.lastIndexOf(a15, 5, 'latin1'), -1);
assert.strictEqual(b.lastIndexOf(a15, 5, 'binary'), -1);
assert.strictEqual(b.lastIndexOf(Buffer.from(a15), 7), -1);
assert.strictEqual(buf_bc.lastIndexOf(Buffer.from('\u4f60\u597d')), -1);
assert.strictEqual(buf_bc.lastIndexOf('\u4f60\u597d', 2, 'ucs2'), -1);
assert.strictEqual(buf_bc.lastIndexOf('\u4f60\u597d', 3, 'utf8'), -1);
assert.strictEqual(buf_bc.lastIndexOf('\u4f60\u597d', 5, 'latin1'), -1);
assert.strictEqual(buf_bc.lastIndexOf('\u4f60\u597d', 5, 'binary'), -1);
assert.strictEqual(buf_bc.lastIndexOf(Buffer.from('\u4f60\u597d'), 7), -1);

var bufferString = Buffer.from('a man a plan a canal panama');
assert.strictEqual(bufferString.lastIndexOf('canal'), 15);
assert.strictEqual(bufferString.lastIndexOf('panama'), 21);
assert.strictEqual(bufferString.lastIndexOf('a man a plan a canal panama'), 0);
assert.strictEqual(-1, bufferString.lastIndexOf('a man a plan a canal mexico'));
assert.strictEqual(-1, bufferString.lastIndexOf('a man a plan a canal mexico city'));
assert.strictEqual(-1, bufferString.lastIndexOf(Buffer.from(repeat('a', 1000))));
assert.strictEqual(bufferString.lastIndexOf('a man a plan', 4), 0);
assert.strictEqual(bufferString.lastIndexOf('a '), 13);
assert.strictEqual(bufferString.lastIndexOf('a ', 13), 13);
assert.strictEqual(bufferString.lastIndexOf('a ', 12), 6);
assert.strictEqual(bufferString.lastIndexOf('a ', 5), 0);
assert.strictEqual(bufferString.lastIndexOf('a ', -1), 13);
assert.strictEqual(bufferString.lastIndexOf('a ', -27), 0);
assert.strictEqual(-1, bufferString.lastIndexOf('a ', -28));

var abInUCS2 = Buffer.from('ab', 'ucs2');
assert.strictEqual(-1, Buffer.from('\u00b5aaaa\u00b6bbbb', 'latin1').lastIndexOf('\u00b5'));
assert.strictEqual(-1, Buffer.from('\u00b5aaaa\u00b6bbbb', 'binary').lastIndexOf('\u00b5'));
assert.strictEqual(-1, Buffer.from('bc').lastIndexOf('ab'));
assert.strictEqual(-1, Buffer.from('abc').lastIndexOf('qa'));
assert.strictEqual(-1, Buffer.from('abcdef').lastIndexOf('qabc'));
assert.strictEqual(-1, Buffer.from('bc').lastIndexOf(Buffer.from('ab')));
assert.strictEqual(-1, Buffer.from('bc', 'ucs2').lastIndexOf('ab', 'ucs2'));
assert.strictEqual(-1, Buffer.from('bc', 'ucs2').lastIndexOf(abInUCS2));
assert.strictEqual(Buffer.from('abc').lastIndexOf('ab'), 0);
assert.strictEqual(Buffer.from('abc').lastIndexOf('ab', 1), 0);
assert.strictEqual(Buffer.from('abc').lastIndexOf('ab', 2), 0);
assert.strictEqual(Buffer.from('abc').lastIndexOf('ab', 3), 0);

pattern = 'JABACABADABACABA';
assert.strictEqual(longBufferString.lastIndexOf(pattern), 1535);
assert.strictEqual(longBufferString.lastIndexOf(pattern, 1535), 1535);
assert.strictEqual(longBufferString.lastIndexOf(pattern, 1534), 511);

// A long Thue-Morse sequence of 'yolo' and 'swag' (about 5 MB).
function countBits(n) {
  var count;
  for (count = 0; n > 0; count++) n = n & (n - 1);
  return count;
}
var parts = [];
for (i = 0; i < 1000000; i++) parts.push((countBits(i) % 2 === 0) ? 'yolo' : 'swag');
var reallyLong = Buffer.from(parts.join(' '));
assert.strictEqual(reallyLong.slice(0, 19).toString(), 'yolo swag swag yolo');
var pat = reallyLong.slice(0, 100000);
assert.strictEqual(reallyLong.lastIndexOf(pat), 4751360);
assert.strictEqual(reallyLong.lastIndexOf(pat, 4000000), 3932160);
assert.strictEqual(reallyLong.lastIndexOf(pat, 3000000), 2949120);
pat = reallyLong.slice(100000, 200000);
assert.strictEqual(reallyLong.lastIndexOf(pat), 4728480);
pat = reallyLong.slice(0, 1000000);
assert.strictEqual(reallyLong.lastIndexOf(pat), 3932160);
pat = reallyLong.slice(0, 2000000);
assert.strictEqual(reallyLong.lastIndexOf(pat), 0);

// Numbers are truncated to uint8.
(function () {
  var buf = Buffer.from('this is a test');
  assert.strictEqual(buf.indexOf(0x6973), 3);
  assert.strictEqual(buf.indexOf(0x697320), 4);
  assert.strictEqual(buf.indexOf(0x69732069), 2);
  assert.strictEqual(buf.indexOf(0x697374657374), 0);
  assert.strictEqual(buf.indexOf(0x69737374), 0);
  assert.strictEqual(buf.indexOf(0x69737465), 11);
  assert.strictEqual(buf.indexOf(-140), 0);
  assert.strictEqual(buf.indexOf(-152), 1);
  assert.strictEqual(buf.indexOf(0xff), -1);
  assert.strictEqual(buf.indexOf(0xffff), -1);
})();

// Uint8Array needles.
(function () {
  var needle = new Uint8Array([0x66, 0x6f, 0x6f]);
  var haystack = Buffer.from('a foo b foo');
  assert.strictEqual(haystack.indexOf(needle), 2);
  assert.strictEqual(haystack.lastIndexOf(needle), haystack.length - 3);
})();

assert.throws(function () {
  var buffer = require('buffer');
  new buffer.Buffer.prototype.lastIndexOf(1, 'str');
}, {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. ' +
           'Received an instance of lastIndexOf'
});

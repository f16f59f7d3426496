// Ported from Node.js test/parallel/test-buffer-fill.js (MIT license, Copyright Node.js contributors)
// Not ported: the internalBinding('buffer').fill cases (no internal bindings).
'use strict';
var common = require('./_common');
var assert = require('assert');
var SIZE = 28;

var buf1 = Buffer.allocUnsafe(SIZE);
var buf2 = Buffer.allocUnsafe(SIZE);

function repeat(s, n) { return new Array(n + 1).join(s); }

function genBuffer(size, args) {
  var b = Buffer.allocUnsafe(size);
  return b.fill(0).fill.apply(b, args);
}

function bufReset() {
  buf1.fill(0);
  buf2.fill(0);
}

// write() does not write partial characters while fill() copies bytes; the
// SIZE is chosen to work with the inputs.
function writeToFill(string, offset, end, encoding) {
  if (typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    end = buf2.length;
  } else if (typeof end === 'string') {
    encoding = end;
    end = buf2.length;
  } else if (end === undefined) {
    end = buf2.length;
  }
  if (offset < 0 || end > buf2.length) throw new RangeError('unreachable');
  if (end <= offset) return buf2;
  offset >>>= 0;
  end >>>= 0;
  assert(offset <= buf2.length);
  var length = end - offset < 0 ? 0 : end - offset;
  var wasZero = false;
  do {
    var written = buf2.write(string, offset, length, encoding);
    offset += written;
    if (written === 0) {
      if (wasZero) throw new Error('Could not write all data to Buffer');
      else wasZero = true;
    }
  } while (offset < buf2.length);
  return buf2;
}

function testBufs(string, offset, length, encoding) {
  bufReset();
  buf1.fill.apply(buf1, arguments);
  assert.deepStrictEqual(buf1.fill.apply(buf1, arguments), writeToFill.apply(null, arguments));
}

var A = 'a\u0234b\u0235c\u0236';
// Default encoding
testBufs('abc'); testBufs('\u0222aa'); testBufs(A);
testBufs('abc', 4); testBufs('abc', 5); testBufs('abc', SIZE);
testBufs('\u0222aa', 2); testBufs('\u0222aa', 8); testBufs(A, 4); testBufs(A, 12);
testBufs('abc', 4, 1); testBufs('abc', 5, 1); testBufs('\u0222aa', 8, 1); testBufs(A, 4, 1); testBufs(A, 12, 1);

['utf8', 'binary', 'latin1'].forEach(function (enc) {
  testBufs('abc', enc); testBufs('\u0222aa', enc); testBufs(A, enc);
  testBufs('abc', 4, enc); testBufs('abc', 5, enc); testBufs('abc', SIZE, enc);
  testBufs('\u0222aa', 2, enc); testBufs('\u0222aa', 8, enc); testBufs(A, 4, enc); testBufs(A, 12, enc);
  testBufs('abc', 4, 1, enc); testBufs('abc', 5, 1, enc); testBufs('\u0222aa', 8, 1, enc);
  testBufs(A, 4, 1, enc); testBufs(A, 12, 1, enc);
});
assert.strictEqual(Buffer.allocUnsafe(1).fill(0).fill('\u0222')[0], 0xc8);

// UCS2
testBufs('abc', 'ucs2'); testBufs('\u0222aa', 'ucs2'); testBufs(A, 'ucs2');
testBufs('abc', 4, 'ucs2'); testBufs('abc', SIZE, 'ucs2');
testBufs('\u0222aa', 2, 'ucs2'); testBufs('\u0222aa', 8, 'ucs2'); testBufs(A, 4, 'ucs2'); testBufs(A, 12, 'ucs2');
testBufs('abc', 4, 1, 'ucs2'); testBufs('abc', 5, 1, 'ucs2'); testBufs('\u0222aa', 8, 1, 'ucs2');
testBufs(A, 4, 1, 'ucs2'); testBufs(A, 12, 1, 'ucs2');
assert.strictEqual(Buffer.allocUnsafe(1).fill('\u0222', 'ucs2')[0], 0x22);

// HEX
testBufs('616263', 'hex'); testBufs('c8a26161', 'hex'); testBufs('61c8b462c8b563c8b6', 'hex');
testBufs('616263', 4, 'hex'); testBufs('616263', 5, 'hex'); testBufs('616263', SIZE, 'hex');
testBufs('c8a26161', 2, 'hex'); testBufs('c8a26161', 8, 'hex');
testBufs('61c8b462c8b563c8b6', 4, 'hex'); testBufs('61c8b462c8b563c8b6', 12, 'hex');
testBufs('616263', 4, 1, 'hex'); testBufs('616263', 5, 1, 'hex'); testBufs('c8a26161', 8, 1, 'hex');
testBufs('61c8b462c8b563c8b6', 4, 1, 'hex'); testBufs('61c8b462c8b563c8b6', 12, 1, 'hex');

assert.throws(function () { Buffer.allocUnsafe(SIZE).fill('yKJh', 'hex'); },
  { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(function () { Buffer.allocUnsafe(SIZE).fill('\u0222', 'hex'); },
  { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });

// BASE64
testBufs('YWJj', 'base64'); testBufs('yKJhYQ==', 'base64'); testBufs('Yci0Ysi1Y8i2', 'base64');
testBufs('YWJj', 4, 'base64'); testBufs('YWJj', SIZE, 'base64');
testBufs('yKJhYQ==', 2, 'base64'); testBufs('yKJhYQ==', 8, 'base64');
testBufs('Yci0Ysi1Y8i2', 4, 'base64'); testBufs('Yci0Ysi1Y8i2', 12, 'base64');
testBufs('YWJj', 4, 1, 'base64'); testBufs('YWJj', 5, 1, 'base64'); testBufs('yKJhYQ==', 8, 1, 'base64');
testBufs('Yci0Ysi1Y8i2', 4, 1, 'base64'); testBufs('Yci0Ysi1Y8i2', 12, 1, 'base64');

// BASE64URL
testBufs('YWJj', 'base64url'); testBufs('yKJhYQ', 'base64url'); testBufs('Yci0Ysi1Y8i2', 'base64url');
testBufs('YWJj', 4, 'base64url'); testBufs('YWJj', SIZE, 'base64url');
testBufs('yKJhYQ', 2, 'base64url'); testBufs('yKJhYQ', 8, 'base64url');
testBufs('Yci0Ysi1Y8i2', 4, 'base64url'); testBufs('Yci0Ysi1Y8i2', 12, 'base64url');
testBufs('YWJj', 4, 1, 'base64url'); testBufs('YWJj', 5, 1, 'base64url'); testBufs('yKJhYQ', 8, 1, 'base64url');
testBufs('Yci0Ysi1Y8i2', 4, 1, 'base64url'); testBufs('Yci0Ysi1Y8i2', 12, 1, 'base64url');

// Buffer values
function deepStrictEqualValues(buf, arr) {
  var it = buf.entries(), r;
  while (!(r = it.next()).done) assert.deepStrictEqual(r.value[1], arr[r.value[0]]);
}
var buf2Fill = Buffer.allocUnsafe(1).fill(2);
deepStrictEqualValues(genBuffer(4, [buf2Fill]), [2, 2, 2, 2]);
deepStrictEqualValues(genBuffer(4, [buf2Fill, 1]), [0, 2, 2, 2]);
deepStrictEqualValues(genBuffer(4, [buf2Fill, 1, 3]), [0, 2, 2, 0]);
deepStrictEqualValues(genBuffer(4, [buf2Fill, 1, 1]), [0, 0, 0, 0]);
var hexBufFill = Buffer.allocUnsafe(2).fill(0).fill('0102', 'hex');
deepStrictEqualValues(genBuffer(4, [hexBufFill]), [1, 2, 1, 2]);
deepStrictEqualValues(genBuffer(4, [hexBufFill, 1]), [0, 1, 2, 1]);
deepStrictEqualValues(genBuffer(4, [hexBufFill, 1, 3]), [0, 1, 2, 0]);
deepStrictEqualValues(genBuffer(4, [hexBufFill, 1, 1]), [0, 0, 0, 0]);

// Exceptions
[[0, -1], [0, 0, buf1.length + 1], ['', -1], ['', 0, buf1.length + 1], ['', 1, -1]].forEach(function (args) {
  assert.throws(function () { buf1.fill.apply(buf1, args); }, { code: 'ERR_OUT_OF_RANGE' });
});
assert.throws(function () { buf1.fill('a', 0, buf1.length, 'node rocks!'); },
  { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: node rocks!' });
[['a', 0, 0, NaN], ['a', 0, 0, false]].forEach(function (args) {
  assert.throws(function () { buf1.fill.apply(buf1, args); }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "encoding" argument must be of type string.' + common.invalidArgTypeHelper(args[3])
  });
});
assert.throws(function () { buf1.fill('a', 0, 0, 'foo'); },
  { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: foo' });

assert.throws(function () { Buffer.allocUnsafe(8).fill('a', -1); }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { Buffer.allocUnsafe(8).fill('a', 0, 9); }, { code: 'ERR_OUT_OF_RANGE' });

// Must not hang.
Buffer.allocUnsafe(8).fill('');
Buffer.alloc(8, '');

(function () {
  var buf = Buffer.alloc(64, 10), i;
  for (i = 0; i < buf.length; i++) assert.strictEqual(buf[i], 10);
  buf.fill(11, 0, buf.length >> 1);
  for (i = 0; i < buf.length >> 1; i++) assert.strictEqual(buf[i], 11);
  for (i = (buf.length >> 1) + 1; i < buf.length; i++) assert.strictEqual(buf[i], 10);
  buf.fill('h');
  for (i = 0; i < buf.length; i++) assert.strictEqual(buf[i], 'h'.charCodeAt(0));
  buf.fill(0);
  for (i = 0; i < buf.length; i++) assert.strictEqual(buf[i], 0);
  buf.fill(null);
  for (i = 0; i < buf.length; i++) assert.strictEqual(buf[i], 0);
  buf.fill(1, 16, 32);
  for (i = 0; i < 16; i++) assert.strictEqual(buf[i], 0);
  for (i = 16; i < 32; i++) assert.strictEqual(buf[i], 1);
  for (i = 32; i < buf.length; i++) assert.strictEqual(buf[i], 0);
})();

(function () {
  var buf = Buffer.alloc(10, 'abc');
  assert.strictEqual(buf.toString(), 'abcabcabca');
  buf.fill('\u0567');
  assert.strictEqual(buf.toString(), '\u0567\u0567\u0567\u0567\u0567');
})();

// "end" is not coerced through Symbol.toPrimitive.
assert.throws(function () {
  var end = {};
  end[Symbol.toPrimitive] = function () { return 1; };
  Buffer.alloc(1).fill(Buffer.alloc(1), 0, end);
}, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "end" argument must be of type number. Received an instance of Object'
});

assert.deepStrictEqual(Buffer.allocUnsafeSlow(16).fill('ab', 'utf16le'),
  Buffer.from('61006200610062006100620061006200', 'hex'));
assert.deepStrictEqual(Buffer.allocUnsafeSlow(15).fill('ab', 'utf16le'),
  Buffer.from('610062006100620061006200610062', 'hex'));
assert.deepStrictEqual(Buffer.allocUnsafeSlow(16).fill('a', 'utf16le'),
  Buffer.from('61006100610061006100610061006100', 'hex'));
assert.strictEqual(Buffer.allocUnsafeSlow(16).fill('a', 'utf16le').toString('utf16le'), repeat('a', 8));
assert.strictEqual(Buffer.allocUnsafeSlow(16).fill('a', 'latin1').toString('latin1'), repeat('a', 16));
assert.strictEqual(Buffer.allocUnsafeSlow(16).fill('a', 'utf8').toString('utf8'), repeat('a', 16));
assert.strictEqual(Buffer.allocUnsafeSlow(16).fill('\u0409', 'utf16le').toString('utf16le'), repeat('\u0409', 8));
assert.strictEqual(Buffer.allocUnsafeSlow(16).fill('\u0409', 'latin1').toString('latin1'), repeat('\t', 16));
assert.strictEqual(Buffer.allocUnsafeSlow(16).fill('\u0409', 'utf8').toString('utf8'), repeat('\u0409', 8));

assert.throws(function () {
  Buffer.from(repeat('a', 1000)).fill('This is not correctly encoded', 'hex');
}, { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });

assert.strictEqual(Buffer.alloc(5, '').toString(), '\x00\x00\x00\x00\x00');
assert.strictEqual(Buffer.alloc(5, []).toString(), '\x00\x00\x00\x00\x00');
assert.strictEqual(Buffer.alloc(5, Buffer.alloc(5)).toString(), '\x00\x00\x00\x00\x00');
assert.strictEqual(Buffer.alloc(5, 0).toString(), '\x00\x00\x00\x00\x00');

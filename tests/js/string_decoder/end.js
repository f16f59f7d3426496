// Ported from Node.js test/parallel/test-string-decoder-end.js (MIT
// license, Copyright Node.js contributors): end() flushes an incomplete
// character and the decoder is reusable after it; writing byte by byte or
// all at once gives what Buffer#toString gives.
'use strict';
var assert = require('../_assert.js');
var SD = require('string_decoder').StringDecoder;

function of() { return Buffer.from(Array.prototype.slice.call(arguments)); }

var encodings = ['base64', 'base64url', 'hex', 'utf8', 'utf16le', 'ucs2'];
var bufs = ['\u2603\ud83d\udca9', 'asdf'].map(function (b) { return Buffer.from(b); });
// Also arbitrary bytes from 0x78 on, 0 to 15 of them.
for (var i = 1; i <= 16; i++) {
  var bytes = [];
  for (var j = 0; j < i - 1; j++) bytes.push(j + 0x78);
  bufs.push(Buffer.from(bytes));
}

function testBuf(encoding, buf) {
  var s = new SD(encoding), res1 = '', k;
  for (k = 0; k < buf.length; k++)
    res1 += s.write(buf.slice(k, k + 1));
  res1 += s.end();
  s = new SD(encoding);
  var res2 = s.write(buf) + s.end();
  var res3 = buf.toString(encoding);
  assert.strictEqual(res1, res3, encoding + ' one byte at a time');
  assert.strictEqual(res2, res3, encoding + ' all at once');
}
encodings.forEach(function (encoding) {
  bufs.forEach(function (buf) { testBuf(encoding, buf); });
});

function testEnd(encoding, incomplete, next, expected) {
  var s = new SD(encoding), res = '';
  res += s.write(incomplete);
  res += s.end();
  res += s.write(next);
  res += s.end();
  assert.strictEqual(res, expected, encoding + ' ' + incomplete.toString('hex') +
                     ' then ' + next.toString('hex'));
}

testEnd('utf8', of(0xE2), of(0x61), '\uFFFDa');
testEnd('utf8', of(0xE2), of(0x82), '\uFFFD\uFFFD');
testEnd('utf8', of(0xE2, 0x82), of(0x61), '\uFFFDa');
testEnd('utf8', of(0xE2, 0x82, 0xAC), of(0x61), '\u20aca');

testEnd('utf16le', of(0x3D), of(0x61, 0x00), 'a');
testEnd('utf16le', of(0x3D, 0xD8, 0x4D), of(0x61, 0x00), '\uD83Da');
testEnd('utf16le', of(0x3D, 0xD8), of(0x4D, 0xDC), '\uD83D\uDC4D');
testEnd('utf16le', of(0x3D, 0xD8, 0x4D, 0xDC), of(0x61, 0x00), '\uD83D\uDC4Da');

testEnd('base64', of(0x61), of(), 'YQ==');
testEnd('base64', of(0x61), of(0x61), 'YQ==YQ==');
testEnd('base64', of(0x61, 0x61), of(), 'YWE=');
testEnd('base64', of(0x61, 0x61), of(0x61), 'YWE=YQ==');
testEnd('base64', of(0x61, 0x61, 0x61), of(), 'YWFh');
testEnd('base64', of(0x61, 0x61, 0x61), of(0x61), 'YWFhYQ==');

testEnd('base64url', of(0x61), of(), 'YQ');
testEnd('base64url', of(0x61), of(0x61), 'YQYQ');
testEnd('base64url', of(0x61, 0x61), of(), 'YWE');
testEnd('base64url', of(0x61, 0x61), of(0x61), 'YWEYQ');
testEnd('base64url', of(0x61, 0x61, 0x61), of(), 'YWFh');
testEnd('base64url', of(0x61, 0x61, 0x61), of(0x61), 'YWFhYQ');

// Ported from Node.js test/parallel/test-string-decoder.js (MIT license,
// Copyright Node.js contributors). Byte inputs are built with local helpers
// (hex, utf8) instead of Buffer.from so the test only exercises the decoder.
var assert = require('../_assert.js');
var StringDecoder = require('string_decoder').StringDecoder;

function hex(s) {
  var out = new Uint8Array(s.length / 2);
  for (var i = 0; i < out.length; i++)
    out[i] = parseInt(s.substr(2 * i, 2), 16);
  return out;
}
function utf8(s) { return new TextEncoder().encode(s); }
function ucs2(s) {
  var out = new Uint8Array(s.length * 2);
  for (var i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}
function esc(str) {
  var r = [];
  for (var i = 0; i < str.length; i++) r.push('\\u' + str.charCodeAt(i).toString(16));
  return r.join('');
}

// All ways a buffer of length can be split into sequential writes.
function writeSequences(length, start, sequence) {
  if (start === undefined) {
    start = 0;
    sequence = [];
  } else if (start === length) {
    return [sequence];
  }
  var sequences = [];
  for (var end = length; end > start; end--) {
    var sub = sequence.concat([[start, end]]);
    sequences = sequences.concat(writeSequences(length, end, sub));
  }
  return sequences;
}

var ncases = 0;
function test(encoding, input, expected) {
  writeSequences(input.length).forEach(function (sequence) {
    var decoder = new StringDecoder(encoding);
    var output = '';
    sequence.forEach(function (w) {
      output += decoder.write(input.subarray(w[0], w[1]));
    });
    output += decoder.end();
    if (output !== expected)
      assert.fail('Expected "' + esc(expected) + '", but got "' + esc(output) +
                  '" for ' + encoding + ' write sequence ' +
                  JSON.stringify(sequence));
  });
  ncases++;
}

// Default encoding
var decoder = new StringDecoder();
assert.strictEqual(decoder.encoding, 'utf8');

// UTF-8
test('utf-8', utf8('$'), '$');
test('utf-8', utf8('\u00a2'), '\u00a2');
test('utf-8', utf8('\u20ac'), '\u20ac');
test('utf-8', utf8('\ud852\udf62'), '\ud852\udf62');
test('utf-8', hex('CBA464E18BA430E38185'), '\u02e4\u0064\u12e4\u0030\u3045');
// Some invalid input, known to have caused trouble with chunking.
test('utf-8', hex('C9B5A941'), '\u0275\ufffdA');
test('utf-8', hex('E2'), '\ufffd');
test('utf-8', hex('E241'), '\ufffdA');
test('utf-8', hex('CCCCB8'), '\ufffd\u0338');
test('utf-8', hex('F0B841'), '\ufffdA');
test('utf-8', hex('F1CCB8'), '\ufffd\u0338');
test('utf-8', hex('F0FB00'), '\ufffd\ufffd\0');
test('utf-8', hex('CCE2B8B8'), '\ufffd\u2e38');
test('utf-8', hex('E2B8CCB8'), '\ufffd\u0338');
test('utf-8', hex('E2FBCC01'), '\ufffd\ufffd\ufffd\u0001');
test('utf-8', hex('CCB8CDB9'), '\u0338\u0379');
// CESU-8 of U+1D40D
test('utf-8', hex('EDA0B5EDB08D'), '\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd');
// A BOM is kept, as in Node.
test('utf-8', hex('EFBBBF41'), '\ufeffA');

// UCS-2
test('ucs2', ucs2('ababc'), 'ababc');
// UTF-16LE
test('utf16le', hex('3DD84DDC'), '\ud83d\udc4d'); // thumbs up

// Additional UTF-8 tests
decoder = new StringDecoder('utf8');
assert.strictEqual(decoder.write(hex('E1')), '');
assert.strictEqual(decoder.end(), '\ufffd');

decoder = new StringDecoder('utf8');
assert.strictEqual(decoder.write(hex('E18B')), '');
assert.strictEqual(decoder.end(), '\ufffd');

decoder = new StringDecoder('utf8');
assert.strictEqual(decoder.write(utf8('\ufffd')), '\ufffd');
assert.strictEqual(decoder.end(), '');

decoder = new StringDecoder('utf8');
assert.strictEqual(decoder.write(utf8('\ufffd\ufffd\ufffd')), '\ufffd\ufffd\ufffd');
assert.strictEqual(decoder.end(), '');

decoder = new StringDecoder('utf8');
assert.strictEqual(decoder.write(hex('EFBFBDE2')), '\ufffd');
assert.strictEqual(decoder.end(), '\ufffd');

decoder = new StringDecoder('utf8');
assert.strictEqual(decoder.write(hex('F1')), '');
assert.strictEqual(decoder.write(hex('41F2')), '\ufffdA');
assert.strictEqual(decoder.end(), '\ufffd');

// Incomplete-character state
decoder = new StringDecoder('utf8');
assert.strictEqual(decoder.write(hex('E2')), '');
assert.strictEqual(decoder.lastNeed, 2);
assert.strictEqual(decoder.lastTotal, 3);
assert.strictEqual(decoder.lastChar[0], 0xe2);
assert.strictEqual(decoder.lastChar.length, 4);
assert.strictEqual(decoder.write(hex('82')), '');
assert.strictEqual(decoder.lastNeed, 1);
assert.strictEqual(decoder.write(hex('AC41')), '\u20acA');
assert.strictEqual(decoder.lastNeed, 0);
assert.strictEqual(decoder.end(), '');

// A decoder can be reused after end()
decoder = new StringDecoder('utf8');
assert.strictEqual(decoder.write(hex('E2')), '');
assert.strictEqual(decoder.end(), '\ufffd');
assert.strictEqual(decoder.write(hex('E282AC')), '\u20ac');
assert.strictEqual(decoder.end(hex('E2')), '\ufffd');

// Additional UTF-16LE surrogate pair tests
decoder = new StringDecoder('utf16le');
assert.strictEqual(decoder.write(hex('3DD8')), '');
assert.strictEqual(decoder.write(hex('4D')), '');
assert.strictEqual(decoder.write(hex('DC')), '\ud83d\udc4d');
assert.strictEqual(decoder.end(), '');

decoder = new StringDecoder('utf16le');
assert.strictEqual(decoder.write(hex('3DD8')), '');
assert.strictEqual(decoder.end(), '\ud83d');

decoder = new StringDecoder('utf16le');
assert.strictEqual(decoder.write(hex('3DD8')), '');
assert.strictEqual(decoder.write(hex('4D')), '');
assert.strictEqual(decoder.end(), '\ud83d');

decoder = new StringDecoder('utf16le');
assert.strictEqual(decoder.write(hex('3DD84D')), '\ud83d');
assert.strictEqual(decoder.end(), '');

// base64, base64url, hex, latin1, ascii
test('base64', utf8('abcdefg'), 'YWJjZGVmZw==');
test('base64url', hex('fbff'), '-_8');
test('hex', hex('00ff10'), '00ff10');
test('latin1', hex('41e9ff'), 'A\u00e9\u00ff');
test('binary', hex('41e9'), 'A\u00e9');
test('ascii', hex('41e9'), 'Ai');
decoder = new StringDecoder('base64');
assert.strictEqual(decoder.write(utf8('ab')), '');
assert.strictEqual(decoder.lastNeed, 1);
assert.strictEqual(decoder.end(), 'YWI=');
decoder = new StringDecoder('hex');
assert.strictEqual(decoder.write(utf8('ab')), '6162');
assert.strictEqual(decoder.end(utf8('c')), '63');

// Encoding names
assert.strictEqual(new StringDecoder('UCS-2').encoding, 'utf16le');
assert.strictEqual(new StringDecoder('utf-16le').encoding, 'utf16le');
assert.strictEqual(new StringDecoder('binary').encoding, 'latin1');
assert.strictEqual(new StringDecoder('base64url').encoding, 'base64url');
assert.strictEqual(new StringDecoder('UTF-8').encoding, 'utf8');
assert.deepStrictEqual(Object.keys(new StringDecoder()), ['encoding']);

// Errors
assert.throws(function () { new StringDecoder(1); },
              {code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError',
               message: 'Unknown encoding: 1'});
assert.throws(function () { new StringDecoder('test'); },
              {code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError',
               message: 'Unknown encoding: test'});
assert.throws(function () { new StringDecoder('utf8').write(null); },
              {code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
               message: 'The "buf" argument must be an instance of Buffer, ' +
                        'TypedArray, or DataView. Received null'});

// Strings pass through; typed arrays and DataViews are read as bytes.
assert.strictEqual(new StringDecoder().write('abc'), 'abc');
assert.strictEqual(new StringDecoder('utf8').write(new Uint16Array([0x4241])), 'AB');
assert.strictEqual(new StringDecoder('hex').write(new DataView(hex('0a0b').buffer)), '0a0b');
// text(): legacy, decodes from an offset
assert.strictEqual(new StringDecoder('utf8').text(utf8('abc'), 1), 'bc');

// Large input through the chunked paths
var big = new Uint8Array(50000);
for (var i = 0; i < big.length; i++) big[i] = 0x41 + (i % 26);
assert.strictEqual(new StringDecoder('latin1').write(big).length, 50000);
assert.strictEqual(new StringDecoder('utf16le').write(big).length, 25000);
assert.strictEqual(new StringDecoder('hex').write(big).length, 100000);
assert.ok(ncases > 20);

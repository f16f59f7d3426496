// requires: zlib
// zlib's convenience functions: sync, callback and promisified forms of
// every format, byte-exact output against node's (same zlib settings),
// options, multi-member gzip, dictionaries, crc32, constants, and the
// errors of corrupt, truncated and oversized input.
'use strict';
var assert = require('assert');
var zlib = require('zlib');
var util = require('util');

var text = 'hello hello hello world '.repeat(100);
// Known outputs (zlib 1.2.x/1.3 at the default level, as node makes them).
assert.strictEqual(zlib.deflateSync('hello').toString('hex'), '789ccb48cdc9c90700062c0215');
assert.strictEqual(zlib.deflateRawSync('hello').toString('hex'), 'cb48cdc9c90700');
assert.strictEqual(zlib.gzipSync('hello').toString('hex'), '1f8b0800000000000003cb48cdc9c90700' + '86a6103605000000');
assert.strictEqual(zlib.brotliCompressSync('hello').toString('hex'), '0b028068656c6c6f03');
assert.strictEqual(zlib.deflateSync(text, { level: 9 }).toString('base64'), zlib.deflateSync(text, { level: 9 }).toString('base64'));
console.log('deflate level 1', zlib.deflateSync(text, { level: 1 }).toString('base64'));
console.log('deflate rle', zlib.deflateSync(text, { strategy: zlib.constants.Z_RLE }).toString('base64'));
console.log('deflate wb9 ml1', zlib.deflateSync(text, { windowBits: 9, memLevel: 1 }).toString('base64'));
console.log('brotli q4', zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }).toString('base64'));

// Round trips of every pair, from strings, Buffers, typed arrays, ArrayBuffers.
var pairs = [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'],
  ['deflate', 'unzip'], ['gzip', 'unzip'], ['brotliCompress', 'brotliDecompress']];
pairs.forEach(function (p) {
  var c = zlib[p[0] + 'Sync'](text);
  assert.strictEqual(zlib[p[1] + 'Sync'](c).toString(), text, p.join('/'));
  assert.strictEqual(zlib[p[1] + 'Sync'](new Uint8Array(c)).toString(), text);
  assert.strictEqual(zlib[p[1] + 'Sync'](c.buffer.slice(c.byteOffset, c.byteOffset + c.length)).toString(), text);
});
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync(Buffer.alloc(0))).length, 0);
var big = require('crypto').randomBytes(300000);
assert.ok(zlib.inflateSync(zlib.deflateSync(big)).equals(big));
assert.ok(zlib.brotliDecompressSync(zlib.brotliCompressSync(big)).equals(big));

// Multi-member gzip, trailing zero padding, dictionaries.
assert.strictEqual(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync('def')])).toString(), 'abcdef');
assert.strictEqual(zlib.unzipSync(Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync('def')])).toString(), 'abcdef');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('abc'), Buffer.alloc(10)])).toString(), 'abc');
var dict = Buffer.from('hello world');
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(text, { dictionary: dict }), { dictionary: dict }).toString(), text);
assert.strictEqual(zlib.inflateRawSync(zlib.deflateRawSync(text, { dictionary: dict }), { dictionary: dict }).toString(), text);

// crc32
assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
assert.strictEqual(zlib.crc32(Buffer.from('hello')), 907060870);
assert.strictEqual(zlib.crc32(''), 0);

// constants and codes
assert.strictEqual(zlib.constants.Z_BEST_COMPRESSION, 9);
assert.strictEqual(zlib.constants.BROTLI_PARAM_QUALITY, 1);
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes['-3'], 'Z_DATA_ERROR');
assert.strictEqual(zlib.Z_SYNC_FLUSH, 2);
assert.strictEqual(Object.keys(zlib).indexOf('Z_SYNC_FLUSH'), -1);
console.log(Object.keys(zlib.constants).filter(function (k) { return k !== 'ZLIB_VERNUM'; }).join());

// Errors: Node's message, code and errno.
function err(fn, props) { assert.throws(fn, props); }
err(function () { zlib.gunzipSync(Buffer.from('hello')); }, { name: 'Error', code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect header check' });
err(function () { zlib.inflateSync(Buffer.from('hello')); }, { code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect header check' });
err(function () { zlib.gunzipSync(zlib.gzipSync('hello world').slice(0, 10)); }, { code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file' });
err(function () { zlib.inflateSync(zlib.deflateSync(text).slice(0, 20)); }, { code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file' });
err(function () { zlib.inflateRawSync(Buffer.from([0xff, 0xff])); }, { code: 'Z_DATA_ERROR', message: 'invalid block type' });
err(function () { zlib.brotliDecompressSync(Buffer.from([0xff, 0xff, 0xff, 0xff, 1, 2, 3])); }, { code: 'ERR__ERROR_FORMAT_PADDING_2', errno: -15, message: 'Decompression failed' });
err(function () { zlib.brotliDecompressSync(zlib.brotliCompressSync('hello world').slice(0, 5)); }, { code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file' });
err(function () { zlib.gunzipSync(Buffer.concat([zlib.gzipSync('abc'), Buffer.from('garbage')])); }, { code: 'Z_DATA_ERROR', message: 'incorrect header check' });
err(function () { zlib.inflateSync(zlib.deflateSync('abc', { dictionary: dict })); }, { code: 'Z_NEED_DICT', errno: 2, message: 'Missing dictionary' });
err(function () { zlib.inflateSync(zlib.deflateSync('abc', { dictionary: dict }), { dictionary: Buffer.from('x') }); }, { code: 'Z_NEED_DICT', errno: 2, message: 'Bad dictionary' });
// A decompression bomb stops at maxOutputLength.
var bomb = zlib.gzipSync(Buffer.alloc(10 * 1024 * 1024));
assert.ok(bomb.length < 20000);
err(function () { zlib.gunzipSync(bomb, { maxOutputLength: 1024 * 1024 }); }, { name: 'RangeError', code: 'ERR_BUFFER_TOO_LARGE', message: 'Cannot create a Buffer larger than 1048576 bytes' });
err(function () { zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(100000)), { maxOutputLength: 10 }); }, { code: 'ERR_BUFFER_TOO_LARGE', message: 'Cannot create a Buffer larger than 10 bytes' });
assert.strictEqual(zlib.gunzipSync(bomb, { maxOutputLength: 10 * 1024 * 1024 }).length, 10 * 1024 * 1024);
// Options
err(function () { zlib.gzipSync('x', { level: 10 }); }, { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.level" is out of range. It must be >= -1 and <= 9. Received 10' });
err(function () { zlib.gzipSync('x', { level: 'a' }); }, { code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.level" property must be of type number. Received type string (\'a\')' });
err(function () { zlib.gzipSync('x', { windowBits: 8 }); }, { code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.windowBits" is out of range. It must be >= 9 and <= 15. Received 8' });
err(function () { zlib.gzipSync('x', { chunkSize: 10 }); }, { code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.chunkSize" is out of range. It must be >= 64. Received 10' });
err(function () { zlib.gzipSync('x', { level: Infinity }); }, { code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.level" is out of range. It must be a finite number. Received Infinity' });
err(function () { zlib.gzipSync(1); }, { code: 'ERR_INVALID_ARG_TYPE', message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received type number (1)' });
err(function () { zlib.deflateSync('x', { dictionary: 'abc' }); }, { code: 'ERR_INVALID_ARG_TYPE' });
err(function () { zlib.brotliCompressSync('x', { params: { 999: 1 } }); }, { name: 'RangeError', code: 'ERR_BROTLI_INVALID_PARAM', message: '999 is not a valid Brotli parameter' });
err(function () { zlib.brotliCompressSync('x', { params: { a: 1 } }); }, { code: 'ERR_BROTLI_INVALID_PARAM', message: 'a is not a valid Brotli parameter' });
err(function () { zlib.brotliCompressSync('x', { params: { 1: 'x' } }); }, { code: 'ERR_INVALID_ARG_TYPE' });
err(function () { zlib.gzip('x'); }, { code: 'ERR_INVALID_ARG_TYPE', message: 'The "callback" argument must be of type function. Received undefined' });
err(function () { zlib.crc32(1); }, { code: 'ERR_INVALID_ARG_TYPE' });

// Callback and promisified forms: on the thread pool, results in order.
var results = [];
zlib.gzip(text, function (e, gz) {
  assert.strictEqual(e, null);
  zlib.gunzip(gz, function (e2, back) {
    assert.strictEqual(e2, null);
    results.push('gzip/gunzip ' + (back.toString() === text));
  });
});
zlib.deflate(text, { level: 1 }, function (e, d) {
  results.push('deflate level 1 ' + (d.toString('base64') === zlib.deflateSync(text, { level: 1 }).toString('base64')));
});
zlib.gunzip(Buffer.from('hello'), function (e) {
  results.push('async error ' + e.code + ' ' + e.errno + ' ' + e.message);
});
zlib.gunzip(bomb, { maxOutputLength: 1000 }, function (e) {
  results.push('async bomb ' + e.code);
});
util.promisify(zlib.brotliCompress)(text).then(function (b) {
  return util.promisify(zlib.brotliDecompress)(b);
}).then(function (back) {
  results.push('promisified brotli ' + (back.toString() === text));
});
process.on('exit', function () { console.log(results.sort().join('\n')); });

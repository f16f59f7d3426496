// requires: crypto
// pbkdf2, scrypt, hkdf: RFC 6070, RFC 7914 and RFC 5869 vectors, sync and
// on the thread pool, and Node's argument errors.
'use strict';
var assert = require('assert');
var crypto = require('crypto');

function hex(b) { return Buffer.from(b).toString('hex'); }

// RFC 6070 (PBKDF2-HMAC-SHA1)
assert.strictEqual(hex(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1')), '0c60c80f961f0e71f3a9b524af6012062fe037a6');
assert.strictEqual(hex(crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1')), 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
assert.strictEqual(hex(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1')), '4b007901b765489abead49d926f721d065a429c1');
assert.strictEqual(hex(crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1')), '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038');
assert.strictEqual(hex(crypto.pbkdf2Sync('pass\0word', 'sa\0lt', 4096, 16, 'sha1')), '56fa6aa75548099dcc37d7f03425e0c3');
assert.strictEqual(crypto.pbkdf2Sync('a', 'b', 1, 0, 'sha256').length, 0);
assert.ok(Buffer.isBuffer(crypto.pbkdf2Sync(Buffer.from('a'), new Uint8Array(2).buffer, 1, 64, 'sha512')));

// RFC 7914 section 12 (scrypt)
assert.strictEqual(hex(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 })), '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906');
assert.strictEqual(hex(crypto.scryptSync('password', 'NaCl', 64, { cost: 1024, blockSize: 8, parallelization: 16 })), 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640');
assert.strictEqual(crypto.scryptSync('pw', 'salt', 16).length, 16);

// RFC 5869 A.1, A.3 (SHA-256) and A.4 (SHA-1); hkdf gives an ArrayBuffer.
var ikm = Buffer.alloc(22, 0x0b);
var salt = Buffer.from('000102030405060708090a0b0c', 'hex');
var info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
var okm = crypto.hkdfSync('sha256', ikm, salt, info, 42);
assert.ok(okm instanceof ArrayBuffer);
assert.strictEqual(hex(okm), '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');
assert.strictEqual(hex(crypto.hkdfSync('sha256', ikm, '', '', 42)), '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8');
assert.strictEqual(hex(crypto.hkdfSync('sha1', Buffer.alloc(11, 0x0b), salt, info, 42)), '085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c22e422478d305f3f896');
assert.strictEqual(hex(crypto.hkdfSync('sha256', crypto.createSecretKey(ikm), salt, info, 42)), hex(okm));
assert.strictEqual(crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32).byteLength, 255 * 32);

// Errors (thrown at once, also by the async forms).
function err(fn, props) { assert.throws(fn, props); }
err(function () { crypto.pbkdf2Sync('a', 'b', 1, 32, 'md55'); }, { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: md55' });
err(function () { crypto.pbkdf2('a', 'b', 1, 32, 'md55', function () {}); }, { code: 'ERR_CRYPTO_INVALID_DIGEST' });
err(function () { crypto.pbkdf2Sync('a', 'b', 0, 32, 'sha1'); }, { code: 'ERR_OUT_OF_RANGE', message: 'The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. Received 0' });
err(function () { crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'); }, { code: 'ERR_OUT_OF_RANGE', message: 'The value of "keylen" is out of range. It must be >= 0 && <= 2147483647. Received -1' });
err(function () { crypto.pbkdf2Sync('a', 'b', 1.5, 1, 'sha1'); }, { code: 'ERR_OUT_OF_RANGE', message: 'The value of "iterations" is out of range. It must be an integer. Received 1.5' });
err(function () { crypto.pbkdf2Sync('a', 'b', 1, 1); }, { code: 'ERR_INVALID_ARG_TYPE', message: 'The "digest" argument must be of type string. Received undefined' });
err(function () { crypto.pbkdf2Sync(1, 'b', 1, 1, 'sha1'); }, { code: 'ERR_INVALID_ARG_TYPE', message: 'The "password" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)' });
err(function () { crypto.pbkdf2('a', 'b', 1, 32, 'sha1'); }, { code: 'ERR_INVALID_ARG_TYPE', message: 'The "callback" argument must be of type function. Received undefined' });
err(function () { crypto.scryptSync('a', 'b', 32, { N: 3 }); }, { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', message: 'Invalid scrypt params' });
err(function () { crypto.scryptSync('a', 'b', 32, { N: Math.pow(2, 20) }); }, { code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', message: 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded' });
err(function () { crypto.scryptSync('a', 'b', 32, { N: 16, cost: 16 }); }, { name: 'Error', code: 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', message: 'Invalid scrypt parameter' });
err(function () { crypto.scrypt('a', 'b', 32, { N: 3 }, function () {}); }, { code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS' });
err(function () { crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1); }, { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length' });
err(function () { crypto.hkdfSync('md55', 'k', 's', 'i', 32); }, { code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: md55' });
err(function () { crypto.hkdfSync('sha256', 'k', 's', Buffer.alloc(1025), 32); }, { code: 'ERR_OUT_OF_RANGE', message: 'The value of "info" is out of range. It must be must not contain more than 1024 bytes. Received 1025' });
err(function () { crypto.hkdfSync('sha256', 1, 's', 'i', 32); }, { code: 'ERR_INVALID_ARG_TYPE' });

// Async: on the thread pool, in order of completion; the same bytes.
// The pool finishes them in any order: printed sorted at the end.
var pending = 4, names = [];
function finish(name) {
  names.push(name);
  if (--pending === 0) console.log(names.sort().join(', '));
}
crypto.pbkdf2('password', 'salt', 4096, 20, 'sha1', function (e, key) {
  assert.strictEqual(e, null);
  assert.strictEqual(hex(key), '4b007901b765489abead49d926f721d065a429c1');
  finish('pbkdf2');
});
crypto.scrypt('', '', 64, { N: 16, r: 1, p: 1 }, function (e, key) {
  assert.strictEqual(e, null);
  assert.strictEqual(hex(key).slice(0, 16), '77d6576238657b20');
  finish('scrypt');
});
crypto.scrypt('pw', 'salt', 16, function (e, key) {
  assert.strictEqual(e, null);
  assert.strictEqual(hex(key), hex(crypto.scryptSync('pw', 'salt', 16)));
  finish('scrypt defaults');
});
crypto.hkdf('sha256', ikm, salt, info, 42, function (e, key) {
  assert.strictEqual(e, null);
  assert.ok(key instanceof ArrayBuffer);
  assert.strictEqual(hex(key), hex(okm));
  finish('hkdf');
});
console.log('sync ok');

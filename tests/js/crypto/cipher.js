// requires: crypto
// createCipheriv/createDecipheriv: NIST SP 800-38A (CBC, CTR), the GCM
// specification's test cases 2-4, 14 and 16, RFC 3610 (CCM) and RFC 8439
// (ChaCha20-Poly1305) vectors; round trips, tags, padding, streams and
// Node's errors.
'use strict';
var assert = require('assert');
var crypto = require('crypto');

function B(hex) { return Buffer.from(hex, 'hex'); }
function enc(alg, key, iv, data, opts, aad) {
  var c = crypto.createCipheriv(alg, key, iv, opts);
  if (aad) c.setAAD(aad, opts && opts.authTagLength && alg.indexOf('ccm') >= 0 ? { plaintextLength: data.length } : undefined);
  var out = Buffer.concat([c.update(data), c.final()]);
  var tag = /gcm|ccm|ocb|poly1305/.test(alg) ? c.getAuthTag().toString('hex') : '';
  return [out.toString('hex'), tag];
}
function dec(alg, key, iv, data, tag, opts, aad) {
  var d = crypto.createDecipheriv(alg, key, iv, opts);
  if (tag) d.setAuthTag(tag);
  if (aad) d.setAAD(aad, alg.indexOf('ccm') >= 0 ? { plaintextLength: data.length } : undefined);
  return Buffer.concat([d.update(data), d.final()]).toString('hex');
}

// SP 800-38A F.2.1 / F.2.2 (CBC-AES128) without padding
var k128 = B('2b7e151628aed2a6abf7158809cf4f3c');
var p2 = B('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51');
var cbc = crypto.createCipheriv('aes-128-cbc', k128, B('000102030405060708090a0b0c0d0e0f')).setAutoPadding(false);
assert.strictEqual(Buffer.concat([cbc.update(p2), cbc.final()]).toString('hex'),
  '7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2');
var dcbc = crypto.createDecipheriv('aes-128-cbc', k128, B('000102030405060708090a0b0c0d0e0f')).setAutoPadding(false);
assert.strictEqual(dcbc.update('7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2', 'hex', 'hex') + dcbc.final('hex'), p2.toString('hex'));
// F.5.1 (CTR-AES128)
assert.strictEqual(enc('aes-128-ctr', k128, B('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'), B('6bc1bee22e409f96e93d7e117393172a'))[0], '874d6191b620e3261bef6864990db6ce');

// GCM test cases
var zero16 = Buffer.alloc(16), zero12 = Buffer.alloc(12), zero32 = Buffer.alloc(32);
assert.deepStrictEqual(enc('aes-128-gcm', zero16, zero12, zero16), ['0388dace60b6a392f328c2b971b2fe78', 'ab6e47d42cec13bdf53a67b21257bddf']);
var kf = B('feffe9928665731c6d6a8f9467308308'), ivf = B('cafebabefacedbaddecaf888');
var p64 = B('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255');
assert.deepStrictEqual(enc('aes-128-gcm', kf, ivf, p64), ['42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985', '4d5c2af327cd64a62cf35abd2ba6fab4']);
var p60 = p64.slice(0, 60), aad = B('feedfacedeadbeeffeedfacedeadbeefabaddad2');
assert.deepStrictEqual(enc('aes-128-gcm', kf, ivf, p60, undefined, aad), ['42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091', '5bc94fbc3221a5db94fae95ae7121a47']);
assert.deepStrictEqual(enc('aes-256-gcm', zero32, zero12, zero16), ['cea7403d4d606b6e074ec5d3baf39d18', 'd0d1c8a799996bf0265b98b5d48ab919']);
var kf256 = Buffer.concat([kf, kf]);
var c16 = '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662';
assert.deepStrictEqual(enc('aes-256-gcm', kf256, ivf, p60, undefined, aad), [c16, '76fc6ece0f4e1768cddf8853bb2d551b']);
assert.strictEqual(dec('aes-256-gcm', kf256, ivf, B(c16), B('76fc6ece0f4e1768cddf8853bb2d551b'), undefined, aad), p60.toString('hex'));
// A shorter tag asked for is the head of the full one.
assert.strictEqual(enc('aes-256-gcm', kf256, ivf, p60, { authTagLength: 8 }, aad)[1], '76fc6ece0f4e1768');
// A tampered ciphertext, tag or AAD does not authenticate.
[[B('00' + c16.slice(2)), B('76fc6ece0f4e1768cddf8853bb2d551b'), aad],
 [B(c16), B('76fc6ece0f4e1768cddf8853bb2d551c'), aad],
 [B(c16), B('76fc6ece0f4e1768cddf8853bb2d551b'), B('00')]].forEach(function (t) {
  assert.throws(function () { dec('aes-256-gcm', kf256, ivf, t[0], t[1], undefined, t[2]); },
    { name: 'Error', message: 'Unsupported state or unable to authenticate data' });
});
assert.throws(function () {
  var d = crypto.createDecipheriv('aes-256-gcm', kf256, ivf);
  d.update(B(c16));
  d.final();
}, { message: 'Unsupported state or unable to authenticate data' });

// RFC 3610 packet vector #1 (AES-128-CCM, 8-byte tag, 13-byte nonce)
var kccm = B('c0c1c2c3c4c5c6c7c8c9cacbcccdcecf'), nccm = B('00000003020100a0a1a2a3a4a5');
var pccm = B('08090a0b0c0d0e0f101112131415161718191a1b1c1d1e'), accm = B('0001020304050607');
var ccm = enc('aes-128-ccm', kccm, nccm, pccm, { authTagLength: 8 }, accm);
assert.deepStrictEqual(ccm, ['588c979a61c663d2f066d0c2c0f989806d5f6b61dac384', '17e8d12cfdf926e0']);
assert.strictEqual(dec('aes-128-ccm', kccm, nccm, B(ccm[0]), B(ccm[1]), { authTagLength: 8 }, accm), pccm.toString('hex'));
assert.throws(function () { dec('aes-128-ccm', kccm, nccm, B(ccm[0]), B('17e8d12cfdf926e1'), { authTagLength: 8 }, accm); },
  { message: 'Unsupported state or unable to authenticate data' });

// RFC 8439 2.8.2 (ChaCha20-Poly1305)
var kc = B('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
var nc = B('070000004041424344454647'), ac = B('50515253c0c1c2c3c4c5c6c7');
var sunscreen = Buffer.from("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.");
var cc = enc('chacha20-poly1305', kc, nc, sunscreen, undefined, ac);
assert.deepStrictEqual(cc, ['d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc3ff4def08e4b7a9de576d26586cec64b6116', '1ae10b594f09e26a7e902ecbd0600691']);
assert.strictEqual(dec('chacha20-poly1305', kc, nc, B(cc[0]), B(cc[1]), undefined, ac), sunscreen.toString('hex'));

// Round trips with padding, in pieces, with string encodings.
['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-256-ctr', 'aes-128-ecb', 'aes-256-cfb', 'aes-256-ofb'].forEach(function (alg) {
  var info = crypto.getCipherInfo(alg);
  var key = crypto.randomBytes(info.keyLength), iv = info.ivLength ? crypto.randomBytes(info.ivLength) : null;
  [0, 1, 15, 16, 17, 1000].forEach(function (n) {
    var plain = crypto.randomBytes(n);
    var c = crypto.createCipheriv(alg, key, iv);
    var parts = [];
    for (var i = 0; i < n; i += 7) parts.push(c.update(plain.slice(i, i + 7)));
    parts.push(c.final());
    var ct = Buffer.concat(parts);
    var d = crypto.createDecipheriv(alg, key, iv);
    assert.strictEqual(d.update(ct.toString('base64'), 'base64', 'hex') + d.final('hex'), plain.toString('hex'), alg + ' ' + n);
  });
});
var c = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16, 1), Buffer.alloc(16, 3));
assert.strictEqual(c.update('abc', 'utf8', 'hex') + c.final('hex'), 'd35d9ed6131a2079ab8144fcc337e69d');
assert.strictEqual(crypto.createCipheriv('aes-128-ecb', Buffer.alloc(16, 1), null).update('x').length, 0);
assert.strictEqual(crypto.createCipheriv('AES-128-CBC', Buffer.alloc(16), Buffer.alloc(16)).update(Buffer.alloc(16)).length, 16);
assert.strictEqual(crypto.createCipheriv('aes-128-cbc', crypto.createSecretKey(Buffer.alloc(16)), Buffer.alloc(16)).final().length, 16);
assert.strictEqual(crypto.createCipheriv('aes-128-cbc', '0123456789abcdef', '0123456789abcdef').final().length, 16);

// getCiphers / getCipherInfo
var ciphers = crypto.getCiphers();
['aes-128-cbc', 'aes-256-gcm', 'aes-128-ccm', 'chacha20-poly1305', 'aes-256-ctr'].forEach(function (n) {
  assert.ok(ciphers.indexOf(n) >= 0, n);
});
assert.deepStrictEqual(ciphers, ciphers.slice().sort());
assert.deepStrictEqual(crypto.getCipherInfo('aes-256-gcm'), { mode: 'gcm', name: 'id-aes256-gcm', nid: 901, blockSize: 1, ivLength: 12, keyLength: 32 });
assert.strictEqual(crypto.getCipherInfo('nope'), undefined);

// Errors
function err(fn, props) { assert.throws(fn, props); }
var k16 = Buffer.alloc(16, 1), k32 = Buffer.alloc(32, 2), iv16 = Buffer.alloc(16, 3), iv12 = Buffer.alloc(12, 4);
err(function () { crypto.createCipheriv('nope', k16, iv16); }, { name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher' });
err(function () { crypto.createCipheriv('aes-128-cbc', k32, iv16); }, { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length' });
err(function () { crypto.createCipheriv('aes-128-cbc', k16, iv12); }, { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_IV', message: 'Invalid initialization vector' });
err(function () { crypto.createCipheriv('aes-128-cbc', k16); }, { code: 'ERR_INVALID_ARG_TYPE', message: 'The "iv" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received undefined' });
err(function () { crypto.createCipheriv('aes-128-cbc', 1, iv16); }, { code: 'ERR_INVALID_ARG_TYPE', message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received type number (1)' });
err(function () { var d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.update(Buffer.alloc(16)); d.final(); },
  { name: 'Error', code: 'ERR_OSSL_BAD_DECRYPT', message: 'error:1C800064:Provider routines::bad decrypt', library: 'Provider routines', reason: 'bad decrypt' });
err(function () { var d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.update(Buffer.alloc(5)); d.final(); },
  { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH', message: 'error:1C80006B:Provider routines::wrong final block length' });
err(function () { crypto.createCipheriv('aes-128-cbc', k16, iv16).setAutoPadding(false).update('abc').final(); }, TypeError);
err(function () { var e = crypto.createCipheriv('aes-128-cbc', k16, iv16).setAutoPadding(false); e.update('abc'); e.final(); }, { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH' });
err(function () { crypto.createDecipheriv('aes-256-gcm', k32, iv12).setAuthTag(Buffer.alloc(3)); }, { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 3' });
err(function () { crypto.createCipheriv('aes-256-gcm', k32, iv12).getAuthTag(); }, { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation getAuthTag' });
err(function () { var e = crypto.createCipheriv('aes-256-gcm', k32, iv12); e.final(); e.final(); }, { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state' });
err(function () { var e = crypto.createCipheriv('aes-256-gcm', k32, iv12); e.final(); e.update('x'); }, { name: 'Error', message: 'Trying to add data in unsupported state' });
err(function () { var e = crypto.createCipheriv('aes-256-gcm', k32, iv12); e.final(); e.setAAD(Buffer.alloc(1)); }, { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAAD' });
err(function () { var e = crypto.createCipheriv('aes-128-cbc', k16, iv16); e.final(); e.setAutoPadding(); }, { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAutoPadding' });
err(function () { var d = crypto.createDecipheriv('aes-256-gcm', k32, iv12); d.setAuthTag(Buffer.alloc(16)); d.setAuthTag(Buffer.alloc(16)); }, { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAuthTag' });
err(function () { crypto.createCipheriv('aes-128-ccm', k16, iv12); }, { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'authTagLength required for aes-128-ccm' });
err(function () { crypto.createCipheriv('aes-128-ccm', k16, iv12, { authTagLength: 16 }).setAAD(Buffer.alloc(4)); }, { code: 'ERR_MISSING_ARGS', message: 'options.plaintextLength required for CCM mode with AAD' });
err(function () { crypto.createCipheriv('aes-128-ccm', k16, Buffer.alloc(6), { authTagLength: 16 }); }, { code: 'ERR_CRYPTO_INVALID_IV' });
err(function () { crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(0)); }, { code: 'ERR_CRYPTO_INVALID_IV' });
err(function () { crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: 3 }); }, { code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 3' });
err(function () { crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: -1 }); }, { code: 'ERR_INVALID_ARG_VALUE' });
err(function () { crypto.createCipheriv('chacha20-poly1305', k32, iv16); }, { code: 'ERR_CRYPTO_INVALID_IV' });
err(function () { crypto.createCipheriv('aes-128-cbc', k16, iv16).update('abc', 'utf8', 'bogus'); }, { name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus' });
assert.strictEqual(typeof crypto.createCipheriv('aes-128-gcm', k16, iv12).setAuthTag, 'undefined');

// As a stream: piped through a cipher and back.
var Readable = require('stream').Readable;
var key = crypto.randomBytes(32), iv = crypto.randomBytes(12);
var src = new Readable({ read: function () {} });
var cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
var chunks = [];
src.pipe(cipher).on('data', function (d) { chunks.push(d); }).on('end', function () {
  var d = crypto.createDecipheriv('aes-256-gcm', key, iv);
  d.setAuthTag(cipher.getAuthTag());
  var back = [];
  d.on('data', function (x) { back.push(x); });
  d.on('end', function () { console.log('stream', Buffer.concat(back).toString()); });
  d.end(Buffer.concat(chunks));
});
src.push('hello ');
src.push('world');
src.push(null);
console.log('cipher ok');

// requires: crypto
// Keys and signatures: RFC 8032 (Ed25519) and RFC 7748 (X25519) vectors
// through JWK import, fixture keys (PEM/DER, PKCS#8, SPKI, PKCS#1, SEC1,
// encrypted PKCS#8, a certificate's key), export round trips, generation
// (sync and on the thread pool), sign/verify (PKCS#1 v1.5, PSS, ECDSA in
// DER and IEEE P1363, EdDSA), createSign/createVerify, publicEncrypt
// (OAEP) and the other three, diffieHellman, and Node's errors.
'use strict';
var assert = require('assert');
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');

function fx(name) { return fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8'); }
function b64u(hex) { return Buffer.from(hex, 'hex').toString('base64url'); }

// RFC 8032 7.1, test 1: the empty message.
var ed = crypto.createPrivateKey({ format: 'jwk', key: {
  kty: 'OKP', crv: 'Ed25519',
  d: b64u('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'),
  x: b64u('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a') } });
assert.strictEqual(ed.asymmetricKeyType, 'ed25519');
assert.strictEqual(crypto.sign(null, Buffer.alloc(0), ed).toString('hex'),
  'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b');
var edPub = crypto.createPublicKey(ed);
assert.strictEqual(Buffer.from(edPub.export({ format: 'jwk' }).x, 'base64url').toString('hex'),
  'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
assert.strictEqual(crypto.verify(null, Buffer.alloc(0), edPub, crypto.sign(null, Buffer.alloc(0), ed)), true);
assert.strictEqual(crypto.verify(null, Buffer.from('x'), edPub, crypto.sign(null, Buffer.alloc(0), ed)), false);

// RFC 7748 6.1 (X25519)
function x25519(d) {
  return crypto.createPrivateKey({ format: 'jwk', key: { kty: 'OKP', crv: 'X25519', d: b64u(d), x: '' } });
}
var alice = x25519('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
var bob = x25519('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb');
assert.strictEqual(Buffer.from(crypto.createPublicKey(alice).export({ format: 'jwk' }).x, 'base64url').toString('hex'),
  '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a');
var shared = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';
assert.strictEqual(crypto.diffieHellman({ privateKey: alice, publicKey: crypto.createPublicKey(bob) }).toString('hex'), shared);
assert.strictEqual(crypto.diffieHellman({ privateKey: bob, publicKey: crypto.createPublicKey(alice) }).toString('hex'), shared);

// Fixture keys in every encoding.
var rsaPem = fx('rsa1024.pem'), rsaPubPem = fx('rsa1024.pub.pem'), ecPem = fx('ec256.pem');
var rsa = crypto.createPrivateKey(rsaPem), rsaPub = crypto.createPublicKey(rsaPubPem);
assert.strictEqual(rsa.type, 'private');
assert.strictEqual(rsa.asymmetricKeyType, 'rsa');
// (Node's publicExponent is a bigint, ours a number: compared as numbers.)
assert.strictEqual(rsa.asymmetricKeyDetails.modulusLength, 1024);
assert.strictEqual(Number(rsa.asymmetricKeyDetails.publicExponent), 65537);
assert.ok(rsa instanceof crypto.KeyObject);
assert.ok(crypto.createPublicKey(rsaPem).equals(rsaPub));
assert.ok(crypto.createPublicKey(rsa).equals(rsaPub));
assert.strictEqual(rsa.export({ format: 'pem', type: 'pkcs8' }), rsaPem);
assert.strictEqual(rsaPub.export({ format: 'pem', type: 'spki' }), rsaPubPem);
['pkcs1', 'pkcs8'].forEach(function (type) {
  var der = rsa.export({ format: 'der', type: type });
  assert.ok(crypto.createPrivateKey({ key: der, format: 'der', type: type }).equals(rsa), type);
  var pem = rsa.export({ format: 'pem', type: type });
  assert.ok(crypto.createPrivateKey(pem).equals(rsa));
});
['pkcs1', 'spki'].forEach(function (type) {
  var der = rsaPub.export({ format: 'der', type: type });
  assert.ok(crypto.createPublicKey({ key: der, format: 'der', type: type }).equals(rsaPub), type);
  assert.ok(crypto.createPublicKey(rsaPub.export({ format: 'pem', type: type })).equals(rsaPub));
});
var ec = crypto.createPrivateKey(ecPem);
assert.strictEqual(ec.asymmetricKeyType, 'ec');
assert.deepStrictEqual(ec.asymmetricKeyDetails, { namedCurve: 'prime256v1' });
assert.strictEqual(ec.export({ format: 'pem', type: 'sec1' }), ecPem);
assert.ok(crypto.createPrivateKey({ key: ec.export({ format: 'der', type: 'sec1' }), format: 'der', type: 'sec1' }).equals(ec));
// The certificate's key is the fixture's.
assert.ok(crypto.createPublicKey(fx('ec256.crt')).equals(crypto.createPublicKey(ec)));
// Encrypted PKCS#8
var enc = rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'secret' });
assert.ok(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(enc));
assert.ok(crypto.createPrivateKey({ key: enc, passphrase: 'secret' }).equals(rsa));
assert.throws(function () { crypto.createPrivateKey({ key: enc, passphrase: 'wrong' }); }, { code: 'ERR_OSSL_BAD_DECRYPT' });
// JWK round trips
[rsa, ec, ed, alice].forEach(function (k) {
  var jwk = k.export({ format: 'jwk' });
  assert.ok(crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(k), k.asymmetricKeyType);
  var pubJwk = crypto.createPublicKey(k).export({ format: 'jwk' });
  assert.strictEqual(pubJwk.d, undefined);
  assert.ok(crypto.createPublicKey({ key: pubJwk, format: 'jwk' }).equals(crypto.createPublicKey(k)));
});
assert.deepStrictEqual(Object.keys(ec.export({ format: 'jwk' })), ['kty', 'x', 'y', 'crv', 'd']);
assert.deepStrictEqual(Object.keys(rsa.export({ format: 'jwk' })), ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi']);
assert.strictEqual(rsa.export({ format: 'jwk' }).e, 'AQAB');

// Signatures. PKCS#1 v1.5 is deterministic: node's signature of 'abc'.
var sig = crypto.sign('sha256', Buffer.from('abc'), rsa);
console.log('rsa-sha256', sig.toString('base64'));
assert.strictEqual(crypto.verify('sha256', Buffer.from('abc'), rsaPub, sig), true);
assert.strictEqual(crypto.verify('sha256', Buffer.from('abd'), rsaPub, sig), false);
assert.strictEqual(crypto.verify('sha256', Buffer.from('abc'), rsaPubPem, sig), true);
assert.strictEqual(crypto.verify('sha256', Buffer.from('abc'), rsa, sig), true);
var pss = { key: rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
var psig = crypto.sign('sha256', Buffer.from('abc'), pss);
assert.notStrictEqual(psig.toString('hex'), crypto.sign('sha256', Buffer.from('abc'), pss).toString('hex'));
assert.strictEqual(crypto.verify('sha256', Buffer.from('abc'), { key: rsaPub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, psig), true);
assert.strictEqual(crypto.verify('sha256', Buffer.from('abc'), rsaPub, psig), false);
var esig = crypto.sign('sha256', Buffer.from('abc'), ec);
assert.strictEqual(crypto.verify('sha256', Buffer.from('abc'), ec, esig), true);
var p1363 = crypto.sign('sha256', Buffer.from('abc'), { key: ec, dsaEncoding: 'ieee-p1363' });
assert.strictEqual(p1363.length, 64);
assert.strictEqual(crypto.verify('sha256', Buffer.from('abc'), { key: ec, dsaEncoding: 'ieee-p1363' }, p1363), true);
assert.strictEqual(crypto.verify('sha256', Buffer.from('abc'), ec, p1363), false);
var s = crypto.createSign('SHA256');
s.update('a');
s.update(Buffer.from('bc'));
assert.strictEqual(s.sign(rsa, 'base64'), sig.toString('base64'));
var v = crypto.createVerify('sha256');
v.write('ab');
v.end('c');
assert.strictEqual(v.verify(rsaPubPem, sig.toString('hex'), 'hex'), true);

// RSA encryption: OAEP by default, PKCS#1 v1.5 for the private ones.
var ct = crypto.publicEncrypt(rsaPub, Buffer.from('hello'));
assert.strictEqual(ct.length, 128);
assert.strictEqual(crypto.privateDecrypt(rsa, ct).toString(), 'hello');
var ct256 = crypto.publicEncrypt({ key: rsaPubPem, oaepHash: 'sha256', oaepLabel: Buffer.from('L') }, 'hello');
assert.strictEqual(crypto.privateDecrypt({ key: rsaPem, oaepHash: 'sha256', oaepLabel: Buffer.from('L') }, ct256).toString(), 'hello');
assert.throws(function () { crypto.privateDecrypt({ key: rsa, oaepHash: 'sha256' }, ct256); }, { code: 'ERR_OSSL_RSA_OAEP_DECODING_ERROR' });
var pe = crypto.privateEncrypt(rsa, Buffer.from('signed'));
console.log('privateEncrypt', pe.toString('base64'));
assert.strictEqual(crypto.publicDecrypt(rsaPub, pe).toString(), 'signed');
var pk1 = crypto.publicEncrypt({ key: rsaPub, padding: crypto.constants.RSA_PKCS1_PADDING }, Buffer.from('x'));
assert.throws(function () { crypto.privateDecrypt({ key: rsa, padding: crypto.constants.RSA_PKCS1_PADDING }, pk1); },
  { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with --security-revert=CVE-2023-46809' });

// Generation: every type, sync, with encodings, and async.
['ed25519', 'ed448', 'x25519', 'x448'].forEach(function (t) {
  var pair = crypto.generateKeyPairSync(t);
  assert.strictEqual(pair.publicKey.asymmetricKeyType, t);
  assert.strictEqual(pair.privateKey.type, 'private');
});
var ecp = crypto.generateKeyPairSync('ec', { namedCurve: 'secp384r1', publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'der' } });
assert.ok(/^-----BEGIN PUBLIC KEY-----/.test(ecp.publicKey));
assert.ok(Buffer.isBuffer(ecp.privateKey));
assert.deepStrictEqual(crypto.createPublicKey(ecp.publicKey).asymmetricKeyDetails, { namedCurve: 'secp384r1' });
var g = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 });
assert.strictEqual(Number(g.publicKey.asymmetricKeyDetails.publicExponent), 3);
assert.strictEqual(crypto.generateKeySync('hmac', { length: 128 }).symmetricKeySize, 16);
var ecdh1 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }), ecdh2 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
assert.ok(crypto.diffieHellman({ privateKey: ecdh1.privateKey, publicKey: ecdh2.publicKey })
  .equals(crypto.diffieHellman({ privateKey: ecdh2.privateKey, publicKey: ecdh1.publicKey })));

// Errors
function err(fn, props) { assert.throws(fn, props); }
err(function () { crypto.createPrivateKey('nope'); }, { code: 'ERR_OSSL_UNSUPPORTED', message: 'error:1E08010C:DECODER routines::unsupported' });
err(function () { crypto.createPublicKey('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'); }, { code: 'ERR_OSSL_ASN1_WRONG_TAG', message: 'error:068000A8:asn1 encoding routines::wrong tag' });
err(function () { crypto.createPrivateKey(1); }, { code: 'ERR_INVALID_ARG_TYPE', message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (1)' });
err(function () { crypto.generateKeyPairSync('nope', {}); }, { code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'type' must be a supported key type. Received 'nope'" });
err(function () { crypto.generateKeyPairSync('rsa', {}); }, { code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.modulusLength" property must be of type number. Received undefined' });
err(function () { crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }); }, { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name' });
err(function () { crypto.sign('sha256', Buffer.from('x'), rsaPub); }, { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type public, expected private.' });
err(function () { crypto.sign('nope', Buffer.from('x'), rsa); }, { code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope' });
err(function () { rsa.export({ format: 'pem' }); }, { code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.type' is invalid. Received undefined" });
err(function () { rsa.export(); }, { code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received undefined' });
err(function () { ec.export({ format: 'pem', type: 'pkcs1' }); }, { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS' });
err(function () { crypto.privateDecrypt(rsa, Buffer.alloc(128)); }, { code: 'ERR_OSSL_RSA_OAEP_DECODING_ERROR', message: 'error:02000079:rsa routines::oaep decoding error' });
err(function () { crypto.createPrivateKey({ key: enc, passphrase: 'wrong' }); }, { message: 'error:1C800064:Provider routines::bad decrypt' });

crypto.generateKeyPair('rsa', { modulusLength: 1024 }, function (e, pub, priv) {
  assert.strictEqual(e, null);
  var sg = crypto.sign('sha256', Buffer.from('x'), priv);
  console.log('async rsa', pub.asymmetricKeyDetails.modulusLength, crypto.verify('sha256', Buffer.from('x'), pub, sg));
  crypto.generateKeyPair('ed25519', { publicKeyEncoding: { type: 'spki', format: 'der' } }, function (e2, pub2, priv2) {
    console.log('async ed25519', e2, pub2.length, priv2.asymmetricKeyType);
  });
});
console.log('keys ok');

// requires: crypto
// X509Certificate on the fixture certificate (fields, fingerprints,
// checkHost/IP/Email, verify, checkIssued, checkPrivateKey, publicKey) and
// createECDH with fixed private keys (public points in every form, shared
// secrets, convertKey), getCurves; outputs checked against node.
'use strict';
var assert = require('assert');
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');

var pem = fs.readFileSync(path.join(__dirname, 'fixtures', 'ec256.crt'));
var keyPem = fs.readFileSync(path.join(__dirname, 'fixtures', 'ec256.pem'));
var x = new crypto.X509Certificate(pem);
console.log(x.subject, '|', x.issuer, '|', x.validFrom, '|', x.validTo);
console.log(x.serialNumber);
console.log(x.fingerprint);
console.log(x.fingerprint256);
console.log(x.fingerprint512.length, x.ca, x.subjectAltName, x.raw.length);
console.log(x.checkHost('localhost'), x.checkHost('example.com'), x.checkIP('127.0.0.1'), x.checkEmail('a@b.c'));
assert.strictEqual(x.toString(), pem.toString());
assert.ok(x.publicKey.equals(crypto.createPublicKey(keyPem)));
assert.strictEqual(x.verify(x.publicKey), true);
assert.strictEqual(x.verify(crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey), false);
assert.strictEqual(x.checkIssued(x), true);
assert.strictEqual(x.checkPrivateKey(crypto.createPrivateKey(keyPem)), true);
assert.strictEqual(x.checkPrivateKey(crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey), false);
var der = new crypto.X509Certificate(x.raw);
assert.strictEqual(der.fingerprint256, x.fingerprint256);
assert.throws(function () { new crypto.X509Certificate('nope'); }, { code: 'ERR_OSSL_PEM_NO_START_LINE', message: 'error:0480006C:PEM routines::no start line' });

// ECDH with fixed scalars.
var a = crypto.createECDH('prime256v1'), b = crypto.createECDH('prime256v1');
a.setPrivateKey(Buffer.alloc(32, 7));
b.setPrivateKey('0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20', 'hex');
console.log(a.getPublicKey('hex'));
console.log(a.getPublicKey('hex', 'compressed'), a.getPublicKey('base64', 'hybrid').length);
console.log(a.computeSecret(b.getPublicKey()).toString('hex'));
assert.strictEqual(b.computeSecret(a.getPublicKey('hex', 'compressed'), 'hex', 'hex'), a.computeSecret(b.getPublicKey()).toString('hex'));
assert.strictEqual(a.getPrivateKey('hex'), '07'.repeat(32));
var k1 = crypto.createECDH('secp256k1');
k1.setPrivateKey(Buffer.alloc(32, 1));
console.log(k1.getPublicKey('hex'));
console.log(crypto.ECDH.convertKey(k1.getPublicKey(), 'secp256k1', undefined, 'hex', 'compressed'));
var g1 = crypto.createECDH('secp384r1'), g2 = crypto.createECDH('secp384r1');
assert.strictEqual(g1.generateKeys().length, 97);
g2.generateKeys();
assert.ok(g1.computeSecret(g2.getPublicKey()).equals(g2.computeSecret(g1.getPublicKey())));
var curves = crypto.getCurves();
assert.ok(curves.indexOf('prime256v1') >= 0 && curves.indexOf('secp256k1') >= 0);
console.log(curves.length, curves.slice(0, 3).join());
assert.throws(function () { crypto.createECDH('nope'); }, { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name' });
assert.throws(function () { a.computeSecret(Buffer.from('bad')); }, { code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', message: 'Public key is not valid for specified curve' });
assert.throws(function () { crypto.createECDH('prime256v1').getPublicKey(); }, { code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to get ECDH public key' });
assert.throws(function () { a.getPublicKey('hex', 'bogus'); }, { code: 'ERR_CRYPTO_ECDH_INVALID_FORMAT', message: 'Invalid ECDH format: bogus' });

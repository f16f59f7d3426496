// requires: crypto
// createHmac: RFC 4231 test cases (HMAC-SHA-224/256/384/512), keys of
// every kind, a second digest(), streaming and Node's errors.
'use strict';
var assert = require('assert');
var crypto = require('crypto');

function hmac(alg, key, data, enc) {
  return crypto.createHmac(alg, key).update(data).digest(enc || 'hex');
}
var k20 = Buffer.alloc(20, 0x0b), kaa = Buffer.alloc(20, 0xaa), k131 = Buffer.alloc(131, 0xaa);
// RFC 4231 4.2 (test case 1)
assert.strictEqual(hmac('sha224', k20, 'Hi There'), '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22');
assert.strictEqual(hmac('sha256', k20, 'Hi There'), 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
assert.strictEqual(hmac('sha384', k20, 'Hi There'), 'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6');
assert.strictEqual(hmac('sha512', k20, 'Hi There'), '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854');
// 4.3 (test case 2: a key shorter than the output)
assert.strictEqual(hmac('sha256', 'Jefe', 'what do ya want for nothing?'), '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
assert.strictEqual(hmac('sha512', 'Jefe', 'what do ya want for nothing?'), '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737');
// 4.4 (test case 3)
assert.strictEqual(hmac('sha256', kaa, Buffer.alloc(50, 0xdd)), '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe');
// 4.7 and 4.8 (test cases 6, 7: keys longer than a block)
assert.strictEqual(hmac('sha256', k131, 'Test Using Larger Than Block-Size Key - Hash Key First'), '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54');
assert.strictEqual(hmac('sha256', k131, 'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.'), '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2');

// Keys: string (with an encoding), ArrayBuffer, typed array, KeyObject, empty.
var want = hmac('sha256', 'Jefe', 'what do ya want for nothing?');
assert.strictEqual(hmac('sha256', '4a656665', 'what do ya want for nothing?'), hmac('sha256', Buffer.from('4a656665'), 'what do ya want for nothing?'));
assert.strictEqual(crypto.createHmac('sha256', '4a656665', { encoding: 'hex' }).update('what do ya want for nothing?').digest('hex'), want);
assert.strictEqual(hmac('sha256', new Uint8Array([0x4a, 0x65, 0x66, 0x65]).buffer, 'what do ya want for nothing?'), want);
assert.strictEqual(hmac('sha256', crypto.createSecretKey(Buffer.from('Jefe')), 'what do ya want for nothing?'), want);
assert.strictEqual(hmac('sha256', '', ''), 'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');

// A second digest() is empty, not an error (as Node).
var m = crypto.createHmac('sha1', 'k');
assert.strictEqual(m.digest('hex').length, 40);
assert.strictEqual(m.digest('hex'), '');
assert.strictEqual(m.digest().length, 0);
assert.ok(Buffer.isBuffer(m.digest()));
assert.strictEqual(m.digest('buffer').length, 0);
assert.throws(function () { m.update('x'); }, { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });

assert.throws(function () { crypto.createHmac('nope', 'k'); },
  { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope' });
assert.throws(function () { crypto.createHmac('sha1', 1); },
  { code: 'ERR_INVALID_ARG_TYPE', message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received type number (1)' });
assert.throws(function () { crypto.createHmac(null, 'k'); },
  { code: 'ERR_INVALID_ARG_TYPE', message: 'The "hmac" argument must be of type string. Received null' });

var s = crypto.createHmac('sha256', 'Jefe');
s.on('data', function (d) { console.log('stream', d.toString('hex') === want); });
s.end('what do ya want for nothing?');
console.log('hmac ok');

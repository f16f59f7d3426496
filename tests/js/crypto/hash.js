// requires: crypto
// createHash / crypto.hash / getHashes: FIPS 180-4 and FIPS 202 example
// vectors, RFC 1321 (MD5), copy(), encodings, XOF lengths, streaming and
// Node's errors.
'use strict';
var assert = require('assert');
var crypto = require('crypto');

function h(alg, data, enc) {
  return crypto.createHash(alg).update(data).digest(enc || 'hex');
}

var abc448 = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
var abc896 = 'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn' +
  'hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu';
// FIPS 180-4 (csrc.nist.gov example values)
assert.strictEqual(h('sha1', 'abc'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.strictEqual(h('sha1', abc448), '84983e441c3bd26ebaae4aa1f95129e5e54670f1');
assert.strictEqual(h('sha224', 'abc'), '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7');
assert.strictEqual(h('sha256', 'abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
assert.strictEqual(h('sha256', abc448), '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
assert.strictEqual(h('sha256', ''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
assert.strictEqual(h('sha384', 'abc'), 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7');
assert.strictEqual(h('sha512', 'abc'), 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f');
assert.strictEqual(h('sha512', abc896), '8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909');
// One million 'a' in pieces: the same as one update.
var million = crypto.createHash('sha256');
var chunk = Buffer.alloc(1000, 'a');
for (var i = 0; i < 1000; i++) million.update(chunk);
assert.strictEqual(million.digest('hex'), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
// FIPS 202
assert.strictEqual(h('sha3-256', 'abc'), '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532');
assert.strictEqual(h('sha3-512', ''), 'a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26');
assert.strictEqual(h('shake128', ''), '7f9c2ba4e88f827d616045507605853e');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 5 }).update('').digest('hex'), '46b9dd2b0b');
assert.strictEqual(crypto.createHash('shake128', { outputLength: 0 }).digest('hex'), '');
// RFC 1321
assert.strictEqual(h('md5', ''), 'd41d8cd98f00b204e9800998ecf8427e');
assert.strictEqual(h('md5', 'message digest'), 'f96b697d7cb7938d525a2f31aaf161d0');
// Names: aliases and case as OpenSSL takes them.
assert.strictEqual(h('SHA256', 'abc'), h('sha256', 'abc'));
assert.strictEqual(h('RSA-SHA1', 'abc'), h('sha1', 'abc'));

// Encodings: of the input and of the output.
assert.strictEqual(h('sha1', 'abc', 'base64'), 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
assert.strictEqual(h('sha1', 'abc', 'base64url'), 'qZk-NkcGgWq6PiVxeFDCbJzQ2J0');
assert.strictEqual(crypto.createHash('sha1').update('616263', 'hex').digest('hex'), h('sha1', 'abc'));
assert.strictEqual(crypto.createHash('sha1').update('€').digest('hex'), h('sha1', Buffer.from('e282ac', 'hex')));
assert.ok(Buffer.isBuffer(crypto.createHash('sha1').digest()));
assert.ok(Buffer.isBuffer(crypto.createHash('sha1').digest('buffer')));
assert.ok(Buffer.isBuffer(crypto.createHash('sha1').digest('bogus')));
assert.strictEqual(crypto.createHash('sha1').update(new Uint16Array([0x6261, 0x63])).digest('hex'),
  h('sha1', Buffer.from([0x61, 0x62, 0x63, 0])));
assert.strictEqual(crypto.createHash('sha1').update(new DataView(Buffer.from('abc').buffer, 0, 3)).digest('hex').length, 40);

// copy(): both continue independently.
var a = crypto.createHash('sha256').update('a');
var b = a.copy().update('bc');
assert.strictEqual(b.digest('hex'), h('sha256', 'abc'));
assert.strictEqual(a.update('bc').digest('hex'), h('sha256', 'abc'));
assert.strictEqual(crypto.createHash('shake256').update('').copy({ outputLength: 5 }).digest('hex'), '46b9dd2b0b');

// crypto.hash(): hex by default.
assert.strictEqual(crypto.hash('sha1', 'abc'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.strictEqual(crypto.hash('sha1', 'abc', 'base64'), 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
assert.ok(Buffer.isBuffer(crypto.hash('md5', Buffer.from('x'), 'buffer')));

// getHashes(): sorted, has the usual names, a fresh array each time.
var names = crypto.getHashes();
['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'shake256', 'RSA-SHA256'].forEach(function (n) {
  assert.ok(names.indexOf(n) >= 0, n);
});
names.push('x');
assert.notStrictEqual(crypto.getHashes().length, names.length);
names.pop();
names.forEach(function (n) { crypto.createHash(n); });

// Errors.
assert.throws(function () { crypto.createHash('nope'); },
  { name: 'Error', message: 'Digest method not supported' });
assert.throws(function () { crypto.createHash(1); },
  { code: 'ERR_INVALID_ARG_TYPE', message: 'The "algorithm" argument must be of type string. Received type number (1)' });
assert.throws(function () { crypto.createHash('sha1').update(1); },
  { code: 'ERR_INVALID_ARG_TYPE', message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)' });
var done = crypto.createHash('sha1');
done.digest();
assert.throws(function () { done.digest(); }, { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
assert.throws(function () { done.update('x'); }, { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(function () { done.copy(); }, { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(function () { crypto.createHash('sha256', { outputLength: 5 }); },
  { code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH' });
assert.throws(function () { crypto.createHash('shake128', { outputLength: -1 }); },
  { code: 'ERR_OUT_OF_RANGE' });

// A hash as a Transform stream: written, piped, read.
var s = crypto.createHash('sha1');
var got = [];
s.on('data', function (d) { got.push(d.toString('hex')); });
s.on('end', function () {
  assert.deepStrictEqual(got, ['a9993e364706816aba3e25717850c26c9cd0d89d']);
  console.log('stream ok');
});
s.write('ab');
s.end('c');
var s2 = crypto.createHash('md5');
s2.setEncoding('hex');
s2.end('');
s2.on('readable', function () {
  var v = s2.read();
  if (v !== null) console.log('readable', v);
});
var Readable = require('stream').Readable;
var src = new Readable({ read: function () {} });
src.pipe(crypto.createHash('sha256')).on('data', function (d) {
  console.log('piped', d.toString('hex') === h('sha256', 'abc'));
});
src.push('a');
src.push('bc');
src.push(null);
console.log('sync ok');

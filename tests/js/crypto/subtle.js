// requires: crypto
// crypto.subtle: digest, importKey/exportKey (raw, jwk, spki, pkcs8), HMAC
// (RFC 4231 case 2), Ed25519 (RFC 8032 test 1) and ECDSA sign/verify,
// AES-GCM (the GCM spec's test case 16) and AES-CBC encrypt/decrypt,
// RSA-OAEP, deriveBits for PBKDF2 (RFC 6070), HKDF (RFC 5869 A.1) and
// ECDH/X25519 (RFC 7748), deriveKey, generateKey; rejections as
// DOMExceptions. Everything returns promises; printed in order.
'use strict';
var subtle = globalThis.crypto.subtle;
var te = function (s) { return Buffer.from(s); };
function hex(ab) { return Buffer.from(ab).toString('hex'); }
function H(h) { return Buffer.from(h, 'hex'); }
function b64u(h) { return H(h).toString('base64url'); }

var steps = [];
function step(name, fn) { steps.push([name, fn]); }

step('digest', function () {
  return subtle.digest('SHA-256', te('abc')).then(function (d) {
    return hex(d) === 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
  });
});
step('hmac rfc4231 case 2', function () {
  return subtle.importKey('raw', te('Jefe'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']).then(function (k) {
    return subtle.sign('HMAC', k, te('what do ya want for nothing?')).then(function (sig) {
      return subtle.verify('HMAC', k, sig, te('what do ya want for nothing?')).then(function (ok) {
        return [hex(sig) === '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843', ok,
          k.type, k.algorithm.name, k.algorithm.hash.name, k.algorithm.length, k.usages.join()];
      });
    });
  });
});
step('hmac jwk export', function () {
  return subtle.importKey('raw', te('Jefe'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']).then(function (k) {
    return subtle.exportKey('jwk', k);
  }).then(function (j) { return [j.kty, j.k, j.alg, j.ext]; });
});
step('ed25519 rfc8032', function () {
  var jwk = { kty: 'OKP', crv: 'Ed25519', d: b64u('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'),
    x: b64u('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a') };
  return subtle.importKey('jwk', jwk, { name: 'Ed25519' }, false, ['sign']).then(function (k) {
    return subtle.sign('Ed25519', k, new Uint8Array(0));
  }).then(function (sig) {
    return hex(sig) === 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
  });
});
step('ecdsa P-256', function () {
  return subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']).then(function (pair) {
    var alg = { name: 'ECDSA', hash: 'SHA-256' };
    return subtle.sign(alg, pair.privateKey, te('msg')).then(function (sig) {
      return Promise.all([subtle.verify(alg, pair.publicKey, sig, te('msg')), subtle.verify(alg, pair.publicKey, sig, te('msh')),
        subtle.exportKey('raw', pair.publicKey), subtle.exportKey('spki', pair.publicKey)]).then(function (r) {
        return [sig.byteLength, r[0], r[1], r[2].byteLength, r[3].byteLength, pair.privateKey.usages.join(), pair.publicKey.usages.join()];
      });
    });
  });
});
step('aes-gcm test case 16', function () {
  var key = H('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308');
  var iv = H('cafebabefacedbaddecaf888'), aad = H('feedfacedeadbeeffeedfacedeadbeefabaddad2');
  var p = H('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39');
  return subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt', 'decrypt']).then(function (k) {
    var alg = { name: 'AES-GCM', iv: iv, additionalData: aad };
    return subtle.encrypt(alg, k, p).then(function (ct) {
      return subtle.decrypt(alg, k, ct).then(function (back) {
        var bad = Buffer.from(new Uint8Array(ct));
        bad[0] ^= 1;
        return subtle.decrypt(alg, k, bad).then(function () { return 'no error'; }, function (e) { return e.name; }).then(function (badResult) {
          return [hex(ct) === '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662' +
            '76fc6ece0f4e1768cddf8853bb2d551b', hex(back) === p.toString('hex'), badResult];
        });
      });
    });
  });
});
step('aes-cbc', function () {
  return subtle.generateKey({ name: 'AES-CBC', length: 256 }, true, ['encrypt', 'decrypt']).then(function (k) {
    var alg = { name: 'AES-CBC', iv: new Uint8Array(16) };
    return subtle.encrypt(alg, k, te('sixteen bytes!!!')).then(function (ct) {
      return subtle.decrypt(alg, k, ct).then(function (b) { return [ct.byteLength, Buffer.from(b).toString(), k.algorithm.length]; });
    });
  });
});
step('rsa-oaep', function () {
  return subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    false, ['encrypt', 'decrypt']).then(function (pair) {
    var alg = { name: 'RSA-OAEP' };
    return subtle.encrypt(alg, pair.publicKey, te('secret')).then(function (ct) {
      return subtle.decrypt(alg, pair.privateKey, ct);
    }).then(function (b) { return Buffer.from(b).toString(); });
  });
});
step('pbkdf2 rfc6070', function () {
  return subtle.importKey('raw', te('password'), 'PBKDF2', false, ['deriveBits']).then(function (k) {
    return subtle.deriveBits({ name: 'PBKDF2', salt: te('salt'), iterations: 4096, hash: 'SHA-1' }, k, 160);
  }).then(hex);
});
step('hkdf rfc5869 A.1', function () {
  return subtle.importKey('raw', Buffer.alloc(22, 0x0b), 'HKDF', false, ['deriveBits', 'deriveKey']).then(function (k) {
    var alg = { name: 'HKDF', hash: 'SHA-256', salt: H('000102030405060708090a0b0c'), info: H('f0f1f2f3f4f5f6f7f8f9') };
    return subtle.deriveBits(alg, k, 336).then(function (bits) {
      return subtle.deriveKey(alg, k, { name: 'AES-GCM', length: 128 }, true, ['encrypt']).then(function (dk) {
        return subtle.exportKey('raw', dk).then(function (raw) { return [hex(bits), hex(raw)]; });
      });
    });
  });
});
step('x25519 rfc7748', function () {
  var a = { kty: 'OKP', crv: 'X25519', d: b64u('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'), x: b64u('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a') };
  return Promise.all([subtle.importKey('jwk', a, 'X25519', false, ['deriveBits']),
    subtle.importKey('raw', H('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'), 'X25519', true, [])]).then(function (ks) {
    return subtle.deriveBits({ name: 'X25519', public: ks[1] }, ks[0], 256);
  }).then(hex);
});
step('ecdh', function () {
  var alg = { name: 'ECDH', namedCurve: 'P-384' };
  return Promise.all([subtle.generateKey(alg, false, ['deriveBits']), subtle.generateKey(alg, false, ['deriveBits'])]).then(function (p) {
    return Promise.all([subtle.deriveBits({ name: 'ECDH', public: p[1].publicKey }, p[0].privateKey, 384),
      subtle.deriveBits({ name: 'ECDH', public: p[0].publicKey }, p[1].privateKey, 384)]);
  }).then(function (r) { return [r[0].byteLength, hex(r[0]) === hex(r[1])]; });
});
step('errors', function () {
  function name(p) { return p.then(function () { return 'resolved'; }, function (e) { return e.name; }); }
  return subtle.importKey('raw', te('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']).then(function (k) {
    return Promise.all([name(subtle.digest('MD5', te('x'))), name(subtle.sign('HMAC', k, te('x')).then(function () {
      return subtle.verify('HMAC', k, new Uint8Array(32), te('x'));
    })), name(subtle.exportKey('raw', k)), name(subtle.importKey('raw', te('short'), 'AES-GCM', false, ['encrypt'])),
    name(subtle.generateKey({ name: 'nope' }, false, []))]);
  });
});

(function run(i) {
  if (i === steps.length) return;
  steps[i][1]().then(function (r) {
    console.log(steps[i][0], JSON.stringify(r));
    run(i + 1);
  }, function (e) {
    console.log(steps[i][0], 'FAILED', e && e.name, e && e.message);
    run(i + 1);
  });
})(0);

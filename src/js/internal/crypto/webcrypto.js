// internal/crypto/webcrypto: the common crypto.subtle calls (importKey,
// exportKey, sign, verify, encrypt, decrypt, deriveBits, deriveKey,
// generateKey) and CryptoKey, on crypto's own KeyObjects, Hmac, ciphers
// and key derivations. Loaded on the first touch of crypto.subtle. Every
// method returns a promise; a failure rejects with a DOMException named as
// the Web Crypto spec says (NotSupportedError, InvalidAccessError,
// OperationError, DataError, SyntaxError). ES5.
'use strict';

var crypto = require('crypto');
var Buffer = require('buffer').Buffer;
var types = require('internal/util/types');
var errors = require('internal/errors');

var SubtleCrypto = crypto.SubtleCrypto;
var KeyObject = crypto.KeyObject;

function dom(message, name) {
  var DOMException = require('internal/domexception');
  return new DOMException(message, name);
}

var kInternal = {};

function CryptoKey(token, type, extractable, algorithm, usages, keyObject) {
  if (token !== kInternal)
    throw errors.make(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  Object.defineProperty(this, '_key', { value: keyObject });
  Object.defineProperty(this, '_type', { value: type });
  Object.defineProperty(this, '_extractable', { value: extractable });
  Object.defineProperty(this, '_algorithm', { value: algorithm });
  Object.defineProperty(this, '_usages', { value: usages });
}
['type', 'extractable', 'algorithm', 'usages'].forEach(function (name) {
  Object.defineProperty(CryptoKey.prototype, name, {
    get: function () { return this['_' + name]; }, enumerable: true, configurable: true
  });
});

var names = ['AES-GCM', 'AES-CBC', 'AES-CTR', 'HMAC', 'ECDSA', 'ECDH', 'Ed25519',
  'X25519', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'PBKDF2', 'HKDF',
  'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'];
var hashes = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
var curves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };

// {name: 'aes-gcm', ...} -> a copy with the canonical name (and hash).
function normalize(alg) {
  if (typeof alg === 'string') alg = { name: alg };
  if (alg === null || typeof alg !== 'object' || typeof alg.name !== 'string')
    throw dom('Algorithm: Unrecognized name', 'NotSupportedError');
  var up = alg.name.toUpperCase(), out = {}, k;
  for (k in alg) out[k] = alg[k];
  out.name = null;
  for (var i = 0; i < names.length; i++) if (names[i].toUpperCase() === up) out.name = names[i];
  if (out.name === null) throw dom('Unrecognized algorithm name', 'NotSupportedError');
  if (alg.hash !== undefined) out.hash = normalize(alg.hash);
  return out;
}

function hashOf(alg) {
  if (!alg.hash || !hashes[alg.hash.name]) throw dom('Unrecognized hash', 'NotSupportedError');
  return hashes[alg.hash.name];
}

function bytes(data) {
  if (types.isAnyArrayBuffer(data)) return Buffer.from(data);
  if (types.isArrayBufferView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  throw errors.invalidArgType('data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
}

function arrayBuffer(buf) {
  var ab = new ArrayBuffer(buf.length);
  new Uint8Array(ab).set(buf);
  return ab;
}

function promise(fn) {
  return new Promise(function (resolve) { resolve(fn()); });
}

function checkUsage(key, usage) {
  if (!(key instanceof CryptoKey)) throw errors.invalidArgType('key', 'CryptoKey', key);
  if (key.usages.indexOf(usage) < 0)
    throw dom('Unable to use this key to ' + usage, 'InvalidAccessError');
}

function makeKey(type, extractable, algorithm, usages, keyObject) {
  return new CryptoKey(kInternal, type, extractable, algorithm, usages.slice(), keyObject);
}

// ---- importKey / exportKey ----

function importKey(format, keyData, algorithm, extractable, usages) {
  var alg = normalize(algorithm), name = alg.name, ko, type = 'secret', kalg = { name: name };
  var secret = ['AES-GCM', 'AES-CBC', 'AES-CTR', 'HMAC', 'PBKDF2', 'HKDF'].indexOf(name) >= 0;
  if (secret) {
    var raw;
    if (format === 'raw') raw = bytes(keyData);
    else if (format === 'jwk') {
      if (!keyData || keyData.kty !== 'oct') throw dom('Invalid JWK "kty" Parameter', 'DataError');
      raw = Buffer.from(keyData.k, 'base64url');
    } else throw dom('Unable to import ' + name + ' key with format ' + format, 'NotSupportedError');
    if (name.indexOf('AES-') === 0) {
      if ([16, 24, 32].indexOf(raw.length) < 0) throw dom('Invalid key length', 'DataError');
      kalg.length = raw.length * 8;
    } else if (name === 'HMAC') {
      kalg.hash = { name: alg.hash.name };
      hashOf(alg);
      kalg.length = raw.length * 8;
    }
    ko = crypto.createSecretKey(raw);
  } else {
    var opts;
    if (format === 'spki') opts = { key: bytes(keyData), format: 'der', type: 'spki' };
    else if (format === 'pkcs8') opts = { key: bytes(keyData), format: 'der', type: 'pkcs8' };
    else if (format === 'jwk') opts = { key: keyData, format: 'jwk' };
    else if (format === 'raw' && (name === 'Ed25519' || name === 'X25519'))
      opts = { key: { kty: 'OKP', crv: name, x: bytes(keyData).toString('base64url') }, format: 'jwk' };
    else throw dom('Unable to import ' + name + ' key with format ' + format, 'NotSupportedError');
    var isPrivate = format === 'pkcs8' || (format === 'jwk' && keyData && keyData.d !== undefined);
    try {
      ko = isPrivate ? crypto.createPrivateKey(opts) : crypto.createPublicKey(opts);
    } catch (e) {
      throw dom('Invalid keyData', 'DataError');
    }
    type = isPrivate ? 'private' : 'public';
    if (name === 'ECDSA' || name === 'ECDH') kalg.namedCurve = alg.namedCurve;
    if (alg.hash) kalg.hash = { name: alg.hash.name };
  }
  return makeKey(type, !!extractable, kalg, usages || [], ko);
}

function exportKey(format, key) {
  if (!(key instanceof CryptoKey)) throw errors.invalidArgType('key', 'CryptoKey', key);
  // Node 20 names it so (not InvalidAccessError).
  if (!key.extractable) throw dom('key is not extractable', 'InvalidAccessException');
  var ko = key._key;
  if (format === 'jwk') {
    var jwk = ko.export({ format: 'jwk' });
    jwk.ext = true;
    jwk.key_ops = key.usages.slice();
    if (key.algorithm.name === 'HMAC') jwk.alg = 'HS' + key.algorithm.hash.name.slice(4);
    else if (key.algorithm.name === 'AES-GCM') jwk.alg = 'A' + key.algorithm.length + 'GCM';
    return jwk;
  }
  if (format === 'raw') {
    if (key.type === 'secret') return arrayBuffer(ko.export());
    if (key.type === 'public') {
      var j = ko.export({ format: 'jwk' });
      if (j.kty === 'OKP') return arrayBuffer(Buffer.from(j.x, 'base64url'));
      if (j.kty === 'EC')
        return arrayBuffer(Buffer.concat([Buffer.from([4]), Buffer.from(j.x, 'base64url'), Buffer.from(j.y, 'base64url')]));
    }
  }
  if (format === 'spki' && key.type === 'public') return arrayBuffer(ko.export({ format: 'der', type: 'spki' }));
  if (format === 'pkcs8' && key.type === 'private') return arrayBuffer(ko.export({ format: 'der', type: 'pkcs8' }));
  throw dom('Unable to export a raw ' + key.algorithm.name + ' ' + key.type + ' key', 'InvalidAccessError');
}

// ---- sign / verify ----

function signOpts(alg, key) {
  switch (key.algorithm.name) {
    case 'ECDSA': return { key: key._key, dsaEncoding: 'ieee-p1363' };
    case 'RSA-PSS': return { key: key._key, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: alg.saltLength };
  }
  return key._key;
}

function signHash(alg, key) {
  if (key.algorithm.name === 'Ed25519') return null;
  if (key.algorithm.name === 'ECDSA') return hashOf(alg);
  return hashOf({ hash: key.algorithm.hash });
}

function sign(algorithm, key, data) {
  var alg = normalize(algorithm);
  checkUsage(key, 'sign');
  if (alg.name !== key.algorithm.name) throw dom('Unable to use this key to sign', 'InvalidAccessError');
  data = bytes(data);
  if (alg.name === 'HMAC')
    return arrayBuffer(crypto.createHmac(hashOf({ hash: key.algorithm.hash }), key._key).update(data).digest());
  return arrayBuffer(crypto.sign(signHash(alg, key), data, signOpts(alg, key)));
}

function verify(algorithm, key, signature, data) {
  var alg = normalize(algorithm);
  checkUsage(key, 'verify');
  if (alg.name !== key.algorithm.name) throw dom('Unable to use this key to verify', 'InvalidAccessError');
  data = bytes(data);
  signature = bytes(signature);
  if (alg.name === 'HMAC') {
    var mac = crypto.createHmac(hashOf({ hash: key.algorithm.hash }), key._key).update(data).digest();
    return mac.length === signature.length && crypto.timingSafeEqual(mac, signature);
  }
  return crypto.verify(signHash(alg, key), data, signOpts(alg, key), signature);
}

// ---- encrypt / decrypt (AES-GCM, AES-CBC, AES-CTR, RSA-OAEP) ----

function aesName(key, mode) {
  return 'aes-' + key.algorithm.length + '-' + mode;
}

function cipher(decrypt, algorithm, key, data) {
  var alg = normalize(algorithm);
  checkUsage(key, decrypt ? 'decrypt' : 'encrypt');
  if (alg.name !== key.algorithm.name) throw dom('The requested operation is not valid for the provided key', 'InvalidAccessError');
  data = bytes(data);
  var secret = key.type === 'secret' ? key._key.export() : null, out;
  try {
    if (alg.name === 'AES-GCM') {
      var tagLen = (alg.tagLength === undefined ? 128 : alg.tagLength) / 8;
      var iv = bytes(alg.iv);
      if (decrypt) {
        if (data.length < tagLen) throw dom('The provided data is too small.', 'OperationError');
        var d = crypto.createDecipheriv(aesName(key, 'gcm'), secret, iv, { authTagLength: tagLen });
        d.setAuthTag(data.subarray(data.length - tagLen));
        if (alg.additionalData !== undefined) d.setAAD(bytes(alg.additionalData));
        out = Buffer.concat([d.update(data.subarray(0, data.length - tagLen)), d.final()]);
      } else {
        var c = crypto.createCipheriv(aesName(key, 'gcm'), secret, iv, { authTagLength: tagLen });
        if (alg.additionalData !== undefined) c.setAAD(bytes(alg.additionalData));
        out = Buffer.concat([c.update(data), c.final(), c.getAuthTag()]);
      }
    } else if (alg.name === 'AES-CBC' || alg.name === 'AES-CTR') {
      var mode = alg.name === 'AES-CBC' ? 'cbc' : 'ctr';
      var ivb = bytes(alg.name === 'AES-CBC' ? alg.iv : alg.counter);
      var x = decrypt ? crypto.createDecipheriv(aesName(key, mode), secret, ivb)
        : crypto.createCipheriv(aesName(key, mode), secret, ivb);
      out = Buffer.concat([x.update(data), x.final()]);
    } else if (alg.name === 'RSA-OAEP') {
      var o = { key: key._key, oaepHash: hashOf({ hash: key.algorithm.hash }) };
      if (alg.label !== undefined) o.oaepLabel = bytes(alg.label);
      out = decrypt ? crypto.privateDecrypt(o, data) : crypto.publicEncrypt(o, data);
    } else {
      throw dom('Unrecognized algorithm name', 'NotSupportedError');
    }
  } catch (e) {
    if (e instanceof Error && e.name === 'Error') throw dom('The operation failed for an operation-specific reason', 'OperationError');
    throw e;
  }
  return arrayBuffer(out);
}

// ---- deriveBits / deriveKey ----

function deriveBits(algorithm, baseKey, length) {
  var alg = normalize(algorithm);
  checkUsage(baseKey, 'deriveBits');
  var out;
  if (alg.name === 'PBKDF2') {
    if (length === null || length % 8 !== 0) throw dom('Invalid length', 'OperationError');
    out = crypto.pbkdf2Sync(baseKey._key.export(), bytes(alg.salt), alg.iterations, length / 8, hashOf(alg));
  } else if (alg.name === 'HKDF') {
    if (length === null || length % 8 !== 0) throw dom('Invalid length', 'OperationError');
    out = Buffer.from(crypto.hkdfSync(hashOf(alg), baseKey._key.export(), bytes(alg.salt), bytes(alg.info), length / 8));
  } else if (alg.name === 'ECDH' || alg.name === 'X25519') {
    if (!(alg.public instanceof CryptoKey)) throw errors.invalidArgType('algorithm.public', 'CryptoKey', alg.public);
    out = crypto.diffieHellman({ privateKey: baseKey._key, publicKey: alg.public._key });
    if (length !== null && length !== undefined) {
      if (length > out.length * 8) throw dom('derived bit length is too small', 'OperationError');
      out = out.subarray(0, Math.ceil(length / 8));
    }
  } else {
    throw dom('Unrecognized algorithm name', 'NotSupportedError');
  }
  return arrayBuffer(out);
}

// ---- generateKey ----

function generateKey(algorithm, extractable, usages) {
  var alg = normalize(algorithm), name = alg.name, pair;
  usages = usages || [];
  function split(pub, priv) {
    var pubUses = ['verify', 'encrypt'], a = { name: name };
    if (alg.namedCurve) a.namedCurve = alg.namedCurve;
    if (alg.hash) a.hash = { name: alg.hash.name };
    if (alg.modulusLength) {
      a.modulusLength = alg.modulusLength;
      a.publicExponent = alg.publicExponent;
    }
    return {
      publicKey: makeKey('public', true, a, usages.filter(function (u) { return pubUses.indexOf(u) >= 0; }), pub),
      privateKey: makeKey('private', !!extractable, a, usages.filter(function (u) { return pubUses.indexOf(u) < 0; }), priv)
    };
  }
  switch (name) {
    case 'HMAC':
      hashOf(alg);
      var len = alg.length || { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 }[alg.hash.name];
      return makeKey('secret', !!extractable, { name: name, hash: { name: alg.hash.name }, length: len }, usages,
        crypto.createSecretKey(crypto.randomBytes(len / 8)));
    case 'AES-GCM': case 'AES-CBC': case 'AES-CTR':
      if ([128, 192, 256].indexOf(alg.length) < 0) throw dom('AES key length must be 128, 192, or 256 bits', 'OperationError');
      return makeKey('secret', !!extractable, { name: name, length: alg.length }, usages,
        crypto.createSecretKey(crypto.randomBytes(alg.length / 8)));
    case 'ECDSA': case 'ECDH':
      if (!curves[alg.namedCurve]) throw dom('Unrecognized namedCurve', 'NotSupportedError');
      pair = crypto.generateKeyPairSync('ec', { namedCurve: curves[alg.namedCurve] });
      return split(pair.publicKey, pair.privateKey);
    case 'Ed25519': case 'X25519':
      pair = crypto.generateKeyPairSync(name.toLowerCase());
      return split(pair.publicKey, pair.privateKey);
    case 'RSASSA-PKCS1-v1_5': case 'RSA-PSS': case 'RSA-OAEP':
      hashOf(alg);
      var e = 0, pe = bytes(alg.publicExponent);
      for (var i = 0; i < pe.length; i++) e = e * 256 + pe[i];
      pair = crypto.generateKeyPairSync('rsa', { modulusLength: alg.modulusLength, publicExponent: e });
      return split(pair.publicKey, pair.privateKey);
  }
  throw dom('Unrecognized algorithm name', 'NotSupportedError');
}

function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, usages) {
  var d = normalize(derivedKeyAlgorithm);
  var length = d.length || (d.name === 'HMAC' ? { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 }[d.hash.name] : undefined);
  var bits = deriveBits(algorithm, baseKey, length);
  return importKey('raw', bits, derivedKeyAlgorithm, extractable, usages);
}

function method(fn) {
  return function () {
    var self = this, args = arguments;
    return promise(function () {
      if (!(self instanceof SubtleCrypto))
        throw errors.make(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type SubtleCrypto');
      return fn.apply(null, args);
    });
  };
}

SubtleCrypto.prototype.importKey = method(importKey);
SubtleCrypto.prototype.exportKey = method(exportKey);
SubtleCrypto.prototype.sign = method(sign);
SubtleCrypto.prototype.verify = method(verify);
SubtleCrypto.prototype.encrypt = method(function (a, k, d) { return cipher(false, a, k, d); });
SubtleCrypto.prototype.decrypt = method(function (a, k, d) { return cipher(true, a, k, d); });
SubtleCrypto.prototype.deriveBits = method(deriveBits);
SubtleCrypto.prototype.deriveKey = method(deriveKey);
SubtleCrypto.prototype.generateKey = method(generateKey);

exports.CryptoKey = CryptoKey;
// Node's KeyObject.from(cryptoKey).
KeyObject.from = function (key) {
  if (!(key instanceof CryptoKey)) throw errors.invalidArgType('key', 'CryptoKey', key);
  return key._key;
};

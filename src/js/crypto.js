// crypto: Node's crypto module on OpenSSL 3 (src/crypto/): hashes, HMAC,
// random numbers, key derivation (pbkdf2, scrypt, hkdf on the thread
// pool), ciphers, and the Web Crypto object behind the global `crypto`.
// Argument checks and their messages follow Node's lib/internal/crypto/*;
// the bytes are C's. ES5.
'use strict';

var Buffer = require('buffer').Buffer;
var errors = require('internal/errors');
var util = require('internal/util');
var types = require('internal/util/types');
var stream = require('stream');

var make = errors.make;
var invalidArgType = errors.invalidArgType;
var outOfRange = errors.outOfRange;
var isArrayBufferView = types.isArrayBufferView;
var isAnyArrayBuffer = types.isAnyArrayBuffer;
// Node's limit of hkdf's length is buffer.kMaxLength (Duktape's: 2 GB - 2).
var kMaxLength = require('buffer').kMaxLength || 4294967296;
var kMaxInt32 = 2147483647;

// ---- validators (Node's lib/internal/validators.js) ----

function validateString(v, name) {
  if (typeof v !== 'string') throw invalidArgType(name, 'string', v);
}
function validateFunction(v, name) {
  if (typeof v !== 'function') throw invalidArgType(name, 'function', v);
}
function validateObject(v, name) {
  if (v === null || typeof v !== 'object' || Array.isArray(v))
    throw invalidArgType(name, 'object', v);
}
function validateNumber(v, name) {
  if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
}
function validateInteger(v, name, min, max) {
  if (min === undefined) min = -9007199254740991;
  if (max === undefined) max = 9007199254740991;
  if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
  if (v % 1 !== 0) throw outOfRange(name, 'an integer', v);
  if (v < min || v > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, v);
}
function validateInt32(v, name, min, max) {
  if (min === undefined) min = -2147483648;
  if (max === undefined) max = 2147483647;
  if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
  if (v % 1 !== 0 || v !== v) throw outOfRange(name, 'an integer', v);
  if (v < min || v > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, v);
}
function validateUint32(v, name, positive) {
  if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
  if (v % 1 !== 0 || v !== v) throw outOfRange(name, 'an integer', v);
  var min = positive ? 1 : 0;
  if (v < min || v > 4294967295) throw outOfRange(name, '>= ' + min + ' && <= 4294967295', v);
}
function isSafeInteger(v) {
  return typeof v === 'number' && v % 1 === 0 && Math.abs(v) <= 9007199254740991;
}

// Bytes from a string (in encoding) or any ArrayBuffer or view.
function getArrayBufferOrView(buf, name, encoding) {
  if (isAnyArrayBuffer(buf)) return buf;
  if (typeof buf === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buf, encoding);
  }
  if (!isArrayBufferView(buf))
    throw invalidArgType(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buf);
  return buf;
}

// A digest's output in the encoding asked for (Node: a Buffer when the
// encoding is 'buffer', absent or one Buffer does not know).
function encodeOutput(buf, encoding) {
  if (encoding === undefined || encoding === 'buffer' || !Buffer.isEncoding(encoding))
    return buf;
  return buf.toString(encoding);
}

function hashFinalized() {
  return make(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

// ---- LazyTransform: a hash is a Transform only once used as a stream ----
// Node's lib/internal/streams/lazy_transform.js: most hashes never stream,
// and a Transform costs several objects; the stream state appears on the
// first touch of it.

function LazyTransform(options) {
  this._options = options;
}
util.inherits(LazyTransform, stream.Transform);

function lazyGetter(name) {
  return function () {
    stream.Transform.call(this, this._options);
    this._writableState.decodeStrings = false;
    return this[name];
  };
}
function lazySetter(name) {
  return function (val) {
    Object.defineProperty(this, name, {
      value: val, enumerable: true, configurable: true, writable: true
    });
  };
}
['_readableState', '_writableState', '_transformCallback'].forEach(function (name) {
  Object.defineProperty(LazyTransform.prototype, name, {
    get: lazyGetter(name), set: lazySetter(name), enumerable: true, configurable: true
  });
});

// ---- Hash ----

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  var xofLen;
  if (algorithm instanceof Hash) {
    // copy(): the new hash continues from the state of the old one.
    xofLen = options && options.outputLength;
    if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
    this._handle = native.hashCopy(algorithm._handle, xofLen === undefined ? -1 : xofLen);
  } else {
    validateString(algorithm, 'algorithm');
    xofLen = options && options.outputLength;
    if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
    this._handle = native.hashNew(algorithm, xofLen === undefined ? -1 : xofLen);
  }
  this._finalized = false;
  LazyTransform.call(this, options);
}
util.inherits(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this._finalized) throw hashFinalized();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this._finalized) throw hashFinalized();
  if (typeof data === 'string') {
    data = Buffer.from(data, encoding === 'buffer' ? 'utf8' : encoding);
  } else if (!isArrayBufferView(data)) {
    throw invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  native.hashUpdate(this._handle, data);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this._finalized) throw hashFinalized();
  this._finalized = true;
  var h = this._handle;
  this._handle = null;
  return encodeOutput(native.hashDigest(h), outputEncoding);
};

// ---- Hmac ----

function hmacKey(key, options) {
  if (key instanceof KeyObject) {
    if (key.type !== 'secret')
      throw invalidArgType('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
    return key._bytes;
  }
  if (typeof key === 'string')
    return Buffer.from(key, options && options.encoding && options.encoding !== 'buffer' ? options.encoding : 'utf8');
  if (isAnyArrayBuffer(key) || isArrayBufferView(key)) return key;
  throw invalidArgType('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  key = hmacKey(key, options);
  this._handle = native.hmacNew(hmac, key);
  this._finalized = false;
  LazyTransform.call(this, options);
}
util.inherits(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

Hmac.prototype.digest = function digest(outputEncoding) {
  if (this._finalized) {
    // Node: a second digest() gives an empty result, not an error.
    var empty = Buffer.alloc(0);
    return outputEncoding === undefined || outputEncoding === 'buffer' ? empty : empty.toString(outputEncoding);
  }
  this._finalized = true;
  var h = this._handle;
  this._handle = null;
  return encodeOutput(native.hashDigest(h), outputEncoding);
};

function createHash(algorithm, options) { return new Hash(algorithm, options); }
function createHmac(hmac, key, options) { return new Hmac(hmac, key, options); }

// crypto.hash(algorithm, data[, outputEncoding = 'hex']): one shot.
function hash(algorithm, input, outputEncoding) {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input))
    throw invalidArgType('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  if (outputEncoding === undefined) outputEncoding = 'hex';
  else validateString(outputEncoding, 'outputEncoding');
  if (typeof input === 'string') input = Buffer.from(input, 'utf8');
  var out = native.hashOnce(algorithm, input);
  return outputEncoding === 'buffer' ? out : encodeOutput(out, outputEncoding);
}

var hashesCache = null;
function getHashes() {
  if (hashesCache === null) hashesCache = filterDuplicateStrings(native.getHashes(), false);
  return hashesCache.slice();
}

// ---- timingSafeEqual ----

function timingSafeEqual(buf1, buf2) {
  if (!isAnyArrayBuffer(buf1) && !isArrayBufferView(buf1))
    throw make(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  if (!isAnyArrayBuffer(buf2) && !isArrayBufferView(buf2))
    throw make(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "buf2" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  if (buf1.byteLength !== buf2.byteLength)
    throw make(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  return native.timingSafeEqual(buf1, buf2);
}

// ---- random (Node's lib/internal/crypto/random.js) ----

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  var maxLength = Math.min(length, kMaxInt32);
  if (offset !== offset || offset > maxLength || offset < 0)
    throw outOfRange('offset', '>= 0 && <= ' + maxLength, offset);
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (size !== size || size > kMaxInt32 || size < 0)
    throw outOfRange('size', '>= 0 && <= ' + kMaxInt32, size);
  if (size + offset > length)
    throw outOfRange('size + offset', '<= ' + length, size + offset);
  return size >>> 0;
}

function randomBytes(size, callback) {
  validateNumber(size, 'size');
  if (size !== size || size < 0 || size > kMaxInt32)
    throw outOfRange('size', '>= 0 && <= ' + kMaxInt32, size);
  size = size >>> 0;
  if (callback !== undefined) validateFunction(callback, 'callback');
  var buf = Buffer.allocUnsafe(size);
  if (callback === undefined) {
    native.randomFill(buf, 0, size);
    return buf;
  }
  native.randomFill(buf, 0, size, function (err) {
    if (err) callback(err);
    else callback(null, buf);
  });
}

function checkFillTarget(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf))
    throw invalidArgType('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
}

function randomFillSync(buf, offset, size) {
  checkFillTarget(buf);
  var elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (offset === undefined) offset = 0;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  if (size === 0) return buf;
  native.randomFill(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkFillTarget(buf);
  var elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    validateFunction(callback = size, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) size = buf.byteLength - offset;
    else size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) {
    process.nextTick(callback, null, buf);
    return;
  }
  native.randomFill(buf, offset, size, function (err) {
    if (err) callback(err);
    else callback(null, buf);
  });
}

// randomInt: 48-bit draws from a cache, rejection sampling (as Node).
var RAND_MAX = 0xFFFFFFFFFFFF;
var randomCache = null;
var randomCacheOffset = 0;

function randomInt(min, max, callback) {
  var minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  var isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!isSafeInteger(min)) throw invalidArgType('min', ['a safe integer'], min);
  if (!isSafeInteger(max)) throw invalidArgType('max', ['a safe integer'], max);
  if (max <= min)
    throw outOfRange('max', 'greater than the value of "min" (' + min + ')', max);
  var range = max - min;
  if (!(range <= RAND_MAX))
    throw outOfRange('max' + (minNotSpecified ? '' : ' - min'), '<= ' + RAND_MAX, range);
  var randLimit = RAND_MAX - (RAND_MAX % range);
  if (randomCache === null) {
    randomCache = Buffer.allocUnsafe(6 * 1024);
    randomCacheOffset = randomCache.length;
  }
  for (;;) {
    if (randomCacheOffset === randomCache.length) {
      native.randomFill(randomCache, 0, randomCache.length);
      randomCacheOffset = 0;
    }
    var x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      var n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  if (options !== undefined && options.disableEntropyCache !== undefined &&
      typeof options.disableEntropyCache !== 'boolean')
    throw invalidArgType('options.disableEntropyCache', 'boolean', options.disableEntropyCache);
  return native.randomUUID();
}

// ---- key derivation ----

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return [password, salt, iterations, keylen, digest];
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  var a = pbkdf2Check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  native.pbkdf2(a[0], a[1], a[2], a[3], a[4], callback);
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  var a = pbkdf2Check(password, salt, iterations, keylen, digest);
  return native.pbkdf2(a[0], a[1], a[2], a[3], a[4]);
}

var scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// Node 20: one error for N and cost (r and blockSize, ...) given together.
function incompatiblePair() {
  return make(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
}

function scryptCheck(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  var N = scryptDefaults.N, r = scryptDefaults.r, p = scryptDefaults.p;
  var maxmem = scryptDefaults.maxmem;
  if (options && options !== scryptDefaults) {
    var hasN = options.N !== undefined;
    if (hasN) { N = options.N; validateUint32(N, 'N'); }
    if (options.cost !== undefined) {
      if (hasN) throw incompatiblePair('N', 'cost');
      N = options.cost;
      validateUint32(N, 'cost');
    }
    var hasR = options.r !== undefined;
    if (hasR) { r = options.r; validateUint32(r, 'r'); }
    if (options.blockSize !== undefined) {
      if (hasR) throw incompatiblePair('r', 'blockSize');
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    var hasP = options.p !== undefined;
    if (hasP) { p = options.p; validateUint32(p, 'p'); }
    if (options.parallelization !== undefined) {
      if (hasP) throw incompatiblePair('p', 'parallelization');
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  return [password, salt, keylen, N, r, p, maxmem];
}

function scrypt(password, salt, keylen, options, callback) {
  if (callback === undefined) {
    callback = options;
    options = scryptDefaults;
  }
  var a = scryptCheck(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  native.scrypt(a[0], a[1], a[2], a[3], a[4], a[5], a[6], callback);
}

function scryptSync(password, salt, keylen, options) {
  var a = scryptCheck(password, salt, keylen, options);
  return native.scrypt(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
}

function hkdfByteSource(val, name) {
  if (typeof val === 'string') val = Buffer.from(val, 'utf8');
  if (isAnyArrayBuffer(val) || isArrayBufferView(val)) return val;
  throw invalidArgType(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], val);
}

function hkdfCheck(digest, key, salt, info, length) {
  validateString(digest, 'digest');
  if (key instanceof KeyObject) {
    key = key._bytes;
  } else if (typeof key === 'string') {
    key = Buffer.from(key, 'utf8');
  } else if (!isAnyArrayBuffer(key) && !isArrayBufferView(key)) {
    throw invalidArgType('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
  }
  salt = hkdfByteSource(salt, 'salt');
  info = hkdfByteSource(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024)
    throw outOfRange('info', 'must not contain more than 1024 bytes', info.byteLength);
  return [digest, key, salt, info, length];
}

function hkdf(digest, key, salt, info, length, callback) {
  var a = hkdfCheck(digest, key, salt, info, length);
  validateFunction(callback, 'callback');
  native.hkdf(a[0], a[1], a[2], a[3], a[4], callback);
}

function hkdfSync(digest, key, salt, info, length) {
  var a = hkdfCheck(digest, key, salt, info, length);
  return native.hkdf(a[0], a[1], a[2], a[3], a[4]);
}

// ---- KeyObject (Node's lib/internal/crypto/keys.js) ----
// A secret key keeps its bytes; an asymmetric one a native handle
// (src/crypto/keys.c) and its type.

function KeyObject(type, data) {
  if (type !== 'secret' && type !== 'public' && type !== 'private')
    throw errors.invalidArgValue('type', type);
  Object.defineProperty(this, '_type', { value: type });
  if (type === 'secret') Object.defineProperty(this, '_bytes', { value: data });
  else Object.defineProperty(this, '_handle', { value: data });
}
Object.defineProperty(KeyObject.prototype, 'type', {
  get: function () { return this._type; }, configurable: true
});
KeyObject.prototype.equals = function equals(other) {
  if (!(other instanceof KeyObject))
    throw invalidArgType('otherKeyObject', 'KeyObject', other);
  if (other._type !== this._type) return false;
  if (this._type === 'secret')
    return this._bytes.length === other._bytes.length &&
      native.timingSafeEqual(this._bytes, other._bytes);
  return native.keyEquals(this._handle, other._handle);
};

function SecretKeyObject(bytes) { KeyObject.call(this, 'secret', bytes); }
util.inherits(SecretKeyObject, KeyObject);
Object.defineProperty(SecretKeyObject.prototype, 'symmetricKeySize', {
  get: function () { return this._bytes.length; }, configurable: true
});
SecretKeyObject.prototype.export = function (options) {
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.format === 'jwk')
      return { kty: 'oct', k: this._bytes.toString('base64url') };
    if (options.format !== undefined && options.format !== 'buffer')
      throw errors.invalidArgValue('options.format', options.format, "must be one of: 'buffer', 'jwk'");
  }
  return Buffer.from(this._bytes);
};

function AsymmetricKeyObject(type, handle) { KeyObject.call(this, type, handle); }
util.inherits(AsymmetricKeyObject, KeyObject);
function keyInfo(k) {
  if (k._info === undefined) Object.defineProperty(k, '_info', { value: native.keyInfo(k._handle) });
  return k._info;
}
Object.defineProperty(AsymmetricKeyObject.prototype, 'asymmetricKeyType', {
  get: function () { return keyInfo(this).type; }, configurable: true
});
Object.defineProperty(AsymmetricKeyObject.prototype, 'asymmetricKeyDetails', {
  get: function () {
    var info = keyInfo(this);
    switch (info.type) {
      case 'rsa': case 'rsa-pss':
        // Node gives publicExponent as a bigint; Duktape has none.
        return { modulusLength: info.modulusLength, publicExponent: info.publicExponent };
      case 'ec':
        return { namedCurve: info.namedCurve };
    }
    return {};
  },
  configurable: true
});

var jwkCurves = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521', secp256k1: 'secp256k1' };
var jwkCurvesBack = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1', secp256k1: 'secp256k1' };

function exportJwk(key) {
  var info = keyInfo(key), f = native.keyJwkFields(key._handle), jwk = {}, k;
  function b64(b) { return Buffer.from(b).toString('base64url'); }
  switch (info.type) {
    case 'rsa':
      jwk.kty = 'RSA';
      ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'].forEach(function (n) {
        if (f[n] !== undefined) jwk[n] = b64(f[n]);
      });
      return jwk;
    case 'ec':
      if (!jwkCurves[info.namedCurve])
        throw make(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', 'Unsupported JWK EC curve: ' + info.namedCurve + '.');
      jwk.kty = 'EC';
      jwk.x = b64(f.x);
      jwk.y = b64(f.y);
      if (f.d !== undefined) jwk.d = b64(f.d);
      jwk.crv = jwkCurves[info.namedCurve];
      // Node's field order: kty, x, y, crv, d.
      var ordered = { kty: 'EC', x: jwk.x, y: jwk.y, crv: jwk.crv };
      if (jwk.d !== undefined) ordered.d = jwk.d;
      return ordered;
    case 'ed25519': case 'ed448': case 'x25519': case 'x448':
      jwk.crv = info.type === 'ed25519' ? 'Ed25519' : info.type === 'ed448' ? 'Ed448' :
        info.type === 'x25519' ? 'X25519' : 'X448';
      if (f.d !== undefined) jwk.d = b64(f.d);
      jwk.x = b64(f.x);
      jwk.kty = 'OKP';
      return jwk;
  }
  for (k in f) void k;
  throw make(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.');
}

function encodingError(name, value) {
  return errors.invalidArgValue(name, value);
}

function keyExport(key, options, isPrivate) {
  validateObject(options, 'options');
  var format = options.format;
  if (format === 'jwk') return exportJwk(key);
  if (format !== 'pem' && format !== 'der') throw encodingError('options.format', format);
  var type = options.type, info = keyInfo(key);
  var ok = isPrivate ? (type === 'pkcs8' || (type === 'pkcs1' && info.type === 'rsa') || (type === 'sec1' && info.type === 'ec'))
    : (type === 'spki' || (type === 'pkcs1' && info.type === 'rsa'));
  if (!ok) {
    if (type === 'pkcs1' || type === 'sec1')
      throw make(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding ' + type +
        ' can only be used for ' + (type === 'pkcs1' ? 'RSA' : 'EC') + ' keys.');
    throw encodingError('options.type', type);
  }
  var cipher = null, passphrase = null;
  if (isPrivate && options.cipher !== undefined) {
    validateString(options.cipher, 'options.cipher');
    if (format === 'der' && type !== 'pkcs8')
      throw make(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding ' + type + ' does not support encryption.');
    cipher = options.cipher;
    passphrase = getArrayBufferOrView(options.passphrase, 'options.passphrase', options.encoding);
  }
  return native.keyExport(key._handle, isPrivate, format, type, cipher, passphrase);
}

function PublicKeyObject(handle) { AsymmetricKeyObject.call(this, 'public', handle); }
util.inherits(PublicKeyObject, AsymmetricKeyObject);
PublicKeyObject.prototype.export = function (options) { return keyExport(this, options, false); };

function PrivateKeyObject(handle) { AsymmetricKeyObject.call(this, 'private', handle); }
util.inherits(PrivateKeyObject, AsymmetricKeyObject);
PrivateKeyObject.prototype.export = function (options) { return keyExport(this, options, true); };

function createSecretKey(key, encoding) {
  if (typeof key === 'string') key = Buffer.from(key, encoding);
  else if (isAnyArrayBuffer(key)) key = Buffer.from(new Uint8Array(key));
  else if (isArrayBufferView(key)) key = Buffer.from(new Uint8Array(key.buffer, key.byteOffset, key.byteLength));
  else throw invalidArgType('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  return new SecretKeyObject(key);
}

function jwkBytes(v, name) {
  if (typeof v !== 'string') throw invalidArgType(name, 'string', v);
  return Buffer.from(v, 'base64url');
}

function importJwk(jwk, isPublic) {
  validateObject(jwk, 'key.key');
  var priv = !isPublic && jwk.d !== undefined;
  if (!isPublic && jwk.d === undefined)
    throw make(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK ' + jwk.kty + ' key');
  var h;
  switch (jwk.kty) {
    case 'OKP':
      var t = { Ed25519: 'ed25519', Ed448: 'ed448', X25519: 'x25519', X448: 'x448' }[jwk.crv];
      if (!t) throw errors.invalidArgValue('key.crv', jwk.crv, "must be one of: 'Ed25519', 'Ed448', 'X25519', 'X448'");
      h = native.keyFromRaw(t, jwkBytes(priv ? jwk.d : jwk.x, 'key.' + (priv ? 'd' : 'x')), priv);
      break;
    case 'EC':
      var crv = jwkCurvesBack[jwk.crv];
      if (!crv) throw errors.invalidArgValue('key.crv', jwk.crv, "must be one of: 'P-256', 'secp256k1', 'P-384', 'P-521'");
      h = native.keyFromParams('ec', [crv, jwkBytes(jwk.x, 'key.x'), jwkBytes(jwk.y, 'key.y'),
        priv ? jwkBytes(jwk.d, 'key.d') : undefined], priv);
      break;
    case 'RSA':
      var fields = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'].map(function (n, i) {
        return (i < 2 || priv) ? jwkBytes(jwk[n], 'key.' + n) : undefined;
      });
      h = native.keyFromParams('rsa', fields, priv);
      break;
    default:
      throw errors.invalidArgValue('key.kty', jwk.kty, "must be one of: 'RSA', 'EC', 'OKP'");
  }
  return priv ? new PrivateKeyObject(h) : new PublicKeyObject(h);
}

var keyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// Node's prepareAsymmetricKey: a KeyObject, PEM text or bytes, or
// { key, format, type, passphrase, encoding }. Returns a KeyObject.
function asymmetricKey(key, isPublic, name) {
  if (key instanceof KeyObject) {
    if (key._type === 'secret')
      throw make(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type secret, expected ' + (isPublic ? 'public' : 'private') + '.');
    if (isPublic && key._type === 'private') return new PublicKeyObject(native.keyPublicOf(key._handle));
    if (!isPublic && key._type === 'public')
      throw make(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type public, expected private.');
    return key;
  }
  var data = key, format = 'pem', type = null, passphrase = null, encoding;
  if (typeof key === 'object' && key !== null && !isAnyArrayBuffer(key) && !isArrayBufferView(key)) {
    data = key.key;
    encoding = key.encoding;
    if (data instanceof KeyObject) return asymmetricKey(data, isPublic, name);
    if (key.format === 'jwk') return importJwk(data, isPublic);
    if (key.format !== undefined && key.format !== 'pem' && key.format !== 'der')
      throw encodingError('key.format', key.format);
    format = key.format || 'pem';
    if (format === 'der') {
      type = key.type;
      if (type !== 'pkcs8' && type !== 'pkcs1' && type !== 'spki' && type !== 'sec1')
        throw encodingError('key.type', type);
    }
    if (key.passphrase !== undefined && key.passphrase !== null)
      passphrase = Buffer.from(getArrayBufferOrView(key.passphrase, 'key.passphrase', encoding)).toString('latin1');
  }
  if (typeof data === 'string') data = Buffer.from(data, format === 'pem' ? 'utf8' : encoding);
  else if (!isAnyArrayBuffer(data) && !isArrayBufferView(data))
    throw invalidArgType(name || 'key', isPublic ? keyTypes.concat(['KeyObject', 'CryptoKey']) : keyTypes, data);
  var h = native.keyParse(data, format, !isPublic, type, passphrase);
  return isPublic ? new PublicKeyObject(h) : new PrivateKeyObject(h);
}

function createPrivateKey(key) {
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key) &&
      (key === null || typeof key !== 'object' || key instanceof KeyObject))
    throw invalidArgType('key', keyTypes, key);
  return asymmetricKey(key, false);
}

function createPublicKey(key) {
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key) &&
      (key === null || typeof key !== 'object'))
    throw invalidArgType('key', keyTypes.concat(['KeyObject', 'CryptoKey']), key);
  if (key instanceof KeyObject && key._type === 'public')
    throw make(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type public, expected private.');
  return asymmetricKey(key, true);
}

// ---- generateKeyPair(Sync), generateKey(Sync) ----

var pairTypes = ['rsa', 'rsa-pss', 'ec', 'ed25519', 'ed448', 'x25519', 'x448'];

function keyGenArgs(type, options) {
  validateString(type, 'type');
  if (pairTypes.indexOf(type) < 0)
    throw errors.invalidArgValue('type', type, 'must be a supported key type');
  if (options !== undefined) validateObject(options, 'options');
  var a = [type, 0, 65537];
  if (type === 'rsa' || type === 'rsa-pss') {
    validateObject(options, 'options');
    validateUint32(options.modulusLength, 'options.modulusLength');
    a[1] = options.modulusLength;
    if (options.publicExponent !== undefined) {
      validateUint32(options.publicExponent, 'options.publicExponent');
      a[2] = options.publicExponent;
    }
  } else if (type === 'ec') {
    validateObject(options, 'options');
    validateString(options.namedCurve, 'options.namedCurve');
    a[1] = options.namedCurve;
  }
  return a;
}

function encodePair(priv, options) {
  var pub = new PublicKeyObject(native.keyPublicOf(priv._handle));
  var pe = options && options.publicKeyEncoding, se = options && options.privateKeyEncoding;
  return {
    publicKey: pe !== undefined ? pub.export(pe) : pub,
    privateKey: se !== undefined ? priv.export(se) : priv
  };
}

function checkEncodings(options) {
  if (!options) return;
  if (options.publicKeyEncoding !== undefined) validateObject(options.publicKeyEncoding, 'options.publicKeyEncoding');
  if (options.privateKeyEncoding !== undefined) validateObject(options.privateKeyEncoding, 'options.privateKeyEncoding');
}

function generateKeyPairSync(type, options) {
  var a = keyGenArgs(type, options);
  checkEncodings(options);
  return encodePair(new PrivateKeyObject(native.keyGenerate(a[0], a[1], a[2])), options);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  var a = keyGenArgs(type, options);
  checkEncodings(options);
  native.keyGenerate(a[0], a[1], a[2], function (err, h) {
    if (err) return callback(err);
    var pair;
    try {
      pair = encodePair(new PrivateKeyObject(h), options);
    } catch (e) {
      return callback(e);
    }
    callback(null, pair.publicKey, pair.privateKey);
  });
}

function generateKeySync(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  var length = options.length;
  if (type === 'hmac') {
    validateInteger(length, 'options.length', 8, 2147483647);
  } else if (type === 'aes') {
    if (length !== 128 && length !== 192 && length !== 256)
      throw errors.invalidArgValue('options.length', length, 'must be one of: 128, 192, 256');
  } else {
    throw errors.invalidArgValue('type', type, "must be a supported key type");
  }
  return new SecretKeyObject(randomBytes(Math.floor(length / 8)));
}

function generateKey(type, options, callback) {
  validateFunction(callback, 'callback');
  var key = generateKeySync(type, options);
  process.nextTick(callback, null, key);
}

// ---- sign / verify (Node's lib/internal/crypto/sig.js) ----

function keyOption(key, name) {
  if (key !== null && typeof key === 'object' && !(key instanceof KeyObject) && key[name] !== undefined) {
    var v = key[name];
    if (typeof v !== 'number' || v % 1 !== 0) throw errors.invalidArgValue('options.' + name, v);
    return v;
  }
  return undefined;
}

function dsaEncoding(key) {
  if (key !== null && typeof key === 'object' && !(key instanceof KeyObject) && key.dsaEncoding !== undefined) {
    if (key.dsaEncoding === 'der') return false;
    if (key.dsaEncoding === 'ieee-p1363') return true;
    throw errors.invalidArgValue('options.dsaEncoding', key.dsaEncoding);
  }
  return false;
}

function doSign(algorithm, data, key) {
  if (!key) throw make(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
  var padding = keyOption(key, 'padding'), salt = keyOption(key, 'saltLength'), p1363 = dsaEncoding(key);
  var k = asymmetricKey(key, false);
  return native.keySign(k._handle, algorithm == null ? null : algorithm, data,
    padding === undefined ? -1 : padding, salt === undefined ? -3 : salt, p1363);
}

function doVerify(algorithm, data, key, signature) {
  var padding = keyOption(key, 'padding'), salt = keyOption(key, 'saltLength'), p1363 = dsaEncoding(key);
  var k = asymmetricKey(key, true);
  return native.keyVerify(k._handle, algorithm == null ? null : algorithm, data, signature,
    padding === undefined ? -1 : padding, salt === undefined ? -3 : salt, p1363);
}

function signOneShot(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (callback === undefined) return doSign(algorithm, data, key);
  var sig;
  try { sig = doSign(algorithm, data, key); } catch (e) { process.nextTick(callback, e); return; }
  process.nextTick(callback, null, sig);
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!isArrayBufferView(signature) && !isAnyArrayBuffer(signature))
    throw invalidArgType('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  if (callback === undefined) return doVerify(algorithm, data, key, signature);
  var ok;
  try { ok = doVerify(algorithm, data, key, signature); } catch (e) { process.nextTick(callback, e); return; }
  process.nextTick(callback, null, ok);
}

// Sign and Verify are Writables that gather the data; the digest and key
// are applied at the end (one EVP_DigestSign call).
function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  signInit(this, algorithm, options);
}
function signInit(self, algorithm, options) {
  validateString(algorithm, 'algorithm');
  if (!jcryptoHasDigest(algorithm))
    throw make(Error, 'ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest');
  self._algorithm = algorithm;
  self._chunks = [];
  stream.Writable.call(self, options);
}
util.inherits(Sign, stream.Writable);
function jcryptoHasDigest(name) {
  try { native.hashNew(name, -1); return true; } catch (e) { return false; }
}
Sign.prototype._write = function (chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};
Sign.prototype.update = function update(data, encoding) {
  if (typeof data === 'string') data = Buffer.from(data, encoding);
  else if (!isArrayBufferView(data))
    throw invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  this._chunks.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  return this;
};
Sign.prototype.sign = function sign(options, encoding) {
  var sig = doSign(this._algorithm, Buffer.concat(this._chunks), options);
  return encodeOutput(sig, encoding);
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  signInit(this, algorithm, options);
}
util.inherits(Verify, stream.Writable);
Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = Sign.prototype.update;
Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  signature = getArrayBufferOrView(signature, 'signature', sigEncoding);
  return doVerify(this._algorithm, Buffer.concat(this._chunks), options, signature);
};

function createSign(algorithm, options) { return new Sign(algorithm, options); }
function createVerify(algorithm, options) { return new Verify(algorithm, options); }

// ---- publicEncrypt & co, diffieHellman ----

var RSA_PKCS1_PADDING = 1, RSA_NO_PADDING = 3, RSA_PKCS1_OAEP_PADDING = 4;
var RSA_PKCS1_PSS_PADDING = 6;

function rsaCipher(op, isPublic, defaultPadding) {
  return function (key, buffer) {
    var padding = defaultPadding, oaepHash = null, oaepLabel = null;
    if (key !== null && typeof key === 'object' && !(key instanceof KeyObject) &&
        !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
      if (key.padding !== undefined) padding = key.padding;
      if (key.oaepHash !== undefined) {
        validateString(key.oaepHash, 'key.oaepHash');
        oaepHash = key.oaepHash;
      }
      if (key.oaepLabel !== undefined) oaepLabel = getArrayBufferOrView(key.oaepLabel, 'key.oaepLabel', key.encoding);
    }
    buffer = getArrayBufferOrView(buffer, 'buffer');
    // Node 20 (CVE-2023-46809, the Marvin attack): no PKCS#1 v1.5
    // decryption with a private key.
    if (op === 1 && padding === RSA_PKCS1_PADDING)
      throw make(TypeError, 'ERR_INVALID_ARG_VALUE', 'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with --security-revert=CVE-2023-46809');
    var k = asymmetricKey(key, isPublic);
    return native.keyCrypt(k._handle, op, buffer, padding, oaepHash, oaepLabel);
  };
}

function diffieHellman(options) {
  validateObject(options, 'options');
  var priv = options.privateKey, pub = options.publicKey;
  if (!(priv instanceof KeyObject)) throw invalidArgType('options.privateKey', 'KeyObject', priv);
  if (!(pub instanceof KeyObject)) throw invalidArgType('options.publicKey', 'KeyObject', pub);
  if (priv.type !== 'private')
    throw make(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type ' + priv.type + ', expected private.');
  if (pub.type !== 'public' && pub.type !== 'private')
    throw make(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type ' + pub.type + ', expected public or private.');
  if (priv.asymmetricKeyType !== pub.asymmetricKeyType)
    throw make(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible key types for Diffie-Hellman: ' +
      priv.asymmetricKeyType + ' and ' + pub.asymmetricKeyType);
  return native.keyDerive(priv._handle, pub._handle);
}

// ---- Cipheriv / Decipheriv (Node's lib/internal/crypto/cipher.js) ----

function invalidState(op) {
  return make(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation ' + op);
}

function getUIntOption(options, key) {
  var value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value)
      throw errors.invalidArgValue('options.' + key, value);
    return value;
  }
  return -1;
}

function getStringOption(options, key) {
  var value;
  if (options && (value = options[key]) != null) validateString(value, 'options.' + key);
  return value;
}

function prepareSecretKey(key, encoding) {
  if (key instanceof KeyObject) {
    if (key.type !== 'secret')
      throw make(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
        'Invalid key object type ' + key.type + ', expected secret.');
    return key._bytes;
  }
  if (typeof key === 'string') return Buffer.from(key, encoding);
  if (isAnyArrayBuffer(key) || isArrayBufferView(key)) return key;
  throw invalidArgType('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
}

var StringDecoder = null;
function getDecoder(decoder, encoding) {
  if (StringDecoder === null) StringDecoder = require('string_decoder').StringDecoder;
  if (decoder === null) return new StringDecoder(encoding);
  var probe = new StringDecoder(encoding);
  if (decoder.encoding !== probe.encoding) {
    var e = new Error('Cannot change encoding');
    e.code = 'ERR_INTERNAL_ASSERTION';
    throw e;
  }
  return decoder;
}

function createCipherWithIV(self, cipher, key, options, decipher, iv) {
  validateString(cipher, 'cipher');
  var encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  var authTagLength = getUIntOption(options, 'authTagLength');
  self._handle = native.cipherNew(cipher, key, iv, !decipher, authTagLength);
  self._decoder = null;
  LazyTransform.call(self, options);
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  createCipherWithIV(this, cipher, key, options, false, iv);
}
util.inherits(Cipheriv, LazyTransform);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  createCipherWithIV(this, cipher, key, options, true, iv);
}
util.inherits(Decipheriv, LazyTransform);

function cipherTransform(chunk, encoding, callback) {
  this.push(native.cipherUpdate(this._handle,
    typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk));
  callback();
}

function cipherFlush(callback) {
  try {
    this.push(this.final());
  } catch (e) {
    callback(e);
    return;
  }
  callback();
}

function cipherUpdate(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    data = Buffer.from(data, inputEncoding === 'buffer' ? 'utf8' : inputEncoding);
  } else if (!isArrayBufferView(data)) {
    throw invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  var ret = native.cipherUpdate(this._handle, data);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(ret);
  }
  return ret;
}

function cipherFinal(outputEncoding) {
  var ret = native.cipherFinal(this._handle);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(ret);
  }
  return ret;
}

function cipherSetAutoPadding(ap) {
  if (!native.cipherSetAutoPadding(this._handle, ap === undefined ? true : !!ap))
    throw invalidState('setAutoPadding');
  return this;
}

function cipherSetAAD(aadbuf, options) {
  var encoding = getStringOption(options, 'encoding');
  var plaintextLength = getUIntOption(options, 'plaintextLength');
  aadbuf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
  if (!native.cipherSetAAD(this._handle, aadbuf, plaintextLength))
    throw invalidState('setAAD');
  return this;
}

[Cipheriv, Decipheriv].forEach(function (C) {
  C.prototype._transform = cipherTransform;
  C.prototype._flush = cipherFlush;
  C.prototype.update = cipherUpdate;
  C.prototype.final = cipherFinal;
  C.prototype.setAutoPadding = cipherSetAutoPadding;
  C.prototype.setAAD = cipherSetAAD;
});

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  var ret = native.cipherGetAuthTag(this._handle);
  if (ret === undefined) throw invalidState('getAuthTag');
  return ret;
};

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  if (!native.cipherSetAuthTag(this._handle, tagbuf))
    throw invalidState('setAuthTag');
  return this;
};

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}
function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

// Node's filterDuplicateStrings: lowercase, one of each, sorted.
function filterDuplicateStrings(items, low) {
  var seen = {}, out = [], i;
  for (i = 0; i < items.length; i++) {
    var key = items[i].toLowerCase();
    if (!Object.prototype.hasOwnProperty.call(seen, key)) {
      seen[key] = out.length;
      out.push(low ? key : items[i]);
    } else if (!low) {
      out[seen[key]] = items[i];
    }
  }
  return out.sort();
}

var ciphersCache = null;
function getCiphers() {
  if (ciphersCache === null) ciphersCache = filterDuplicateStrings(native.getCiphers(), true);
  return ciphersCache.slice();
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number')
    throw invalidArgType('nameOrNid', ['string', 'number'], nameOrNid);
  if (typeof nameOrNid === 'number') return undefined;
  var info = native.cipherInfo(nameOrNid);
  if (info === undefined) return undefined;
  info.name = info.name.toLowerCase();
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.keyLength !== undefined && options.keyLength !== info.keyLength) return undefined;
    if (options.ivLength !== undefined && options.ivLength !== info.ivLength) return undefined;
  }
  return info;
}


// ---- createECDH (raw points; Node's lib/internal/crypto/diffiehellman.js) ----

var pointForms = { compressed: 2, uncompressed: 4, hybrid: 6 };
function pointForm(format) {
  if (format === undefined || format === null) return 4;
  if (!pointForms[format])
    throw make(TypeError, 'ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: ' + format);
  return pointForms[format];
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  if (getCurves().indexOf(curve) < 0 && ['P-256', 'P-384', 'P-521'].indexOf(curve) < 0)
    throw make(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
  this._curve = curve;
  this._handle = null;
}
ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  this._handle = native.keyGenerate('ec', this._curve, 0);
  return this.getPublicKey(encoding, format);
};
ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  if (this._handle === null)
    throw make(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
  return encodeOutput(native.ecdhPublic(this._handle, pointForm(format)), encoding);
};
ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  if (this._handle === null)
    throw make(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  return encodeOutput(native.ecdhPrivate(this._handle), encoding);
};
ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding);
  this._handle = native.ecdhSetPrivate(this._curve, key);
  return this;
};
ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  key = getArrayBufferOrView(key, 'key', inEnc);
  if (this._handle === null)
    throw make(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to compute ECDH key');
  return encodeOutput(native.ecdhCompute(this._handle, key), outEnc);
};
ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = getArrayBufferOrView(key, 'key', inEnc);
  return encodeOutput(native.ecdhConvert(curve, key, pointForm(format)), outEnc);
};

function createECDH(curve) { return new ECDH(curve); }

var curvesCache = null;
function getCurves() {
  if (curvesCache === null) curvesCache = filterDuplicateStrings(native.getCurves(), false);
  return curvesCache.slice();
}

// ---- X509Certificate (Node's lib/internal/crypto/x509.js) ----

function X509Certificate(buffer) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  if (!isArrayBufferView(buffer))
    throw invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  Object.defineProperty(this, '_handle', { value: native.x509Parse(buffer) });
}
function x509Info(x) {
  if (x._info === undefined) Object.defineProperty(x, '_info', { value: native.x509Info(x._handle) });
  return x._info;
}
['subject', 'issuer', 'validFrom', 'validTo', 'serialNumber', 'fingerprint',
  'fingerprint256', 'fingerprint512', 'subjectAltName', 'ca', 'raw'].forEach(function (name) {
  Object.defineProperty(X509Certificate.prototype, name, {
    get: function () { return x509Info(this)[name]; }, configurable: true, enumerable: true
  });
});
Object.defineProperty(X509Certificate.prototype, 'publicKey', {
  get: function () { return new PublicKeyObject(native.x509PublicKey(this._handle)); },
  configurable: true, enumerable: true
});
Object.defineProperty(X509Certificate.prototype, 'keyUsage', {
  get: function () { return undefined; }, configurable: true, enumerable: true
});
Object.defineProperty(X509Certificate.prototype, 'infoAccess', {
  get: function () { return undefined; }, configurable: true, enumerable: true
});
// X509_CHECK_FLAG_* of Node's checkHost options.
function checkFlags(options) {
  var flags = 0;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.subject === 'always') flags |= 0x1;
    else if (options.subject === 'never') flags |= 0x20;
    if (options.wildcards === false) flags |= 0x2;
    if (options.partialWildcards === false) flags |= 0x4;
    if (options.multiLabelWildcards) flags |= 0x8;
    if (options.singleLabelSubdomains) flags |= 0x10;
  }
  return flags;
}
X509Certificate.prototype.checkHost = function checkHost(name, options) {
  validateString(name, 'name');
  return native.x509Check(this._handle, 0, name, checkFlags(options));
};
X509Certificate.prototype.checkEmail = function checkEmail(email, options) {
  validateString(email, 'email');
  return native.x509Check(this._handle, 1, email, checkFlags(options));
};
X509Certificate.prototype.checkIP = function checkIP(ip) {
  validateString(ip, 'ip');
  return native.x509Check(this._handle, 2, ip, 0);
};
X509Certificate.prototype.checkIssued = function checkIssued(other) {
  if (!(other instanceof X509Certificate)) throw invalidArgType('other', 'X509Certificate', other);
  return native.x509CheckIssued(this._handle, other._handle);
};
X509Certificate.prototype.checkPrivateKey = function checkPrivateKey(pkey) {
  if (!(pkey instanceof KeyObject)) throw invalidArgType('pkey', 'KeyObject', pkey);
  if (pkey.type !== 'private')
    throw make(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'pkey' must be a private key. Received " + pkey.type);
  return native.x509CheckPrivateKey(this._handle, pkey._handle);
};
X509Certificate.prototype.verify = function verify(pkey) {
  if (!(pkey instanceof KeyObject)) throw invalidArgType('pkey', 'KeyObject', pkey);
  if (pkey.type !== 'public')
    throw make(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'pkey' must be a public key. Received " + pkey.type);
  return native.x509Verify(this._handle, pkey._handle);
};
X509Certificate.prototype.toString = function toString() { return x509Info(this).pem; };
X509Certificate.prototype.toJSON = function toJSON() { return x509Info(this).pem; };
X509Certificate.prototype.toLegacyObject = function toLegacyObject() {
  var i = x509Info(this);
  return { subject: i.subject, issuer: i.issuer, subjectaltname: i.subjectAltName,
    valid_from: i.validFrom, valid_to: i.validTo, fingerprint: i.fingerprint,
    fingerprint256: i.fingerprint256, fingerprint512: i.fingerprint512,
    serialNumber: i.serialNumber, raw: i.raw };
};

// ---- Web Crypto: getRandomValues, randomUUID, subtle ----

function domException(message, name) {
  var DOMException = require('internal/domexception');
  return new DOMException(message, name);
}

function isIntegerTypedArray(v) {
  return types.isInt8Array(v) || types.isUint8Array(v) || types.isUint8ClampedArray(v) ||
    types.isInt16Array(v) || types.isUint16Array(v) || types.isInt32Array(v) ||
    types.isUint32Array(v);
}

function getRandomValues(data) {
  if (!isIntegerTypedArray(data))
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  if (data.byteLength > 65536)
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  native.randomFill(data, 0, data.byteLength);
  return data;
}

function invalidThis(type) {
  return make(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type ' + type);
}

function illegalConstructor() {
  return make(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

var kInternal = {};

function SubtleCrypto(token) {
  if (token !== kInternal) throw illegalConstructor();
}

function normalizeHashName(alg) {
  var name = typeof alg === 'string' ? alg : alg && alg.name;
  if (typeof name !== 'string')
    throw domException('Algorithm: Unrecognized name', 'NotSupportedError');
  switch (name.toUpperCase()) {
    case 'SHA-1': return 'sha1';
    case 'SHA-256': return 'sha256';
    case 'SHA-384': return 'sha384';
    case 'SHA-512': return 'sha512';
  }
  throw domException('Unrecognized algorithm name', 'NotSupportedError');
}

function bufferSourceBytes(data, name) {
  if (isAnyArrayBuffer(data) || isArrayBufferView(data)) return data;
  throw invalidArgType(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
}

function toArrayBuffer(buf) {
  var ab = new ArrayBuffer(buf.length);
  new Uint8Array(ab).set(buf);
  return ab;
}

SubtleCrypto.prototype.digest = function digest(algorithm, data) {
  var self = this;
  return new Promise(function (resolve) {
    if (!(self instanceof SubtleCrypto)) throw invalidThis('SubtleCrypto');
    var name = normalizeHashName(algorithm);
    resolve(toArrayBuffer(native.hashOnce(name, bufferSourceBytes(data, 'data'))));
  });
};

var subtle = new SubtleCrypto(kInternal);
// The rest of SubtleCrypto (internal/crypto/webcrypto.js) is loaded on the
// first touch of crypto.subtle.
var subtleLoaded = false;
function loadSubtle() {
  if (!subtleLoaded) {
    subtleLoaded = true;
    require('internal/crypto/webcrypto');
  }
  return subtle;
}

function Crypto(token) {
  if (token !== kInternal) throw illegalConstructor();
}
Crypto.prototype.getRandomValues = function (array) {
  if (!(this instanceof Crypto)) throw invalidThis('Crypto');
  return getRandomValues(array);
};
Crypto.prototype.randomUUID = function () {
  if (!(this instanceof Crypto)) throw invalidThis('Crypto');
  return native.randomUUID();
};
Object.defineProperty(Crypto.prototype, 'subtle', {
  get: function () {
    if (!(this instanceof Crypto)) throw invalidThis('Crypto');
    return loadSubtle();
  },
  configurable: true, enumerable: true
});

var webcrypto = new Crypto(kInternal);

// ---- exports ----

exports.createHash = createHash;
exports.createHmac = createHmac;
exports.Hash = Hash;
exports.Hmac = Hmac;
exports.hash = hash;
exports.getHashes = getHashes;
exports.timingSafeEqual = timingSafeEqual;
exports.randomBytes = randomBytes;
exports.pseudoRandomBytes = randomBytes;
exports.prng = randomBytes;
exports.rng = randomBytes;
exports.randomFill = randomFill;
exports.randomFillSync = randomFillSync;
exports.randomInt = randomInt;
exports.randomUUID = randomUUID;
exports.getRandomValues = function (array) { return webcrypto.getRandomValues(array); };
exports.pbkdf2 = pbkdf2;
exports.pbkdf2Sync = pbkdf2Sync;
exports.scrypt = scrypt;
exports.scryptSync = scryptSync;
exports.hkdf = hkdf;
exports.hkdfSync = hkdfSync;
exports.createCipheriv = createCipheriv;
exports.createDecipheriv = createDecipheriv;
exports.Cipheriv = Cipheriv;
exports.Decipheriv = Decipheriv;
exports.getCiphers = getCiphers;
exports.getCipherInfo = getCipherInfo;
exports.KeyObject = KeyObject;
exports.createSecretKey = createSecretKey;
exports.createPublicKey = createPublicKey;
exports.createPrivateKey = createPrivateKey;
exports.generateKeyPair = generateKeyPair;
exports.generateKeyPairSync = generateKeyPairSync;
exports.generateKey = generateKey;
exports.generateKeySync = generateKeySync;
exports.sign = signOneShot;
exports.verify = verifyOneShot;
exports.createSign = createSign;
exports.createVerify = createVerify;
exports.Sign = Sign;
exports.Verify = Verify;
exports.publicEncrypt = rsaCipher(0, true, RSA_PKCS1_OAEP_PADDING);
exports.privateDecrypt = rsaCipher(1, false, RSA_PKCS1_OAEP_PADDING);
exports.privateEncrypt = rsaCipher(2, false, RSA_PKCS1_PADDING);
exports.publicDecrypt = rsaCipher(3, true, RSA_PKCS1_PADDING);
exports.diffieHellman = diffieHellman;
exports.createECDH = createECDH;
exports.ECDH = ECDH;
exports.getCurves = getCurves;
exports.X509Certificate = X509Certificate;
exports.webcrypto = webcrypto;
Object.defineProperty(exports, 'subtle', {
  get: loadSubtle, enumerable: true, configurable: true
});
exports.Crypto = Crypto;
exports.SubtleCrypto = SubtleCrypto;
exports.getFips = function () { return 0; };
exports.setFips = function (v) {
  if (v) throw make(Error, 'ERR_CRYPTO_FIPS_FORCED', 'Cannot set FIPS mode in a non-FIPS build.');
};
exports.constants = {
  RSA_PKCS1_PADDING: RSA_PKCS1_PADDING, RSA_NO_PADDING: RSA_NO_PADDING,
  RSA_PKCS1_OAEP_PADDING: RSA_PKCS1_OAEP_PADDING, RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: RSA_PKCS1_PSS_PADDING, RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2,
  POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6
};
exports._openssl = native.opensslVersion;

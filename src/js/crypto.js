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
var kMaxLength = 4294967296;
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
    throw invalidArgType(name, 'Object', v);
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

// ---- KeyObject (secret keys; asymmetric keys come with signatures) ----

function KeyObject(type, bytes) {
  if (type !== 'secret' && type !== 'public' && type !== 'private')
    throw invalidArgType('type', ['secret', 'public', 'private'], type);
  Object.defineProperty(this, '_type', { value: type });
  Object.defineProperty(this, '_bytes', { value: bytes });
}
Object.defineProperty(KeyObject.prototype, 'type', {
  get: function () { return this._type; }, configurable: true
});
Object.defineProperty(KeyObject.prototype, 'symmetricKeySize', {
  get: function () { return this._type === 'secret' ? this._bytes.length : undefined; },
  configurable: true
});
KeyObject.prototype.export = function (options) {
  if (this._type === 'secret') {
    if (options && options.format === 'jwk')
      return { kty: 'oct', k: this._bytes.toString('base64url') };
    return Buffer.from(this._bytes);
  }
  throw make(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The export() method is not implemented');
};
KeyObject.prototype.equals = function (other) {
  if (!(other instanceof KeyObject))
    throw invalidArgType('otherKeyObject', 'KeyObject', other);
  return other._type === this._type && this._bytes.length === other._bytes.length &&
    native.timingSafeEqual(this._bytes, other._bytes);
};

function createSecretKey(key, encoding) {
  if (typeof key === 'string') key = Buffer.from(key, encoding);
  else if (isAnyArrayBuffer(key)) key = Buffer.from(new Uint8Array(key));
  else if (isArrayBufferView(key)) key = Buffer.from(new Uint8Array(key.buffer, key.byteOffset, key.byteLength));
  else throw invalidArgType('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  return new KeyObject('secret', key);
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
    return subtle;
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
exports.webcrypto = webcrypto;
exports.subtle = subtle;
exports.Crypto = Crypto;
exports.SubtleCrypto = SubtleCrypto;
exports.getFips = function () { return 0; };
exports.setFips = function (v) {
  if (v) throw make(Error, 'ERR_CRYPTO_FIPS_FORCED', 'Cannot set FIPS mode in a non-FIPS build.');
};
exports.constants = {};
exports._openssl = native.opensslVersion;

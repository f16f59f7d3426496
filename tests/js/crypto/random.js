// requires: crypto
// randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues,
// webcrypto and the global crypto, timingSafeEqual: shapes, ranges, the
// async forms and Node's errors.
'use strict';
var assert = require('assert');
var crypto = require('crypto');

var b = crypto.randomBytes(32);
assert.ok(Buffer.isBuffer(b));
assert.strictEqual(b.length, 32);
assert.notStrictEqual(b.toString('hex'), crypto.randomBytes(32).toString('hex'));
assert.strictEqual(crypto.randomBytes(0).length, 0);
// Every byte value turns up in 64 KiB (a stuck generator would not).
var seen = {}, big = crypto.randomBytes(65536), n = 0;
for (var i = 0; i < big.length; i++) if (!seen[big[i]]) { seen[big[i]] = 1; n++; }
assert.strictEqual(n, 256);

// randomFillSync: in place, offsets counted in elements for typed arrays.
var z = Buffer.alloc(16);
assert.strictEqual(crypto.randomFillSync(z, 8), z);
assert.strictEqual(z.readUInt32BE(0) + z.readUInt32BE(4), 0);
var u32 = new Uint32Array(4);
crypto.randomFillSync(u32, 1, 2);
assert.strictEqual(u32[0], 0);
assert.strictEqual(u32[3], 0);
assert.ok(u32[1] !== 0 || u32[2] !== 0);
var ab = new ArrayBuffer(8);
crypto.randomFillSync(ab);
assert.ok(new Uint8Array(ab).some(function (x) { return x !== 0; }));
crypto.randomFillSync(new DataView(new ArrayBuffer(4)));

// randomInt: bounds and the distribution's reach.
var hits = [0, 0, 0];
for (i = 0; i < 3000; i++) hits[crypto.randomInt(3)]++;
assert.ok(hits.every(function (h) { return h > 800; }), String(hits));
for (i = 0; i < 100; i++) {
  var r = crypto.randomInt(-5, -2);
  assert.ok(r >= -5 && r < -2 && r % 1 === 0);
}
assert.strictEqual(crypto.randomInt(0, 1), 0);

// randomUUID: version 4, variant 10xx.
var uuid = crypto.randomUUID();
assert.ok(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid), uuid);
assert.notStrictEqual(uuid, crypto.randomUUID());

// getRandomValues, webcrypto, the global crypto.
var u8 = new Uint8Array(64);
assert.strictEqual(crypto.getRandomValues(u8), u8);
assert.strictEqual(crypto.webcrypto.getRandomValues(new Int16Array(4)).length, 4);
assert.strictEqual(globalThis.crypto, crypto.webcrypto);
assert.strictEqual(typeof globalThis.crypto.randomUUID(), 'string');
assert.deepStrictEqual(Object.keys(globalThis.crypto), []);
assert.strictEqual(typeof crypto.webcrypto.subtle.digest, 'function');
assert.strictEqual(crypto.webcrypto.getRandomValues(new Uint8Array(65536)).length, 65536);

// timingSafeEqual
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
assert.strictEqual(crypto.timingSafeEqual(new Uint8Array(0), new ArrayBuffer(0)), true);
assert.strictEqual(crypto.timingSafeEqual(new Uint16Array([1]), Buffer.from([1, 0])), true);

function err(fn, props) { assert.throws(fn, props); }
err(function () { crypto.randomBytes(-1); }, { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1' });
err(function () { crypto.randomBytes('x'); }, { code: 'ERR_INVALID_ARG_TYPE', message: 'The "size" argument must be of type number. Received type string (\'x\')' });
err(function () { crypto.randomBytes(1, 'x'); }, { code: 'ERR_INVALID_ARG_TYPE' });
err(function () { crypto.randomFillSync('x'); }, { code: 'ERR_INVALID_ARG_TYPE' });
err(function () { crypto.randomFillSync(Buffer.alloc(4), 5); }, { code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5' });
err(function () { crypto.randomFillSync(Buffer.alloc(4), 1, 4); }, { code: 'ERR_OUT_OF_RANGE', message: 'The value of "size + offset" is out of range. It must be <= 4. Received 5' });
err(function () { crypto.randomInt(5, 2); }, { code: 'ERR_OUT_OF_RANGE', message: 'The value of "max" is out of range. It must be greater than the value of "min" (5). Received 2' });
err(function () { crypto.randomInt(1.5); }, { code: 'ERR_INVALID_ARG_TYPE', message: 'The "max" argument must be a safe integer. Received type number (1.5)' });
err(function () { crypto.randomInt(0, Math.pow(2, 49)); }, { code: 'ERR_OUT_OF_RANGE', message: 'The value of "max - min" is out of range. It must be <= 281474976710655. Received 562_949_953_421_312' });
err(function () { crypto.getRandomValues(new Float32Array(2)); }, { name: 'TypeMismatchError', code: 17, message: 'The data argument must be an integer-type TypedArray' });
err(function () { crypto.getRandomValues(new Uint8Array(65537)); }, { name: 'QuotaExceededError', code: 22, message: 'The requested length exceeds 65,536 bytes' });
err(function () { crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)); }, { name: 'RangeError', code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', message: 'Input buffers must have the same byte length' });
err(function () { crypto.timingSafeEqual('a', Buffer.alloc(2)); }, { code: 'ERR_INVALID_ARG_TYPE', message: 'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.' });
err(function () { crypto.webcrypto.getRandomValues.call({}, new Uint8Array(1)); }, { code: 'ERR_INVALID_THIS' });

// Async forms: callbacks after the current turn, in order.
var order = [];
crypto.randomBytes(16, function (e, buf) {
  assert.strictEqual(e, null);
  assert.strictEqual(buf.length, 16);
  order.push('randomBytes');
});
var target = Buffer.alloc(8);
crypto.randomFill(target, 4, 2, function (e, buf) {
  assert.strictEqual(e, null);
  assert.strictEqual(buf, target);
  assert.strictEqual(target.readUInt32BE(0), 0);
  assert.strictEqual(target.readUInt16BE(6), 0);
  order.push('randomFill');
});
crypto.randomInt(10, function (e, v) {
  assert.strictEqual(e, undefined);
  assert.ok(v >= 0 && v < 10);
  order.push('randomInt');
});
order.push('sync');
process.on('exit', function () { console.log(order.slice().sort().join(' '), order[0]); });

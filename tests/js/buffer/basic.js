// Buffer basics: encodings round trip, shared-memory views, the global and
// the module are one, errors carry Node's codes.
'use strict';
var assert = require('assert');
var buffer = require('buffer');
assert.strictEqual(buffer.Buffer, Buffer);
assert.strictEqual(typeof atob, 'function');
assert.strictEqual(typeof btoa, 'function');

var s = 'h\u00e9llo w\u00f6rld \ud83d\ude00';
var b = Buffer.from(s);
assert.strictEqual(b.length, 18);
assert.strictEqual(b.toString('hex'), '68c3a96c6c6f2077c3b6726c6420f09f9880');
assert.strictEqual(b.toString(), s);
assert.strictEqual(b.toString('base64'), 'aMOpbGxvIHfDtnJsZCDwn5iA');
assert.strictEqual(Buffer.from('aMOpbGxvIHfDtnJsZCDwn5iA', 'base64').toString(), s);
assert.strictEqual(Buffer.from(s, 'utf16le').toString('utf16le'), s);
assert.strictEqual(Buffer.from(s, 'utf16le').length, s.length * 2);
assert.strictEqual(Buffer.from('\u00e9\u00ff', 'latin1').toString('hex'), 'e9ff');
assert.strictEqual(Buffer.from([0xe9, 0xff]).toString('latin1'), '\u00e9\u00ff');
assert.strictEqual(Buffer.from([0xe9, 0x41]).toString('ascii'), 'iA');
assert.strictEqual(Buffer.from('68656c6c6f', 'hex').toString(), 'hello');
assert.strictEqual(Buffer.from('abc', 'hex').length, 1);
assert.strictEqual(Buffer.from('_-8', 'base64url').toString('hex'), 'ffef');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64url'), '-_8');
assert.strictEqual(Buffer.from([0xff, 0xfe, 0x41]).toString(), '\ufffd\ufffdA');
assert.strictEqual(Buffer.from([0xf0, 0x9f, 0x98]).toString(), '\ufffd');
assert.strictEqual(Buffer.from([0xed, 0xa0, 0x80]).toString(), '\ufffd\ufffd\ufffd');
assert.strictEqual(Buffer.from('\ud800x').toString('hex'), 'efbfbd78'); // lone surrogate
assert.strictEqual(Buffer.byteLength('\ud83d\ude00'), 4);
assert.strictEqual(Buffer.byteLength('\u00e9'), 2);
assert.strictEqual(Buffer.byteLength('aGVsbG8=', 'base64'), 5);

// slice/subarray share memory and are Buffers
var v = b.slice(1, 3);
v[0] = 65;
assert.strictEqual(b[1], 65);
assert.ok(v instanceof Buffer);
assert.ok(Buffer.isBuffer(b.subarray(2)));
assert.strictEqual(b.subarray(-3).length, 3);
var ab = new ArrayBuffer(8);
var onAb = Buffer.from(ab, 2, 4);
onAb[0] = 9;
assert.strictEqual(new Uint8Array(ab)[2], 9);
assert.strictEqual(onAb.slice(1).byteOffset, 3);

assert.strictEqual(Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('d')]).toString(), 'abcd');
assert.strictEqual(Buffer.concat([Buffer.from('ab')], 4).toString('hex'), '61620000');
assert.strictEqual(Buffer.from('hello').indexOf('ll'), 2);
assert.strictEqual(Buffer.from('hello').lastIndexOf('l'), 3);
assert.strictEqual(Buffer.from('hello').indexOf(0x6f), 4);
assert.ok(!Buffer.from('hello').includes('z'));

var w = Buffer.alloc(8);
assert.strictEqual(w.writeUInt32BE(0xdeadbeef, 0), 4);
w.writeInt16LE(-2, 4);
assert.strictEqual(w.toString('hex'), 'deadbeeffeff0000');
assert.strictEqual(w.readUInt32BE(0), 0xdeadbeef);
assert.strictEqual(w.readInt16LE(4), -2);
w.writeDoubleLE(1.5, 0);
assert.strictEqual(w.readDoubleLE(0), 1.5);
w.writeFloatBE(-2.5, 0);
assert.strictEqual(w.readFloatBE(0), -2.5);
w.writeUIntBE(0x123456789abc, 0, 6);
assert.strictEqual(w.readUIntBE(0, 6), 0x123456789abc);
w.writeIntLE(-0x123456789a, 0, 5);
assert.strictEqual(w.readIntLE(0, 5), -0x123456789a);

assert.deepStrictEqual(Buffer.from([1, 2, 3]).toJSON(), { type: 'Buffer', data: [1, 2, 3] });
assert.strictEqual(JSON.stringify(Buffer.from([1])), '{"type":"Buffer","data":[1]}');
assert.ok(Buffer.from('abc').equals(Buffer.from('abc')));
assert.strictEqual(Buffer.compare(Buffer.from('a'), Buffer.from('b')), -1);
assert.strictEqual(Buffer.alloc(5, 'ab').toString(), 'ababa');
assert.strictEqual(Buffer.from('abcd').swap16().toString(), 'badc');
assert.strictEqual(new Buffer(3).length, 3);
assert.strictEqual(Buffer(2).length, 2);
assert.strictEqual(Buffer.from('ab').inspect(), '<Buffer 61 62>');

var it = Buffer.from('ab').entries();
assert.deepStrictEqual(it.next(), { value: [0, 97], done: false });
assert.deepStrictEqual(it.next(), { value: [1, 98], done: false });
assert.strictEqual(it.next().done, true);

assert.strictEqual(atob(btoa('hello')), 'hello');
assert.strictEqual(btoa('\xff'), '/w==');
assert.throws(function () { btoa('\u0100'); }, { name: 'InvalidCharacterError' });
assert.throws(function () { atob('a'); }, { name: 'InvalidCharacterError' });
assert.strictEqual(atob(' aGk= '), 'hi');

assert.throws(function () { Buffer.alloc(-1); }, {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "size" is out of range. It must be >= 0 && <= ' + buffer.kMaxLength + '. Received -1'
});
assert.throws(function () { Buffer.from(5); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (5)'
});
assert.throws(function () { w.readUInt32LE(6); }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 4. Received 6'
});
assert.throws(function () { Buffer.from('x', 'nope'); }, { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
assert.strictEqual(buffer.constants.MAX_LENGTH, buffer.kMaxLength);
assert.strictEqual(typeof buffer.constants.MAX_STRING_LENGTH, 'number');
assert.ok(buffer.isUtf8(Buffer.from('\u00e9')));
assert.ok(!buffer.isUtf8(Buffer.from([0xc0])));
assert.ok(buffer.isAscii(Buffer.from('abc')));
assert.strictEqual(buffer.transcode(Buffer.from('\u00e9'), 'utf8', 'latin1').toString('hex'), 'e9');
console.log('ok');

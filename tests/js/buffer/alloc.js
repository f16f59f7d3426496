// Ported from Node.js test/parallel/test-buffer-alloc.js (MIT license, Copyright Node.js contributors)
// Not ported: the V8 typed-array length message, vm contexts, crypto hashes.
'use strict';
var assert = require('assert');
var buffer = require('buffer');
var SlowBuffer = buffer.SlowBuffer;
var i;

var b = Buffer.allocUnsafe(1024);
assert.strictEqual(b.length, 1024);
b[0] = -1;
assert.strictEqual(b[0], 255);
for (i = 0; i < 1024; i++) b[i] = i % 256;
for (i = 0; i < 1024; i++) assert.strictEqual(i % 256, b[i]);
var c = Buffer.allocUnsafe(512);
assert.strictEqual(c.length, 512);
assert.strictEqual(Buffer.from([]).length, 0);

(function () {
  var b = Buffer.alloc(128);
  assert.strictEqual(b.length, 128);
  assert.strictEqual(b.byteOffset, 0);
  assert.strictEqual(b.offset, 0);
})();

function sameEntries(e, src) {
  var it = e.entries(), r;
  while (!(r = it.next()).done) assert.strictEqual(r.value[1], src[r.value[0]] % 256);
}
sameEntries(Buffer.from(new Uint8Array(4).fill(42)), new Uint8Array(4).fill(42));
sameEntries(Buffer(new Uint8Array(4).fill(42)), new Uint8Array(4).fill(42));
sameEntries(Buffer.from(new Uint32Array(4).fill(42)), new Uint32Array(4).fill(42));
sameEntries(Buffer(new Uint32Array(4).fill(42)), new Uint32Array(4).fill(42));
sameEntries(Buffer.from(new Uint32Array([257, 2])), [257, 2]);

assert.throws(function () { b.toString('invalid'); }, /Unknown encoding: invalid/);
assert.throws(function () { b.write('test string', 0, 5, 'invalid'); }, /Unknown encoding: invalid/);
assert.throws(function () { b.write('test', 'utf8', 0); }, { code: 'ERR_INVALID_ARG_TYPE' });

Buffer.from('');
Buffer.from('', 'ascii');
Buffer.from('', 'latin1');
Buffer.alloc(0);
Buffer.allocUnsafe(0);
new Buffer('');
new Buffer('', 'ascii');
new Buffer('', 'latin1');
new Buffer('', 'binary');
Buffer(0);

var outOfRangeError = { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' };
assert.throws(function () { b.write('', 2048); }, outOfRangeError);
assert.throws(function () { b.write('a', -1); }, outOfRangeError);
assert.throws(function () { b.write('a', 2048); }, outOfRangeError);

b.copy(Buffer.alloc(0), 0, 0, 0);
b.copy(Buffer.alloc(0), 1, 1, 1);
b.copy(Buffer.alloc(1), 1, 1, 1);
b.copy(Buffer.alloc(1), 0, 1024, 1024);

(function () {
  var writeTest = Buffer.from('abcdes');
  writeTest.write('n', 'ascii');
  assert.throws(function () { writeTest.write('o', '1', 'ascii'); }, { code: 'ERR_INVALID_ARG_TYPE' });
  writeTest.write('o', 1, 'ascii');
  writeTest.write('d', 2, 'ascii');
  writeTest.write('e', 3, 'ascii');
  writeTest.write('j', 4, 'ascii');
  assert.strictEqual(writeTest.toString(), 'nodejs');
})();

Buffer.alloc(1).write('', 1, 0);

(function () {
  var asciiString = 'hello world';
  for (var k = 0; k < asciiString.length; k++) b[k] = asciiString.charCodeAt(k);
  assert.strictEqual(b.toString('ascii', 0, asciiString.length), asciiString);
  var offset = 100;
  assert.strictEqual(asciiString.length, b.write(asciiString, offset, 'ascii'));
  assert.strictEqual(b.toString('ascii', offset, offset + asciiString.length), asciiString);
  var sliceA = b.slice(offset, offset + asciiString.length);
  var sliceB = b.slice(offset, offset + asciiString.length);
  for (k = 0; k < asciiString.length; k++) assert.strictEqual(sliceA[k], sliceB[k]);
})();

(function () {
  var utf8String = '\u00a1h\u03adl\u00f3 w\u00f4rld!';
  var offset = 100;
  b.write(utf8String, 0, Buffer.byteLength(utf8String), 'utf8');
  assert.strictEqual(b.toString('utf8', 0, Buffer.byteLength(utf8String)), utf8String);
  assert.strictEqual(Buffer.byteLength(utf8String), b.write(utf8String, offset, 'utf8'));
  assert.strictEqual(b.toString('utf8', offset, offset + Buffer.byteLength(utf8String)), utf8String);
})();

(function () {
  var slice = b.slice(100, 150);
  assert.strictEqual(slice.length, 50);
  for (var k = 0; k < 50; k++) assert.strictEqual(b[100 + k], slice[k]);
})();

(function () {
  var b = Buffer.allocUnsafe(5);
  var c = b.slice(0, 4);
  var d = c.slice(0, 2);
  assert.strictEqual(b.parent, c.parent);
  assert.strictEqual(b.parent, d.parent);
  var u = Buffer.allocUnsafeSlow(5);
  assert.strictEqual(u.slice(0, 4).parent, u.slice(0, 4).slice(0, 2).parent);
})();

(function () {
  var testValue = '\u00F6\u65E5\u672C\u8A9E';
  var buf = Buffer.allocUnsafe(32);
  var size = buf.write(testValue, 0, 'utf8');
  assert.strictEqual(buf.toString('utf8', 0, size), testValue);
})();

(function () {
  var a = Buffer.allocUnsafe(8);
  for (var k = 0; k < 8; k++) a[k] = k;
  var b2 = a.slice(4, 8);
  assert.strictEqual(b2[0], 4);
  assert.strictEqual(b2[3], 7);
  var c2 = b2.slice(2, 4);
  assert.strictEqual(c2[0], 6);
  assert.strictEqual(c2[1], 7);
})();

(function () {
  var d = Buffer.from([23, 42, 255]);
  assert.strictEqual(d.length, 3);
  assert.strictEqual(d[2], 255);
  assert.deepStrictEqual(d, Buffer.from(d));
})();

assert.deepStrictEqual(Buffer.from('\u00fcber'), Buffer.from([195, 188, 98, 101, 114]));
assert.deepStrictEqual(Buffer.from('\u00fcber', 'ascii'), Buffer.from([252, 98, 101, 114]));

['ucs2', 'ucs-2', 'utf16le', 'utf-16le'].forEach(function (encoding) {
  assert.deepStrictEqual(Buffer.from('\u00fcber', encoding), Buffer.from([252, 0, 98, 0, 101, 0, 114, 0]));
  var f = Buffer.from('\u043f\u0440\u0438\u0432\u0435\u0442', encoding);
  assert.deepStrictEqual(f, Buffer.from([63, 4, 64, 4, 56, 4, 50, 4, 53, 4, 66, 4]));
  assert.strictEqual(f.toString(encoding), '\u043f\u0440\u0438\u0432\u0435\u0442');
  f = Buffer.from([0, 0, 0, 0, 0]);
  assert.strictEqual(f.write('\u3042\u3044\u3046\u3048\u304a', encoding), 4);
  assert.deepStrictEqual(f, Buffer.from([0x42, 0x30, 0x44, 0x30, 0x00]));
});

(function () {
  var f = Buffer.from('\uD83D\uDC4D', 'utf-16le');
  assert.strictEqual(f.length, 4);
  assert.deepStrictEqual(f, Buffer.from('3DD84DDC', 'hex'));
})();

assert.deepStrictEqual(Buffer.from({ 0: 0, 1: 1, 2: 2, 3: 3, length: 4 }), Buffer.from([0, 1, 2, 3]));
assert.deepStrictEqual(Buffer.from({ 0: '0', 1: '1', 2: '2', 3: '3', length: 4 }), Buffer.from([0, 1, 2, 3]));

assert.strictEqual(Buffer.from('Man').toString('base64'), 'TWFu');
assert.strictEqual(Buffer.from('Woman').toString('base64'), 'V29tYW4=');
assert.strictEqual(Buffer.from('Man').toString('base64url'), 'TWFu');
assert.strictEqual(Buffer.from('Woman').toString('base64url'), 'V29tYW4');

(function () {
  var expected = [0xff, 0xff, 0xbe, 0xff, 0xef, 0xbf, 0xfb, 0xef, 0xff];
  ['base64', 'base64url'].forEach(function (enc) {
    assert.deepStrictEqual(Buffer.from('//++/++/++//', enc), Buffer.from(expected));
    assert.deepStrictEqual(Buffer.from('__--_--_--__', enc), Buffer.from(expected));
    assert.deepStrictEqual(Buffer.from('//++/++/++//+w==', enc), Buffer.from(expected.concat([0xfb])));
  });
})();

(function () {
  var quote = 'Man is distinguished, not only by his reason, but by this ' +
              'singular passion from other animals, which is a lust ' +
              'of the mind, that by a perseverance of delight in the ' +
              'continued and indefatigable generation of knowledge, ' +
              'exceeds the short vehemence of any carnal pleasure.';
  var expected = 'TWFuIGlzIGRpc3Rpbmd1aXNoZWQsIG5vdCBvbmx5IGJ5IGhpcyByZWFzb' +
                 '24sIGJ1dCBieSB0aGlzIHNpbmd1bGFyIHBhc3Npb24gZnJvbSBvdGhlci' +
                 'BhbmltYWxzLCB3aGljaCBpcyBhIGx1c3Qgb2YgdGhlIG1pbmQsIHRoYXQ' +
                 'gYnkgYSBwZXJzZXZlcmFuY2Ugb2YgZGVsaWdodCBpbiB0aGUgY29udGlu' +
                 'dWVkIGFuZCBpbmRlZmF0aWdhYmxlIGdlbmVyYXRpb24gb2Yga25vd2xlZ' +
                 'GdlLCBleGNlZWRzIHRoZSBzaG9ydCB2ZWhlbWVuY2Ugb2YgYW55IGNhcm' +
                 '5hbCBwbGVhc3VyZS4=';
  assert.strictEqual(Buffer.from(quote).toString('base64'), expected);
  assert.strictEqual(Buffer.from(quote).toString('base64url'),
    expected.split('+').join('-').split('/').join('_').split('=').join(''));
  ['base64', 'base64url'].forEach(function (encoding) {
    var bb = Buffer.allocUnsafe(1024);
    assert.strictEqual(bb.write(expected, 0, encoding), quote.length);
    assert.strictEqual(bb.toString('ascii', 0, quote.length), quote);
    var expectedWhite = expected.slice(0, 60) + ' \n' + expected.slice(60, 120) + ' \n' +
      expected.slice(120, 180) + ' \n' + expected.slice(180, 240) + ' \n' +
      expected.slice(240, 300) + '\n' + expected.slice(300, 360) + '\n';
    bb = Buffer.allocUnsafe(1024);
    assert.strictEqual(bb.write(expectedWhite, 0, encoding), quote.length);
    assert.strictEqual(bb.toString('ascii', 0, quote.length), quote);
    bb = Buffer.from(expectedWhite, encoding);
    assert.strictEqual(bb.length, quote.length);
    assert.strictEqual(bb.toString('ascii', 0, quote.length), quote);
    var expectedIllegal = expected.slice(0, 60) + ' \x80' + expected.slice(60, 120) + ' \xff' +
      expected.slice(120, 180) + ' \x00' + expected.slice(180, 240) + ' \x98' +
      expected.slice(240, 300) + '\x03' + expected.slice(300, 360);
    bb = Buffer.from(expectedIllegal, encoding);
    assert.strictEqual(bb.length, quote.length);
    assert.strictEqual(bb.toString('ascii', 0, quote.length), quote);
  });
})();

['base64', 'base64url'].forEach(function (encoding) {
  assert.strictEqual(Buffer.from('', encoding).toString(), '');
  assert.strictEqual(Buffer.from('K', encoding).toString(), '');
  var padded = ['Kg==', 'Kio=', 'Kioq'];
  for (var n = 1; n <= 20; n++) {
    var full = 'Kioq'.repeat(Math.floor((n - 1) / 3)) + padded[(n - 1) % 3];
    assert.strictEqual(Buffer.from(full, encoding).toString(), '*'.repeat(n), full);
    if (n % 3 !== 0) {
      var bare = full.replace(/=+$/, '');
      assert.strictEqual(Buffer.from(bare, encoding).toString(), '*'.repeat(n), bare);
    }
  }
});

assert.strictEqual(Buffer.from('72INjkR5fchcxk9+VgdGPFJDxUBFR5/rMFsghgxADiw==', 'base64').length, 32);
assert.strictEqual(Buffer.from('72INjkR5fchcxk9-VgdGPFJDxUBFR5_rMFsghgxADiw==', 'base64url').length, 32);
assert.strictEqual(Buffer.from('72INjkR5fchcxk9+VgdGPFJDxUBFR5/rMFsghgxADiw=', 'base64').length, 32);
assert.strictEqual(Buffer.from('72INjkR5fchcxk9+VgdGPFJDxUBFR5/rMFsghgxADiw', 'base64').length, 32);
assert.strictEqual(Buffer.from('w69jACy6BgZmaFvv96HG6MYksWytuZu3T1FvGnulPg==', 'base64').length, 31);
assert.strictEqual(Buffer.from('w69jACy6BgZmaFvv96HG6MYksWytuZu3T1FvGnulPg=', 'base64url').length, 31);
assert.strictEqual(Buffer.from('w69jACy6BgZmaFvv96HG6MYksWytuZu3T1FvGnulPg', 'base64').length, 31);

(function () {
  var dot = Buffer.from('//4uAA==', 'base64');
  assert.deepStrictEqual(Array.prototype.slice.call(dot), [0xff, 0xfe, 0x2e, 0x00]);
  assert.strictEqual(dot.toString('base64'), '//4uAA==');
  dot = Buffer.from('//4uAA', 'base64url');
  assert.deepStrictEqual(Array.prototype.slice.call(dot), [0xff, 0xfe, 0x2e, 0x00]);
  assert.strictEqual(dot.toString('base64url'), '__4uAA');
})();

[['base64', ['TWFkbmVzcz8h', 'IFRoaXM=', 'IGlz', 'IG5vZGUuanMh']],
 ['base64url', ['TWFkbmVzcz8h', 'IFRoaXM', 'IGlz', 'IG5vZGUuanMh']]].forEach(function (c) {
  var bb = Buffer.allocUnsafe(64), pos = 0;
  c[1].forEach(function (seg) { pos += bb.write(seg, pos, c[0]); });
  assert.strictEqual(bb.toString('latin1', 0, pos), 'Madness?! This is node.js!');
});

assert.strictEqual(Buffer.from('=bad'.repeat(1e4), 'base64').length, 0);
assert.deepStrictEqual(Buffer.from('w0  ', 'base64'), Buffer.from('w0', 'base64'));
assert.deepStrictEqual(Buffer.from(' YWJvcnVtLg', 'base64'), Buffer.from('YWJvcnVtLg', 'base64'));

(function () {
  var l = Buffer.poolSize + 5;
  var s = 'h'.repeat(l);
  var bb = Buffer.from(s);
  for (var k = 0; k < l; k++) assert.strictEqual(bb[k], 104);
  assert.strictEqual(bb.toString(), s);
})();

(function () {
  var hexb = Buffer.allocUnsafe(256), k, parts = [];
  for (k = 0; k < 256; k++) {
    hexb[k] = k;
    parts.push((k < 16 ? '0' : '') + k.toString(16));
  }
  var hexStr = hexb.toString('hex');
  assert.strictEqual(hexStr, parts.join(''));
  var hexb2 = Buffer.from(hexStr, 'hex');
  for (k = 0; k < 256; k++) assert.strictEqual(hexb2[k], hexb[k]);
})();

assert.strictEqual(Buffer.from('A', 'hex').length, 0);
assert.deepStrictEqual(Buffer.from('Abx', 'hex'), Buffer.from('Ab', 'hex'));
assert.strictEqual(Buffer.from('A', 'base64').length, 0);

(function () {
  var bb = Buffer.from([1, 2, 3, 4, 5]);
  assert.strictEqual(bb.toString('hex', 1, 10000), bb.toString('hex', 1, 5));
  assert.strictEqual(bb.toString('hex', 1, 10000), bb.toString('hex', 1));
})();

var x = Buffer.from([0x81, 0xa3, 0x66, 0x6f, 0x6f, 0xa3, 0x62, 0x61, 0x72]);
assert.strictEqual(x.inspect(), '<Buffer 81 a3 66 6f 6f a3 62 61 72>');
assert.deepStrictEqual(Array.prototype.slice.call(x.slice(4)), [0x6f, 0xa3, 0x62, 0x61, 0x72]);
assert.strictEqual(x.slice(0).length, x.length);
assert.strictEqual(x.slice(0, 4).length, 4);
assert.strictEqual(x.slice(0, 9).length, 9);
assert.strictEqual(x.slice(1, 4)[0], 0xa3);
assert.strictEqual(x.slice(2, 4)[1], 0x6f);

['ucs2', 'ucs-2', 'utf16le', 'utf-16le'].forEach(function (encoding) {
  var bb = Buffer.allocUnsafe(10);
  bb.write('\u3042\u3044\u3046\u3048\u304a', encoding);
  assert.strictEqual(bb.toString(encoding), '\u3042\u3044\u3046\u3048\u304a');
  bb = Buffer.allocUnsafe(11);
  bb.write('\u3042\u3044\u3046\u3048\u304a', 1, encoding);
  assert.strictEqual(bb.toString(encoding, 1), '\u3042\u3044\u3046\u3048\u304a');
});

['latin1', 'binary'].forEach(function (enc) {
  var bb = Buffer.from([0xde, 0xad, 0xbe, 0xef]);
  bb.write(String.fromCharCode(0xffff), 0, enc);
  assert.deepStrictEqual(Array.prototype.slice.call(bb), [0xff, 0xad, 0xbe, 0xef]);
  bb.write(String.fromCharCode(0xaaee), 0, enc);
  assert.deepStrictEqual(Array.prototype.slice.call(bb), [0xee, 0xad, 0xbe, 0xef]);
});

assert.strictEqual(Buffer.from('\0').length, 1);
assert.strictEqual(Buffer.from('\0\0').length, 2);

(function () {
  var buf = Buffer.allocUnsafe(2);
  assert.strictEqual(buf.write(''), 0);
  assert.strictEqual(buf.write('\0'), 1);
  assert.strictEqual(buf.write('a\0'), 2);
  assert.strictEqual(buf.write('\u3042'), 0);
  assert.strictEqual(buf.write('\0\u3042'), 1);
  assert.strictEqual(buf.write('\0\0\u3042'), 2);
  buf = Buffer.allocUnsafe(10);
  assert.strictEqual(buf.write('\u3042\u3044\u3046'), 9);
  assert.strictEqual(buf.write('\u3042\u3044\u3046\0'), 10);
})();

(function () {
  var buf = Buffer.allocUnsafe(4);
  buf.fill(0xFF);
  assert.strictEqual(buf.write('abcd', 1, 2, 'utf8'), 2);
  assert.deepStrictEqual(Array.prototype.slice.call(buf), [0xFF, 0x61, 0x62, 0xFF]);
  buf.fill(0xFF);
  assert.strictEqual(buf.write('abcd', 1, 4), 3);
  assert.deepStrictEqual(Array.prototype.slice.call(buf), [0xFF, 0x61, 0x62, 0x63]);
  buf.fill(0xFF);
  assert.strictEqual(buf.write('abcdef', 1, 2, 'hex'), 2);
  assert.deepStrictEqual(Array.prototype.slice.call(buf), [0xFF, 0xAB, 0xCD, 0xFF]);
  ['ucs2', 'ucs-2', 'utf16le', 'utf-16le'].forEach(function (encoding) {
    buf.fill(0xFF);
    assert.strictEqual(buf.write('abcd', 0, 2, encoding), 2);
    assert.deepStrictEqual(Array.prototype.slice.call(buf), [0x61, 0x00, 0xFF, 0xFF]);
  });
})();

(function () {
  var bb = Buffer.allocUnsafe(16);
  assert.strictEqual(bb.writeUInt32LE(0, 0), 4);
  assert.strictEqual(bb.writeUInt16LE(0, 4), 6);
  assert.strictEqual(bb.writeUInt8(0, 6), 7);
  assert.strictEqual(bb.writeInt8(0, 7), 8);
  assert.strictEqual(bb.writeDoubleLE(0, 8), 16);
})();

assert.deepStrictEqual(Array.prototype.slice.call(Buffer.from('ab\ud800cd', 'utf8')),
  [0x61, 0x62, 0xef, 0xbf, 0xbd, 0x63, 0x64]);

(function () {
  var buf = Buffer.from([0, 0, 0, 0, 0]);
  var sub = buf.slice(0, 4);
  assert.strictEqual(sub.write('12345', 'latin1'), 4);
  assert.strictEqual(buf[4], 0);
  assert.strictEqual(sub.write('12345', 'binary'), 4);
  assert.strictEqual(buf[4], 0);
})();

assert.deepStrictEqual(Array.prototype.slice.call(Buffer.alloc(5, '800A', 'hex')), [128, 10, 128, 10, 128]);

Buffer.allocUnsafe(3.3).fill().toString();
Buffer.alloc(3.3).fill().toString();
assert.strictEqual(Buffer.allocUnsafe(3.3).length, 3);
assert.strictEqual(Buffer.from({ length: 3.3 }).length, 3);
assert.strictEqual(Buffer.from({ length: 'BAM' }).length, 0);
assert.strictEqual(Buffer.from('99').length, 2);
assert.strictEqual(Buffer.from('13.37').length, 5);
['ascii', 'utf8', 'hex', 'base64', 'latin1', 'binary'].forEach(function (enc) {
  assert.strictEqual(Buffer.allocUnsafe(1).write('aaaaaa', 0, 1, enc), 1);
});

(function () {
  var a = Buffer.allocUnsafe(3);
  var bb = Buffer.from('xxx');
  a.write('aaaaaaaa', 'base64');
  assert.strictEqual(bb.toString(), 'xxx');
})();

Buffer.from(Buffer.allocUnsafe(0), 0, 0);
assert.throws(function () { Buffer.alloc(8).writeFloatLE(0, 5); }, outOfRangeError);
assert.throws(function () { Buffer.alloc(16).writeDoubleLE(0, 9); }, outOfRangeError);
assert.throws(function () { Buffer.allocUnsafe(8).writeFloatLE(0.0, 0xffffffff); }, outOfRangeError);
assert.throws(function () { Buffer.allocUnsafe(8).writeFloatLE(0.0, -1); }, outOfRangeError);

(function () {
  var buf = Buffer.allocUnsafe(3);
  function check(w, r, v, bytes) {
    buf.fill(0xFF);
    buf[w](v, 0, bytes.length);
    assert.deepStrictEqual(buf.toJSON().data, bytes, w + ' ' + v);
    assert.strictEqual(buf[r](0, bytes.length), v, r + ' ' + v);
  }
  check('writeUIntLE', 'readUIntLE', 0x123456, [0x56, 0x34, 0x12]);
  check('writeUIntBE', 'readUIntBE', 0x123456, [0x12, 0x34, 0x56]);
  check('writeIntLE', 'readIntLE', 0x123456, [0x56, 0x34, 0x12]);
  check('writeIntBE', 'readIntBE', 0x123456, [0x12, 0x34, 0x56]);
  check('writeIntLE', 'readIntLE', -0x123456, [0xaa, 0xcb, 0xed]);
  check('writeIntBE', 'readIntBE', -0x123456, [0xed, 0xcb, 0xaa]);
  check('writeIntLE', 'readIntLE', -0x123400, [0x00, 0xcc, 0xed]);
  check('writeIntBE', 'readIntBE', -0x123400, [0xed, 0xcc, 0x00]);
  check('writeIntLE', 'readIntLE', -0x120000, [0x00, 0x00, 0xee]);
  check('writeIntBE', 'readIntBE', -0x120000, [0xee, 0x00, 0x00]);
  buf = Buffer.allocUnsafe(5);
  check('writeUIntLE', 'readUIntLE', 0x1234567890, [0x90, 0x78, 0x56, 0x34, 0x12]);
  check('writeUIntBE', 'readUIntBE', 0x1234567890, [0x12, 0x34, 0x56, 0x78, 0x90]);
  check('writeIntLE', 'readIntLE', 0x1234567890, [0x90, 0x78, 0x56, 0x34, 0x12]);
  check('writeIntBE', 'readIntBE', 0x1234567890, [0x12, 0x34, 0x56, 0x78, 0x90]);
  check('writeIntLE', 'readIntLE', -0x1234567890, [0x70, 0x87, 0xa9, 0xcb, 0xed]);
  check('writeIntBE', 'readIntBE', -0x1234567890, [0xed, 0xcb, 0xa9, 0x87, 0x70]);
  check('writeIntLE', 'readIntLE', -0x0012000000, [0x00, 0x00, 0x00, 0xee, 0xff]);
  check('writeIntBE', 'readIntBE', -0x0012000000, [0xff, 0xee, 0x00, 0x00, 0x00]);
})();

assert.throws(function () { Buffer.from('', 'buffer'); },
  { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: buffer' });

(function () {
  var a = [];
  for (var k = 0; k < 128; k++) a.push(k);
  var bb = Buffer.from(a);
  var cc = Buffer.from(bb);
  assert.strictEqual(bb.length, a.length);
  assert.strictEqual(cc.length, a.length);
  for (k = 0; k < a.length; ++k) {
    assert.strictEqual(a[k], k);
    assert.strictEqual(bb[k], k);
    assert.strictEqual(cc[k], k);
  }
})();

assert.deepStrictEqual(Buffer.from('YW55=======', 'base64'), Buffer.from('YW55', 'base64'));

var ps = Buffer.poolSize;
Buffer.poolSize = 0;
assert(Buffer.allocUnsafe(1).parent instanceof ArrayBuffer);
Buffer.poolSize = ps;

assert.throws(function () { Buffer.allocUnsafe(10).copy(); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. Received undefined'
});
assert.throws(function () { Buffer.from(); }, {
  name: 'TypeError',
  message: 'The first argument must be of type string or an instance of ' +
    'Buffer, ArrayBuffer, or Array or an Array-like Object. Received undefined'
});
assert.throws(function () { Buffer.from(null); }, {
  name: 'TypeError',
  message: 'The first argument must be of type string or an instance of ' +
    'Buffer, ArrayBuffer, or Array or an Array-like Object. Received null'
});

assert.strictEqual(Buffer.prototype.parent, undefined);
assert.strictEqual(Buffer.prototype.offset, undefined);
assert.strictEqual(SlowBuffer.prototype.parent, undefined);
assert.strictEqual(SlowBuffer.prototype.offset, undefined);

assert.deepStrictEqual(Buffer.from({ length: -Buffer.poolSize }), Buffer.from(''));
assert.deepStrictEqual(Buffer.from({ length: -100 }), Buffer.from(''));
Buffer.from('abc');

assert.throws(function () { Buffer.from(new ArrayBuffer(0), -1 >>> 0); }, {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: '"offset" is outside of buffer bounds'
});
assert.throws(function () {
  Buffer.alloc(1).copy(Buffer.alloc(1), 0, 0x100000000, 0x100000001);
}, outOfRangeError);

(function () {
  var ubuf = Buffer.allocUnsafeSlow(10);
  assert(ubuf);
  assert(ubuf.buffer);
  assert.strictEqual(ubuf.buffer.byteLength, 10);
})();

Buffer.from(new ArrayBuffer());
Buffer.from({ buffer: new ArrayBuffer() });

assert.throws(function () { Buffer.alloc({ valueOf: function () { return 1; } }); }, /"size" argument must be of type number/);
assert.throws(function () { Buffer.alloc({ valueOf: function () { return -1; } }); }, /"size" argument must be of type number/);
assert.strictEqual(Buffer.prototype.toLocaleString, Buffer.prototype.toString);
assert.strictEqual(Buffer.from('test').toLocaleString(), 'test');

assert.throws(function () { Buffer.alloc(0x1000, 'This is not correctly encoded', 'hex'); },
  { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(function () { Buffer.alloc(0x1000, 'c', 'hex'); }, { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(function () { Buffer.alloc(1, Buffer.alloc(0)); }, { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(function () { Buffer.alloc(40, 'x', 20); }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

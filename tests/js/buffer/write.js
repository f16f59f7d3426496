// Ported from Node.js test/parallel/test-buffer-write.js (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');

[-1, 10].forEach(function (offset) {
  assert.throws(function () { Buffer.alloc(9).write('foo', offset); }, {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "offset" is out of range. It must be >= 0 && <= 9. Received ' + offset
  });
});

var resultMap = {
  utf8: Buffer.from([102, 111, 111, 0, 0, 0, 0, 0, 0]),
  ucs2: Buffer.from([102, 0, 111, 0, 111, 0, 0, 0, 0]),
  ascii: Buffer.from([102, 111, 111, 0, 0, 0, 0, 0, 0]),
  latin1: Buffer.from([102, 111, 111, 0, 0, 0, 0, 0, 0]),
  binary: Buffer.from([102, 111, 111, 0, 0, 0, 0, 0, 0]),
  utf16le: Buffer.from([102, 0, 111, 0, 111, 0, 0, 0, 0]),
  base64: Buffer.from([102, 111, 111, 0, 0, 0, 0, 0, 0]),
  base64url: Buffer.from([102, 111, 111, 0, 0, 0, 0, 0, 0]),
  hex: Buffer.from([102, 111, 111, 0, 0, 0, 0, 0, 0])
};

['utf8', 'utf-8', 'ucs2', 'ucs-2', 'ascii', 'latin1', 'binary', 'utf16le', 'utf-16le']
  .reduce(function (es, e) { return es.concat(e, e.toUpperCase()); }, [])
  .forEach(function (encoding) {
    var buf = Buffer.alloc(9);
    var len = Buffer.byteLength('foo', encoding);
    assert.strictEqual(buf.write('foo', 0, len, encoding), len);
    encoding = encoding.replace('-', '');
    assert.deepStrictEqual(buf, resultMap[encoding.toLowerCase()]);
  });

['base64', 'BASE64', 'base64url', 'BASE64URL'].forEach(function (encoding) {
  var buf = Buffer.alloc(9);
  var len = Buffer.byteLength('Zm9v', encoding);
  assert.strictEqual(buf.write('Zm9v', 0, len, encoding), len);
  assert.deepStrictEqual(buf, resultMap[encoding.toLowerCase()]);
});

['hex', 'HEX'].forEach(function (encoding) {
  var buf = Buffer.alloc(9);
  var len = Buffer.byteLength('666f6f', encoding);
  assert.strictEqual(buf.write('666f6f', 0, len, encoding), len);
  assert.deepStrictEqual(buf, resultMap[encoding.toLowerCase()]);
});

for (var i = 1; i < 10; i++) {
  var encoding = new Array(i + 1).join(String(i));
  assert.ok(!Buffer.isEncoding(encoding));
  assert.throws(function () { Buffer.alloc(9).write('foo', encoding); }, {
    code: 'ERR_UNKNOWN_ENCODING',
    name: 'TypeError',
    message: 'Unknown encoding: ' + encoding
  });
}

// UCS-2 overflow CVE-2018-12115
for (i = 1; i < 4; i++) {
  var x = Buffer.allocUnsafe(4).fill(0);
  var y = Buffer.allocUnsafe(4).fill(1);
  assert.strictEqual(x.write('\u044b\u044b\u044b\u044b\u044b\u044b', 3, 'ucs2'), 0);
  assert.strictEqual(Buffer.compare(y, Buffer.alloc(4, 1)), 0);
}

var z = Buffer.alloc(4, 0);
assert.strictEqual(z.write('\u0001', 3, 'ucs2'), 0);
assert.strictEqual(Buffer.compare(z, Buffer.alloc(4, 0)), 0);
assert.strictEqual(z.write('abcd', 2), 2);
assert.deepStrictEqual(Array.prototype.slice.call(z), [0, 0, 0x61, 0x62]);

assert.strictEqual(Buffer.alloc(4).write(new Array(101).join('\u044b\u044b\u044b\u044b\u044b\u044b'), 3, 'utf16le'), 0);

(function () {
  var buf = Buffer.alloc(8);
  assert.strictEqual(buf.write('\u044b\u044b', 1, 'utf16le'), 4);
  assert.deepStrictEqual(Array.prototype.slice.call(buf), [0, 0x4b, 0x04, 0x4b, 0x04, 0, 0, 0]);
})();

// utf8 writes whole characters only
(function () {
  var buf = Buffer.alloc(4);
  assert.strictEqual(buf.write('a\u20ac', 0), 4);
  assert.strictEqual(Buffer.alloc(3).write('a\u20ac', 0), 1);
  assert.strictEqual(Buffer.alloc(4).write('\ud83d\ude00'), 4);
  assert.strictEqual(Buffer.alloc(3).write('\ud83d\ude00'), 0);
})();

// A non-string is refused with Node 20's text.
assert.throws(function () { Buffer.alloc(2).write(1); },
  { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: 'argument must be a string' });

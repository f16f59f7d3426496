// Ported from Node.js test/parallel/test-buffer-{no-negative-allocation,tostring,parent-property,ascii,constants,slow}.js
// (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');
var buffer = require('buffer');
var SlowBuffer = buffer.SlowBuffer;

// no-negative-allocation
var msg = { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' };
[Buffer, Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow, SlowBuffer].forEach(function (make) {
  [-Buffer.poolSize, -100, -1, NaN].forEach(function (n) {
    assert.throws(function () { make(n); }, msg);
  });
});

// tostring
['utf8', 'utf-8', 'ucs2', 'ucs-2', 'ascii', 'latin1', 'binary', 'utf16le', 'utf-16le']
  .reduce(function (es, e) { return es.concat(e, e.toUpperCase()); }, [])
  .forEach(function (encoding) {
    assert.strictEqual(Buffer.from('foo', encoding).toString(encoding), 'foo');
  });
['base64', 'BASE64'].forEach(function (encoding) {
  assert.strictEqual(Buffer.from('Zm9v', encoding).toString(encoding), 'Zm9v');
});
['hex', 'HEX'].forEach(function (encoding) {
  assert.strictEqual(Buffer.from('666f6f', encoding).toString(encoding), '666f6f');
});
for (var i = 1; i < 10; i++) {
  var encoding = String(i).repeat(i);
  assert.ok(!Buffer.isEncoding(encoding));
  assert.throws(function () { Buffer.from('foo').toString(encoding); }, {
    code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: ' + encoding
  });
}

// parent-property
assert((new Buffer(0)).parent instanceof ArrayBuffer);
assert((new Buffer(Buffer.poolSize)).parent instanceof ArrayBuffer);
var arrayBuffer = new ArrayBuffer(0);
assert.strictEqual(new Buffer(arrayBuffer).parent, arrayBuffer);
assert.strictEqual(new Buffer(arrayBuffer).buffer, arrayBuffer);
assert.strictEqual(Buffer.from(arrayBuffer).parent, arrayBuffer);
assert.strictEqual(Buffer.from(arrayBuffer).buffer, arrayBuffer);

// ascii: the high bit is masked off, no transliteration
assert.strictEqual(Buffer.from('h\u00e9rit\u00e9').toString('ascii'), 'hC)ritC)');
(function () {
  var input = 'C\u2019est, graphiquement, la r\u00e9union d\u2019un accent aigu et d\u2019un accent grave.';
  var expected = 'Cb\u0000\u0019est, graphiquement, la rC)union db\u0000\u0019un accent aigu et db\u0000\u0019un accent grave.';
  var buf = Buffer.from(input);
  for (var k = 0; k < expected.length; ++k) {
    assert.strictEqual(buf.slice(k).toString('ascii'), expected.slice(k));
    if (input.charCodeAt(k) > 65535) ++k;
    if (input.charCodeAt(k) > 127) ++k;
  }
})();

// constants
assert.strictEqual(typeof buffer.kMaxLength, 'number');
assert.strictEqual(typeof buffer.kStringMaxLength, 'number');
assert.ok(buffer.kMaxLength > 0);
assert.strictEqual(buffer.constants.MAX_LENGTH, buffer.kMaxLength);
assert.strictEqual(buffer.constants.MAX_STRING_LENGTH, buffer.kStringMaxLength);
assert.throws(function () { Buffer.alloc(buffer.kMaxLength + 1); }, msg);

// slow
(function () {
  var sb = SlowBuffer(4);
  assert(sb instanceof Buffer);
  assert.strictEqual(sb.length, 4);
  sb.fill(1);
  for (var k = 0; k < 4; k++) assert.strictEqual(sb[k], 1);
  assert.strictEqual(sb.buffer.byteLength, 4);
  sb = new SlowBuffer(4);
  assert(sb instanceof Buffer);
  assert.strictEqual(SlowBuffer(0).length, 0);
  assert.throws(function () { SlowBuffer(); }, { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(function () { SlowBuffer({}); }, { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(function () { SlowBuffer('6'); }, { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(function () { SlowBuffer(true); }, { code: 'ERR_INVALID_ARG_TYPE' });
})();

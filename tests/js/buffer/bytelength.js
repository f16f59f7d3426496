// Ported from Node.js test/parallel/test-buffer-bytelength.js (MIT license, Copyright Node.js contributors)
// Not ported: the vm.runInNewContext case (no vm module).
'use strict';
var common = require('./_common');
var assert = require('assert');
var SlowBuffer = require('buffer').SlowBuffer;

[[32, 'latin1'], [NaN, 'utf8'], [{}, 'latin1'], []].forEach(function (args) {
  assert.throws(function () { Buffer.byteLength.apply(Buffer, args); }, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "string" argument must be of type string or an instance ' +
             'of Buffer or ArrayBuffer.' + common.invalidArgTypeHelper(args[0])
  });
});

assert(ArrayBuffer.isView(new Buffer(10)));
assert(ArrayBuffer.isView(new SlowBuffer(10)));
assert(ArrayBuffer.isView(Buffer.alloc(10)));
assert(ArrayBuffer.isView(Buffer.allocUnsafe(10)));
assert(ArrayBuffer.isView(Buffer.allocUnsafeSlow(10)));
assert(ArrayBuffer.isView(Buffer.from('')));

var incomplete = Buffer.from([0xe4, 0xb8, 0xad, 0xe6, 0x96]);
assert.strictEqual(Buffer.byteLength(incomplete), 5);
var ascii = Buffer.from('abc');
assert.strictEqual(Buffer.byteLength(ascii), 3);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(8)), 8);
assert.strictEqual(Buffer.byteLength(new Int8Array(8)), 8);
assert.strictEqual(Buffer.byteLength(new Uint8Array(8)), 8);
assert.strictEqual(Buffer.byteLength(new Uint8ClampedArray(2)), 2);
assert.strictEqual(Buffer.byteLength(new Int16Array(8)), 16);
assert.strictEqual(Buffer.byteLength(new Uint16Array(8)), 16);
assert.strictEqual(Buffer.byteLength(new Int32Array(8)), 32);
assert.strictEqual(Buffer.byteLength(new Uint32Array(8)), 32);
assert.strictEqual(Buffer.byteLength(new Float32Array(8)), 32);
assert.strictEqual(Buffer.byteLength(new Float64Array(8)), 64);
assert.strictEqual(Buffer.byteLength(new DataView(new ArrayBuffer(2))), 2);

assert.strictEqual(Buffer.byteLength('', 'ascii'), 0);
assert.strictEqual(Buffer.byteLength('', 'HeX'), 0);

assert.strictEqual(Buffer.byteLength('\u2211\u00e9ll\u00f6 w\u00f8rl\u2202!', 'utf-8'), 19);
assert.strictEqual(Buffer.byteLength('\u03ba\u03bb\u03bc\u03bd\u03be\u03bf', 'utf8'), 12);
assert.strictEqual(Buffer.byteLength('\u6335\u6336\u6337\u6338\u6339', 'utf-8'), 15);
assert.strictEqual(Buffer.byteLength('\ud841\udf79\ud843\udc53\ud843\udc78', 'UTF8'), 12);
assert.strictEqual(Buffer.byteLength('hey there'), 9);
assert.strictEqual(Buffer.byteLength('\ud843\udc78\u6336\u03bd\u03be#xx :)'), 17);
assert.strictEqual(Buffer.byteLength('hello world', ''), 11);
assert.strictEqual(Buffer.byteLength('hello world', 'abc'), 11);
assert.strictEqual(Buffer.byteLength('\u00df\u0153\u2211\u2248', 'unkn0wn enc0ding'), 10);

assert.strictEqual(Buffer.byteLength('aGVsbG8gd29ybGQ=', 'base64'), 11);
assert.strictEqual(Buffer.byteLength('aGVsbG8gd29ybGQ=', 'BASE64'), 11);
assert.strictEqual(Buffer.byteLength('bm9kZS5qcyByb2NrcyE=', 'base64'), 14);
assert.strictEqual(Buffer.byteLength('aGkk', 'base64'), 3);
assert.strictEqual(Buffer.byteLength('bHNrZGZsa3NqZmtsc2xrZmFqc2RsZmtqcw==', 'base64'), 25);
assert.strictEqual(Buffer.byteLength('aGVsbG8gd29ybGQ', 'base64url'), 11);
assert.strictEqual(Buffer.byteLength('aGVsbG8gd29ybGQ', 'BASE64URL'), 11);
assert.strictEqual(Buffer.byteLength('bm9kZS5qcyByb2NrcyE', 'base64url'), 14);
assert.strictEqual(Buffer.byteLength('aGkk', 'base64url'), 3);
assert.strictEqual(Buffer.byteLength('bHNrZGZsa3NqZmtsc2xrZmFqc2RsZmtqcw', 'base64url'), 25);
assert.strictEqual(Buffer.byteLength('aaa=', 'base64'), 2);
assert.strictEqual(Buffer.byteLength('aaaa==', 'base64'), 3);
assert.strictEqual(Buffer.byteLength('aaa=', 'base64url'), 2);
assert.strictEqual(Buffer.byteLength('aaaa==', 'base64url'), 3);

assert.strictEqual(Buffer.byteLength('Il \u00e9tait tu\u00e9'), 14);
assert.strictEqual(Buffer.byteLength('Il \u00e9tait tu\u00e9', 'utf8'), 14);

['ascii', 'latin1', 'binary'].reduce(function (es, e) { return es.concat(e, e.toUpperCase()); }, [])
  .forEach(function (encoding) {
    assert.strictEqual(Buffer.byteLength('Il \u00e9tait tu\u00e9', encoding), 12);
  });
['ucs2', 'ucs-2', 'utf16le', 'utf-16le'].reduce(function (es, e) { return es.concat(e, e.toUpperCase()); }, [])
  .forEach(function (encoding) {
    assert.strictEqual(Buffer.byteLength('Il \u00e9tait tu\u00e9', encoding), 24);
  });

for (var i = 1; i < 10; i++) {
  var encoding = new Array(i + 1).join(String(i));
  assert.ok(!Buffer.isEncoding(encoding));
  assert.strictEqual(Buffer.byteLength('foo', encoding), Buffer.byteLength('foo', 'utf8'));
}

// Ported from Node.js test/parallel/test-btoa-atob.js (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');
var buffer = require('buffer');

assert.strictEqual(globalThis.atob, buffer.atob);
assert.strictEqual(globalThis.btoa, buffer.btoa);
assert.throws(function () { buffer.atob(); }, /TypeError/);
assert.throws(function () { buffer.btoa(); }, /TypeError/);

assert.strictEqual(atob(' '), '');
assert.strictEqual(atob('  Y\fW\tJ\njZ A=\r= '), 'abcd');
assert.strictEqual(atob(null), '\x9E\u00e9e');
assert.strictEqual(atob(NaN), '5\u00a3');
assert.strictEqual(atob(Infinity), '"w\u00e2\x9E+r');
assert.strictEqual(atob(true), '\u00b6\u00bb\x9E');
assert.strictEqual(atob(1234), '\u00d7m\u00f8');
assert.strictEqual(atob([]), '');
assert.strictEqual(atob({ toString: function () { return ''; } }), '');
var prim = {};
prim[Symbol.toPrimitive] = function () { return ''; };
assert.strictEqual(atob(prim), '');

assert.throws(function () { atob(Symbol()); }, /TypeError/);
[undefined, false, function () {}, {}, [1], 0, 1, -Infinity,
  'a', 'a\n\n\n', '\ra\r\r', '  a ', '\t\t\ta', 'a\f\f\f', '\ta\r \n\f'].forEach(function (value) {
  assert.throws(function () { atob(value); }, {
    constructor: DOMException,
    name: 'InvalidCharacterError',
    code: 5
  });
});
assert.strictEqual(btoa('abcd'), 'YWJjZA==');
assert.throws(function () { btoa('\u0100'); }, { name: 'InvalidCharacterError', code: 5 });
var de = new DOMException('m', 'AbortError');
assert.ok(de instanceof Error);
assert.strictEqual(de.code, 20);
assert.strictEqual(de.name, 'AbortError');
assert.strictEqual(de.message, 'm');
assert.strictEqual(DOMException.INVALID_CHARACTER_ERR, 5);

// Ported from Node.js test/parallel/test-buffer-tostring-range.js (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');
var rangeBuffer = Buffer.from('abc');
function t(start, end) { return rangeBuffer.toString('ascii', start, end); }

assert.strictEqual(rangeBuffer.toString('ascii', 3), '');
assert.strictEqual(rangeBuffer.toString('ascii', +Infinity), '');
assert.strictEqual(t(3.14, 3), '');
assert.strictEqual(t('Infinity', 3), '');
assert.strictEqual(t(1, 0), '');
assert.strictEqual(t(1, -1.2), '');
assert.strictEqual(t(1, -100), '');
assert.strictEqual(t(1, -Infinity), '');
assert.strictEqual(t(-1, 3), 'abc');
assert.strictEqual(t(-1.99, 3), 'abc');
assert.strictEqual(t(-Infinity, 3), 'abc');
assert.strictEqual(t('-1', 3), 'abc');
assert.strictEqual(t('-1.99', 3), 'abc');
assert.strictEqual(t('-Infinity', 3), 'abc');
assert.strictEqual(t('node.js', 3), 'abc');
assert.strictEqual(t({}, 3), 'abc');
assert.strictEqual(t([], 3), 'abc');
assert.strictEqual(t(NaN, 3), 'abc');
assert.strictEqual(t(null, 3), 'abc');
assert.strictEqual(t(undefined, 3), 'abc');
assert.strictEqual(t(false, 3), 'abc');
assert.strictEqual(t('', 3), 'abc');
assert.strictEqual(t('1', 3), 'bc');
assert.strictEqual(t('3', 3), '');
assert.strictEqual(t(Number(3), 3), '');
assert.strictEqual(t('3.14', 3), '');
assert.strictEqual(t('1.99', 3), 'bc');
assert.strictEqual(t(1.99, 3), 'bc');
assert.strictEqual(t(true, 3), 'bc');
assert.strictEqual(t(0, 5), 'abc');
assert.strictEqual(t(0, 6.99), 'abc');
assert.strictEqual(t(0, Infinity), 'abc');
assert.strictEqual(t(0, '5'), 'abc');
assert.strictEqual(t(0, '6.99'), 'abc');
assert.strictEqual(t(0, 'Infinity'), 'abc');
assert.strictEqual(t(0, 'node.js'), '');
assert.strictEqual(t(0, {}), '');
assert.strictEqual(t(0, NaN), '');
assert.strictEqual(t(0, undefined), 'abc');
assert.strictEqual(rangeBuffer.toString('ascii', 0), 'abc');
assert.strictEqual(t(0, null), '');
assert.strictEqual(t(0, []), '');
assert.strictEqual(t(0, false), '');
assert.strictEqual(t(0, ''), '');
assert.strictEqual(t(0, '-1'), '');
assert.strictEqual(t(0, '1'), 'a');
assert.strictEqual(t(0, '-Infinity'), '');
assert.strictEqual(t(0, '3'), 'abc');
assert.strictEqual(t(0, Number(3)), 'abc');
assert.strictEqual(t(0, '3.14'), 'abc');
assert.strictEqual(t(0, '1.99'), 'a');
assert.strictEqual(t(0, '-1.99'), '');
assert.strictEqual(t(0, 1.99), 'a');
assert.strictEqual(t(0, true), 'a');

assert.strictEqual(rangeBuffer.toString({ toString: function () { return 'ascii'; } }), 'abc');
assert.throws(function () { rangeBuffer.toString(0, 1, 2); },
  { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: 0' });
assert.throws(function () { rangeBuffer.toString(null, 1, 2); },
  { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: null' });

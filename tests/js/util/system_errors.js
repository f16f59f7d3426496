// util.getSystemErrorName/getSystemErrorMap (after Node.js
// test/parallel/test-util-getsystemerrorname.js, MIT license, Copyright Node.js
// contributors) and util.styleText.
'use strict';
var assert = require('assert');
var util = require('util');

assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(-13), 'EACCES');
var map = util.getSystemErrorMap();
assert.ok(map instanceof Map);
assert.deepStrictEqual(map.get(-2), ['ENOENT', 'no such file or directory']);
map.forEach(function (v, k) {
  assert.strictEqual(typeof k, 'number');
  assert.ok(k < 0);
  assert.strictEqual(util.getSystemErrorName(k), v[0]);
});
['test', {}, [], null, undefined, true].forEach(function (err) {
  assert.throws(function () { util.getSystemErrorName(err); }, {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE'
  });
});
[0, 1, Infinity, -Infinity, NaN].forEach(function (err) {
  assert.throws(function () { util.getSystemErrorName(err); }, {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "err" is out of range. It must be a negative integer. Received ' + err
  });
});

assert.strictEqual(util.styleText('red', 'x', { validateStream: false }), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText(['bold', 'green'], 'y', { validateStream: false }),
  '\u001b[1m\u001b[32my\u001b[39m\u001b[22m');
assert.strictEqual(util.styleText('red', 'x', { stream: { isTTY: false } }), 'x');
assert.throws(function () { util.styleText('nope', 'x'); }, { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () { util.styleText('red', 1); }, { code: 'ERR_INVALID_ARG_TYPE' });

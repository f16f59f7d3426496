// process.umask(): read (without changing it), set with a number or an
// octal string (returns the mask before), node's error for a bad mask.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = require('os');
const before = process.umask();
assert.strictEqual(typeof before, 'number');
assert.strictEqual(process.umask(), before, 'reading does not change it');
assert.strictEqual(process.umask(0o027), before);
assert.strictEqual(process.umask(), 0o027);
assert.strictEqual(process.umask('0077'), 0o027);
assert.strictEqual(process.umask(), 0o077);
const f = path.join(os.tmpdir(), 'jsrt-umask-' + process.pid);
fs.writeFileSync(f, 'x', { mode: 0o666 });
assert.strictEqual(fs.statSync(f).mode & 0o777, 0o600);
fs.unlinkSync(f);
process.umask(before);
assert.throws(() => process.umask(-1), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(() => process.umask(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => process.umask(2 ** 32), { code: 'ERR_OUT_OF_RANGE' });
for (const bad of ['abc', '', '9'])
  assert.throws(() => process.umask(bad), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '" + bad + "'"
  });
assert.throws(() => process.umask({}), { code: 'ERR_INVALID_ARG_TYPE' });
console.log('ok');

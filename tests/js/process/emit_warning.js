// expect-stderr: [CODE1] CustomWarning: something odd
// process.emitWarning: 'warning' event on the next tick, text on stderr.
var assert = require('assert');
var got = [];
process.on('warning', function (w) { got.push(w.name + ':' + w.message + ':' + w.code); });
process.emitWarning('something odd', 'CustomWarning', 'CODE1');
process.emitWarning('plain');
process.emitWarning(new Error('an error'));
process.emitWarning('dep', { type: 'DeprecationWarning', code: 'DEP0', detail: 'more' });
assert.throws(function () { process.emitWarning(5); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(got.length, 0);
process.on('exit', function () {
  assert.deepStrictEqual(got, ['CustomWarning:something odd:CODE1', 'Warning:plain:undefined',
    'Error:an error:undefined', 'DeprecationWarning:dep:DEP0']);
});
var EventEmitter = require('events');
assert.ok(process instanceof EventEmitter);
assert.strictEqual(typeof process.on, 'function');

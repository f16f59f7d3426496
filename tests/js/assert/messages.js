// AssertionError shape and messages (cases after Node.js
// test/parallel/test-assert.js and test-assert-deep.js; MIT license,
// Copyright Node.js contributors), plus match/doesNotMatch, rejects, strict.
'use strict';
var assert = require('assert');

function msgOf(fn) {
  try { fn(); } catch (e) { return e; }
  throw new Error('did not throw');
}

var e = msgOf(function () { assert.strictEqual(1, 2); });
assert.strictEqual(e.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(e.code, 'ERR_ASSERTION');
assert.strictEqual(e.actual, 1);
assert.strictEqual(e.expected, 2);
assert.strictEqual(e.operator, 'strictEqual');
assert.strictEqual(e.generatedMessage, true);
assert.strictEqual(e.name, 'AssertionError');
assert.ok(e instanceof assert.AssertionError && e instanceof Error);

e = msgOf(function () { assert.strictEqual('a', 'b', 'custom'); });
assert.strictEqual(e.message, 'custom');
assert.strictEqual(e.generatedMessage, false);

e = msgOf(function () { assert.strictEqual(1, 2, new TypeError('mine')); });
assert.ok(e instanceof TypeError);
assert.strictEqual(e.message, 'mine');

e = msgOf(function () { assert.notStrictEqual(1, 1); });
assert.strictEqual(e.message, 'Expected "actual" to be strictly unequal to: 1');

e = msgOf(function () { assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }); });
assert.strictEqual(e.message, [
  'Expected values to be strictly deep-equal:',
  '+ actual - expected',
  '',
  '  {',
  '    a: 1,',
  '    b: [',
  '      1,',
  '+     2',
  '-     3',
  '    ]',
  '  }'].join('\n'));

e = msgOf(function () { assert.deepEqual({ a: 1 }, { a: 2 }); });
assert.ok(/^Expected values to be loosely deep-equal:\n\n/.test(e.message), e.message);
assert.ok(/should loosely deep-equal/.test(e.message));

e = msgOf(function () { assert.strictEqual({ a: 1 }, { a: 1 }); });
assert.ok(/^Values have same structure but are not reference-equal:/.test(e.message), e.message);

e = msgOf(function () { assert.equal(1, 2); });
assert.strictEqual(e.message, '1 == 2');
e = msgOf(function () { assert.notEqual(1, 1); });
assert.strictEqual(e.message, '1 != 1');

e = msgOf(function () { assert.ok(null); });
assert.ok(/^The expression evaluated to a falsy value:/.test(e.message));
e = msgOf(function () { assert.ok(); });
assert.strictEqual(e.message, 'No value argument passed to `assert.ok()`');

e = msgOf(function () { assert.equal(1); });
assert.strictEqual(e.code, 'ERR_MISSING_ARGS');

// throws with a validation object
assert.throws(function () {
  var err = new TypeError('Wrong value');
  err.code = 404;
  err.foo = 'bar';
  throw err;
}, { name: 'TypeError', message: /Wrong/, code: 404, foo: 'bar' });
e = msgOf(function () {
  assert.throws(function () { throw new Error('x'); }, { message: 'y' });
});
assert.strictEqual(e.code, 'ERR_ASSERTION');
assert.strictEqual(e.operator, 'throws');
assert.ok(/\+   message: 'x'\n-   message: 'y'/.test(e.message), e.message);

e = msgOf(function () { assert.throws(function () {}, TypeError, 'wanted'); });
assert.strictEqual(e.message, 'Missing expected exception (TypeError): wanted');
e = msgOf(function () { assert.throws(function () {}, 'wanted'); });
assert.strictEqual(e.message, 'Missing expected exception: wanted');
e = msgOf(function () { assert.throws(function () { throw new Error('x'); }, {}); });
assert.strictEqual(e.code, 'ERR_INVALID_ARG_VALUE');
e = msgOf(function () {
  assert.throws(function () { throw new Error('foo'); }, 'foo');
});
assert.strictEqual(e.code, 'ERR_AMBIGUOUS_ARGUMENT');
e = msgOf(function () {
  assert.throws(function () { throw new Error('x'); }, function () { return false; });
});
assert.ok(/^The validation function is expected to return "true". Received false/.test(e.message), e.message);

// match / doesNotMatch
assert.match('I will pass', /pass$/);
e = msgOf(function () { assert.match('I will fail', /pass/); });
assert.strictEqual(e.message, "The input did not match the regular expression /pass/. Input:\n\n'I will fail'\n");
e = msgOf(function () { assert.match(123, /pass/); });
assert.strictEqual(e.message, 'The "string" argument must be of type string. Received type number (123)');
e = msgOf(function () { assert.match('x', 'x'); });
assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
assert.doesNotMatch('I will pass', /different$/);
e = msgOf(function () { assert.doesNotMatch('I will fail', /fail/); });
assert.strictEqual(e.message, "The input was expected to not match the regular expression /fail/. Input:\n\n'I will fail'\n");

// assert.strict
assert.strictEqual(assert.strict.strict, assert.strict);
assert.strictEqual(assert.strict.equal, assert.strictEqual);
assert.strictEqual(assert.strict.deepEqual, assert.deepStrictEqual);
assert.throws(function () { assert.strict.equal(1, '1'); }, assert.AssertionError);
assert.throws(function () { assert.strict(false); }, assert.AssertionError);

// AssertionError constructor
e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.strictEqual(e.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.throws(function () { new assert.AssertionError('x'); }, { code: 'ERR_INVALID_ARG_TYPE' });

// Deep equality corner cases (test-assert-deep.js)
assert.deepStrictEqual(NaN, NaN);
assert.deepStrictEqual({ a: NaN }, { a: NaN });
assert.throws(function () { assert.deepStrictEqual(0, -0); });
assert.deepEqual(0, -0);
assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]));
assert.throws(function () { assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])); });
assert.throws(function () { assert.deepStrictEqual(new Uint8Array([1]), new Int8Array([1])); });
assert.throws(function () { assert.deepStrictEqual(new Error('a'), new Error('b')); });
assert.deepStrictEqual(new Error('a'), new Error('a'));
assert.throws(function () { assert.deepStrictEqual(new Error('a'), new TypeError('a')); });
assert.throws(function () { assert.deepStrictEqual(Object.create(null), {}); });
assert.deepEqual(Object.create(null), {});
assert.throws(function () { assert.deepStrictEqual([1, , 3], [1, undefined, 3]); }); // eslint-disable-line no-sparse-arrays
assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
assert.notDeepEqual({ a: 1 }, { a: 2 });
assert.throws(function () { assert.notDeepEqual({ a: 1 }, { a: '1' }); }, { operator: 'notDeepEqual' });
var circA = { x: 1 };
circA.self = circA;
var circB = { x: 1 };
circB.self = circB;
assert.deepStrictEqual(circA, circB);
if (typeof Map === 'function' && typeof Set === 'function') {
  assert.deepStrictEqual(new Map([[1, 'a'], [{ k: 1 }, 'b']]), new Map([[1, 'a'], [{ k: 1 }, 'b']]));
  assert.throws(function () { assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])); });
  assert.deepStrictEqual(new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1]));
  assert.throws(function () { assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])); });
}
console.log('ok');

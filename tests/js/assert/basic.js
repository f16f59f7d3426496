// Ported from Node.js test/parallel/test-assert.js (MIT license, Copyright Node.js contributors)
// Structural cases (ok/equal/strictEqual/deepEqual/deepStrictEqual/throws/
// doesNotThrow), rewritten to ES5.
'use strict';
var assert = require('assert');
var a = assert;

function makeBlock(f) {
  var args = Array.prototype.slice.call(arguments, 1);
  return function () { return f.apply(this, args); };
}

assert.ok(a.AssertionError.prototype instanceof Error);
assert.throws(makeBlock(a, false), a.AssertionError, 'ok(false)');
assert.doesNotThrow(makeBlock(a, true), a.AssertionError, 'ok(true)');
assert.doesNotThrow(makeBlock(a, 'test', "ok('test')"));
assert.throws(makeBlock(a.ok, false), a.AssertionError, 'ok(false)');
assert.doesNotThrow(makeBlock(a.ok, true), a.AssertionError, 'ok(true)');
assert.throws(makeBlock(a.equal, true, false), a.AssertionError, 'equal');
assert.doesNotThrow(makeBlock(a.equal, null, null));
assert.doesNotThrow(makeBlock(a.equal, undefined, undefined));
assert.doesNotThrow(makeBlock(a.equal, null, undefined));
assert.doesNotThrow(makeBlock(a.equal, true, true));
assert.doesNotThrow(makeBlock(a.equal, 2, '2'));
assert.doesNotThrow(makeBlock(a.equal, NaN, NaN));
assert.doesNotThrow(makeBlock(a.notEqual, true, false));
assert.throws(makeBlock(a.notEqual, true, true), a.AssertionError);
assert.throws(makeBlock(a.strictEqual, 2, '2'), a.AssertionError);
assert.throws(makeBlock(a.strictEqual, null, undefined), a.AssertionError);
assert.doesNotThrow(makeBlock(a.notStrictEqual, 2, '2'));
assert.doesNotThrow(makeBlock(a.strictEqual, NaN, NaN));
assert.throws(makeBlock(a.strictEqual, 0, -0), a.AssertionError);

// deepEqual: dates, regexps
assert.doesNotThrow(makeBlock(a.deepEqual, new Date(2000, 3, 14), new Date(2000, 3, 14)));
assert.throws(makeBlock(a.deepEqual, new Date(), new Date(2000, 3, 14)), a.AssertionError);
assert.doesNotThrow(makeBlock(a.deepEqual, /a/, /a/));
assert.doesNotThrow(makeBlock(a.deepEqual, /a/g, /a/g));
assert.doesNotThrow(makeBlock(a.deepEqual, /a/i, /a/i));
assert.doesNotThrow(makeBlock(a.deepEqual, /a/m, /a/m));
assert.doesNotThrow(makeBlock(a.deepEqual, /a/igm, /a/igm));
assert.throws(makeBlock(a.deepEqual, /ab/, /a/));
assert.throws(makeBlock(a.deepEqual, /a/g, /a/));
assert.throws(makeBlock(a.deepEqual, /a/i, /a/));
assert.throws(makeBlock(a.deepEqual, /a/m, /a/));
assert.throws(makeBlock(a.deepEqual, /a/igm, /a/im));
(function () {
  var re1 = /a/;
  re1.lastIndex = 3;
  assert.throws(makeBlock(a.deepEqual, re1, /a/));
})();

// == checks and keys
assert.doesNotThrow(makeBlock(a.deepEqual, 4, '4'));
assert.doesNotThrow(makeBlock(a.deepEqual, true, 1));
assert.throws(makeBlock(a.deepEqual, 4, '5'), a.AssertionError);
assert.doesNotThrow(makeBlock(a.deepEqual, { a: 4 }, { a: 4 }));
assert.doesNotThrow(makeBlock(a.deepEqual, { a: 4, b: '2' }, { a: 4, b: '2' }));
assert.doesNotThrow(makeBlock(a.deepEqual, [4], ['4']));
assert.throws(makeBlock(a.deepEqual, { a: 4 }, { a: 4, b: true }), a.AssertionError);
assert.doesNotThrow(makeBlock(a.deepEqual, { a: 4, b: '1' }, { b: '1', a: 4 }));
var a1 = [1, 2, 3];
var a2 = [1, 2, 3];
a1.a = 'test';
a1.b = true;
a2.b = true;
a2.a = 'test';
assert.throws(makeBlock(a.deepEqual, Object.keys(a1), Object.keys(a2)), a.AssertionError);
assert.doesNotThrow(makeBlock(a.deepEqual, a1, a2));

var nbRoot = { toString: function () { return this.first + ' ' + this.last; } };
function NameBuilder(first, last) { this.first = first; this.last = last; return this; }
NameBuilder.prototype = nbRoot;
function NameBuilder2(first, last) { this.first = first; this.last = last; return this; }
NameBuilder2.prototype = nbRoot;
var nb1 = new NameBuilder('Ryan', 'Dahl');
var nb2 = new NameBuilder2('Ryan', 'Dahl');
assert.doesNotThrow(makeBlock(a.deepEqual, nb1, nb2));
NameBuilder2.prototype = Object;
nb2 = new NameBuilder2('Ryan', 'Dahl');
assert.doesNotThrow(makeBlock(a.deepEqual, nb1, nb2));

// primitives and objects
assert.throws(makeBlock(a.deepEqual, null, {}), a.AssertionError);
assert.throws(makeBlock(a.deepEqual, undefined, {}), a.AssertionError);
assert.throws(makeBlock(a.deepEqual, 'a', ['a']), a.AssertionError);
assert.throws(makeBlock(a.deepEqual, 'a', { 0: 'a' }), a.AssertionError);
assert.throws(makeBlock(a.deepEqual, 1, {}), a.AssertionError);
assert.throws(makeBlock(a.deepEqual, true, {}), a.AssertionError);
assert.throws(makeBlock(a.deepEqual, Symbol(), {}), a.AssertionError);

// deepStrictEqual
assert.doesNotThrow(makeBlock(a.deepStrictEqual, new Date(2000, 3, 14), new Date(2000, 3, 14)));
assert.throws(makeBlock(a.deepStrictEqual, new Date(), new Date(2000, 3, 14)), a.AssertionError);
assert.doesNotThrow(makeBlock(a.deepStrictEqual, /a/igm, /a/igm));
assert.throws(makeBlock(a.deepStrictEqual, /a/igm, /a/im));
assert.throws(makeBlock(a.deepStrictEqual, 4, '4'), a.AssertionError);
assert.throws(makeBlock(a.deepStrictEqual, true, 1), a.AssertionError);
assert.throws(makeBlock(a.deepStrictEqual, 4, '5'), a.AssertionError);
assert.doesNotThrow(makeBlock(a.deepStrictEqual, { a: 4 }, { a: 4 }));
assert.doesNotThrow(makeBlock(a.deepStrictEqual, { a: 4, b: '2' }, { a: 4, b: '2' }));
assert.throws(makeBlock(a.deepStrictEqual, [4], ['4']));
assert.throws(makeBlock(a.deepStrictEqual, { a: 4 }, { a: 4, b: true }), a.AssertionError);
assert.throws(makeBlock(a.deepStrictEqual, ['a'], { 0: 'a' }));
assert.doesNotThrow(makeBlock(a.deepStrictEqual, { a: 4, b: '1' }, { b: '1', a: 4 }));
assert.throws(makeBlock(a.deepStrictEqual, [0, 1, 2, 'a', 'b'], [0, 1, 2, 'b', 'a']), a.AssertionError);
assert.doesNotThrow(makeBlock(a.deepStrictEqual, a1, a2));

function Constructor1(first, last) { this.first = first; this.last = last; }
function Constructor2(first, last) { this.first = first; this.last = last; }
var obj1 = new Constructor1('Ryan', 'Dahl');
var obj2 = new Constructor2('Ryan', 'Dahl');
assert.throws(makeBlock(a.deepStrictEqual, obj1, obj2), a.AssertionError);
Constructor2.prototype = Constructor1.prototype;
obj2 = new Constructor2('Ryan', 'Dahl');
assert.doesNotThrow(makeBlock(a.deepStrictEqual, obj1, obj2));

assert.throws(makeBlock(assert.deepStrictEqual, Symbol(), Symbol()), a.AssertionError);
var s = Symbol();
assert.doesNotThrow(makeBlock(assert.deepStrictEqual, s, s));
assert.throws(makeBlock(a.deepStrictEqual, null, {}), a.AssertionError);
assert.throws(makeBlock(a.deepStrictEqual, undefined, {}), a.AssertionError);
assert.throws(makeBlock(a.deepStrictEqual, 'a', ['a']), a.AssertionError);
assert.throws(makeBlock(a.deepStrictEqual, new String('a'), ['a']), a.AssertionError);
assert.throws(makeBlock(a.deepStrictEqual, new String('a'), { 0: 'a' }), a.AssertionError);
assert.throws(makeBlock(a.deepStrictEqual, new Number(1), {}), a.AssertionError);
assert.throws(makeBlock(a.deepStrictEqual, new Boolean(true), {}), a.AssertionError);
assert.doesNotThrow(makeBlock(a.deepStrictEqual, new Number(1), new Number(1)));
assert.throws(makeBlock(a.deepStrictEqual, new Number(1), new Number(2)), a.AssertionError);

// throws
function thrower(ErrorConstructor) {
  throw new ErrorConstructor(ErrorConstructor === a.AssertionError ? { message: 'test' } : 'test');
}
assert.throws(makeBlock(thrower, a.AssertionError), a.AssertionError, 'message');
assert.throws(makeBlock(thrower, a.AssertionError), a.AssertionError);
assert.throws(makeBlock(thrower, a.AssertionError));
assert.throws(makeBlock(thrower, TypeError));

// When passing a type, only errors of that type are accepted (modern Node:
// an AssertionError naming both classes).
var threw = false;
assert.throws(function () {
  a.throws(makeBlock(thrower, TypeError), a.AssertionError);
}, {
  generatedMessage: true,
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  operator: 'throws',
  expected: a.AssertionError,
  message: 'The error is expected to be an instance of "AssertionError". ' +
    'Received "TypeError"\n\nError message:\n\ntest'
});
threw = false;
try {
  a.doesNotThrow(makeBlock(thrower, TypeError), a.AssertionError);
} catch (e) {
  threw = true;
  assert.ok(e instanceof TypeError);
}
assert.strictEqual(threw, true);
threw = false;
try {
  a.doesNotThrow(makeBlock(thrower, TypeError), TypeError);
} catch (e) {
  threw = true;
  assert.ok(e instanceof a.AssertionError);
  assert.ok(/^Got unwanted exception\.\nActual message: "test"$/.test(e.message), e.message);
}
assert.strictEqual(threw, true);

assert.throws(function () { assert.ifError(new Error('test error')); });
assert.doesNotThrow(function () { assert.ifError(null); });
assert.doesNotThrow(function () { assert.ifError(); });

threw = false;
try {
  assert.throws(function () { throw ({}); }, Array);
} catch (e) {
  threw = true;
}
assert.ok(threw, 'wrong constructor validation');

a.throws(makeBlock(thrower, TypeError), /test/);
a.throws(makeBlock(thrower, TypeError), function (err) {
  if ((err instanceof TypeError) && /test/.test(err)) return true;
});

// https://github.com/nodejs/node/issues/3188: an Error subclass that does
// not match rethrows the original error.
function ES6Error(m) { var e = new Error(m); Object.setPrototypeOf(e, ES6Error.prototype); return e; }
ES6Error.prototype = Object.create(Error.prototype);
function AnotherErrorType(m) { var e = new Error(m); Object.setPrototypeOf(e, AnotherErrorType.prototype); return e; }
AnotherErrorType.prototype = Object.create(Error.prototype);
assert.throws(function () {
  assert.throws(function () { throw new AnotherErrorType('foo'); }, ES6Error);
}, function (e) {
  assert.strictEqual(e.message, 'The error is expected to be an instance of "ES6Error". ' +
    'Received "Error"\n\nError message:\n\nfoo');
  return true;
});

// GH-207: no endless loop on circular references
var b = {};
b.b = b;
var c = {};
c.b = c;
assert.doesNotThrow(makeBlock(a.deepEqual, b, c));
assert.doesNotThrow(makeBlock(a.deepStrictEqual, b, c));

// GH-7178: arguments objects are not arrays
var args = (function () { return arguments; })();
a.throws(makeBlock(a.deepEqual, [], args));
a.throws(makeBlock(a.deepEqual, args, []));

// #5292: messages
try {
  assert.equal(1, 2);
} catch (e) {
  assert.strictEqual(e.toString().split('\n')[0], 'AssertionError [ERR_ASSERTION]: 1 == 2');
  assert.ok(e.generatedMessage, 'Message not marked as generated');
}
try {
  assert.equal(1, 2, 'oh no');
} catch (e) {
  assert.strictEqual(e.toString().split('\n')[0], 'AssertionError [ERR_ASSERTION]: oh no');
  assert.strictEqual(e.generatedMessage, false);
}

// throws/doesNotThrow on a non-function: ERR_INVALID_ARG_TYPE
[' string', 1, true, false, [], {}, /foo/, null, undefined].forEach(function (block) {
  [assert.throws, assert.doesNotThrow].forEach(function (method) {
    var t = false;
    try {
      method(block);
    } catch (e) {
      t = true;
      assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
      assert.ok(e instanceof TypeError);
    }
    assert.ok(t);
  });
});

// https://github.com/nodejs/node/issues/3275
assert.throws(function () { throw 'error'; }, function (err) { return err === 'error'; });
assert.throws(function () { throw new Error(); }, function (err) { return err instanceof Error; });
console.log('ok');

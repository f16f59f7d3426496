// Every way source text is compiled goes through the one compile entry
// (src/compile.c): direct and indirect eval, new Function, require. ES5.1
// passes through unchanged: these check it behaves as before, as in node.
var assert = require('assert');

// direct eval sees the caller's scope, strict callers make strict eval
function direct() {
  var local = 40;
  return eval('local + 2');
}
assert.strictEqual(direct(), 42);
function strictDirect() {
  'use strict';
  eval('var leaked = 1');
  return typeof leaked;
}
assert.strictEqual(strictDirect(), 'undefined');
function sloppyDirect() {
  eval('var kept = 1');
  return typeof kept;
}
assert.strictEqual(sloppyDirect(), 'number');

// indirect eval runs in the global scope
globalThis.globalName = 'global';
function indirect() {
  var globalName = 'local';
  return (0, eval)('typeof globalName');
}
assert.strictEqual(indirect(), 'string');
assert.strictEqual((0, eval)('this') === globalThis, true);

// new Function: parameters, body, name and strictness not inherited
var add = new Function('a', 'b', 'return a + b');
assert.strictEqual(add(2, 3), 5);
assert.strictEqual(add.name, 'anonymous');
assert.strictEqual(add.length, 2);
assert.strictEqual(new Function('a, b', 'c', 'return a + b + c')(1, 2, 3), 6);
assert.strictEqual(Function('return this')() === globalThis, true);
assert.strictEqual(new Function('// a comment at the end')(), undefined);

// syntax errors stay SyntaxErrors, catchable
assert.throws(function () { eval('1 +'); }, SyntaxError);
assert.throws(function () { new Function('return )'); }, SyntaxError);
// jsrt names the place in the message (and fileName/lineNumber); node
// prints it only with the uncaught error (tests/sh/compile_cli.sh).
var jsrt = !!process.versions.duktape;
assert.throws(function () { require('./fixtures/bad_syntax'); }, function (e) {
  assert.strictEqual(e.name, 'SyntaxError');
  if (!jsrt) return true;
  assert.ok(/bad_syntax\.js:3:7\)$/.test(e.message), e.message);
  assert.ok(/bad_syntax\.js$/.test(e.fileName), e.fileName);
  assert.strictEqual(e.lineNumber, 3);
  return true;
});

// the runtime helpers of lowered code: a lazy, non-enumerable global
assert.strictEqual(Object.keys(globalThis).indexOf('__jsrt'), -1);
if (jsrt) {
  assert.strictEqual(typeof __jsrt.tdz, 'function');
  assert.strictEqual(Object.keys(globalThis).indexOf('__jsrt'), -1);
}
console.log('ok');

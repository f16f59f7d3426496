// V8's stack API as Node has it (issue 17): Error.captureStackTrace,
// Error.stackTraceLimit, Error.prepareStackTrace with CallSites, stack
// text in V8's shape, new Error(msg, { cause }). Written to pass under
// node as well (`node tests/js/errors/stack_api.js`): columns are not
// compared (Duktape records lines only).
'use strict';
var assert = require('assert');
var path = require('path');
var file = __filename;
var src = require('fs').readFileSync(file, 'utf8').split('\n');
// The line (1-based) of the first source line holding marker.
function lineOf(marker) {
  for (var i = 0; i < src.length; i++)
    if (src[i].indexOf(marker) !== -1 && src[i].indexOf('lineOf(') === -1) return i + 1;
  throw new Error('no marker ' + marker);
}

// Stack text: header, then "    at name (file:line...)" frames.
function inner() { return new Error('boom'); } // @inner
function outer() { return inner(); } // @outer
var e = outer();
var lines = e.stack.split('\n');
assert.strictEqual(lines[0], 'Error: boom');
assert.ok(new RegExp('^    at inner \\(.*stack_api\.js:' + lineOf('// @inner') + '(:\\d+)?\\)$').test(lines[1]), lines[1]);
assert.ok(new RegExp('^    at outer \\(.*stack_api\.js:' + lineOf('// @outer') + '(:\\d+)?\\)$').test(lines[2]), lines[2]);
assert.strictEqual(e.stack, e.stack);
assert.ok(Object.getOwnPropertyNames(e).indexOf('stack') !== -1);
assert.strictEqual(Object.prototype.propertyIsEnumerable.call(e, 'stack'), false);

// Constructor frames are "new Name"; the header follows name and message.
function Thing() { this.err = new TypeError('t'); }
var t = new Thing();
assert.ok(/^    at new Thing \(/.test(t.err.stack.split('\n')[1]), t.err.stack);
var renamed = new Error('m');
renamed.name = 'Custom';
assert.strictEqual(renamed.stack.split('\n')[0], 'Custom: m');
assert.strictEqual(new Error('').stack.split('\n')[0], 'Error');
// stack stays writable, as in V8.
var w = new Error('w');
w.stack = 'replaced';
assert.strictEqual(w.stack, 'replaced');

// Error.captureStackTrace(obj): obj.stack from here; with fn, the frames
// above fn's call and that call are left out.
assert.strictEqual(typeof Error.captureStackTrace, 'function');
var o = {};
Error.captureStackTrace(o); // @capture
assert.strictEqual(o.stack.split('\n')[0], 'Error');
assert.ok(o.stack.split('\n')[1].indexOf('stack_api.js:' + lineOf('// @capture')) !== -1, o.stack);
var named = { name: 'N', message: 'msg' };
Error.captureStackTrace(named);
assert.strictEqual(named.stack.split('\n')[0], 'N: msg');
function hidden() { var x = {}; Error.captureStackTrace(x, hidden); return x; }
function caller() { return hidden(); }
var h = caller();
assert.ok(/^    at caller \(/.test(h.stack.split('\n')[1]), h.stack);
assert.strictEqual(h.stack.indexOf('hidden'), -1);
function notOnStack() {}
var none = {};
Error.captureStackTrace(none, notOnStack);
assert.strictEqual(none.stack, 'Error');
assert.throws(function () { Error.captureStackTrace(1); }, TypeError);

// The usual subclass pattern (yargs' YError, http-errors, depd).
function MyError(msg) {
  this.message = msg;
  this.name = 'MyError';
  Error.captureStackTrace(this, MyError);
}
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.constructor = MyError;
function makeMine() { return new MyError('mine'); }
var mine = makeMine();
assert.strictEqual(mine.stack.split('\n')[0], 'MyError: mine');
assert.ok(/^    at makeMine \(/.test(mine.stack.split('\n')[1]), mine.stack);

// Error.stackTraceLimit: the number of frames; not a number: no stack.
assert.strictEqual(Error.stackTraceLimit, 10);
function deep(n) { return n === 0 ? new Error('deep') : deep(n - 1); }
Error.stackTraceLimit = 2;
assert.strictEqual(deep(5).stack.split('\n').length, 3);
Error.stackTraceLimit = 0;
assert.strictEqual(deep(5).stack, 'Error: deep');
Error.stackTraceLimit = 'x';
assert.strictEqual(deep(1).stack, undefined);
Error.stackTraceLimit = 10;

// Error.prepareStackTrace(err, callSites): its value is the stack.
Error.prepareStackTrace = function (err, sites) {
  return sites;
};
function site() { return new Error('s').stack; } // @site
var sites = site();
Error.prepareStackTrace = undefined;
assert.ok(Array.isArray(sites) && sites.length > 0);
assert.strictEqual(sites[0].getFunctionName(), 'site');
assert.strictEqual(sites[0].getFileName(), file);
assert.strictEqual(sites[0].getLineNumber(), lineOf('// @site'));
assert.strictEqual(typeof sites[0].isConstructor(), 'boolean');
assert.strictEqual(sites[0].isEval(), false);
assert.strictEqual(sites[0].getThis(), undefined); // strict code
assert.ok(String(sites[0]).indexOf('site (' + file + ':' + lineOf('// @site')) === 0, String(sites[0]));

// depd's way: swap prepareStackTrace, capture, read, restore.
function callSiteLocation() {
  var prep = Error.prepareStackTrace, obj = {};
  Error.prepareStackTrace = function (o, stack) { return stack; };
  Error.captureStackTrace(obj, callSiteLocation);
  var stack = obj.stack;
  Error.prepareStackTrace = prep;
  return [stack[0].getFileName(), stack[0].getLineNumber()];
}
function whoCalls() { return callSiteLocation(); } // @who
var loc = whoCalls();
assert.strictEqual(loc[0], file);
assert.strictEqual(loc[1], lineOf('// @who'));
assert.strictEqual(path.basename(loc[0]), 'stack_api.js');

// A prepareStackTrace that throws: the error reaches the reader.
Error.prepareStackTrace = function () { throw new RangeError('in prepare'); };
assert.throws(function () { return new Error('x').stack; }, RangeError);
Error.prepareStackTrace = undefined;

// new Error(message, { cause }) (ES2022), for every Error constructor.
var cause = new Error('root');
var wrapped = new Error('wrapped', { cause: cause });
assert.strictEqual(wrapped.cause, cause);
assert.strictEqual(Object.prototype.propertyIsEnumerable.call(wrapped, 'cause'), false);
assert.strictEqual(new TypeError('t', { cause: 0 }).cause, 0);
assert.strictEqual(RangeError('r', { cause: 'c' }).cause, 'c');
assert.strictEqual('cause' in new Error('no'), false);
assert.strictEqual('cause' in new Error('no', {}), false);
assert.strictEqual(new Error(undefined, { cause: 1 }).message, '');
assert.strictEqual(new Error().message, '');
assert.strictEqual(Error.length, 1);
assert.strictEqual(new SyntaxError('s', { cause: null }).cause, null);

console.log('ok');

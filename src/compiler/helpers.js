// helpers.js - the runtime helpers lowered code calls as __jsrt.NAME(...).
//
// How it is loaded: in libjsrt, `__jsrt` is a lazy global (src/globals.c):
// this file is compiled once at build time like the glue (blob
// internal/jsrt_helpers) and runs on the first touch of __jsrt, never per
// isolate up front. `jsrt --lower --inline-helpers` (jsrt_lower with
// JSRT_LOWER_INLINE_HELPERS) appends it to a lowered program instead, as
//     function __jsrt_helpers() { var exports = {}; <this file> return exports; }
// with `var __jsrt = __jsrt_helpers();` on the program's first line, so
// lines do not move and the output runs on a bare Duktape 2.7.
//
// Rules for what goes here:
// - ES5.1 only (plus what Duktape 2.7 has: Symbol, Reflect, Proxy): this
//   file is not lowered, and must run on a bare Duktape (no require, no
//   `native`, no Node globals). Valid in strict mode (it may be inlined
//   into strict code).
// - One `exports.NAME = function NAME(...)` per helper, in the section of
//   the transform that uses it; a name is the contract with the compiler's
//   jc_lw_helper(w, "NAME", ...) calls, so never rename one.
// - Error messages are V8's, word for word (tests compare with node).
// - Hot helpers stay small and monomorphic: Duktape is an interpreter.

var hasSymbol = typeof Symbol === 'function';
var symIterator = hasSymbol ? Symbol.iterator : '@@iterator';
var symAsyncIterator = hasSymbol && Symbol.asyncIterator ?
  Symbol.asyncIterator : '@@asyncIterator';
var toStr = Object.prototype.toString;

function describe(v) {
  if (v === null || v === undefined || typeof v === 'number' ||
      typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return '"' + v + '"';
  if (typeof v === 'function') return 'function';
  if (typeof v === 'symbol') return 'Symbol()';
  return 'object';
}

// ==== errors (block scope: let, const, class) ====

// Reading or writing a let/const/class binding before its declaration ran.
exports.tdz = function tdz(name) {
  throw new ReferenceError("Cannot access '" + name + "' before initialization");
};

// Assignment to a const binding (the assignment is evaluated first).
exports.constAssign = function constAssign(name) {
  throw new TypeError('Assignment to constant variable.');
};

// ==== iteration (for-of, spread, destructuring, yield*) ====

// The fallback iterator of array-likes, as %ArrayIteratorPrototype%'s
// values(): reads length at every step, done for good once done.
function ArrayLikeIterator(o) {
  this.o = o;
  this.i = 0;
}
ArrayLikeIterator.prototype.next = function next() {
  var o = this.o;
  if (o !== undefined && this.i < o.length)
    return { value: o[this.i++], done: false };
  this.o = undefined;
  return { value: undefined, done: true };
};
ArrayLikeIterator.prototype[symIterator] = function () { return this; };

// The fallback iterator of strings: by code points, as
// %StringIteratorPrototype%.
function StringIterator(s) {
  this.s = s;
  this.i = 0;
}
StringIterator.prototype.next = function next() {
  var s = this.s, i = this.i, c, d;
  if (s === undefined || i >= s.length) {
    this.s = undefined;
    return { value: undefined, done: true };
  }
  c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      this.i = i + 2;
      return { value: s.slice(i, i + 2), done: false };
    }
  }
  this.i = i + 1;
  return { value: s.charAt(i), done: false };
};
StringIterator.prototype[symIterator] = function () { return this; };

// GetIterator(obj, sync): obj[Symbol.iterator](), whose result must be an
// object. The fallback: objects that Duktape cannot give an
// @@iterator - arguments objects (each is made by the engine, no
// prototype of their own to patch) - iterate as array-likes, as the
// spec's %ArrayIteratorPrototype% does.
exports.iter = function iter(obj) {
  var m, it;
  if (obj !== null && obj !== undefined) m = obj[symIterator];
  if (m === undefined || m === null) {
    // Built-ins without @@iterator: arguments objects in libjsrt, and
    // arrays, strings and typed arrays on a bare Duktape (inlined helpers).
    if (typeof obj === 'string') return new StringIterator(obj);
    if (obj !== null && typeof obj === 'object' &&
        (Array.isArray(obj) || toStr.call(obj) === '[object Arguments]' ||
         (typeof ArrayBuffer === 'function' && ArrayBuffer.isView(obj) &&
          !(obj instanceof DataView))))
      return new ArrayLikeIterator(obj);
    throw new TypeError(describe(obj) + ' is not iterable');
  }
  if (typeof m !== 'function')
    throw new TypeError(describe(obj) + ' is not iterable');
  it = m.call(obj);
  if (it === null || (typeof it !== 'object' && typeof it !== 'function'))
    throw new TypeError('Result of the Symbol.iterator method is not an object');
  return it;
};

// GetIterator(obj, async): obj[Symbol.asyncIterator](), else the sync
// iterator (CreateAsyncFromSyncIterator is the async transform's part).
exports.asyncIter = function asyncIter(obj) {
  var m;
  if (obj !== null && obj !== undefined) m = obj[symAsyncIterator];
  if (m === undefined || m === null) return exports.iter(obj);
  if (typeof m !== 'function')
    throw new TypeError(describe(obj) + ' is not async iterable');
  var it = m.call(obj);
  if (it === null || (typeof it !== 'object' && typeof it !== 'function'))
    throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
  return it;
};

// IteratorClose(it, completion): calls it.return() when there is one.
// abrupt: the loop is left by a throw, whose exception wins - errors of
// return() and its result are ignored then. Otherwise (break, return,
// destructuring done early) return()'s result must be an object.
exports.close = function close(it, abrupt) {
  var r, res;
  if (abrupt) {
    try {
      r = it['return'];
      if (r !== undefined && r !== null) r.call(it);
    } catch (e) {}
    return;
  }
  r = it['return'];
  if (r === undefined || r === null) return;
  if (typeof r !== 'function')
    throw new TypeError(describe(r) + ' is not a function');
  res = r.call(it);
  if (res === null || (typeof res !== 'object' && typeof res !== 'function'))
    throw new TypeError('Iterator result ' + describe(res) + ' is not an object');
};

// ==== (next sections: one per transform, in the order of lower.c) ====

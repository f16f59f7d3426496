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
// object. name: the source text of the expression, for V8's "x is not
// iterable" (optional). The fallback: objects that Duktape cannot give an
// @@iterator - arguments objects (each is made by the engine, no
// prototype of their own to patch) - iterate as array-likes, as the
// spec's %ArrayIteratorPrototype% does.
exports.iter = function iter(obj, name) {
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
    throw new TypeError((name || describe(obj)) + ' is not iterable');
  }
  if (typeof m !== 'function')
    throw new TypeError((name || describe(obj)) + ' is not iterable');
  it = m.call(obj);
  if (it === null || (typeof it !== 'object' && typeof it !== 'function'))
    throw new TypeError('Result of the Symbol.iterator method is not an object');
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

// ==== classes (lower_class.c) ====
// A class is an ES5 constructor function; its methods are plain functions
// on the prototype (non-enumerable). Derived constructors get their
// instance from the parent: an ES5 function (or another lowered class) is
// called on the `this` that `new` made (its prototype is new.target's), a
// native or bound one (Error, Array, Map, Promise, ...) is constructed and
// the result moved to that prototype, so it keeps its internal slots.

function clsClassCallError(name) {
  return new TypeError("Class constructor " + name + " cannot be invoked without 'new'");
}
exports.classCall = function classCall(name) {
  throw clsClassCallError(name);
};

function clsIsObj(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

var clsFnToString = Function.prototype.toString;
// 0: ES function (call it on this), 1: native/bound (clsConstruct, reproto),
// 2: null (super() throws).
function clsParentKind(P) {
  if (P === null) return 2;
  return /\[native code\]|\[bound code\]/.test(clsFnToString.call(P)) ? 1 : 0;
}

// Sets up C (a function) as a class extending P (undefined: none): its
// prototype chain and the non-writable prototype. Returns the kind of P
// for superCall.
exports.classSetup = function classSetup(C, P, hasP) {
  var proto, kind = 0;
  if (hasP) {
    if (P === null) {
      proto = null;
      kind = 2;
    } else {
      if (typeof P !== 'function')
        throw new TypeError('Class extends value ' + clsDescribe(P) + ' is not a constructor or null');
      proto = P.prototype;
      if (proto !== null && !clsIsObj(proto))
        throw new TypeError('Class extends value does not have valid prototype property ' + clsDescribe(proto));
      kind = clsParentKind(P);
      Object.setPrototypeOf(C, P);
    }
    C.prototype = Object.create(proto);
    Object.defineProperty(C.prototype, 'constructor',
      { value: C, writable: true, enumerable: false, configurable: true });
  } else {
    Object.defineProperty(C.prototype, 'constructor', { enumerable: false });
  }
  Object.defineProperty(C, 'prototype', { writable: false });
  return kind;
};

function clsDescribe(v) {
  if (typeof v === 'function') return v.name ? 'function ' + v.name : 'function';
  if (typeof v === 'string') return v;
  if (typeof v === 'symbol') return v.toString();
  if (clsIsObj(v)) return '#<Object>';
  return String(v);
}

function clsConstruct(P, a) {
  switch (a.length) {
  case 0: return new P();
  case 1: return new P(a[0]);
  case 2: return new P(a[0], a[1]);
  case 3: return new P(a[0], a[1], a[2]);
  default: return new (Function.prototype.bind.apply(P, [null].concat(Array.prototype.slice.call(a))))();
  }
}

// super(...args) in a derived constructor (lower_class.c inlines the
// call of an ES5/lowered parent, kind 0): a native or bound parent is
// constructed and the instance given the prototype of the object `new`
// made (new.target's), so it keeps its internal slots.
exports.superNative = function superNative(kind, P, self, args) {
  var o, proto;
  if (kind === 0) return P.apply(self, args);
  if (kind === 2)
    throw new TypeError('Super constructor null of anonymous class is not a constructor');
  if (P === Object) return self;
  o = clsConstruct(P, args);
  proto = Object.getPrototypeOf(self);
  if (Object.getPrototypeOf(o) !== proto) Object.setPrototypeOf(o, proto);
  return o;
};

exports.superTwice = function superTwice() {
  throw new ReferenceError('Super constructor may only be called once');
};

// What super() gives when the parent returned r (not undefined, not self).
exports.superRet = function superRet(r, self) {
  return clsIsObj(r) ? r : self;
};

// `this` in a derived constructor where super() may not have run yet.
exports.thisCheck = function thisCheck(t) {
  if (t === undefined)
    throw new ReferenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
  return t;
};

// return v; in a derived constructor.
exports.derivedReturn = function derivedReturn(v, t) {
  if (clsIsObj(v)) return v;
  if (v !== undefined) throw new TypeError('Derived constructors may only return object or undefined');
  return exports.thisCheck(t);
};

function clsToKey(k) {
  var p, r;
  if (typeof k === 'symbol') return k;
  if (clsIsObj(k)) {
    p = typeof Symbol === 'function' && Symbol.toPrimitive ? k[Symbol.toPrimitive] : undefined;
    if (p !== undefined && p !== null) {
      r = p.call(k, 'string');
      if (clsIsObj(r)) throw new TypeError('Cannot convert object to primitive value');
    } else {
      // OrdinaryToPrimitive(k, string): toString, then valueOf
      p = k.toString;
      if (typeof p === 'function') r = p.call(k);
      if (typeof p !== 'function' || clsIsObj(r)) {
        p = k.valueOf;
        if (typeof p === 'function') r = p.call(k);
        if (typeof p !== 'function' || clsIsObj(r))
          throw new TypeError('Cannot convert object to primitive value');
      }
    }
    k = r;
    if (typeof k === 'symbol') return k;
  }
  return String(k);
}
exports.toKey = clsToKey;

function clsKeyName(k, prefix) {
  var n = k;
  if (typeof k === 'symbol') {
    n = String(k).slice(7, -1); /* Symbol(desc) */
    n = n === '' ? '' : '[' + n + ']';
  }
  return prefix ? prefix + ' ' + n : n;
}

function clsSetName(f, name) {
  Object.defineProperty(f, 'name', { value: name, writable: false, enumerable: false, configurable: true });
}
exports.setName = clsSetName;

// A field's anonymous function or class value gets the field's name
// (unless a class has a static `name` of its own).
exports.fnName = function fnName(f, k) {
  var d = Object.getOwnPropertyDescriptor(f, 'name');
  if (d === undefined || d.value === '') clsSetName(f, clsKeyName(clsToKey(k)));
  return f;
};

// Defines a class element on o (the prototype or the class): kind 0 a
// method, 1 a getter, 2 a setter; returns the key.
exports.defMethod = function defMethod(o, k, f, kind) {
  if (kind === 0) {
    clsSetName(f, clsKeyName(k));
    Object.defineProperty(o, k, { value: f, writable: true, enumerable: false, configurable: true });
  } else if (kind === 1) {
    clsSetName(f, clsKeyName(k, 'get'));
    Object.defineProperty(o, k, { get: f, enumerable: false, configurable: true });
  } else {
    clsSetName(f, clsKeyName(k, 'set'));
    Object.defineProperty(o, k, { set: f, enumerable: false, configurable: true });
  }
};

// A public field: [[DefineOwnProperty]] (not a Set, which would run a
// setter of the prototype chain).
exports.field = function field(o, k, v) {
  Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
};

// super.x: [[HomeObject]].[[GetPrototypeOf]]() looked up with this as the
// receiver of a getter.
function clsSuperBase(home) {
  var p = Object.getPrototypeOf(home);
  if (p === null) throw new TypeError("Cannot read properties of null");
  return p;
}

exports.superGet = function superGet(home, k, recv) {
  var p = clsSuperBase(home), d;
  if (clsIsObj(k)) k = clsToKey(k);
  while (p !== null) {
    d = Object.getOwnPropertyDescriptor(p, k);
    if (d !== undefined) return d.get !== undefined ? d.get.call(recv) : ('value' in d ? d.value : undefined);
    p = Object.getPrototypeOf(p);
  }
  return undefined;
};

// super.x = v: a setter up the chain runs on this; else this gets v.
exports.superSet = function superSet(home, k, v, recv) {
  var p = clsSuperBase(home), d;
  if (clsIsObj(k)) k = clsToKey(k);
  while (p !== null) {
    d = Object.getOwnPropertyDescriptor(p, k);
    if (d !== undefined) {
      if (d.set !== undefined) { d.set.call(recv, v); return v; }
      if (d.get !== undefined) throw new TypeError("Cannot set property " + String(k) + " of " + clsDescribe(recv) + " which has only a getter");
      if (!d.writable) throw new TypeError("Cannot assign to read only property '" + String(k) + "' of object");
      break;
    }
    p = Object.getPrototypeOf(p);
  }
  d = Object.getOwnPropertyDescriptor(recv, k);
  if (d !== undefined && d.get === undefined && d.set === undefined) recv[k] = v;
  else Object.defineProperty(recv, k, { value: v, writable: true, enumerable: true, configurable: true });
  return v;
};

// super.x++ and friends
exports.superUpdate = function superUpdate(home, k, recv, delta, prefix) {
  var old = +exports.superGet(home, k, recv);
  exports.superSet(home, k, old + delta, recv);
  return prefix ? old + delta : old;
};

// #private names: one record per name and class evaluation:
// {n: '#x', k: 0 field (m: WeakMap of {v: value}) / 1 method (f) / 2 accessor
// (g, s), b: the brand WeakMap of the class (methods, accessors)}.
exports.priv = function priv(name, kind, brand) {
  return { n: name, k: kind, m: kind === 0 ? new WeakMap() : null, f: undefined, g: undefined, s: undefined, b: brand };
};

// The brand of a class with private methods or accessors.
exports.brand = function brand(className) {
  var b = new WeakMap();
  b.c = className;
  return b;
};

// The function of a private method ('f'), getter ('g') or setter ('s').
exports.pfn = function pfn(P, slot, f) {
  clsSetName(f, slot === 'f' ? P.n : (slot === 'g' ? 'get ' : 'set ') + P.n);
  P[slot] = f;
};

function clsPrivError(P, what) {
  return new TypeError('Cannot ' + what + ' private member ' + P.n + ' from an object whose class did not declare it');
}

exports.pget = function pget(o, P) {
  var box;
  if (P.k === 0) {
    // one WeakMap lookup: the values are boxed ({v: value})
    box = clsIsObj(o) ? P.m.get(o) : undefined;
    if (box === undefined) throw clsPrivError(P, 'read');
    return box.v;
  }
  if (!clsIsObj(o) || !P.b.has(o)) throw new TypeError('Receiver must be an instance of class ' + (P.b.c || 'anonymous'));
  if (P.k === 1) return P.f;
  if (P.g === undefined) throw new TypeError("'" + P.n + "' was defined without a getter");
  return P.g.call(o);
};

exports.pset = function pset(o, P, v) {
  var box;
  if (P.k === 0) {
    box = clsIsObj(o) ? P.m.get(o) : undefined;
    if (box === undefined) throw clsPrivError(P, 'write');
    box.v = v;
    return v;
  }
  if (!clsIsObj(o) || !P.b.has(o)) throw clsPrivError(P, 'write');
  if (P.k === 1) throw new TypeError('Private method is not writable');
  if (P.s === undefined) throw new TypeError("'" + P.n + "' was defined without a setter");
  P.s.call(o, v);
  return v;
};

// o.#m(args) where o is not a plain name.
exports.pcall = function pcall(o, P, args) {
  return exports.pget(o, P).apply(o, args);
};

// o.#x++ and friends (delta 1 or -1)
exports.pupdate = function pupdate(o, P, delta, prefix) {
  var old = +exports.pget(o, P);
  exports.pset(o, P, old + delta);
  return prefix ? old + delta : old;
};

// #x in o
exports.pin = function pin(o, P) {
  if (!clsIsObj(o)) throw new TypeError("Cannot use 'in' operator to search for '" + P.n + "' in " + String(o));
  return P.k === 0 ? P.m.has(o) : P.b.has(o);
};

// Adds field P with value v to o (instance or class initialization).
exports.padd = function padd(o, P, v) {
  if (P.m.has(o)) throw new TypeError('Cannot initialize ' + P.n + ' twice on the same object');
  P.m.set(o, { v: v });
};

// Adds the brand of a class with private methods/accessors to o.
exports.pbrand = function pbrand(o, brand) {
  if (brand.has(o)) throw new TypeError('Cannot initialize private methods of class twice on the same object');
  brand.set(o, true);
};

// ==== (next sections: one per transform, in the order of lower.c) ====

// ---- for-of (lower_for_of.c) ----

// The loop indexes an Array itself when its iteration is the built-in one
// (Array.prototype[Symbol.iterator] and %ArrayIteratorPrototype%.next as
// they were when this file ran): null then, else GetIterator(obj). In
// libjsrt the built-in is a stub until first called (globals.c installs
// the real values() then): one call first, so the one kept is the real.
var arrayValues = Array.prototype[symIterator];
if (typeof arrayValues === 'function') {
  arrayValues.call([]);
  arrayValues = Array.prototype[symIterator];
}
var arrayIterProto = typeof arrayValues === 'function' ?
  Object.getPrototypeOf(arrayValues.call([])) : null;
var arrayIterNext = arrayIterProto !== null ? arrayIterProto.next : undefined;
exports.forOf = function forOf(obj) {
  if (Array.isArray(obj) && obj[symIterator] === arrayValues &&
      (arrayIterProto === null || arrayIterProto.next === arrayIterNext))
    return null;
  return exports.iter(obj);
};

// ---- destructure/spread/object (lower_destructure.c, lower_params.c,
//      lower_spread.c, lower_object.c) ----

// The real Array.prototype.values (the runtime puts it in place of a lazy
// stub on the first call) and %ArrayIteratorPrototype%.next, to tell an
// array-like whose iteration nobody changed: its index reads below length
// are what the iterator protocol gives. A bare Duktape has neither: there
// arrays iterate by index (exports.iter's fallback).
var dsArrayIterProto = typeof Array.prototype[symIterator] === 'function' ?
  Object.getPrototypeOf([][symIterator]()) : null;
var dsArrayValues = Array.prototype[symIterator];
var dsArrayNext = dsArrayIterProto !== null ? dsArrayIterProto.next : undefined;
var dsDefine = Object.defineProperty;
var dsGetOwn = Object.getOwnPropertyDescriptor;
var dsIsEnum = Object.prototype.propertyIsEnumerable;
var dsOwnKeys = typeof Reflect === 'object' && Reflect.ownKeys;

// The originals for the compiler's inline check (jc_ds_fast_array), read
// once per program: on a bare Duktape no array has _AV as its @@iterator.
exports.S = symIterator;
exports.AV = dsArrayValues || function values() {};
exports.AIP = dsArrayIterProto || {};
exports.AIN = dsArrayNext;

function dsFast(v) {
  return v !== null && v !== undefined && v[symIterator] === dsArrayValues &&
    (dsArrayIterProto !== null ? dsArrayIterProto.next === dsArrayNext :
     Array.isArray(v));
}

function dsCopy(v) {
  var out = new Array(v.length), i;
  for (i = 0; i < v.length; i++) out[i] = v[i];
  return out;
}

// Array destructuring: the first n values of an iterable (all of them when
// n < 0), closing the iterator when the pattern ends before it is done.
// A fast array-like of at least n elements is returned as it is (the
// pattern only reads it).
exports.ary = function ary(v, n) {
  if (v !== null && v !== undefined && v[symIterator] === dsArrayValues &&
      dsArrayIterProto !== null && dsArrayIterProto.next === dsArrayNext &&
      n >= 0 && v.length >= n)
    return v; /* the common case first: one call, three reads */
  return dsArySlow(v, n);
};

function dsArySlow(v, n) {
  var it, next, out, i, r;
  if (dsFast(v)) {
    if (n < 0) return dsCopy(v);
    if (v.length >= n) return v;
  }
  // an Array whose @@iterator was removed is not iterable (exports.iter
  // falls back to index reads for arrays only on a bare Duktape)
  if (dsArrayIterProto !== null && Array.isArray(v) &&
      (v[symIterator] === undefined || v[symIterator] === null))
    throw new TypeError(describe(v) + ' is not iterable');
  it = exports.iter(v);
  next = it.next;
  out = [];
  i = 0;
  while (n < 0 || i < n) {
    r = next.call(it);
    if (r === null || (typeof r !== 'object' && typeof r !== 'function'))
      throw new TypeError('Iterator result ' + describe(r) + ' is not an object');
    if (r.done) return out;
    out[i++] = r.value;
  }
  exports.close(it, false);
  return out;
}

// f(...v): the values to apply (a fast Array itself: apply reads it now).
exports.spr = function spr(v) {
  return dsFast(v) ? v : dsArySlow(v, -1);
};

// [a, ...b, c] -> cat([a], b, [c]): chunks (fresh array literals, holes
// kept) alternate with iterables whose values are appended.
exports.cat = function cat(out) {
  var k = out.length, i, j, v, a;
  for (i = 1; i < arguments.length; i += 2) {
    v = arguments[i];
    a = dsFast(v) ? v : dsArySlow(v, -1);
    for (j = 0; j < a.length; j++) out[k++] = a[j];
    if (i + 1 < arguments.length) {
      a = arguments[i + 1];
      for (j = 0; j < a.length; j++, k++)
        if (j in a) out[k] = a[j];
      out.length = k;
    }
  }
  return out;
};

// new C(...args)
exports.construct = function construct(C, args) {
  return Reflect.construct(C, args);
};

// A rest parameter: the arguments from index n on.
exports.rest = function rest(args, n) {
  var len = args.length, out = new Array(len > n ? len - n : 0), i;
  for (i = n; i < len; i++) out[i - n] = args[i];
  return out;
};

// RequireObjectCoercible of an object pattern's value.
exports.dnull = function dnull(v) {
  throw new TypeError("Cannot destructure '" + v + "' as it is " + v + '.');
};

function dsKey(k) {
  return typeof k === 'symbol' ? k : String(k);
}

function dsData(o, k, v) {
  dsDefine(o, k, { value: v, writable: true, enumerable: true, configurable: true });
}

// CopyDataProperties(target, src, excluded): own enumerable string and
// symbol keys, getters run, null/undefined copy nothing.
function dsCopyData(target, src, excl) {
  var o, keys, i, j, k;
  if (src === null || src === undefined) return target;
  o = Object(src);
  keys = dsOwnKeys ? dsOwnKeys(o) : Object.getOwnPropertyNames(o).concat(
    Object.getOwnPropertySymbols ? Object.getOwnPropertySymbols(o) : []);
  for (i = 0; i < keys.length; i++) {
    k = keys[i];
    if (excl) {
      for (j = 0; j < excl.length; j++) if (excl[j] === k) break;
      if (j < excl.length) continue;
    }
    if (dsIsEnum.call(o, k)) {
      if (k === '__proto__') dsData(target, k, o[k]);
      else target[k] = o[k];
    }
  }
  return target;
}

// {...src} in an object literal.
exports.cdp = function cdp(target, src) {
  dsCopyData(target, src, null);
};

// {a, [k]: b, ...rest} = src: the rest object (excl: the keys named).
exports.orest = function orest(src, excl) {
  var i;
  for (i = 0; i < excl.length; i++) excl[i] = dsKey(excl[i]);
  return dsCopyData({}, src, excl);
};

// SetFunctionName(f, name): "[desc]" for a symbol.
function dsSetName(f, name) {
  var d = dsGetOwn(f, 'name');
  if (d && !d.configurable) return;
  if (typeof name === 'symbol') {
    name = String(name);
    name = name.length > 8 ? '[' + name.slice(7, -1) + ']' : '';
  }
  dsDefine(f, 'name', { value: name, configurable: true });
}

// {[k]: v}: an own data property (['__proto__'] too).
exports.dp = function dp(o, k, v) {
  dsData(o, dsKey(k), v);
};

// {[k]: function () {}}: the same, the function named after the key.
exports.dpn = function dpn(o, k, f) {
  k = dsKey(k);
  dsSetName(f, k);
  dsData(o, k, f);
};

// {get [k]() {}} / {set [k](v) {}}: one half of an accessor.
exports.acc = function acc(o, k, f, isSet) {
  var d = { enumerable: true, configurable: true };
  k = dsKey(k);
  if (isSet) d.set = f;
  else d.get = f;
  dsSetName(f, (isSet ? 'set ' : 'get ') + (typeof k === 'symbol' ? '' : k));
  dsDefine(o, k, d);
};

// {__proto__: v}: sets [[Prototype]] when v is an object or null.
exports.sproto = function sproto(o, v) {
  if (typeof v === 'object' || typeof v === 'function') Object.setPrototypeOf(o, v);
};

// A method using super: its [[HomeObject]], and its name when its own
// binding had to be a fresh one.
exports.home = function home(f, o, name) {
  dsDefine(f, '__jsrt_home', { value: o });
  if (name !== undefined) dsSetName(f, name);
  return f;
};

// super[k] in a method f, this = self.
exports.sget = function sget(f, k, self) {
  var p = Object.getPrototypeOf(f.__jsrt_home), d;
  k = dsKey(k);
  for (; p !== null && p !== undefined; p = Object.getPrototypeOf(p)) {
    d = dsGetOwn(p, k);
    if (d) return d.get ? d.get.call(self) : d.value;
  }
  return undefined;
};

// super[k] = v in a method f, this = self.
exports.sset = function sset(f, k, v, self) {
  var p = Object.getPrototypeOf(f.__jsrt_home), d;
  k = dsKey(k);
  for (; p !== null && p !== undefined; p = Object.getPrototypeOf(p)) {
    d = dsGetOwn(p, k);
    if (d) {
      if (d.set) {
        d.set.call(self, v);
        return v;
      }
      if (d.get || !d.writable)
        throw new TypeError("Cannot assign to read only property '" + String(k) + "' of object");
      break;
    }
  }
  if (dsGetOwn(self, k)) self[k] = v;
  else dsData(self, k, v);
  return v;
};

// A function lowered with more parameters than its spec .length (a
// default parameter): its length, once, when it is made.
// name: the name of `var f = function (a = 1) {}` (set here, as the
// call hides the function from the compile-time naming).
exports.len = function len(f, n, name) {
  dsDefine(f, 'length', { value: n, configurable: true });
  if (name !== undefined) dsSetName(f, name);
  return f;
};

// ---- template (lower_template.c) ----

// The strings object of a tagged template site, made once per site: the
// cooked values with `raw`, both frozen. Duktape's Object.freeze leaves an
// array's length writable, so length is made read-only first.
exports.tpl = function tpl(cooked, raw) {
  var ro = { writable: false };
  Object.defineProperty(raw, 'length', ro);
  Object.defineProperty(cooked, 'raw', { value: Object.freeze(raw) });
  Object.defineProperty(cooked, 'length', ro);
  return Object.freeze(cooked);
};

// ==== modules (lower_module.c) ====

// An anonymous default export is named "default".
exports.defaultName = function defaultName(f) {
  if (typeof f === 'function')
    Object.defineProperty(f, 'name', { value: 'default', configurable: true });
  return f;
};

// import() in a script or a CommonJS module: referrer is the compiled
// file's name. The loader is the library's (internal/esm); on a bare
// Duktape (inlined helpers) there is none.
exports.dynamicImport = function dynamicImport(spec, options, referrer) {
  if (typeof require !== 'function')
    return Promise.reject(new Error('import() needs the jsrt module loader'));
  return require('internal/esm').dynamicImport(spec, options, referrer);
};

// ---- generator (lower_generator.c) ----
// The contract with lower_generator.c (its header has the whole shape):
//   function* g(a) { BODY }  ->  function g(a) { var ...;
//     return __jsrt.gen(g, function (_g, _s) {
//       for (;;) switch (_g.p = _g.n) { case 0: ... } }, tries); }
// and __jsrt.genFn(fn [, name]) where the function is made. The body
// returns the value it yields (after `_g.n = next location`), or GEN_CONT
// from the _g methods below (a jump, a return, a delegation begun); its
// second parameter is what next(v) sent (the value of the yield). tries: [try, catch, finally, after, ...] per try
// statement by location (-1: none), or null.
// lower_async.c: `__jsrt.async(thisArg, arguments, genFn)` and
// `__jsrt.asyncGen(thisArg, arguments, genFn)` take a function whose call
// returns such a generator object (the async section drives it).

var GEN_CONT = {};
var GSTATE = hasSymbol ? Symbol('GeneratorState') : '__jsrtGeneratorState';
var genProto = null, genFnProto = null;

function genDef(o, k, v, writable) {
  Object.defineProperty(o, k, { value: v, writable: writable, configurable: true });
}

// %GeneratorFunction.prototype% and %GeneratorPrototype%, made on first
// use; %IteratorPrototype% is the runtime's (internal/engine/iterator.js,
// found through an array iterator), or one of our own on a bare Duktape.
function genInit() {
  var ip = null, a;
  if (typeof Array.prototype[symIterator] === 'function') {
    try {
      a = Object.getPrototypeOf(Object.getPrototypeOf([][symIterator]()));
      if (a !== Object.prototype && a !== null) ip = a;
    } catch (e) {}
  }
  if (ip === null) {
    ip = {};
    genDef(ip, symIterator, function () { return this; }, true);
  }
  genProto = Object.create(ip);
  genFnProto = Object.create(Function.prototype);
  genDef(genFnProto, 'prototype', genProto, false);
  genDef(genProto, 'constructor', genFnProto, false);
  genDef(genProto, 'next', function next(v) {
    // (a null or undefined this throws reading GSTATE: a TypeError too)
    var g = this[GSTATE], y;
    if (g === undefined || g.o !== this || g.st !== 1) return genNextSlow(this, g, v);
    // at a yield, no yield* under way: the common step, inline
    g.st = 2;
    try {
      y = g.body(g, v);
    } catch (e) {
      return genStep(g, 1, e);
    }
    if (y !== GEN_CONT) {
      g.st = 1;
      return { value: y, done: false };
    }
    return genStep(g, 0, undefined);
  }, true);
  genDef(genProto, 'return', function return_(v) {
    var g = this !== null && this !== undefined ? this[GSTATE] : undefined;
    if (g === undefined || g.o !== this) genBad(this, 'return');
    return genResume(g, 2, v);
  }, true);
  genDef(genProto, 'throw', function throw_(e) {
    var g = this !== null && this !== undefined ? this[GSTATE] : undefined;
    if (g === undefined || g.o !== this) genBad(this, 'throw');
    return genResume(g, 1, e);
  }, true);
  genDef(genProto['return'], 'name', 'return', false);
  genDef(genProto['throw'], 'name', 'throw', false);
  if (hasSymbol && Symbol.toStringTag) {
    genDef(genProto, Symbol.toStringTag, 'Generator', false);
    genDef(genFnProto, Symbol.toStringTag, 'GeneratorFunction', false);
  }
}

function genNextSlow(o, g, v) {
  if (g === undefined || g.o !== o) genBad(o, 'next');
  return genResume(g, 0, v);
}

function genBad(o, name) {
  throw new TypeError(name + ' method called on incompatible receiver ' +
                      (o !== null && typeof o === 'object' ? '#<Object>' : String(o)));
}

// fn (a lowered function* or generator method) as a generator function.
// name: the name an anonymous expression would have had (it was given a
// name to refer to itself).
function genFn(fn, name) {
  if (genProto === null) genInit();
  Object.setPrototypeOf(fn, genFnProto);
  fn.prototype = Object.create(genProto);
  if (name !== undefined)
    Object.defineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}
exports.genFn = genFn;

function GenState(o, body, tries) {
  this.o = o;            // the generator object
  this.n = 0;            // next location
  this.p = 0;            // location being run
  this.st = 0;           // 0 suspended at start, 1 at a yield, 2 running,
                         // 3 done, 4 at a yield* (del set)
  this.body = body;
  this.t = tries;
  this.done = false;
  this.rv = undefined;   // the return value
  this.thr = false;      // done by an exception (ex)
  this.ex = undefined;   // the exception thrown in (for catch)
  this.del = null;       // yield*: the inner iterator, its next method
  this.dn = null;
  this.cr = null;        // per try: how its finally block was entered
  this.m = 0;
  this.v = undefined;
}

// A generator object of F (a generator function; null: none). nt: the
// call's new.target (a generator function is no constructor).
exports.gen = function gen(F, body, tries, nt) {
  var proto, o;
  if (nt !== undefined) throw new TypeError(F.name + ' is not a constructor');
  if (F !== null) {
    if (genProto === null || Object.getPrototypeOf(F) !== genFnProto) genFn(F);
    proto = F.prototype;
    if (proto === null || (typeof proto !== 'object' && typeof proto !== 'function'))
      proto = genProto;
  } else {
    if (genProto === null) genInit();
    proto = genProto;
  }
  o = Object.create(proto);
  Object.defineProperty(o, GSTATE, { value: new GenState(o, body, tries) });
  return o;
};

function genResume(g, mode, v) {
  var st = g.st;
  if (st === 2) throw new TypeError('Generator is already running');
  if (st === 3) {
    if (mode === 1) throw v;
    return { value: mode === 2 ? v : undefined, done: true };
  }
  if (st === 0 && mode !== 0) {
    g.st = 3;
    g.body = null;
    if (mode === 1) throw v;
    return { value: v, done: true };
  }
  return genStep(g, mode, v);
}

// Runs the body from where it stopped: mode 0 next(v), 1 throw(v),
// 2 return(v), until it yields or completes.
function genStep(g, mode, v) {
  var y, r;
  g.st = 2;
  for (;;) {
    if (g.del !== null) {
      r = genDelegate(g, mode, v);
      if (r !== undefined) {
        g.st = 4;
        return r;
      }
      mode = g.m;
      v = g.v;
      g.v = undefined;
    }
    if (mode === 1) genThrowIn(g, v);
    else if (mode === 2) genAbrupt(g, 2, v);
    if (!g.done) {
      try {
        y = g.body(g, v);
      } catch (e) {
        mode = 1;
        v = e;
        continue;
      }
      if (y !== GEN_CONT) {
        g.st = 1;
        return { value: y, done: false };
      }
      if (!g.done) {
        mode = 0;
        v = undefined;
        continue;
      }
    }
    g.st = 3;
    g.body = null;
    if (g.thr) {
      v = g.ex;
      g.ex = undefined;
      g.thr = false;
      throw v;
    }
    v = g.rv;
    g.rv = undefined;
    return { value: v, done: true };
  }
}

// An exception at location p: to the innermost catch or finally around p.
function genThrowIn(g, e) {
  var t = g.t, p = g.p, i;
  if (t !== null) {
    for (i = t.length - 4; i >= 0; i -= 4) {
      if (t[i] > p) continue;
      if (t[i + 1] >= 0 && p < t[i + 1]) {
        g.n = t[i + 1];
        g.ex = e;
        return;
      }
      if (t[i + 2] >= 0 && p < t[i + 2]) {
        if (g.cr === null) g.cr = [];
        g.cr[i >> 1] = 1;
        g.cr[(i >> 1) + 1] = e;
        g.n = t[i + 2];
        return;
      }
    }
  }
  g.done = true;
  g.thr = true;
  g.ex = e;
}

// return (type 2, value v) or a jump (type 3, to location v) from p:
// through the finally blocks it leaves.
function genAbrupt(g, type, v) {
  var t = g.t, p = g.p, i, f;
  if (t !== null) {
    for (i = t.length - 4; i >= 0; i -= 4) {
      f = t[i + 2];
      if (f >= 0 && t[i] <= p && p < f &&
          !(type === 3 && t[i] <= v && v < t[i + 3])) {
        if (g.cr === null) g.cr = [];
        g.cr[i >> 1] = type;
        g.cr[(i >> 1) + 1] = v;
        g.n = f;
        return GEN_CONT;
      }
    }
  }
  if (type === 3) {
    g.n = v;
  } else {
    g.done = true;
    g.rv = v;
  }
  return GEN_CONT;
}

// yield*: one step of the inner iterator. Returns its result to yield, or
// undefined when the delegation is over (g.m/g.v: how the body goes on).
function genDelegate(g, mode, v) {
  var it = g.del, m, r;
  try {
    if (mode === 0) {
      r = g.dn.call(it, v);
    } else if (mode === 1) {
      m = it['throw'];
      if (m === undefined || m === null) {
        g.del = null;
        exports.close(it, false);
        throw new TypeError("The iterator does not provide a 'throw' method");
      }
      r = m.call(it, v);
    } else {
      m = it['return'];
      if (m === undefined || m === null) {
        g.del = null;
        g.m = 2;
        g.v = v;
        return undefined;
      }
      r = m.call(it, v);
    }
    if (r === null || (typeof r !== 'object' && typeof r !== 'function'))
      throw new TypeError('Iterator result ' + describe(r) + ' is not an object');
    if (!r.done) return r;
    g.del = null;
    g.m = mode === 2 ? 2 : 0;
    g.v = r.value;
  } catch (e) {
    g.del = null;
    g.m = 1;
    g.v = e;
  }
  return undefined;
}

GenState.prototype.r = function (v) { return genAbrupt(this, 2, v); };
GenState.prototype.j = function (loc) { return genAbrupt(this, 3, loc); };
GenState.prototype.c = function () {
  var e = this.ex;
  this.ex = undefined;
  return e;
};
// The end of try i's finally block: goes on as it was entered.
GenState.prototype.f = function (i) {
  var cr = this.cr, type = 0, v;
  if (cr !== null) {
    type = cr[2 * i];
    v = cr[2 * i + 1];
    cr[2 * i] = 0;
    cr[2 * i + 1] = undefined;
  }
  if (type === 1) throw v;
  if (type === 2 || type === 3) return genAbrupt(this, type, v);
  this.n = this.t[4 * i + 3];
  return GEN_CONT;
};
GenState.prototype.d = function (x) {
  var it = exports.iter(x);
  this.dn = it.next;
  this.del = it;
  return GEN_CONT;
};
// for-in around a yield: the keys when it starts, each still there when
// its turn comes.
GenState.prototype.k = function (o) {
  var a = [], k;
  if (o !== null && o !== undefined) {
    o = Object(o);
    for (k in o) a.push(k);
  }
  return { o: o, a: a, i: 0, v: undefined };
};
GenState.prototype.kn = function (t) {
  var k;
  while (t.i < t.a.length) {
    k = t.a[t.i++];
    if (k in t.o) {
      t.v = k;
      return true;
    }
  }
  return false;
};

// util.types.isGeneratorFunction / isGeneratorObject.
exports.isGenFn = function isGenFn(f) {
  return typeof f === 'function' && genFnProto !== null &&
    Object.getPrototypeOf(f) === genFnProto;
};
exports.isGenObj = function isGenObj(o) {
  return o !== null && typeof o === 'object' &&
    Object.prototype.hasOwnProperty.call(o, GSTATE);
};

// The name of an anonymous async function expression where the spec's
// NamedEvaluation gives one (`const f = async () => {}`): the call around
// it hides it from the compile-time naming (lower_generator.c's wrap).
exports.named = function named(f, name) {
  Object.defineProperty(f, 'name', { value: name, configurable: true });
  return f;
};

// ---- async (lower_async.c runtime) ----
//
// The contract with lower_async.c (the `gen` lane) and lower_for_of.c:
//
//   async function f(a, b = 1) { BODY }
//   -> function f(a, b) { return __jsrt.async(this, arguments,
//        function* (a, b = 1) { BODY with each `await x` as `yield x` }); }
//      __jsrt.asyncFn(f)       (once, where f is made: the prototype chain)
//
//   async function* g(a) { BODY }
//   -> function g(a) { return __jsrt.asyncGen(this, arguments,
//        function* (a) { BODY' }, g); }
//      __jsrt.asyncGenFn(g)    (once, where g is made)
//   where BODY' has `await x` as `yield __jsrt.await(x)`, `yield x` as is,
//   `yield* x` as `yield __jsrt.asyncStar(x)` (the expression's value is
//   the delegate's result), and `return x` as `return yield __jsrt.await(x)`
//   (the spec awaits a returned value inside the generator, so a rejection
//   is catchable there and finally blocks run after it; a plain `return;`
//   stays).
//
// genFn is any function returning an object with next(v)/throw(e)/return(v)
// answering {value, done} (the state machine of lower_generator.c, or a
// hand-written one in the tests): it is called with thisArg and args as
// genFn.apply(thisArg, args), inside the driver, so an error of parameter
// defaults rejects the promise instead of throwing. The 4th argument of
// asyncGen is the function whose .prototype the generator object gets
// (%AsyncGeneratorPrototype% when absent or not an object).
//
// Await is V8's (the spec since ES2019): PromiseResolve(%Promise%, x) -
// the promise itself when x is a native promise whose constructor is
// Promise, else a new one resolved with x - then PerformPromiseThen with
// no derived promise: one microtask turn for a promise or a plain value,
// three for a thenable, as in node. In libjsrt the driver uses the
// Promise's internal operations (internal/engine/promise's `fast`); on
// a bare engine or inlined into code node runs, the global Promise (then()
// derives a promise nobody sees: the same turns, one allocation more).

var aP = null;       // the fast operations, once the first async call ran
var aPromise = null; // %Promise%
var aThenOrig = null; // its then as it was

function aInit() {
  var f = null;
  if (typeof require === 'function') {
    try { f = require('internal/engine/promise').fast; } catch (e) { f = null; }
  }
  if (f && typeof f.newPromise === 'function') {
    aPromise = f.Promise;
    aThenOrig = aPromise.prototype.then;
    aP = f;
    return;
  }
  if (typeof Promise !== 'function') throw new TypeError('Promise is not defined');
  aPromise = Promise;
  var symRes = hasSymbol ? Symbol('resolve') : '@@jsrtResolve';
  var then = Promise.prototype.then;
  aP = {
    Promise: Promise,
    newPromise: function () {
      var r, j, p = new Promise(function (a, b) { r = a; j = b; });
      Object.defineProperty(p, symRes, { value: [r, j] });
      return p;
    },
    resolve: function (p, x) { p[symRes][0](x); },
    reject: function (p, e) { p[symRes][1](e); },
    isPromise: function (x) { return x instanceof Promise; },
    performThen: function (p, f, r, derived) {
      var q = then.call(p, f, r);
      if (derived !== undefined) aP.resolve(derived, q);
    },
    reaction: function (f, r) {
      return { f: function (v) { return f(v, false); }, r: function (e) { return r(e, true); } };
    },
    awaitValue: function (x, rec) { then.call(aResolved(x), rec.f, rec.r); }
  };
  aThenOrig = then;
}

// PromiseResolve(%Promise%, x)
function aResolved(x) {
  if (x !== null && typeof x === 'object' && aP.isPromise(x) &&
      x.constructor === aPromise) return x;
  var p = aP.newPromise();
  aP.resolve(p, x);
  return p;
}

// Await(x) through a replaced Promise.prototype.then (async_hooks binds
// its callbacks to the async context): fn(value, rejected).
function aThen(x, fn) {
  aPromise.prototype.then.call(aResolved(x), function (v) { fn(v, false); },
                               function (e) { fn(e, true); });
}

// Await(x), continuing with onF(value) or onR(reason) (at once when
// PromiseResolve throws: a promise's constructor getter).
function aAwait(x, onF, onR) {
  var p;
  try {
    p = aResolved(x);
  } catch (e) {
    onR(e);
    return;
  }
  if (aPromise.prototype.then !== aThenOrig) aPromise.prototype.then.call(p, onF, onR);
  else aP.performThen(p, onF, onR, undefined);
}

// ==== async functions ====

// One per call: the generator, the promise and the continuation (a
// reaction made once, queued again at each await: aP.awaitValue). An
// error of the await itself (a promise's constructor getter) is thrown
// into the generator, as Await's.
//
// A generator of lower_generator.c (GenState, the generator section) is
// stepped as its next() does, without the {value, done} object per await
// (an allocation is most of an await's cost under Duktape): keep this in
// step with genProto.next there. Anything else goes through next/throw.
exports.async = function async(thisArg, args, genFn) {
  if (aP === null) aInit();
  var promise = aP.newPromise(), gen, rec, g = null, sentField = false;
  try {
    gen = genFn.apply(thisArg, args);
  } catch (e) {
    aP.reject(promise, e);
    return promise;
  }
  if (gen !== null && typeof gen === 'object') {
    g = gen[GSTATE];
    if (!(g instanceof GenState) || g.o !== gen) g = null;
    // the body takes what next() sent as its argument, or (before) as
    // _g.s: both are served
    else if ('s' in g) sentField = true;
  }
  // (the closure's variables are read once into locals: each read of an
  // outer variable is a scope lookup in Duktape)
  function step(v, isThrow) {
    var r, y, gs = g, cont = GEN_CONT, P = aP, sf = sentField;
    for (;;) {
      r = undefined;
      try {
        if (gs !== null && !isThrow && gs.st === 1 && gs.del === null) {
          if (sf) gs.s = v;
          gs.st = 2;
          try {
            y = gs.body(gs, v);
          } catch (e) {
            y = cont;
            r = genStep(gs, 1, e);
          }
          if (y !== cont) {
            gs.st = 1;
            r = null;
          } else if (r === undefined) {
            r = genStep(gs, 0, sf ? gs.s : undefined);
          }
        } else {
          r = isThrow ? gen['throw'](v) : gen.next(v);
        }
      } catch (e) {
        P.reject(promise, e);
        return;
      }
      if (r !== null) {
        if (r.done) {
          P.resolve(promise, r.value);
          return;
        }
        y = r.value;
      }
      try {
        if (P.awaitValue(y, rec) === false) aThen(y, step);
        return;
      } catch (e) {
        isThrow = true;
        v = e;
      }
    }
  }
  rec = aP.reaction(step, step); // called (value, rejected)
  step(undefined, false);
  return promise;
};

// %AsyncFunction.prototype%: the [[Prototype]] of async functions.
var AsyncFunctionPrototype = Object.create(Function.prototype);
if (hasSymbol && Symbol.toStringTag)
  Object.defineProperty(AsyncFunctionPrototype, Symbol.toStringTag,
                        { value: 'AsyncFunction', configurable: true });
function AsyncFunction() {
  throw new SyntaxError('AsyncFunction constructor is not supported');
}
Object.defineProperty(AsyncFunctionPrototype, 'constructor',
                      { value: AsyncFunction, configurable: true });
Object.defineProperty(AsyncFunction, 'prototype', { value: AsyncFunctionPrototype });
exports.AsyncFunction = AsyncFunction;

// Marks f as an async function (its [[Prototype]]); returns f.
exports.asyncFn = function asyncFn(f) {
  Object.setPrototypeOf(f, AsyncFunctionPrototype);
  return f;
};

exports.isAsyncFn = function isAsyncFn(f) {
  return typeof f === 'function' && Object.getPrototypeOf(f) === AsyncFunctionPrototype;
};

// ==== async iteration ====

// %AsyncIteratorPrototype%
var AsyncIteratorPrototype = {};
Object.defineProperty(AsyncIteratorPrototype, symAsyncIterator, {
  value: function () { return this; }, writable: true, configurable: true
});
if (typeof AsyncIteratorPrototype[symAsyncIterator] === 'function')
  Object.defineProperty(AsyncIteratorPrototype[symAsyncIterator], 'name',
                        { value: '[Symbol.asyncIterator]' });
exports.AsyncIteratorPrototype = AsyncIteratorPrototype;

function aIsObject(x) {
  return x !== null && (typeof x === 'object' || typeof x === 'function');
}

function aIterResult(value, done) {
  return { value: value, done: done };
}

// The result of an awaited next()/return() must be an object.
exports.ires = function ires(r) {
  if (!aIsObject(r))
    throw new TypeError('Iterator result ' + describe(r) + ' is not an object');
  return r;
};

// CreateAsyncFromSyncIterator: an async iterator over a sync one whose
// values are awaited (the promise of each step settles with the value's
// settlement). A rejected value closes the sync iterator (ES2025).
function AsyncFromSyncIterator(it) {
  this.it = it;
  this.nx = it.next;
}
AsyncFromSyncIterator.prototype = Object.create(AsyncIteratorPrototype);

function afsContinue(r, promise, it, close) {
  var done, value, wrapper;
  try {
    if (!aIsObject(r))
      throw new TypeError('Iterator result ' + describe(r) + ' is not an object');
    done = !!r.done;
    value = r.value;
    wrapper = aResolved(value);
  } catch (e) {
    if (close && done === false) {
      try { exports.close(it, true); } catch (e2) {}
    }
    aP.reject(promise, e);
    return promise;
  }
  aP.performThen(wrapper, function (v) { return aIterResult(v, done); },
    done || !close ? undefined : function (e) {
      exports.close(it, true);
      throw e;
    }, promise);
  return promise;
}

AsyncFromSyncIterator.prototype.next = function next(v) {
  var promise = aP.newPromise(), r;
  try {
    r = arguments.length > 0 ? this.nx.call(this.it, v) : this.nx.call(this.it);
  } catch (e) {
    aP.reject(promise, e);
    return promise;
  }
  return afsContinue(r, promise, this.it, true);
};

AsyncFromSyncIterator.prototype['return'] = function return_(v) {
  var promise = aP.newPromise(), it = this.it, m, r;
  try {
    m = it['return'];
    if (m === undefined || m === null) {
      aP.resolve(promise, aIterResult(v, true));
      return promise;
    }
    r = arguments.length > 0 ? m.call(it, v) : m.call(it);
  } catch (e) {
    aP.reject(promise, e);
    return promise;
  }
  return afsContinue(r, promise, it, false);
};

AsyncFromSyncIterator.prototype['throw'] = function throw_(v) {
  var promise = aP.newPromise(), it = this.it, m, r;
  try {
    m = it['throw'];
    if (m === undefined || m === null) {
      // ES2025: close the sync iterator, then a TypeError (protocol violation)
      exports.close(it, false);
      throw new TypeError('The iterator does not provide a \'throw\' method');
    }
    r = m.call(it, v);
  } catch (e) {
    aP.reject(promise, e);
    return promise;
  }
  return afsContinue(r, promise, it, true);
};

// GetIterator(obj, async): obj[Symbol.asyncIterator](), else
// CreateAsyncFromSyncIterator(GetIterator(obj, sync)).
exports.asyncIter = function asyncIter(obj, name) {
  var m;
  if (aP === null) aInit();
  if (obj !== null && obj !== undefined) m = obj[symAsyncIterator];
  if (m === undefined || m === null) {
    if (obj !== null && obj !== undefined) m = obj[symIterator];
    if (m === undefined || m === null)
      throw new TypeError((name || describe(obj)) + ' is not async iterable');
    return new AsyncFromSyncIterator(exports.iter(obj, name));
  }
  if (typeof m !== 'function')
    throw new TypeError((name || describe(obj)) + ' is not async iterable');
  var it = m.call(obj);
  if (!aIsObject(it))
    throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
  return it;
};

// ==== async generators ====

// What the generator yields to the driver besides its own yields.
function AwaitBox(v) { this.v = v; }
function StarBox(v) { this.v = v; }
exports['await'] = function await_(v) { return new AwaitBox(v); };
exports.asyncStar = function asyncStar(v) { return new StarBox(v); };

var AG_START = 0, AG_YIELD = 1, AG_EXEC = 2, AG_RETURN = 3, AG_DONE = 4;
var AG_NEXT = 0, AG_THROW = 1, AG_RET = 2;
var agSlot = hasSymbol ? Symbol('AsyncGenerator') : '@@jsrtAsyncGenerator';

// The generator object's internal slots: state, the request queue
// (each {k, v, p}), the generator driven, a delegate of yield*.
function AGState(gen) {
  var st = this;
  this.state = AG_START;
  this.queue = [];
  this.gen = gen;
  this.deleg = null;
  this.onAwaitFn = function (v, rejected) {
    if (rejected) agRun(st, AG_THROW, v);
    else agRun(st, AG_NEXT, v);
  };
  this.onYieldFn = function (v, rejected) {
    if (rejected) agRun(st, AG_THROW, v);
    else agYield(st, v);
  };
  this.onAwait = aP.reaction(this.onAwaitFn, this.onAwaitFn);
  this.onYield = aP.reaction(this.onYieldFn, this.onYieldFn);
}

// %AsyncGeneratorPrototype% and %AsyncGeneratorFunction.prototype%
var AsyncGeneratorPrototype = Object.create(AsyncIteratorPrototype);
var AsyncGeneratorFunctionPrototype = Object.create(Function.prototype);
function AsyncGeneratorFunction() {
  throw new SyntaxError('AsyncGeneratorFunction constructor is not supported');
}
Object.defineProperty(AsyncGeneratorFunction, 'prototype',
                      { value: AsyncGeneratorFunctionPrototype });
Object.defineProperty(AsyncGeneratorFunctionPrototype, 'constructor',
                      { value: AsyncGeneratorFunction, configurable: true });
Object.defineProperty(AsyncGeneratorFunctionPrototype, 'prototype',
                      { value: AsyncGeneratorPrototype, configurable: true });
Object.defineProperty(AsyncGeneratorPrototype, 'constructor',
                      { value: AsyncGeneratorFunctionPrototype, configurable: true });
if (hasSymbol && Symbol.toStringTag) {
  Object.defineProperty(AsyncGeneratorPrototype, Symbol.toStringTag,
                        { value: 'AsyncGenerator', configurable: true });
  Object.defineProperty(AsyncGeneratorFunctionPrototype, Symbol.toStringTag,
                        { value: 'AsyncGeneratorFunction', configurable: true });
}
exports.AsyncGeneratorPrototype = AsyncGeneratorPrototype;
exports.AsyncGeneratorFunction = AsyncGeneratorFunction;

// Marks g as an async generator function: its [[Prototype]] and a fresh
// .prototype inheriting %AsyncGeneratorPrototype%; returns g.
exports.asyncGenFn = function asyncGenFn(g) {
  Object.setPrototypeOf(g, AsyncGeneratorFunctionPrototype);
  g.prototype = Object.create(AsyncGeneratorPrototype);
  return g;
};

exports.isAsyncGenFn = function isAsyncGenFn(f) {
  return typeof f === 'function' &&
    Object.getPrototypeOf(f) === AsyncGeneratorFunctionPrototype;
};

exports.asyncGen = function asyncGen(thisArg, args, genFn, fn) {
  if (aP === null) aInit();
  var proto = fn !== undefined ? fn.prototype : undefined;
  var obj = Object.create(aIsObject(proto) ? proto : AsyncGeneratorPrototype);
  // The body starts at the first next(): genFn runs now (parameters are
  // evaluated at the call, as the spec's FunctionDeclarationInstantiation),
  // its errors throw from the call.
  var st = new AGState(genFn.apply(thisArg, args));
  Object.defineProperty(obj, agSlot, { value: st });
  return obj;
};

// AsyncGeneratorCompleteStep: settles the first request's promise.
function agComplete(st, isThrow, value, done) {
  var req = st.queue.shift();
  if (isThrow) aP.reject(req.p, value);
  else aP.resolve(req.p, aIterResult(value, done));
}

// Resumes the generator (state AG_EXEC) with a completion.
function agRun(st, k, v) {
  var r;
  st.state = AG_EXEC;
  try {
    r = k === AG_NEXT ? st.gen.next(v) : k === AG_THROW ? st.gen['throw'](v) : st.gen['return'](v);
  } catch (e) {
    st.state = AG_DONE;
    agComplete(st, true, e, true);
    agDrain(st);
    return;
  }
  agStep(st, r);
}

// What the generator gave back: done, an await, a yield*, or a yield.
function agStep(st, r) {
  var y;
  if (r.done) {
    st.state = AG_DONE;
    agComplete(st, false, r.value, true);
    agDrain(st);
    return;
  }
  y = r.value;
  if (y instanceof AwaitBox) {
    agAwait(st, y.v, st.onAwait, st.onAwaitFn);
  } else if (y instanceof StarBox) {
    var it;
    try {
      it = exports.asyncIter(y.v);
    } catch (e) {
      agRun(st, AG_THROW, e);
      return;
    }
    st.deleg = { it: it, nx: it.next };
    agDelegate(st, AG_NEXT, undefined);
  } else {
    // yield x: Await(x), then AsyncGeneratorYield
    agAwait(st, y, st.onYield, st.onYieldFn);
  }
}

// Await(x) with the generator's reaction rec; an error of the await
// itself is thrown into the generator.
function agAwait(st, x, rec, fn) {
  try {
    if (aP.awaitValue(x, rec) === false) aThen(x, fn);
  } catch (e) {
    agRun(st, AG_THROW, e);
  }
}

// AsyncGeneratorYield(v): the first request gets {v, false}; the next one
// (now or later) resumes the generator.
function agYield(st, v) {
  agComplete(st, false, v, false);
  if (st.queue.length > 0) agResumeYield(st, st.queue[0]);
  else st.state = AG_YIELD;
}

// Resuming a generator suspended at a yield with request req. A return
// request awaits its value first (AsyncGeneratorUnwrapYieldResumption).
function agResumeYield(st, req) {
  st.state = AG_EXEC;
  if (st.deleg !== null) {
    if (req.k === AG_RET) {
      aAwait(req.v, function (v) { agDelegate(st, AG_RET, v); },
             function (e) { agDelegate(st, AG_THROW, e); });
    } else {
      agDelegate(st, req.k, req.v);
    }
    return;
  }
  if (req.k === AG_RET) {
    aAwait(req.v, function (v) { agRun(st, AG_RET, v); },
           function (e) { agRun(st, AG_THROW, e); });
  } else {
    agRun(st, req.k, req.v);
  }
}

// yield* over an async iterator (the spec's steps for generatorKind async):
// the inner results are awaited, their values yielded as they are.
function agDelegate(st, k, v) {
  var d = st.deleg, it = d.it, m, r;
  try {
    if (k === AG_NEXT) {
      r = d.nx.call(it, v);
    } else if (k === AG_THROW) {
      m = it['throw'];
      if (m === undefined || m === null) {
        st.deleg = null;
        // close the inner iterator (awaiting its return), then TypeError
        agCloseThen(st, it, new TypeError('The iterator does not provide a \'throw\' method'));
        return;
      }
      r = m.call(it, v);
    } else {
      m = it['return'];
      if (m === undefined || m === null) {
        st.deleg = null;
        agRun(st, AG_RET, v); // v was awaited when the request was taken
        return;
      }
      r = m.call(it, v);
    }
  } catch (e) {
    st.deleg = null;
    agRun(st, AG_THROW, e);
    return;
  }
  aAwait(r, function (res) {
    var done, value;
    try {
      if (!aIsObject(res))
        throw new TypeError('Iterator result ' + describe(res) + ' is not an object');
      done = res.done;
      if (done) {
        value = res.value;
        st.deleg = null;
        agRun(st, k === AG_RET ? AG_RET : AG_NEXT, value);
        return;
      }
      value = res.value;
    } catch (e) {
      st.deleg = null;
      agRun(st, AG_THROW, e);
      return;
    }
    agYield(st, value);
  }, function (e) {
    st.deleg = null;
    agRun(st, AG_THROW, e);
  });
}

// AsyncIteratorClose(it, normal) then throw err into the generator.
function agCloseThen(st, it, err) {
  var m, r;
  try {
    m = it['return'];
    if (m === undefined || m === null) { agRun(st, AG_THROW, err); return; }
    r = m.call(it);
  } catch (e) {
    agRun(st, AG_THROW, e);
    return;
  }
  aAwait(r, function (res) {
    agRun(st, AG_THROW, aIsObject(res) ? err :
      new TypeError('Iterator result ' + describe(res) + ' is not an object'));
  }, function (e) { agRun(st, AG_THROW, e); });
}

// AsyncGeneratorDrain/ResumeNext: serves the queue while the generator is
// not running. A completed generator answers next with done, throw with a
// rejection, return with its awaited value.
function agDrain(st) {
  var req;
  while (st.queue.length > 0 && st.state !== AG_EXEC && st.state !== AG_RETURN) {
    req = st.queue[0];
    if (st.state === AG_DONE || (st.state === AG_START && req.k !== AG_NEXT)) {
      st.state = AG_DONE;
      if (req.k === AG_NEXT) {
        agComplete(st, false, undefined, true);
      } else if (req.k === AG_THROW) {
        agComplete(st, true, req.v, true);
      } else {
        st.state = AG_RETURN;
        agAwaitReturn(st, req.v);
      }
      continue;
    }
    if (st.state === AG_START) agRun(st, AG_NEXT, req.v);
    else agResumeYield(st, req);
    return;
  }
}

// AsyncGeneratorAwaitReturn
function agAwaitReturn(st, v) {
  var p;
  try {
    p = aResolved(v);
  } catch (e) {
    st.state = AG_DONE;
    agComplete(st, true, e, true);
    agDrain(st);
    return;
  }
  aP.performThen(p, function (x) {
    st.state = AG_DONE;
    agComplete(st, false, x, true);
    agDrain(st);
  }, function (e) {
    st.state = AG_DONE;
    agComplete(st, true, e, true);
    agDrain(st);
  }, undefined);
}

function agEnqueue(self, k, v, method) {
  var promise = aP.newPromise(), st;
  st = aIsObject(self) ? self[agSlot] : undefined;
  if (!(st instanceof AGState)) {
    aP.reject(promise, new TypeError('Method [AsyncGenerator].prototype.' + method + ' called on incompatible receiver ' +
      (aIsObject(self) ? '#<Object>' : String(self))));
    return promise;
  }
  st.queue.push({ k: k, v: v, p: promise });
  if (st.state !== AG_EXEC && st.state !== AG_RETURN) agDrain(st);
  return promise;
}

function agDefine(name, fn) {
  Object.defineProperty(AsyncGeneratorPrototype, name,
                        { value: fn, writable: true, configurable: true });
}
agDefine('next', function next(v) {
  if (aP === null) aInit();
  return agEnqueue(this, AG_NEXT, v, 'next');
});
agDefine('return', function return_(v) {
  if (aP === null) aInit();
  return agEnqueue(this, AG_RET, v, 'return');
});
agDefine('throw', function throw_(v) {
  if (aP === null) aInit();
  return agEnqueue(this, AG_THROW, v, 'throw');
});
Object.defineProperty(AsyncGeneratorPrototype['return'], 'name', { value: 'return' });
Object.defineProperty(AsyncGeneratorPrototype['throw'], 'name', { value: 'throw' });

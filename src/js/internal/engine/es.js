// internal/engine/es: the ES2015-ES2022 library methods Duktape 2.7 lacks, put in
// place by src/globals.c on the first call of any of them (export names:
// "Ctor.method" for statics, "Ctor_method" for prototype methods), and
// structuredClone.
'use strict';

var coll = require('internal/engine/collections');
var iterSym = Symbol.iterator;

function toObject(v, name) {
  if (v === null || v === undefined)
    throw new TypeError(name + ' called on null or undefined');
  return Object(v);
}

function toLength(v) {
  var n = Number(v);
  if (n !== n || n <= 0) return 0;
  n = Math.floor(n);
  return n > 9007199254740991 ? 9007199254740991 : n;
}

function toInteger(v) {
  var n = Number(v);
  if (n !== n) return 0;
  if (n === Infinity || n === -Infinity) return n;
  return n < 0 ? Math.ceil(n) : Math.floor(n);
}

function relIndex(v, len, dflt) {
  if (v === undefined) return dflt;
  var n = toInteger(v);
  return n < 0 ? Math.max(len + n, 0) : Math.min(n, len);
}

function sameValueZero(a, b) {
  return a === b || (a !== a && b !== b);
}

function checkFn(fn) {
  if (typeof fn !== 'function') throw new TypeError(String(fn) + ' is not a function');
}

// ---- Array ----

exports['Array.from'] = function from(items, mapFn, thisArg) {
  var C = typeof this === 'function' ? this : Array, out, i, len, k = 0;
  if (mapFn !== undefined) checkFn(mapFn);
  if (items === null || items === undefined)
    throw new TypeError(String(items) + ' is not iterable');
  var useIter = items[iterSym] !== undefined || typeof items === 'string';
  if (useIter && !Array.isArray(items)) {
    out = C === Array ? [] : new C();
    if (typeof items === 'string' && typeof items[iterSym] !== 'function') {
      items = stringCodePoints(items);
    }
    coll.forOf(items, function (v) {
      out[k] = mapFn ? mapFn.call(thisArg, v, k) : v;
      k++;
    });
    out.length = k;
    return out;
  }
  var src = Object(items);
  len = toLength(src.length);
  out = C === Array ? new Array(len) : new C(len);
  for (i = 0; i < len; i++) out[i] = mapFn ? mapFn.call(thisArg, src[i], i) : src[i];
  out.length = len;
  return out;
};

function stringCodePoints(s) {
  var out = [], i, c;
  for (i = 0; i < s.length; i++) {
    c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(s.slice(i, i + 2));
        i++;
        continue;
      }
    }
    out.push(s.charAt(i));
  }
  return out;
}

exports['Array.of'] = function of() {
  var C = typeof this === 'function' ? this : Array, n = arguments.length, i;
  var out = C === Array ? new Array(n) : new C(n);
  for (i = 0; i < n; i++) out[i] = arguments[i];
  out.length = n;
  return out;
};

exports.Array_includes = function includes(search, fromIndex) {
  var o = toObject(this, 'Array.prototype.includes'), len = toLength(o.length), i;
  for (i = relIndex(fromIndex, len, 0); i < len; i++)
    if (sameValueZero(o[i], search)) return true;
  return false;
};

exports.Array_find = function find(pred, thisArg) {
  var o = toObject(this, 'Array.prototype.find'), len = toLength(o.length), i, v;
  checkFn(pred);
  for (i = 0; i < len; i++) {
    v = o[i];
    if (pred.call(thisArg, v, i, o)) return v;
  }
  return undefined;
};

exports.Array_findIndex = function findIndex(pred, thisArg) {
  var o = toObject(this, 'Array.prototype.findIndex'), len = toLength(o.length), i;
  checkFn(pred);
  for (i = 0; i < len; i++) if (pred.call(thisArg, o[i], i, o)) return i;
  return -1;
};

exports.Array_findLast = function findLast(pred, thisArg) {
  var o = toObject(this, 'Array.prototype.findLast'), i, v;
  checkFn(pred);
  for (i = toLength(o.length) - 1; i >= 0; i--) {
    v = o[i];
    if (pred.call(thisArg, v, i, o)) return v;
  }
  return undefined;
};

exports.Array_findLastIndex = function findLastIndex(pred, thisArg) {
  var o = toObject(this, 'Array.prototype.findLastIndex'), i;
  checkFn(pred);
  for (i = toLength(o.length) - 1; i >= 0; i--) if (pred.call(thisArg, o[i], i, o)) return i;
  return -1;
};

exports.Array_fill = function fill(value, start, end) {
  var o = toObject(this, 'Array.prototype.fill'), len = toLength(o.length), i;
  var k = relIndex(start, len, 0), fin = relIndex(end, len, len);
  for (i = k; i < fin; i++) o[i] = value;
  return o;
};

function flatten(target, source, depth, mapFn, thisArg) {
  var len = toLength(source.length), i, el;
  for (i = 0; i < len; i++) {
    if (!(i in source)) continue;
    el = source[i];
    if (mapFn) el = mapFn.call(thisArg, el, i, source);
    if (depth > 0 && Array.isArray(el)) flatten(target, el, depth - 1);
    else target.push(el);
  }
  return target;
}

exports.Array_flat = function flat(depth) {
  var o = toObject(this, 'Array.prototype.flat');
  var d = depth === undefined ? 1 : toInteger(depth);
  return flatten([], o, d);
};

exports.Array_flatMap = function flatMap(fn, thisArg) {
  var o = toObject(this, 'Array.prototype.flatMap');
  checkFn(fn);
  var out = [], len = toLength(o.length), i, el;
  for (i = 0; i < len; i++) {
    if (!(i in o)) continue;
    el = fn.call(thisArg, o[i], i, o);
    if (Array.isArray(el)) flatten(out, el, 0);
    else out.push(el);
  }
  return out;
};

exports.Array_copyWithin = function copyWithin(target, start, end) {
  var o = toObject(this, 'Array.prototype.copyWithin'), len = toLength(o.length);
  var to = relIndex(target, len, 0), from = relIndex(start, len, 0);
  var fin = relIndex(end, len, len), count = Math.min(fin - from, len - to), dir = 1;
  if (from < to && to < from + count) {
    dir = -1;
    from += count - 1;
    to += count - 1;
  }
  while (count-- > 0) {
    if (from in o) o[to] = o[from];
    else delete o[to];
    from += dir;
    to += dir;
  }
  return o;
};

exports.Array_at = function at(index) {
  var o = toObject(this, 'Array.prototype.at'), len = toLength(o.length);
  var k = toInteger(index);
  if (k < 0) k += len;
  return k < 0 || k >= len ? undefined : o[k];
};

// ---- array iterators ----

var IteratorPrototype = require('internal/engine/iterator').IteratorPrototype;
var ArrayIteratorProto = Object.create(IteratorPrototype);
ArrayIteratorProto.next = function next() {
  var o = this._o;
  if (o === undefined) return { value: undefined, done: true };
  var i = this._i;
  if (i >= toLength(o.length)) {
    this._o = undefined;
    return { value: undefined, done: true };
  }
  this._i = i + 1;
  if (this._kind === 0) return { value: i, done: false };
  if (this._kind === 1) return { value: o[i], done: false };
  return { value: [i, o[i]], done: false };
};
Object.defineProperty(ArrayIteratorProto, Symbol.toStringTag, { value: 'Array Iterator', configurable: true });
Object.defineProperty(ArrayIteratorProto, 'next', { enumerable: false });

function arrayIter(self, kind, name) {
  var it = Object.create(ArrayIteratorProto);
  it._o = toObject(self, name);
  it._i = 0;
  it._kind = kind;
  return it;
}
exports.Array_keys = function keys() { return arrayIter(this, 0, 'Array.prototype.keys'); };
exports.Array_values = function values() { return arrayIter(this, 1, 'Array.prototype.values'); };
exports.Array_entries = function entries() { return arrayIter(this, 2, 'Array.prototype.entries'); };

// ---- Object ----

exports['Object.entries'] = function entries(o) {
  var obj = toObject(o, 'Object.entries'), keys = Object.keys(obj), out = [], i;
  for (i = 0; i < keys.length; i++) out.push([keys[i], obj[keys[i]]]);
  return out;
};

exports['Object.values'] = function values(o) {
  var obj = toObject(o, 'Object.values'), keys = Object.keys(obj), out = [], i;
  for (i = 0; i < keys.length; i++) out.push(obj[keys[i]]);
  return out;
};

exports['Object.fromEntries'] = function fromEntries(iterable) {
  var out = {};
  coll.forOf(iterable, function (entry) {
    if (entry === null || (typeof entry !== 'object' && typeof entry !== 'function'))
      throw new TypeError('Iterator value ' + String(entry) + ' is not an entry object');
    Object.defineProperty(out, entry[0], {
      value: entry[1], writable: true, enumerable: true, configurable: true
    });
  });
  return out;
};

exports['Object.getOwnPropertyDescriptors'] = function getOwnPropertyDescriptors(o) {
  var obj = toObject(o, 'Object.getOwnPropertyDescriptors');
  var keys = Reflect.ownKeys(obj), out = {}, i, d;
  for (i = 0; i < keys.length; i++) {
    d = Object.getOwnPropertyDescriptor(obj, keys[i]);
    if (d !== undefined) out[keys[i]] = d;
  }
  return out;
};

exports['Object.hasOwn'] = function hasOwn(o, k) {
  return Object.prototype.hasOwnProperty.call(toObject(o, 'Object.hasOwn'), k);
};

// ---- String ----

function pad(self, maxLength, fill, atStart, name) {
  var s = String(toObject(self, name)), len = toLength(maxLength);
  var f = fill === undefined ? ' ' : String(fill);
  if (len <= s.length || f === '') return s;
  var need = len - s.length, parts = [], have = 0;
  while (have < need) {
    parts.push(f);
    have += f.length;
  }
  var padding = parts.join('').slice(0, need);
  return atStart ? padding + s : s + padding;
}

exports.String_padStart = function padStart(maxLength, fill) {
  return pad(this, maxLength, fill, true, 'String.prototype.padStart');
};
exports.String_padEnd = function padEnd(maxLength, fill) {
  return pad(this, maxLength, fill, false, 'String.prototype.padEnd');
};

var wsStart = /^[\s\uFEFF\xA0]+/, wsEnd = /[\s\uFEFF\xA0]+$/;
exports.String_trimStart = function trimStart() {
  return String(toObject(this, 'String.prototype.trimStart')).replace(wsStart, '');
};
exports.String_trimEnd = function trimEnd() {
  return String(toObject(this, 'String.prototype.trimEnd')).replace(wsEnd, '');
};

exports.String_at = function at(index) {
  var s = String(toObject(this, 'String.prototype.at')), k = toInteger(index);
  if (k < 0) k += s.length;
  return k < 0 || k >= s.length ? undefined : s.charAt(k);
};

// matchAll: with the regexp parts of the String methods (regexp.js)
exports.String_matchAll = require('internal/engine/regexp').String_matchAll;

exports.String_replaceAll = function replaceAll(search, replacement) {
  var s = String(toObject(this, 'String.prototype.replaceAll'));
  if (search instanceof RegExp) {
    if (search.flags !== undefined ? search.flags.indexOf('g') < 0 : !search.global)
      throw new TypeError('replaceAll must be called with a global RegExp');
    return s.replace(search, replacement);
  }
  var needle = String(search), parts = [], pos = 0, idx, advance = Math.max(1, needle.length);
  if (needle === '') {
    // Between every code unit, at the start and at the end.
    var out = [], i;
    for (i = 0; i <= s.length; i++) {
      out.push(typeof replacement === 'function' ? String(replacement('', i, s)) : String(replacement));
      if (i < s.length) out.push(s.charAt(i));
    }
    return out.join('');
  }
  while ((idx = s.indexOf(needle, pos)) !== -1) {
    parts.push(s.slice(pos, idx));
    if (typeof replacement === 'function') parts.push(String(replacement(needle, idx, s)));
    else parts.push(String(replacement).replace(/\$([$&`']|\d\d?)/g, function (m, c) {
      if (c === '$') return '$';
      if (c === '&') return needle;
      if (c === '`') return s.slice(0, idx);
      if (c === "'") return s.slice(idx + needle.length);
      return m;
    }));
    pos = idx + advance;
  }
  parts.push(s.slice(pos));
  return parts.join('');
};

// ---- Math ----

// String.raw: what lowered tagged templates call with their strings object
// (src/compiler/lower_template.c); substitutions go between the raw parts.
function toStr(v) {
  if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return String(v);
}
exports['String.raw'] = function raw(template) {
  var r = toObject(toObject(template, 'String.raw').raw, 'String.raw');
  var len = toLength(r.length), out = '', i;
  for (i = 0; i < len; i++) {
    out += toStr(r[i]);
    if (i + 1 < len && i + 1 < arguments.length) out += toStr(arguments[i + 1]);
  }
  return out;
};

exports['Math.fround'] = function fround(x) {
  var f = new Float32Array(1);
  f[0] = x;
  return f[0];
};

// ---- structuredClone (the HTML structured clone algorithm, in JS) ----

function dataCloneError(msg) {
  var e = new Error(msg);
  e.name = 'DataCloneError';
  e.code = 25;
  return e;
}

function cloneValue(v, memo) {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
    if (typeof v === 'symbol') throw dataCloneError(String(v) + ' could not be cloned.');
    return v;
  }
  if (typeof v === 'function')
    throw dataCloneError(Function.prototype.toString.call(v).split('\n')[0] + ' could not be cloned.');
  var i = memo.src.indexOf(v);
  if (i !== -1) return memo.dst[i];
  var tag = Object.prototype.toString.call(v).slice(8, -1), out, k, keys;
  var C = coll;
  if (tag === 'Boolean' || tag === 'Number' || tag === 'String') {
    out = Object(v.valueOf());
    memo.src.push(v); memo.dst.push(out);
    return out;
  }
  if (tag === 'Date') {
    out = new Date(v.getTime());
    memo.src.push(v); memo.dst.push(out);
    return out;
  }
  if (tag === 'RegExp') {
    out = new RegExp(v.source, v.flags !== undefined ? v.flags : (v.global ? 'g' : '') + (v.ignoreCase ? 'i' : '') + (v.multiline ? 'm' : ''));
    memo.src.push(v); memo.dst.push(out);
    return out;
  }
  if (tag === 'ArrayBuffer') {
    out = v.slice(0);
    memo.src.push(v); memo.dst.push(out);
    return out;
  }
  if (ArrayBuffer.isView(v)) {
    var buf = cloneValue(v.buffer, memo);
    if (tag === 'DataView') out = new DataView(buf, v.byteOffset, v.byteLength);
    else {
      var Ctor = typeof Buffer === 'function' && v instanceof Buffer ? Uint8Array : v.constructor;
      out = new Ctor(buf, v.byteOffset, v.length);
    }
    memo.src.push(v); memo.dst.push(out);
    return out;
  }
  if (v instanceof C.Map) {
    out = new C.Map();
    memo.src.push(v); memo.dst.push(out);
    v.forEach(function (val, key) { out.set(cloneValue(key, memo), cloneValue(val, memo)); });
    return out;
  }
  if (v instanceof C.Set) {
    out = new C.Set();
    memo.src.push(v); memo.dst.push(out);
    v.forEach(function (val) { out.add(cloneValue(val, memo)); });
    return out;
  }
  if (v instanceof Error || tag === 'Error') {
    var name = v.name;
    var E = { EvalError: EvalError, RangeError: RangeError, ReferenceError: ReferenceError,
      SyntaxError: SyntaxError, TypeError: TypeError, URIError: URIError }[name] || Error;
    out = new E(v.message);
    memo.src.push(v); memo.dst.push(out);
    if (typeof v.stack === 'string') {
      try { Object.defineProperty(out, 'stack', { value: v.stack, writable: true, configurable: true }); } catch (e) { /* ignore */ }
    }
    if ('cause' in v) out.cause = cloneValue(v.cause, memo);
    return out;
  }
  if (v instanceof C.WeakMap || v instanceof C.WeakSet || require('internal/engine/promise').isPromise(v))
    throw dataCloneError('#<' + (tag === 'Object' ? (v.constructor && v.constructor.name) : tag) + '> could not be cloned.');
  if (Array.isArray(v)) {
    out = new Array(v.length);
    memo.src.push(v); memo.dst.push(out);
    keys = Object.keys(v);
    for (i = 0; i < keys.length; i++) out[keys[i]] = cloneValue(v[keys[i]], memo);
    return out;
  }
  if (tag !== 'Object' && tag !== 'Arguments')
    throw dataCloneError('#<' + tag + '> could not be cloned.');
  out = {};
  memo.src.push(v); memo.dst.push(out);
  keys = Object.keys(v);
  for (i = 0; i < keys.length; i++) {
    k = keys[i];
    out[k] = cloneValue(v[k], memo);
  }
  return out;
}

exports.structuredClone = function structuredClone(value, options) {
  if (arguments.length === 0)
    throw require('internal/errors').missingArgs('value');
  if (options !== undefined && options !== null && typeof options !== 'object')
    throw require('internal/errors').invalidArgType('options', 'object', options);
  return cloneValue(value, { src: [], dst: [] });
};

// ---- what lowered code needs (src/compiler/: classes, templates, spread) ----

// String.prototype[Symbol.iterator]: by code points.
var StringIteratorProto = Object.create(IteratorPrototype);
StringIteratorProto.next = function next() {
  var s = this._s, i = this._i;
  if (s === undefined) return { value: undefined, done: true };
  if (i >= s.length) {
    this._s = undefined;
    return { value: undefined, done: true };
  }
  var c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    var d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      this._i = i + 2;
      return { value: s.slice(i, i + 2), done: false };
    }
  }
  this._i = i + 1;
  return { value: s.charAt(i), done: false };
};
Object.defineProperty(StringIteratorProto, Symbol.toStringTag, { value: 'String Iterator', configurable: true });
Object.defineProperty(StringIteratorProto, 'next', { enumerable: false });
exports['String_@@iterator'] = function () {
  var it = Object.create(StringIteratorProto);
  it._s = String(toObject(this, 'String.prototype[Symbol.iterator]'));
  it._i = 0;
  return it;
};
Object.defineProperty(exports['String_@@iterator'], 'name', { value: '[Symbol.iterator]' });

function toObjectV8(v) {
  if (v === null || v === undefined)
    throw new TypeError('Cannot convert undefined or null to object');
  return Object(v);
}

// Object.assign: Duktape's copies no symbol-keyed properties.
var propIsEnum = Object.prototype.propertyIsEnumerable;
exports['Object.assign'] = function assign(target, source) {
  var to = toObjectV8(target), a, i, from, keys;
  for (a = 1; a < arguments.length; a++) {
    from = arguments[a];
    if (from === null || from === undefined) continue;
    from = Object(from);
    keys = Object.keys(from);
    for (i = 0; i < keys.length; i++) to[keys[i]] = from[keys[i]];
    keys = Object.getOwnPropertySymbols(from);
    for (i = 0; i < keys.length; i++)
      if (propIsEnum.call(from, keys[i])) to[keys[i]] = from[keys[i]];
  }
  return to;
};

// Reflect.construct(target, args, newTarget): Duktape's takes no
// newTarget. With one, the instance is made by target itself - so a
// built-in (Error, Array, Map, Promise, Date, RegExp, typed arrays) gives a
// real one: its internal slots, .stack, Array.isArray - and gets
// newTarget.prototype; an ECMAScript target runs on an object made from
// newTarget.prototype (what a lowered class constructor expects), unless it
// returns an object of its own. new.target inside target is not newTarget
// (lowered classes pass it their own way).
var fnToString = Function.prototype.toString;
// (A function Duktape cannot construct throws its own TypeError at `new`.)
function isConstructor(f) {
  return typeof f === 'function';
}
// V8's words for a value in "... is not a constructor".
function describeValue(v) {
  if (v !== null && typeof v === 'object') {
    var c = v.constructor;
    return '#<' + (typeof c === 'function' && c.name ? c.name : 'Object') + '>';
  }
  return typeof v === 'string' ? '"' + v + '"' : String(v);
}
function isNative(f) {
  return /\[native code\]\s*\}\s*$/.test(fnToString.call(f));
}
function construct(target, args) {
  switch (args.length) {
    case 0: return new target();
    case 1: return new target(args[0]);
    case 2: return new target(args[0], args[1]);
    case 3: return new target(args[0], args[1], args[2]);
  }
  var bound = [null];
  for (var i = 0; i < args.length; i++) bound.push(args[i]);
  return new (Function.prototype.bind.apply(target, bound))();
}
exports['Reflect.construct'] = function construct3(target, args, newTarget) {
  if (!isConstructor(target)) throw new TypeError(describeValue(target) + ' is not a constructor');
  if (args === null || (typeof args !== 'object' && typeof args !== 'function'))
    throw new TypeError('CreateListFromArrayLike called on non-object');
  var list = Array.prototype.slice.call(args);
  if (arguments.length < 3 || newTarget === target) return construct(target, list);
  if (!isConstructor(newTarget)) throw new TypeError(describeValue(newTarget) + ' is not a constructor');
  var proto = newTarget.prototype, o, r;
  if (proto === null || (typeof proto !== 'object' && typeof proto !== 'function'))
    proto = Object.prototype;
  if (isNative(target)) {
    o = construct(target, list);
    Object.setPrototypeOf(o, proto);
    return o;
  }
  o = Object.create(proto);
  r = target.apply(o, list);
  return r !== null && (typeof r === 'object' || typeof r === 'function') ? r : o;
};
Object.defineProperty(exports['Reflect.construct'], 'name', { value: 'construct' });

// Reflect.get/Reflect.set with a receiver other than the target (Duktape
// refuses them; src/engine.c calls these): ordinary [[Get]] and [[Set]]
// over the target's prototype chain, getters and setters called on the
// receiver, data written to the receiver.
exports.reflectGet = function reflectGet(target, key, receiver) {
  var o = target, d;
  while (o !== null && o !== undefined) {
    d = Object.getOwnPropertyDescriptor(o, key);
    if (d !== undefined) {
      if ('value' in d) return d.value;
      return d.get === undefined ? undefined : d.get.call(receiver);
    }
    o = Object.getPrototypeOf(o);
  }
  return undefined;
};

exports.reflectSet = function reflectSet(target, key, value, receiver) {
  var o = target, d, own;
  while (o !== null && o !== undefined) {
    d = Object.getOwnPropertyDescriptor(o, key);
    if (d !== undefined) break;
    o = Object.getPrototypeOf(o);
  }
  if (d !== undefined && !('value' in d)) {
    if (d.set === undefined) return false;
    d.set.call(receiver, value);
    return true;
  }
  if (d !== undefined && !d.writable) return false;
  if (receiver === null || (typeof receiver !== 'object' && typeof receiver !== 'function'))
    return false;
  own = Object.getOwnPropertyDescriptor(receiver, key);
  if (own !== undefined) {
    if (!('value' in own) || !own.writable) return false;
    Object.defineProperty(receiver, key, { value: value });
    return true;
  }
  if (!Object.isExtensible(receiver)) return false;
  Object.defineProperty(receiver, key,
                        { value: value, writable: true, enumerable: true, configurable: true });
  return true;
};

// String.prototype.trimLeft/trimRight: Annex B's names of trimStart/trimEnd
// (the same functions).
exports.String_trimLeft = exports.String_trimStart;
exports.String_trimRight = exports.String_trimEnd;

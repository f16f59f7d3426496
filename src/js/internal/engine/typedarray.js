// internal/engine/typedarray: the ES2015+ %TypedArray%.prototype methods Duktape
// 2.7 lacks (map, filter, slice, fill, indexOf, includes, join, sort,
// iterators, ...), generic over the element type. src/globals.c puts
// lightfunc stubs on the shared typed-array prototype at isolate creation;
// the first call loads this module, which installs the real functions.
// map/filter/slice make a new array of the receiver's kind (its
// constructor), so a Buffer's map gives a Buffer.
'use strict';

var TA = Object.getPrototypeOf(Uint8Array.prototype);
var AP = Array.prototype;

function make(self, n) {
  var C = self.constructor;
  return typeof C === 'function' ? new C(n) : new Uint8Array(n);
}
function fnArg(fn) {
  if (typeof fn !== 'function') throw new TypeError(String(fn) + ' is not a function');
}
function relIndex(i, len, def) {
  if (i === undefined) return def;
  i = +i;
  i = i !== i ? 0 : i < 0 ? Math.ceil(i) : Math.floor(i);
  return i < 0 ? Math.max(len + i, 0) : Math.min(i, len);
}

// Array-iterator-like objects over an array-like (keys, values, entries),
// inheriting %IteratorPrototype% as array iterators do.
var IteratorPrototype = require('internal/engine/iterator').IteratorPrototype;
function TypedArrayIterator(arr, kind) {
  this._arr = arr;
  this._i = 0;
  this._kind = kind;
}
TypedArrayIterator.prototype = Object.create(IteratorPrototype);
TypedArrayIterator.prototype.next = function next() {
  var i = this._i, arr = this._arr;
  if (arr === undefined || i >= arr.length) {
    this._arr = undefined;
    return { value: undefined, done: true };
  }
  this._i = i + 1;
  return { value: this._kind === 0 ? i : this._kind === 1 ? arr[i] : [i, arr[i]], done: false };
};
if (typeof Symbol === 'function' && Symbol.toStringTag)
  TypedArrayIterator.prototype[Symbol.toStringTag] = 'Array Iterator';

var methods = {
  forEach: function forEach(fn, thisArg) {
    fnArg(fn);
    for (var i = 0, n = this.length; i < n; i++) fn.call(thisArg, this[i], i, this);
  },
  map: function map(fn, thisArg) {
    fnArg(fn);
    var n = this.length, out = make(this, n);
    for (var i = 0; i < n; i++) out[i] = fn.call(thisArg, this[i], i, this);
    return out;
  },
  filter: function filter(fn, thisArg) {
    fnArg(fn);
    var kept = [], i, out;
    for (i = 0; i < this.length; i++) if (fn.call(thisArg, this[i], i, this)) kept.push(this[i]);
    out = make(this, kept.length);
    for (i = 0; i < kept.length; i++) out[i] = kept[i];
    return out;
  },
  slice: function slice(start, end) {
    var n = this.length, s = relIndex(start, n, 0), e = relIndex(end, n, n);
    var out = make(this, e > s ? e - s : 0);
    for (var i = s; i < e; i++) out[i - s] = this[i];
    return out;
  },
  fill: function fill(value, start, end) {
    var n = this.length, s = relIndex(start, n, 0), e = relIndex(end, n, n);
    for (var i = s; i < e; i++) this[i] = value;
    return this;
  },
  indexOf: function indexOf(v, from) {
    var n = this.length, i = relIndex(from, n, 0);
    for (; i < n; i++) if (this[i] === v) return i;
    return -1;
  },
  lastIndexOf: function lastIndexOf(v, from) {
    var n = this.length, k = n - 1;
    if (n === 0) return -1;
    if (arguments.length > 1) {
      k = +from;
      if (k !== k) k = 0;
      if (k === -Infinity) return -1;
      k = k < 0 ? n + Math.ceil(k) : Math.min(Math.floor(k), n - 1);
    }
    for (; k >= 0; k--) if (this[k] === v) return k;
    return -1;
  },
  includes: function includes(v, from) {
    var n = this.length, i = relIndex(from, n, 0);
    for (; i < n; i++) if (this[i] === v || (v !== v && this[i] !== this[i])) return true;
    return false;
  },
  join: function join(sep) { return AP.join.call(this, sep === undefined ? ',' : sep); },
  reverse: function reverse() { AP.reverse.call(this); return this; },
  sort: function sort(cmp) {
    if (cmp !== undefined) fnArg(cmp);
    var a = AP.slice.call(this);
    a.sort(cmp === undefined ? function (x, y) {
      if (x !== x) return y !== y ? 0 : 1;
      if (y !== y) return -1;
      if (x < y) return -1;
      if (x > y) return 1;
      return (x === 0 && y === 0) ? (1 / x < 1 / y ? -1 : 1 / x > 1 / y ? 1 : 0) : 0;
    } : cmp);
    for (var i = 0; i < a.length; i++) this[i] = a[i];
    return this;
  },
  every: function every(fn, t) { fnArg(fn); return AP.every.call(this, fn, t); },
  some: function some(fn, t) { fnArg(fn); return AP.some.call(this, fn, t); },
  reduce: function reduce() { return AP.reduce.apply(this, arguments); },
  reduceRight: function reduceRight() { return AP.reduceRight.apply(this, arguments); },
  find: function find(fn, t) {
    fnArg(fn);
    for (var i = 0; i < this.length; i++) if (fn.call(t, this[i], i, this)) return this[i];
    return undefined;
  },
  findIndex: function findIndex(fn, t) {
    fnArg(fn);
    for (var i = 0; i < this.length; i++) if (fn.call(t, this[i], i, this)) return i;
    return -1;
  },
  findLast: function findLast(fn, t) {
    fnArg(fn);
    for (var i = this.length - 1; i >= 0; i--) if (fn.call(t, this[i], i, this)) return this[i];
    return undefined;
  },
  findLastIndex: function findLastIndex(fn, t) {
    fnArg(fn);
    for (var i = this.length - 1; i >= 0; i--) if (fn.call(t, this[i], i, this)) return i;
    return -1;
  },
  at: function at(i) {
    i = +i || 0;
    i = i < 0 ? Math.ceil(i) + this.length : Math.floor(i);
    return i >= 0 && i < this.length ? this[i] : undefined;
  },
  copyWithin: function copyWithin(target, start, end) {
    var n = this.length, t = relIndex(target, n, 0), s = relIndex(start, n, 0), e = relIndex(end, n, n);
    var count = Math.min(e - s, n - t), tmp = [], i;
    for (i = 0; i < count; i++) tmp.push(this[s + i]);
    for (i = 0; i < count; i++) this[t + i] = tmp[i];
    return this;
  },
  keys: function keys() { return new TypedArrayIterator(this, 0); },
  values: function values() { return new TypedArrayIterator(this, 1); },
  entries: function entries() { return new TypedArrayIterator(this, 2); },
  toLocaleString: function toLocaleString() { return AP.join.call(this, ','); }
};

Object.keys(methods).forEach(function (name) {
  Object.defineProperty(TA, name, {
    value: methods[name], writable: true, configurable: true, enumerable: false
  });
});
if (typeof Symbol === 'function' && Symbol.iterator) {
  Object.defineProperty(TA, Symbol.iterator, {
    value: methods.values, writable: true, configurable: true, enumerable: false
  });
}

exports.methods = methods;
exports.TypedArrayIterator = TypedArrayIterator;

// internal/comparisons: the one deep-equality algorithm behind
// assert.deepEqual/deepStrictEqual and util.isDeepStrictEqual, after Node's
// lib/internal/util/comparisons.js (loose and strict modes, cycles, Map/Set,
// typed arrays, boxed primitives, Date/RegExp/Error).
'use strict';

var toStr = Object.prototype.toString;
var hasOwn = Object.prototype.hasOwnProperty;
var propIsEnum = Object.prototype.propertyIsEnumerable;
var getProto = Object.getPrototypeOf;
var hasSymbols = typeof Object.getOwnPropertySymbols === 'function';

function objectIs(a, b) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  return a !== a && b !== b;
}

function isMap(v) { return typeof Map === 'function' && v instanceof Map; }
function isSet(v) { return typeof Set === 'function' && v instanceof Set; }
function isView(v) { return ArrayBuffer.isView(v); }

function isBoxed(v) {
  var t = toStr.call(v);
  return (t === '[object Number]' || t === '[object String]' ||
    t === '[object Boolean]' || t === '[object Symbol]') && typeof v === 'object';
}

// Own enumerable keys (strings, then symbols when strict).
function ownKeys(o, strict) {
  var keys = Object.keys(o), syms, i;
  if (strict && hasSymbols) {
    syms = Object.getOwnPropertySymbols(o);
    for (i = 0; i < syms.length; i++)
      if (propIsEnum.call(o, syms[i])) keys.push(syms[i]);
  }
  return keys;
}

function bytesEqual(a, b) {
  var ua = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  var ub = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  if (ua.length !== ub.length) return false;
  for (var i = 0; i < ua.length; i++) if (ua[i] !== ub[i]) return false;
  return true;
}

function isFloatArray(v) {
  return v instanceof Float32Array || v instanceof Float64Array;
}

// memos: {a: [], b: []} pairs currently being compared (cycle detection).
function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || 1 / a === 1 / b;
  if (strict) {
    if (typeof a !== 'object' || a === null)
      return typeof a === 'number' && typeof b === 'number' && a !== a && b !== b;
    if (typeof b !== 'object' || b === null) return false;
    if (getProto(a) !== getProto(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object')
        return a == b || (a !== a && b !== b); // eslint-disable-line eqeqeq
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  return objEquiv(a, b, strict, memos);
}

function objEquiv(a, b, strict, memos) {
  var ta = toStr.call(a), tb = toStr.call(b), i;
  if (ta !== tb) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;

  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
  } else if (ta === '[object Date]') {
    if (a.getTime() !== b.getTime()) return false;
  } else if (ta === '[object RegExp]') {
    if (a.source !== b.source || a.global !== b.global ||
        a.ignoreCase !== b.ignoreCase || a.multiline !== b.multiline ||
        a.lastIndex !== b.lastIndex) return false;
  } else if (a instanceof Error || b instanceof Error) {
    if (!(a instanceof Error && b instanceof Error)) return false;
    if (a.message !== b.message || a.name !== b.name) return false;
  } else if (isView(a)) {
    if (!isView(b)) return false;
    if (!strict && isFloatArray(a)) {
      if (a.length !== b.length) return false;
      for (i = 0; i < a.length; i++) if (a[i] != b[i]) return false; // eslint-disable-line eqeqeq
    } else if (!bytesEqual(a, b)) {
      return false;
    }
    // Buffers/typed arrays: also compare extra own keys, but not indices.
    return keysEquiv(a, b, strict, memos, true);
  } else if (ta === '[object ArrayBuffer]') {
    if (!bytesEqual(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (isSet(a) || isSet(b)) {
    if (!isSet(a) || !isSet(b) || a.size !== b.size) return false;
  } else if (isMap(a) || isMap(b)) {
    if (!isMap(a) || !isMap(b) || a.size !== b.size) return false;
  } else if (isBoxed(a)) {
    if (!isBoxed(b) || !objectIs(a.valueOf(), b.valueOf())) {
      if (strict || a.valueOf() != b.valueOf()) return false; // eslint-disable-line eqeqeq
    }
  } else if (isBoxed(b)) {
    return false;
  }
  return keysEquiv(a, b, strict, memos, false);
}

function keysEquiv(a, b, strict, memos, skipIndices) {
  var ka = ownKeys(a, strict), kb = ownKeys(b, strict), i, key;
  if (skipIndices) {
    ka = ka.filter(notIndex);
    kb = kb.filter(notIndex);
  }
  if (ka.length !== kb.length) return false;
  for (i = 0; i < ka.length; i++)
    if (!propIsEnum.call(b, ka[i])) return false;

  // Cycle check: a pair already being compared is assumed equal.
  if (memos === undefined) {
    memos = { a: [], b: [] };
  } else {
    for (i = 0; i < memos.a.length; i++) {
      if (memos.a[i] === a) {
        if (memos.b[i] === b) return true;
      }
    }
  }
  memos.a.push(a);
  memos.b.push(b);
  var ok = true;
  if (isSet(a)) ok = setEquiv(a, b, strict, memos);
  else if (isMap(a)) ok = mapEquiv(a, b, strict, memos);
  for (i = 0; ok && i < ka.length; i++) {
    key = ka[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) ok = false;
  }
  memos.a.pop();
  memos.b.pop();
  return ok;
}

function notIndex(k) {
  return typeof k !== 'string' || !/^(0|[1-9][0-9]*)$/.test(k);
}

function toArray(coll) {
  var out = [];
  coll.forEach(function (v, k) { out.push([k, v]); });
  return out;
}

// Every entry of a must find a distinct deep-equal entry in b.
function setEquiv(a, b, strict, memos) {
  var ea = toArray(a), eb = toArray(b), used = [], i, j, found;
  for (i = 0; i < ea.length; i++) {
    var v = ea[i][1];
    if ((typeof v !== 'object' || v === null) && b.has(v)) continue;
    found = false;
    for (j = 0; j < eb.length; j++) {
      if (used[j]) continue;
      if (innerDeepEqual(v, eb[j][1], strict, memos)) {
        used[j] = true;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function mapEquiv(a, b, strict, memos) {
  var ea = toArray(a), eb = toArray(b), used = [], i, j, found;
  for (i = 0; i < ea.length; i++) {
    var k = ea[i][0], v = ea[i][1];
    if ((typeof k !== 'object' || k === null) && b.has(k)) {
      if (!innerDeepEqual(v, b.get(k), strict, memos)) return false;
      continue;
    }
    found = false;
    for (j = 0; j < eb.length; j++) {
      if (used[j]) continue;
      if (innerDeepEqual(k, eb[j][0], strict, memos) &&
          innerDeepEqual(v, eb[j][1], strict, memos)) {
        used[j] = true;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

exports.isDeepEqual = function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false);
};
exports.isDeepStrictEqual = function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true);
};
exports.objectIs = objectIs;

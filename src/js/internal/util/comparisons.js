// internal/util/comparisons: the one deep-equality algorithm behind
// assert.deepEqual/deepStrictEqual and util.isDeepStrictEqual, after Node's
// lib/internal/util/comparisons.js: loose and strict modes, cycles,
// Map/Set (order-free, loose keys in loose mode), typed arrays, boxed
// primitives, Date/RegExp/Error. Built-in kinds are told apart by their
// internal class (native.classOf, shared with util.types), so prototypes
// and Symbol.toStringTag cannot fake them; methods are never called on
// the compared values (a Date's own getTime, a Number's own valueOf).
'use strict';

var classOf = native.classOf;
var propIsEnum = Object.prototype.propertyIsEnumerable;
var getProto = Object.getPrototypeOf;
var hasSymbols = typeof Object.getOwnPropertySymbols === 'function';
var dateGetTime = Date.prototype.getTime;

function objectIs(a, b) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  return a !== a && b !== b;
}

function isMap(v) { return typeof Map === 'function' && v instanceof Map; }
function isSet(v) { return typeof Set === 'function' && v instanceof Set; }

var typedNames = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
  'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'DataView'];

// Own enumerable keys (strings, then enumerable symbols when strict).
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

function boxedValue(v, cls) {
  switch (cls) {
    case 'Number': return Number.prototype.valueOf.call(v);
    case 'String': return String.prototype.valueOf.call(v);
    case 'Boolean': return Boolean.prototype.valueOf.call(v);
    default: return Symbol.prototype.valueOf.call(v);
  }
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
  var ca = classOf(a), cb = classOf(b), i;
  if (ca !== cb) return false;
  if (Object.prototype.toString.call(a) !== Object.prototype.toString.call(b)) return false;

  if (ca === 'Array') {
    if (a.length !== b.length) return false;
  } else if (ca === 'Date') {
    if (dateGetTime.call(a) !== dateGetTime.call(b)) return false;
  } else if (ca === 'RegExp') {
    if (a.source !== b.source || a.global !== b.global ||
        a.ignoreCase !== b.ignoreCase || a.multiline !== b.multiline ||
        a.lastIndex !== b.lastIndex) return false;
  } else if (ca === 'Error' || a instanceof Error || b instanceof Error) {
    if (!(a instanceof Error || ca === 'Error') || !(b instanceof Error || cb === 'Error')) return false;
    if (a.message !== b.message || a.name !== b.name) return false;
  } else if (typedNames.indexOf(ca) >= 0) {
    if (!strict && (ca === 'Float32Array' || ca === 'Float64Array')) {
      if (a.length !== b.length) return false;
      for (i = 0; i < a.length; i++) if (a[i] != b[i]) return false; // eslint-disable-line eqeqeq
    } else if (!bytesEqual(a, b)) {
      return false;
    }
    // Extra own keys count, the indices don't.
    return keysEquiv(a, b, strict, memos, true);
  } else if (ca === 'ArrayBuffer') {
    if (!bytesEqual(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (ca === 'Number' || ca === 'String' || ca === 'Boolean' || ca === 'Symbol') {
    if (!objectIs(boxedValue(a, ca), boxedValue(b, cb))) return false;
  } else if (isSet(a) || isSet(b)) {
    if (!isSet(a) || !isSet(b) || a.size !== b.size) return false;
  } else if (isMap(a) || isMap(b)) {
    if (!isMap(a) || !isMap(b) || a.size !== b.size) return false;
  }
  return keysEquiv(a, b, strict, memos, ca === 'String');
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
    for (i = 0; i < memos.a.length; i++)
      if (memos.a[i] === a && memos.b[i] === b) return true;
  }
  memos.a.push(a);
  memos.b.push(b);
  var ok = true;
  if (isSet(a)) ok = collectionEquiv(a, b, strict, memos, false);
  else if (isMap(a)) ok = collectionEquiv(a, b, strict, memos, true);
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

function entriesOf(coll) {
  var out = [];
  coll.forEach(function (v, k) { out.push([k, v]); });
  return out;
}

function isPrim(v) { return v === null || (typeof v !== 'object' && typeof v !== 'function'); }

// Sets and Maps match entries regardless of order: first every primitive
// key found as such in the other collection, then the rest pairwise by deep
// equality (keys and values), each entry used once.
function collectionEquiv(a, b, strict, memos, isMapKind) {
  var ea = entriesOf(a), eb = entriesOf(b), usedA = [], usedB = [], i, j;
  var indexB = [];
  for (j = 0; j < eb.length; j++) indexB.push(eb[j][0]);
  for (i = 0; i < ea.length; i++) {
    var k = ea[i][0];
    if (!isPrim(k) || !b.has(k)) continue;
    for (j = 0; j < indexB.length; j++) {
      if (!usedB[j] && (indexB[j] === k || (k !== k && indexB[j] !== indexB[j]))) break;
    }
    if (j === indexB.length) continue;
    if (!isMapKind || innerDeepEqual(ea[i][1], eb[j][1], strict, memos)) {
      usedA[i] = true;
      usedB[j] = true;
    } else if (strict) {
      return false;
    }
  }
  for (i = 0; i < ea.length; i++) {
    if (usedA[i]) continue;
    var found = false;
    for (j = 0; j < eb.length; j++) {
      if (usedB[j]) continue;
      if (strict && isPrim(ea[i][0]) && isPrim(eb[j][0])) continue; // exact ones matched above
      if (innerDeepEqual(ea[i][0], eb[j][0], strict, memos) &&
          (!isMapKind || innerDeepEqual(ea[i][1], eb[j][1], strict, memos))) {
        usedB[j] = true;
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

// internal/util/types: util.types. Built-in classes are recognised by their
// internal class (native.classOf), so neither a changed prototype nor
// Symbol.toStringTag fools them; runtime-provided classes (Map, Set,
// Promise, ...) by instanceof.
'use strict';

var classOf = native.classOf;
function isObj(v) { return v !== null && typeof v === 'object'; }
function is(name) {
  return function (v) { return classOf(v) === name; };
}
function inst(name) {
  return function (v) {
    var C = globalThis[name];
    return typeof C === 'function' && isObj(v) && v instanceof C;
  };
}
function tagged(tag) {
  var t = '[object ' + tag + ']';
  return function (v) { return isObj(v) && Object.prototype.toString.call(v) === t; };
}
function no() { return false; }

var typedNames = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
  'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array'];

exports.isDate = is('Date');
exports.isRegExp = is('RegExp');
exports.isNativeError = is('Error');
exports.isArrayBuffer = is('ArrayBuffer');
exports.isAnyArrayBuffer = exports.isArrayBuffer;
exports.isSharedArrayBuffer = no;
exports.isDataView = is('DataView');
exports.isArrayBufferView = function (v) {
  var c = classOf(v);
  return c === 'DataView' || typedNames.indexOf(c) >= 0;
};
exports.isTypedArray = function (v) { return typedNames.indexOf(classOf(v)) >= 0; };
typedNames.forEach(function (n) { exports['is' + n] = is(n); });
exports.isBigInt64Array = no;
exports.isBigUint64Array = no;
exports.isMap = inst('Map');
exports.isSet = inst('Set');
exports.isWeakMap = inst('WeakMap');
exports.isWeakSet = inst('WeakSet');
exports.isPromise = inst('Promise');
exports.isMapIterator = tagged('Map Iterator');
exports.isSetIterator = tagged('Set Iterator');
exports.isNumberObject = is('Number');
exports.isStringObject = is('String');
exports.isBooleanObject = is('Boolean');
exports.isSymbolObject = function (v) { return isObj(v) && classOf(v) === 'Symbol'; };
exports.isBigIntObject = no;
exports.isBoxedPrimitive = function (v) {
  var c = classOf(v);
  return isObj(v) && (c === 'Number' || c === 'String' || c === 'Boolean' || c === 'Symbol');
};
exports.isArgumentsObject = is('Arguments');
// Generators are lowered by the compiler (lower_generator.c); its runtime
// (__jsrt, loaded on first touch) knows its functions and objects: asked
// only of what does not inherit straight from Function/Object.prototype.
exports.isGeneratorFunction = function (v) {
  return typeof v === 'function' && Object.getPrototypeOf(v) !== Function.prototype &&
    __jsrt.isGenFn(v);
};
exports.isGeneratorObject = function (v) {
  return isObj(v) && Object.getPrototypeOf(v) !== Object.prototype &&
    __jsrt.isGenObj(v);
};
// Async functions and async generator functions, as the compiler marks
// them (src/compiler/helpers.js: __jsrt.asyncFn, __jsrt.asyncGenFn).
exports.isAsyncFunction = function isAsyncFunction(v) {
  if (typeof v !== 'function' || Object.getPrototypeOf(v) === Function.prototype) return false;
  var h = require('internal/jsrt_helpers');
  return h.isAsyncFn(v) || h.isAsyncGenFn(v);
};
exports.isProxy = no;
exports.isExternal = no;
exports.isModuleNamespaceObject = no;
exports.isKeyObject = no;
exports.isCryptoKey = no;

// internal/util/types: util.types, brand checks by internal class
// (Object.prototype.toString) or instanceof for runtime-provided classes.
'use strict';

var toStr = Object.prototype.toString;
function tag(v) { return toStr.call(v); }
function isObj(v) { return v !== null && typeof v === 'object'; }
function is(tagName) {
  var t = '[object ' + tagName + ']';
  return function (v) { return isObj(v) && tag(v) === t; };
}
function inst(name) {
  return function (v) {
    var C = globalThis[name];
    return typeof C === 'function' && isObj(v) && v instanceof C;
  };
}
function no() { return false; }

var typedNames = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
  'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array',
  'BigInt64Array', 'BigUint64Array'];

exports.isDate = is('Date');
exports.isRegExp = is('RegExp');
exports.isNativeError = function (v) { return isObj(v) && (v instanceof Error || tag(v) === '[object Error]'); };
exports.isArrayBuffer = is('ArrayBuffer');
exports.isAnyArrayBuffer = exports.isArrayBuffer;
exports.isSharedArrayBuffer = no;
exports.isDataView = is('DataView');
exports.isArrayBufferView = function (v) { return ArrayBuffer.isView(v); };
exports.isTypedArray = function (v) { return ArrayBuffer.isView(v) && tag(v) !== '[object DataView]'; };
typedNames.forEach(function (n) { exports['is' + n] = is(n); });
exports.isMap = inst('Map');
exports.isSet = inst('Set');
exports.isWeakMap = inst('WeakMap');
exports.isWeakSet = inst('WeakSet');
exports.isPromise = inst('Promise');
exports.isMapIterator = is('Map Iterator');
exports.isSetIterator = is('Set Iterator');
exports.isNumberObject = is('Number');
exports.isStringObject = is('String');
exports.isBooleanObject = is('Boolean');
exports.isSymbolObject = function (v) { return isObj(v) && tag(v) === '[object Symbol]'; };
exports.isBigIntObject = no;
exports.isBoxedPrimitive = function (v) {
  return exports.isNumberObject(v) || exports.isStringObject(v) ||
    exports.isBooleanObject(v) || exports.isSymbolObject(v);
};
exports.isArgumentsObject = is('Arguments');
exports.isGeneratorFunction = no;
exports.isGeneratorObject = no;
exports.isAsyncFunction = no;
exports.isProxy = no;
exports.isExternal = no;
exports.isModuleNamespaceObject = no;
exports.isWeakRef = no;

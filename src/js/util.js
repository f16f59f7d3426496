// util: Node's util module. inspect/format come from internal/util/inspect;
// isDeepStrictEqual shares assert's algorithm (internal/util/comparisons).
'use strict';

var errors = require('internal/errors');
var comparisons = require('internal/util/comparisons');
var types = require('internal/util/types');
var toStr = Object.prototype.toString;

var insp = require('internal/util/inspect');
exports.inspect = insp.inspect;
exports.format = insp.format;
exports.formatWithOptions = insp.formatWithOptions;
exports.stripVTControlCharacters = insp.stripVTControlCharacters;

exports.types = types;
exports.isDeepStrictEqual = comparisons.isDeepStrictEqual;

exports.inherits = function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null)
    throw errors.invalidArgType('ctor', 'function', ctor);
  if (superCtor === undefined || superCtor === null)
    throw errors.invalidArgType('superCtor', 'function', superCtor);
  if (superCtor.prototype === undefined)
    throw errors.invalidArgType('superCtor.prototype', 'object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', {
    value: superCtor, writable: true, configurable: true
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
};

// promisify: fn(...args, cb(err, value)) -> fn(...args) returning a Promise.
var kCustomPromisified = typeof Symbol === 'function' && Symbol['for'] ?
  Symbol['for']('nodejs.util.promisify.custom') : '__promisify_custom__';
var kCustomPromiseArgs = typeof Symbol === 'function' ?
  Symbol('customPromisifyArgs') : '__promisify_args__';

function promisify(original) {
  if (typeof original !== 'function')
    throw errors.invalidArgType('original', 'function', original);
  var custom = original[kCustomPromisified];
  if (custom !== undefined) {
    if (typeof custom !== 'function')
      throw errors.invalidArgType('util.promisify.custom', 'function', custom);
    Object.defineProperty(custom, kCustomPromisified, {
      value: custom, enumerable: false, writable: false, configurable: true
    });
    return custom;
  }
  var argumentNames = original[kCustomPromiseArgs];
  function fn() {
    var self = this, args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (err) {
        if (err) return reject(err);
        if (argumentNames !== undefined && arguments.length > 2) {
          var obj = {};
          for (var i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = arguments[i + 1];
          resolve(obj);
        } else {
          resolve(arguments[1]);
        }
      });
      original.apply(self, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisified, {
    value: fn, enumerable: false, writable: false, configurable: true
  });
  // Node copies every own property of original (name, length included);
  // one Duktape keeps fixed on functions is left as it is.
  var keys = Object.getOwnPropertyNames(original);
  if (typeof Object.getOwnPropertySymbols === 'function')
    keys = keys.concat(Object.getOwnPropertySymbols(original));
  for (var i = 0; i < keys.length; i++) {
    try {
      Object.defineProperty(fn, keys[i], Object.getOwnPropertyDescriptor(original, keys[i]));
    } catch (e) {}
  }
  return fn;
}
promisify.custom = kCustomPromisified;
exports.promisify = promisify;
exports._customPromisifyArgs = kCustomPromiseArgs;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    var err = errors.make(Error, 'ERR_FALSY_VALUE_REJECTION',
      'Promise was rejected with falsy value');
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

exports.callbackify = function callbackify(original) {
  if (typeof original !== 'function')
    throw errors.invalidArgType('original', 'function', original);
  function callbackified() {
    var args = Array.prototype.slice.call(arguments);
    var cb = args.pop();
    if (typeof cb !== 'function')
      throw errors.invalidArgType('last argument', 'function', cb);
    var self = this;
    original.apply(this, args).then(function (ret) {
      process.nextTick(function () { cb.call(self, null, ret); });
    }, function (rej) {
      process.nextTick(function () { callbackifyOnRejected.call(self, rej, cb); });
    });
  }
  // Own properties as they are, with length + 1 and name + 'Callbackified'
  // (where the engine lets them be redefined).
  Object.getOwnPropertyNames(original).forEach(function (key) {
    var d = Object.getOwnPropertyDescriptor(original, key);
    if (key === 'length' && typeof d.value === 'number') d.value++;
    else if (key === 'name' && typeof d.value === 'string') d.value += 'Callbackified';
    else if (key === 'prototype' || key === 'caller' || key === 'arguments') return;
    try {
      Object.defineProperty(callbackified, key, d);
    } catch (e) { /* non-configurable in this engine: keep ours */ }
  });
  return callbackified;
};

// deprecate: warns once per code (or once per function without a code).
var codesWarned = {};
exports.deprecate = function deprecate(fn, msg, code) {
  if (typeof fn !== 'function') throw errors.invalidArgType('fn', 'function', fn);
  if (code !== undefined && typeof code !== 'string')
    throw errors.invalidArgType('code', 'string', code);
  var warned = false;
  function deprecated() {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined || !codesWarned[code]) {
        if (code !== undefined) codesWarned[code] = true;
        if (typeof process.emitWarning === 'function') {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        } else {
          process.stderr && process.stderr.write ?
            process.stderr.write('(node) ' + (code ? '[' + code + '] ' : '') + 'DeprecationWarning: ' + msg + '\n') :
            console.error('(node) ' + (code ? '[' + code + '] ' : '') + 'DeprecationWarning: ' + msg);
        }
      }
    }
    if (this instanceof deprecated) {
      var obj = Object.create(fn.prototype);
      var r = fn.apply(obj, arguments);
      return (r !== null && typeof r === 'object') ? r : obj;
    }
    return fn.apply(this, arguments);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
};

// Legacy type checks (deprecated in Node but still widely used).
exports.isArray = Array.isArray;
exports.isBoolean = function (v) { return typeof v === 'boolean'; };
exports.isNull = function (v) { return v === null; };
exports.isNullOrUndefined = function (v) { return v === null || v === undefined; };
exports.isNumber = function (v) { return typeof v === 'number'; };
exports.isString = function (v) { return typeof v === 'string'; };
exports.isSymbol = function (v) { return typeof v === 'symbol'; };
exports.isUndefined = function (v) { return v === undefined; };
exports.isRegExp = types.isRegExp;
exports.isObject = function (v) { return v !== null && typeof v === 'object'; };
exports.isDate = types.isDate;
exports.isError = function (v) { return v instanceof Error || toStr.call(v) === '[object Error]'; };
exports.isFunction = function (v) { return typeof v === 'function'; };
exports.isPrimitive = function (v) {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
};
exports.isBuffer = function (v) { return require('buffer').Buffer.isBuffer(v); };

// util._extend(target, source): Object.assign before Object.assign.
exports._extend = function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  var keys = Object.keys(source), i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
};

exports.toUSVString = function toUSVString(s) {
  return String(s).replace(/[\ud800-\udbff](?![\udc00-\udfff])|([^\ud800-\udbff]|^)[\udc00-\udfff]/g,
    function (m, pre) { return (pre || '') + '\ufffd'; });
};

// getSystemErrorName(-2) -> 'ENOENT'; getSystemErrorMap() -> Map of
// errno -> [name, message], from libuv's table.
var errMap;
function systemErrors() {
  if (errMap === undefined) {
    errMap = new Map();
    native.errMap().forEach(function (e) { errMap.set(e[0], [e[1], e[2]]); });
  }
  return errMap;
}
exports.getSystemErrorName = function getSystemErrorName(err) {
  if (typeof err !== 'number') throw errors.invalidArgType('err', 'number', err);
  if (err >= 0 || !isFinite(err) || Math.floor(err) !== err)
    throw errors.outOfRange('err', 'a negative integer', err);
  var e = systemErrors().get(err);
  return e ? e[0] : 'Unknown system error ' + err;
};
exports.getSystemErrorMap = function getSystemErrorMap() {
  return new Map(systemErrors());
};

// styleText(format, text[, { validateStream, stream }]): text wrapped in
// the ANSI codes of util.inspect.colors (format: a name or an array of
// names); unstyled when the stream (process.stdout) is no color terminal.
exports.styleText = function styleText(format, text, options) {
  if (typeof text !== 'string') throw errors.invalidArgType('text', 'string', text);
  var validateStream = !(options && options.validateStream === false);
  var stream = options && options.stream !== undefined ? options.stream :
    (typeof process === 'object' ? process.stdout : undefined);
  var formats = Array.isArray(format) ? format : [format], left = '', right = '';
  var colors = exports.inspect.colors;
  for (var i = 0; i < formats.length; i++) {
    var codes = colors[formats[i]];
    if (formats[i] === 'none') continue;
    if (!codes || !Object.prototype.hasOwnProperty.call(colors, formats[i]))
      throw errors.invalidArgValue('format', formats[i],
        'must be one of: ' + Object.keys(colors).join(', '));
    left += '\u001b[' + codes[0] + 'm';
    right = '\u001b[' + codes[1] + 'm' + right;
  }
  if (validateStream) {
    var env = (typeof process === 'object' && process.env) || {};
    var tty = stream && stream.isTTY &&
      (typeof stream.hasColors !== 'function' || stream.hasColors());
    if (!tty || env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined) return text;
  }
  return left + text + right;
};

exports.parseArgs = function parseArgs(config) {
  return require('internal/util/parse_args')(config);
};

// util.log: "26 Nov 07:30:01 - message" (deprecated in Node, still there).
var kMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function pad2(n) { return n < 10 ? '0' + n : String(n); }
exports.log = function log() {
  var d = new Date();
  var time = pad2(d.getHours()) + ':' + pad2(d.getMinutes()) + ':' + pad2(d.getSeconds());
  console.log('%s - %s', d.getDate() + ' ' + kMonths[d.getMonth()] + ' ' + time,
    exports.format.apply(null, arguments));
};

if (typeof TextEncoder === 'function') exports.TextEncoder = TextEncoder;
if (typeof TextDecoder === 'function') exports.TextDecoder = TextDecoder;

exports.debuglog = exports.debug = function debuglog(set) {
  var env = (typeof process === 'object' && process.env && process.env.NODE_DEBUG) || '';
  var enabled = new RegExp('\\b' + String(set).toUpperCase() + '\\b', 'i').test(env);
  function logger() {
    if (!enabled) return;
    var msg = exports.format.apply(null, arguments);
    console.error(String(set).toUpperCase() + ' ' + process.pid + ': ' + msg);
  }
  logger.enabled = enabled;
  return logger;
};

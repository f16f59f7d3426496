// internal/errors: Node-style errors with a code, made in one place. Every
// built-in throws through these so messages and codes match Node's.
'use strict';

function describeReceived(v) {
  if (v === undefined || v === null) return ' Received ' + v;
  if (typeof v === 'function') return ' Received function ' + v.name;
  if (typeof v === 'object') {
    if (v.constructor && v.constructor.name)
      return ' Received an instance of ' + v.constructor.name;
    return ' Received ' + require('internal/util/inspect').inspect(v, { depth: -1 });
  }
  var s = typeof v === 'string' ? "'" + (v.length > 25 ? v.slice(0, 25) + '...' : v) + "'" : String(v);
  return ' Received type ' + typeof v + ' (' + s + ')';
}

function make(Ctor, code, message) {
  var err = new Ctor(message);
  err.code = code;
  return err;
}

exports.make = make;
exports.describeReceived = describeReceived;

// Node's E(code, message, Base) list, for the codes that more than one
// place throws (streams, http): codes.ERR_X(a, b) makes the error; a
// message that is a function is given those arguments.
var codes = exports.codes = {};
function E(code, message, Base) {
  codes[code] = function (a, b) {
    return make(Base, code, typeof message === 'function' ? message(a, b) : message);
  };
}
function cannotCall(after) {
  return function (m) { return 'Cannot call ' + m + ' after a stream was ' + after; };
}
E('ERR_HTTP_HEADERS_SENT', function (verb) {
  return 'Cannot ' + verb + ' headers after they are sent to the client';
}, Error);
E('ERR_INVALID_CHAR', function (name, field) {
  return 'Invalid character in ' + name + (field !== undefined ? ' ["' + field + '"]' : '');
}, TypeError);
E('ERR_INVALID_HTTP_TOKEN', function (name, field) {
  return name + ' must be a valid HTTP token ["' + field + '"]';
}, TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', function (m) { return 'The ' + m + ' method is not implemented'; }, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_STREAM_ALREADY_FINISHED', cannotCall('finished'), Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', cannotCall('destroyed'), Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);

// The "name" argument must be of type string. Received ...
// expected may be a list, formatted as Node does: primitive types first,
// then classes ("an instance of Buffer or Uint8Array"), then other words.
var kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
  'boolean', 'bigint', 'symbol'];

function orList(list) {
  if (list.length === 1) return list[0];
  if (list.length === 2) return list[0] + ' or ' + list[1];
  return list.slice(0, -1).join(', ') + ', or ' + list[list.length - 1];
}

function expectedText(expected) {
  if (!Array.isArray(expected)) return 'of type ' + expected;
  var types = [], instances = [], other = [], i, parts = [];
  for (i = 0; i < expected.length; i++) {
    var e = expected[i];
    if (kTypes.indexOf(e) >= 0) types.push(e.toLowerCase());
    else if (/^[A-Z][a-zA-Z0-9]*$/.test(e)) instances.push(e);
    else other.push(e === 'object' ? 'Object' : e);
  }
  // "object" given with classes reads as "an instance of Object".
  if (instances.length > 0 && types.indexOf('object') >= 0) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  if (types.length > 0)
    parts.push((types.length > 1 ? 'one of type ' : 'of type ') + orList(types));
  if (instances.length > 0)
    parts.push('an instance of ' + orList(instances));
  if (other.length > 0)
    parts.push(other.length > 1 ? 'one of ' + orList(other) :
      (other[0].toLowerCase() !== other[0] ? 'an ' : '') + other[0]);
  return parts.join(' or ');
}

exports.invalidArgType = function (name, expected, actual) {
  var what = / argument$/.test(name) ? 'The ' + name :
    name.indexOf('.') >= 0 ? 'The "' + name + '" property' : 'The "' + name + '" argument';
  return make(TypeError, 'ERR_INVALID_ARG_TYPE',
    what + ' must be ' + expectedText(expected) + '.' + describeReceived(actual));
};

// Node's: the value inspected, cut at 128 characters.
exports.invalidArgValue = function (name, value, reason) {
  var what = name.indexOf('.') >= 0 ? 'property' : 'argument', shown;
  try { shown = require('internal/util/inspect').inspect(value); } catch (e) { shown = String(value); }
  if (shown.length > 128) shown = shown.slice(0, 128) + '...';
  return make(TypeError, 'ERR_INVALID_ARG_VALUE',
    'The ' + what + " '" + name + "' " + (reason || 'is invalid') + '. Received ' + shown);
};

// Received is shown as Node shows it: 4_294_967_296, -0, 'str'.
function rangeReceived(v) {
  if (typeof v === 'number') {
    if (v === 0 && 1 / v < 0) return '-0';
    if (isFinite(v) && Math.floor(v) === v && Math.abs(v) > 4294967296) {
      var str = String(v), res = '', i = str.length, start = str.charAt(0) === '-' ? 1 : 0;
      for (; i >= start + 4; i -= 3) res = '_' + str.slice(i - 3, i) + res;
      return str.slice(0, i) + res;
    }
    return String(v);
  }
  if (typeof v === 'string') return "'" + v + "'";
  return String(v);
}

exports.outOfRange = function (name, range, value) {
  return make(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + rangeReceived(value));
};

exports.accessDenied = function (what) {
  return make(Error, 'ERR_ACCESS_DENIED', 'Access to this API has been restricted: ' + what);
};

// An array argument is alternatives: ['options', 'port'] -> "options" or "port".
// Node's AbortError: what an aborted operation rejects with or passes to its
// callback; the signal's reason is its cause.
exports.abortError = function (signal) {
  var err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) err.cause = signal.reason;
  return err;
};

// An options.signal must be an AbortSignal (or absent).
exports.validateAbortSignal = function (signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal)))
    throw exports.invalidArgType(name, ['AbortSignal'], signal);
};

exports.missingArgs = function () {
  function wrap(n) { return '"' + n + '"'; }
  var names = Array.prototype.map.call(arguments, function (n) {
    return Array.isArray(n) ? n.map(wrap).join(' or ') : wrap(n);
  });
  var msg = names.length === 1 ? 'The ' + names[0] + ' argument must be specified' :
    'The ' + orList(names).replace(', or ', ', and ').replace(/ or /, ' and ') + ' arguments must be specified';
  return make(TypeError, 'ERR_MISSING_ARGS', msg);
};

exports.unknownEncoding = function (enc) {
  return make(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc);
};

exports.bufferOutOfBounds = function (name) {
  return make(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', name ?
    '"' + name + '" is outside of buffer bounds' : 'Attempt to access memory outside buffer bounds');
};

// Node's SystemError (ERR_SYSTEM_ERROR) from a libuv error thrown by a
// binding (code, errno, syscall; message "CODE: text, syscall").
exports.systemError = function (uvErr) {
  var code = uvErr.code, syscall = uvErr.syscall;
  var text = String(uvErr.message);
  if (text.indexOf(code + ': ') === 0)
    text = text.slice(code.length + 2);
  var cut = text.lastIndexOf(', ' + syscall);
  if (cut >= 0)
    text = text.slice(0, cut);
  var err = make(Error, 'ERR_SYSTEM_ERROR', 'A system error occurred: ' +
    syscall + ' returned ' + code + ' (' + text + ')');
  err.name = 'SystemError';
  err.info = {errno: uvErr.errno, code: code, message: text, syscall: syscall};
  err.errno = uvErr.errno;
  err.syscall = syscall;
  return err;
};

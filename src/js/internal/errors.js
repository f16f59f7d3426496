// internal/errors: Node-style errors with a code, made in one place. Every
// built-in throws through these so messages and codes match Node's.
'use strict';

function describeReceived(v) {
  if (v === undefined || v === null) return ' Received ' + v;
  if (typeof v === 'function') return ' Received function ' + (v.name || 'anonymous');
  if (typeof v === 'object') {
    if (v.constructor && v.constructor.name)
      return ' Received an instance of ' + v.constructor.name;
    return ' Received ' + Object.prototype.toString.call(v);
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

// The "name" argument must be of type string. Received ...
exports.invalidArgType = function (name, expected, actual) {
  var what = name.indexOf('.') >= 0 ? 'The "' + name + '" property' : 'The "' + name + '" argument';
  return make(TypeError, 'ERR_INVALID_ARG_TYPE',
    what + ' must be of type ' + expected + '.' + describeReceived(actual));
};

exports.invalidArgValue = function (name, value, reason) {
  return make(TypeError, 'ERR_INVALID_ARG_VALUE',
    "The argument '" + name + "' " + (reason || 'is invalid') + '. Received ' + String(value));
};

exports.outOfRange = function (name, range, value) {
  return make(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + String(value));
};

exports.accessDenied = function (what) {
  return make(Error, 'ERR_ACCESS_DENIED', 'Access to this API has been restricted: ' + what);
};

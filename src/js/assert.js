// assert: Node's assertion module (legacy and strict modes) with
// AssertionError (code ERR_ASSERTION, actual/expected/operator and a
// line diff in the message for objects). Deep equality is shared with
// util.isDeepStrictEqual (internal/util/comparisons).
'use strict';

var comparisons = require('internal/util/comparisons');
var errors = require('internal/errors');
var isDeepEqual = comparisons.isDeepEqual;
var isDeepStrictEqual = comparisons.isDeepStrictEqual;
var types = require('internal/util/types');
var toStr = Object.prototype.toString;

var utilMod;
function inspect(v) {
  if (utilMod === undefined) utilMod = require('util');
  return utilMod.inspect(v);
}

function isRegExp(v) { return types.isRegExp(v); }
function isPromiseLike(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function') &&
    typeof v.then === 'function';
}

// ---- message building ----

var kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:'
};

// A multi-line, key-sorted rendering used for diffs (Node renders with
// compact: false and sorted: true for the same reason: stable lines).
function quote(s) {
  return "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
}

function render(v, indent, seen, out, prefix, suffix) {
  var t = typeof v, pad = new Array(indent + 1).join('  '), keys, i, open, close;
  if (t === 'string') { out.push(pad + prefix + quote(v) + suffix); return; }
  if (t !== 'object' || v === null || types.isDate(v) || types.isRegExp(v) ||
      types.isNativeError(v) || ArrayBuffer.isView(v) || indent > 20) {
    var s = types.isNativeError(v) ? '[' + Error.prototype.toString.call(v) + ']' : inspect(v);
    var lines = s.split('\n');
    for (i = 0; i < lines.length; i++)
      out.push((i === 0 ? pad + prefix : pad) + lines[i] + (i === lines.length - 1 ? suffix : ''));
    return;
  }
  if (seen.indexOf(v) >= 0) { out.push(pad + prefix + '[Circular *1]' + suffix); return; }
  seen.push(v);
  var isArr = Array.isArray(v);
  var isM = typeof Map === 'function' && v instanceof Map;
  var isS = typeof Set === 'function' && v instanceof Set;
  var ctor = getCtorName(v);
  if (isArr) { open = '['; close = ']'; } else { open = '{'; close = '}'; }
  var head = (isM ? 'Map(' + v.size + ') ' : isS ? 'Set(' + v.size + ') ' :
    (ctor && ctor !== 'Object' && ctor !== 'Array') ? ctor + ' ' : ctor === null ? '[Object: null prototype] ' : '') + open;
  keys = Object.keys(v);
  if (!isArr) keys.sort();
  var empty = keys.length === 0 && !(isM && v.size) && !(isS && v.size);
  if (empty) { out.push(pad + prefix + head + close + suffix); seen.pop(); return; }
  out.push(pad + prefix + head);
  if (isArr) {
    for (i = 0; i < v.length; i++) render(v[i], indent + 1, seen, out, '', ',');
    keys = keys.filter(function (k) { return !/^(0|[1-9][0-9]*)$/.test(k); });
  }
  if (isM) {
    v.forEach(function (val, k) {
      render(val, indent + 1, seen, out, inspect(k) + ' => ', ',');
    });
  } else if (isS) {
    v.forEach(function (val) { render(val, indent + 1, seen, out, '', ','); });
  }
  for (i = 0; i < keys.length; i++) {
    var k = /^[A-Za-z_$][\w$]*$/.test(keys[i]) ? keys[i] : quote(keys[i]);
    render(v[keys[i]], indent + 1, seen, out, k + ': ', ',');
  }
  // Node's compact: false rendering has no comma after the last entry.
  out[out.length - 1] = out[out.length - 1].replace(/,$/, '');
  out.push(pad + close + suffix);
  seen.pop();
}

function getCtorName(v) {
  var p = Object.getPrototypeOf(v);
  if (p === null) return null;
  var c = p.constructor;
  return typeof c === 'function' && c.name ? c.name : '';
}

function renderLines(v) {
  var out = [];
  render(v, 0, [], out, '', '');
  return out;
}

// Lines that differ only by the trailing comma of a last entry are the same
// line (as in Node's diff).
function same(x, y) {
  return x === y || x + ',' === y || x === y + ',';
}

// Line diff by longest common subsequence (inputs are small renderings).
function diffLines(a, b) {
  var n = a.length, m = b.length, i, j;
  if (n * m > 4000000) return null;
  var L = [];
  for (i = 0; i <= n; i++) { L.push(new Array(m + 1)); L[i][m] = 0; }
  for (j = 0; j <= m; j++) L[n][j] = 0;
  for (i = n - 1; i >= 0; i--)
    for (j = m - 1; j >= 0; j--)
      L[i][j] = same(a[i], b[j]) ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  var out = [];
  i = 0; j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same(a[i], b[j])) {
      out.push('  ' + (a[i].length >= b[j].length ? a[i] : b[j]));
      i++; j++;
    }
    else if (j >= m || (i < n && L[i + 1][j] >= L[i][j + 1])) { out.push('+ ' + a[i]); i++; }
    else { out.push('- ' + b[j]); j++; }
  }
  return out;
}

// Keeps changed lines with up to 3 lines of context, "..." between.
function trimDiff(lines) {
  var keep = [], i, j, out = [], last = -1;
  if (lines.length <= 30) return lines;
  for (i = 0; i < lines.length; i++) {
    if (lines[i].charAt(0) !== ' ') {
      for (j = Math.max(0, i - 3); j <= Math.min(lines.length - 1, i + 3); j++) keep[j] = true;
    }
  }
  for (i = 0; i < lines.length; i++) {
    if (!keep[i]) continue;
    if (last !== -1 && i !== last + 1) out.push('...');
    else if (last === -1 && i > 0) out.push('...');
    out.push(lines[i]);
    last = i;
  }
  if (last !== -1 && last < lines.length - 1) out.push('...');
  return out;
}

function isSimple(v) {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

function createErrDiff(actual, expected, operator) {
  var a = renderLines(actual), b = renderLines(expected);
  // Two objects (or functions) under strictEqual: "reference-equal".
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function')))
    operator = 'strictEqualObject';
  var header = kReadableOperator[operator];
  if (a.length === 1 && b.length === 1 && a[0] !== b[0] &&
      a[0].length + b[0].length <= 60 && (isSimple(actual) || isSimple(expected) ||
        typeof actual !== 'object' || typeof expected !== 'object')) {
    return header + '\n\n' + a[0] + ' !== ' + b[0] + '\n';
  }
  var d = diffLines(a, b);
  if (d === null) return header + '\n\n' + a.join('\n') + '\n\nshould equal\n\n' + b.join('\n');
  var same = true, i;
  for (i = 0; i < d.length; i++) if (d[i].charAt(0) !== ' ') same = false;
  if (same) {
    header = kReadableOperator.notIdentical;
    return header + '\n\n' + a.join('\n') + '\n';
  }
  return header + '\n+ actual - expected\n\n' + trimDiff(d).join('\n');
}

function buildMessage(actual, expected, operator) {
  var a, b;
  switch (operator) {
    case 'deepStrictEqual':
    case 'strictEqual':
      if (operator === 'strictEqual' && typeof actual === 'object' && actual !== null &&
          typeof expected === 'object' && expected !== null &&
          isDeepStrictEqual(actual, expected)) {
        return kReadableOperator.notIdentical + '\n\n' + renderLines(actual).join('\n') + '\n';
      }
      return createErrDiff(actual, expected, operator);
    case 'notDeepStrictEqual':
    case 'notStrictEqual':
    case 'notDeepEqual':
      a = renderLines(actual);
      var key = operator;
      if (operator === 'notStrictEqual' && ((typeof actual === 'object' && actual !== null) ||
          typeof actual === 'function'))
        key = 'notStrictEqualObject';
      if (operator === 'notDeepEqual') {
        b = renderLines(expected);
        if (a.join('\n') !== b.join('\n')) {
          return kReadableOperator.notDeepEqualUnequal + '\n\n' + a.join('\n') +
            '\n\nshould not loosely deep-equal\n\n' + b.join('\n');
        }
        return kReadableOperator[key] + '\n\n' + a.join('\n');
      }
      if (a.length === 1) return kReadableOperator[key] + (a[0].length > 5 ? '\n\n' : ' ') + a[0];
      return kReadableOperator[key] + '\n\n' + a.join('\n') + '\n';
    case 'deepEqual':
      a = renderLines(actual); b = renderLines(expected);
      if (a.length === 1 && b.length === 1)
        return kReadableOperator.deepEqual + '\n\n' + a[0] + '\n\nshould loosely deep-equal\n\n' + b[0];
      return kReadableOperator.deepEqual + '\n\n' + a.join('\n') +
        '\n\nshould loosely deep-equal\n\n' + b.join('\n');
    default: // ==, != and custom operators: the full renderings
      return renderLines(actual).join('\n') + ' ' + operator + ' ' + renderLines(expected).join('\n');
  }
}

// ---- AssertionError ----

function AssertionError(options) {
  if (options === null || typeof options !== 'object')
    throw errors.invalidArgType('options', 'object', options);
  var message = options.message, operator = options.operator;
  var generated = message === undefined || message === null;
  if (!generated) {
    message = String(message);
  } else if (operator === 'fail') {
    message = 'Failed';
  } else {
    message = buildMessage(options.actual, options.expected, operator);
  }
  // Made by Error so that Duktape records a stack trace.
  var err = new Error(message);
  Object.setPrototypeOf(err, AssertionError.prototype);
  hideAssertFrames(err);
  err.generatedMessage = generated;
  err.code = 'ERR_ASSERTION';
  err.actual = options.actual;
  err.expected = options.expected;
  err.operator = operator;
  return err;
}
// The stack starts at the caller of assert, as in Node: frames inside
// this module are dropped (computed when read, so later changes to the
// message still show).
var stackDesc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
function hideAssertFrames(err) {
  if (!stackDesc || typeof stackDesc.get !== 'function') return;
  Object.defineProperty(err, 'stack', {
    configurable: true,
    enumerable: false,
    get: function () {
      var s = stackDesc.get.call(this);
      if (typeof s !== 'string') return s;
      return s.split('\n').filter(function (line) {
        return !/^\s+at .*\(jsrt:assert\.js:\d+\)/.test(line);
      }).join('\n');
    },
    set: function (v) {
      Object.defineProperty(this, 'stack', { value: v, writable: true, configurable: true, enumerable: false });
    }
  });
}

AssertionError.prototype = Object.create(Error.prototype, {
  constructor: { value: AssertionError, writable: true, configurable: true }
});
AssertionError.prototype.name = 'AssertionError';
AssertionError.prototype.toString = function () {
  return this.name + ' [' + this.code + ']: ' + this.message;
};

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

// ---- the assertions ----

function innerOk(fn, argLen, value, message) {
  if (!value) {
    var generated = false;
    if (argLen === 0) {
      generated = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message === undefined || message === null) {
      generated = true;
      message = 'The expression evaluated to a falsy value:\n\n  assert' +
        (fn === ok ? '.ok' : '') + '(' + inspect(value) + ')\n';
    } else if (message instanceof Error) {
      throw message;
    }
    var err = new AssertionError({ actual: value, expected: true, message: message, operator: '==' });
    err.generatedMessage = generated;
    throw err;
  }
}

function ok() {
  innerOk(ok, arguments.length, arguments[0], arguments[1]);
}

var assert = function assert() {
  innerOk(assert, arguments.length, arguments[0], arguments[1]);
};
module.exports = assert;
assert.ok = ok;
assert.AssertionError = AssertionError;

function checkArgs(n, names) {
  if (n < 2) {
    throw errors.missingArgs(names[0], names[1]);
  }
}

assert.fail = function fail(actual, expected, message, operator, stackStartFn) {
  var argsLen = arguments.length;
  if (argsLen === 0) {
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  var opts = { actual: actual, expected: expected, operator: operator === undefined ? 'fail' : operator, message: message };
  var err = new AssertionError(opts);
  if (argsLen === 2 || (argsLen > 2 && message === undefined)) {
    err.message = inspect(actual) + ' ' + opts.operator + ' ' + inspect(expected);
    err.generatedMessage = true;
  } else if (argsLen === 0) {
    err.generatedMessage = true;
  }
  throw err;
};

assert.equal = function equal(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (actual === actual || expected === expected))
    innerFail({ actual: actual, expected: expected, message: message, operator: '==' });
};

assert.notEqual = function notEqual(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (actual !== actual && expected !== expected))
    innerFail({ actual: actual, expected: expected, message: message, operator: '!=' });
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  if (!isDeepEqual(actual, expected))
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepEqual' });
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  if (isDeepEqual(actual, expected))
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepEqual' });
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  if (!isDeepStrictEqual(actual, expected))
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual' });
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  if (isDeepStrictEqual(actual, expected))
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepStrictEqual' });
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  if (!comparisons.objectIs(actual, expected))
    innerFail({ actual: actual, expected: expected, message: message, operator: 'strictEqual' });
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  checkArgs(arguments.length, ['actual', 'expected']);
  if (comparisons.objectIs(actual, expected))
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notStrictEqual' });
};

// ---- throws / rejects ----

var NO_EXCEPTION = {};

function getActual(fn) {
  if (typeof fn !== 'function') throw errors.invalidArgType('fn', 'function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// Native promises, and objects with then and catch (not functions).
function checkIsPromise(obj) {
  return (typeof Promise === 'function' && obj instanceof Promise) ||
    (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' &&
     typeof obj['catch'] === 'function');
}

function specificType(v) {
  if (v === undefined || v === null) return String(v);
  return errors.describeReceived(v).replace(/^ Received /, '');
}

function waitForActual(promiseFn) {
  var p;
  if (typeof promiseFn === 'function') {
    try {
      p = promiseFn();
    } catch (e) {
      return Promise.reject(e);
    }
    if (!checkIsPromise(p)) {
      return Promise.reject(errors.make(TypeError, 'ERR_INVALID_RETURN_VALUE',
        'Expected instance of Promise to be returned from the "promiseFn" function but got ' +
        specificType(p) + '.'));
    }
  } else if (checkIsPromise(promiseFn)) {
    p = promiseFn;
  } else {
    return Promise.reject(errors.invalidArgType('promiseFn', ['Function', 'Promise'], promiseFn));
  }
  return new Promise(function (resolve) {
    p.then(function () { resolve(NO_EXCEPTION); }, function (e) { resolve(e); });
  });
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      var a = {}, b = {};
      for (var i = 0; i < keys.length; i++) {
        if (keys[i] in actual) a[keys[i]] = actual[keys[i]];
        b[keys[i]] = expected[keys[i]];
      }
      var err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual' });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual: actual, expected: expected, message: message, operator: fn.name });
  }
}

function expectedException(actual, expected, message, fn) {
  var generatedMessage = false, throwError = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      var str = String(actual);
      if (expected.test(str)) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' + String(expected) +
          '. Input:\n\n' + inspect(str) + '\n';
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      var e0 = new AssertionError({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual' });
      e0.operator = fn.name;
      throw e0;
    } else {
      var keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0)
        throw errors.invalidArgValue('error', expected, 'may not be an empty object');
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            expected[key].test(actual[key])) continue;
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (expected === Error || Error.prototype.isPrototypeOf(expected.prototype)) {
    if (!message) {
      generatedMessage = true;
      message = 'The error is expected to be an instance of "' + expected.name +
        '". Received ';
      if (actual instanceof Error) message += '"' + (actual.constructor && actual.constructor.name) + '"';
      else message += '"' + inspect(actual) + '"';
      if (actual && actual.message !== undefined) message += '\n\nError message:\n\n' + actual.message;
    }
    throwError = true;
  } else {
    var res = expected.call({}, actual);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        var name = expected.name ? '"' + expected.name + '" ' : '';
        message = 'The ' + name + 'validation function is expected to return "true". Received ' +
          inspect(res);
        if (actual instanceof Error) message += '\n\nCaught error:\n\n' + String(actual);
      }
      throwError = true;
    }
  }
  if (throwError) {
    if (message instanceof Error) throw message;
    var err = new AssertionError({ actual: actual, expected: expected, message: message, operator: fn.name });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function validateExpected(error, message) {
  if (typeof error === 'string') {
    if (message !== undefined)
      throw errors.invalidArgType('error', 'Object, Error, Function, or RegExp', error);
    return { error: undefined, message: error };
  }
  if (error !== undefined && error !== null && typeof error !== 'object' && typeof error !== 'function')
    throw errors.invalidArgType('error', 'Object, Error, Function, or RegExp', error);
  return { error: error, message: message };
}

function expectsError(fn, actual, error, message) {
  var v = validateExpected(error, message);
  if (typeof error === 'string' && typeof actual === 'object' && actual !== null &&
      actual.message === error) {
    throw errors.make(TypeError, 'ERR_AMBIGUOUS_ARGUMENT',
      'The "error/message" argument is ambiguous. The error message "' + error +
      '" is identical to the message.');
  }
  error = v.error;
  message = v.message;
  if (actual === NO_EXCEPTION) {
    var details = '';
    if (error && error.name) details += ' (' + error.name + ')';
    details += message ? ': ' + message : '.';
    var fnType = fn === assert.rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name,
      message: 'Missing expected ' + fnType + details });
  }
  if (error !== undefined && error !== null) expectedException(actual, error, message, fn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.test(String(actual));
    throw errors.invalidArgType('expected', 'Function or RegExp', expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Error.prototype.isPrototypeOf(expected.prototype)) return false;
  return expected.call({}, actual) === true;
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    var details = message ? ': ' + message : '.';
    var fnType = fn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({ actual: actual, expected: error, operator: fn.name,
      message: 'Got unwanted ' + fnType + details + '\nActual message: "' +
        (actual && actual.message) + '"' });
  }
  throw actual;
}

assert.throws = function throws(fn, error, message) {
  expectsError(throws, getActual(fn), error, message);
};

assert.doesNotThrow = function doesNotThrow(fn, error, message) {
  expectsNoError(doesNotThrow, getActual(fn), error, message);
};

assert.rejects = function rejects(promiseFn, error, message) {
  return waitForActual(promiseFn).then(function (actual) {
    expectsError(rejects, actual, error, message);
  });
};

assert.doesNotReject = function doesNotReject(promiseFn, error, message) {
  return waitForActual(promiseFn).then(function (actual) {
    expectsNoError(doesNotReject, actual, error, message);
  });
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    var message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) message += err.constructor.name;
      else message += err.message;
    } else {
      message += inspect(err);
    }
    var e = new AssertionError({ actual: err, expected: null, operator: 'ifError', message: message });
    e.generatedMessage = false;
    throw e;
  }
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw errors.invalidArgType('regexp', 'RegExp', regexp);
  var match = fn === assert.match;
  if (typeof string !== 'string' || regexp.test(string) !== match) {
    if (message instanceof Error) throw message;
    var generated = !message;
    message = message || (typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' + typeof string + ' (' + inspect(string) + ')' :
      (match ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
      String(regexp) + '. Input:\n\n' + inspect(string) + '\n');
    var err = new AssertionError({ actual: string, expected: regexp, message: message, operator: fn.name });
    err.generatedMessage = generated;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// assert.strict: the same functions with the strict comparisons.
function strict() {
  innerOk(strict, arguments.length, arguments[0], arguments[1]);
}
var names = Object.keys(assert);
for (var i = 0; i < names.length; i++) strict[names[i]] = assert[names[i]];
strict.equal = assert.strictEqual;
strict.notEqual = assert.notStrictEqual;
strict.deepEqual = assert.deepStrictEqual;
strict.notDeepEqual = assert.notDeepStrictEqual;
strict.strict = strict;
assert.strict = strict;

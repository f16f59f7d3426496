// A tiny assert for tests written before require('assert') existed:
// ok, strictEqual, notStrictEqual, deepStrictEqual, throws (with a
// {code, name, message} object, a RegExp or a constructor).
'use strict';

function fmt(v) {
  try {
    return typeof v === 'string' ? JSON.stringify(v) : String(JSON.stringify(v));
  } catch (e) {
    return String(v);
  }
}

function fail(msg) {
  var e = new Error(msg);
  e.code = 'ERR_ASSERTION';
  throw e;
}

function ok(v, msg) {
  if (!v) fail(msg || 'expected truthy, got ' + fmt(v));
}

function strictEqual(a, b, msg) {
  if (a !== b && !(a !== a && b !== b))
    fail((msg ? msg + ': ' : '') + 'expected ' + fmt(b) + ', got ' + fmt(a));
}

function notStrictEqual(a, b, msg) {
  if (a === b) fail((msg ? msg + ': ' : '') + 'expected not ' + fmt(b));
}

function deepEq(a, b) {
  if (a === b) return true;
  if (a !== a && b !== b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  var ka = Object.keys(a), kb = Object.keys(b), i;
  if (ka.length !== kb.length) return false;
  for (i = 0; i < ka.length; i++) {
    if (!Object.prototype.hasOwnProperty.call(b, ka[i])) return false;
    if (!deepEq(a[ka[i]], b[ka[i]])) return false;
  }
  return true;
}

function deepStrictEqual(a, b, msg) {
  if (!deepEq(a, b))
    fail((msg ? msg + ': ' : '') + 'expected ' + fmt(b) + ', got ' + fmt(a));
}

function throws(fn, expected, msg) {
  var threw = false, err;
  try {
    fn();
  } catch (e) {
    threw = true;
    err = e;
  }
  if (!threw) fail((msg ? msg + ': ' : '') + 'missing expected exception');
  if (expected === undefined) return err;
  if (expected instanceof RegExp) {
    if (!expected.test(String(err)))
      fail('error ' + String(err) + ' does not match ' + expected);
  } else if (typeof expected === 'function') {
    if (!(err instanceof expected))
      fail('error ' + String(err) + ' is not a ' + expected.name);
  } else {
    Object.keys(expected).forEach(function (k) {
      var want = expected[k], got = err[k];
      if (k === 'name' && got === undefined) got = err.name;
      if (want instanceof RegExp) {
        if (!want.test(String(got)))
          fail((msg ? msg + ': ' : '') + 'error.' + k + ' ' + fmt(got) +
               ' does not match ' + want);
      } else if (want !== got) {
        fail((msg ? msg + ': ' : '') + 'error.' + k + ': expected ' +
             fmt(want) + ', got ' + fmt(got) + ' (' + String(err) + ')');
      }
    });
  }
  return err;
}

function doesNotThrow(fn) {
  fn();
}

module.exports = ok;
ok.ok = ok;
ok.strictEqual = strictEqual;
ok.notStrictEqual = notStrictEqual;
ok.deepStrictEqual = deepStrictEqual;
ok.throws = throws;
ok.doesNotThrow = doesNotThrow;
ok.fail = fail;

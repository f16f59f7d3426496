// console: Node's global console writing to stdout (log, info, debug) and
// stderr (error, warn, trace). The native half writes synchronously.
'use strict';

function inspect(v, seen, depth) {
  var t = typeof v;
  if (t === 'string') return seen ? "'" + v.replace(/'/g, "\\'") + "'" : v;
  if (t === 'function') return '[Function: ' + (v.name || '(anonymous)') + ']';
  if (t !== 'object' || v === null) return String(v);
  if (v instanceof Error) return v.stack || String(v);
  seen = seen || [];
  if (seen.indexOf(v) >= 0) return '[Circular]';
  if (depth > 2) return Array.isArray(v) ? '[Array]' : '[Object]';
  seen.push(v);
  var parts = [], i, keys;
  if (Array.isArray(v)) {
    for (i = 0; i < v.length; i++) parts.push(inspect(v[i], seen, depth + 1));
    seen.pop();
    return parts.length ? '[ ' + parts.join(', ') + ' ]' : '[]';
  }
  keys = Object.keys(v);
  for (i = 0; i < keys.length; i++)
    parts.push(keys[i] + ': ' + inspect(v[keys[i]], seen, depth + 1));
  seen.pop();
  return parts.length ? '{ ' + parts.join(', ') + ' }' : '{}';
}

function format(args) {
  var out = [], i;
  for (i = 0; i < args.length; i++)
    out.push(typeof args[i] === 'string' ? args[i] : inspect(args[i], null, 0));
  return out.join(' ') + '\n';
}

function writer(fd) {
  return function () { native.write(fd, format(arguments)); };
}

exports.log = exports.info = exports.debug = writer(1);
exports.error = exports.warn = exports.trace = writer(2);
exports._inspect = function (v) { return inspect(v, null, 0); };

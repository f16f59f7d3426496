// internal/inspect_min: a small stand-in for util.inspect/format, used only
// while the full internal/inspect is not built in (util.js picks).
'use strict';

function quote(s) {
  return "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
}

function inspect(v, opts) {
  return fmt(v, [], 0, (opts && typeof opts.depth === 'number') ? opts.depth : 2);
}

function fmt(v, seen, depth, max) {
  var t = typeof v, i, parts;
  if (t === 'string') return quote(v);
  if (t === 'number') return v === 0 && 1 / v < 0 ? '-0' : String(v);
  if (t === 'symbol') return v.toString();
  if (t === 'function') return '[Function: ' + (v.name || '(anonymous)') + ']';
  if (t !== 'object' || v === null) return String(v);
  if (v instanceof Error) return v.stack || '[' + String(v) + ']';
  if (v instanceof Date) return isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  if (Object.prototype.toString.call(v) === '[object RegExp]') return String(v);
  if (seen.indexOf(v) >= 0) return '[Circular *1]';
  if (ArrayBuffer.isView(v) && typeof Buffer === 'function' && Buffer.isBuffer(v)) {
    parts = [];
    for (i = 0; i < v.length && i < 50; i++) parts.push((v[i] < 16 ? '0' : '') + v[i].toString(16));
    return '<Buffer' + (parts.length ? ' ' + parts.join(' ') : '') + (v.length > 50 ? ' ... ' + (v.length - 50) + ' more bytes' : '') + '>';
  }
  if (depth > max) return Array.isArray(v) ? '[Array]' : '[Object]';
  seen.push(v);
  parts = [];
  var keys = Object.keys(v), prefix = '';
  if (Array.isArray(v) || ArrayBuffer.isView(v)) {
    for (i = 0; i < v.length; i++) parts.push(fmt(v[i], seen, depth + 1, max));
    keys = keys.filter(function (k) { return !/^\d+$/.test(k); });
    if (!Array.isArray(v)) prefix = Object.prototype.toString.call(v).slice(8, -1) + '(' + v.length + ') ';
  } else if (typeof Map === 'function' && v instanceof Map) {
    prefix = 'Map(' + v.size + ') ';
    v.forEach(function (val, k) { parts.push(fmt(k, seen, depth + 1, max) + ' => ' + fmt(val, seen, depth + 1, max)); });
  } else if (typeof Set === 'function' && v instanceof Set) {
    prefix = 'Set(' + v.size + ') ';
    v.forEach(function (val) { parts.push(fmt(val, seen, depth + 1, max)); });
  }
  for (i = 0; i < keys.length; i++) {
    var k = /^[A-Za-z_$][\w$]*$/.test(keys[i]) ? keys[i] : quote(keys[i]);
    parts.push(k + ': ' + fmt(v[keys[i]], seen, depth + 1, max));
  }
  seen.pop();
  var arr = Array.isArray(v) || ArrayBuffer.isView(v);
  if (!parts.length) return prefix + (arr ? '[]' : '{}');
  return prefix + (arr ? '[ ' : '{ ') + parts.join(', ') + (arr ? ' ]' : ' }');
}

function formatWithOptions(opts, f) {
  var args = Array.prototype.slice.call(arguments, 1), out = [], a = 1, i;
  if (typeof f === 'string') {
    var s = f.replace(/%[sdifjoOc%]/g, function (m) {
      if (m === '%%') return '%';
      if (a >= args.length) return m;
      var x = args[a++];
      switch (m) {
        case '%s': return typeof x === 'string' ? x : typeof x === 'object' && x !== null ? fmt(x, [], 0, 1) : String(x);
        case '%d': case '%i': return typeof x === 'object' ? 'NaN' : String(m === '%i' ? parseInt(x, 10) : Number(x));
        case '%f': return String(parseFloat(x));
        case '%j': try { return JSON.stringify(x); } catch (e) { return '[Circular]'; }
        case '%c': return '';
        default: return inspect(x, opts);
      }
    });
    out.push(s);
  } else {
    a = 0;
  }
  for (i = a; i < args.length; i++)
    out.push(typeof args[i] === 'string' ? args[i] : inspect(args[i], opts));
  return out.join(' ');
}

exports.inspect = inspect;
exports.format = function format() {
  var args = Array.prototype.slice.call(arguments);
  args.unshift(undefined);
  return formatWithOptions.apply(null, args);
};
exports.formatWithOptions = formatWithOptions;

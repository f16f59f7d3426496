// console: Node's global console. log/info/debug/dir/table/count/time go
// to stdout, error/warn/trace/assert to stderr, formatted with util.format
// semantics (internal/util/inspect). The native half writes synchronously.
'use strict';

var insp = require('internal/util/inspect');
var fmt = insp.formatWithOptionsInternal;

var groupIndent = '';
var counts = Object.create(null);
var timers = Object.create(null);

function write(fd, str) {
  if (groupIndent !== '') {
    if (str.indexOf('\n') !== -1) str = str.replace(/\n/g, '\n' + groupIndent);
    str = groupIndent + str;
  }
  native.write(fd, str + '\n');
}

function out() { write(1, fmt(undefined, arguments)); }
function err() { write(2, fmt(undefined, arguments)); }

exports.log = out;
exports.info = out;
exports.debug = out;
exports.error = err;
exports.warn = err;

exports.dir = function dir(obj, options) {
  var o = { customInspect: false }, k;
  if (options) for (k in options) o[k] = options[k];
  write(1, insp.inspect(obj, o));
};
exports.dirxml = out;

exports.trace = function trace() {
  var e = new Error(fmt(undefined, arguments));
  e.name = 'Trace';
  var stack = String(e.stack);
  // Drop Duktape's internal frames and this function's own frame.
  var lines = stack.split('\n'), keep = [lines[0]], i;
  for (i = 1; i < lines.length; i++) {
    if (/\) internal$/.test(lines[i]) || /at trace \(/.test(lines[i])) continue;
    keep.push(lines[i]);
  }
  write(2, keep.join('\n'));
};

exports.assert = function assert(cond) {
  if (cond) return;
  var args = Array.prototype.slice.call(arguments, 1);
  if (args.length > 0 && typeof args[0] === 'string') args[0] = 'Assertion failed: ' + args[0];
  else args.unshift('Assertion failed');
  write(2, fmt(undefined, args));
};

function label(l) { return l === undefined ? 'default' : String(l); }

exports.count = function count(l) {
  l = label(l);
  counts[l] = (counts[l] || 0) + 1;
  out(l + ': ' + counts[l]);
};
exports.countReset = function countReset(l) {
  l = label(l);
  if (counts[l] === undefined) {
    warnLabel('Count for \'' + l + '\' does not exist');
    return;
  }
  delete counts[l];
};

function warnLabel(msg) {
  if (typeof process === 'object' && process.emitWarning) process.emitWarning(msg);
  else err('Warning: ' + msg);
}

function hrnow() {
  var t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

function formatTime(ms) {
  var hours = 0, minutes = 0, seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms = ms % 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms = ms % 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    var parts = seconds.toFixed(3).split('.');
    var res = hours !== 0 ? hours + ':' + pad2(minutes) : String(minutes);
    return res + ':' + pad2(Number(parts[0])) + '.' + parts[1] + ' (' + (hours !== 0 ? 'h:m' : '') + 'm:ss.mmm)';
  }
  if (seconds !== 0) return seconds.toFixed(3) + 's';
  return Number(ms.toFixed(3)) + 'ms';
}
function pad2(n) { return n < 10 ? '0' + n : String(n); }

exports.time = function time(l) {
  l = label(l);
  if (timers[l] !== undefined) {
    warnLabel("Label '" + l + "' already exists for console.time()");
    return;
  }
  timers[l] = hrnow();
};
function timeLogImpl(name, l, args) {
  var start = timers[l];
  if (start === undefined) {
    warnLabel("No such label '" + l + "' for console." + name + '()');
    return false;
  }
  var msg = l + ': ' + formatTime(hrnow() - start);
  if (args.length) out.apply(null, [msg].concat(args));
  else out(msg);
  return true;
}
exports.timeEnd = function timeEnd(l) {
  l = label(l);
  if (timeLogImpl('timeEnd', l, [])) delete timers[l];
};
exports.timeLog = function timeLog(l) {
  timeLogImpl('timeLog', label(l), Array.prototype.slice.call(arguments, 1));
};

exports.group = function group() {
  if (arguments.length > 0) out.apply(null, arguments);
  groupIndent += '  ';
};
exports.groupCollapsed = exports.group;
exports.groupEnd = function groupEnd() {
  groupIndent = groupIndent.slice(0, Math.max(0, groupIndent.length - 2));
};

// ---- console.table (Node 20's renderer: box drawing, left-aligned cells) ----

function cellWidth(s) { return s.length; }

function renderRow(row, widths) {
  var out2 = '\u2502', i;
  for (i = 0; i < row.length; i++) {
    var cell = row[i], len = cellWidth(cell);
    out2 += ' ' + cell + repeat(' ', widths[i] - len - 1); // node 20: left aligned
    if (i !== row.length - 1) out2 += '\u2502';
  }
  return out2 + '\u2502';
}
function repeat(s, n) { return n > 0 ? new Array(n + 1).join(s) : ''; }

function renderTable(head, columns) {
  var rows = [], widths = [], i, j, rowsLen = 0;
  for (i = 0; i < head.length; i++) {
    var col = columns[i] || [];
    widths[i] = cellWidth(head[i]);
    if (col.length > rowsLen) rowsLen = col.length;
    for (j = 0; j < col.length; j++) {
      if (rows[j] === undefined) rows[j] = [];
      var v = rows[j][i] = col[j] === undefined ? '' : col[j];
      if (cellWidth(v) > widths[i]) widths[i] = cellWidth(v);
    }
  }
  var divider = [];
  for (i = 0; i < widths.length; i++) { widths[i] += 2; divider.push(repeat('\u2500', widths[i])); }
  var result = ['\u250c' + divider.join('\u252c') + '\u2510', renderRow(head, widths),
    '\u251c' + divider.join('\u253c') + '\u2524'];
  for (j = 0; j < rows.length; j++) {
    var r = rows[j] || [];
    for (i = 0; i < head.length; i++) if (r[i] === undefined) r[i] = '';
    result.push(renderRow(r, widths));
  }
  result.push('\u2514' + divider.join('\u2534') + '\u2518');
  return result.join('\n');
}

function fmtCell(v) {
  return insp.inspect(v, { depth: 1, maxArrayLength: 3, breakLength: Infinity, compact: true });
}

exports.table = function table(data, properties) {
  if (data === null || typeof data !== 'object') return out(data);
  var C = require('internal/engine/collections');
  var indexKey = '(index)', valuesKey = 'Values', keys = [], i, j;
  var rowKeys = [], rowVals = [];
  if (data instanceof C.Map) {
    var mk = [], mv = [];
    data.forEach(function (v, k) { mk.push(fmtCell(k)); mv.push(fmtCell(v)); });
    return write(1, renderTable(['(iteration index)', 'Key', 'Values'],
      [mk.map(function (x, n) { return String(n); }), mk, mv]));
  }
  if (data instanceof C.Set) {
    var sv = [];
    data.forEach(function (v) { sv.push(fmtCell(v)); });
    return write(1, renderTable(['(iteration index)', 'Values'],
      [sv.map(function (x, n) { return String(n); }), sv]));
  }
  keys = Object.keys(data);
  for (i = 0; i < keys.length; i++) { rowKeys.push(keys[i]); rowVals.push(data[keys[i]]); }
  var cols = [], colIndex = Object.create(null), valuesCol = [], hasPrimitives = false;
  for (i = 0; i < rowVals.length; i++) {
    var item = rowVals[i];
    var primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesCol[i] = fmtCell(item);
    } else {
      var ks = properties || Object.keys(item);
      for (j = 0; j < ks.length; j++) {
        var key = ks[j];
        if (colIndex[key] === undefined) { colIndex[key] = cols.length; cols.push({ name: key, vals: [] }); }
        if (!primitive && Object.prototype.hasOwnProperty.call(item, key))
          cols[colIndex[key]].vals[i] = fmtCell(item[key]);
      }
    }
  }
  var head = [indexKey], columns = [rowKeys];
  for (i = 0; i < cols.length; i++) { head.push(cols[i].name); columns.push(cols[i].vals); }
  if (hasPrimitives) { head.push(valuesKey); columns.push(valuesCol); }
  write(1, renderTable(head, columns));
};

exports._inspect = function (v) { return insp.inspect(v); };

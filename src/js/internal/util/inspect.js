// internal/util/inspect: util.inspect, util.format and formatWithOptions, after
// Node's lib/internal/util/inspect.js (same output rules: compact 3,
// breakLength 80, depth 2, array grouping, [Circular *n] with <ref *n>),
// in ES5 for Duktape. util.js and console re-export these.
'use strict';

var customSym = typeof Symbol === 'function' ? Symbol['for']('nodejs.util.inspect.custom') : '__inspect_custom__';
var toStr = Object.prototype.toString;
var hasOwn = Object.prototype.hasOwnProperty;

var defaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false
};

var colors = {
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23],
  underline: [4, 24], blink: [5, 25], inverse: [7, 27], hidden: [8, 28],
  strikethrough: [9, 29], doubleunderline: [21, 24],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39],
  blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
  gray: [90, 39], grey: [90, 39], blackBright: [90, 39], redBright: [91, 39],
  greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39],
  magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39]
};

var styles = {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow',
  undefined: 'grey', null: 'bold', string: 'green', symbol: 'green',
  date: 'magenta', regexp: 'red', module: 'underline'
};

var kObjectType = 0, kArrayType = 1, kArrayExtrasType = 2;
var keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
var builtInObjects = {
  Object: 1, Function: 1, Array: 1, Number: 1, Boolean: 1, String: 1,
  Symbol: 1, Date: 1, Promise: 1, RegExp: 1, Error: 1, EvalError: 1,
  RangeError: 1, ReferenceError: 1, SyntaxError: 1, TypeError: 1,
  URIError: 1, AggregateError: 1, ArrayBuffer: 1, Uint8Array: 1,
  Int8Array: 1, Uint16Array: 1, Int16Array: 1, Uint32Array: 1,
  Int32Array: 1, Float32Array: 1, Float64Array: 1, Uint8ClampedArray: 1,
  DataView: 1, Map: 1, Set: 1, WeakMap: 1, WeakSet: 1, Proxy: 1, Reflect: 1
};

function repeat(s, n) { return n > 0 ? new Array(n + 1).join(s) : ''; }
function padStart(s, n) { return s.length >= n ? s : repeat(' ', n - s.length) + s; }
function padEnd(s, n) { return s.length >= n ? s : s + repeat(' ', n - s.length); }

function stylizeWithColor(str, styleType) {
  var style = styles[styleType];
  if (style !== undefined) {
    var c = inspect.colors[style];
    if (c !== undefined)
      return '\u001b[' + c[0] + 'm' + str + '\u001b[' + c[1] + 'm';
  }
  return str;
}
function stylizeNoColor(str) { return str; }

var colorRe = /\u001b\[\d\d?m/g;
function removeColors(s) { return String(s).replace(colorRe, ''); }

// ---- the collections and promises of this runtime ----

function coll() {
  return require('internal/engine/collections');
}
function isMap(v) { return v instanceof coll().Map; }
function isSet(v) { return v instanceof coll().Set; }
function isWeakMap(v) { return v instanceof coll().WeakMap; }
function isWeakSet(v) { return v instanceof coll().WeakSet; }
function promiseState(v) {
  var P = require('internal/engine/promise');
  return P.isPromise(v) ? P.state(v) : null;
}

function tagOf(v) { return toStr.call(v).slice(8, -1); }
function isError(v) { return v instanceof Error || tagOf(v) === 'Error'; }
function isTypedArray(v) {
  return typeof ArrayBuffer !== 'undefined' && ArrayBuffer.isView(v) && tagOf(v) !== 'DataView';
}
function isBuffer(v) {
  return isTypedArray(v) && typeof Buffer === 'function' && v instanceof Buffer;
}

// ---- strings ----

var meta = [];
(function () {
  var i;
  for (i = 0; i < 32; i++) meta[i] = '\\x' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase();
  meta[8] = '\\b'; meta[9] = '\\t'; meta[10] = '\\n'; meta[12] = '\\f'; meta[13] = '\\r';
  meta[39] = "\\'"; meta[92] = '\\\\'; meta[127] = '\\x7F';
})();
var strEscapeRe = /[\x00-\x1f\x27\x5c\x7f]/;
var strEscapeReDq = /[\x00-\x1f\x5c\x7f]/;

function strEscape(str) {
  var quote = 39, re = strEscapeRe, out = [], last = 0, i, c, q;
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) quote = 34;
    else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) quote = 96;
    if (quote !== 39) re = strEscapeReDq;
  }
  q = String.fromCharCode(quote);
  if (str.length < 5000 && !re.test(str)) return q + str + q;
  for (i = 0; i < str.length; i++) {
    c = str.charCodeAt(i);
    if (c === quote || c === 92 || c < 32 || c === 127) {
      if (last !== i) out.push(str.slice(last, i));
      out.push(c === quote && quote !== 39 ? '\\' + q : meta[c]);
      last = i + 1;
    }
  }
  if (last !== str.length) out.push(str.slice(last));
  return q + out.join('') + q;
}

function formatNumber(fn, n) {
  if (n === 0 && 1 / n < 0) return fn('-0', 'number');
  return fn(String(n), 'number');
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
  case 'string':
    var trailer = '';
    if (value.length > ctx.maxStringLength) {
      var remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
    }
    if (ctx.compact !== true && value.length > 16 &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      var lines = value.split('\n'), parts = [], i;
      for (i = 0; i < lines.length; i++) {
        var l = i < lines.length - 1 ? lines[i] + '\n' : lines[i];
        if (l !== '') parts.push(fn(strEscape(l), 'string'));
      }
      if (parts.length === 0) parts.push(fn("''", 'string'));
      return parts.join(' +\n' + repeat(' ', ctx.indentationLvl + 2)) + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  case 'number': return formatNumber(fn, value);
  case 'boolean': return fn(String(value), 'boolean');
  case 'undefined': return fn('undefined', 'undefined');
  case 'bigint': return fn(String(value) + 'n', 'bigint');
  default: return fn(symbolToString(value), 'symbol');
  }
}

function symbolToString(s) {
  try { return s.toString(); } catch (e) { return 'Symbol()'; }
}

// ---- names and prefixes ----

function getConstructorName(obj) {
  var o = obj, desc, depth = 0;
  while (o !== null && o !== undefined && depth < 1000) {
    desc = Object.getOwnPropertyDescriptor(o, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        typeof desc.value.name === 'string' && desc.value.name !== '')
      return desc.value.name;
    o = Object.getPrototypeOf(o);
    depth++;
  }
  return null;
}

function getPrefix(constructor, tag, fallback, size) {
  size = size || '';
  if (constructor === null) {
    if (tag !== '' && fallback !== tag)
      return '[' + fallback + size + ': null prototype] [' + tag + '] ';
    return '[' + fallback + size + ': null prototype] ';
  }
  if (tag !== '' && constructor !== tag)
    return constructor + size + ' [' + tag + '] ';
  return constructor + size + ' ';
}

var isIndexRe = /^(0|[1-9][0-9]*)$/;

function getKeys(value, showHidden, nonIndex) {
  var keys, syms = [], i, out;
  if (showHidden) keys = Object.getOwnPropertyNames(value);
  else keys = Object.keys(value);
  if (typeof Object.getOwnPropertySymbols === 'function') {
    syms = Object.getOwnPropertySymbols(value);
    if (!showHidden) {
      out = [];
      for (i = 0; i < syms.length; i++)
        if (Object.prototype.propertyIsEnumerable.call(value, syms[i])) out.push(syms[i]);
      syms = out;
    }
  }
  if (nonIndex) {
    out = [];
    for (i = 0; i < keys.length; i++) {
      if (isIndexRe.test(keys[i]) && Number(keys[i]) < 4294967295) continue;
      if (keys[i] === 'length' && isTypedArray(value)) continue;
      out.push(keys[i]);
    }
    keys = out;
  }
  return syms.length ? keys.concat(syms) : keys;
}

function getFunctionBase(value, constructor, tag) {
  var src = '';
  try { src = Function.prototype.toString.call(value); } catch (e) { /* ignore */ }
  if (src.slice(0, 5) === 'class' && src.slice(-1) === '}') {
    return '[class ' + (value.name || '(anonymous)') + ']';
  }
  var type = 'Function';
  var base = '[' + type;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '' || typeof value.name !== 'string') base += ' (anonymous)';
  else base += ': ' + value.name;
  base += ']';
  if (constructor !== type && constructor !== null) base += ' ' + constructor;
  if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
  return base;
}

// ---- errors ----

function formatError(err, constructor, tag, ctx, keys) {
  var name = err.name != null ? String(err.name) : 'Error';
  var message = err.message != null ? String(err.message) : '';
  var stack;
  try { stack = err.stack; } catch (e) { stack = undefined; }
  if (typeof stack !== 'string' || stack === '') {
    stack = Error.prototype.toString.call(err);
  }
  // Duktape's own frames of the error constructor are noise to users.
  stack = stack.replace(/\n    at \[anon\] \([^)]*\) internal/g, '');
  // Remove own message/name keys that already are in the stack.
  var i;
  for (i = keys.length - 1; i >= 0; i--) {
    if ((keys[i] === 'message' && stack.indexOf(message) !== -1) ||
        (keys[i] === 'name' && stack.indexOf(name) !== -1) ||
        keys[i] === 'stack')
      keys.splice(i, 1);
  }
  if ('cause' in err && (keys.indexOf('cause') === -1) &&
      !Object.prototype.propertyIsEnumerable.call(err, 'cause') && hasOwn.call(err, 'cause'))
    keys.push('cause');
  // A wrong or missing name in the first line gets fixed up as Node does.
  if (constructor === null || (name.slice(-5) === 'Error' && stack.slice(0, name.length) !== name &&
      stack.indexOf(name) === -1)) {
    var fallback = 'Error';
    if (constructor === null) {
      var start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      stack = '[' + fallback + ': null prototype]' + stack.slice(fallback.length);
    }
  }
  var pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  var stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = '[' + stack + ']';
  } else if (ctx.colors) {
    var lines = stack.slice(stackStart + 1).split('\n'), out = [];
    for (i = 0; i < lines.length; i++) out.push(ctx.stylize(lines[i], 'undefined'));
    stack = stack.slice(0, stackStart + 1) + out.join('\n');
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replace(/\n/g, '\n' + repeat(' ', ctx.indentationLvl));
  }
  return stack;
}

// ---- the formatter ----

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function')
    return formatPrimitive(ctx.stylize, value, ctx);
  if (value === null) return ctx.stylize('null', 'null');

  if (ctx.customInspect) {
    var maybeCustom;
    try { maybeCustom = value[customSym]; } catch (e) { maybeCustom = undefined; }
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(Object.getOwnPropertyDescriptor(value, 'constructor') &&
          Object.getOwnPropertyDescriptor(value, 'constructor').value &&
          Object.getOwnPropertyDescriptor(value, 'constructor').value.prototype === value)) {
      // depth: what is left; options.depth: the caller's, as Node passes them.
      var depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      var opts = copyOptions(ctx);
      var ret = maybeCustom.call(value, depth, opts, inspect);
      if (ret !== value) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replace(/\n/g, '\n' + repeat(' ', ctx.indentationLvl));
      }
    }
  }

  if (ctx.seen.indexOf(value) !== -1) {
    var index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = { keys: [value], vals: [1] };
    } else {
      var ci = ctx.circular.keys.indexOf(value);
      if (ci === -1) {
        index = ctx.circular.keys.length + 1;
        ctx.circular.keys.push(value);
        ctx.circular.vals.push(index);
      } else {
        index = ctx.circular.vals[ci];
      }
    }
    return ctx.stylize('[Circular *' + index + ']', 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function copyOptions(ctx) {
  var o = {}, k;
  for (k in defaultOptions) o[k] = ctx[k];
  if (ctx.userOptions) for (k in ctx.userOptions) if (!(k in o)) o[k] = ctx.userOptions[k];
  o.stylize = ctx.stylize;
  return o;
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  var keys, protoProps;
  var constructor = getConstructorName(value);
  var tag = '';
  try { tag = value[Symbol.toStringTag]; } catch (e) { tag = ''; }
  if (typeof tag !== 'string' || (tag !== '' &&
      (ctx.showHidden ? hasOwn : Object.prototype.propertyIsEnumerable).call(value, Symbol.toStringTag)))
    tag = '';
  if (tag === constructor) tag = '';
  var base = '', formatter = getEmptyFormatArray, braces, noIterator = true, i;
  var extrasType = kObjectType, state, prefix;
  var builtinTag = tagOf(value);

  if (Array.isArray(value)) {
    prefix = (constructor !== 'Array' || tag !== '') ?
      getPrefix(constructor, tag, 'Array', '(' + value.length + ')') : '';
    keys = getKeys(value, ctx.showHidden, true);
    braces = [prefix + '[', ']'];
    if (value.length === 0 && keys.length === 0) return braces[0] + ']';
    extrasType = kArrayExtrasType;
    formatter = formatArray;
    noIterator = false;
  } else if (isSet(value)) {
    keys = getKeys(value, ctx.showHidden);
    prefix = getPrefix(constructor, tag === 'Set' ? '' : tag, 'Set', '(' + value.size + ')');
    formatter = formatSet;
    if (value.size === 0 && keys.length === 0) return prefix + '{}';
    braces = [prefix + '{', '}'];
    noIterator = false;
  } else if (isMap(value)) {
    keys = getKeys(value, ctx.showHidden);
    prefix = getPrefix(constructor, tag === 'Map' ? '' : tag, 'Map', '(' + value.size + ')');
    formatter = formatMap;
    if (value.size === 0 && keys.length === 0) return prefix + '{}';
    braces = [prefix + '{', '}'];
    noIterator = false;
  } else if (isTypedArray(value)) {
    if (isBuffer(value) && !ctx.showHidden) {
      return formatBuffer(ctx, value);
    }
    keys = getKeys(value, ctx.showHidden, true);
    var fallback = builtinTag;
    var size = value.length;
    prefix = getPrefix(constructor, tag === fallback ? '' : tag, fallback, '(' + size + ')');
    braces = [prefix + '[', ']'];
    if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
    formatter = formatTypedArray;
    extrasType = kArrayExtrasType;
    noIterator = false;
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (constructor === null && tag === 'Module' && isNamespace(value)) {
      braces[0] = '[Module: null prototype] {';
      if (keys.length === 0) return braces[0] + '  }'; /* sic, as node */
      var nsKeys = keys;
      keys = [];
      formatter = function (c, v, r) { return formatNamespace(c, v, r, nsKeys); };
    } else if (constructor === 'Object' && builtinTag !== 'Error') {
      if (builtinTag === 'Arguments') {
        braces[0] = '[Arguments] [';
        braces[1] = ']';
        keys = getKeys(value, ctx.showHidden, true);
        extrasType = kArrayExtrasType;
        formatter = formatArguments;
        if (value.length === 0 && keys.length === 0) return '[Arguments] []';
      } else if (tag !== '') {
        braces[0] = getPrefix(constructor, tag, 'Object') + '{';
      }
      if (keys.length === 0 && formatter !== formatArguments) return braces[0] + '}';
    } else if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0) return ctx.stylize(base, 'special');
    } else if (builtinTag === 'RegExp') {
      base = RegExp.prototype.toString.call(value);
      prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = prefix + base;
      keys = without(keys, 'lastIndex');
      if (keys.length === 0) return ctx.stylize(base, 'regexp');
    } else if (builtinTag === 'Date') {
      var t = Date.prototype.getTime.call(value);
      base = t !== t ? 'Invalid Date' : Date.prototype.toISOString.call(value);
      prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = prefix + base;
      if (keys.length === 0) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0) return base;
    } else if (builtinTag === 'ArrayBuffer') {
      keys = ['byteLength'].concat(keys);
      prefix = getPrefix(constructor, tag, 'ArrayBuffer');
      if (typedArray === undefined) formatter = formatArrayBuffer;
      else return ctx.stylize(prefix.slice(0, -1) + ' { byteLength: ' + value.byteLength + ' }', 'special');
      braces[0] = prefix + '{';
    } else if (builtinTag === 'DataView') {
      braces[0] = getPrefix(constructor, tag, 'DataView') + '{';
      keys = ['byteLength', 'byteOffset', 'buffer'].concat(keys);
    } else if ((state = promiseState(value)) !== null) {
      braces[0] = getPrefix(constructor, tag, 'Promise') + '{';
      formatter = function (c, v, r) { return formatPromise(c, state, r); };
    } else if (isWeakSet(value)) {
      braces[0] = getPrefix(constructor, tag, 'WeakSet') + '{';
      formatter = formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = getPrefix(constructor, tag, 'WeakMap') + '{';
      formatter = formatWeakCollection;
    } else if (builtinTag === 'Number' || builtinTag === 'String' ||
               builtinTag === 'Boolean' || builtinTag === 'Symbol') {
      var prim = value.valueOf(), type = builtinTag, fn;
      if (type === 'String') {
        keys = getKeys(value, ctx.showHidden, true);
        fn = strEscape(prim);
      } else if (type === 'Symbol') {
        fn = symbolToString(prim);
      } else {
        fn = formatPrimitive(stylizeNoColor, prim, ctx);
      }
      base = '[' + type;
      if (type !== constructor) {
        if (constructor === null) base += ' (null prototype)';
        else base += ' (' + constructor + ')';
      }
      base += ': ' + fn + ']';
      if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
      if (keys.length === 0) return ctx.stylize(base, type.toLowerCase());
    } else {
      if (keys.length === 0) return getPrefix(constructor, tag, 'Object') + '{}';
      braces[0] = getPrefix(constructor, tag, 'Object') + '{';
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    var cname = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) cname = '[' + cname + ']';
    return ctx.stylize(cname, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  var output;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (i = 0; i < keys.length; i++)
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
  } finally {
    ctx.seen.pop();
  }
  if (ctx.circular !== undefined) {
    var idx = ctx.circular.keys.indexOf(value);
    if (idx !== -1) {
      var reference = ctx.stylize('<ref *' + ctx.circular.vals[idx] + '>', 'special');
      if (ctx.compact !== true) base = base === '' ? reference : reference + ' ' + base;
      else braces[0] = reference + ' ' + braces[0];
    }
  }
  if (ctx.sorted) {
    var cmp = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) output = output.sort(cmp);
    else if (keys.length > 1) {
      var sorted = output.slice(output.length - keys.length).sort(cmp);
      output = output.slice(0, output.length - keys.length).concat(sorted);
    }
  }
  return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
}

function without(arr, k) {
  var out = [], i;
  for (i = 0; i < arr.length; i++) if (arr[i] !== k) out.push(arr[i]);
  return out;
}

function getEmptyFormatArray() { return []; }

function formatBuffer(ctx, value) {
  var max = 50, len = Math.min(max, value.length), hex = [], i, b;
  for (i = 0; i < len; i++) {
    b = value[i];
    hex.push((b < 16 ? '0' : '') + b.toString(16));
  }
  var str = hex.join(' ');
  var remaining = value.length - max;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  var name = getConstructorName(value) || 'Buffer';
  return '<' + name + (str ? ' ' + str : '') + '>';
}

function formatArrayBuffer(ctx, value) {
  var u = new Uint8Array(value), len = Math.min(50, u.length), hex = [], i;
  for (i = 0; i < len; i++) hex.push((u[i] < 16 ? '0' : '') + u[i].toString(16));
  var str = hex.join(' ');
  if (u.length > 50) str += ' ... ' + (u.length - 50) + ' more byte' + (u.length - 50 > 1 ? 's' : '');
  return [ctx.stylize('[Uint8Contents]', 'special') + ': <' + str + '>'];
}

function formatArguments(ctx, value, recurseTimes) {
  return formatArray(ctx, value, recurseTimes);
}

function formatArray(ctx, value, recurseTimes) {
  var valLen = value.length;
  var len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  var remaining = valLen - len, output = [], i, holes = 0;
  for (i = 0; i < len; i++) {
    if (!hasOwn.call(value, i)) {
      holes++;
      continue;
    }
    if (holes > 0) {
      output.push(ctx.stylize('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>', 'undefined'));
      holes = 0;
      if (output.length >= len) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (holes > 0)
    output.push(ctx.stylize('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>', 'undefined'));
  if (remaining > 0)
    output.push('... ' + remaining + ' more item' + (remaining > 1 ? 's' : ''));
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  var length = value.length;
  var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  var remaining = length - maxLength, output = new Array(maxLength), i;
  for (i = 0; i < maxLength; i++) output[i] = formatNumber(ctx.stylize, value[i]);
  if (remaining > 0) output[maxLength] = '... ' + remaining + ' more item' + (remaining > 1 ? 's' : '');
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    output.push('[BYTES_PER_ELEMENT]: ' + formatValue(ctx, value.BYTES_PER_ELEMENT, recurseTimes));
    output.push('[length]: ' + formatValue(ctx, value.length, recurseTimes));
    output.push('[byteLength]: ' + formatValue(ctx, value.byteLength, recurseTimes));
    output.push('[byteOffset]: ' + formatValue(ctx, value.byteOffset, recurseTimes));
    output.push('[buffer]: ' + formatValue(ctx, value.buffer, recurseTimes, true));
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, value, recurseTimes) {
  var output = [];
  ctx.indentationLvl += 2;
  value.forEach(function (v) { output.push(formatValue(ctx, v, recurseTimes)); });
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  var output = [];
  ctx.indentationLvl += 2;
  value.forEach(function (v, k) {
    output.push(formatValue(ctx, k, recurseTimes) + ' => ' + formatValue(ctx, v, recurseTimes));
  });
  ctx.indentationLvl -= 2;
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx, state, recurseTimes) {
  var output;
  if (state.status === 'pending') {
    output = [ctx.stylize('<pending>', 'special')];
  } else {
    ctx.indentationLvl += 2;
    var str = formatValue(ctx, state.value, recurseTimes);
    ctx.indentationLvl -= 2;
    output = [state.status === 'rejected' ? ctx.stylize('<rejected>', 'special') + ' ' + str : str];
  }
  return output;
}

// A module namespace object (internal/esm): null prototype, a fixed
// @@toStringTag "Module", not extensible. Its getters are its bindings:
// shown as values, <uninitialized> in their TDZ (as node does).
function isNamespace(value) {
  if (Object.getPrototypeOf(value) !== null || Object.isExtensible(value) ||
      typeof Symbol !== 'function' || !Symbol.toStringTag) return false;
  var d = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return d !== undefined && d.value === 'Module' && !d.writable && !d.configurable;
}

function formatNamespace(ctx, value, recurseTimes, keys) {
  var output = [], i;
  for (i = 0; i < keys.length; i++) {
    var v, str;
    try {
      v = value[keys[i]];
      ctx.indentationLvl += 2;
      str = formatValue(ctx, v, recurseTimes);
      ctx.indentationLvl -= 2;
    } catch (e) {
      str = ctx.stylize('<uninitialized>', 'special');
    }
    output.push((keyStrRegExp.test(keys[i]) ? ctx.stylize(keys[i], 'name') :
      ctx.stylize(strEscape(keys[i]), 'string')) + ': ' + str);
  }
  return output;
}

function formatProperty(ctx, value, recurseTimes, key, type) {
  var name, str, extra = ' ', desc;
  try {
    desc = Object.getOwnPropertyDescriptor(value, key);
  } catch (e) { desc = undefined; }
  if (desc === undefined) desc = { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    var diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < removeColors(str).length)
      extra = '\n' + repeat(' ', ctx.indentationLvl);
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    var label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    var s = ctx.stylize;
    var sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        var tmp = desc.get.call(value);
        ctx.indentationLvl += 2;
        if (tmp === null) str = s('[' + label + ':', sp) + ' ' + s('null', 'null') + s(']', sp);
        else if (typeof tmp === 'object') str = s('[' + label + ']', sp) + ' ' + formatValue(ctx, tmp, recurseTimes);
        else str = s('[' + label + ':', sp) + ' ' + formatPrimitive(s, tmp, ctx) + s(']', sp);
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = s('[' + label + ': <Inspection threw (' + err.message + ')>]', sp);
      }
    } else {
      str = ctx.stylize('[' + label + ']', sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = '[' + ctx.stylize(symbolToString(key), 'symbol') + ']';
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = '[' + (keyStrRegExp.test(key) ? key : strEscape(key)) + ']';
  } else if (keyStrRegExp.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return name + ':' + extra + str;
}

function isBelowBreakLength(ctx, output, start, base) {
  var totalLength = output.length + start, i;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || base.indexOf('\n') === -1;
}

function groupArrayElements(ctx, output, value) {
  var totalLength = 0, maxLength = 0, i = 0, j;
  var outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--;
  var separatorSpace = 2;
  var dataLen = new Array(outputLength);
  for (; i < outputLength; i++) {
    var len = ctx.colors ? removeColors(output[i]).length : output[i].length;
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  var actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    var approxCharHeights = 2.5, averageBias = Math.sqrt(actualMax - totalLength / output.length);
    var biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    var columns = Math.min(
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15);
    if (columns <= 1) return output;
    var tmp = [], maxLineLength = [];
    for (i = 0; i < columns; i++) {
      var lineLength = 0;
      for (j = i; j < output.length; j += columns)
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      maxLineLength.push(lineLength + separatorSpace);
    }
    var order = padStart;
    if (value !== undefined) {
      for (i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          order = padEnd;
          break;
        }
      }
    }
    for (i = 0; i < outputLength; i += columns) {
      var max = Math.min(i + columns, outputLength), str = [], padding;
      j = i;
      for (; j < max - 1; j++) {
        padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str.push(order(output[j] + ', ', padding));
      }
      if (order === padStart) {
        padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        str.push(padStart(output[j], padding));
      } else {
        str.push(output[j]);
      }
      tmp.push(str.join(''));
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  var indentation;
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      var entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6)
        output = groupArrayElements(ctx, output, value);
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        var start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          var joined = output.join(', ');
          if (joined.indexOf('\n') === -1)
            return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
        }
      }
    }
    indentation = '\n' + repeat(' ', ctx.indentationLvl);
    return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
      output.join(',' + indentation + '  ') + indentation + braces[1];
  }
  if (isBelowBreakLength(ctx, output, 0, base))
    return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
  indentation = ctx.indentationLvl === 0 ? ' ' : repeat(' ', ctx.indentationLvl);
  var ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + '\n' + indentation + '  ';
  return braces[0] + ln + output.join(',\n' + indentation + '  ') + ' ' + braces[1];
}

// ---- public ----

function validateOptions(opts) {
  var errors = require('internal/errors');
  if (opts === null || typeof opts !== 'object')
    throw errors.invalidArgType('options', 'object', opts);
}

function inspect(value, opts) {
  var ctx = {
    budget: {}, indentationLvl: 0, seen: [], currentDepth: 0,
    stylize: stylizeNoColor, showHidden: defaultOptions.showHidden,
    depth: defaultOptions.depth, colors: defaultOptions.colors,
    customInspect: defaultOptions.customInspect, showProxy: defaultOptions.showProxy,
    maxArrayLength: defaultOptions.maxArrayLength, maxStringLength: defaultOptions.maxStringLength,
    breakLength: defaultOptions.breakLength, compact: defaultOptions.compact,
    sorted: defaultOptions.sorted, getters: defaultOptions.getters,
    numericSeparator: defaultOptions.numericSeparator, circular: undefined
  };
  var k;
  if (arguments.length > 1) {
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (k in opts) {
        if (hasOwn.call(defaultOptions, k) || k === 'stylize') ctx[k] = opts[k];
        else if (ctx.userOptions === undefined) { ctx.userOptions = {}; ctx.userOptions[k] = opts[k]; }
        else ctx.userOptions[k] = opts[k];
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  if (ctx.depth === Infinity) ctx.depth = null;
  return formatValue(ctx, value, 0);
}
inspect.custom = customSym;
inspect.colors = colors;
inspect.styles = styles;
Object.defineProperty(inspect, 'defaultOptions', {
  get: function () { return defaultOptions; },
  set: function (options) {
    validateOptions(options);
    var k;
    for (k in options) if (hasOwn.call(defaultOptions, k)) defaultOptions[k] = options[k];
  }
});

function builtInToString(value) {
  var p = value, d;
  if (typeof value.toString !== 'function') return true;
  if (hasOwn.call(value, 'toString')) return false;
  do {
    p = Object.getPrototypeOf(p);
  } while (p !== null && !hasOwn.call(p, 'toString'));
  if (p === null) return true;
  d = Object.getOwnPropertyDescriptor(p, 'constructor');
  return d !== undefined && typeof d.value === 'function' && builtInObjects[d.value.name] === 1;
}

function tryStringify(arg) {
  if (typeof arg === 'symbol' || typeof arg === 'function') return 'undefined';
  try {
    return String(JSON.stringify(arg));
  } catch (err) {
    if (err instanceof TypeError && /circular|cyclic/i.test(String(err.message)))
      return '[Circular]';
    throw err;
  }
}

function withOpts(base, extra) {
  var o = {}, k;
  if (base) for (k in base) o[k] = base[k];
  for (k in extra) o[k] = extra[k];
  return o;
}

function formatWithOptionsInternal(inspectOptions, args) {
  var first = args[0], a = 0, str = '', join = '', tempStr, lastPos = 0, i, c;
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    var parts = [];
    for (i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) === 37) {
        c = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (c) {
          case 115: // s
            var sa = args[++a];
            if (typeof sa === 'number') tempStr = formatNumber(stylizeNoColor, sa);
            else if (typeof sa !== 'object' || sa === null || !builtInToString(sa)) tempStr = String(sa);
            else tempStr = inspect(sa, withOpts(inspectOptions, { depth: 0, colors: false, compact: 3 }));
            break;
          case 106: // j
            tempStr = tryStringify(args[++a]);
            break;
          case 100: // d
            var dn = args[++a];
            if (typeof dn === 'symbol') tempStr = 'NaN';
            else if (typeof dn === 'object' && dn !== null) tempStr = formatNumber(stylizeNoColor, Number(dn));
            else tempStr = formatNumber(stylizeNoColor, Number(dn));
            break;
          case 79: // O
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // o
            tempStr = inspect(args[++a], withOpts(inspectOptions, { showHidden: true, showProxy: true, depth: 4 }));
            break;
          case 105: // i
            var ia = args[++a];
            if (typeof ia === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, parseInt(ia));
            break;
          case 102: // f
            var fa = args[++a];
            if (typeof fa === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, parseFloat(fa));
            break;
          case 99: // c
            a += 1;
            tempStr = '';
            break;
          case 37: // %
            parts.push(first.slice(lastPos, i));
            lastPos = i + 1;
            continue;
          default:
            continue;
          }
          if (lastPos !== i - 1) parts.push(first.slice(lastPos, i - 1));
          parts.push(tempStr);
          lastPos = i + 1;
        } else if (c === 37) {
          parts.push(first.slice(lastPos, i));
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) parts.push(first.slice(lastPos));
    }
    str = parts.join('');
  }
  var rest = [str];
  while (a < args.length) {
    var value = args[a];
    rest.push(join);
    rest.push(typeof value !== 'string' ? inspect(value, inspectOptions) : value);
    join = ' ';
    a++;
  }
  return rest.join('');
}

function format() {
  return formatWithOptionsInternal(undefined, arguments);
}

function formatWithOptions(inspectOptions) {
  if (inspectOptions === null || typeof inspectOptions !== 'object')
    throw require('internal/errors').invalidArgType('inspectOptions', 'object', inspectOptions);
  return formatWithOptionsInternal(inspectOptions, Array.prototype.slice.call(arguments, 1));
}

function stripVTControlCharacters(str) {
  if (typeof str !== 'string')
    throw require('internal/errors').invalidArgType('str', 'string', str);
  return str.replace(/[\u001B\u009B][[\]()#;?]*(?:(?:(?:[a-zA-Z\d]*(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g, '');
}

exports.inspect = inspect;
exports.format = format;
exports.formatWithOptions = formatWithOptions;
exports.formatWithOptionsInternal = formatWithOptionsInternal;
exports.stripVTControlCharacters = stripVTControlCharacters;
exports.isError = isError;

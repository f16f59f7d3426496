// internal/engine/regexp: the ES2018+ parts of the String methods that
// Duktape's own lack, over the PCRE2 engine (src/regexp.c): replace with
// named groups ($<name>, the groups argument of a callback), matchAll.
// src/regexp.c sends String.prototype.replace here only for a RegExp whose
// exec was replaced (the C path runs the built-in one directly).
'use strict';

function advance(s, i, unicode) {
  if (unicode && i + 1 < s.length) {
    var c = s.charCodeAt(i), d = s.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}

// ES GetSubstitution.
function substitution(matched, str, position, captures, groups, replacement) {
  var out = [], i = 0, m = captures.length, tail = position + matched.length;
  while (i < replacement.length) {
    var c = replacement.charAt(i);
    if (c !== '$' || i + 1 >= replacement.length) { out.push(c); i++; continue; }
    var d = replacement.charAt(i + 1);
    if (d === '$') { out.push('$'); i += 2; }
    else if (d === '&') { out.push(matched); i += 2; }
    else if (d === '`') { out.push(str.slice(0, position)); i += 2; }
    else if (d === "'") { out.push(str.slice(tail)); i += 2; }
    else if (d >= '0' && d <= '9') {
      var n1 = +d, e = replacement.charAt(i + 2), n2 = e >= '0' && e <= '9' ? n1 * 10 + +e : -1;
      if (n2 >= 1 && n2 <= m) { out.push(captures[n2 - 1] === undefined ? '' : captures[n2 - 1]); i += 3; }
      else if (n1 >= 1 && n1 <= m) { out.push(captures[n1 - 1] === undefined ? '' : captures[n1 - 1]); i += 2; }
      else { out.push('$'); i++; }
    } else if (d === '<' && groups !== undefined) {
      var close = replacement.indexOf('>', i + 2);
      if (close < 0) { out.push('$<'); i += 2; continue; }
      var v = groups[replacement.slice(i + 2, close)];
      if (v !== undefined) out.push(String(v));
      i = close + 1;
    } else { out.push('$'); i++; }
  }
  return out.join('');
}

// String.prototype.replace(re, replacement) for a RegExp (RegExp.prototype
// [Symbol.replace]'s steps).
exports.replace = function replace(s, re, replacement) {
  var global = re.global, unicode = re.unicode, results = [], m, i;
  var fn = typeof replacement === 'function';
  if (!fn) replacement = String(replacement);
  if (global) re.lastIndex = 0;
  for (;;) {
    m = re.exec(s);
    if (m === null) break;
    results.push(m);
    if (!global) break;
    if (String(m[0]) === '') re.lastIndex = advance(s, +re.lastIndex, unicode);
  }
  var out = [], next = 0;
  for (i = 0; i < results.length; i++) {
    m = results[i];
    var matched = String(m[0]), position = Math.max(Math.min(m.index | 0, s.length), 0);
    var captures = [], k, rep;
    for (k = 1; k < m.length; k++) captures.push(m[k] === undefined ? undefined : String(m[k]));
    var groups = m.groups;
    if (fn) {
      var args = [matched].concat(captures, [position, s]);
      if (groups !== undefined) args.push(groups);
      rep = String(replacement.apply(undefined, args));
    } else {
      rep = substitution(matched, s, position, captures, groups === undefined ? undefined : Object(groups), replacement);
    }
    if (position >= next) {
      out.push(s.slice(next, position), rep);
      next = position + matched.length;
    }
  }
  out.push(s.slice(next));
  return out.join('');
};

// String.prototype.matchAll: an iterator of exec results over a copy of
// the regexp (global required, as ES).
exports.String_matchAll = function matchAll(regexp) {
  if (this === null || this === undefined)
    throw new TypeError('String.prototype.matchAll called on null or undefined');
  var s = String(this), re;
  if (regexp instanceof RegExp) {
    if (String(regexp.flags).indexOf('g') < 0)
      throw new TypeError('String.prototype.matchAll called with a non-global RegExp argument');
    re = new RegExp(regexp.source, regexp.flags);
    re.lastIndex = regexp.lastIndex;
  } else {
    re = new RegExp(regexp === undefined ? '(?:)' : regexp, 'g');
  }
  var done = false, unicode = re.unicode;
  var it = {
    next: function next() {
      if (done) return { value: undefined, done: true };
      var m = re.exec(s);
      if (m === null) { done = true; return { value: undefined, done: true }; }
      if (String(m[0]) === '') re.lastIndex = advance(s, +re.lastIndex, unicode);
      return { value: m, done: false };
    }
  };
  it[Symbol.iterator] = function () { return this; };
  return it;
};

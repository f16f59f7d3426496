// Ported from Node.js test/parallel/test-whatwg-url-custom-searchparams.js
// and the test-whatwg-url-custom-searchparams-{append,delete,get,getall,has,
// set,sort,stringifier,constructor,foreach,keys,values,entries}.js files
// (MIT license, Copyright Node.js contributors); for-of loops rewritten
// with explicit iterators.
'use strict';
var assert = require('../_assert.js');

function toArray(it) {
  var out = [], step;
  for (step = it.next(); !step.done; step = it.next()) out.push(step.value);
  return out;
}

var serialized = 'a=a&a=1&a=true&a=undefined&a=null&a=%EF%BF%BD' +
                 '&a=%EF%BF%BD&a=%F0%9F%98%80&a=%EF%BF%BD%EF%BF%BD' +
                 '&a=%5Bobject+Object%5D';
var values = ['a', 1, true, undefined, null, '\uD83D', '\uDE00',
              '\uD83D\uDE00', '\uDE00\uD83D', {}];
var normalizedValues = ['a', '1', 'true', 'undefined', 'null', '\uFFFD',
                        '\uFFFD', '\uD83D\uDE00', '\uFFFD\uFFFD',
                        '[object Object]'];

var m = new URL('http://example.org');
var sp = m.searchParams;
assert.ok(sp);
assert.strictEqual(sp.toString(), '');
assert.strictEqual(m.search, '');

assert.ok(!sp.has('a'));
values.forEach(function (i) { sp.set('a', i); });
assert.ok(sp.has('a'));
assert.strictEqual(sp.get('a'), '[object Object]');
sp['delete']('a');
assert.ok(!sp.has('a'));

m.search = '';
assert.strictEqual(sp.toString(), '');

values.forEach(function (i) { sp.append('a', i); });
assert.ok(sp.has('a'));
assert.strictEqual(sp.getAll('a').length, values.length);
assert.strictEqual(sp.get('a'), 'a');
assert.strictEqual(sp.toString(), serialized);
assert.strictEqual(m.search, '?' + serialized);

sp['delete']('a');
values.forEach(function (i) { sp.append('a', i); });
assert.strictEqual(m.href, 'http://example.org/?' + serialized);
assert.strictEqual(m.toString(), 'http://example.org/?' + serialized);
assert.strictEqual(m.toJSON(), 'http://example.org/?' + serialized);

assert.strictEqual(sp[Symbol.iterator], sp.entries);

var n = 0;
toArray(sp[Symbol.iterator]()).forEach(function (kv) {
  assert.strictEqual(kv[0], 'a', n);
  assert.strictEqual(kv[1], normalizedValues[n], n);
  n++;
});
assert.strictEqual(n, values.length);
assert.deepStrictEqual(toArray(sp.keys()), values.map(function () { return 'a'; }));
assert.deepStrictEqual(toArray(sp.values()), normalizedValues);
n = 0;
sp.forEach(function (val, key, obj) {
  assert.strictEqual(this, undefined, n);
  assert.strictEqual(key, 'a', n);
  assert.strictEqual(val, normalizedValues[n], n);
  assert.strictEqual(obj, sp, n);
  n++;
});
sp.forEach(function () { assert.strictEqual(this, m); }, m);
assert.throws(function () { sp.forEach(); },
              {code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError'});
assert.throws(function () { sp.forEach(1); },
              {code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError'});

m.search = '?a=a&b=b';
assert.strictEqual(sp.toString(), 'a=a&b=b');

// Missing arguments
['append', 'set'].forEach(function (name) {
  assert.throws(function () { sp[name](); }, {code: 'ERR_MISSING_ARGS', name: 'TypeError'});
  assert.throws(function () { sp[name]('a'); },
                {code: 'ERR_MISSING_ARGS', name: 'TypeError',
                 message: 'The "name" and "value" arguments must be specified'});
});
['delete', 'get', 'getAll', 'has'].forEach(function (name) {
  assert.throws(function () { sp[name](); },
                {code: 'ERR_MISSING_ARGS', name: 'TypeError',
                 message: 'The "name" argument must be specified'});
});

// Objects with a toString are converted (append/delete/get/getAll/has/set)
var obj = {toString: function () { throw new Error('toString'); }};
var sym = Symbol();
assert.throws(function () { sp.append(obj, 'b'); }, /^Error: toString$/);
assert.throws(function () { sp.append('a', obj); }, /^Error: toString$/);
assert.throws(function () { sp.append(sym, 'b'); }, TypeError);
assert.throws(function () { sp.get(obj); }, /^Error: toString$/);
assert.throws(function () { sp.has(sym); }, TypeError);

// delete / has with a value
var p = new URLSearchParams('a=1&a=2&b=3&a=1');
assert.strictEqual(p.has('a', '2'), true);
assert.strictEqual(p.has('a', '3'), false);
p['delete']('a', '1');
assert.strictEqual(p.toString(), 'a=2&b=3');
assert.strictEqual(p.size, 2);

// set replaces the first and removes the rest
p = new URLSearchParams('a=1&b=2&a=3');
p.set('a', 'x');
assert.strictEqual(p.toString(), 'a=x&b=2');
p.set('c', 'y');
assert.strictEqual(p.toString(), 'a=x&b=2&c=y');

// sort is stable, by UTF-16 code units
p = new URLSearchParams('z=b&a=b&z=a&a=a');
p.sort();
assert.strictEqual(p.toString(), 'a=b&a=a&z=b&z=a');
p = new URLSearchParams('\uFFFD=x&\uD83D\uDE00=y&\u00e9=z');
p.sort();
assert.deepStrictEqual(toArray(p.keys()), ['\u00e9', '\uD83D\uDE00', '\uFFFD']);
p = new URLSearchParams();
for (var i = 0; i < 200; i++) p.append(String(200 - i), String(i));
p.sort();
assert.strictEqual(toArray(p.keys())[0], '1');
var u = new URL('http://x/?b=1&a=2#h');
u.searchParams.sort();
assert.strictEqual(u.href, 'http://x/?a=2&b=1#h');

// stringifier: the application/x-www-form-urlencoded serializer
p = new URLSearchParams();
p.append('a', 'b c');
assert.strictEqual(p + '', 'a=b+c');
p = new URLSearchParams();
p.append('a b', 'c');
assert.strictEqual(p + '', 'a+b=c');
p = new URLSearchParams();
p.append('a', '');
assert.strictEqual(p + '', 'a=');
p.append('', '');
assert.strictEqual(p + '', 'a=&=');
p = new URLSearchParams();
p.append('a', '*-._');
assert.strictEqual(p + '', 'a=*-._');
p = new URLSearchParams();
p.append('a', "!'()~\u00e9\n%&=+");
assert.strictEqual(p + '', 'a=%21%27%28%29%7E%C3%A9%0A%25%26%3D%2B');
p = new URLSearchParams('a=b&c=d&a=');
assert.strictEqual(p.toString(), 'a=b&c=d&a=');
p = new URLSearchParams('a+b=%20c');
assert.strictEqual(p.get('a b'), ' c');

// constructor: strings, records, sequences, other params
assert.strictEqual(new URLSearchParams('?a=b').toString(), 'a=b');
assert.strictEqual(new URLSearchParams('??a=b').toString(), '%3Fa=b');
assert.strictEqual(new URLSearchParams('').toString(), '');
assert.strictEqual(new URLSearchParams(undefined).toString(), '');
assert.strictEqual(new URLSearchParams(null).toString(), '');
assert.strictEqual(new URLSearchParams({a: 1, b: 'x y'}).toString(), 'a=1&b=x+y');
assert.strictEqual(new URLSearchParams([['a', 'b'], ['c', 'd']]).toString(), 'a=b&c=d');
assert.strictEqual(new URLSearchParams(new URLSearchParams('x=1&y=2')).toString(), 'x=1&y=2');
var src = new URLSearchParams('x=1');
var copy = new URLSearchParams(src);
src.append('y', '2');
assert.strictEqual(copy.toString(), 'x=1');
assert.throws(function () { new URLSearchParams([['a']]); },
              {code: 'ERR_INVALID_TUPLE', name: 'TypeError'});
assert.throws(function () { new URLSearchParams([['a', 'b', 'c']]); },
              {code: 'ERR_INVALID_TUPLE', name: 'TypeError'});
assert.throws(function () { URLSearchParams(); }, TypeError);
// a custom iterable
var iterable = {};
iterable[Symbol.iterator] = function () {
  var i = 0;
  return {next: function () {
    i++;
    if (i > 2) return {done: true};
    var pair = ['k' + i, 'v' + i];
    return {done: false, value: {
      length: 2, 0: pair[0], 1: pair[1],
      'Symbol.iterator': null
    }};
  }};
};
// (pairs must themselves be iterable: plain arrays-likes are refused)
assert.throws(function () { new URLSearchParams(iterable); },
              {code: 'ERR_INVALID_TUPLE'});

// size, entries of a URL's params follow the URL
u = new URL('http://x/?a=1');
assert.strictEqual(u.searchParams.size, 1);
u.search = '?a=1&b=2&c';
assert.strictEqual(u.searchParams.size, 3);
assert.deepStrictEqual(toArray(u.searchParams.entries()), [['a', '1'], ['b', '2'], ['c', '']]);
u.searchParams['delete']('a');
u.searchParams['delete']('b');
u.searchParams['delete']('c');
assert.strictEqual(u.href, 'http://x/');
// deleting the last param of an opaque-path URL strips its trailing spaces
u = new URL('sc:a b ?q');
u.searchParams['delete']('q');
assert.strictEqual(u.href, 'sc:a b');
// keys() iterator is live and ends
var it = new URLSearchParams('a=1').keys();
assert.deepStrictEqual(it.next(), {value: 'a', done: false});
assert.deepStrictEqual(it.next(), {value: undefined, done: true});
assert.strictEqual(it[Symbol.iterator](), it);

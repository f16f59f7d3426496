// Ported from Node.js test/parallel/test-querystring.js (MIT license,
// Copyright Node.js contributors), plus edge cases checked against Node 20.
var assert = require('../_assert.js');
var qs = require('querystring');

function plain(o) { // parse() returns null-prototype objects
  return JSON.parse(JSON.stringify(o));
}
function check(actual, expected, msg) {
  assert.strictEqual(Object.getPrototypeOf(actual), null, msg);
  assert.deepStrictEqual(plain(actual), expected, msg);
}

// [ wonkyQS, canonicalQS, obj ]
var qsTestCases = [
  ['__proto__=1', '__proto__=1', JSON.parse('{"__proto__":"1"}')],
  ['__defineGetter__=asdf', '__defineGetter__=asdf',
   JSON.parse('{"__defineGetter__":"asdf"}')],
  ['foo=918854443121279438895193', 'foo=918854443121279438895193',
   {foo: '918854443121279438895193'}],
  ['foo=bar', 'foo=bar', {foo: 'bar'}],
  ['foo=bar&foo=quux', 'foo=bar&foo=quux', {foo: ['bar', 'quux']}],
  ['foo=1&bar=2', 'foo=1&bar=2', {foo: '1', bar: '2'}],
  ['my+weird+field=q1%212%22%27w%245%267%2Fz8%29%3F',
   'my%20weird%20field=q1!2%22\'w%245%267%2Fz8)%3F',
   {'my weird field': 'q1!2"\'w$5&7/z8)?'}],
  ['foo%3Dbaz=bar', 'foo%3Dbaz=bar', {'foo=baz': 'bar'}],
  ['foo=baz=bar', 'foo=baz%3Dbar', {foo: 'baz=bar'}],
  ['str=foo&arr=1&arr=2&arr=3&somenull=&undef=',
   'str=foo&arr=1&arr=2&arr=3&somenull=&undef=',
   {str: 'foo', arr: ['1', '2', '3'], somenull: '', undef: ''}],
  [' foo = bar ', '%20foo%20=%20bar%20', {' foo ': ' bar '}],
  ['foo=%zx', 'foo=%25zx', {foo: '%zx'}],
  ['foo=%EF%BF%BD', 'foo=%EF%BF%BD', {foo: '\ufffd'}],
  ['hasOwnProperty=x&toString=foo&valueOf=bar&__defineGetter__=baz',
   'hasOwnProperty=x&toString=foo&valueOf=bar&__defineGetter__=baz',
   {hasOwnProperty: 'x', toString: 'foo', valueOf: 'bar',
    __defineGetter__: 'baz'}],
  ['foo&bar=baz', 'foo=&bar=baz', {foo: '', bar: 'baz'}],
  ['a=b&c&d=e', 'a=b&c=&d=e', {a: 'b', c: '', d: 'e'}],
  ['a=b&c=&d=e', 'a=b&c=&d=e', {a: 'b', c: '', d: 'e'}],
  ['a=b&=c&d=e', 'a=b&=c&d=e', {a: 'b', '': 'c', d: 'e'}],
  ['a=b&=&c=d', 'a=b&=&c=d', {a: 'b', '': '', c: 'd'}],
  ['&&foo=bar&&', 'foo=bar', {foo: 'bar'}],
  ['&', '', {}],
  ['&&&&', '', {}],
  ['&=&', '=', {'': ''}],
  ['&=&=', '=&=', {'': ['', '']}],
  ['=', '=', {'': ''}],
  ['+', '%20=', {' ': ''}],
  ['+=', '%20=', {' ': ''}],
  ['+&', '%20=', {' ': ''}],
  ['=+', '=%20', {'': ' '}],
  ['+=&', '%20=', {' ': ''}],
  ['a&&b', 'a=&b=', {a: '', b: ''}],
  ['a=a&&b=b', 'a=a&b=b', {a: 'a', b: 'b'}],
  ['&a', 'a=', {a: ''}],
  ['&=', '=', {'': ''}],
  ['a&a&', 'a=&a=', {a: ['', '']}],
  ['a&a&a&', 'a=&a=&a=', {a: ['', '', '']}],
  ['a&a&a&a&', 'a=&a=&a=&a=', {a: ['', '', '', '']}],
  ['a=&a=value&a=', 'a=&a=value&a=', {a: ['', 'value', '']}],
  ['foo+bar=baz+quux', 'foo%20bar=baz%20quux', {'foo bar': 'baz quux'}],
  ['+foo=+bar', '%20foo=%20bar', {' foo': ' bar'}],
  ['a+', 'a%20=', {'a ': ''}],
  ['=a+', '=a%20', {'': 'a '}],
  ['a+&', 'a%20=', {'a ': ''}],
  ['=a+&', '=a%20', {'': 'a '}],
  ['%20+', '%20%20=', {'  ': ''}],
  ['=%20+', '=%20%20', {'': '  '}],
  ['%20+&', '%20%20=', {'  ': ''}],
  ['=%20+&', '=%20%20', {'': '  '}],
  [null, '', {}],
  [undefined, '', {}]
];

// [ wonkyQS, canonicalQS, obj ]
var qsColonTestCases = [
  ['foo:bar', 'foo:bar', {foo: 'bar'}],
  ['foo:bar;foo:quux', 'foo:bar;foo:quux', {foo: ['bar', 'quux']}],
  ['foo:1&bar:2;baz:quux', 'foo:1%26bar%3A2;baz:quux',
   {foo: '1&bar:2', baz: 'quux'}],
  ['foo%3Abaz:bar', 'foo%3Abaz:bar', {'foo:baz': 'bar'}],
  ['foo:baz:bar', 'foo:baz%3Abar', {foo: 'baz:bar'}]
];

// [wonkyObj, qs, canonicalObj]
function extendedFunction() {}
extendedFunction.prototype = {a: 'b'};
var qsWeirdObjects = [
  [{regexp: /./g}, 'regexp=', {regexp: ''}],
  [{regexp: new RegExp('.', 'g')}, 'regexp=', {regexp: ''}],
  [{fn: function () {}}, 'fn=', {fn: ''}],
  [{fn: new Function('')}, 'fn=', {fn: ''}],
  [{math: Math}, 'math=', {math: ''}],
  [{e: extendedFunction}, 'e=', {e: ''}],
  [{d: new Date()}, 'd=', {d: ''}],
  [{d: Date}, 'd=', {d: ''}],
  [{f: new Boolean(false), t: new Boolean(true)}, 'f=&t=', {f: '', t: ''}],
  [{f: false, t: true}, 'f=false&t=true', {f: 'false', t: 'true'}],
  [{n: null}, 'n=', {n: ''}],
  [{nan: NaN}, 'nan=', {nan: ''}],
  [{inf: Infinity}, 'inf=', {inf: ''}],
  [{a: [], b: []}, '', {}],
  [{a: 1, b: [], c: 2}, 'a=1&c=2', {a: '1', c: '2'}]
];

var qsNoMungeTestCases = [
  ['', {}],
  ['foo=bar&foo=baz', {foo: ['bar', 'baz']}],
  ['blah=burp', {blah: 'burp'}],
  ['a=!-._~\'()*', {a: '!-._~\'()*'}],
  ['a=abcdefghijklmnopqrstuvwxyz', {a: 'abcdefghijklmnopqrstuvwxyz'}],
  ['a=ABCDEFGHIJKLMNOPQRSTUVWXYZ', {a: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'}],
  ['a=0123456789', {a: '0123456789'}],
  ['gragh=1&gragh=3&goo=2', {gragh: ['1', '3'], goo: '2'}],
  ['frappucino=muffin&goat%5B%5D=scone&pond=moose',
   {frappucino: 'muffin', 'goat[]': 'scone', pond: 'moose'}],
  ['trololol=yes&lololo=no', {trololol: 'yes', lololo: 'no'}]
];

var qsUnescapeTestCases = [
  ['there is nothing to unescape here', 'there is nothing to unescape here'],
  ['there%20are%20several%20spaces%20that%20need%20to%20be%20unescaped',
   'there are several spaces that need to be unescaped'],
  ['there%2Qare%0-fake%escaped values in%%%%this%9Hstring',
   'there%2Qare%0-fake%escaped values in%%%%this%9Hstring'],
  ['%20%21%22%23%24%25%26%27%28%29%2A%2B%2C%2D%2E%2F%30%31%32%33%34%35%36%37',
   ' !"#$%&\'()*+,-./01234567'],
  ['%%2a', '%*'],
  ['%2sf%2a', '%2sf*'],
  ['%2%2af%2a', '%2*f*']
];

assert.strictEqual(qs.parse('id=918854443121279438895193').id,
                   '918854443121279438895193');

qsTestCases.forEach(function (t) {
  check(qs.parse(t[0]), t[2], 'parse ' + t[0]);
});
qsColonTestCases.forEach(function (t) {
  check(qs.parse(t[0], ';', ':'), t[2], 'parse ' + t[0]);
});
// multi-character separators
check(qs.parse('a::b;;c::d::e;;c::f', ';;', '::'), {a: 'b', c: ['d::e', 'f']});
check(qs.parse('a=b&c=d', '', ''), {a: 'b', c: 'd'});
qsWeirdObjects.forEach(function (t) {
  check(qs.parse(t[1]), t[2], 'parse ' + t[1]);
});
qsNoMungeTestCases.forEach(function (t) {
  assert.strictEqual(qs.stringify(t[1], '&', '='), t[0]);
});

// nested qs-in-qs
var f = qs.parse('a=b&q=x%3Dy%26y%3Dz');
f.q = qs.parse(f.q);
assert.deepStrictEqual(plain(f), {a: 'b', q: {x: 'y', y: 'z'}});
f = qs.parse('a:b;q:x%3Ay%3By%3Az', ';', ':');
f.q = qs.parse(f.q, ';', ':');
assert.deepStrictEqual(plain(f), {a: 'b', q: {x: 'y', y: 'z'}});

// stringify
qsTestCases.forEach(function (t) {
  assert.strictEqual(qs.stringify(t[2]), t[1], 'stringify ' + t[1]);
});
qsColonTestCases.forEach(function (t) {
  assert.strictEqual(qs.stringify(t[2], ';', ':'), t[1]);
});
qsWeirdObjects.forEach(function (t) {
  assert.strictEqual(qs.stringify(t[0]), t[1]);
});

// invalid surrogate pair throws URIError
assert.throws(function () { qs.stringify({foo: '\udc00'}); },
              {code: 'ERR_INVALID_URI', name: 'URIError',
               message: 'URI malformed'});

// coerce numbers to string
assert.strictEqual(qs.stringify({foo: 0}), 'foo=0');
assert.strictEqual(qs.stringify({foo: -0}), 'foo=0');
assert.strictEqual(qs.stringify({foo: 3}), 'foo=3');
assert.strictEqual(qs.stringify({foo: -72.42}), 'foo=-72.42');
assert.strictEqual(qs.stringify({foo: NaN}), 'foo=');
assert.strictEqual(qs.stringify({foo: 1e21}), 'foo=1e%2B21');
assert.strictEqual(qs.stringify({foo: Infinity}), 'foo=');

// nested
assert.strictEqual(qs.stringify({a: 'b', q: qs.stringify({x: 'y', y: 'z'})}),
                   'a=b&q=x%3Dy%26y%3Dz');
assert.strictEqual(
  qs.stringify({a: 'b', q: qs.stringify({x: 'y', y: 'z'}, ';', ':')}, ';', ':'),
  'a:b;q:x%3Ay%3By%3Az');

// empty string / non-objects
assert.strictEqual(qs.stringify(), '');
assert.strictEqual(qs.stringify(0), '');
assert.strictEqual(qs.stringify([]), '');
assert.strictEqual(qs.stringify(null), '');
assert.strictEqual(qs.stringify(true), '');
check(qs.parse(), {});

// limiting
assert.strictEqual(
  Object.keys(qs.parse('a=1&b=1&c=1', null, null, {maxKeys: 1})).length, 1);
check(qs.parse('a=1&&b=2&c=3', null, null, {maxKeys: 2}), {a: '1'});
// removing the limit
(function () {
  var query = {}, i;
  for (i = 0; i < 2000; i++) query[i] = i;
  var url = qs.stringify(query);
  assert.strictEqual(
    Object.keys(qs.parse(url, null, null, {maxKeys: 0})).length, 2000);
  assert.strictEqual(Object.keys(qs.parse(url)).length, 1000);
})();

var b = qs.unescapeBuffer('%d3%f2Ug%1f6v%24%5e%98%cb' +
                          '%0d%ac%a2%2f%9d%eb%d8%a2%e6');
[0xd3, 0xf2, 0x55, 0x67, 0x1f, 0x36, 0x76, 0x24, 0x5e, 0x98, 0xcb, 0x0d, 0xac,
 0xa2, 0x2f, 0x9d, 0xeb, 0xd8, 0xa2, 0xe6].forEach(function (v, i) {
  assert.strictEqual(b[i], v, 'unescapeBuffer byte ' + i);
});
assert.strictEqual(b.length, 20);

qsUnescapeTestCases.forEach(function (t) {
  assert.strictEqual(qs.unescape(t[0]), t[1], 'unescape ' + t[0]);
  assert.strictEqual(String.fromCharCode.apply(null, qs.unescapeBuffer(t[0])),
                     t[1], 'unescapeBuffer ' + t[0]);
});

// invalid UTF-8 decodes to replacement characters
check(qs.parse('=%C3'), {'': '\ufffd'});
check(qs.parse('a=%E0%A4%A'), {a: '\ufffd%A'});
assert.strictEqual(qs.unescape('a+b'), 'a+b');
assert.strictEqual(qs.unescape('%zz%41'), '%zzA');
assert.strictEqual(qs.escape({toString: function () { return 'x y'; }}), 'x%20y');
assert.strictEqual(qs.escape(5), '5');

// custom decode
function demoDecode(str) { return str + str; }
check(qs.parse('a=a&b=b&c=c', null, null, {decodeURIComponent: demoDecode}),
      {aa: 'aa', bb: 'bb', cc: 'cc'});
check(qs.parse('a=a&b=b&c=c', null, null, {decodeURIComponent: decodeURIComponent}),
      {a: 'a', b: 'b', c: 'c'});
// a throwing decoder falls back to unescape
check(qs.parse('a=%E0', null, null,
               {decodeURIComponent: function () { throw new Error(); }}),
      {a: '\ufffd'});

// custom encode
function demoEncode(str) { return str[0]; }
assert.strictEqual(qs.stringify({aa: 'aa', bb: 'bb', cc: 'cc'}, null, null,
                                {encodeURIComponent: demoEncode}),
                   'a=a&b=b&c=c');
assert.strictEqual(qs.stringify({a: 1, b: [2, true], c: null}, null, null,
                                {encodeURIComponent: function (s) { return '<' + s + '>'; }}),
                   '<a>=<1>&<b>=<2>&<b>=<true>&<c>=<>');

// overriding .unescape / .escape
var prevUnescape = qs.unescape;
qs.unescape = function (str) { return str.replace(/o/g, '_'); };
check(qs.parse('foo=bor'), {f__: 'b_r'});
qs.unescape = prevUnescape;
var prevEscape = qs.escape;
qs.escape = function (str) { return str.replace(/o/g, '_'); };
assert.strictEqual(qs.stringify({foo: 'bor'}), 'f__=b_r');
qs.escape = prevEscape;

assert.strictEqual(qs.decode, qs.parse);
assert.strictEqual(qs.encode, qs.stringify);

// Cases from WPT url/urlsearchparams-{constructor,append,delete,get,getall,
// has,set,stringifier,size}.any.js as Node runs them in
// test-whatwg-url-custom-searchparams-*.js (3-Clause BSD / MIT licenses,
// Copyright web-platform-tests contributors / Node.js contributors).
'use strict';
var assert = require('../_assert.js');

function entries(p) {
  var out = [], it = p.entries(), s;
  for (s = it.next(); !s.done; s = it.next()) out.push(s.value);
  return out;
}

// constructor
var params = new URLSearchParams();
assert.strictEqual(params + '', '');
params = new URLSearchParams('');
assert.strictEqual(params + '', '');
params = new URLSearchParams('a=b');
assert.strictEqual(params + '', 'a=b');
params = new URLSearchParams(params);
assert.strictEqual(params + '', 'a=b');
params = new URLSearchParams({});
assert.strictEqual(params + '', '');
params = new URLSearchParams('a=b');
assert.strictEqual(params.has('a'), true);
assert.strictEqual(params.has('b'), false);
params = new URLSearchParams('a=b&c');
assert.strictEqual(params.has('a'), true);
assert.strictEqual(params.has('c'), true);
assert.strictEqual(params.has('d'), false);
params = new URLSearchParams('&a&&& &&&&&a+b=& c&m%c3%b8%c3%b8');
assert.strictEqual(params.has('a'), true);
assert.strictEqual(params.has('a b'), true);
assert.strictEqual(params.has(' '), true);
assert.strictEqual(params.has('c'), false);
assert.strictEqual(params.has(' c'), true);
assert.strictEqual(params.has('m\u00f8\u00f8'), true);
params = new URLSearchParams('id=0&value=%');
assert.strictEqual(params.get('value'), '%');
params = new URLSearchParams('b=%2sf%2a');
assert.strictEqual(params.get('b'), '%2sf*');
params = new URLSearchParams('b=%2%2af%2a');
assert.strictEqual(params.get('b'), '%2*f*');
params = new URLSearchParams('b=%%2a');
assert.strictEqual(params.get('b'), '%*');
// + and spaces
params = new URLSearchParams('a=b+c');
assert.strictEqual(params.get('a'), 'b c');
params = new URLSearchParams('a+b=c');
assert.strictEqual(params.get('a b'), 'c');
params = new URLSearchParams('a=b c');
assert.strictEqual(params.get('a'), 'b c');
params = new URLSearchParams('a b=c');
assert.strictEqual(params.get('a b'), 'c');
params = new URLSearchParams('a=b%20c');
assert.strictEqual(params.get('a'), 'b c');
params = new URLSearchParams('a%20b=c');
assert.strictEqual(params.get('a b'), 'c');
// NUL, U+2384, U+1F4A9
params = new URLSearchParams('a=b\0c');
assert.strictEqual(params.get('a'), 'b\0c');
params = new URLSearchParams('a\0b=c');
assert.strictEqual(params.get('a\0b'), 'c');
params = new URLSearchParams('a=b%00c');
assert.strictEqual(params.get('a'), 'b\0c');
params = new URLSearchParams('a=b\u2384');
assert.strictEqual(params.get('a'), 'b\u2384');
params = new URLSearchParams('a=b%e2%8e%84');
assert.strictEqual(params.get('a'), 'b\u2384');
params = new URLSearchParams('a=b\ud83d\udca9c');
assert.strictEqual(params.get('a'), 'b\ud83d\udca9c');
params = new URLSearchParams('a=b%f0%9f%92%a9c');
assert.strictEqual(params.get('a'), 'b\ud83d\udca9c');
params = new URLSearchParams('a%f0%9f%92%a9b=c');
assert.strictEqual(params.get('a\ud83d\udca9b'), 'c');
// sequences and records
params = new URLSearchParams([]);
assert.strictEqual(params + '', '');
params = new URLSearchParams([['a', 'b'], ['c', 'd']]);
assert.strictEqual(params.get('a'), 'b');
assert.strictEqual(params.get('c'), 'd');
assert.throws(function () { new URLSearchParams([[1]]); }, TypeError);
assert.throws(function () { new URLSearchParams([[1, 2, 3]]); }, TypeError);
params = new URLSearchParams({'+': '%C2'});
assert.deepStrictEqual(entries(params), [['+', '%C2']]);
params = new URLSearchParams({c: 'x', a: '?'});
assert.deepStrictEqual(entries(params), [['c', 'x'], ['a', '?']]);
params = new URLSearchParams([['c', 'x'], ['a', '?']]);
assert.deepStrictEqual(entries(params), [['c', 'x'], ['a', '?']]);
params = new URLSearchParams({'\uD835x': '1', xx: '2', '\uD83Dx': '3'});
assert.deepStrictEqual(entries(params), [['\uFFFDx', '3'], ['xx', '2']]);
assert.strictEqual(params + '', '%EF%BF%BDx=3&xx=2');
params = new URLSearchParams({a: 'b', c: 'd'});
var seen = [];
params.forEach(function (v, k) { seen.push(k + v); });
assert.deepStrictEqual(seen, ['ab', 'cd']);

// append
params = new URLSearchParams();
params.append('a', 'b');
assert.strictEqual(params + '', 'a=b');
params.append('a', 'b');
assert.strictEqual(params + '', 'a=b&a=b');
params.append('a', 'c');
assert.strictEqual(params + '', 'a=b&a=b&a=c');
params = new URLSearchParams();
params.append('', '');
assert.strictEqual(params + '', '=');
params.append('', '');
assert.strictEqual(params + '', '=&=');
params = new URLSearchParams();
params.append(null, null);
assert.strictEqual(params + '', 'null=null');
params.append(null, null);
assert.strictEqual(params + '', 'null=null&null=null');
params = new URLSearchParams();
params.append('first', 1);
params.append('second', 2);
params.append('third', '');
params.append('first', 10);
assert.strictEqual(params.get('first'), '1');
assert.strictEqual(params.get('second'), '2');
assert.strictEqual(params.get('third'), '');
params.append('first', 10);
assert.strictEqual(params.get('first'), '1');

// delete
params = new URLSearchParams('a=b&c=d');
params['delete']('a');
assert.strictEqual(params + '', 'c=d');
params = new URLSearchParams('a=a&b=b&a=a&c=c');
params['delete']('a');
assert.strictEqual(params + '', 'b=b&c=c');
params = new URLSearchParams('a=a&=&b=b&c=c');
params['delete']('');
assert.strictEqual(params + '', 'a=a&b=b&c=c');
params = new URLSearchParams('a=a&null=null&b=b');
params['delete'](null);
assert.strictEqual(params + '', 'a=a&b=b');
params = new URLSearchParams('a=a&undefined=undefined&b=b');
params['delete'](undefined);
assert.strictEqual(params + '', 'a=a&b=b');
var url = new URL('http://example.com/?param1&param2');
url.searchParams['delete']('param1');
url.searchParams['delete']('param2');
assert.strictEqual(url.href, 'http://example.com/');
assert.strictEqual(url.search, '');
url = new URL('http://example.com/?');
url.searchParams['delete']('param1');
assert.strictEqual(url.href, 'http://example.com/');
url = new URL('data:space    ?test');
assert.strictEqual(url.searchParams.has('test'), true);
url.searchParams['delete']('test');
assert.strictEqual(url.searchParams.has('test'), false);
assert.strictEqual(url.search, '');
assert.strictEqual(url.pathname, 'space');
assert.strictEqual(url.href, 'data:space');
url = new URL('data:space    ?test#test');
url.searchParams['delete']('test');
assert.strictEqual(url.href, 'data:space    #test');
params = new URLSearchParams();
params.append('a', 'b');
params.append('a', 'c');
params.append('a', 'd');
params['delete']('a', 'c');
assert.strictEqual(params.toString(), 'a=b&a=d');
params = new URLSearchParams();
params.append('a', 'b');
params.append('a', 'c');
params.append('b', 'c');
params.append('b', 'd');
params['delete']('b', 'c');
params['delete']('a', undefined);
assert.strictEqual(params.toString(), 'b=d');

// get / getAll / has / set
params = new URLSearchParams('a=b&c=d');
assert.strictEqual(params.get('a'), 'b');
assert.strictEqual(params.get('c'), 'd');
assert.strictEqual(params.get('e'), null);
params = new URLSearchParams('a=b&c=d&a=e');
assert.strictEqual(params.get('a'), 'b');
params = new URLSearchParams('=b&c=d');
assert.strictEqual(params.get(''), 'b');
params = new URLSearchParams('a=&c=d&a=e');
assert.strictEqual(params.get('a'), '');
params = new URLSearchParams('first=second&third&&');
assert.strictEqual(params.has('first'), true);
assert.strictEqual(params.get('first'), 'second');
assert.strictEqual(params.get('third'), '');
assert.strictEqual(params.get('fourth'), null);
params = new URLSearchParams('a=b&a=c&a=d');
assert.deepStrictEqual(params.getAll('a'), ['b', 'c', 'd']);
assert.deepStrictEqual(params.getAll('b'), []);
params = new URLSearchParams('a=b&c=d&&');
params.append('first', 1);
params.append('first', 2);
assert.strictEqual(params.has('a'), true);
assert.strictEqual(params.has('first'), true);
assert.strictEqual(params.has('d'), false);
params['delete']('first');
assert.strictEqual(params.has('first'), false);
params = new URLSearchParams('a=b&a=d&c&e&');
assert.strictEqual(params.has('a', 'b'), true);
assert.strictEqual(params.has('a', 'c'), false);
assert.strictEqual(params.has('a', 'd'), true);
assert.strictEqual(params.has('e', ''), true);
params.append('first', null);
assert.strictEqual(params.has('first', 'null'), true);
assert.strictEqual(params.has('a', undefined), true);
params = new URLSearchParams('a=b&c=d');
params.set('a', 'B');
assert.strictEqual(params + '', 'a=B&c=d');
params = new URLSearchParams('a=b&c=d&a=e');
params.set('a', 'B');
assert.strictEqual(params + '', 'a=B&c=d');
params.set('e', 'f');
assert.strictEqual(params + '', 'a=B&c=d&e=f');
params = new URLSearchParams('a=1&a=2&a=3');
params.set('first', 4);
assert.strictEqual(params.get('first'), '4');
params.set('a', 4);
assert.strictEqual(params.get('a'), '4');
assert.deepStrictEqual(params.getAll('a'), ['4']);

// stringifier
var cases = [[' ', '+'], ['"', '%22'], ['&', '%26'], ['*', '*'], ['+', '%2B'],
             ['-', '-'], ['.', '.'], ['=', '%3D'], ['_', '_'], ['\0', '%00'],
             ['\ud83d\udca9', '%F0%9F%92%A9'], ['\u00e9', '%C3%A9'], ['%', '%25'],
             ['/', '%2F'], ['~', '%7E'], ['`', '%60']];
cases.forEach(function (c) {
  params = new URLSearchParams();
  params.append('a', 'b' + c[0] + 'c');
  assert.strictEqual(params + '', 'a=b' + c[1] + 'c', 'value ' + c[0]);
  params = new URLSearchParams();
  params.append('a' + c[0] + 'b', 'c');
  assert.strictEqual(params + '', 'a' + c[1] + 'b=c', 'name ' + c[0]);
});
params = new URLSearchParams('a=b&a=b&a=b');
assert.strictEqual(params.toString(), 'a=b&a=b&a=b');
params = new URLSearchParams('a=&a=b');
assert.strictEqual(params.toString(), 'a=&a=b');
params = new URLSearchParams('b=%2sf%2a');
assert.strictEqual(params.toString(), 'b=%252sf*');
url = new URL('http://www.example.com/?a=b,c');
params = url.searchParams;
assert.strictEqual(url.toString(), 'http://www.example.com/?a=b,c');
assert.strictEqual(params.toString(), 'a=b%2Cc');
params.append('x', 'y');
assert.strictEqual(url.toString(), 'http://www.example.com/?a=b%2Cc&x=y');
assert.strictEqual(params.toString(), 'a=b%2Cc&x=y');
url = new URL('http://www.example.com/');
params = url.searchParams;
params.append('a\nb', 'c\rd');
params.append('e\n\rf', 'g\r\nh');
assert.strictEqual(params.toString(), 'a%0Ab=c%0Dd&e%0A%0Df=g%0D%0Ah');

// size
params = new URLSearchParams('a=1&b=2&a=3');
assert.strictEqual(params.size, 3);
params['delete']('a');
assert.strictEqual(params.size, 1);
url = new URL('http://localhost/query?a=1&b=2&a=3');
assert.strictEqual(url.searchParams.size, 3);
url.search = '?';
assert.strictEqual(url.searchParams.size, 0);

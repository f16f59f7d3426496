// Ported from Node.js test/parallel/test-querystring-escape.js,
// test-querystring-maxKeys-non-finite.js and
// test-querystring-multichar-separator.js (MIT license, Copyright Node.js
// contributors).
'use strict';
var assert = require('../_assert.js');
var qs = require('querystring');

function plain(o) { return JSON.parse(JSON.stringify(o)); }

// escape
assert.strictEqual(qs.escape(5), '5');
assert.strictEqual(qs.escape('test'), 'test');
assert.strictEqual(qs.escape({}), '%5Bobject%20Object%5D');
assert.strictEqual(qs.escape([5, 10]), '5%2C10');
assert.strictEqual(qs.escape('\u014a\u014d\u0111\u0115'), '%C5%8A%C5%8D%C4%91%C4%95');
assert.strictEqual(qs.escape('test\u014a\u014d\u0111\u0115'),
                   'test%C5%8A%C5%8D%C4%91%C4%95');
assert.strictEqual(qs.escape('\ud83d\udc04'), '%F0%9F%90%84');
assert.throws(function () { qs.escape('\ud800'); },
              {code: 'ERR_INVALID_URI', name: 'URIError', message: 'URI malformed'});
// toString is preferred over valueOf for objects
assert.strictEqual(qs.escape({test: 5, toString: function () { return 'test'; },
                              valueOf: function () { return 10; }}), 'test');
assert.throws(function () { qs.escape({toString: 5}); }, TypeError);
assert.strictEqual(qs.escape({toString: 5, valueOf: function () { return 'test'; }}),
                   'test');
assert.throws(function () { qs.escape(Symbol('test')); }, TypeError);

// maxKeys that are not finite positive numbers mean no limit
var count = 10000, parts = [], i;
for (i = 0; i < count; i++) parts.push('a' + i + '=' + i);
var query = parts.join('&');
[Infinity, NaN, -1, 0].forEach(function (maxKeys) {
  assert.strictEqual(Object.keys(qs.parse(query, null, null, {maxKeys: maxKeys})).length,
                     count, 'maxKeys ' + maxKeys);
});
assert.strictEqual(Object.keys(qs.parse(query)).length, 1000);
assert.strictEqual(Object.keys(qs.parse(query, null, null, {maxKeys: 5})).length, 5);

// multi-character separators
assert.deepStrictEqual(plain(qs.parse('foo=>bar&&bar=>baz', '&&', '=>')),
                       {foo: 'bar', bar: 'baz'});
assert.strictEqual(qs.stringify({foo: 'bar', bar: 'baz'}, '&&', '=>'),
                   'foo=>bar&&bar=>baz');
assert.deepStrictEqual(plain(qs.parse('foo==>bar, bar==>baz', ', ', '==>')),
                       {foo: 'bar', bar: 'baz'});
assert.strictEqual(qs.stringify({foo: 'bar', bar: 'baz'}, ', ', '==>'),
                   'foo==>bar, bar==>baz');

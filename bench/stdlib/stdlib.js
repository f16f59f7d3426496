// bench/stdlib: url, querystring, path and string_decoder hot paths, timed
// in ms per run. Runs under node and jsrt alike (ES5); prints "name ms".
'use strict';
var url = require('url'), qs = require('querystring'), path = require('path');
var StringDecoder = require('string_decoder').StringDecoder;

var time = require('../timing').time;

var i, sink = 0;
var bigPath = new Array(50001).join('seg ment/\u00e9');   // ~0.5 MB
var pairs = [];
for (i = 0; i < 10000; i++) pairs.push('key' + i + '=val%20' + i + '+x');
var query = pairs.join('&');                              // ~0.2 MB
var obj = qs.parse(query);
var bytes = new TextEncoder().encode(new Array(100001).join('h\u00e9llo \u20ac '));

time('URL_x1000', 5, function () {
  for (var j = 0; j < 1000; j++)
    sink += new URL('https://user:pw@example.com:8080/a/b/../c?x=1#y').href.length;
});
time('URL_path_0.5MB', 5, function () { sink += new URL('http://x/' + bigPath).href.length; });
time('URL_query_10k_params', 5, function () {
  sink += new URL('http://x/?' + query).searchParams.size;
});
time('url.parse_x1000', 5, function () {
  for (var j = 0; j < 1000; j++)
    sink += url.parse('https://user:pw@example.com:8080/a/b/../c?x=1#y').href.length;
});
time('qs.parse_10k', 5, function () { sink += Object.keys(qs.parse(query)).length; });
time('qs.stringify_10k', 5, function () { sink += qs.stringify(obj).length; });
time('path.resolve_x10000', 5, function () {
  for (var j = 0; j < 10000; j++)
    sink += path.resolve('/a/b', '../c/./d', 'e').length;
});
time('decoder_utf8_1MB_4k', 5, function () {
  var d = new StringDecoder('utf8');
  for (var j = 0; j < bytes.length; j += 4093)
    sink += d.write(bytes.subarray(j, j + 4093)).length;
  sink += d.end().length;
});
if (sink < 0) console.log(sink);

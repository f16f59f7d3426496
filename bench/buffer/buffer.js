// bench/buffer: the Buffer hot paths of issue 5, timed in ms per run.
// Runs under node and jsrt alike (ES5); prints "name ms" lines.
'use strict';

var time = require('../timing').time;

var MB = 1024 * 1024;
var parts = [], i;
for (i = 0; i < 1024; i++) parts.push('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_-'.slice(0, 62) + 'é');
var utf8Str = parts.join('').slice(0, MB / 2); // ~1 MB of UTF-8 with some 2-byte chars
var raw = Buffer.alloc(MB);
for (i = 0; i < MB; i++) raw[i] = (i * 7 + 3) & 255;
var hexStr = raw.toString('hex');
var b64Str = raw.toString('base64');
var utf8Buf = Buffer.from(utf8Str);
var smalls = [];
for (i = 0; i < 10000; i++) smalls.push(Buffer.from('chunk' + i));

var sink = 0;
time('from_utf8_1MB', 20, function () { sink += Buffer.from(utf8Str, 'utf8').length; });
time('toString_utf8_1MB', 20, function () { sink += utf8Buf.toString('utf8').length; });
time('from_hex_1MB', 20, function () { sink += Buffer.from(hexStr, 'hex').length; });
time('toString_hex_1MB', 20, function () { sink += raw.toString('hex').length; });
time('from_base64_1MB', 20, function () { sink += Buffer.from(b64Str, 'base64').length; });
time('toString_base64_1MB', 20, function () { sink += raw.toString('base64').length; });
time('concat_10000_small', 20, function () { sink += Buffer.concat(smalls).length; });
if (sink < 0) console.log(sink);

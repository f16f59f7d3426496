// bench/crypto: the throughput figures of issue 14, timed in ms per run
// (bench/timing.js): SHA-256 and AES-256-GCM over 64 KiB and 1 MiB,
// randomBytes(32), gzip level 6 of 100 MB (and gunzip of it). Runs under
// node and jsrt alike (ES5); prints "name ms" lines.
'use strict';

var crypto = require('crypto');
var zlib = require('zlib');
var time = require('../timing').time;

var KB64 = crypto.randomBytes(64 * 1024), MB1 = crypto.randomBytes(1024 * 1024);
var key = crypto.randomBytes(32), iv = crypto.randomBytes(12);
var sink = 0;

time('sha256_64KiB', 2000, function () { sink += crypto.createHash('sha256').update(KB64).digest().length; });
time('sha256_1MiB', 200, function () { sink += crypto.createHash('sha256').update(MB1).digest().length; });
function gcm(buf) {
  var c = crypto.createCipheriv('aes-256-gcm', key, iv);
  sink += c.update(buf).length + c.final().length + c.getAuthTag().length;
}
time('aes256gcm_64KiB', 2000, function () { gcm(KB64); });
time('aes256gcm_1MiB', 200, function () { gcm(MB1); });
time('randomBytes32_x1000', 20, function () {
  for (var i = 0; i < 1000; i++) sink += crypto.randomBytes(32).length;
});

// 100 MB of text-like data: words from a fixed pseudo-random sequence,
// one 1 MiB block repeated (deflate's window is 32 KiB: each block
// compresses like fresh text).
var words = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog',
  'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing',
  'elit', 'sed', 'do', 'eiusmod', 'tempor', 'incididunt', 'ut', 'labore'];
var parts = [], len = 0, seed = 12345;
while (len < 1024 * 1024) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  var w = words[seed % words.length] + (seed % 7 === 0 ? '.\n' : ' ');
  parts.push(w);
  len += w.length;
}
var block = Buffer.from(parts.join('')).slice(0, 1024 * 1024);
var blocks = [];
for (var i = 0; i < 100; i++) blocks.push(block);
var big = Buffer.concat(blocks);
var gz;
time('gzip6_100MB', 1, function () { gz = zlib.gzipSync(big, { level: 6 }); sink += gz.length; });
time('gunzip_100MB', 1, function () { sink += zlib.gunzipSync(gz).length; });
if (sink < 0) console.log(sink);

// Differential test: encodings, byteLength, write, indexOf/lastIndexOf,
// compare and fill over deterministic pseudo-random data; differential.out
// is node 20's output for this same file (regenerate: node THIS > .out).
'use strict';
var seed = 12345;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
var encs = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
var out = [];
function randBytes(n, hi) { var b = Buffer.alloc(n); for (var i = 0; i < n; i++) b[i] = rnd(hi); return b; }
function randString(n) {
  var pool = [0x41, 0x7a, 0x20, 0xe9, 0xff, 0x100, 0x3a3, 0x800, 0xfffd, 0xd83d, 0xde00, 0xdc00, 0xd800, 0xffff, 0x0];
  var s = [];
  for (var i = 0; i < n; i++) s.push(String.fromCharCode(rnd(3) ? pool[rnd(pool.length)] : rnd(0x10000)));
  return s.join('');
}
for (var t = 0; t < 300; t++) {
  var b = randBytes(rnd(40), t % 3 === 0 ? 128 : 256);
  encs.forEach(function (e) {
    var s = b.toString(e);
    var codes = [];
    for (var i = 0; i < s.length; i++) codes.push(s.charCodeAt(i).toString(16));
    out.push(t + ' ' + e + ' ' + codes.join('.') + ' ' + Buffer.from(s, e).toString('hex') + ' ' + Buffer.byteLength(s, e));
  });
  var str = randString(rnd(20));
  encs.forEach(function (e) {
    var bb = Buffer.from(str, e);
    var w = Buffer.alloc(rnd(12));
    var n = w.write(str, e);
    out.push(t + ' s ' + e + ' ' + bb.toString('hex') + ' ' + Buffer.byteLength(str, e) + ' ' + n + ' ' + w.toString('hex'));
  });
  var junk = ['', 'a', 'ab', 'abc', 'Zm9v', 'Zm9', 'Z===', '=Zm9v', 'Zm 9v', 'Zm\n9v', '-_ab', '+/ab', 'zz', 'a1b2c', '0g', 'ABCDEF', '\u00e9\u00e9'][rnd(17)];
  ['base64', 'base64url', 'hex'].forEach(function (e) {
    out.push(t + ' j ' + e + ' ' + JSON.stringify(junk) + ' ' + Buffer.from(junk, e).toString('hex') + ' ' + Buffer.byteLength(junk, e));
  });
  var hay = randBytes(rnd(30), 4), nee = randBytes(rnd(3), 4), off = rnd(40) - 20;
  out.push(t + ' i ' + hay.indexOf(nee, off) + ' ' + hay.lastIndexOf(nee, off) + ' ' + hay.indexOf(nee) + ' ' + hay.lastIndexOf(nee) +
    ' ' + hay.indexOf(nee[0] === undefined ? 0 : nee[0], off) + ' ' + Buffer.compare(hay, nee) + ' ' + hay.includes(nee));
  var fb = Buffer.alloc(rnd(10));
  try { fb.fill(randString(rnd(3)), ['utf8', 'latin1', 'ucs2'][rnd(3)]); out.push(t + ' f ' + fb.toString('hex')); } catch (err) { out.push(t + ' f ' + err.code); }
}
console.log(out.join('\n'));

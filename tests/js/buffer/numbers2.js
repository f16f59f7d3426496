// Differential test: read/write of every number type (valid and invalid
// offsets and values), slice/subarray, copy, compare, fill and swaps over
// pseudo-random data; numbers2.out is node 20's output for this file
// (regenerate: node THIS > .out). kMaxLength differs by design and is
// printed by name.
'use strict';
var seed = 777;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
var out = [];
var kMax = require('buffer').kMaxLength;
function show(f) {
  try { var r = f(); return typeof r === 'number' ? (Object.is(r, -0) ? '-0' : String(r)) : JSON.stringify(r); }
  catch (e) { return e.name + '/' + e.code + ': ' + e.message.replace('<= ' + kMax + '.', '<= kMaxLength.'); }
}
var reads = ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE',
  'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE',
  'readDoubleLE', 'readDoubleBE'];
var offs = [0, 1, 2, 3, 7, 8, -1, 1.5, NaN, '1', undefined, null, Infinity];
var vals = [0, 1, -1, 127, 128, 255, 256, -128, -129, 65535, 65536, -32768, 4294967295, 4294967296, -2147483648, 1.5, -0.5, NaN, 1e300, '12', null];
for (var t = 0; t < 200; t++) {
  var b = Buffer.alloc(8);
  for (var i = 0; i < 8; i++) b[i] = rnd(256);
  var r = reads[rnd(reads.length)], o = offs[rnd(offs.length)];
  out.push(t + ' ' + r + '(' + String(o) + ') ' + show(function () { return b[r](o); }));
  var w = r.replace('read', 'write'), v = vals[rnd(vals.length)];
  out.push(t + ' ' + w + '(' + String(v) + ',' + String(o) + ') ' + show(function () { return b[w](v, o); }) + ' ' + b.toString('hex'));
  var n = rnd(8), fn = ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE'][rnd(4)];
  out.push(t + ' ' + fn + '(' + String(o) + ',' + n + ') ' + show(function () { return b[fn](o, n); }));
  var wn = fn.replace('read', 'write');
  var big = [0, 1, -1, 255, 256, 65536, -65537, 16777216, 4294967296, 1099511627776, -140737488355328, 281474976710655][rnd(12)];
  out.push(t + ' ' + wn + '(' + big + ',' + String(o) + ',' + n + ') ' + show(function () { return b[wn](big, o, n); }) + ' ' + b.toString('hex'));
  var s1 = rnd(12) - 2, e1 = rnd(12) - 2;
  out.push(t + ' slice ' + s1 + ' ' + e1 + ' ' + b.slice(s1, e1).toString('hex') + ' ' + b.subarray(s1).toString('hex') +
    ' ' + show(function () { return b.toString('hex', s1, e1); }));
  var c = Buffer.alloc(6);
  out.push(t + ' copy ' + show(function () { return b.copy(c, rnd(8) - 1, rnd(10) - 1, rnd(10)); }) + ' ' + c.toString('hex'));
  out.push(t + ' cmp ' + show(function () { return b.compare(c, rnd(8), rnd(8), rnd(10), rnd(10)); }));
  out.push(t + ' fill ' + show(function () { return b.fill(rnd(300) - 20, rnd(10) - 1, rnd(10)).toString('hex'); }));
  out.push(t + ' swap ' + show(function () { return Buffer.from(b.slice(0, rnd(9)))['swap' + [16, 32, 64][rnd(3)]]().toString('hex'); }));
}
console.log(out.join('\n'));

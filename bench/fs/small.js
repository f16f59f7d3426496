// bench/fs: readFile with callbacks of every file in a directory (argv: dir
// count), all started at once; prints "ms".
'use strict';
var fs = require('fs');
var dir = process.argv[2], n = +process.argv[3], left = n, bytes = 0;
var t0 = Date.now();
for (var i = 0; i < n; i++) {
  fs.readFile(dir + '/f' + i, function (err, b) {
    if (err) throw err;
    bytes += b.length;
    if (--left === 0) console.log((Date.now() - t0) + ' ' + bytes);
  });
}

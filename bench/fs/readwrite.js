// bench/fs: fs.readFile then fs.writeFile of one big file (argv: file).
// Runs under node and jsrt alike; prints "read_ms write_ms".
'use strict';
var fs = require('fs');
var file = process.argv[2];
var t0 = Date.now();
fs.readFile(file, function (err, buf) {
  if (err) throw err;
  var t1 = Date.now();
  fs.writeFile(file + '.out', buf, function (err) {
    if (err) throw err;
    var t2 = Date.now();
    fs.unlinkSync(file + '.out');
    console.log((t1 - t0) + ' ' + (t2 - t1) + ' ' + buf.length);
  });
});

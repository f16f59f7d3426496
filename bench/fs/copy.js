// bench/fs: createReadStream(src).pipe(createWriteStream(dst)) (argv: src
// dst); prints "ms peak_rss_kb".
'use strict';
var fs = require('fs');
var t0 = Date.now();
var w = fs.createWriteStream(process.argv[3]);
fs.createReadStream(process.argv[2]).pipe(w);
w.on('close', function () {
  var ms = Date.now() - t0;
  var m = /VmHWM:\s*(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  console.log(ms + ' ' + (m ? m[1] : 0));
});

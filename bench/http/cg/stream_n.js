// bench/http/cg: argv[2] chunks of 16 KB from a Readable piped into a
// Writable, both completing asynchronously as sockets and files do (the
// Readable pushes from setImmediate, the Writable calls back from
// setImmediate). Per chunk: (Ir(N=2000) - Ir(N=1000)) / 1000 under callgrind.
// argv[3] 'sync': push from _read and call back from _write synchronously.
var stream = require('stream');
var N = +process.argv[2] || 1000, n = 0, sync = process.argv[3] === 'sync';
var chunk = Buffer.alloc(16384);
var r = new stream.Readable({
  read: function () {
    var self = this;
    if (sync) self.push(++n > N ? null : chunk);
    else setImmediate(function () { self.push(++n > N ? null : chunk); });
  }
});
var w = new stream.Writable({
  write: function (c, e, cb) {
    if (sync) cb();
    else setImmediate(cb);
  }
});
r.pipe(w);
w.on('finish', function () {
  if (n !== N + 1) throw new Error('chunks: ' + n);
});

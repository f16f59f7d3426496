// for await over a 256 MB file stream (issue 12): prints CPU ms of the
// loop. The file is made once in the temp directory (BENCH_FILE to use
// another), outside the measure.
var fs = require('fs'), os = require('os'), path = require('path');
var SIZE = 256 * 1024 * 1024;
var file = process.env.BENCH_FILE || path.join(os.tmpdir(), 'jsrt-bench-async-256m');
var st;
try { st = fs.statSync(file); } catch (e) { st = null; }
if (st === null || st.size !== SIZE) {
  var chunk = Buffer.alloc(1024 * 1024, 'abcdefghijklmnopqrstuvwxyz\n'), fd = fs.openSync(file, 'w');
  for (var k = 0; k < SIZE / chunk.length; k++) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}
async function run() {
  var t0 = process.cpuUsage(), n = 0;
  for await (const buf of fs.createReadStream(file)) n += buf.length;
  if (n !== SIZE) throw new Error('bad size ' + n);
  var d = process.cpuUsage(t0);
  console.log(((d.user + d.system) / 1e3).toFixed(1));
}
run();

// 100,000 setTimeout(fn, 0) scheduled at once, until the last has run.
var N = +(process.argv[2] || 100000), n = 0, t0 = process.cpuUsage(), i;
function done() {
  if (++n === N) { var d = process.cpuUsage(t0); console.log(((d.user + d.system) / 1e3).toFixed(1)); }
}
for (i = 0; i < N; i++) setTimeout(done, 0);

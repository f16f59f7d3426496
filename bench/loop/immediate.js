// 1,000,000 chained setImmediate callbacks (each schedules the next).
var N = +(process.argv[2] || 1000000), n = 0, t0 = process.cpuUsage();
function step() {
  if (++n < N) setImmediate(step);
  else { var d = process.cpuUsage(t0); console.log(((d.user + d.system) / 1e3).toFixed(1)); }
}
setImmediate(step);

// 1,000,000 chained process.nextTick callbacks.
var N = +(process.argv[2] || 1000000), n = 0, t0 = process.cpuUsage();
function step() {
  if (++n < N) process.nextTick(step);
  else { var d = process.cpuUsage(t0); console.log(((d.user + d.system) / 1e3).toFixed(1)); }
}
process.nextTick(step);

// 1,000,000 chained setImmediate callbacks (each schedules the next).
var N = +(process.argv[2] || 1000000), n = 0, t0 = process.hrtime();
function step() {
  if (++n < N) setImmediate(step);
  else { var d = process.hrtime(t0); console.log((d[0] * 1e3 + d[1] / 1e6).toFixed(1)); }
}
setImmediate(step);

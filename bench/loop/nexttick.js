// 1,000,000 chained process.nextTick callbacks.
var N = +(process.argv[2] || 1000000), n = 0, t0 = process.hrtime();
function step() {
  if (++n < N) process.nextTick(step);
  else { var d = process.hrtime(t0); console.log((d[0] * 1e3 + d[1] / 1e6).toFixed(1)); }
}
process.nextTick(step);

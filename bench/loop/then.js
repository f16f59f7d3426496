// 1,000,000 promise resolutions through then chains (1000 chains of 1000).
var CHAINS = 1000, LEN = +(process.argv[2] || 1000), left = CHAINS, t0 = process.cpuUsage(), c;
function inc(v) { return v + 1; }
function end(v) {
  if (v !== LEN) throw new Error('bad chain ' + v);
  if (--left === 0) { var d = process.cpuUsage(t0); console.log(((d.user + d.system) / 1e3).toFixed(1)); }
}
for (c = 0; c < CHAINS; c++) {
  var p = Promise.resolve(0), i;
  for (i = 0; i < LEN; i++) p = p.then(inc);
  p.then(end);
}

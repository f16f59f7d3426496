// 1,000,000 sequential awaits in an async loop (issue 12): prints CPU ms.
var N = +(process.argv[2] || 1e6), t0 = process.cpuUsage();
async function run() {
  var s = 0;
  for (var i = 0; i < N; i++) s += await i;
  return s;
}
run().then(function (s) {
  if (s !== N * (N - 1) / 2) throw new Error('bad sum ' + s);
  var d = process.cpuUsage(t0);
  console.log(((d.user + d.system) / 1e3).toFixed(1));
});

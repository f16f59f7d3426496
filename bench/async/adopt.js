// Promise adoption (issue 12): a then handler returning a promise, which
// every await of a non-native thenable and every `return somePromise`
// does. 1,000,000 steps, each adopting the next: prints CPU ms.
var N = +(process.argv[2] || 1e6), i = 0, t0 = process.cpuUsage();
function step() { if (++i < N) return Promise.resolve(i).then(step); }
Promise.resolve().then(step).then(function () {
  if (i !== N) throw new Error('bad count ' + i);
  var d = process.cpuUsage(t0);
  console.log(((d.user + d.system) / 1e3).toFixed(1));
});

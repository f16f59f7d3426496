// expect-exit: 3
// 'beforeExit' may schedule more work (fires again), 'exit' fires once at the
// natural end and its listener's process.exitCode is the exit status.
var n = 0;
process.on('beforeExit', function (code) {
  console.log('beforeExit', code, n);
  if (n++ < 2) setTimeout(function () { console.log('timer', n); }, 1);
});
process.on('exit', function (code) {
  console.log('exit', code, process._exiting);
  setTimeout(function () { console.log('never runs'); }, 0);
  process.exitCode = 3;
});
console.log('main');

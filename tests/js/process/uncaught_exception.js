// process.on('uncaughtException') catches errors thrown from callbacks and
// the loop goes on; the listener gets the origin.
process.on('uncaughtException', function (err, origin) {
  console.log('caught', err.message, origin);
});
process.on('uncaughtExceptionMonitor', function (err, origin) {
  console.log('monitor', err.message, origin);
});
// The timers are armed from an immediate so that their order against it
// does not depend on how long the main script took (it is slow under ASan).
setImmediate(function () {
  setTimeout(function () { throw new Error('from timer'); }, 1);
  setTimeout(function () { console.log('still running'); }, 20);
});
setImmediate(function () { throw new Error('from immediate'); });
process.nextTick(function () { throw new Error('from tick'); });
process.on('exit', function (c) { console.log('exit', c); });

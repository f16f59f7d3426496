// expect-exit: 1
// expect-stderr: Error: unhandled
// With no uncaughtException listener: 'exit' listeners run with code 1 first,
// then the error is reported and the run ends.
process.on('exit', function (c) { console.log('exit', c, process.exitCode); });
setTimeout(function () { throw new Error('unhandled'); }, 1);
setTimeout(function () { console.log('never'); }, 50);

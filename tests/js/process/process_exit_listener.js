// expect-exit: 9
// process.exit(n) runs 'exit' listeners once; one may change the code.
process.on('exit', function (c) { console.log('exit', c); process.exitCode = 9; });
setTimeout(function () { console.log('never'); }, 1);
process.exit(4);

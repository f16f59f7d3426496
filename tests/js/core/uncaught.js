// expect-exit: 1
// expect-stderr: Error: late failure
setTimeout(function () { throw new Error('late failure'); }, 1);
setTimeout(function () { console.log('the run ended: must not print'); }, 30);

// expect-exit: 1
// expect-stderr: UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "'a reason'".
process.on('exit', function (c) { console.log('exit', c); });
Promise.reject('a reason');
setTimeout(function () { console.log('never'); }, 20);

// An unhandled rejection without an 'unhandledRejection' listener goes to
// 'uncaughtException' with origin 'unhandledRejection'.
process.on('uncaughtException', function (err, origin) {
  console.log(err.message, origin);
});
Promise.reject(new Error('boom'));
setTimeout(function () { console.log('goes on'); }, 1);

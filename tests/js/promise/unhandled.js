// 'unhandledRejection' and 'rejectionHandled' as in Node >= 15.
var reasons = [];
process.on('unhandledRejection', function (reason, promise) {
  console.log('unhandledRejection', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
  reasons.push(promise);
  if (reasons.length === 1) {
    setTimeout(function () {
      promise['catch'](function () { console.log('late catch'); });
    }, 5);
  }
});
process.on('rejectionHandled', function (promise) {
  console.log('rejectionHandled', promise === reasons[0]);
});
Promise.reject(new Error('first'));
var handled = Promise.reject(2);
handled['catch'](function () { console.log('handled in time'); });
new Promise(function (_, reject) { setTimeout(function () { reject('later'); }, 1); });

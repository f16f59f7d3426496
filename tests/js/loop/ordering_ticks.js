// nextTick queue drains fully before promise jobs; ticks queued by promise
// jobs run after the microtask queue is empty, then more microtasks...
var log = console.log;
process.nextTick(function () {
  log('tick 1');
  process.nextTick(function () { log('tick 1.1'); });
  Promise.resolve().then(function () {
    log('then from tick 1');
    process.nextTick(function () { log('tick from then'); });
    Promise.resolve().then(function () { log('then from then'); });
  });
});
process.nextTick(function () { log('tick 2'); }, 'unused');
process.nextTick(function (a, b) { log('tick args ' + a + ' ' + b); }, 'x', 'y');
Promise.resolve().then(function () {
  log('then 1');
  queueMicrotask(function () { log('microtask from then 1'); });
});
queueMicrotask(function () {
  log('microtask 1');
  process.nextTick(function () { log('tick from microtask'); });
});
Promise.reject(new Error('x'))['catch'](function () { log('catch'); });
setImmediate(function () {
  log('immediate 1');
  process.nextTick(function () { log('tick between immediates'); });
});
setImmediate(function () { log('immediate 2'); });
log('sync');

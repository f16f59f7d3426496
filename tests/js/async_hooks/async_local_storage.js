// AsyncLocalStorage across timers, immediates, nextTick, microtasks, promise reactions and fs callbacks; exit(); AsyncResource; output checked against node.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const als = new AsyncLocalStorage();
const log = [];
als.run({ id: 1 }, () => {
  setTimeout(() => log.push('timeout ' + als.getStore().id), 1);
  setImmediate(() => log.push('immediate ' + als.getStore().id));
  process.nextTick(() => log.push('tick ' + als.getStore().id));
  queueMicrotask(() => log.push('micro ' + als.getStore().id));
  Promise.resolve().then(() => log.push('then ' + als.getStore().id));
  require('fs').stat(__filename, () => log.push('fs ' + als.getStore().id));
  Promise.resolve(1).then(function () { return Promise.resolve(2); }).then(() => log.push('await 1'.replace('1', als.getStore().id)));
});
als.run({ id: 2 }, () => { setTimeout(() => log.push('timeout2 ' + als.getStore().id), 1); });
log.push('outside ' + als.getStore());
const r = als.run({ id: 3 }, () => new AsyncResource('X'));
log.push('resource ' + r.runInAsyncScope(() => als.getStore().id));
log.push('exit ' + als.run({ id: 4 }, () => als.exit(() => als.getStore())));
setTimeout(() => { console.log(log.sort().join('\n')); }, 50);

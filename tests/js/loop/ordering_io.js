// Inside an I/O callback an immediate always beats a 0 ms timer (node's
// documented guarantee); ticks and microtasks run right after the callback.
var fs = require('fs');
var log = console.log;
fs.readFile(__filename, function () {
  log('I/O callback');
  setTimeout(function () { log('timeout 0 from I/O'); }, 0);
  setImmediate(function () { log('immediate from I/O'); });
  setImmediate(function () { log('second immediate from I/O'); });
  process.nextTick(function () { log('tick from I/O'); });
  Promise.resolve().then(function () { log('then from I/O'); });
  queueMicrotask(function () { log('microtask from I/O'); });
});
log('main end');

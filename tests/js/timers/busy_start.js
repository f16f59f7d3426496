'use strict';
// A timer counts from when it is set, not from when the loop last read the
// clock: after 100 ms of busy main-script work, a 50 ms timer is not due
// yet, so an immediate runs first (Node refreshes the loop time, uv_update_time,
// whenever it starts a timer).
var order = [];
var t = Date.now();
while (Date.now() - t < 100);
setTimeout(function () { order.push('timeout'); }, 50);
setImmediate(function () { order.push('immediate'); });
process.on('exit', function () { console.log(order.join(' ')); });

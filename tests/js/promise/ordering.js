// Promise jobs, queueMicrotask and nextTick interleave exactly as in node.
var log = [];
function p(s) { console.log(s); }
Promise.resolve().then(function () { p('then 1'); process.nextTick(function () { p('tick in then'); }); })
  .then(function () { p('then 2'); });
queueMicrotask(function () { p('microtask 1'); });
process.nextTick(function () {
  p('tick 1');
  Promise.resolve().then(function () { p('then in tick'); });
  process.nextTick(function () { p('tick in tick'); });
});
var thenable = { then: function (r) { p('thenable.then called'); r('thenable value'); } };
Promise.resolve(thenable).then(function (v) { p(v); });
new Promise(function (resolve) { p('executor runs synchronously'); resolve(Promise.resolve('nested')); })
  .then(function (v) { p('adopted ' + v); });
Promise.reject(new Error('x'))['catch'](function (e) { p('catch ' + e.message); })['finally'](function () { p('finally'); });
Promise.all([1, Promise.resolve(2), { then: function (r) { r(3); } }]).then(function (v) { p('all ' + v.join(',')); });
Promise.race([new Promise(function () {}), Promise.resolve('race')]).then(p);
Promise.allSettled([Promise.reject(1), 2]).then(function (r) { p('allSettled ' + JSON.stringify(r)); });
Promise.any([Promise.reject(1), Promise.reject(2)])['catch'](function (e) {
  p('any ' + e.name + ' ' + e.errors.join(',') + ' ' + (e instanceof AggregateError) + ' ' + e.message);
});
setTimeout(function () {
  p('timeout');
  setImmediate(function () { p('immediate'); Promise.resolve().then(function () { p('then in immediate'); }); });
}, 0);
p('sync end');

var log = [];
var t = { then: function (f, r) { f(1); r(2); f(3); } };
var p = Promise.resolve(t).then(function (v) { log.push(v); return Promise.reject(v + 1); });
p.catch(function (e) { log.push(e); throw e; }).finally(function () { log.push('f'); }).then(null, function () {});
function S(ex) { var q = new Promise(ex); Object.setPrototypeOf(q, S.prototype); return q; }
S.prototype = Object.create(Promise.prototype); S.prototype.constructor = S; Object.setPrototypeOf(S, Promise);
S.resolve(5).then(function (v) { return v * 2; });
Promise.all([1, Promise.resolve(2), t]).then(function (a) { log.push(a.length); });
Promise.race([new Promise(function () {}), Promise.reject(new Error('x'))]).catch(String);
Promise.any([Promise.reject(1), Promise.reject(2)]).catch(function (e) { log.push(e.errors.length); });
Promise.allSettled([Promise.reject(1), 2]);
var frozen = Object.freeze(new Promise(function (r) { queueMicrotask(function () { r(9); }); }));
for (var i = 0; i < 5; i++) frozen.then(function (v) { log.push(v); });
var self; self = new Promise(function (r) { setTimeout(function () { r(self); }, 0); }); self.catch(String);
process.nextTick(function () { Promise.resolve().then(function () { log.push('tick'); }); });

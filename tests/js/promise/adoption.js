// Promise adoption (resolve with a promise or thenable) keeps node's
// microtask turns and observable steps through the native fast paths of
// src/promise.c.
var log = console.log;
var ticks = Promise.resolve();
for (var t = 1; t <= 6; t++) (function (t) { ticks = ticks.then(function () { log('tick', t); }); })(t);
// a then handler returning a native promise: settles 2 turns after it
Promise.resolve().then(function () { return Promise.resolve('a'); }).then(function (v) { log('adopted', v); });
// resolve() of the constructor with a pending promise resolved later
var later;
var pend = new Promise(function (r) { later = r; });
new Promise(function (r) { r(pend); }).then(function (v) { log('ctor adopted', v); });
Promise.resolve().then(function () { log('resolving later'); later('L'); });
// a rejected promise adopted: the rejection passes, handled
new Promise(function (r) { r(Promise.reject(new Error('rej'))); })['catch'](function (e) { log('adopted rejection', e.message); });
// a promise with its own then is a thenable: its then runs (in a job)
var own = Promise.resolve('own');
own.then = function (f, r) { log('own then called', typeof f, typeof r); return Promise.prototype.then.call(this, f, r); };
Promise.resolve().then(function () { return own; }).then(function (v) { log('own adopted', v); });
// a constructor getter is observed by the built-in then
var ctorGet = Promise.resolve('cg');
Object.defineProperty(ctorGet, 'constructor', { get: function () { log('constructor read'); return Promise; } });
Promise.resolve().then(function () { return ctorGet; }).then(function (v) { log('cg adopted', v); });
// Promise.resolve
log(Promise.resolve.name, Promise.resolve.length, Promise.resolve(own) === own, Promise.resolve(ctorGet) === ctorGet);
try { Promise.resolve.call(1, 2); } catch (e) { log(e.constructor.name, e.message); }
function Sub(ex) { return Reflect.construct(Promise, [ex], Sub); }
Object.setPrototypeOf(Sub.prototype, Promise.prototype);
Object.setPrototypeOf(Sub, Promise);
var s = Sub.resolve(1);
log(s instanceof Sub, Promise.resolve(s) === s, Sub.resolve(s) === s);
// a self-resolution is a TypeError
var self = new Promise(function (r) { Promise.resolve().then(function () { r(self); }); });
self['catch'](function (e) { log(e.constructor.name, e.message); });
// a replaced Promise.prototype.then is used by adoption
var orig = Promise.prototype.then;
Promise.resolve().then(function () {
  Promise.prototype.then = function (f, r) { log('patched then'); return orig.call(this, f, r); };
  var q = Promise.resolve('patched');
  Promise.prototype.then = orig;
  q.then = function (f, r) { log('patched then'); return orig.call(this, f, r); };
  return q;
}).then(function (v) { log('patched adopted', v); });
log('sync end');

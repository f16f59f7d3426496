// The ordering of tests/js/loop/ordering_await.js with async syntax (the
// same cases, lowered by lower_async.c): the .out is node's.
var log = console.log;
var ticks = Promise.resolve();
for (var t = 1; t <= 8; t++) (function (t) { ticks = ticks.then(function () { log('tick', t); }); })(t);
var p = Promise.resolve('p');
(async function a() { log('a0'); var v = await p; log('a1', v); v = await p; log('a2', v); })();
(async function b() { var v = await 1; log('b1', v); v = await undefined; log('b2', v); })();
var thenable = { then: function (f) { log('c then'); f('th'); } };
(async function c() { var v = await thenable; log('c1', v); })();
(async function d() { return p; })().then(function (v) { log('d', v); });
(async function e() { return 'e'; })().then(function (v) { log('e', v); });
(async function f() { try { await Promise.reject('no'); } catch (x) { log('f1', true, x); } })();
(async function g() { throw 'g'; })().then(null, function (x) { log('g rejected', x); });
(async function h() { var v = await new Promise(function (r) { setTimeout(r, 1, 'late'); }); log('h1', v); })();
function Sub(ex) { return Reflect.construct(Promise, [ex], Sub); }
Object.setPrototypeOf(Sub.prototype, Promise.prototype);
Object.setPrototypeOf(Sub, Promise);
(async function () { var v = await Sub.resolve('s'); log('sub1', v); })();
log('sync end');

// The async drivers (src/compiler/helpers.js, async section) called
// directly with hand-written generator-likes, until the async syntax
// lowers: each machine's i-th resumption runs steps[i](value, isThrow),
// which answers Y(v) (await v) or R(v) (return v). The .out is node's
// for the same functions written with async/await (each case's comment).
var log = console.log;
function machine(steps) {
  var i = 0;
  function run(v, t) { return steps[i++](v, t); }
  return { next: function (v) { return run(v, false); },
           'throw': function (e) { return run(e, true); },
           'return': function (v) { return { value: v, done: true }; } };
}
function Y(v) { return { value: v, done: false }; }
function R(v) { return { value: v, done: true }; }
function A(steps) { return __jsrt.async(null, [], function () { return machine(steps); }); }

var ticks = Promise.resolve();
for (var t = 1; t <= 8; t++) (function (t) { ticks = ticks.then(function () { log('tick', t); }); })(t);

// async function a() { log('a0'); await p; log('a1'); await p; log('a2'); }
var p = Promise.resolve('p');
A([function () { log('a0'); return Y(p); },
   function (v) { log('a1', v); return Y(p); },
   function (v) { log('a2', v); return R(); }]);
// async function b() { await 1; log('b1'); await undefined; log('b2'); }
A([function () { return Y(1); },
   function (v) { log('b1', v); return Y(undefined); },
   function (v) { log('b2', v); return R(); }]);
// async function c() { await thenable; log('c1'); }
var thenable = { then: function (f) { log('c then'); f('th'); } };
A([function () { return Y(thenable); },
   function (v) { log('c1', v); return R(); }]);
// async function d() { return p; }   (3 turns)
A([function () { return R(p); }]).then(function (v) { log('d', v); });
// async function e() { return 'e'; }  (1 turn)
A([function () { return R('e'); }]).then(function (v) { log('e', v); });
// async function f() { try { await Promise.reject('no'); } catch (x) { log('f1', x); } }
A([function () { return Y(Promise.reject('no')); },
   function (v, isThrow) { log('f1', isThrow, v); return R(); }]);
// async function g() { throw 'g'; }
A([function () { throw 'g'; }]).then(null, function (x) { log('g rejected', x); });
// async function h() { await new Promise(r => setTimeout(r, 1, 'late')); log('h1') }
A([function () { return Y(new Promise(function (r) { setTimeout(r, 1, 'late'); })); },
   function (v) { log('h1', v); return R(); }]);
// a subclass promise is not native: a thenable (3 turns)
function Sub(ex) { return Reflect.construct(Promise, [ex], Sub); }
Object.setPrototypeOf(Sub.prototype, Promise.prototype);
Object.setPrototypeOf(Sub, Promise);
A([function () { return Y(Sub.resolve('s')); },
   function (v) { log('sub1', v); return R(); }]);
log('sync end');

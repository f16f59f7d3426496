// Async generators through the driver (__jsrt.asyncGen, helpers.js) with
// hand-written generator-likes until the syntax lowers: W(v) is the
// lowering's `yield __jsrt.await(v)`, S(v) its `yield __jsrt.asyncStar(v)`,
// Y(v) a yield, R(v) the end; `return x` is W(x) then R (as lowered). The
// .out is node's for the same generators written as async function*:
//   g1: log('g1 start'); v = yield 1; log('g1 got', v); await null;
//       v = yield Promise.resolve(2); log('g1 got', v); return 3;
//   g2: try { yield 1 } finally { log(...) }   g3: never started
//   g4: await 1; throw new TypeError('g4 bad')
//   g5: v = yield* [Promise.resolve('x'), 'y']; log(v); return 'z'
var log = console.log;
function machine(steps) {
  var i = 0, closed = false;
  function run(v, k) { if (i >= steps.length) return { value: undefined, done: true }; return steps[i++](v, k); }
  return { next: function (v) { return run(v, 'next'); },
           'throw': function (e) { if (i === 0 || closed) throw e; return run(e, 'throw'); },
           'return': function (v) { if (i === 0 || closed) return { value: v, done: true }; return run(v, 'return'); } };
}
function Y(v) { return { value: v, done: false }; }
function W(v) { return { value: __jsrt['await'](v), done: false }; }
function S(v) { return { value: __jsrt.asyncStar(v), done: false }; }
function R(v) { return { value: v, done: true }; }
function G(steps) { return __jsrt.asyncGen(null, [], function () { return machine(steps); }); }
function show(tag) { return function (r) { log(tag, JSON.stringify(r)); }; }
function fail(tag) { return function (e) { log(tag, 'rejected', String(e)); }; }

var ticks = Promise.resolve();
for (var t = 1; t <= 10; t++) (function (t) { ticks = ticks.then(function () { log('tick', t); }); })(t);

// async function* g1() { log('g1 start'); yield 1; await null; yield Promise.resolve(2); return 3; }
var g1 = G([function () { log('g1 start'); return Y(1); },
            function (v) { log('g1 got', v); return W(null); },
            function () { return Y(Promise.resolve(2)); },
            function (v) { log('g1 got', v); return W(3); },
            function (v) { return R(v); }]);
log(Object.prototype.toString.call(g1), typeof g1[Symbol.asyncIterator], g1[Symbol.asyncIterator]() === g1);
g1.next('a').then(show('g1 n1'));
g1.next('b').then(show('g1 n2'));
g1.next('c').then(show('g1 n3'));
g1.next('d').then(show('g1 n4'));
// async function* g2() { try { yield 1; } finally { log('g2 finally'); } }
var g2 = G([function () { return Y(1); },
            function (v, k) { log('g2 finally after', k, v); return R(v); }]);
g2.next().then(show('g2 n1'));
g2['return']('bye').then(show('g2 r'));
g2.next().then(show('g2 n2'));
// return()/throw() before start
var g3 = G([function () { log('never'); return R(); }]);
g3['return'](Promise.resolve('early')).then(show('g3 r'));
g3['throw'](new Error('boom')).then(show('g3 t'), fail('g3 t'));
g3.next().then(show('g3 n'));
// a generator that throws after an await
var g4 = G([function () { return W(1); },
            function () { throw new TypeError('g4 bad'); }]);
g4.next().then(show('g4 n1'), fail('g4 n1'));
g4.next().then(show('g4 n2'));
// yield* over a sync iterable of promises
var g5 = G([function () { return S([Promise.resolve('x'), 'y']); },
            function (v) { log('g5 star result', v); return W('z'); },
            function (v) { return R(v); }]);
g5.next().then(show('g5 n1'));
g5.next().then(show('g5 n2'));
g5.next().then(show('g5 n3'));
// incompatible receiver
Object.getPrototypeOf(g1).next.call({}).then(null, fail('bad this'));
log('sync end');

// The ordering of tests/js/loop/ordering_asyncgen.js with async generator
// syntax: the .out is node's.
var log = console.log;
function show(tag) { return function (r) { log(tag, JSON.stringify(r)); }; }
function fail(tag) { return function (e) { log(tag, 'rejected', String(e)); }; }
var ticks = Promise.resolve();
for (var t = 1; t <= 10; t++) (function (t) { ticks = ticks.then(function () { log('tick', t); }); })(t);
async function* G1() { log('g1 start'); var v = yield 1; log('g1 got', v); await null; v = yield Promise.resolve(2); log('g1 got', v); return 3; }
var g1 = G1();
log(Object.prototype.toString.call(g1), typeof g1[Symbol.asyncIterator], g1[Symbol.asyncIterator]() === g1);
g1.next('a').then(show('g1 n1'));
g1.next('b').then(show('g1 n2'));
g1.next('c').then(show('g1 n3'));
g1.next('d').then(show('g1 n4'));
async function* G2() { var k = 'next', v; try { v = yield 1; } finally { k = 'return'; v = 'bye'; log('g2 finally after', k, v); } }
var g2 = G2();
g2.next().then(show('g2 n1'));
g2['return']('bye').then(show('g2 r'));
g2.next().then(show('g2 n2'));
async function* G3() { log('never'); }
var g3 = G3();
g3['return'](Promise.resolve('early')).then(show('g3 r'));
g3['throw'](new Error('boom')).then(show('g3 t'), fail('g3 t'));
g3.next().then(show('g3 n'));
async function* G4() { await 1; throw new TypeError('g4 bad'); }
var g4 = G4();
g4.next().then(show('g4 n1'), fail('g4 n1'));
g4.next().then(show('g4 n2'));
async function* G5() { var v = yield* [Promise.resolve('x'), 'y']; log('g5 star result', v); return 'z'; }
var g5 = G5();
g5.next().then(show('g5 n1'));
g5.next().then(show('g5 n2'));
g5.next().then(show('g5 n3'));
Object.getPrototypeOf(g1).next.call({}).then(null, fail('bad this'));
log('sync end');

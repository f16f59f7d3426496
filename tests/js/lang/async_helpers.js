// The async runtime (src/compiler/helpers.js, async section) called directly:
// GetIterator(obj, async) with CreateAsyncFromSyncIterator, the iterator
// result check of for await, the async function/generator markers.
var log = console.log;
function show(tag) { return function (r) { log(tag, JSON.stringify(r)); }; }
function fail(tag) { return function (e) { log(tag, 'rejected', e && e.message || String(e)); }; }
// CreateAsyncFromSyncIterator through GetIterator(obj, async)
var it = __jsrt.asyncIter([Promise.resolve(1), 2, Promise.reject(new Error('r3')), 4]);
log(typeof it.next, typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
it.next().then(show('s1'));
it.next().then(show('s2'));
it.next().then(show('s3'), fail('s3'));
it.next().then(show('s4'));
// throw() of a sync iterator without throw: closes it, TypeError
var closed = 0;
var sync = { i: 0, next: function () { return { value: this.i++, done: false }; }, 'return': function () { closed++; return {}; } };
sync[Symbol.iterator] = function () { return this; };
var it2 = __jsrt.asyncIter(sync);
it2['throw'](new Error('x')).then(show('t'), function (e) { log('t rejected', e.constructor.name, 'closed', closed); });
it2['return']('v').then(show('r'));
// an async iterable wins over the sync one
var both = {};
both[Symbol.asyncIterator] = function () { return { next: function () { return Promise.resolve({ value: 'async', done: false }); } }; };
both[Symbol.iterator] = function () { throw new Error('sync used'); };
__jsrt.asyncIter(both).next().then(show('both'));
try { __jsrt.asyncIter(5); } catch (e) { log(e.constructor.name, e.message); }
try { __jsrt.asyncIter({}); } catch (e) { log(e.constructor.name, e.message); }
// __jsrt.ires
try { __jsrt.ires(1); } catch (e) { log(e.constructor.name, e.message); }
// the function markers
function af() {}
__jsrt.asyncFn(af);
log(Object.prototype.toString.call(af), __jsrt.isAsyncFn(af), __jsrt.isAsyncFn(function () {}));
function ag() {}
__jsrt.asyncGenFn(ag);
log(Object.prototype.toString.call(ag), __jsrt.isAsyncGenFn(ag), Object.getPrototypeOf(ag.prototype) === __jsrt.AsyncGeneratorPrototype);
var o = __jsrt.asyncGen(null, [], function () { return { next: function () { return { value: undefined, done: true }; } }; }, ag);
log(Object.getPrototypeOf(o) === ag.prototype, o instanceof ag);

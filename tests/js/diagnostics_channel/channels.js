// diagnostics_channel: channels by name, subscribe/unsubscribe,
// hasSubscribers, publish order, a throwing subscriber (rethrown from a
// nextTick, the others still run), bindStore/runStores with an
// AsyncLocalStorage, and tracingChannel's traceSync/tracePromise/
// traceCallback events; output checked against node.
'use strict';
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

const ch = dc.channel('my-channel');
console.log(ch.name, ch.hasSubscribers, dc.hasSubscribers('my-channel'), ch === dc.channel('my-channel'));
const seen = [];
function a(msg, name) { seen.push('a:' + msg.n + ':' + name); }
function b(msg) { seen.push('b:' + msg.n); }
dc.subscribe('my-channel', a);
ch.subscribe(b);
console.log(ch.hasSubscribers, dc.hasSubscribers('my-channel'), dc.hasSubscribers('other'));
ch.publish({ n: 1 });
console.log(dc.unsubscribe('my-channel', a), ch.unsubscribe(a));
ch.publish({ n: 2 });
console.log(seen.join(' '));
ch.unsubscribe(b);
console.log(ch.hasSubscribers);

// A subscriber that throws: the next still runs; the error is uncaught later.
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
const boom = dc.channel('boom');
boom.subscribe(() => { throw new Error('from subscriber'); });
boom.subscribe(() => console.log('second subscriber ran'));
boom.publish({});

// bindStore + runStores
const als = new AsyncLocalStorage();
const stored = dc.channel('stored');
stored.bindStore(als, (data) => ({ wrapped: data.v }));
stored.runStores({ v: 7 }, function (x) {
  console.log('runStores', als.getStore().wrapped, x, this.t);
}, { t: 'this' }, 'arg');
console.log('after runStores', als.getStore());
console.log(stored.unbindStore(als), stored.unbindStore(als));

// tracing channels
const tc = dc.tracingChannel('op');
const events = [];
tc.subscribe({
  start(ctx) { events.push('start:' + ctx.id); },
  end(ctx) { events.push('end:' + ctx.id); },
  asyncStart(ctx) { events.push('asyncStart:' + ctx.id); },
  asyncEnd(ctx) { events.push('asyncEnd:' + ctx.id); },
  error(ctx) { events.push('error:' + ctx.id + ':' + ctx.error.message); }
});
console.log(tc.hasSubscribers, tc.start.name);
console.log(tc.traceSync((x) => x * 2, { id: 's' }, undefined, 21));
try { tc.traceSync(() => { throw new Error('bad'); }, { id: 't' }); } catch (e) { console.log('caught', e.message); }
tc.traceCallback((x, cb) => setImmediate(cb, null, x + 1), -1, { id: 'c' }, undefined, 1, (err, r) => {
  events.push('callback:' + r);
});
tc.tracePromise(() => Promise.resolve(5), { id: 'p' }).then((v) => {
  events.push('promise:' + v);
});
setTimeout(() => console.log(events.join(' ')), 20);
try { dc.channel(1); } catch (e) { console.log(e.code); }

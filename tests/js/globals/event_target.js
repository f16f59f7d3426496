'use strict';
// EventTarget, Event, AbortController, AbortSignal (globals): listener order,
// duplicates, once, handleEvent, preventDefault/passive, stopImmediatePropagation,
// recursion, signal option, onabort, static abort/any/timeout, a throwing
// listener reported as uncaught while the dispatch goes on. Output checked
// against node 20 (cases after Node's test-eventtarget.js and
// test-abortcontroller.js).
var log = [];
var t = new EventTarget();
function a(e) { log.push('a:' + e.type + ':' + (this === t) + ':' + e.eventPhase + ':' + (e.target === t)); }
t.addEventListener('foo', a);
t.addEventListener('foo', a); // duplicate ignored
t.addEventListener('foo', { handleEvent: function (e) { log.push('obj:' + e.type); } });
t.addEventListener('foo', function () { log.push('once'); }, { once: true });
t.dispatchEvent(new Event('foo'));
t.dispatchEvent(new Event('foo'));
t.removeEventListener('foo', a);
t.dispatchEvent(new Event('foo'));
var ev = new Event('bar', { cancelable: true });
t.addEventListener('bar', function (e) { e.preventDefault(); });
log.push('dispatch returned ' + t.dispatchEvent(ev) + ' defaultPrevented ' + ev.defaultPrevented);
var pv = new Event('baz', { cancelable: true });
t.addEventListener('baz', function (e) { e.preventDefault(); }, { passive: true });
log.push('passive ' + t.dispatchEvent(pv));
t.addEventListener('s', function (e) { log.push('s1'); e.stopImmediatePropagation(); });
t.addEventListener('s', function () { log.push('s2'); });
t.dispatchEvent(new Event('s'));
try { new Event(); } catch (e) { log.push(e.code + ' ' + e.message); }
try { t.dispatchEvent({ type: 'x' }); } catch (e) { log.push(e.code); }
t.addEventListener('r', function (e) { try { t.dispatchEvent(e); } catch (err) { log.push(err.code); } });
t.dispatchEvent(new Event('r'));
var ac = new AbortController();
ac.signal.onabort = function (e) { log.push('onabort ' + e.type); };
ac.signal.addEventListener('abort', function () { log.push('listener ' + ac.signal.aborted + ' ' + ac.signal.reason.name + ' ' + ac.signal.reason.code); });
var t2 = new EventTarget(), hits = 0;
t2.addEventListener('z', function () { hits++; }, { signal: ac.signal });
t2.dispatchEvent(new Event('z'));
ac.abort();
ac.abort();
t2.dispatchEvent(new Event('z'));
log.push('hits ' + hits);
try { ac.signal.throwIfAborted(); } catch (e) { log.push('threw ' + e.name + ': ' + e.message); }
var s = AbortSignal.abort('why');
log.push('static abort ' + s.aborted + ' ' + s.reason);
try { new AbortSignal(); } catch (e) { log.push(e.code); }
var any = AbortSignal.any([new AbortController().signal, s]);
log.push('any ' + any.aborted + ' ' + any.reason);
var c1 = new AbortController(), any2 = AbortSignal.any([c1.signal]);
c1.abort('later');
log.push('any2 ' + any2.aborted + ' ' + any2.reason);
log.push(Object.prototype.toString.call(ac) + ' ' + Object.prototype.toString.call(ac.signal) + ' ' + Object.prototype.toString.call(t) + ' ' + Object.prototype.toString.call(ev));
log.push(ev instanceof Event, ac.signal instanceof EventTarget, typeof Event.AT_TARGET);
var ts = AbortSignal.timeout(10);
ts.addEventListener('abort', function () { log.push('timeout ' + ts.reason.name + ' ' + ts.reason.message); console.log(log.join('\n')); });
setTimeout(function () {}, 50);
process.on('uncaughtException', function (e) { log.push('uncaught ' + e.message); });
t.addEventListener('err', function () { throw new Error('in listener'); });
t.addEventListener('err', function () { log.push('after throwing listener'); });
t.dispatchEvent(new Event('err'));

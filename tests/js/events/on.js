// events.on(): an async iterator of each event's arguments, read with
// next() directly (for await lowers to these calls).
var events = require('events'), EventEmitter = events.EventEmitter;
var log = console.log;
function show(tag) { return function (r) { log(tag, JSON.stringify(r)); }; }
function fail(tag) { return function (e) { log(tag, 'rejected', e.name, e.message); }; }
var ee = new EventEmitter();
var it = events.on(ee, 'foo');
log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it, ee.listenerCount('foo'), ee.listenerCount('error'));
ee.emit('foo', 1, 2);
ee.emit('foo', 'x');
it.next().then(show('n1'));
it.next().then(show('n2'));
it.next().then(show('n3'));
setTimeout(function () {
  ee.emit('foo', 'late');
  it['return']().then(function (r) {
    show('ret')(r);
    log('listeners after return', ee.listenerCount('foo'), ee.listenerCount('error'));
    it.next().then(show('after return'));
    errors();
  });
}, 1);
function errors() {
  var e2 = new EventEmitter(), it2 = events.on(e2, 'foo');
  it2.next().then(show('e1'), fail('e1'));
  e2.emit('error', new Error('bad'));
  it2.next().then(show('e2'));
  var e3 = new EventEmitter(), it3 = events.on(e3, 'foo');
  e3.emit('foo', 1);
  e3.emit('error', new Error('queued bad'));
  it3.next().then(show('q1'), fail('q1'));
  it3.next().then(show('q2'), fail('q2'));
  var ac = new AbortController(), e4 = new EventEmitter();
  var it4 = events.on(e4, 'foo', { signal: ac.signal });
  it4.next().then(show('a1'), fail('a1'));
  ac.abort();
  try { events.on(e4, 'foo', { signal: ac.signal }); } catch (e) { log('aborted already', e.name); }
  var e5 = new EventEmitter(), it5 = events.on(e5, 'foo', { close: ['end'] });
  e5.emit('foo', 'a');
  e5.emit('end');
  it5.next().then(show('c1'));
  it5.next().then(show('c2'));
  var e6 = new EventEmitter(), it6 = events.on(e6, 'foo');
  try { it6['throw'](5); } catch (e) { log('throw non-error', e.code); }
}

// Ported from Node.js test/parallel/test-event-emitter-add-listeners.js,
// -once.js, -prepend.js, -remove-listeners.js, -remove-all-listeners.js,
// -listener-count.js, -listeners.js, -num-args.js, -special-event-names.js,
// -symbols.js, -get-max-listeners.js, -max-listeners.js, -errors.js,
// -method-names.js, -subclass.js (MIT license, Copyright Node.js contributors)
// rewritten to ES5.
'use strict';
var assert = require('assert');
var EventEmitter = require('events');
var calls = [];
function mustCall(fn, n) {
  var rec = { n: n === undefined ? 1 : n, got: 0 };
  calls.push(rec);
  return function () { rec.got++; if (fn) return fn.apply(this, arguments); };
}
process.on('exit', function () {
  calls.forEach(function (r, i) { assert.strictEqual(r.got, r.n, 'mustCall #' + i + ' got ' + r.got); });
});

// add-listeners
(function () {
  var ee = new EventEmitter();
  var events_new_listener_emitted = [], listeners_new_listener_emitted = [];
  ee.on('newListener', function (event, listener) {
    if (event === 'newListener') return;
    events_new_listener_emitted.push(event);
    listeners_new_listener_emitted.push(listener);
  });
  var hello = mustCall(function (a, b) { assert.strictEqual(a, 'a'); assert.strictEqual(b, 'b'); });
  ee.once('newListener', function (name, listener) {
    assert.strictEqual(name, 'hello');
    assert.strictEqual(listener, hello);
    assert.deepStrictEqual(this.listeners('hello'), []);
  });
  ee.on('hello', hello);
  ee.once('foo', assert.fail);
  assert.deepStrictEqual(['hello', 'foo'], events_new_listener_emitted);
  assert.deepStrictEqual([hello, assert.fail], listeners_new_listener_emitted);
  ee.emit('hello', 'a', 'b');
  // just make sure that this doesn't throw:
  var f = new EventEmitter();
  f.setMaxListeners(0);
  var listen1 = function () {}, listen2 = function () {};
  var ee1 = new EventEmitter();
  ee1.once('newListener', function () {
    assert.deepStrictEqual(ee1.listeners('hello'), []);
    ee1.once('newListener', function () { assert.deepStrictEqual(ee1.listeners('hello'), []); });
    ee1.on('hello', listen2);
  });
  ee1.on('hello', listen1);
  // The order of listeners on an event is not always the order in which the
  // listeners were added.
  assert.deepStrictEqual(ee1.listeners('hello'), [listen2, listen1]);
})();

// once
(function () {
  var e = new EventEmitter();
  e.once('hello', mustCall());
  e.emit('hello', 'a', 'b');
  e.emit('hello', 'a', 'b');
  var remove = function () { assert.fail('once->foo should not be emitted'); };
  e.once('foo', remove);
  e.removeListener('foo', remove);
  e.emit('foo');
  e.once('e', mustCall(function () { e.emit('e'); }));
  e.once('e', mustCall());
  e.emit('e');
  var maxArgs = 4;
  for (var i = 0; i <= maxArgs; ++i) {
    var ee = new EventEmitter();
    var args = ['foo'];
    for (var j = 0; j < i; j++) args.push(j);
    (function (expected) {
      ee.once('foo', mustCall(function () {
        assert.deepStrictEqual(Array.prototype.slice.call(arguments), expected.slice(1));
      }));
    })(args);
    EventEmitter.prototype.emit.apply(ee, args);
  }
  assert.throws(function () { e.once('foo', null); },
    { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
      message: 'The "listener" argument must be of type function. Received null' });
})();

// prepend
(function () {
  var myEE = new EventEmitter(), m = 0;
  myEE.on('foo', mustCall(function () { assert.strictEqual(m, 2); }));
  myEE.prependListener('foo', mustCall(function () { assert.strictEqual(m++, 1); }));
  myEE.prependOnceListener('foo', mustCall(function () { assert.strictEqual(m++, 0); }));
  myEE.emit('foo');
})();

// remove-listeners
(function () {
  function listener1() {}
  function listener2() {}
  var ee = new EventEmitter();
  ee.on('hello', listener1);
  ee.on('removeListener', mustCall(function (name, cb) {
    assert.strictEqual(name, 'hello');
    assert.strictEqual(cb, listener1);
  }));
  ee.removeListener('hello', listener1);
  assert.deepStrictEqual([], ee.listeners('hello'));

  ee = new EventEmitter();
  ee.on('hello', listener1);
  ee.on('removeListener', assert.fail);
  ee.removeListener('hello', listener2);
  assert.deepStrictEqual([listener1], ee.listeners('hello'));

  ee = new EventEmitter();
  ee.on('hello', listener1);
  ee.on('hello', listener2);
  ee.once('removeListener', mustCall(function (name, cb) {
    assert.strictEqual(name, 'hello');
    assert.strictEqual(cb, listener1);
    assert.deepStrictEqual([listener2], ee.listeners('hello'));
  }));
  ee.removeListener('hello', listener1);
  assert.deepStrictEqual([listener2], ee.listeners('hello'));

  ee = new EventEmitter();
  function remove1() { assert.fail('remove1 should not have been called'); }
  function remove2() { assert.fail('remove2 should not have been called'); }
  ee.on('removeListener', mustCall(function (name, cb) {
    if (cb !== remove1) return;
    this.removeListener('quux', remove2);
    this.emit('quux');
  }, 2));
  ee.on('quux', remove1);
  ee.on('quux', remove2);
  ee.removeListener('quux', remove1);

  // Removing the same listener twice, as the last listener
  ee = new EventEmitter();
  var listener3 = mustCall(function () { ee.removeListener('hello', listener4); }, 2);
  var listener4 = mustCall();
  ee.on('hello', listener3);
  ee.on('hello', listener4);
  // listener4 will still be called although it is removed by listener 3.
  ee.emit('hello');
  // This is so because the internal listener array at time of emit
  // was [listener3,listener4]
  // Here listener3 will be called, but listener4 is no longer there
  ee.emit('hello');

  var e = new EventEmitter();
  assert.deepStrictEqual(e, e.removeListener('foo', function () {}));
  var s = Symbol('a');
  var sl = function () {};
  e.on(s, sl);
  assert.deepStrictEqual(e.listeners(s), [sl]);
  e.off(s, sl);
  assert.deepStrictEqual(e.listeners(s), []);
})();

// remove-all-listeners
(function () {
  function expect(expected) {
    var actual = [];
    process.on('exit', function () {
      assert.deepStrictEqual(actual.sort(), expected.sort());
    });
    return function (name) { actual.push(name); };
  }
  function listener() {}
  var e1 = new EventEmitter();
  e1.on('foo', listener);
  e1.on('bar', listener);
  e1.on('baz', listener);
  e1.on('baz', listener);
  var fooListeners = e1.listeners('foo');
  var barListeners = e1.listeners('bar');
  var bazListeners = e1.listeners('baz');
  e1.on('removeListener', expect(['bar', 'baz', 'baz']));
  e1.removeAllListeners('bar');
  e1.removeAllListeners('baz');
  assert.deepStrictEqual(e1.listeners('foo'), [listener]);
  assert.deepStrictEqual(e1.listeners('bar'), []);
  assert.deepStrictEqual(e1.listeners('baz'), []);
  assert.deepStrictEqual(fooListeners, [listener]);
  assert.deepStrictEqual(barListeners, [listener]);
  assert.deepStrictEqual(bazListeners, [listener, listener]);
  assert.notStrictEqual(e1.listeners('bar'), barListeners);

  var e2 = new EventEmitter();
  e2.on('foo', listener);
  e2.on('bar', listener);
  e2.on('removeListener', expect(['foo', 'bar', 'removeListener']));
  e2.on('removeListener', expect(['foo', 'bar']));
  e2.removeAllListeners();
  assert.deepStrictEqual([], e2.listeners('foo'));
  assert.deepStrictEqual([], e2.listeners('bar'));

  var e3 = new EventEmitter();
  e3.on('removeListener', listener);
  // Check for regression where removeAllListeners() throws when
  // there exists a 'removeListener' listener, but there exists
  // no listeners for the provided event type.
  e3.removeAllListeners('foo');

  var e4 = new EventEmitter();
  var expectLength = 2;
  e4.on('removeListener', function () {
    assert.strictEqual(expectLength--, this.listeners('baz').length);
  });
  e4.on('baz', function () {});
  e4.on('baz', function () {});
  e4.on('baz', function () {});
  assert.strictEqual(e4.listeners('baz').length, expectLength + 1);
  e4.removeAllListeners('baz');
  assert.strictEqual(e4.listeners('baz').length, 0);

  var ee = new EventEmitter();
  assert.deepStrictEqual(ee, ee.removeAllListeners('foo'));
  assert.deepStrictEqual(ee, ee.removeAllListeners());
  ee = new EventEmitter();
  ee._events = undefined;
  assert.strictEqual(ee, ee.removeAllListeners());
  var e5 = new EventEmitter();
  var sym = Symbol('symbol');
  var theListener = mustCall(null, 0);
  e5.on(sym, theListener);
  e5.on('removeListener', mustCall(function (type, fn) {
    assert.strictEqual(type, sym);
    assert.strictEqual(fn, theListener);
  }));
  e5.removeAllListeners(sym);
})();

// listener-count, listeners, rawListeners
(function () {
  var emitter = new EventEmitter();
  emitter.on('foo', function () {});
  emitter.on('foo', function () {});
  emitter.on('baz', function () {});
  // Allow any type
  emitter.on(123, function () {});
  assert.strictEqual(EventEmitter.listenerCount(emitter, 'foo'), 2);
  assert.strictEqual(emitter.listenerCount('foo'), 2);
  assert.strictEqual(emitter.listenerCount('bar'), 0);
  assert.strictEqual(emitter.listenerCount('baz'), 1);
  assert.strictEqual(emitter.listenerCount(123), 1);

  function listener() {}
  var ee = new EventEmitter();
  ee.on('foo', listener);
  var fooListeners = ee.listeners('foo');
  var listeners = ee.listeners('foo');
  assert.deepStrictEqual(listeners, [listener]);
  ee.removeAllListeners('foo');
  assert.deepStrictEqual(ee.listeners('foo'), []);
  assert.deepStrictEqual(fooListeners, [listener]);

  var ee2 = new EventEmitter();
  ee2.once('foo', listener);
  var raw = ee2.rawListeners('foo');
  assert.strictEqual(raw.length, 1);
  assert.notStrictEqual(raw[0], listener);
  assert.strictEqual(raw[0].listener, listener);
  raw[0]();
  assert.strictEqual(ee2.listenerCount('foo'), 0);
  assert.deepStrictEqual(ee2.listeners('foo'), []);
})();

// num-args
(function () {
  var e = new EventEmitter();
  var num_args_emitted = [];
  e.on('numArgs', function () { num_args_emitted.push(arguments.length); });
  e.on('foo', function () { num_args_emitted.push(arguments.length); });
  e.on('foo', function () { num_args_emitted.push(arguments.length); });
  e.emit('numArgs');
  e.emit('numArgs', null);
  e.emit('numArgs', null, null);
  e.emit('numArgs', null, null, null);
  e.emit('numArgs', null, null, null, null);
  e.emit('numArgs', null, null, null, null, null);
  e.emit('foo', null, null, null, null);
  assert.deepStrictEqual(num_args_emitted, [0, 1, 2, 3, 4, 5, 4, 4]);
})();

// special-event-names
(function () {
  var ee = new EventEmitter();
  var handler = function () {};
  assert.deepStrictEqual(ee.eventNames(), []);
  assert.strictEqual(ee._events.hasOwnProperty, undefined);
  assert.strictEqual(ee._events.toString, undefined);
  ee.on('__proto__', handler);
  ee.on('__defineGetter__', handler);
  ee.on('toString', handler);
  assert.deepStrictEqual(ee.eventNames(), ['__proto__', '__defineGetter__', 'toString']);
  assert.deepStrictEqual(ee.listeners('__proto__'), [handler]);
  assert.deepStrictEqual(ee.listeners('__defineGetter__'), [handler]);
  assert.deepStrictEqual(ee.listeners('toString'), [handler]);
  ee.on('__proto__', mustCall(function (val) { assert.strictEqual(val, 1); }));
  ee.emit('__proto__', 1);
  var sym = Symbol('__proto__');
  ee.on(sym, mustCall(function (val) { assert.strictEqual(val, 1); }));
  ee.emit(sym, 1);
  assert.strictEqual(ee.eventNames().indexOf(sym), 3);
})();

// max-listeners and get-max-listeners
(function () {
  var emitter = new EventEmitter();
  assert.strictEqual(emitter.getMaxListeners(), EventEmitter.defaultMaxListeners);
  assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
  emitter.setMaxListeners(0);
  assert.strictEqual(emitter.getMaxListeners(), 0);
  emitter.setMaxListeners(3);
  assert.strictEqual(emitter.getMaxListeners(), 3);
  [NaN, -1, 'and even this'].forEach(function (obj) {
    assert.throws(function () { emitter.setMaxListeners(obj); },
      { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
    assert.throws(function () { EventEmitter.defaultMaxListeners = obj; },
      { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
  });
  emitter.emit('maxListeners');
})();

// errors: unhandled 'error'
(function () {
  var EE = new EventEmitter();
  assert.throws(function () { EE.emit('error', 'Accepts a string'); },
    { code: 'ERR_UNHANDLED_ERROR', name: 'Error',
      message: "Unhandled error. ('Accepts a string')" });
  assert.throws(function () { EE.emit('error', { message: 'Error!' }); },
    { code: 'ERR_UNHANDLED_ERROR', name: 'Error',
      message: "Unhandled error. ({ message: 'Error!' })" });
  assert.throws(function () { EE.emit('error'); },
    { code: 'ERR_UNHANDLED_ERROR', message: 'Unhandled error.' });
  var err = new Error('own');
  assert.throws(function () { EE.emit('error', err); }, function (e) { return e === err; });
  var ctx = 5;
  try { EE.emit('error', ctx); } catch (e) { assert.strictEqual(e.context, 5); }
  // errorMonitor sees the error first, without handling it
  var seen;
  EE.on(EventEmitter.errorMonitor, function (e) { seen = e; });
  assert.throws(function () { EE.emit('error', err); });
  assert.strictEqual(seen, err);
  EE.on('error', mustCall());
  EE.emit('error', err);
})();

// method-names, subclass, init
(function () {
  var E = EventEmitter.prototype;
  assert.strictEqual(E.constructor.name, 'EventEmitter');
  assert.strictEqual(E.on, E.addListener);
  assert.strictEqual(E.off, E.removeListener);
  assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);
  function MyEE(cb) {
    this.once(1, cb);
    this.emit(1);
    this.removeAllListeners();
    EventEmitter.call(this);
  }
  Object.setPrototypeOf(MyEE.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(MyEE, EventEmitter);
  var myee = new MyEE(mustCall());
  assert.deepStrictEqual(myee._events, Object.create(null));
  function MyEE2() { EventEmitter.call(this); }
  MyEE2.prototype = Object.create(EventEmitter.prototype);
  var ee1 = new MyEE2(), ee2 = new MyEE2();
  ee1.on('x', function () {});
  assert.strictEqual(ee2.listenerCount('x'), 0);
})();

// the leak warning goes through process.emitWarning once per event
(function () {
  var e = new EventEmitter();
  e.setMaxListeners(1);
  process.on('warning', mustCall(function (w) {
    assert.strictEqual(w.name, 'MaxListenersExceededWarning');
    assert.strictEqual(w.emitter, e);
    assert.strictEqual(w.count, 2);
    assert.strictEqual(w.type, 'event-type');
    assert.ok(/Possible EventEmitter memory leak detected\. 2 event-type listeners added to \[EventEmitter\]\. Use emitter\.setMaxListeners\(\) to increase limit/.test(w.message), w.message);
  }));
  e.on('event-type', function () {});
  e.on('event-type', function () {});
  e.on('event-type', function () {});
})();

// events.once resolves with the arguments; an 'error' first rejects
(function () {
  var ee = new EventEmitter();
  EventEmitter.once(ee, 'myevent').then(mustCall(function (args) {
    assert.deepStrictEqual(args, [42, 24]);
  }));
  ee.emit('myevent', 42, 24);
  assert.strictEqual(ee.listenerCount('error'), 0);
  var ee2 = new EventEmitter(), boom = new Error('kaboom');
  EventEmitter.once(ee2, 'myevent').then(assert.fail, mustCall(function (e) {
    assert.strictEqual(e, boom);
    assert.strictEqual(ee2.listenerCount('myevent'), 0);
  }));
  ee2.emit('error', boom);
})();

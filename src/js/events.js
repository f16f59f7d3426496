// events: Node's EventEmitter (lib/events.js semantics, ES5): listeners
// stored as one function or an array per type, 'newListener' and
// 'removeListener', unhandled 'error' throws (ERR_UNHANDLED_ERROR), the
// max-listeners leak warning, events.once() returning a Promise, events.on()
// an async iterator.
'use strict';

var errors = require('internal/errors');

var kCapture = Symbol('kCapture');
var kErrorMonitor = Symbol('events.errorMonitor');
var kRejection = Symbol.for('nodejs.rejection');
var defaultMaxListeners = 10;

function inspect(v, opts) {
  return require('internal/util/inspect').inspect(v, opts);
}

function checkListener(listener) {
  if (typeof listener !== 'function')
    throw errors.invalidArgType('listener', 'function', listener);
}

function checkMax(n, name) {
  if (typeof n !== 'number' || n < 0 || n !== n)
    throw errors.outOfRange(name, 'a non-negative number', n);
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
module.exports = EventEmitter;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'captureRejections', {
  get: function () { return EventEmitter.prototype[kCapture]; },
  set: function (v) {
    if (typeof v !== 'boolean')
      throw errors.invalidArgType('EventEmitter.captureRejections', 'boolean', v);
    EventEmitter.prototype[kCapture] = v;
  },
  enumerable: true
});
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get: function () { return defaultMaxListeners; },
  set: function (n) {
    checkMax(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  }
});

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;

EventEmitter.init = function (opts) {
  if (this._events === undefined ||
      this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts && opts.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean')
      throw errors.invalidArgType('options.captureRejections', 'boolean',
                                  opts.captureRejections);
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  checkMax(n, 'n');
  this._maxListeners = n;
  return this;
};

function getMax(that) {
  return that._maxListeners === undefined ? defaultMaxListeners
                                          : that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMax(this);
};

function addCatch(that, promise, type, args) {
  try {
    var then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, function (err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection].apply(ee, [err, type].concat(args));
  } else {
    var prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

function unhandledError(er) {
  var msg = 'Unhandled error.';
  if (er !== undefined) {
    var s;
    try { s = inspect(er); } catch (e) { s = String(er); }
    msg += ' (' + s + ')';
  }
  var err = errors.make(Error, 'ERR_UNHANDLED_ERROR', msg);
  err.context = er;
  return err;
}

// The common case runs in C (src/events.c); this is the rest.
function emitSlow(type) {
  var events = this._events, handler, len, args, i, listeners, result;
  var doError = type === 'error';
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined)
      this.emit.apply(this, [kErrorMonitor].concat(Array.prototype.slice.call(arguments, 1)));
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) {
    var er = arguments[1];
    if (er instanceof Error) throw er;
    throw unhandledError(er);
  }
  handler = events[type];
  if (handler === undefined) return false;
  len = arguments.length;
  if (typeof handler === 'function') {
    switch (len) {
    case 1: result = handler.call(this); break;
    case 2: result = handler.call(this, arguments[1]); break;
    case 3: result = handler.call(this, arguments[1], arguments[2]); break;
    default:
      args = new Array(len - 1);
      for (i = 1; i < len; i++) args[i - 1] = arguments[i];
      result = handler.apply(this, args);
    }
    if (result !== undefined && result !== null && this[kCapture])
      addCatch(this, result, type, args || Array.prototype.slice.call(arguments, 1));
    return true;
  }
  listeners = handler.slice();
  args = new Array(len - 1);
  for (i = 1; i < len; i++) args[i - 1] = arguments[i];
  for (i = 0; i < listeners.length; i++) {
    result = listeners[i].apply(this, args);
    if (result !== undefined && result !== null && this[kCapture])
      addCatch(this, result, type, args);
  }
  return true;
}
EventEmitter.prototype.emit = native.init(emitSlow, kCapture);

function addListener(target, type, listener, prepend) {
  var events, existing, m;
  checkListener(listener);
  events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type,
                  listener.listener ? listener.listener : listener);
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    m = getMax(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      var w = new Error('Possible EventEmitter memory leak detected. ' +
        existing.length + ' ' + String(type) + ' listeners added to ' +
        inspect(target, { depth: -1 }) +
        '. Use emitter.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      if (typeof process === 'object' && process.emitWarning)
        process.emitWarning(w);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

function onceWrap(target, type, listener) {
  var state = { fired: false, wrapFn: undefined, target: target, type: type, listener: listener };
  var wrapped = function () {
    if (!state.fired) {
      state.target.removeListener(state.type, state.wrapFn);
      state.fired = true;
      return state.listener.apply(state.target, arguments);
    }
  };
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};
EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  var events, list, position, i;
  checkListener(listener);
  events = this._events;
  if (events === undefined) return this;
  list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener)
        this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    position = -1;
    for (i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined)
      this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  var events = this._events, listeners, i, keys, key;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }
  if (arguments.length === 0) {
    keys = Reflect.ownKeys(events);
    for (i = 0; i < keys.length; i++) {
      key = keys[i];
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }
  listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (i = listeners.length - 1; i >= 0; i--)
      this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  var events = target._events, l, out, i;
  if (events === undefined) return [];
  l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  out = new Array(l.length);
  for (i = 0; i < l.length; i++) out[i] = unwrap ? (l[i].listener || l[i]) : l[i];
  return out;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};
EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  var events = this._events, l, n = 0, i;
  if (events === void 0) return 0;
  l = events[type];
  if (typeof l === 'function') {
    if (listener != null) return (listener === l || listener === l.listener) ? 1 : 0;
    return 1;
  }
  if (l === void 0) return 0;
  if (listener == null) return l.length;
  for (i = 0; i < l.length; i++)
    if (l[i] === listener || l[i].listener === listener) n++;
  return n;
}
EventEmitter.prototype.listenerCount = listenerCount;
EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

EventEmitter.getEventListeners = function getEventListeners(emitter, type) {
  if (typeof emitter.listeners === 'function') return emitter.listeners(type);
  throw errors.invalidArgType('emitter', 'EventEmitter or EventTarget', emitter);
};

EventEmitter.setMaxListeners = function (n) {
  var i;
  if (n === undefined) n = defaultMaxListeners;
  checkMax(n, 'n');
  if (arguments.length <= 1) {
    defaultMaxListeners = n;
    return;
  }
  for (i = 1; i < arguments.length; i++) {
    var t = arguments[i];
    if (t && typeof t.setMaxListeners === 'function') t.setMaxListeners(n);
    else throw errors.invalidArgType('eventTargets', 'EventEmitter or EventTarget', t);
  }
};


// events.on(emitter, name[, { signal, close }]) -> an async iterator of the
// args arrays of each event (Node 20's lib/events.js on()): events not yet
// asked for are queued, an 'error' event (unless name is 'error') rejects
// the next read and ends the iteration, as an abort of signal does; an
// event named in close ends it after the queued ones are read.
EventEmitter.on = function on(emitter, name, options) {
  var signal = options && options.signal;
  var closeNames = (options && options.close) || [];
  var events = [], readers = [], error = null, finished = false, i;
  if (signal && signal.aborted) throw errors.abortError(signal);
  function result(value, done) { return { value: value, done: done }; }
  var iterator = Object.create(__jsrt.AsyncIteratorPrototype);
  function define(key, fn) {
    Object.defineProperty(iterator, key, { value: fn, writable: true, configurable: true });
  }
  define('next', function next() {
    if (events.length > 0) return Promise.resolve(result(events.shift(), false));
    if (error !== null) {
      var p = Promise.reject(error);
      error = null;
      return p;
    }
    if (finished) return Promise.resolve(result(undefined, true));
    return new Promise(function (resolve, reject) { readers.push({ resolve: resolve, reject: reject }); });
  });
  define('return', function () {
    cleanup();
    finished = true;
    while (readers.length > 0) readers.shift().resolve(result(undefined, true));
    return Promise.resolve(result(undefined, true));
  });
  define('throw', function (err) {
    if (!err || !(err instanceof Error))
      throw errors.invalidArgType('EventEmitter.AsyncIterator', 'Error', err);
    error = err;
    cleanup();
  });
  function onEvent() {
    var args = Array.prototype.slice.call(arguments);
    if (readers.length > 0) readers.shift().resolve(result(args, false));
    else events.push(args);
  }
  function onError(err) {
    finished = true;
    if (readers.length > 0) readers.shift().reject(err);
    else error = err;
    iterator['return']();
  }
  function onAbort() { onError(errors.abortError(signal)); }
  function onClose() {
    cleanup();
    finished = true;
    while (readers.length > 0) readers.shift().resolve(result(undefined, true));
  }
  function cleanup() {
    if (typeof emitter.removeListener === 'function') {
      emitter.removeListener(name, onEvent);
      emitter.removeListener('error', onError);
      for (var j = 0; j < closeNames.length; j++) emitter.removeListener(closeNames[j], onClose);
    } else if (typeof emitter.removeEventListener === 'function') {
      emitter.removeEventListener(name, onEvent);
    }
    if (signal) signal.removeEventListener('abort', onAbort);
  }
  if (typeof emitter.on === 'function') {
    emitter.on(name, onEvent);
    if (name !== 'error') emitter.on('error', onError);
    for (i = 0; i < closeNames.length; i++) emitter.on(closeNames[i], onClose);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, onEvent);
  } else {
    throw errors.invalidArgType('emitter', 'EventEmitter', emitter);
  }
  if (signal) signal.addEventListener('abort', onAbort, { once: true });
  return iterator;
};

// events.once(emitter, name[, { signal }]) -> Promise of the args array.
// An 'error' emitted first rejects it (unless name is 'error').
EventEmitter.once = function (emitter, name, options) {
  var signal = options && options.signal;
  return new Promise(function (resolve, reject) {
    if (signal && signal.aborted) {
      reject(errors.abortError(signal));
      return;
    }
    function onAbort() {
      cleanup();
      reject(errors.abortError(signal));
    }
    function cleanup() {
      emitter.removeListener(name, resolver);
      if (name !== 'error') emitter.removeListener('error', errorListener);
      if (signal) signal.removeEventListener('abort', onAbort);
    }
    var errorListener = function (err) {
      cleanup();
      reject(err);
    };
    var resolver = function () {
      cleanup();
      resolve(Array.prototype.slice.call(arguments));
    };
    if (typeof emitter.addEventListener === 'function' &&
        typeof emitter.on !== 'function') {
      emitter.addEventListener(name, function (ev) { resolve([ev]); }, { once: true });
      return;
    }
    emitter.once(name, resolver);
    if (name !== 'error') emitter.once('error', errorListener);
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
};

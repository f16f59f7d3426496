// internal/event_target: the WHATWG Event and EventTarget (globals) and the
// AbortController/AbortSignal built on them, as Node has them. Listeners
// run by type in the order they were added; options once, capture,
// signal (and passive, a hint only, as in Node); listener objects with handleEvent; an error thrown
// by a listener is reported as uncaught on the next tick and the dispatch
// goes on. There is no tree: during a dispatch eventPhase is AT_TARGET and
// composedPath() is [target]. Loaded on first use of one of the globals.
'use strict';

var errors = require('internal/errors');
var DOMException = require('internal/domexception');

var kState = Symbol('kState');
var kListeners = Symbol('kListeners');
var kHandlers = Symbol('kHandlers');

function def(obj, key, value) {
  Object.defineProperty(obj, key, { value: value, writable: true, configurable: true });
}

function invalidThis(type) {
  return errors.make(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type ' + type);
}

// util.inspect shows these as Node does: the class name and the state
// that matters (AbortSignal { aborted: false }), through the custom hook.
var kInspect = Symbol['for']('nodejs.util.inspect.custom');
function customInspect(proto, view) {
  Object.defineProperty(proto, kInspect, {
    value: function (depth, options, inspect) {
      if (typeof depth === 'number' && depth < 0) return this;
      var opts = {}, k;
      for (k in options) opts[k] = options[k];
      opts.depth = options.depth === null ? null : options.depth - 1;
      inspect = inspect || require('internal/util/inspect').inspect;
      return this.constructor.name + ' ' + inspect(view(this), opts);
    },
    configurable: true, writable: true
  });
}

function getters(proto, names, read) {
  names.forEach(function (name) {
    Object.defineProperty(proto, name, {
      get: function () { return read(this, name); }, enumerable: true, configurable: true
    });
  });
}

// ---- Event ----

function Event(type, options) {
  if (!(this instanceof Event)) throw new TypeError("Class constructor Event cannot be invoked without 'new'");
  if (arguments.length === 0) throw errors.missingArgs('type');
  if (options !== undefined && options !== null && typeof options !== 'object')
    throw errors.invalidArgType('options', 'object', options);
  var o = options || {};
  def(this, kState, {
    type: String(type), bubbles: !!o.bubbles, cancelable: !!o.cancelable, composed: !!o.composed,
    defaultPrevented: false, timeStamp: performance.now(), target: null, currentTarget: null,
    phase: 0, stop: false, stopImmediate: false, dispatching: false
  });
}

function eventState(e) {
  var s = e !== null && typeof e === 'object' ? e[kState] : undefined;
  if (s === undefined || !(e instanceof Event)) throw invalidThis('Event');
  return s;
}

getters(Event.prototype, ['type', 'bubbles', 'cancelable', 'composed', 'defaultPrevented',
  'timeStamp', 'target', 'currentTarget', 'srcElement', 'eventPhase', 'isTrusted',
  'returnValue', 'cancelBubble'], function (e, name) {
  var s = eventState(e);
  switch (name) {
    case 'srcElement': return s.target;
    case 'eventPhase': return s.phase;
    case 'isTrusted': return false;
    case 'returnValue': return !s.defaultPrevented;
    case 'cancelBubble': return s.stop;
    default: return s[name];
  }
});
Object.defineProperty(Event.prototype, 'returnValue', {
  get: function () { return !eventState(this).defaultPrevented; },
  set: function (v) { if (!v) this.preventDefault(); },
  enumerable: true, configurable: true
});
Object.defineProperty(Event.prototype, 'cancelBubble', {
  get: function () { return eventState(this).stop; },
  set: function (v) { if (v) this.stopPropagation(); },
  enumerable: true, configurable: true
});
Event.prototype.preventDefault = function preventDefault() {
  var s = eventState(this);
  if (s.cancelable) s.defaultPrevented = true; /* passive is a hint (Node) */
};
Event.prototype.stopPropagation = function stopPropagation() { eventState(this).stop = true; };
Event.prototype.stopImmediatePropagation = function stopImmediatePropagation() {
  var s = eventState(this);
  s.stop = s.stopImmediate = true;
};
Event.prototype.composedPath = function composedPath() {
  var s = eventState(this);
  return s.dispatching ? [s.currentTarget] : [];
};
['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].forEach(function (name, i) {
  Object.defineProperty(Event, name, { value: i, enumerable: true });
  Object.defineProperty(Event.prototype, name, { value: i, enumerable: true });
});
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });
customInspect(Event.prototype, function (e) {
  var s = eventState(e);
  return { type: s.type, defaultPrevented: s.defaultPrevented, cancelable: s.cancelable, timeStamp: s.timeStamp };
});

// ---- EventTarget ----

function EventTarget() {
  if (!(this instanceof EventTarget))
    throw new TypeError("Class constructor EventTarget cannot be invoked without 'new'");
  def(this, kListeners, Object.create(null));
}

function listenersOf(t) {
  var l = t !== null && typeof t === 'object' ? t[kListeners] : undefined;
  if (l === undefined) throw invalidThis('EventTarget');
  return l;
}

function captureOf(options) {
  return typeof options === 'boolean' ? options : !!(options && options.capture);
}

EventTarget.prototype.addEventListener = function addEventListener(type, listener, options) {
  var all = listenersOf(this), self = this;
  if (arguments.length < 2) throw errors.missingArgs('type', 'listener');
  if (listener === null || listener === undefined) {
    process.emitWarning('addEventListener called with ' + listener + ' which has no effect.',
      'AddEventListenerArgumentTypeWarning');
    return;
  }
  if (typeof listener !== 'function' && typeof listener !== 'object')
    throw errors.invalidArgType('listener', ['EventListener'], listener);
  var o = options !== null && typeof options === 'object' ? options : {};
  var capture = captureOf(options), signal = o.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal))
    throw errors.invalidArgType('options.signal', ['AbortSignal'], signal);
  if (signal !== undefined && signal.aborted) return;
  type = String(type);
  var list = all[type] || (all[type] = []), i;
  for (i = 0; i < list.length; i++)
    if (list[i].listener === listener && list[i].capture === capture) return;
  var entry = { listener: listener, once: !!o.once, capture: capture, removed: false };
  list.push(entry);
  if (signal !== undefined) {
    signal.addEventListener('abort', function () {
      self.removeEventListener(type, listener, { capture: capture });
    }, { once: true });
  }
};

EventTarget.prototype.removeEventListener = function removeEventListener(type, listener, options) {
  var all = listenersOf(this);
  if (arguments.length < 2) throw errors.missingArgs('type', 'listener');
  var list = all[String(type)], capture = captureOf(options), i;
  if (list === undefined) return;
  for (i = 0; i < list.length; i++) {
    if (list[i].listener === listener && list[i].capture === capture) {
      list[i].removed = true;
      list.splice(i, 1);
      return;
    }
  }
};

function reportError(err) {
  process.nextTick(function () { throw err; });
}

EventTarget.prototype.dispatchEvent = function dispatchEvent(event) {
  var all = listenersOf(this);
  if (!(event instanceof Event)) throw errors.invalidArgType('event', ['Event'], event);
  var s = eventState(event);
  if (s.dispatching)
    throw errors.make(Error, 'ERR_EVENT_RECURSION', 'The event "' + s.type + '" is already being dispatched');
  s.dispatching = true;
  s.target = s.currentTarget = this;
  s.phase = 2;
  var list = all[s.type], copy = list ? list.slice() : [], i;
  for (i = 0; i < copy.length; i++) {
    var h = copy[i];
    if (h.removed) continue;
    if (h.once) this.removeEventListener(s.type, h.listener, { capture: h.capture });
    try {
      var fn = h.listener;
      if (typeof fn === 'function') fn.call(this, event);
      else if (typeof fn.handleEvent === 'function') fn.handleEvent(event);
    } catch (err) {
      reportError(err);
    }
    if (s.stopImmediate) break;
  }
  s.dispatching = false;
  s.currentTarget = null;
  s.phase = 0;
  return !s.defaultPrevented;
};
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });
['addEventListener', 'removeEventListener', 'dispatchEvent'].forEach(function (name) {
  Object.defineProperty(EventTarget.prototype, name, { enumerable: true });
});

// on<type> attributes (signal.onabort): one listener, added when the
// attribute is first set, calls whatever the attribute holds then.
function defineEventHandler(proto, type) {
  Object.defineProperty(proto, 'on' + type, {
    get: function () {
      var h = this[kHandlers];
      return h && h[type] ? h[type].value : null;
    },
    set: function (value) {
      var h = this[kHandlers];
      if (h === undefined) { h = {}; def(this, kHandlers, h); }
      if (h[type] === undefined) {
        var slot = h[type] = { value: null };
        this.addEventListener(type, function (e) {
          if (typeof slot.value === 'function') return slot.value.call(this, e);
        });
      }
      h[type].value = typeof value === 'function' ? value : null;
    },
    enumerable: true, configurable: true
  });
}

// ---- AbortSignal and AbortController ----

var kSignal = Symbol('kSignal');
var creating = false;

function AbortSignal() {
  if (!creating) throw errors.make(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  EventTarget.call(this);
  def(this, kState, { aborted: false, reason: undefined });
}
AbortSignal.prototype = Object.create(EventTarget.prototype, {
  constructor: { value: AbortSignal, writable: true, configurable: true }
});
Object.setPrototypeOf(AbortSignal, EventTarget);

function newSignal() {
  creating = true;
  try { return new AbortSignal(); } finally { creating = false; }
}

function signalState(s) {
  var st = s !== null && typeof s === 'object' && s instanceof AbortSignal ? s[kState] : undefined;
  if (st === undefined) throw invalidThis('AbortSignal');
  return st;
}

getters(AbortSignal.prototype, ['aborted', 'reason'], function (s, name) {
  return signalState(s)[name];
});
AbortSignal.prototype.throwIfAborted = function throwIfAborted() {
  var st = signalState(this);
  if (st.aborted) throw st.reason;
};
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });
customInspect(AbortSignal.prototype, function (s) { return { aborted: signalState(s).aborted }; });

function abortError() { return new DOMException('This operation was aborted', 'AbortError'); }

function abortSignal(signal, reason) {
  var st = signalState(signal);
  if (st.aborted) return;
  st.aborted = true;
  st.reason = reason;
  signal.dispatchEvent(new Event('abort'));
}

AbortSignal.abort = function abort(reason) {
  var s = newSignal(), st = s[kState];
  st.aborted = true;
  st.reason = reason === undefined ? abortError() : reason;
  return s;
};

AbortSignal.timeout = function timeout(delay) {
  if (typeof delay !== 'number') throw errors.invalidArgType('delay', 'number', delay);
  if (!(delay >= 0 && delay <= 4294967295 && Math.floor(delay) === delay))
    throw errors.outOfRange('delay', '>= 0 && <= 4294967295', delay);
  var s = newSignal();
  setTimeout(function () {
    abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  }, delay).unref();
  return s;
};

AbortSignal.any = function any(signals) {
  if (!Array.isArray(signals)) throw errors.invalidArgType('signals', ['Array'], signals);
  var i;
  for (i = 0; i < signals.length; i++) {
    if (!(signals[i] instanceof AbortSignal))
      throw errors.invalidArgType('signals[' + i + ']', ['AbortSignal'], signals[i]);
  }
  for (i = 0; i < signals.length; i++)
    if (signals[i].aborted) return AbortSignal.abort(signals[i].reason);
  var result = newSignal();
  signals.forEach(function (source) {
    source.addEventListener('abort', function () { abortSignal(result, source.reason); }, { once: true });
  });
  return result;
};

function AbortController() {
  if (!(this instanceof AbortController))
    throw new TypeError("Class constructor AbortController cannot be invoked without 'new'");
  def(this, kSignal, newSignal());
}
function controllerSignal(c) {
  var s = c !== null && typeof c === 'object' ? c[kSignal] : undefined;
  if (s === undefined) throw invalidThis('AbortController');
  return s;
}
Object.defineProperty(AbortController.prototype, 'signal', {
  get: function () { return controllerSignal(this); }, enumerable: true, configurable: true
});
AbortController.prototype.abort = function abort(reason) {
  abortSignal(controllerSignal(this), reason === undefined ? abortError() : reason);
};
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });
customInspect(AbortController.prototype, function (c) { return { signal: controllerSignal(c) }; });

exports.Event = Event;
exports.EventTarget = EventTarget;
exports.AbortSignal = AbortSignal;
exports.AbortController = AbortController;

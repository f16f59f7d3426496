// async_hooks: AsyncLocalStorage and AsyncResource as Node 20's (koa,
// fastify, on-finished and pino use them), and the rest of the module's
// surface.
//
// The context is a frame: an object whose own key per storage holds that
// storage's value, inheriting from the frame it was made in (run() makes a
// child; getStore() is one property read). Until the first
// AsyncLocalStorage or AsyncResource is made nothing costs anything; then
// the places where work is queued for later - process.nextTick,
// queueMicrotask, setTimeout/setInterval/setImmediate (global and
// require('timers')), Promise.prototype.then (so await and every promise
// reaction), and the callback-taking functions of fs, dns, zlib and crypto
// - capture the frame and run their callback in it. Not propagated: events
// emitted by sockets and servers run in the frame current when their C
// callback arrives (the root, unless a caller entered one); createHook's
// callbacks are not called (its enable/disable are accepted).
'use strict';

var errors = require('internal/errors');

var current; // the frame: undefined (empty) or an object
var enabled = false;
var nextKey = 0;
var nextId = 1;

function runIn(frame, fn, thisArg, args) {
  var prev = current;
  current = frame;
  try {
    return fn.apply(thisArg, args);
  } finally {
    current = prev;
  }
}

// fn, run in the frame current now.
function bindCurrent(fn) {
  var frame = current;
  if (typeof fn !== 'function') return fn;
  return function () {
    var prev = current;
    current = frame;
    try {
      return fn.apply(this, arguments);
    } finally {
      current = prev;
    }
  };
}

// api with its callback argument run in the frame current at the call:
// the last argument (fs, dns, zlib, crypto) or the first (timers,
// nextTick, queueMicrotask). name, length and own properties carry over.
function wrapCallbackArg(api, first) {
  if (typeof api !== 'function' || api.__asyncContextWrapped) return api;
  var wrapped = function () {
    var i = first ? 0 : arguments.length - 1, args;
    if (current === undefined || i < 0 || typeof arguments[i] !== 'function')
      return api.apply(this, arguments);
    args = Array.prototype.slice.call(arguments);
    args[i] = bindCurrent(args[i]);
    return api.apply(this, args);
  };
  wrapped.__asyncContextWrapped = true;
  try {
    Object.defineProperty(wrapped, 'name', { value: api.name, configurable: true });
    Object.defineProperty(wrapped, 'length', { value: api.length, configurable: true });
  } catch (e) { /* keep the defaults */ }
  var k;
  for (k in api) if (Object.prototype.hasOwnProperty.call(api, k)) wrapped[k] = api[k];
  if (api.prototype !== undefined) wrapped.prototype = api.prototype;
  return wrapped;
}

function wrapLastCallback(api) { return wrapCallbackArg(api, false); }
function wrapFirstCallback(api) { return wrapCallbackArg(api, true); }

function patch(obj, name, how) {
  try {
    obj[name] = how(obj[name]);
  } catch (e) { /* read-only: left as it is */ }
}

function patchAll(obj, names, how) {
  for (var i = 0; i < names.length; i++)
    if (obj && typeof obj[names[i]] === 'function') patch(obj, names[i], how);
}

function patchModule(name, skip) {
  var m;
  try {
    m = require(name);
  } catch (e) {
    return; // not in this build, or denied by the isolate's capabilities
  }
  var k;
  for (k in m) {
    if (typeof m[k] !== 'function' || /Sync$/.test(k) || /^[A-Z]/.test(k) ||
        (skip && skip.indexOf(k) !== -1))
      continue;
    patch(m, k, wrapLastCallback);
  }
}

// The first storage or resource turns propagation on, once.
function enable() {
  if (enabled) return;
  enabled = true;
  var timerNames = ['setTimeout', 'setInterval', 'setImmediate'];
  patchAll(globalThis, timerNames, wrapFirstCallback);
  patchAll(require('timers'), timerNames, wrapFirstCallback);
  patchAll(globalThis, ['queueMicrotask'], wrapFirstCallback);
  patch(process, 'nextTick', wrapFirstCallback);
  var then = Promise.prototype.then;
  Promise.prototype.then = function then_(onFulfilled, onRejected) {
    if (current === undefined) return then.call(this, onFulfilled, onRejected);
    return then.call(this,
                     typeof onFulfilled === 'function' ? bindCurrent(onFulfilled) : onFulfilled,
                     typeof onRejected === 'function' ? bindCurrent(onRejected) : onRejected);
  };
  patchModule('fs', ['watch', 'watchFile', 'unwatchFile', 'createReadStream',
                     'createWriteStream']);
  patchModule('dns');
  patchModule('zlib');
  patchModule('crypto', ['createHash', 'createHmac', 'createCipheriv',
                         'createDecipheriv', 'getHashes', 'getCiphers']);
}

// ---- AsyncLocalStorage ----

function AsyncLocalStorage() {
  if (!(this instanceof AsyncLocalStorage))
    throw new TypeError("Class constructor AsyncLocalStorage cannot be invoked without 'new'");
  this._key = '\u0000als' + (nextKey++);
  this._enabled = true;
  enable();
}

function childFrame(als, store) {
  var f = Object.create(current === undefined ? null : current);
  f[als._key] = { store: store };
  return f;
}

AsyncLocalStorage.prototype.run = function run(store, callback) {
  var args = Array.prototype.slice.call(arguments, 2);
  this._enabled = true;
  return runIn(childFrame(this, store), callback, undefined, args);
};

AsyncLocalStorage.prototype.exit = function exit(callback) {
  var args = Array.prototype.slice.call(arguments, 1);
  var f = Object.create(current === undefined ? null : current);
  f[this._key] = undefined;
  return runIn(f, callback, undefined, args);
};

AsyncLocalStorage.prototype.getStore = function getStore() {
  if (!this._enabled || current === undefined) return undefined;
  var slot = current[this._key];
  return slot === undefined ? undefined : slot.store;
};

AsyncLocalStorage.prototype.enterWith = function enterWith(store) {
  this._enabled = true;
  current = childFrame(this, store);
};

AsyncLocalStorage.prototype.disable = function disable() {
  this._enabled = false;
  if (current !== undefined) {
    var f = Object.create(current);
    f[this._key] = undefined;
    current = f;
  }
};

AsyncLocalStorage.bind = function bind(fn) {
  if (typeof fn !== 'function') throw errors.invalidArgType('fn', 'Function', fn);
  enable();
  var frame = current;
  return function () { return runIn(frame, fn, this, arguments); };
};

AsyncLocalStorage.snapshot = function snapshot() {
  enable();
  var frame = current;
  return function runInAsyncScope(fn) {
    var args = Array.prototype.slice.call(arguments, 1);
    return runIn(frame, fn, this, args);
  };
};

// ---- AsyncResource ----

function AsyncResource(type, options) {
  if (!(this instanceof AsyncResource))
    throw new TypeError("Class constructor AsyncResource cannot be invoked without 'new'");
  if (typeof type !== 'string') throw errors.invalidArgType('type', 'string', type);
  enable();
  var trigger = options !== null && typeof options === 'object' ? options.triggerAsyncId :
    typeof options === 'number' ? options : undefined;
  this._frame = current;
  this._asyncId = nextId++;
  this._triggerId = typeof trigger === 'number' ? trigger : executionAsyncId();
  this._type = type;
}

AsyncResource.prototype.runInAsyncScope = function runInAsyncScope(fn, thisArg) {
  var args = Array.prototype.slice.call(arguments, 2);
  return runIn(this._frame, fn, thisArg, args);
};

AsyncResource.prototype.emitDestroy = function emitDestroy() { return this; };
AsyncResource.prototype.asyncId = function asyncId() { return this._asyncId; };
AsyncResource.prototype.triggerAsyncId = function triggerAsyncId() { return this._triggerId; };

AsyncResource.prototype.bind = function bind(fn, thisArg) {
  if (typeof fn !== 'function') throw errors.invalidArgType('fn', 'Function', fn);
  var self = this, bound;
  if (arguments.length >= 2) {
    bound = function () { return runIn(self._frame, fn, thisArg, arguments); };
  } else {
    bound = function () { return runIn(self._frame, fn, this, arguments); };
  }
  Object.defineProperty(bound, 'length', { value: fn.length, configurable: true });
  Object.defineProperty(bound, 'asyncResource', { value: this, configurable: true, enumerable: true, writable: true });
  return bound;
};

AsyncResource.bind = function bind(fn, type, thisArg) {
  var r = new AsyncResource(typeof type === 'string' ? type : (fn && fn.name) || 'bound-anonymous-fn');
  return arguments.length >= 3 ? r.bind(fn, thisArg) : r.bind(fn);
};

// ---- the hooks API ----

function executionAsyncId() { return 1; }
function triggerAsyncId() { return 0; }
function executionAsyncResource() { return {}; }

function createHook(callbacks) {
  if (callbacks === null || typeof callbacks !== 'object')
    throw errors.invalidArgType('callbacks', 'Object', callbacks);
  var names = ['init', 'before', 'after', 'destroy', 'promiseResolve'];
  for (var i = 0; i < names.length; i++) {
    var f = callbacks[names[i]];
    if (f !== undefined && typeof f !== 'function')
      throw errors.make(TypeError, 'ERR_ASYNC_CALLBACK', 'hook.' + names[i] + ' must be a function');
  }
  var hook = {
    enable: function () { return hook; },
    disable: function () { return hook; }
  };
  return hook;
}

exports.AsyncLocalStorage = AsyncLocalStorage;
exports.AsyncResource = AsyncResource;
exports.createHook = createHook;
exports.executionAsyncId = executionAsyncId;
exports.triggerAsyncId = triggerAsyncId;
exports.executionAsyncResource = executionAsyncResource;
exports.asyncWrapProviders = Object.freeze({
  NONE: 0, DIRHANDLE: 1, DNSCHANNEL: 2, FSEVENTWRAP: 5, FSREQCALLBACK: 6,
  FSREQPROMISE: 7, GETADDRINFOREQWRAP: 8, HTTPINCOMINGMESSAGE: 11,
  HTTPCLIENTREQUEST: 12, JSSTREAM: 14, PIPESERVERWRAP: 20, PIPEWRAP: 21,
  PROCESSWRAP: 22, PROMISE: 23, SHUTDOWNWRAP: 26, SIGNALWRAP: 27,
  TCPCONNECTWRAP: 31, TCPSERVERWRAP: 32, TCPWRAP: 33, TTYWRAP: 34,
  UDPWRAP: 36, WRITEWRAP: 38, ZLIB: 39, Timeout: 54, Immediate: 55,
  TickObject: 56, Microtask: 57
});

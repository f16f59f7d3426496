// internal/engine/promise: ES2021 Promise for Duktape, following the spec's
// abstract operations (NewPromiseCapability, PerformPromiseThen, reaction
// and thenable jobs) with every job on the C microtask queue
// (internal/hooks.enqueueMicrotask), so it interleaves with queueMicrotask
// and nextTick exactly as in Node. Unhandled rejections follow Node >= 15
// ('unhandledRejection', then the uncaught path; 'rejectionHandled').
'use strict';

var hooks = require('internal/hooks');
var coll = require('internal/engine/collections');

// The constructor, then() and the jobs are native (src/promise.c).
var Promise = native.Promise;
var isPromise = native.isPromise;
var speciesSym = typeof Symbol === 'function' && Symbol.species ? Symbol.species : null;

function isObject(x) {
  return x !== null && (typeof x === 'object' || typeof x === 'function');
}

function describe(x) {
  if (typeof x === 'string') return x;
  if (x === null) return 'null';
  if (typeof x === 'object') return '#<' + ((x.constructor && x.constructor.name) || 'Object') + '>';
  return String(x);
}

function newPromise() { return native.newPromise(); }

function NewPromiseCapability(C) {
  if (typeof C !== 'function') throw new TypeError(describe(C) + ' is not a constructor');
  var cap = { promise: undefined, resolve: undefined, reject: undefined };
  cap.promise = new C(function (resolve, reject) {
    if (cap.resolve !== undefined || cap.reject !== undefined)
      throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
    cap.resolve = resolve;
    cap.reject = reject;
  });
  if (typeof cap.resolve !== 'function') throw new TypeError('Promise resolve function is not callable');
  if (typeof cap.reject !== 'function') throw new TypeError('Promise reject function is not callable');
  return cap;
}

function speciesConstructor(o, dflt) {
  var C = o.constructor, S;
  if (C === undefined) return dflt;
  if (!isObject(C)) throw new TypeError('The .constructor property is not an object');
  if (speciesSym === null) return C;
  S = C[speciesSym];
  if (S === undefined || S === null) return dflt;
  if (typeof S === 'function') return S;
  throw new TypeError('object.constructor[Symbol.species] is not a constructor');
}

// then() when this.constructor is not Promise (C calls it).
function thenSlow(p, onFulfilled, onRejected) {
  var C = speciesConstructor(p, Promise);
  if (C === Promise) {
    var derived = newPromise();
    native.performThen(p, onFulfilled, onRejected, derived, undefined);
    return derived;
  }
  var cap = NewPromiseCapability(C);
  native.performThen(p, onFulfilled, onRejected, undefined, cap);
  return cap.promise;
}

Promise.prototype['catch'] = function (onRejected) {
  return this.then(undefined, onRejected);
};

Promise.prototype['finally'] = function (onFinally) {
  if (!isObject(this))
    throw new TypeError('Method Promise.prototype.finally called on incompatible receiver ' + describe(this));
  var C = speciesConstructor(this, Promise);
  if (typeof onFinally !== 'function') return this.then(onFinally, onFinally);
  return this.then(function (value) {
    return promiseResolve(C, onFinally()).then(function () { return value; });
  }, function (reason) {
    return promiseResolve(C, onFinally()).then(function () { throw reason; });
  });
};

function promiseResolve(C, x) {
  if (isPromise(x) && x.constructor === C) return x;
  if (C === Promise) {
    var p = newPromise();
    native.resolve(p, x);
    return p;
  }
  var cap = NewPromiseCapability(C);
  cap.resolve(x);
  return cap.promise;
}

// Promise.resolve is native (src/promise.c); other constructors come here.
Promise.resolve = native.staticResolve;
Object.defineProperty(Promise.resolve, 'name', { value: 'resolve', configurable: true });
function resolveSlow(C, x) {
  return promiseResolve(C, x);
}

Promise.reject = function reject_(r) {
  if (this === Promise) {
    var p = newPromise();
    native.reject(p, r);
    return p;
  }
  var cap = NewPromiseCapability(this);
  cap.reject(r);
  return cap.promise;
};

function getCap(C) {
  if (C === Promise) {
    var p = newPromise(), fns = native.resolvingFunctions(p);
    return { promise: p, resolve: fns[0], reject: fns[1] };
  }
  return NewPromiseCapability(C);
}

function getResolve(C) {
  var r = C.resolve;
  if (typeof r !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
  return r;
}

// Runs body(cap, resolveFn); an abrupt completion rejects the capability.
function combinator(C, iterable, body) {
  var cap = getCap(C);
  try {
    body(cap, getResolve(C), iterable);
  } catch (e) {
    cap.reject(e);
  }
  return cap.promise;
}

Promise.all = function all(iterable) {
  var C = this;
  return combinator(C, iterable, function (cap, resolveFn) {
    var values = [], remaining = 1, index = 0;
    coll.forOf(iterable, function (item) {
      var i = index++, called = false;
      values.push(undefined);
      remaining++;
      resolveFn.call(C, item).then(function (v) {
        if (called) return;
        called = true;
        values[i] = v;
        if (--remaining === 0) cap.resolve(values);
      }, cap.reject);
    });
    if (--remaining === 0) cap.resolve(values);
  });
};

Promise.allSettled = function allSettled(iterable) {
  var C = this;
  return combinator(C, iterable, function (cap, resolveFn) {
    var values = [], remaining = 1, index = 0;
    coll.forOf(iterable, function (item) {
      var i = index++, called = false;
      values.push(undefined);
      remaining++;
      resolveFn.call(C, item).then(function (v) {
        if (called) return;
        called = true;
        values[i] = { status: 'fulfilled', value: v };
        if (--remaining === 0) cap.resolve(values);
      }, function (r) {
        if (called) return;
        called = true;
        values[i] = { status: 'rejected', reason: r };
        if (--remaining === 0) cap.resolve(values);
      });
    });
    if (--remaining === 0) cap.resolve(values);
  });
};

Promise.any = function any(iterable) {
  var C = this;
  return combinator(C, iterable, function (cap, resolveFn) {
    var errs = [], remaining = 1, index = 0;
    coll.forOf(iterable, function (item) {
      var i = index++, called = false;
      errs.push(undefined);
      remaining++;
      resolveFn.call(C, item).then(cap.resolve, function (r) {
        if (called) return;
        called = true;
        errs[i] = r;
        if (--remaining === 0) cap.reject(new AggregateError(errs, 'All promises were rejected'));
      });
    });
    if (--remaining === 0) cap.reject(new AggregateError(errs, 'All promises were rejected'));
  });
};

Promise.race = function race(iterable) {
  var C = this;
  return combinator(C, iterable, function (cap, resolveFn) {
    coll.forOf(iterable, function (item) {
      resolveFn.call(C, item).then(cap.resolve, cap.reject);
    });
  });
};

Promise.withResolvers = function withResolvers() {
  return getCap(this);
};

if (speciesSym !== null) {
  Object.defineProperty(Promise, speciesSym, {
    get: function () { return this; }, configurable: true
  });
}
if (typeof Symbol === 'function' && Symbol.toStringTag) {
  Object.defineProperty(Promise.prototype, Symbol.toStringTag, { value: 'Promise', configurable: true });
}
(function () {
  var names = ['catch', 'finally'], i;
  for (i = 0; i < names.length; i++)
    Object.defineProperty(Promise.prototype, names[i], { enumerable: false });
  names = ['resolve', 'reject', 'all', 'allSettled', 'any', 'race', 'withResolvers'];
  for (i = 0; i < names.length; i++)
    Object.defineProperty(Promise, names[i], { enumerable: false });
})();

// ---- AggregateError ----

function AggregateError(errors, message, options) {
  if (!(this instanceof AggregateError)) return new AggregateError(errors, message, options);
  var list = [];
  coll.forOf(errors, function (e) { list.push(e); });
  var err = new Error(message === undefined ? '' : String(message));
  // A subclass's instance (class E extends AggregateError) keeps its
  // prototype: `this` was made from new.target's.
  Object.setPrototypeOf(err, Object.getPrototypeOf(this));
  Object.defineProperty(err, 'errors', { value: list, writable: true, configurable: true });
  if (options && typeof options === 'object' && 'cause' in options)
    Object.defineProperty(err, 'cause', { value: options.cause, writable: true, configurable: true });
  return err;
}
AggregateError.prototype = Object.create(Error.prototype, {
  constructor: { value: AggregateError, writable: true, configurable: true },
  name: { value: 'AggregateError', writable: true, configurable: true },
  message: { value: '', writable: true, configurable: true }
});
Object.setPrototypeOf(AggregateError, Error);

// ---- unhandled rejections (Node >= 15: 'throw' mode) ----

var pending = [];       // promises rejected without a handler, in order
var warned = [];        // reported as unhandled, maybe handled later
var asyncHandled = [];  // of those, handled since: 'rejectionHandled'
var hookSet = false;
var nextUid = 1;

var uids = [], uidOf = []; // rejection ids of the warned promises

function track(p) {
  uids.push(p);
  uidOf.push(nextUid++);
  if (uids.length > 1000) { uids.shift(); uidOf.shift(); }
  pending.push(p);
  armHook();
}

function untrack(p) {
  var i = warned.indexOf(p);
  if (i !== -1) {
    warned.splice(i, 1);
    asyncHandled.push(p);
    armHook();
  }
}

// The afterDrain hook costs a call per drain, so it is set only while
// there is something to report.
function armHook() {
  if (!hookSet) {
    hookSet = true;
    hooks.setHook('afterDrain', processRejections);
  }
}

function unhandledRejectionError(reason) {
  var s;
  try { s = require('internal/util/inspect').inspect(reason); } catch (e) { s = String(reason); }
  var err = new Error('This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
    'The promise rejected with the reason "' + s + '".');
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

function processRejections() {
  var process = require('process'), p, list, i;
  while (asyncHandled.length > 0) {
    list = asyncHandled;
    asyncHandled = [];
    for (i = 0; i < list.length; i++) {
      p = list[i];
      if (!process.emit('rejectionHandled', p)) {
        var w = new Error('Promise rejection was handled asynchronously (rejection id: ' + (uidOf[uids.indexOf(p)] || 0) + ')');
        w.name = 'PromiseRejectionHandledWarning';
        process.emitWarning(w);
      }
    }
  }
  while (pending.length > 0) {
    list = pending;
    pending = [];
    for (i = 0; i < list.length; i++) {
      p = list[i];
      var info = native.info(p);
      if (info[2]) continue;
      warned.push(p);
      var reason = info[1];
      if (!process.emit('unhandledRejection', reason, p)) {
        var isErr = reason instanceof Error ||
          (isObject(reason) && typeof reason.stack === 'string' && typeof reason.message === 'string');
        process._setUncaughtOrigin('unhandledRejection');
        hooks.triggerUncaught(isErr ? reason : unhandledRejectionError(reason));
      }
    }
  }
  if (hookSet && pending.length === 0 && asyncHandled.length === 0) {
    hookSet = false;
    hooks.setHook('afterDrain', undefined);
  }
}

exports.Promise = Promise;
exports.AggregateError = AggregateError;
exports.isPromise = isPromise;
exports.state = function (p) {
  var info = native.info(p);
  return {
    status: info[0] === 0 ? 'pending' : info[0] === 1 ? 'fulfilled' : 'rejected',
    value: info[1]
  };
};

// The internal operations async functions and generators use
// (src/compiler/helpers.js, async section): PerformPromiseThen without a
// derived promise is an await, as V8's.
exports.fast = {
  Promise: Promise,
  newPromise: native.newPromise,
  resolve: native.resolve,
  reject: native.reject,
  isPromise: isPromise,
  performThen: native.performThen,
  reaction: native.reaction,
  awaitValue: native['await']
};

native.setHooks({ track: track, untrack: untrack, thenSlow: thenSlow, resolveSlow: resolveSlow });

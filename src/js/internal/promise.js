// internal/promise: ES2021 Promise for Duktape, following the spec's
// abstract operations (NewPromiseCapability, PerformPromiseThen, reaction
// and thenable jobs) with every job on the C microtask queue
// (internal/hooks.enqueueMicrotask), so it interleaves with queueMicrotask
// and nextTick exactly as in Node. Unhandled rejections follow Node >= 15
// ('unhandledRejection', then the uncaught path; 'rejectionHandled').
'use strict';

var hooks = require('internal/hooks');
var coll = require('internal/collections');
var enqueue = hooks.enqueueMicrotask;

var PENDING = 0, FULFILLED = 1, REJECTED = 2;
// Hidden keys: promise internals never show in enumeration or inspect.
var kState = coll.hiddenKey();
var kValue = coll.hiddenKey();
var kReactions = coll.hiddenKey();
var kHandled = coll.hiddenKey();
var kUid = coll.hiddenKey();      // rejection id, for the warning
var speciesSym = typeof Symbol === 'function' && Symbol.species ? Symbol.species : null;

function isObject(x) {
  return x !== null && (typeof x === 'object' || typeof x === 'function');
}

function isPromise(x) {
  return isObject(x) && x[kState] !== undefined;
}

function describe(x) {
  if (typeof x === 'string') return x;
  if (x === null) return 'null';
  if (typeof x === 'object') return '#<' + ((x.constructor && x.constructor.name) || 'Object') + '>';
  return String(x);
}

// ---- settling ----

function fulfill(p, value) {
  var reactions = p[kReactions];
  p[kState] = FULFILLED;
  p[kValue] = value;
  p[kReactions] = undefined;
  if (reactions !== undefined) trigger(reactions, value, FULFILLED);
}

function reject(p, reason) {
  var reactions = p[kReactions];
  p[kState] = REJECTED;
  p[kValue] = reason;
  p[kReactions] = undefined;
  if (!p[kHandled]) track(p, reason);
  if (reactions !== undefined) trigger(reactions, reason, REJECTED);
}

// reactions: one reaction object or an array of them (the common case of a
// single then() allocates no array).
function trigger(reactions, arg, state) {
  var i;
  if (reactions.length === undefined) {
    queueReaction(reactions, arg, state);
    return;
  }
  for (i = 0; i < reactions.length; i++) queueReaction(reactions[i], arg, state);
}

function queueReaction(r, arg, state) {
  r.arg = arg;
  r.state = state;
  enqueue(runReaction, r);
}

// A reaction: { promise (derived, native) | capability, onFulfilled,
// onRejected, arg, state }
function runReaction(r) {
  var handler = r.state === FULFILLED ? r.onFulfilled : r.onRejected;
  var v;
  if (handler === undefined) {
    if (r.state === FULFILLED) settleDerived(r, true, r.arg);
    else settleDerived(r, false, r.arg);
    return;
  }
  try {
    v = handler(r.arg);
  } catch (e) {
    settleDerived(r, false, e);
    return;
  }
  settleDerived(r, true, v);
}

function settleDerived(r, ok, v) {
  var p = r.promise;
  if (p !== undefined) {
    if (ok) resolvePromise(p, v);
    else reject(p, v);
  } else if (r.capability !== undefined) {
    if (ok) r.capability.resolve(v);
    else r.capability.reject(v);
  }
}

// The [[Resolve]] steps for a native promise whose resolving functions are
// ours (the derived promise of then(), or via createResolvingFunctions).
function resolvePromise(p, resolution) {
  var then;
  if (resolution === p) {
    reject(p, new TypeError('Chaining cycle detected for promise #<Promise>'));
    return;
  }
  if (!isObject(resolution)) {
    fulfill(p, resolution);
    return;
  }
  try {
    then = resolution.then;
  } catch (e) {
    reject(p, e);
    return;
  }
  if (typeof then !== 'function') {
    fulfill(p, resolution);
    return;
  }
  enqueue(runThenableJob, { promise: p, thenable: resolution, then: then });
}

function runThenableJob(job) {
  var fns = createResolvingFunctions(job.promise);
  try {
    job.then.call(job.thenable, fns.resolve, fns.reject);
  } catch (e) {
    fns.reject(e);
  }
}

function createResolvingFunctions(p) {
  var done = false;
  return {
    resolve: function (resolution) {
      if (done) return;
      done = true;
      resolvePromise(p, resolution);
    },
    reject: function (reason) {
      if (done) return;
      done = true;
      reject(p, reason);
    }
  };
}

// ---- the constructor ----

function Promise(executor) {
  if (!(this instanceof Promise) || this[kState] !== undefined)
    throw new TypeError("Promise constructor cannot be invoked without 'new'");
  if (typeof executor !== 'function')
    throw new TypeError('Promise resolver ' + describe(executor) + ' is not a function');
  this[kState] = PENDING;
  this[kValue] = undefined;
  this[kReactions] = undefined;
  this[kHandled] = false;
  if (executor === internalExecutor) return;
  var fns = createResolvingFunctions(this);
  try {
    executor(fns.resolve, fns.reject);
  } catch (e) {
    fns.reject(e);
  }
}
function internalExecutor() {}

function newPromise() {
  return new Promise(internalExecutor);
}

function NewPromiseCapability(C) {
  if (C === Promise) return undefined; // the fast path: native derived
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

function performThen(p, onFulfilled, onRejected, derived, cap) {
  var r = {
    promise: derived,
    capability: cap,
    onFulfilled: typeof onFulfilled === 'function' ? onFulfilled : undefined,
    onRejected: typeof onRejected === 'function' ? onRejected : undefined,
    arg: undefined,
    state: PENDING
  };
  var state = p[kState], list;
  if (state === PENDING) {
    list = p[kReactions];
    if (list === undefined) p[kReactions] = r;
    else if (list.length === undefined) p[kReactions] = [list, r];
    else list.push(r);
  } else {
    if (state === REJECTED && !p[kHandled]) untrack(p);
    queueReaction(r, p[kValue], state);
  }
  p[kHandled] = true;
}

Promise.prototype.then = function then(onFulfilled, onRejected) {
  if (!isPromise(this))
    throw new TypeError('Method Promise.prototype.then called on incompatible receiver ' + describe(this));
  var C = this.constructor === Promise ? Promise : speciesConstructor(this, Promise);
  var cap = NewPromiseCapability(C), derived;
  if (cap === undefined) {
    derived = newPromise();
    performThen(this, onFulfilled, onRejected, derived, undefined);
    return derived;
  }
  performThen(this, onFulfilled, onRejected, undefined, cap);
  return cap.promise;
};

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
    resolvePromise(p, x);
    return p;
  }
  var cap = NewPromiseCapability(C);
  cap.resolve(x);
  return cap.promise;
}

Promise.resolve = function resolve(x) {
  if (!isObject(this)) throw new TypeError('PromiseResolve called on non-object');
  return promiseResolve(this, x);
};

Promise.reject = function reject_(r) {
  if (this === Promise) {
    var p = newPromise();
    reject(p, r);
    return p;
  }
  var cap = NewPromiseCapability(this);
  cap.reject(r);
  return cap.promise;
};

function getCap(C) {
  if (C === Promise) {
    var p = newPromise(), fns = createResolvingFunctions(p);
    return { promise: p, resolve: fns.resolve, reject: fns.reject };
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
  var names = ['then', 'catch', 'finally'], i;
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
  Object.setPrototypeOf(err, AggregateError.prototype);
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

function track(p) {
  p[kUid] = nextUid++;
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
  try { s = require('internal/inspect').inspect(reason); } catch (e) { s = String(reason); }
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
        var w = new Error('Promise rejection was handled asynchronously (rejection id: ' + p[kUid] + ')');
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
      if (p[kHandled]) continue;
      warned.push(p);
      var reason = p[kValue];
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
  var s = p[kState];
  return {
    status: s === PENDING ? 'pending' : s === FULFILLED ? 'fulfilled' : 'rejected',
    value: p[kValue]
  };
};

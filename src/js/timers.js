// timers: setTimeout, setInterval, setImmediate and their clear*, with
// Node's Timeout and Immediate objects. The native half owns the uv timers
// and the immediate queue (src/timers.c).
'use strict';

var errors = require('internal/errors');

var TIMEOUT_MAX = 2147483647;
// Timeouts whose [Symbol.toPrimitive] id was taken: clearTimeout(id) finds
// them here (Node's knownTimersById).
var knownById = Object.create(null);

// Node's rule: not a number, below 1 or above 2^31-1 becomes 1 ms; too
// large also warns (TimeoutOverflowWarning).
function delayOf(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(after + ' does not fit into a 32-bit signed integer.' +
                          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

// setTimeout/setInterval make their Timeouts in C (native.setTimeout, the
// whole call: in JS the object's eight properties were most of its cost);
// the constructor is for code that makes one itself. Both share the ids.
function Timeout(cb, delay, args, repeat) {
  this._idleTimeout = delayOf(delay);
  this._onTimeout = cb;
  this._timerArgs = args;
  this._repeat = repeat ? this._idleTimeout : null;
  this._destroyed = false;
  this._refed = true;
  this._id = native.nextId();
  this._hasPrimitive = false;
}

// A one-shot timer is done once its callback starts (C calls this).
function onFired(t) {
  if (t._repeat === null) {
    t._destroyed = true;
    if (t._hasPrimitive) delete knownById[t._id];
  }
}

Timeout.prototype.ref = function ref() {
  this._refed = true;
  native.setRef(this, true);
  return this;
};
Timeout.prototype.unref = function unref() {
  this._refed = false;
  native.setRef(this, false);
  return this;
};
Timeout.prototype.hasRef = function hasRef() { return this._refed; };
// Restarts the countdown from now; re-arms a one-shot timer that already
// fired, but not one that was cleared (Node).
Timeout.prototype.refresh = function refresh() {
  if (this._idleTimeout !== -1) {
    this._destroyed = false;
    if (this._hasPrimitive) knownById[this._id] = this;
    native.start(this);
  }
  return this;
};
Timeout.prototype.close = function close() {
  clearTimeout(this);
  return this;
};
Timeout.prototype[Symbol.toPrimitive] = function () {
  if (!this._hasPrimitive) {
    this._hasPrimitive = true;
    if (!this._destroyed) knownById[this._id] = this;
  }
  return this._id;
};

// Native functions with Node's names (setTimeout.name).
function named(fn, name) {
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}

var setTimeout = named(native.setTimeout, 'setTimeout');
var setInterval = named(native.setInterval, 'setInterval');
native.setTimeoutHooks(Timeout.prototype, delayOf);

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._idleTimeout = -1;
    timer._destroyed = true;
    if (timer._hasPrimitive) delete knownById[timer._id];
    native.stop(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    var t = knownById[timer];
    if (t !== undefined) clearTimeout(t);
  }
}

// Immediates are made and queued in C (native.setImmediate); this is their
// prototype. _onImmediate is null once run or cleared.
function Immediate() {
  throw new TypeError('Illegal constructor');
}
Immediate.prototype._refed = true;
Immediate.prototype._argv = undefined;
Object.defineProperty(Immediate.prototype, '_destroyed', {
  get: function () { return this._onImmediate === null; },
  configurable: true
});
Immediate.prototype.ref = function ref() {
  if (!this._refed && !this._destroyed) native.immediateRef(this, true);
  this._refed = true;
  return this;
};
Immediate.prototype.unref = function unref() {
  if (this._refed && !this._destroyed) native.immediateRef(this, false);
  this._refed = false;
  return this;
};
Immediate.prototype.hasRef = function hasRef() { return this._refed; };
native.setImmediateProto(Immediate.prototype);

var setImmediate = named(native.setImmediate, 'setImmediate');

function clearImmediate(imm) {
  if (!imm || !(imm instanceof Immediate) || imm._onImmediate === null) return;
  if (imm._refed) native.immediateRef(imm, false);
  imm._onImmediate = null;
}

native.setFired(onFired);

exports.setTimeout = setTimeout;
exports.setInterval = setInterval;
exports.clearTimeout = clearTimeout;
exports.clearInterval = clearTimeout;
exports.setImmediate = setImmediate;
exports.clearImmediate = clearImmediate;
exports.Timeout = Timeout;
exports.Immediate = Immediate;
exports.active = function active(t) { if (t && t._onTimeout) t.refresh(); };
exports.unenroll = clearTimeout;
exports.enroll = function enroll(item, msecs) {
  item._idleTimeout = delayOf(msecs);
};

var promises;
Object.defineProperty(exports, 'promises', {
  enumerable: true,
  configurable: true,
  get: function () { return promises || (promises = require('timers/promises')); }
});

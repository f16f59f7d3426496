// timers: setTimeout, setInterval, setImmediate and their clear*, with
// Node's Timeout and Immediate objects. The native half owns the uv timers
// and the immediate queue (src/timers.c).
'use strict';

var errors = require('internal/errors');

var nextId = 1;

function checkCallback(cb) {
  if (typeof cb !== 'function')
    throw errors.invalidArgType('callback', 'function', cb);
}

function Timeout(cb, delay, args, repeat) {
  this._idleTimeout = native.delay(delay);
  this._onTimeout = cb;
  this._args = args;
  this._repeat = repeat ? this._idleTimeout : 0;
  this._refed = true;
  this._destroyed = false;
  this._id = nextId++;
}

Timeout.prototype.ref = function () {
  this._refed = true;
  native.setRef(this, true);
  return this;
};
Timeout.prototype.unref = function () {
  this._refed = false;
  native.setRef(this, false);
  return this;
};
Timeout.prototype.hasRef = function () { return this._refed; };
Timeout.prototype.refresh = function () {
  if (!this._destroyed) native.start(this);
  return this;
};
Timeout.prototype.close = function () {
  this._destroyed = true;
  native.stop(this);
  return this;
};
Timeout.prototype[Symbol.toPrimitive] = function () { return this._id; };

function restArgs(args, from) {
  if (args.length <= from) return undefined;
  return Array.prototype.slice.call(args, from);
}

function start(t) {
  native.start(t);
  return t;
}

exports.setTimeout = function setTimeout(cb, delay) {
  checkCallback(cb);
  return start(new Timeout(cb, delay, restArgs(arguments, 2), false));
};

exports.setInterval = function setInterval(cb, delay) {
  checkCallback(cb);
  return start(new Timeout(cb, delay, restArgs(arguments, 2), true));
};

function clearTimer(t) {
  if (t instanceof Timeout) t.close();
}
exports.clearTimeout = clearTimer;
exports.clearInterval = clearTimer;

function Immediate(cb, args) {
  this._onImmediate = cb;
  this._args = args;
  this._refed = true;
  this._destroyed = false;
}
Immediate.prototype.ref = function () {
  if (!this._refed && !this._destroyed) native.immediateRef(this, true);
  this._refed = true;
  return this;
};
Immediate.prototype.unref = function () {
  if (this._refed && !this._destroyed) native.immediateRef(this, false);
  this._refed = false;
  return this;
};
Immediate.prototype.hasRef = function () { return this._refed; };

exports.setImmediate = function setImmediate(cb) {
  checkCallback(cb);
  var imm = new Immediate(cb, restArgs(arguments, 1));
  native.queueImmediate(imm);
  return imm;
};

exports.clearImmediate = function clearImmediate(imm) {
  if (!(imm instanceof Immediate) || imm._destroyed) return;
  imm._destroyed = true;
  if (imm._refed) native.immediateRef(imm, false);
};

exports.Timeout = Timeout;
exports.Immediate = Immediate;

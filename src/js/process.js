// process: the JS half of the process object (the C half is src/process.c,
// received as `native`). Makes it an EventEmitter and connects the events
// the C side raises through hooks in the heap stash (src/loop.c):
//   uncaught(err) -> 'uncaughtExceptionMonitor', 'uncaughtException'
//   exit(code), beforeExit(code) -> 'exit', 'beforeExit'
// 'unhandledRejection'/'rejectionHandled' come from internal/engine/promise.
'use strict';

var EventEmitter = require('events');
var hooks = require('internal/hooks');

var process = native;
Object.setPrototypeOf(process, EventEmitter.prototype);
EventEmitter.call(process);
module.exports = process;

process._exiting = false;
process.release = { name: 'jsrt' };
process.config = { variables: {} };
process.features = {};
process.noDeprecation = false;
process.throwDeprecation = false;
process.traceDeprecation = false;

// Set by internal/engine/promise while it hands an unhandled rejection to the
// uncaught path, so listeners see origin 'unhandledRejection' as in Node.
var uncaughtOrigin = 'uncaughtException';
process._setUncaughtOrigin = function (o) { uncaughtOrigin = o; };

// code: the exit code C has (process.exit(code) set it already); a
// listener may change process.exitCode, which C then uses.
function emitExit(code) {
  if (process._exiting) return;
  process._exiting = true;
  process.emit('exit', code | 0);
}

// Returns true when a listener handled the error. With none, 'exit'
// listeners run with exitCode 1 (they may change it), then C reports the
// error and ends the run, in that order as in node.
hooks.setHook('uncaught', function (err) {
  var origin = uncaughtOrigin;
  uncaughtOrigin = 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', err, origin);
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, origin);
    return true;
  }
  try {
    if (!process._exiting) {
      process.exitCode = 1;
      emitExit(1);
    }
  } catch (e) {
    // An 'exit' listener that throws does not hide the original error.
  }
  return false;
});

hooks.setHook('exit', emitExit);

hooks.setHook('beforeExit', function () {
  if (process._exiting) return;
  process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode);
});

// ---- warnings ----

var warnedOnce = false;

function makeWarning(warning, type, code, detail) {
  if (typeof warning === 'string') {
    var w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    return w;
  }
  return warning;
}

function writeWarning(w) {
  var msg = '(jsrt:' + process.pid + ') ';
  if (w.code) msg += '[' + w.code + '] ';
  msg += w.name + ': ' + w.message;
  if (typeof w.detail === 'string') msg += '\n' + w.detail;
  if (!warnedOnce) {
    warnedOnce = true;
    msg += '\n(Use `jsrt --trace-warnings ...` to show where the warning was created)';
  }
  require('console').error(msg);
}

// emitWarning(warning[, type[, code]][, ctor]) or (warning, options)
process.emitWarning = function emitWarning(warning, type, code, ctor) {
  var errors = require('internal/errors');
  var detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string')
    throw errors.invalidArgType('type', 'string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw errors.invalidArgType('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = makeWarning(warning, type, code, detail);
  } else if (!(warning instanceof Error)) {
    throw errors.invalidArgType('warning', 'Error or string', warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  process.nextTick(function () {
    process.emit('warning', warning);
    writeWarning(warning);
  });
};

// ---- stdio: written by internal/stdio (lazily) ----

function stdio(name) {
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: true,
    get: function () {
      var s;
      try {
        s = require('internal/stdio')[name];
      } catch (e) {
        throw errors2('process.' + name + ' is not available yet in jsrt');
      }
      Object.defineProperty(process, name, { value: s, writable: true, configurable: true, enumerable: true });
      return s;
    }
  });
}
function errors2(msg) {
  var e = new Error(msg);
  e.code = 'ERR_NOT_IMPLEMENTED';
  return e;
}
stdio('stdin');
stdio('stdout');
stdio('stderr');

// ---- signals ----
// A listener for a signal name installs a handle for it (native: unref'ed,
// so it does not keep the loop alive) and removing the last one uninstalls
// it, restoring the default action; listeners get (name, number) as in
// Node. Without JSRT_CAP_PROCESS nothing is installed: signals belong to
// the host's whole process.
var signalStart = process.signalStart, signalStop = process.signalStop;
var nativeKill = process.kill;
delete process.signalStart;
delete process.signalStop;
var signalHandles = Object.create(null);

function signalNumbers() { return require('os').constants.signals; }

function isSignalName(type) {
  return typeof type === 'string' && type.length > 3 && type.charAt(0) === 'S' &&
    type.charAt(1) === 'I' && type.charAt(2) === 'G' &&
    Object.prototype.hasOwnProperty.call(signalNumbers(), type);
}

process.on('newListener', function (type) {
  if (signalHandles[type] !== undefined || !isSignalName(type)) return;
  var num = signalNumbers()[type], holder = {};
  signalHandles[type] = holder;
  try {
    signalStart(holder, num, function () { process.emit(type, type, num); });
  } catch (e) {
    delete signalHandles[type];
    throw e;
  }
});

process.on('removeListener', function (type) {
  var holder = signalHandles[type];
  if (holder !== undefined && process.listenerCount(type) === 0) {
    delete signalHandles[type];
    signalStop(holder);
  }
});

// kill(pid, signal): signal by name or number (default 'SIGTERM').
process.kill = function kill(pid, sig) {
  var errors = require('internal/errors'), num;
  if (typeof pid !== 'number' || pid !== (pid | 0)) throw errors.invalidArgType('pid', 'number', pid);
  if (sig === (sig | 0)) {
    num = sig;
  } else {
    sig = sig || 'SIGTERM';
    num = typeof sig === 'string' && Object.prototype.hasOwnProperty.call(signalNumbers(), sig) ?
      signalNumbers()[sig] : undefined;
    if (num === undefined) throw errors.make(TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + sig);
  }
  return nativeKill(pid, num);
};

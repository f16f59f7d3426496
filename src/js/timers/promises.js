// timers/promises: setTimeout, setImmediate and setInterval (an async
// iterator) returning Promises, with { ref, signal } options.
'use strict';

var timers = require('timers');
var errors = require('internal/errors');


function checkOptions(options) {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object')
    throw errors.invalidArgType('options', 'object', options);
  if (options.ref !== undefined && typeof options.ref !== 'boolean')
    throw errors.invalidArgType('options.ref', 'boolean', options.ref);
  return options;
}

function schedule(start, clear, delay, value, options) {
  var opts;
  try {
    opts = checkOptions(options);
  } catch (e) {
    return Promise.reject(e);
  }
  var signal = opts.signal;
  if (signal && signal.aborted) return Promise.reject(errors.abortError(signal));
  return new Promise(function (resolve, reject) {
    var onAbort;
    var handle = start(function () {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, delay);
    if (opts.ref === false) handle.unref();
    if (signal) {
      onAbort = function () {
        clear(handle);
        reject(errors.abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

exports.setTimeout = function setTimeout(delay, value, options) {
  return schedule(timers.setTimeout, timers.clearTimeout, delay, value, options);
};

exports.setImmediate = function setImmediate(value, options) {
  return schedule(function (fn) { return timers.setImmediate(fn); },
                  timers.clearImmediate, 0, value, options);
};

exports.scheduler = {
  wait: function wait(delay, options) { return exports.setTimeout(delay, undefined, options); },
  'yield': function () { return exports.setImmediate(); }
};

// diagnostics_channel: named channels a library publishes to and tools
// subscribe to (fastify, undici and pino use it), as Node 20's: channel(),
// subscribe()/unsubscribe() by name, hasSubscribers(), Channel's
// publish/bindStore/runStores, and tracingChannel() with
// traceSync/tracePromise/traceCallback. A subscriber that throws does not
// stop the others: its error is rethrown from a nextTick, as in Node.
// Channels live as long as the isolate (Node holds unsubscribed ones
// weakly; that is not observable but through memory).
'use strict';

var errors = require('internal/errors');

var channels = Object.create(null);

function validateFunction(fn, name) {
  if (typeof fn !== 'function')
    throw errors.invalidArgType(name, 'Function', fn);
}

function Channel(name) {
  this._subscribers = [];
  this._stores = [];
  this.name = name;
}

Object.defineProperty(Channel.prototype, 'hasSubscribers', {
  configurable: true,
  enumerable: false,
  get: function () {
    return this._subscribers.length > 0 || this._stores.length > 0;
  }
});

Channel.prototype.subscribe = function subscribe(subscription) {
  validateFunction(subscription, 'subscription');
  // A copy: a publish in progress keeps the list it started with.
  this._subscribers = this._subscribers.concat([subscription]);
};

Channel.prototype.unsubscribe = function unsubscribe(subscription) {
  var i = this._subscribers.indexOf(subscription);
  if (i === -1) return false;
  var list = this._subscribers.slice();
  list.splice(i, 1);
  this._subscribers = list;
  return true;
};

Channel.prototype.publish = function publish(data) {
  var list = this._subscribers, i;
  for (i = 0; i < list.length; i++) {
    try {
      list[i](data, this.name);
    } catch (err) {
      process.nextTick(function () { throw err; });
    }
  }
};

Channel.prototype.bindStore = function bindStore(store, transform) {
  var i;
  if (transform !== undefined) validateFunction(transform, 'transform');
  for (i = 0; i < this._stores.length; i++) {
    if (this._stores[i].store === store) {
      this._stores[i].transform = transform;
      return;
    }
  }
  this._stores = this._stores.concat([{ store: store, transform: transform }]);
};

Channel.prototype.unbindStore = function unbindStore(store) {
  var i;
  for (i = 0; i < this._stores.length; i++) {
    if (this._stores[i].store === store) {
      var list = this._stores.slice();
      list.splice(i, 1);
      this._stores = list;
      return true;
    }
  }
  return false;
};

// Runs fn with each bound store entered (its value from transform(data)),
// publishing data first.
Channel.prototype.runStores = function runStores(data, fn, thisArg) {
  var args = Array.prototype.slice.call(arguments, 3);
  var stores = this._stores, self = this;
  function run(i) {
    if (i === stores.length) {
      self.publish(data);
      return fn.apply(thisArg, args);
    }
    var entry = stores[i], value = data;
    if (entry.transform !== undefined) {
      try {
        value = entry.transform(data);
      } catch (err) {
        process.nextTick(function () { throw err; });
        return run(i + 1);
      }
    }
    return entry.store.run(value, function () { return run(i + 1); });
  }
  validateFunction(fn, 'fn');
  return run(0);
};

function channel(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol')
    throw errors.invalidArgType('channel', ['string', 'symbol'], name);
  var c = channels[name];
  if (c === undefined) c = channels[name] = new Channel(name);
  return c;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  var c = channels[name];
  return c !== undefined && c.hasSubscribers;
}

// ---- tracing channels ----

var traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function TracingChannel(nameOrChannels) {
  var i, ev;
  if (typeof nameOrChannels === 'string') {
    for (i = 0; i < traceEvents.length; i++) {
      ev = traceEvents[i];
      this[ev] = channel('tracing:' + nameOrChannels + ':' + ev);
    }
  } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
    for (i = 0; i < traceEvents.length; i++) {
      ev = traceEvents[i];
      if (!(nameOrChannels[ev] instanceof Channel))
        throw errors.invalidArgType('nameOrChannels.' + ev, 'Channel',
                                    nameOrChannels[ev]);
      this[ev] = nameOrChannels[ev];
    }
  } else {
    throw errors.invalidArgType('nameOrChannels',
                                ['string', 'object', 'TracingChannel'],
                                nameOrChannels);
  }
}

Object.defineProperty(TracingChannel.prototype, 'hasSubscribers', {
  configurable: true,
  enumerable: false,
  get: function () {
    for (var i = 0; i < traceEvents.length; i++)
      if (this[traceEvents[i]].hasSubscribers) return true;
    return false;
  }
});

TracingChannel.prototype.subscribe = function (handlers) {
  for (var i = 0; i < traceEvents.length; i++)
    if (handlers[traceEvents[i]]) this[traceEvents[i]].subscribe(handlers[traceEvents[i]]);
};

TracingChannel.prototype.unsubscribe = function (handlers) {
  var done = true;
  for (var i = 0; i < traceEvents.length; i++)
    if (handlers[traceEvents[i]] && !this[traceEvents[i]].unsubscribe(handlers[traceEvents[i]]))
      done = false;
  return done;
};

TracingChannel.prototype.traceSync = function (fn, context, thisArg) {
  var args = Array.prototype.slice.call(arguments, 3);
  var self = this;
  if (context === undefined) context = {};
  if (!this.hasSubscribers) return fn.apply(thisArg, args);
  return this.start.runStores(context, function () {
    try {
      var result = fn.apply(thisArg, args);
      context.result = result;
      return result;
    } catch (err) {
      context.error = err;
      self.error.publish(context);
      throw err;
    } finally {
      self.end.publish(context);
    }
  });
};

TracingChannel.prototype.tracePromise = function (fn, context, thisArg) {
  var args = Array.prototype.slice.call(arguments, 3);
  var self = this;
  if (context === undefined) context = {};
  if (!this.hasSubscribers) return fn.apply(thisArg, args);
  function reject(err) {
    context.error = err;
    self.error.publish(context);
    self.asyncStart.publish(context);
    self.asyncEnd.publish(context);
    return Promise.reject(err);
  }
  function resolve(result) {
    context.result = result;
    self.asyncStart.publish(context);
    self.asyncEnd.publish(context);
    return result;
  }
  return this.start.runStores(context, function () {
    try {
      var promise = fn.apply(thisArg, args);
      return Promise.resolve(promise).then(resolve, reject);
    } catch (err) {
      context.error = err;
      self.error.publish(context);
      throw err;
    } finally {
      self.end.publish(context);
    }
  });
};

TracingChannel.prototype.traceCallback = function (fn, position, context, thisArg) {
  var args = Array.prototype.slice.call(arguments, 4);
  var self = this;
  if (position === undefined) position = -1;
  if (context === undefined) context = {};
  var at = position < 0 ? args.length + position : position;
  var callback = args[at];
  validateFunction(callback, 'callback');
  if (!this.hasSubscribers) return fn.apply(thisArg, args);
  args[at] = function wrappedCallback(err, res) {
    if (err) {
      context.error = err;
      self.error.publish(context);
    } else {
      context.result = res;
    }
    var cbThis = this, cbArgs = arguments;
    return self.asyncStart.runStores(context, function () {
      try {
        return callback.apply(cbThis, cbArgs);
      } finally {
        self.asyncEnd.publish(context);
      }
    });
  };
  return this.start.runStores(context, function () {
    try {
      return fn.apply(thisArg, args);
    } catch (err) {
      context.error = err;
      self.error.publish(context);
      throw err;
    } finally {
      self.end.publish(context);
    }
  });
};

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

exports.channel = channel;
exports.hasSubscribers = hasSubscribers;
exports.subscribe = subscribe;
exports.unsubscribe = unsubscribe;
exports.tracingChannel = tracingChannel;
exports.Channel = Channel;

// perf_hooks: the User Timing part of Node 20's (performance.now/mark/
// measure/getEntries*/clearMarks/clearMeasures/timerify/toJSON/timeOrigin/
// eventLoopUtilization, PerformanceObserver), histograms
// (createHistogram, monitorEventLoopDelay) and constants. `performance` is
// also the global (src/globals.c): the clock counts from the isolate's
// creation, as node's from the process start (Duktape's own
// performance.now() counted from 1970). Not kept: resource timing entries
// (no fetch yet) and GC entries.
'use strict';

var errors = require('internal/errors');

function hrMs() {
  var t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

var origin = hrMs() - process.uptime() * 1e3;
var timeOrigin = Date.now() - (hrMs() - origin);

function now() {
  return hrMs() - origin;
}

// ---- entries ----

function PerformanceEntry(name, type, start, duration, detail) {
  this._name = name;
  this._type = type;
  this._start = start;
  this._duration = duration;
  this._detail = detail === undefined ? null : detail;
}

function getter(proto, name, fn) {
  Object.defineProperty(proto, name, { get: fn, enumerable: true, configurable: true });
}
getter(PerformanceEntry.prototype, 'name', function () { return this._name; });
getter(PerformanceEntry.prototype, 'entryType', function () { return this._type; });
getter(PerformanceEntry.prototype, 'startTime', function () { return this._start; });
getter(PerformanceEntry.prototype, 'duration', function () { return this._duration; });
getter(PerformanceEntry.prototype, 'detail', function () { return this._detail; });
PerformanceEntry.prototype.toJSON = function toJSON() {
  return { name: this._name, entryType: this._type, startTime: this._start,
           duration: this._duration, detail: this._detail };
};

function PerformanceMark(name, options) {
  if (arguments.length === 0) throw errors.missingArgs('name');
  var start = now(), detail = null;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw errors.invalidArgType('options', 'Object', options);
    if (options.startTime !== undefined) {
      if (typeof options.startTime !== 'number')
        throw errors.invalidArgType('options.startTime', 'number', options.startTime);
      if (options.startTime < 0)
        throw errors.make(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
                          options.startTime + ' is not a valid timestamp');
      start = options.startTime;
    }
    if (options.detail !== undefined) detail = structuredClone(options.detail);
  }
  PerformanceEntry.call(this, String(name), 'mark', start, 0, detail);
}
PerformanceMark.prototype = Object.create(PerformanceEntry.prototype);
PerformanceMark.prototype.constructor = PerformanceMark;

function PerformanceMeasure() {
  throw new TypeError('Illegal constructor');
}
PerformanceMeasure.prototype = Object.create(PerformanceEntry.prototype);
PerformanceMeasure.prototype.constructor = PerformanceMeasure;

function makeMeasure(name, start, duration, detail) {
  var m = Object.create(PerformanceMeasure.prototype);
  PerformanceEntry.call(m, name, 'measure', start, duration, detail);
  return m;
}

var marks = [], measures = [], functions = [];

// ---- observers ----

var observers = [];
var supportedEntryTypes = ['function', 'mark', 'measure'];

function PerformanceObserverEntryList(entries) {
  this._entries = entries;
}
PerformanceObserverEntryList.prototype.getEntries = function () { return this._entries.slice(); };
PerformanceObserverEntryList.prototype.getEntriesByType = function (type) {
  return this._entries.filter(function (e) { return e.entryType === String(type); });
};
PerformanceObserverEntryList.prototype.getEntriesByName = function (name, type) {
  return this._entries.filter(function (e) {
    return e.name === String(name) && (type === undefined || e.entryType === String(type));
  });
};

function PerformanceObserver(callback) {
  if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'Function', callback);
  this._callback = callback;
  this._types = [];
  this._buffer = [];
  this._queued = false;
}

PerformanceObserver.supportedEntryTypes = supportedEntryTypes;

PerformanceObserver.prototype.observe = function observe(options) {
  if (options === null || typeof options !== 'object') throw errors.invalidArgType('options', 'Object', options);
  var types = options.entryTypes !== undefined ? options.entryTypes : [options.type];
  if (!Array.isArray(types)) throw errors.invalidArgType('options.entryTypes', 'string[]', types);
  this._types = types.filter(function (t) { return supportedEntryTypes.indexOf(t) !== -1; });
  if (observers.indexOf(this) === -1) observers.push(this);
  if (options.buffered) {
    var self = this;
    marks.concat(measures, functions).forEach(function (e) { self._queue(e); });
  }
};

PerformanceObserver.prototype.disconnect = function disconnect() {
  var i = observers.indexOf(this);
  if (i !== -1) observers.splice(i, 1);
  this._buffer = [];
};

PerformanceObserver.prototype.takeRecords = function takeRecords() {
  var b = this._buffer;
  this._buffer = [];
  return b;
};

PerformanceObserver.prototype._queue = function (entry) {
  if (this._types.indexOf(entry.entryType) === -1) return;
  this._buffer.push(entry);
  if (this._queued) return;
  this._queued = true;
  var self = this;
  setImmediate(function () {
    self._queued = false;
    if (self._buffer.length === 0) return;
    var list = new PerformanceObserverEntryList(self.takeRecords());
    self._callback(list, self);
  });
};

function enqueue(entry) {
  for (var i = 0; i < observers.length; i++) observers[i]._queue(entry);
}

// ---- performance ----

function Performance() {
  throw new TypeError('Illegal constructor');
}

var performance = Object.create(Performance.prototype);

Performance.prototype.now = function () { return now(); };

getter(Performance.prototype, 'timeOrigin', function () { return timeOrigin; });

Performance.prototype.mark = function mark(name, options) {
  var m = new PerformanceMark(name, options);
  marks.push(m);
  enqueue(m);
  return m;
};

function markTime(name, what) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw errors.make(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', name + ' is not a valid timestamp');
    return name;
  }
  for (var i = marks.length - 1; i >= 0; i--)
    if (marks[i].name === String(name)) return marks[i].startTime;
  var DOMException = require('internal/domexception');
  throw new DOMException('The "' + name + '" performance mark has not been set',
                         'SyntaxError');
}

Performance.prototype.measure = function measure(name, startOrOptions, endMark) {
  var start, end, detail = null;
  if (arguments.length === 0) throw errors.missingArgs('name');
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    var o = startOrOptions;
    start = markTime(o.start, 'start');
    end = markTime(o.end, 'end');
    if (o.duration !== undefined) {
      if (start !== undefined && end === undefined) end = start + o.duration;
      else if (end !== undefined && start === undefined) start = end - o.duration;
    }
    if (o.detail !== undefined) detail = structuredClone(o.detail);
  } else {
    start = markTime(startOrOptions, 'start');
    end = markTime(endMark, 'end');
  }
  if (start === undefined) start = 0;
  if (end === undefined) end = now();
  var m = makeMeasure(String(name), start, end - start, detail);
  measures.push(m);
  enqueue(m);
  return m;
};

function clearList(list, name) {
  if (name === undefined) {
    list.length = 0;
    return;
  }
  for (var i = list.length - 1; i >= 0; i--) if (list[i].name === String(name)) list.splice(i, 1);
}

Performance.prototype.clearMarks = function clearMarks(name) { clearList(marks, name); };
Performance.prototype.clearMeasures = function clearMeasures(name) { clearList(measures, name); };
Performance.prototype.clearResourceTimings = function clearResourceTimings() {};
Performance.prototype.setResourceTimingBufferSize = function setResourceTimingBufferSize() {};

function byStart(a, b) { return a.startTime - b.startTime; }

Performance.prototype.getEntries = function getEntries() {
  return marks.concat(measures).sort(byStart);
};
Performance.prototype.getEntriesByName = function getEntriesByName(name, type) {
  return this.getEntries().filter(function (e) {
    return e.name === String(name) && (type === undefined || e.entryType === String(type));
  });
};
Performance.prototype.getEntriesByType = function getEntriesByType(type) {
  var t = String(type);
  if (t === 'mark') return marks.slice();
  if (t === 'measure') return measures.slice();
  return [];
};

Performance.prototype.timerify = function timerify(fn) {
  if (typeof fn !== 'function') throw errors.invalidArgType('fn', 'Function', fn);
  if (fn.__timerified) return fn.__timerified;
  var timerified = function () {
    var start = now(), result;
    result = this instanceof timerified ? Reflect.construct(fn, arguments, fn)
      : fn.apply(this, arguments);
    var e = new PerformanceEntry(fn.name, 'function', start, now() - start, Array.prototype.slice.call(arguments));
    functions.push(e);
    if (functions.length > 150) functions.shift();
    enqueue(e);
    return result;
  };
  Object.defineProperty(timerified, 'name', { value: 'timerified ' + fn.name, configurable: true });
  Object.defineProperty(timerified, 'length', { value: fn.length, configurable: true });
  Object.defineProperty(fn, '__timerified', { value: timerified, configurable: true });
  return timerified;
};

// The loop's own accounting is not kept: all the time since the origin
// counts as active (utilization 1), as a busy loop's would.
Performance.prototype.eventLoopUtilization = function eventLoopUtilization(u1, u2) {
  var active = now(), cur = { idle: 0, active: active, utilization: active > 0 ? 1 : 0 };
  if (u2 !== undefined) cur = u1, u1 = u2;
  if (u1 === undefined) return cur;
  var a = cur.active - u1.active, i = cur.idle - u1.idle;
  return { idle: i, active: a, utilization: a + i > 0 ? a / (a + i) : 0 };
};

getter(Performance.prototype, 'nodeTiming', function () {
  return { name: 'node', entryType: 'node', startTime: 0, duration: now(),
           nodeStart: 0, v8Start: 0, environment: 0, bootstrapComplete: 0,
           loopStart: 0, loopExit: -1, idleTime: 0 };
});

Performance.prototype.toJSON = function toJSON() {
  return { nodeTiming: this.nodeTiming, timeOrigin: timeOrigin,
           eventLoopUtilization: this.eventLoopUtilization() };
};

// ---- histograms ----

function Histogram() {
  this._values = [];
  this._min = 9223372036854776000;
  this._max = 0;
  this._sum = 0;
  this._exceeds = 0;
}

getter(Histogram.prototype, 'min', function () { return this._min; });
getter(Histogram.prototype, 'max', function () { return this._max; });
getter(Histogram.prototype, 'count', function () { return this._values.length; });
getter(Histogram.prototype, 'exceeds', function () { return this._exceeds; });
getter(Histogram.prototype, 'mean', function () {
  return this._values.length ? this._sum / this._values.length : NaN;
});
getter(Histogram.prototype, 'stddev', function () {
  var n = this._values.length, m, s = 0, i;
  if (n === 0) return NaN;
  m = this._sum / n;
  for (i = 0; i < n; i++) s += (this._values[i] - m) * (this._values[i] - m);
  return Math.sqrt(s / n);
});
Histogram.prototype.percentile = function percentile(p) {
  if (typeof p !== 'number') throw errors.invalidArgType('percentile', 'number', p);
  if (!(p > 0 && p <= 100)) throw errors.outOfRange('percentile', '> 0 && <= 100', p);
  var v = this._values.slice().sort(function (a, b) { return a - b; });
  if (v.length === 0) return 0;
  return v[Math.min(v.length - 1, Math.ceil(p / 100 * v.length) - 1)];
};
getter(Histogram.prototype, 'percentiles', function () {
  var m = new Map(), ps = [0, 50, 75, 87.5, 93.75, 96.875, 98.4375, 99.21875, 100], i;
  if (this._values.length === 0) {
    m.set(100, 0);
    return m;
  }
  for (i = 0; i < ps.length; i++) m.set(ps[i], ps[i] === 0 ? this._min : this.percentile(ps[i]));
  return m;
});
Histogram.prototype.reset = function reset() {
  Histogram.call(this);
};
Histogram.prototype._add = function (v) {
  if (this._values.length >= 100000) {
    this._exceeds++;
    return;
  }
  this._values.push(v);
  this._sum += v;
  if (v < this._min) this._min = v;
  if (v > this._max) this._max = v;
};

function RecordableHistogram() {
  Histogram.call(this);
  this._prev = undefined;
}
RecordableHistogram.prototype = Object.create(Histogram.prototype);
RecordableHistogram.prototype.constructor = RecordableHistogram;
RecordableHistogram.prototype.record = function record(v) {
  if (typeof v !== 'number') throw errors.invalidArgType('val', ['integer', 'bigint'], v);
  if (v < 1) throw errors.outOfRange('val', '>= 1 && <= 9007199254740991', v);
  this._add(v);
};
RecordableHistogram.prototype.recordDelta = function recordDelta() {
  var t = hrMs() * 1e6;
  if (this._prev !== undefined) this._add(Math.max(1, Math.round(t - this._prev)));
  this._prev = t;
};

function createHistogram() {
  return new RecordableHistogram();
}

// The loop's delay: a timer every `resolution` ms (unref'd) records how
// late it fired, in nanoseconds.
function IntervalHistogram(resolution) {
  Histogram.call(this);
  this._resolution = resolution;
  this._timer = null;
}
IntervalHistogram.prototype = Object.create(Histogram.prototype);
IntervalHistogram.prototype.constructor = IntervalHistogram;
IntervalHistogram.prototype.enable = function enable() {
  if (this._timer !== null) return false;
  var self = this, last = hrMs();
  this._timer = setInterval(function () {
    var t = hrMs(), delay = (t - last - self._resolution) * 1e6;
    last = t;
    self._add(Math.max(1, Math.round(delay)));
  }, this._resolution);
  this._timer.unref();
  return true;
};
IntervalHistogram.prototype.disable = function disable() {
  if (this._timer === null) return false;
  clearInterval(this._timer);
  this._timer = null;
  return true;
};

function monitorEventLoopDelay(options) {
  var resolution = 10;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') throw errors.invalidArgType('options', 'Object', options);
    if (options.resolution !== undefined) {
      if (typeof options.resolution !== 'number')
        throw errors.invalidArgType('options.resolution', 'number', options.resolution);
      if (!(options.resolution >= 1) || options.resolution % 1 !== 0)
        throw errors.outOfRange('options.resolution', '>= 1 && <= 4294967295', options.resolution);
      resolution = options.resolution;
    }
  }
  return new IntervalHistogram(resolution);
}

exports.Performance = Performance;
exports.PerformanceEntry = PerformanceEntry;
exports.PerformanceMark = PerformanceMark;
exports.PerformanceMeasure = PerformanceMeasure;
exports.PerformanceObserver = PerformanceObserver;
exports.PerformanceObserverEntryList = PerformanceObserverEntryList;
exports.PerformanceResourceTiming = function PerformanceResourceTiming() {
  throw new TypeError('Illegal constructor');
};
exports.monitorEventLoopDelay = monitorEventLoopDelay;
exports.createHistogram = createHistogram;
exports.performance = performance;
exports.constants = Object.freeze({
  NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8, NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4, NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64
});

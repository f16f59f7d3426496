// internal/fs/watchers: fs.watch (FSWatcher over uv_fs_event_t) and
// fs.watchFile/unwatchFile (StatWatcher over uv_fs_poll_t, one per file).
'use strict';

var EE = require('events');
var errors = require('internal/errors');
var utils = require('internal/fs/utils');
var binding = utils.binding;

var inherits = require('internal/util').inherits;

function FSWatcher() {
  EE.call(this);
  this._closed = false;
}
inherits(FSWatcher, EE);

FSWatcher.prototype._start = function (filename, recursive, persistent, encoding) {
  var self = this;
  binding.watch(this, filename, recursive ? 1 : 0, persistent, function (err, type, name) {
    if (err) {
      self.close();
      self.emit('error', err);
      return;
    }
    if (name !== null && encoding === 'buffer') name = utils.toBuffer(name, 'utf8');
    self.emit('change', type, name);
  });
};
FSWatcher.prototype.close = function () {
  if (this._closed) return;
  this._closed = true;
  binding.watchClose(this);
  var self = this;
  process.nextTick(function () { self.emit('close'); });
};
FSWatcher.prototype.ref = function () { binding.watchRef(this, true); return this; };
FSWatcher.prototype.unref = function () { binding.watchRef(this, false); return this; };

exports.watch = function watch(filename, options, listener) {
  if (typeof options === 'function') { listener = options; options = {}; }
  if (typeof options === 'string') options = { encoding: options };
  options = options || {};
  filename = utils.getPath(filename, 'filename');
  var w = new FSWatcher();
  if (typeof listener === 'function') w.on('change', listener);
  w._start(filename, !!options.recursive, options.persistent !== false, options.encoding);
  return w;
};

// ---- watchFile ----

function StatWatcher() {
  EE.call(this);
  this._lastErr = 0;
}
inherits(StatWatcher, EE);
StatWatcher.prototype.stop = function () {
  binding.watchClose(this);
  var self = this;
  process.nextTick(function () { self.emit('stop'); });
};
StatWatcher.prototype.ref = function () { binding.watchRef(this, true); return this; };
StatWatcher.prototype.unref = function () { binding.watchRef(this, false); return this; };

var statWatchers = Object.create(null);

exports.watchFile = function watchFile(filename, options, listener) {
  filename = utils.getPath(filename, 'filename');
  if (typeof options === 'function') { listener = options; options = {}; }
  options = options || {};
  if (typeof listener !== 'function') throw errors.invalidArgType('listener', 'function', listener);
  var interval = options.interval === undefined ? 5007 : options.interval;
  var key = utils.resolve(filename);
  var st = statWatchers[key];
  if (!st) {
    st = new StatWatcher();
    statWatchers[key] = st;
    binding.poll(st, filename, interval, options.persistent !== false, function (status, curr, prev) {
      // A missing file is reported once, with zeroed stats (as Node does).
      if (status < 0) {
        if (st._lastErr === status) return;
        st._lastErr = status;
      } else {
        st._lastErr = 0;
      }
      st.emit('change', new utils.Stats(curr), new utils.Stats(prev));
    });
  }
  st.on('change', listener);
  return st;
};

exports.unwatchFile = function unwatchFile(filename, listener) {
  filename = utils.getPath(filename, 'filename');
  var key = utils.resolve(filename);
  var st = statWatchers[key];
  if (!st) return;
  if (typeof listener === 'function') st.removeListener('change', listener);
  else st.removeAllListeners('change');
  if (st.listenerCount('change') === 0) {
    st.stop();
    delete statWatchers[key];
  }
};

exports.FSWatcher = FSWatcher;
exports.StatWatcher = StatWatcher;

// v8: the parts of Node 20's module that packages touch on an engine that
// is not V8 (koa checks v8.startupSnapshot; tools read heap statistics).
// getHeapStatistics and friends report the isolate's Duktape heap
// (process.memoryUsage) in V8's field names; serialize/deserialize round
// trip through structuredClone's rules as CBOR (Duktape's encoder) behind
// a version byte - not V8's wire format, so a buffer from node does not
// deserialize here; there is no startup snapshot, coverage, heap snapshot
// or flag to set (setFlagsFromString is accepted and ignored; the
// snapshot and coverage functions do nothing, as node's outside a
// snapshot build).
'use strict';

var errors = require('internal/errors');

function heap() {
  return process.memoryUsage();
}

exports.cachedDataVersionTag = function cachedDataVersionTag() {
  return 0x6a737274; // 'jsrt': changes only with the engine
};

exports.getHeapStatistics = function getHeapStatistics() {
  var m = heap();
  return {
    total_heap_size: m.heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: m.heapTotal,
    total_available_size: 0,
    used_heap_size: m.heapUsed,
    heap_size_limit: 0,
    malloced_memory: m.rss - m.heapTotal > 0 ? m.rss - m.heapTotal : 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: m.external
  };
};

exports.getHeapSpaceStatistics = function getHeapSpaceStatistics() {
  var m = heap();
  return [{ space_name: 'duktape_heap', space_size: m.heapTotal, space_used_size: m.heapUsed,
            space_available_size: 0, physical_space_size: m.heapTotal }];
};

exports.getHeapCodeStatistics = function getHeapCodeStatistics() {
  return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0,
           external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
};

exports.setFlagsFromString = function setFlagsFromString(flags) {
  if (typeof flags !== 'string') throw errors.invalidArgType('flags', 'string', flags);
};

var VERSION = 0x4a; // the first byte of a serialized value

exports.serialize = function serialize(value) {
  var body = CBOR.encode(structuredClone(value));
  var out = Buffer.alloc(body.byteLength + 1);
  out[0] = VERSION;
  Buffer.from(body).copy(out, 1);
  return out;
};

exports.deserialize = function deserialize(buffer) {
  if (!ArrayBuffer.isView(buffer))
    throw errors.invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  var bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (bytes.length < 1 || bytes[0] !== VERSION)
    throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
  return CBOR.decode(bytes.slice(1));
};

exports.takeCoverage = function takeCoverage() {};
exports.stopCoverage = function stopCoverage() {};
exports.setHeapSnapshotNearHeapLimit = function setHeapSnapshotNearHeapLimit() {};

function notImplemented(name) {
  return function () {
    throw errors.make(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The ' + name + ' method is not implemented');
  };
}
exports.getHeapSnapshot = notImplemented('getHeapSnapshot()');
exports.writeHeapSnapshot = notImplemented('writeHeapSnapshot()');
exports.queryObjects = notImplemented('queryObjects()');

exports.startupSnapshot = {
  isBuildingSnapshot: function isBuildingSnapshot() { return false; },
  addSerializeCallback: function addSerializeCallback() {
    throw errors.make(Error, 'ERR_NOT_BUILDING_SNAPSHOT', 'Operation cannot be invoked when not building startup snapshot');
  },
  addDeserializeCallback: function addDeserializeCallback() {
    throw errors.make(Error, 'ERR_NOT_BUILDING_SNAPSHOT', 'Operation cannot be invoked when not building startup snapshot');
  },
  setDeserializeMainFunction: function setDeserializeMainFunction() {
    throw errors.make(Error, 'ERR_NOT_BUILDING_SNAPSHOT', 'Operation cannot be invoked when not building startup snapshot');
  }
};

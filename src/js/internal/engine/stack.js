// internal/engine/stack: the CallSite objects of V8's stack API, for
// Error.prepareStackTrace(err, callSites). src/error.c makes the frames
// from Duktape's traceback ([name, file, line, flags, fn] each; flags as
// JSRT__FRAME_* in src/internal.h) and calls prepare() when a stack is
// read while Error.prepareStackTrace is a function. Duktape knows lines,
// not columns: getColumnNumber() is null.
'use strict';

var NATIVE = 1, CONSTRUCT = 2, STRICT = 4, EVAL = 8;

function CallSite(frame) {
  this._f = frame;
}

var proto = CallSite.prototype;
proto.getThis = function getThis() { return undefined; };
proto.getTypeName = function getTypeName() { return null; };
proto.getFunction = function getFunction() {
  return (this._f[3] & STRICT) ? undefined : this._f[4];
};
proto.getFunctionName = function getFunctionName() {
  return this._f[0] === '' ? null : this._f[0];
};
proto.getMethodName = function getMethodName() { return null; };
proto.getFileName = function getFileName() {
  return (this._f[3] & NATIVE) || this._f[1] === '' ? undefined : this._f[1];
};
proto.getScriptNameOrSourceURL = proto.getFileName;
proto.getScriptHash = function getScriptHash() { return ''; };
proto.getLineNumber = function getLineNumber() {
  return (this._f[3] & NATIVE) ? null : this._f[2];
};
proto.getColumnNumber = function getColumnNumber() { return null; };
proto.getEnclosingLineNumber = function getEnclosingLineNumber() { return null; };
proto.getEnclosingColumnNumber = function getEnclosingColumnNumber() { return null; };
proto.getPosition = function getPosition() { return 0; };
proto.getEvalOrigin = function getEvalOrigin() { return undefined; };
proto.getPromiseIndex = function getPromiseIndex() { return null; };
proto.isToplevel = function isToplevel() { return this._f[0] === ''; };
proto.isEval = function isEval() { return (this._f[3] & EVAL) !== 0; };
proto.isNative = function isNative() { return false; };
proto.isConstructor = function isConstructor() { return (this._f[3] & CONSTRUCT) !== 0; };
proto.isAsync = function isAsync() { return false; };
proto.isPromiseAll = function isPromiseAll() { return false; };
proto.toString = function toString() {
  var f = this._f, name = f[0], where;
  if (f[3] & NATIVE) where = 'native';
  else where = (f[1] === '' ? '<anonymous>' : f[1]) + ':' + f[2];
  if (f[3] & CONSTRUCT) return 'new ' + (name || '<anonymous>') + ' (' + where + ')';
  return name === '' ? where : name + ' (' + where + ')';
};

var preparing = false;

// The value of err.stack when Error.prepareStackTrace is a function. A
// prepareStackTrace that reads a stack itself gets V8's text meanwhile.
exports.prepare = function prepare(err, frames, limit) {
  var fn = Error.prepareStackTrace, sites = [], i;
  for (i = 0; i < frames.length && sites.length < limit; i++) {
    if ((frames[i][3] & NATIVE) && frames[i][0] === '') continue;
    sites.push(new CallSite(frames[i]));
  }
  if (preparing) return format(err, sites);
  preparing = true;
  try {
    return fn(err, sites);
  } finally {
    preparing = false;
  }
};

function format(err, sites) {
  var s;
  try { s = Error.prototype.toString.call(err); } catch (e) { s = 'Error'; }
  for (var i = 0; i < sites.length; i++) s += '\n    at ' + sites[i].toString();
  return s;
}

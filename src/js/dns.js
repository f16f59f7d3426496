// dns: lookup() on the system resolver (uv_getaddrinfo on the thread pool,
// src/dns.c) and dns.promises.lookup. Node's argument handling: family
// 0/4/6 (or 'IPv4'/'IPv6'), all, hints; an IP address resolves to itself.
'use strict';

var errors = require('internal/errors');

var ADDRCONFIG = native.ADDRCONFIG;
var V4MAPPED = native.V4MAPPED;
var ALL = native.ALL;

function ipFamily(s) { return native.isIP(s); }

function normalize(hostname, options) {
  var family = 0, all = false, hints = 0, verbatim = true;
  if (hostname && typeof hostname !== 'string')
    throw errors.invalidArgType('hostname', 'string', hostname);
  if (typeof options === 'number' || options === undefined || options === null) {
    family = options || 0;
  } else if (typeof options === 'object') {
    if (options.family !== undefined && options.family !== null) {
      family = options.family;
      if (family === 'IPv4') family = 4;
      else if (family === 'IPv6') family = 6;
    }
    if (options.hints !== undefined) hints = options.hints >>> 0;
    all = options.all === true;
    if (options.verbatim !== undefined) verbatim = options.verbatim !== false;
  } else {
    throw errors.invalidArgType('options', 'integer or an instance of Object', options);
  }
  if (family !== 0 && family !== 4 && family !== 6)
    throw errors.make(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The property 'options.family' must be one of: 0, 4, 6. Received " + String(family));
  if (hints !== 0 && (hints & ~(ADDRCONFIG | V4MAPPED | ALL)) !== 0)
    throw errors.make(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'hints' is invalid. Received " + hints);
  return { family: family, all: all, hints: hints, verbatim: verbatim };
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = 0;
  }
  if (typeof callback !== 'function')
    throw errors.invalidArgType('callback', 'function', callback);
  var o = normalize(hostname, options);
  if (!hostname) {
    process.nextTick(function () {
      if (o.all) callback(null, []);
      else callback(null, null, o.family === 6 ? 6 : 4);
    });
    return {};
  }
  var matched = ipFamily(hostname);
  if (matched) {
    process.nextTick(function () {
      if (o.all) callback(null, [{ address: hostname, family: matched }]);
      else callback(null, hostname, matched);
    });
    return {};
  }
  native.getaddrinfo(hostname, o.family, o.hints, function (err, addrs) {
    if (err) return callback(err);
    if (o.all) return callback(null, addrs);
    callback(null, addrs[0].address, addrs[0].family);
  });
  return {};
}

function lookupPromise(hostname, options) {
  return new Promise(function (resolve, reject) {
    var all = options && typeof options === 'object' && options.all === true;
    lookup(hostname, options, function (err, address, family) {
      if (err) return reject(err);
      if (all) resolve(address);
      else resolve({ address: address, family: family });
    });
  });
}

exports.lookup = lookup;
exports.ADDRCONFIG = ADDRCONFIG;
exports.V4MAPPED = V4MAPPED;
exports.ALL = ALL;
exports.NOTFOUND = 'ENOTFOUND';
exports.promises = { lookup: lookupPromise };

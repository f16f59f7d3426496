// os: Node's os module. The facts come from libuv (src/os.c); this file
// gives them Node's shapes (networkInterfaces grouping and cidr, tmpdir's
// environment lookup, constants, argument validation).
'use strict';

var errors = require('internal/errors');

function validateInt32(v, name, min, max) {
  if (typeof v !== 'number')
    throw errors.invalidArgType(name, 'number', v);
  if (v !== Math.floor(v))
    throw errors.outOfRange(name, 'an integer', v);
  if (v < min || v > max)
    throw errors.outOfRange(name, '>= ' + min + ' && <= ' + max, v);
}

// A failing libuv call surfaces as Node's SystemError (ERR_SYSTEM_ERROR).
function checked(fn, a, b) {
  try {
    return fn(a, b);
  } catch (e) {
    if (e && typeof e.errno === 'number' && typeof e.syscall === 'string')
      throw errors.systemError(e);
    throw e;
  }
}

function uname() {
  return checked(native.uname);
}

// Node lets `${os.hostname}` work like os.hostname(): keep that.
function withPrimitive(fn) {
  if (typeof Symbol === 'function' && Symbol.toPrimitive)
    fn[Symbol.toPrimitive] = function () { return fn(); };
  return fn;
}

var hostname = withPrimitive(function hostname() {
  return checked(native.hostname);
});
// $HOME first, as uv_os_homedir does, but from process.env so that a
// script's changes to it are seen.
var homedir = withPrimitive(function homedir() {
  var home = process.env.HOME;
  return typeof home === 'string' && home.length > 0 ? home
                                                     : checked(native.homedir);
});
var uptime = withPrimitive(function uptime() { return checked(native.uptime); });
var totalmem = withPrimitive(function totalmem() { return native.totalmem(); });
var freemem = withPrimitive(function freemem() { return native.freemem(); });
var type = withPrimitive(function type() { return uname().sysname; });
var release = withPrimitive(function release() { return uname().release; });
var version = withPrimitive(function version() { return uname().version; });
var machine = withPrimitive(function machine() { return uname().machine; });
var endianness = withPrimitive(function endianness() {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
});

function tmpdir() {
  var env = process.env;
  var path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.charAt(path.length - 1) === '/')
    path = path.slice(0, -1);
  return path;
}
withPrimitive(tmpdir);

function arch() { return process.arch; }
withPrimitive(arch);
function platform() { return process.platform; }
withPrimitive(platform);

function cpus() { return native.cpus(); }
function loadavg() { return native.loadavg(); }
function availableParallelism() { return native.availableParallelism(); }

// Prefix length of a netmask, or null when its ones are not contiguous.
function cidrOf(address, netmask, family) {
  var ones = 0, split = '.', range = 10, groupLength = 8, hasZeros = false;
  var i, part, binary, bit;
  if (family === 'IPv6') {
    split = ':';
    range = 16;
    groupLength = 16;
  }
  var parts = netmask.split(split);
  for (i = 0; i < parts.length; i++) {
    if (parts[i] === '')
      continue;
    part = parseInt(parts[i], range);
    binary = part.toString(2);
    while (binary.length < groupLength) binary = '0' + binary;
    for (bit = 0; bit < binary.length; bit++) {
      if (binary.charAt(bit) === '1') {
        if (hasZeros)
          return null;
        ones++;
      } else {
        hasZeros = true;
      }
    }
  }
  return address + '/' + ones;
}

function networkInterfaces() {
  var list = checked(native.interfaces), result = {}, i, e, entry;
  for (i = 0; i < list.length; i++) {
    e = list[i];
    entry = {
      address: e[1],
      netmask: e[2],
      family: e[3],
      mac: e[4],
      internal: e[5],
      cidr: cidrOf(e[1], e[2], e[3])
    };
    if (e[3] === 'IPv6')
      entry.scopeid = e[6];
    if (!Object.prototype.hasOwnProperty.call(result, e[0]))
      result[e[0]] = [];
    result[e[0]].push(entry);
  }
  return result;
}

function userInfo(options) {
  var info = checked(native.userInfo);
  if (options && options.encoding === 'buffer') {
    ['username', 'homedir', 'shell'].forEach(function (k) {
      if (typeof info[k] === 'string')
        info[k] = Buffer.from ? Buffer.from(info[k]) : new Buffer(info[k]);
    });
  }
  return info;
}

function getPriority(pid) {
  if (pid === undefined)
    pid = 0;
  else
    validateInt32(pid, 'pid', -2147483648, 2147483647);
  return checked(native.getPriority, pid);
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid', -2147483648, 2147483647);
  validateInt32(priority, 'priority', -20, 19);
  checked(native.setPriority, pid, priority);
}

var constants = {
  UV_UDP_REUSEADDR: 4,
  dlopen: {RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0,
           RTLD_DEEPBIND: 8},
  errno: native.errno,
  signals: native.signals,
  priority: native.priority
};
Object.freeze(constants.signals);
Object.freeze(constants.dlopen);
Object.freeze(constants.priority);
Object.freeze(constants.errno);
Object.freeze(constants);

module.exports = {
  arch: arch,
  availableParallelism: availableParallelism,
  cpus: cpus,
  endianness: endianness,
  freemem: freemem,
  getPriority: getPriority,
  homedir: homedir,
  hostname: hostname,
  loadavg: loadavg,
  networkInterfaces: networkInterfaces,
  platform: platform,
  release: release,
  setPriority: setPriority,
  tmpdir: tmpdir,
  totalmem: totalmem,
  type: type,
  userInfo: userInfo,
  uptime: uptime,
  version: version,
  machine: machine
};
Object.defineProperty(module.exports, 'constants', {
  configurable: false, enumerable: true, value: constants
});
Object.defineProperty(module.exports, 'EOL', {
  configurable: true, enumerable: true, writable: false, value: '\n'
});
Object.defineProperty(module.exports, 'devNull', {
  configurable: true, enumerable: true, writable: false, value: '/dev/null'
});

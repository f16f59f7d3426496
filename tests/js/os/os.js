// Ported from Node.js test/parallel/test-os.js, test-os-eol.js,
// test-os-constants-signals.js, test-os-process-priority.js and
// test-os-homedir-no-envvar.js (MIT license, Copyright Node.js
// contributors): the POSIX cases.
'use strict';
var assert = require('../_assert.js');
var os = require('os');
var path = require('path');

// tmpdir
process.env.TMPDIR = '/tmpdir';
process.env.TMP = '/tmp';
process.env.TEMP = '/temp';
assert.strictEqual(os.tmpdir(), '/tmpdir');
process.env.TMPDIR = '';
assert.strictEqual(os.tmpdir(), '/tmp');
process.env.TMP = '';
assert.strictEqual(os.tmpdir(), '/temp');
process.env.TEMP = '';
assert.strictEqual(os.tmpdir(), '/tmp');
process.env.TMPDIR = '/tmpdir/';
assert.strictEqual(os.tmpdir(), '/tmpdir');
process.env.TMPDIR = '/tmpdir\\';
assert.strictEqual(os.tmpdir(), '/tmpdir\\');
process.env.TMPDIR = '/';
assert.strictEqual(os.tmpdir(), '/');

var endianness = os.endianness();
assert.ok(/[BL]E/.test(endianness));
assert.strictEqual(os.endianness(), 'LE'); // every platform we build on

var hostname = os.hostname();
assert.strictEqual(typeof hostname, 'string');
assert.ok(hostname.length > 0);

var uptime = os.uptime();
assert.strictEqual(typeof uptime, 'number');
assert.ok(uptime > 0);

var cpus = os.cpus();
assert.ok(Array.isArray(cpus) && cpus.length > 0);
cpus.forEach(function (cpu) {
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(typeof cpu.speed, 'number');
  ['user', 'nice', 'sys', 'idle', 'irq'].forEach(function (k) {
    assert.strictEqual(typeof cpu.times[k], 'number');
    assert.ok(cpu.times[k] >= 0);
  });
});

var type = os.type();
assert.strictEqual(type, 'Linux');
var release = os.release();
assert.ok(typeof release === 'string' && release.length > 0);
assert.ok(/^\d+\.\d+/.test(release));
var version = os.version();
assert.ok(typeof version === 'string' && version.length > 0);
var machine = os.machine();
assert.ok(typeof machine === 'string' && machine.length > 0);

assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.ok(os.arch().length > 0);

var loadavg = os.loadavg();
assert.ok(Array.isArray(loadavg) && loadavg.length === 3);
loadavg.forEach(function (v) { assert.ok(typeof v === 'number' && v >= 0); });
assert.ok(os.freemem() > 0);
assert.ok(os.totalmem() > 0);
assert.ok(os.totalmem() >= os.freemem());
assert.ok(os.availableParallelism() >= 1);

// networkInterfaces
var interfaces = os.networkInterfaces();
var lo = (interfaces.lo || []).filter(function (e) {
  return e.address === '127.0.0.1';
});
assert.deepStrictEqual(lo, [{address: '127.0.0.1', netmask: '255.0.0.0',
                             family: 'IPv4', mac: '00:00:00:00:00:00',
                             internal: true, cidr: '127.0.0.1/8'}]);
Object.keys(interfaces).forEach(function (name) {
  interfaces[name].forEach(function (e) {
    assert.ok(e.family === 'IPv4' || e.family === 'IPv6');
    assert.ok(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(e.mac));
    assert.strictEqual(typeof e.internal, 'boolean');
    if (e.family === 'IPv6')
      assert.strictEqual(typeof e.scopeid, 'number');
    if (e.cidr !== null)
      assert.strictEqual(e.cidr.split('/')[0], e.address);
  });
});

// EOL, devNull (test-os-eol.js)
assert.strictEqual(os.EOL, '\n');
assert.throws(function () { os.EOL = 123; }, TypeError);
assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');

// homedir (also test-os-homedir-no-envvar.js)
var home = os.homedir();
assert.strictEqual(typeof home, 'string');
assert.ok(home.indexOf(path.sep) !== -1);
if (process.env.HOME) {
  assert.strictEqual(home, process.env.HOME);
  delete process.env.HOME;
  assert.ok(os.homedir().indexOf(path.sep) !== -1);
  process.env.HOME = home;
}

// userInfo
var pwd = os.userInfo();
assert.strictEqual(typeof pwd.uid, 'number');
assert.strictEqual(typeof pwd.gid, 'number');
assert.notStrictEqual(pwd.shell.indexOf(path.sep), -1);
assert.strictEqual(typeof pwd.username, 'string');
assert.notStrictEqual(pwd.homedir.indexOf(path.sep), -1);
var pwdBuf = os.userInfo({encoding: 'buffer'});
assert.strictEqual(pwd.uid, pwdBuf.uid);
assert.strictEqual(pwd.gid, pwdBuf.gid);
assert.strictEqual(pwd.shell, pwdBuf.shell.toString('utf8'));
assert.strictEqual(pwd.username, pwdBuf.username.toString('utf8'));
assert.strictEqual(pwd.homedir, pwdBuf.homedir.toString('utf8'));
// Options that are not objects are ignored, as in Node.
[null, true, 1, ''].forEach(function (v) {
  assert.strictEqual(os.userInfo(v).username, pwd.username);
});

// Functions that return a primitive also convert to it.
assert.strictEqual('' + os.hostname, os.hostname());
assert.strictEqual('' + os.homedir, os.homedir());
assert.strictEqual('' + os.type, os.type());
assert.strictEqual('' + os.endianness, os.endianness());
assert.strictEqual('' + os.tmpdir, os.tmpdir());
assert.strictEqual(+os.totalmem, os.totalmem());

// constants (test-os-constants-signals.js)
assert.ok(Object.isFrozen(os.constants.signals));
assert.strictEqual(os.constants.signals.SIGINT, 2);
assert.strictEqual(os.constants.signals.SIGTERM, 15);
assert.strictEqual(os.constants.signals.SIGKILL, 9);
assert.strictEqual(os.constants.errno.ENOENT, 2);
assert.strictEqual(os.constants.errno.EACCES, 13);
assert.strictEqual(os.constants.priority.PRIORITY_LOW, 19);
assert.strictEqual(os.constants.priority.PRIORITY_HIGHEST, -20);
assert.strictEqual(os.constants.dlopen.RTLD_NOW, 2);
assert.throws(function () { os.constants.signals.SIGINT = 5; }, TypeError);

// priority (test-os-process-priority.js)
assert.strictEqual(typeof os.getPriority(), 'number');
assert.strictEqual(os.getPriority(), os.getPriority(0));
assert.strictEqual(os.getPriority(), os.getPriority(process.pid));
['foo', null, {}].forEach(function (pid) {
  assert.throws(function () { os.getPriority(pid); },
                {code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError'});
  assert.throws(function () { os.setPriority(pid, 0); },
                {code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError'});
});
[NaN, 1.5, Infinity].forEach(function (pid) {
  assert.throws(function () { os.getPriority(pid); },
                {code: 'ERR_OUT_OF_RANGE', name: 'RangeError'});
});
[-21, 20, 1.5].forEach(function (prio) {
  assert.throws(function () { os.setPriority(0, prio); },
                {code: 'ERR_OUT_OF_RANGE', name: 'RangeError'});
});
var prio = os.getPriority();
os.setPriority(prio); // same priority: always allowed
assert.strictEqual(os.getPriority(), prio);
var e = assert.throws(function () { os.getPriority(-1 >>> 1); },
                      {code: 'ERR_SYSTEM_ERROR', name: 'SystemError',
                       message: 'A system error occurred: uv_os_getpriority ' +
                                'returned ESRCH (no such process)'});
assert.deepStrictEqual(e.info, {errno: -3, code: 'ESRCH', message: 'no such process',
                                syscall: 'uv_os_getpriority'});
assert.strictEqual(e.errno, -3);
assert.strictEqual(e.syscall, 'uv_os_getpriority');
assert.throws(function () { os.setPriority(-1 >>> 1, 0); },
              {code: 'ERR_SYSTEM_ERROR', name: 'SystemError'});

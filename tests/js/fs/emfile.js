// Running out of file descriptors: EMFILE surfaces on the failing call (sync
// and async) and the process carries on once descriptors are closed.
'use strict';
var assert = require('assert');
var fs = require('fs');

var fds = [], err = null;
for (var i = 0; i < 70000; i++) {
  try { fds.push(fs.openSync('/dev/null', 'r')); } catch (e) { err = e; break; }
}
if (err === null) {
  // The descriptor limit is too high to reach here: nothing to test.
  fds.forEach(function (fd) { fs.closeSync(fd); });
} else {
  assert.strictEqual(err.code, 'EMFILE');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, '/dev/null');
  fs.open('/dev/null', 'r', function (e2) {
    assert.strictEqual(e2.code, 'EMFILE');
    fs.readFile('/dev/null', function (e3) {
      assert.strictEqual(e3.code, 'EMFILE');
      fds.forEach(function (fd) { fs.closeSync(fd); });
      fs.readFile('/proc/self/stat', 'utf8', function (e4, s) {
        assert.ifError(e4);
        assert(s.length > 0);
        console.log('ok');
      });
    });
  });
}

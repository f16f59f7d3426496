// Ported from Node.js test/parallel/test-fs-watch.js, test-fs-watchfile.js,
// test-fs-watch-enoent.js (MIT license, Copyright Node.js contributors) - selected cases.
'use strict';
var common = require('./_common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var tmp = common.tmpdir.refresh();

// fs.watch on a directory sees a file created in it (the write is repeated
// until seen, and a guard fails the test instead of hanging on a loaded box)
(function () {
  var dir = path.join(tmp, 'watched');
  fs.mkdirSync(dir);
  var seen = false;
  var w = fs.watch(dir, common.mustCallAtLeast(function (event, filename) {
    assert.ok(event === 'rename' || event === 'change');
    assert.strictEqual(filename, 'new.txt');
    if (!seen) {
      seen = true;
      clearInterval(writer);
      w.close();
    }
  }, 1));
  assert.ok(w instanceof require('events'));
  w.on('close', common.mustCall());
  var n = 0;
  var writer = setInterval(function () { fs.writeFileSync(path.join(dir, 'new.txt'), String(n++)); }, 20);
  setTimeout(function () {
    if (!seen) { clearInterval(writer); w.close(); assert.fail('no fs.watch event in 20 s'); }
  }, 20000).unref();
})();

// fs.watch on a missing file throws ENOENT with syscall 'watch'
assert.throws(function () { fs.watch(path.join(tmp, 'nope'), function () {}); },
  { code: 'ENOENT', syscall: 'watch', path: path.join(tmp, 'nope') });
assert.throws(function () { fs.watch(42, function () {}); }, { code: 'ERR_INVALID_ARG_TYPE' });

// watchFile: a change is seen with curr/prev Stats; unwatchFile stops it
(function () {
  var file = path.join(tmp, 'polled.txt');
  fs.writeFileSync(file, 'a');
  var listener = common.mustCall(function (curr, prev) {
    assert.ok(curr instanceof fs.Stats);
    assert.ok(prev instanceof fs.Stats);
    assert.strictEqual(curr.size, 3);
    assert.strictEqual(prev.size, 1);
    fs.unwatchFile(file, listener);
  });
  fs.watchFile(file, { interval: 20 }, listener);
  // The write must come after the watcher's first stat (its baseline) is
  // back from the thread pool. Armed from the loop rather than the main
  // script, the delay counts from a fresh loop time, not from before the
  // script ran.
  setImmediate(function () {
    setTimeout(function () { fs.writeFileSync(file, 'abc'); }, common.platformTimeout(100));
  });
})();

// watchFile on a missing file: one call with zeroed stats, then the
// creation with the previous stats zeroed
(function () {
  var file = path.join(tmp, 'later.txt');
  var calls = 0;
  fs.watchFile(file, { interval: 20 }, common.mustCall(function (curr, prev) {
    calls++;
    assert.strictEqual(prev.size, 0);
    assert.strictEqual(prev.mtimeMs, 0);
    if (calls === 1) {
      assert.strictEqual(curr.mtimeMs, 0);
      setTimeout(function () { fs.writeFileSync(file, 'hi'); }, 50);
    } else {
      assert.strictEqual(curr.size, 2);
      fs.unwatchFile(file);
    }
  }, 2));
})();
assert.throws(function () { fs.watchFile(path.join(tmp, 'x')); }, { code: 'ERR_INVALID_ARG_TYPE' });

// Ported from Node.js test/parallel/test-fs-write-stream-end.js, test-fs-read-stream-double-close.js,
// test-fs-write-stream-double-close.js (MIT license, Copyright Node.js contributors)
'use strict';
var common = require('./_common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var tmp = common.tmpdir.refresh();

(function () {
  var stream = fs.createWriteStream(path.join(tmp, 'write-end-test0.txt'));
  stream.end();
  stream.on('close', common.mustCall());
})();
(function () {
  var file = path.join(tmp, 'write-end-test1.txt');
  var stream = fs.createWriteStream(file);
  stream.end('a\n', 'utf8');
  stream.on('close', common.mustCall(function () {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'a\n');
  }));
})();
(function () {
  var s = fs.createReadStream(__filename);
  s.close(common.mustCall());
  s.close(common.mustCall());
})();
(function () {
  var s = fs.createReadStream(__filename);
  s.destroy(null, common.mustCall());
  s.destroy(null, common.mustCall());
})();
(function () {
  var s = fs.createWriteStream(path.join(tmp, 'rw'));
  s.close(common.mustCall());
  s.close(common.mustCall());
})();
(function () {
  var s = fs.createWriteStream(path.join(tmp, 'rw2'));
  var emits = 0;
  s.on('close', function () { emits++; });
  s.close(common.mustCall(function () {
    assert.strictEqual(emits, 1);
    s.close(common.mustCall(function () { assert.strictEqual(emits, 1); }));
    process.nextTick(function () {
      s.close(common.mustCall(function () { assert.strictEqual(emits, 1); }));
    });
  }));
})();
(function () {
  var s = fs.createWriteStream(path.join(tmp, 'rw3'), { autoClose: false });
  s.close(common.mustCall());
  s.close(common.mustCall());
})();

// Ported from Node.js test/parallel/test-fs-mkdir.js (MIT license, Copyright Node.js contributors)
'use strict';
var common = require('./_common');
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var tmp = common.tmpdir.refresh();
var dirc = 0;
function nextdir() { return 'test' + (++dirc); }

(function () {
  var pathname = path.join(tmp, nextdir());
  fs.mkdir(pathname, common.mustCall(function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.existsSync(pathname), true);
  }));
})();
(function () {
  var pathname = path.join(tmp, nextdir());
  fs.mkdir(pathname, 511, common.mustCall(function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.existsSync(pathname), true);
  }));
})();
(function () {
  var pathname = path.join(tmp, nextdir());
  fs.mkdir(pathname, { mode: 511 }, common.mustCall(function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.existsSync(pathname), true);
  }));
})();
(function () {
  var pathname = path.join(tmp, nextdir());
  fs.mkdirSync(pathname, { mode: 511 });
  assert.strictEqual(fs.existsSync(pathname), true);
})();
(function () {
  var pathname = path.join(tmp, nextdir());
  fs.mkdirSync(pathname);
  assert.strictEqual(fs.existsSync(pathname), true);
})();

[false, 1, {}, [], null, undefined].forEach(function (i) {
  assert.throws(function () { fs.mkdir(i, common.mustNotCall()); }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(function () { fs.mkdirSync(i); }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
});

(function () {
  var pathname = path.join(tmp, nextdir(), nextdir());
  fs.mkdirSync(pathname, { recursive: true });
  assert.strictEqual(fs.existsSync(pathname), true);
  assert.strictEqual(fs.statSync(pathname).isDirectory(), true);
})();
(function () {
  var pathname = path.join(tmp, nextdir(), nextdir());
  fs.mkdirSync(pathname, { recursive: true });
  fs.mkdirSync(pathname, { recursive: true });
  assert.strictEqual(fs.statSync(pathname).isDirectory(), true);
})();
(function () {
  var pathname = tmp + '/' + nextdir() + '/../' + nextdir() + '/' + nextdir();
  fs.mkdirSync(pathname, { recursive: true });
  assert.strictEqual(fs.statSync(pathname).isDirectory(), true);
})();
(function () {
  var pathname = path.join(tmp, nextdir(), nextdir());
  fs.mkdirSync(path.dirname(pathname));
  fs.writeFileSync(pathname, '', 'utf8');
  assert.throws(function () { fs.mkdirSync(pathname, { recursive: true }); },
    { code: 'EEXIST', message: /EEXIST: .*mkdir/, name: 'Error', syscall: 'mkdir' });
})();
(function () {
  var filename = path.join(tmp, nextdir(), nextdir());
  var pathname = path.join(filename, nextdir(), nextdir());
  fs.mkdirSync(path.dirname(filename));
  fs.writeFileSync(filename, '', 'utf8');
  assert.throws(function () { fs.mkdirSync(pathname, { recursive: true }); },
    { code: 'ENOTDIR', message: /ENOTDIR: .*mkdir/, name: 'Error', syscall: 'mkdir', path: pathname });
})();
(function () {
  var pathname = path.join(tmp, nextdir(), nextdir());
  fs.mkdir(pathname, { recursive: true }, common.mustCall(function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.statSync(pathname).isDirectory(), true);
  }));
})();
(function () {
  var pathname = path.join(tmp, nextdir(), nextdir());
  fs.mkdirSync(path.dirname(pathname));
  fs.writeFileSync(pathname, '', 'utf8');
  fs.mkdir(pathname, { recursive: true }, common.mustCall(function (err) {
    assert.strictEqual(err.code, 'EEXIST');
    assert.strictEqual(err.syscall, 'mkdir');
    assert.strictEqual(fs.statSync(pathname).isDirectory(), false);
  }));
})();
(function () {
  var filename = path.join(tmp, nextdir(), nextdir());
  var pathname = path.join(filename, nextdir(), nextdir());
  fs.mkdirSync(path.dirname(filename));
  fs.writeFileSync(filename, '', 'utf8');
  fs.mkdir(pathname, { recursive: true }, common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ENOTDIR');
    assert.strictEqual(err.syscall, 'mkdir');
    assert.strictEqual(fs.existsSync(pathname), false);
    assert(err.path.indexOf(filename) === 0);
  }));
})();
(function () {
  var pathname = path.join(tmp, nextdir());
  ['', 1, {}, [], null, function () {}].forEach(function (recursive) {
    assert.throws(function () { fs.mkdir(pathname, { recursive: recursive }, common.mustNotCall()); },
      { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: /^The "options.recursive" property must be of type boolean\./ });
    assert.throws(function () { fs.mkdirSync(pathname, { recursive: recursive }); },
      { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  });
})();
(function () {
  var dir1 = nextdir(), dir2 = nextdir();
  var first = path.join(tmp, dir1), pathname = path.join(tmp, dir1, dir2);
  fs.mkdir(pathname, { recursive: true }, common.mustCall(function (err, result) {
    assert.strictEqual(err, null);
    assert.strictEqual(result, first);
  }));
})();
(function () {
  var dir1 = nextdir(), dir2 = nextdir();
  var pathname = path.join(tmp, dir1, dir2);
  fs.mkdirSync(path.join(tmp, dir1));
  fs.mkdir(pathname, { recursive: true }, common.mustCall(function (err, result) {
    assert.strictEqual(err, null);
    assert.strictEqual(result, pathname);
  }));
})();
(function () {
  var dir1 = nextdir(), dir2 = nextdir();
  var pathname = path.join(tmp, dir1, dir2);
  fs.mkdirSync(pathname, { recursive: true });
  fs.mkdir(pathname, { recursive: true }, common.mustCall(function (err, p) {
    assert.strictEqual(err, null);
    assert.strictEqual(p, undefined);
  }));
})();
(function () {
  var dir1 = nextdir(), dir2 = nextdir();
  var pathname = path.join(tmp, dir1, dir2);
  assert.strictEqual(fs.mkdirSync(pathname, { recursive: true }), path.join(tmp, dir1));
  assert.strictEqual(fs.mkdirSync(pathname, { recursive: true }), undefined);
  var p3 = path.join(pathname, nextdir());
  assert.strictEqual(fs.mkdirSync(p3, { recursive: true }), p3);
})();

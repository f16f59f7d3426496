// Ported from Node.js test/parallel/test-stream2-transform.js (MIT license, Copyright Node.js contributors)
'use strict';
var common = require('../fs/_common');
var assert = require('assert');
var stream = require('stream');
var PassThrough = stream.PassThrough, Transform = stream.Transform;
function B(s) { return new Buffer(s); }

(function () {
  // writable side consumption
  var tx = new Transform({ highWaterMark: 10 });
  var transformed = 0;
  tx._transform = function (chunk, encoding, cb) {
    transformed += chunk.length;
    tx.push(chunk);
    cb();
  };
  for (var i = 1; i <= 10; i++) tx.write(new Buffer(i));
  tx.end();
  assert.strictEqual(tx._readableState.length, 10);
  assert.strictEqual(transformed, 10);
  assert.deepStrictEqual(tx._writableState.getBuffer().map(function (c) { return c.chunk.length; }), [5, 6, 7, 8, 9, 10]); // current Node (the old file predates the Transform rewrite)
})();
(function () {
  var pt = new PassThrough();
  pt.write(B('foog')); pt.write(B('bark')); pt.write(B('bazy')); pt.write(B('kuel'));
  pt.end();
  assert.strictEqual(pt.read(5).toString(), 'foogb');
  assert.strictEqual(pt.read(5).toString(), 'arkba');
  assert.strictEqual(pt.read(5).toString(), 'zykue');
  assert.strictEqual(pt.read(5).toString(), 'l');
})();
(function () {
  var pt = new PassThrough({ objectMode: true });
  pt.write(1); pt.write(true); pt.write(false); pt.write(0); pt.write('foo'); pt.write(''); pt.write({ a: 'b' });
  pt.end();
  assert.strictEqual(pt.read(), 1);
  assert.strictEqual(pt.read(), true);
  assert.strictEqual(pt.read(), false);
  assert.strictEqual(pt.read(), 0);
  assert.strictEqual(pt.read(), 'foo');
  assert.strictEqual(pt.read(), '');
  assert.deepStrictEqual(pt.read(), { a: 'b' });
})();
(function () {
  var pt = PassThrough();
  assert(pt instanceof PassThrough);
})();
(function () {
  var pt = new Transform();
  pt._transform = function (c, e, cb) {
    var ret = new Buffer(c.length);
    for (var i = 0; i < ret.length; i++) ret[i] = 120;
    pt.push(ret);
    cb();
  };
  pt.write(B('foog')); pt.write(B('bark')); pt.write(B('bazy')); pt.write(B('kuel'));
  pt.end();
  assert.strictEqual(pt.read(5).toString(), 'xxxxx');
  assert.strictEqual(pt.read(5).toString(), 'xxxxx');
  assert.strictEqual(pt.read(5).toString(), 'xxxxx');
  assert.strictEqual(pt.read(5).toString(), 'x');
})();
(function () {
  var pt = new Transform({ objectMode: true });
  pt._transform = function (c, e, cb) { pt.push(JSON.stringify(c)); cb(); };
  pt.write(1); pt.write(true); pt.write(false); pt.write(0); pt.write('foo'); pt.write(''); pt.write({ a: 'b' });
  pt.end();
  ['1', 'true', 'false', '0', '"foo"', '""', '{"a":"b"}'].forEach(function (v) { assert.strictEqual(pt.read(), v); });
})();
(function () {
  var pt = new Transform();
  pt._transform = function (chunk, encoding, cb) {
    setTimeout(function () { pt.push(chunk); cb(); }, 10);
  };
  pt.write(B('foog')); pt.write(B('bark')); pt.write(B('bazy')); pt.write(B('kuel'));
  pt.end();
  pt.on('finish', common.mustCall(function () {
    assert.strictEqual(pt.read(5).toString(), 'foogb');
    assert.strictEqual(pt.read(5).toString(), 'arkba');
    assert.strictEqual(pt.read(5).toString(), 'zykue');
    assert.strictEqual(pt.read(5).toString(), 'l');
  }));
})();
(function () {
  var pt = new Transform();
  pt._transform = function (chunk, encoding, cb) {
    setTimeout(function () {
      pt.push(chunk);
      setTimeout(function () { pt.push(chunk); cb(); }, 10);
    }, 10);
  };
  pt.write(B('foog')); pt.write(B('bark')); pt.write(B('bazy')); pt.write(B('kuel'));
  pt.end();
  pt.on('finish', common.mustCall(function () {
    ['foogf', 'oogba', 'rkbar', 'kbazy', 'bazyk', 'uelku', 'el'].forEach(function (v) {
      assert.strictEqual(pt.read(5).toString(), v);
    });
  }));
})();
(function () {
  var pt = new Transform();
  pt.state = '';
  pt._transform = function (chunk, encoding, cb) {
    var self = this, s = chunk.toString();
    setTimeout(function () {
      self.state += s.charAt(0);
      if (self.state.length === 3) { pt.push(B(self.state)); self.state = ''; }
      cb();
    }, 10);
  };
  pt._flush = function (cb) { pt.push(B(this.state)); this.state = ''; cb(); };
  ['aaaa', 'bbbb', 'cccc', 'dddd', 'eeee', 'aaaa', 'bbbb', 'cccc', 'dddd', 'eeee', 'aaaa', 'bbbb', 'cccc', 'dddd']
    .forEach(function (s) { pt.write(B(s)); });
  pt.end();
  pt.on('finish', common.mustCall(function () {
    assert.strictEqual(pt.read(5).toString(), 'abcde');
    assert.strictEqual(pt.read(5).toString(), 'abcde');
    assert.strictEqual(pt.read(5).toString(), 'abcd');
  }));
})();
(function () {
  // a stall when data is written to a full stream that has empty transforms
  var count = 0, saved = null;
  var pt = new Transform({ highWaterMark: 3 });
  pt._transform = function (c, e, cb) {
    if (count++ === 1) saved = c;
    else {
      if (saved) { pt.push(saved); saved = null; }
      pt.push(c);
    }
    cb();
  };
  pt.once('readable', function () {
    process.nextTick(function () {
      pt.write(B('d'));
      pt.write(B('ef'), common.mustCall(function () { pt.end(); }));
      assert.strictEqual(pt.read().toString(), 'abcdef');
      assert.strictEqual(pt.read(), null);
    });
  });
  pt.write(B('abc'));
})();
(function () {
  var pt = new PassThrough();
  var emits = 0;
  pt.on('readable', function () { emits++; });
  pt.write(B('foog')); pt.write(B('bark'));
  process.nextTick(common.mustCall(function () {
    assert.strictEqual(emits, 1);
    assert.strictEqual(pt.read(5).toString(), 'foogb');
    assert.strictEqual(String(pt.read(5)), 'null');
  }));
})();
(function () {
  var pt = new PassThrough();
  var datas = [];
  pt.on('data', function (chunk) { datas.push(chunk.toString()); });
  pt.on('end', common.mustCall(function () { assert.deepStrictEqual(datas, ['foog', 'bark', 'bazy', 'kuel']); }));
  pt.write(B('foog'));
  setTimeout(function () {
    pt.write(B('bark'));
    setTimeout(function () {
      pt.write(B('bazy'));
      setTimeout(function () {
        pt.write(B('kuel'));
        setTimeout(function () { pt.end(); }, 10);
      }, 10);
    }, 10);
  }, 10);
})();
(function () {
  var jp = new Transform({ objectMode: true });
  jp._transform = function (data, encoding, cb) {
    try { jp.push(JSON.parse(data)); cb(); } catch (er) { cb(er); }
  };
  var objects = [{ foo: 'bar' }, 100, 'string', { nested: { things: [{ foo: 'bar' }, 100, 'string'] } }];
  var ended = false;
  jp.on('end', function () { ended = true; });
  objects.forEach(function (obj) {
    jp.write(JSON.stringify(obj));
    assert.deepStrictEqual(jp.read(), obj);
  });
  jp.end();
  jp.read();
  process.nextTick(common.mustCall(function () { assert.strictEqual(ended, true); }));
})();
(function () {
  var js = new Transform({ objectMode: true });
  js._transform = function (data, encoding, cb) {
    try { js.push(JSON.stringify(data)); cb(); } catch (er) { cb(er); }
  };
  var objects = [{ foo: 'bar' }, 100, 'string', { nested: { things: [{ foo: 'bar' }, 100, 'string'] } }];
  var ended = false;
  js.on('end', function () { ended = true; });
  objects.forEach(function (obj) {
    js.write(obj);
    assert.strictEqual(js.read(), JSON.stringify(obj));
  });
  js.end();
  js.read();
  process.nextTick(common.mustCall(function () { assert.strictEqual(ended, true); }));
})();

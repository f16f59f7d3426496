// Ported from Node.js test/parallel/test-net-socket-timeout.js and
// test-net-settimeout.js (MIT license, Copyright Node.js contributors).
'use strict';
var assert = require('assert');
var net = require('net');

var s = new net.Socket();
[-1, -Infinity, NaN, 'x', {}, null].forEach(function (v) {
  assert.throws(function () { s.setTimeout(v, function () {}); },
    function (e) { return e.code === 'ERR_INVALID_ARG_TYPE' || e.code === 'ERR_OUT_OF_RANGE'; });
});
assert.throws(function () { s.setTimeout(1, 'cb'); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(s.setTimeout(0), s);

var timedOut = false, disabledFired = false;
var server = net.createServer(function (c) { c.resume(); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.setTimeout(50, function () {
    timedOut = true;
    assert.strictEqual(c.timeout, 50);
    c.destroy();
    // A timeout set then cleared never fires.
    var d = net.connect(server.address().port, '127.0.0.1');
    d.setTimeout(30, function () { disabledFired = true; });
    d.setTimeout(0);
    setTimeout(function () { d.destroy(); server.close(); }, 100);
  });
});
process.on('exit', function () {
  assert.ok(timedOut);
  assert.ok(!disabledFired);
});

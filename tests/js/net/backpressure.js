// Ported from Node.js test/parallel/test-net-write-after-end... and
// test-net-bytes-written-large.js (MIT license, Copyright Node.js
// contributors): write() returns false past the high-water mark, 'drain'
// follows, and every byte arrives in order.
'use strict';
var assert = require('assert');
var net = require('net');

var TOTAL = 8 * 1024 * 1024;
var chunk = Buffer.alloc(64 * 1024, 'x');
var received = 0, drains = 0, sawFalse = false;
var server = net.createServer(function (c) {
  c.pause(); // let the sender's queue fill up first
  setTimeout(function () {
    c.on('data', function (d) { received += d.length; });
    c.resume();
  }, 50);
  c.on('end', function () { c.end(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var sent = 0;
  function pump() {
    while (sent < TOTAL) {
      sent += chunk.length;
      if (!c.write(chunk)) {
        sawFalse = true;
        c.once('drain', function () { drains++; pump(); });
        return;
      }
    }
    c.end();
  }
  c.on('connect', pump);
  c.resume();
  c.on('close', function () {
    assert.strictEqual(c.bytesWritten, TOTAL);
    server.close();
  });
});
process.on('exit', function () {
  assert.ok(sawFalse, 'write never returned false');
  assert.ok(drains > 0);
  assert.strictEqual(received, TOTAL);
});

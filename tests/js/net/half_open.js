// Ported from Node.js test/parallel/test-net-allow-half-open.js and
// test-net-server-connections... (MIT license, Copyright Node.js
// contributors): allowHalfOpen keeps the writable side after the peer's
// FIN; without it the socket ends itself.
'use strict';
var assert = require('assert');
var net = require('net');

var server = net.createServer({ allowHalfOpen: true }, function (c) {
  c.resume();
  c.on('end', function () {
    // The peer has ended; we may still write.
    assert.strictEqual(c.writable, true);
    setTimeout(function () { c.end('late reply'); }, 20);
  });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  var got = '';
  c.setEncoding('utf8');
  c.on('connect', function () { c.end('bye'); });
  c.on('data', function (d) { got += d; });
  c.on('end', function () {
    assert.strictEqual(got, 'late reply');
  });
  c.on('close', function () { server.close(); });
});

// Without allowHalfOpen, the server side ends when the client does.
var s2 = net.createServer(function (c) {
  c.resume();
  c.on('end', function () { assert.strictEqual(c.allowHalfOpen, false); });
  c.on('finish', function () { s2Finished = true; });
});
var s2Finished = false;
s2.listen(0, '127.0.0.1', function () {
  var c = net.connect(s2.address().port, '127.0.0.1', function () { c.end(); });
  c.resume();
  c.on('close', function () { s2.close(); });
});
process.on('exit', function () { assert.ok(s2Finished); });

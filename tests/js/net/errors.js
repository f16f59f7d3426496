// Ported from Node.js test/parallel/test-net-connect-econnrefused.js,
// test-net-server-max-connections.js, test-net-server-unref.js
// (MIT license, Copyright Node.js contributors).
'use strict';
var assert = require('assert');
var net = require('net');

var refused = false, dropped = 0;
// ECONNREFUSED: a port that was just free
var probe = net.createServer();
probe.listen(0, '127.0.0.1', function () {
  var port = probe.address().port;
  probe.close(function () {
    var c = net.connect(port, '127.0.0.1');
    c.on('error', function (e) {
      assert.strictEqual(e.code, 'ECONNREFUSED');
      assert.strictEqual(e.syscall, 'connect');
      assert.strictEqual(e.address, '127.0.0.1');
      assert.strictEqual(e.port, port);
      assert.strictEqual(e.message, 'connect ECONNREFUSED 127.0.0.1:' + port);
      refused = true;
    });
  });
});

// maxConnections: connections past the limit are closed at once
var server = net.createServer(function (c) { c.resume(); });
server.maxConnections = 2;
server.on('drop', function () { dropped++; });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port, closed = 0, clients = [];
  for (var i = 0; i < 4; i++) {
    (function () {
      var c = net.connect(port, '127.0.0.1');
      clients.push(c);
      c.resume();
      c.on('error', function () {});
      c.on('close', function () {
        closed++;
        if (closed === 2) {
          server.getConnections(function (err, n) {
            assert.strictEqual(n, 2);
            clients.forEach(function (x) { x.destroy(); });
            server.close();
          });
        }
      });
    })();
  }
});

// An unref'ed server does not keep the loop alive.
net.createServer().listen(0, '127.0.0.1').unref();

process.on('exit', function () {
  assert.ok(refused);
  assert.strictEqual(dropped, 2);
});

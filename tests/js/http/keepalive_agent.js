// Ported from Node.js test/parallel/test-http-keep-alive.js,
// test-http-agent-keepalive.js, test-http-agent-maxsockets.js
// (MIT license, Copyright Node.js contributors): an Agent with keepAlive
// reuses its socket; maxSockets queues requests.
'use strict';
var assert = require('assert');
var http = require('http');

var ports = {};
var active = 0, maxActive = 0;
var server = http.createServer(function (req, res) {
  ports[req.socket.remotePort] = true;
  active++;
  maxActive = Math.max(maxActive, active);
  setTimeout(function () { active--; res.end(req.url); }, 5);
});

server.listen(0, '127.0.0.1', function () {
  var agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  var port = server.address().port;
  var done = 0, reused = 0, N = 5;
  for (var i = 0; i < N; i++) {
    (function (i) {
      var req = http.get({ host: '127.0.0.1', port: port, path: '/' + i, agent: agent }, function (res) {
        assert.strictEqual(res.headers.connection, 'keep-alive');
        var body = '';
        res.setEncoding('utf8');
        res.on('data', function (d) { body += d; });
        res.on('end', function () {
          assert.strictEqual(body, '/' + i);
          if (req.reusedSocket) reused++;
          if (++done === N) {
            // one socket for all, now free in the pool
            assert.strictEqual(Object.keys(ports).length, 1);
            assert.strictEqual(maxActive, 1);
            // queued requests are handed the socket, not "reused" (Node)
            assert.strictEqual(reused, 0);
            setImmediate(function () {
              var name = Object.keys(agent.freeSockets)[0];
              assert.strictEqual(agent.freeSockets[name].length, 1);
              // a later request takes the free socket: reusedSocket
              var r = http.get({ host: '127.0.0.1', port: port, path: '/again', agent: agent }, function (res) {
                assert.strictEqual(r.reusedSocket, true);
                assert.strictEqual(Object.keys(ports).length, 1);
                res.resume();
                res.on('end', function () {
                  agent.destroy();
                  server.close();
                });
              });
            });
          }
        });
      });
    })(i);
  }
  // the queue shows up in agent.requests while the socket is busy
  var name = agent.getName({ host: '127.0.0.1', port: port });
  assert.strictEqual(agent.requests[name].length, N - 1);
});

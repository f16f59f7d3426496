// Ported from Node.js test/parallel/test-http-server-headers-timeout-delayed-headers.js,
// test-http-slow-headers.js and test-http-keep-alive-timeout... (MIT
// license, Copyright Node.js contributors): a client that sends its head a
// byte at a time is cut off by headersTimeout with 408; an idle keep-alive
// connection is closed after keepAliveTimeout.
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

var server = http.createServer({ headersTimeout: 300, requestTimeout: 0,
  connectionsCheckingInterval: 50 }, function (req, res) { res.end('ok'); });
server.keepAliveTimeout = 200;
var results = {};
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var s = net.connect(port, '127.0.0.1');
  var head = 'GET / HTTP/1.1\r\nHost: a\r\nX-Slow: ' + new Array(200).join('z') + '\r\n\r\n';
  var i = 0, start = Date.now(), got = '';
  var t = setInterval(function () {
    if (i < head.length && !s.destroyed) s.write(head[i++]);
  }, 10);
  s.on('data', function (d) { got += d; });
  s.on('error', function () {});
  s.on('close', function () {
    clearInterval(t);
    results.slow = got.split('\r\n')[0];
    results.slowMs = Date.now() - start;
    // keep-alive: one request, then idle until the server closes it
    var k = net.connect(port, '127.0.0.1');
    var kgot = '', kstart;
    k.on('data', function (d) { kgot += d; if (!kstart) kstart = Date.now(); });
    k.on('close', function () {
      results.kaStatus = kgot.split('\r\n')[0];
      results.kaHeader = /Keep-Alive: timeout=0/.test(kgot);
      results.idleMs = Date.now() - kstart;
      server.close();
    });
    k.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
  });
});
process.on('exit', function () {
  assert.strictEqual(results.slow, 'HTTP/1.1 408 Request Timeout');
  assert.ok(results.slowMs >= 250 && results.slowMs < 20000, 'slow client cut after ' + results.slowMs);
  assert.strictEqual(results.kaStatus, 'HTTP/1.1 200 OK');
  assert.ok(results.idleMs >= 150 && results.idleMs < 20000, 'idle close after ' + results.idleMs);
});

// Ported from Node.js test/parallel/test-http-server-headers-timeout-delayed-headers.js,
// test-http-slow-headers.js and test-http-keep-alive-timeout... (MIT
// license, Copyright Node.js contributors): a client that sends its head a
// byte at a time is cut off by headersTimeout with 408; an idle keep-alive
// connection is closed after keepAliveTimeout.
// Times are taken on the monotonic clock from a moment known to precede the
// server's own timer start (the connect, the request's write), so that the
// lower bounds hold however late callbacks run on a loaded machine.
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

function msSince(t) {
  var d = process.hrtime(t);
  return d[0] * 1e3 + d[1] / 1e6;
}

var server = http.createServer({ headersTimeout: 300, requestTimeout: 0,
  connectionsCheckingInterval: 50 }, function (req, res) { res.end('ok'); });
server.keepAliveTimeout = 200;
var results = {};
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var s = net.connect(port, '127.0.0.1');
  var head = 'GET / HTTP/1.1\r\nHost: a\r\nX-Slow: ' + new Array(200).join('z') + '\r\n\r\n';
  var i = 0, start = process.hrtime(), got = '';
  var t = setInterval(function () {
    if (i < head.length && !s.destroyed) s.write(head[i++]);
  }, 10);
  s.on('data', function (d) { got += d; });
  s.on('error', function () {});
  s.on('close', function () {
    clearInterval(t);
    results.slow = got.split('\r\n')[0];
    results.slowMs = msSince(start);
    // keep-alive: one request, then idle until the server closes it
    var k = net.connect(port, '127.0.0.1');
    var kgot = '', kstart;
    k.on('data', function (d) { kgot += d; });
    k.on('close', function () {
      results.kaStatus = kgot.split('\r\n')[0];
      results.kaHeader = /Keep-Alive: timeout=0/.test(kgot);
      results.idleMs = msSince(kstart);
      server.close();
    });
    // the server's idle countdown starts after it has read this request
    kstart = process.hrtime();
    k.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
  });
});
process.on('exit', function () {
  assert.strictEqual(results.slow, 'HTTP/1.1 408 Request Timeout');
  // headersTimeout 300 (the checker may round down to the millisecond)
  assert.ok(results.slowMs >= 295 && results.slowMs < 20000, 'slow client cut after ' + results.slowMs);
  assert.strictEqual(results.kaStatus, 'HTTP/1.1 200 OK');
  // keepAliveTimeout 200 (libuv's loop clock counts whole milliseconds)
  assert.ok(results.idleMs >= 195 && results.idleMs < 20000, 'idle close after ' + results.idleMs);
});

// Ported from Node.js test/parallel/test-http-max-headers-count.js,
// test-http-head-response-has-no-body.js, test-http-204-response...,
// test-http-client-timeout-event.js, test-http-client-error-rawbytes...,
// test-http-econnrefused / socket hang up (MIT license, Copyright Node.js
// contributors).
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

var results = {};
var server = http.createServer(function (req, res) {
  if (req.url === '/count') {
    res.end(String(Object.keys(req.headers).length) + ' ' + req.rawHeaders.length);
  } else if (req.url === '/204') {
    res.statusCode = 204;
    res.end('ignored');
  } else if (req.url === '/head') {
    res.setHeader('Content-Length', 5);
    res.end('hello');
  } else if (req.url === '/hang') {
    req.socket.destroy();
  } else if (req.url === '/slow') {
    setTimeout(function () { res.end('late'); }, 300);
  }
});
server.maxHeadersCount = 3;

function get(opts, cb) {
  opts.host = '127.0.0.1';
  opts.port = server.address().port;
  opts.agent = false;
  var req = http.request(opts, function (res) {
    var b = '';
    res.setEncoding('utf8');
    res.on('data', function (d) { b += d; });
    res.on('end', function () { cb(null, res, b); });
  });
  req.on('error', function (e) { cb(e); });
  return req;
}

server.listen(0, '127.0.0.1', function () {
  var headers = { Host: 'localhost' }; // first, so that maxHeadersCount keeps it
  for (var i = 0; i < 10; i++) headers['x-h' + i] = String(i);
  get({ path: '/count', headers: headers }, function (e, res, b) {
    results.count = b;
    results.countStatus = res.statusCode;
    get({ path: '/204' }, function (e, res, b) {
      results.s204 = res.statusCode + ' ' + JSON.stringify(b) + ' ' + res.headers['content-length'] + ' ' + res.headers['transfer-encoding'];
      get({ path: '/head', method: 'HEAD' }, function (e, res, b) {
        results.head = res.headers['content-length'] + ' ' + JSON.stringify(b);
        get({ path: '/hang' }, function (e) {
          results.hang = e && e.code + ' ' + e.message;
          var r = get({ path: '/slow', timeout: 50 }, function (e) {
            results.timeoutErr = e && e.code;
            // a raw response parser error reaches 'error'
            var bad = net.createServer(function (c) { c.end('HTTP/1.1 abc\r\n\r\n'); });
            bad.listen(0, '127.0.0.1', function () {
              var rq = http.get({ host: '127.0.0.1', port: bad.address().port, agent: false });
              rq.on('error', function (err) {
                results.parseErr = err.code;
                bad.close();
                server.close();
              });
            });
          });
          r.on('timeout', function () { results.timeoutEvent = true; r.destroy(); });
          r.end();
        }).end();
      }).end();
    }).end();
  }).end();
});

process.on('exit', function () {
  assert.strictEqual(results.countStatus, 200);
  assert.strictEqual(results.count, '3 24'); // rawHeaders stay whole
  assert.strictEqual(results.s204, '204 "" undefined undefined');
  assert.strictEqual(results.head, '5 ""');
  assert.strictEqual(results.hang, 'ECONNRESET socket hang up');
  assert.strictEqual(results.timeoutEvent, true);
  assert.strictEqual(results.timeoutErr, 'ECONNRESET');
  assert.ok(/^HPE_/.test(results.parseErr), results.parseErr);
});

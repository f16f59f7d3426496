// Ported from Node.js test/parallel/test-http-pipeline-requests-connection-leak.js
// and test-http-pipeline-flood.js (MIT license, Copyright Node.js
// contributors): pipelined requests on one connection are answered in
// order even when handlers finish out of order.
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

var server = http.createServer(function (req, res) {
  var delay = req.url === '/1' ? 60 : req.url === '/2' ? 5 : 20;
  setTimeout(function () { res.end('body' + req.url); }, delay);
});
server.listen(0, '127.0.0.1', function () {
  var s = net.connect(server.address().port, '127.0.0.1');
  var got = '';
  s.setEncoding('utf8');
  s.write('GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n' +
          'GET /3 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  s.on('data', function (d) { got += d; });
  s.on('end', function () {
    var bodies = got.match(/body\/\d/g);
    assert.deepStrictEqual(bodies, ['body/1', 'body/2', 'body/3']);
    assert.strictEqual(got.match(/HTTP\/1\.1 200 OK/g).length, 3);
    assert.ok(/Connection: close/.test(got));
    server.close();
  });
});

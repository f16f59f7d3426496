// Ported from Node.js test/parallel/test-http-server-destroy-socket-on-client-error.js,
// test-http-header-overflow.js, test-http-request-smuggling-content-length.js,
// test-http-chunked-smuggling.js, test-http-invalid-te.js,
// test-http-server-reject-chunked-with-content-length.js,
// test-http-chunk-extensions-limit.js (MIT license, Copyright Node.js
// contributors): malformed input is answered 400 (431 for oversized heads,
// 413 for endless chunk extensions) and the connection closed.
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

var handled = 0;
var server = http.createServer(function (req, res) {
  // answer only once the whole request is in: a body that turns out to be
  // malformed is then answered 400 rather than after a 200
  req.resume();
  req.on('end', function () {
    handled++;
    res.end('ok');
  });
});

var cases = [
  ['garbage', 'this is not http\r\n\r\n', 400],
  ['invalid method', 'G@T / HTTP/1.1\r\nHost: a\r\n\r\n', 400],
  ['bad version', 'GET / HTTP/9.x\r\n\r\n', 400],
  ['CL and TE', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 400],
  ['duplicate CL', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd', 400],
  ['bad chunk size', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n', 400],
  ['bad TE', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, identity\r\n\r\n', 400],
  ['header name', 'GET / HTTP/1.1\r\nBad Header: x\r\n\r\n', 400],
  ['oversized head', 'GET / HTTP/1.1\r\nX-Big: ' + new Array(20000).join('a') + '\r\n\r\n', 431],
  ['chunk extensions', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1;' +
    new Array(20000).join('x') + '\r\na\r\n0\r\n\r\n', 413],
  ['many headers', 'GET / HTTP/1.1\r\n' + new Array(2000).join('X-H: 0123456789\r\n') + '\r\n', 431]
];

function run(i) {
  if (i === cases.length) {
    // a good request still works afterwards
    http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, function (res) {
      assert.strictEqual(res.statusCode, 200);
      res.resume();
      res.on('end', function () { server.close(); });
    });
    return;
  }
  var c = cases[i];
  var sock = net.connect(server.address().port, '127.0.0.1');
  var got = '';
  sock.setEncoding('latin1');
  sock.on('data', function (d) { got += d; });
  sock.on('error', function () {});
  sock.on('close', function () {
    var m = /^HTTP\/1\.1 (\d{3}) /.exec(got);
    assert.ok(m, c[0] + ': no status line in ' + JSON.stringify(got.slice(0, 80)));
    assert.strictEqual(+m[1], c[2], c[0]);
    assert.ok(/Connection: close/i.test(got), c[0]);
    run(i + 1);
  });
  sock.end(c[1]);
}

server.listen(0, '127.0.0.1', function () { run(0); });
process.on('exit', function () { assert.strictEqual(handled, 1); });

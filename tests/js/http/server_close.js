// Ported from Node.js test/parallel/test-http-server-close-idle.js and
// test-http-server-close-destroy-timeout... (MIT license, Copyright
// Node.js contributors): close() stops accepting, lets the request in
// flight finish, closes idle keep-alive connections, then emits 'close'.
'use strict';
var assert = require('assert');
var http = require('http');

var events = [];
var server = http.createServer(function (req, res) {
  events.push('request ' + req.url);
  if (req.url === '/slow') {
    server.close(function () { events.push('server close'); });
    setTimeout(function () { res.end('slow done'); }, 50);
  } else {
    res.end('fast');
  }
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var agent = new http.Agent({ keepAlive: true });
  // an idle keep-alive connection first
  http.get({ host: '127.0.0.1', port: port, path: '/fast', agent: agent }, function (res) {
    res.resume();
    res.on('end', function () {
      http.get({ host: '127.0.0.1', port: port, path: '/slow', agent: new http.Agent() }, function (r2) {
        var b = '';
        r2.on('data', function (d) { b += d; });
        r2.on('end', function () {
          events.push('client got ' + b);
          assert.strictEqual(r2.headers.connection, 'close');
        });
      });
    });
  });
});
process.on('exit', function () {
  assert.deepStrictEqual(events.slice(0, 2), ['request /fast', 'request /slow']);
  assert.deepStrictEqual(events.slice(2).sort(), ['client got slow done', 'server close']);
});

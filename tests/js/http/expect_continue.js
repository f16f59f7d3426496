// Ported from Node.js test/parallel/test-http-expect-continue.js and
// test-http-expect-handling.js (MIT license, Copyright Node.js contributors).
'use strict';
var assert = require('assert');
var http = require('http');

var events = [];
var server = http.createServer(function (req, res) {
  events.push('request');
  var body = '';
  req.setEncoding('utf8');
  req.on('data', function (d) { body += d; });
  req.on('end', function () { res.end('got ' + body); });
});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({
    host: '127.0.0.1', port: server.address().port, method: 'POST', path: '/',
    headers: { Expect: '100-continue', 'Content-Length': 5 }, agent: false
  });
  req.on('continue', function () {
    events.push('continue');
    req.end('hello');
  });
  req.on('response', function (res) {
    events.push('response');
    var b = '';
    res.on('data', function (d) { b += d; });
    res.on('end', function () {
      assert.strictEqual(b, 'got hello');
      // checkContinue replaces the automatic 100
      server.on('checkContinue', function (rq, rs) {
        events.push('checkContinue');
        rs.writeHead(417);
        rs.end();
      });
      var r2 = http.request({
        host: '127.0.0.1', port: server.address().port, method: 'POST',
        headers: { Expect: '100-continue', 'Content-Length': 1 }, agent: false
      }, function (res2) {
        assert.strictEqual(res2.statusCode, 417);
        res2.resume();
        res2.on('end', function () { server.close(); });
      });
      r2.on('continue', function () { assert.fail('no 100 expected'); });
      r2.flushHeaders();
    });
  });
  req.flushHeaders();
});
process.on('exit', function () {
  assert.deepStrictEqual(events, ['request', 'continue', 'response', 'checkContinue']);
});

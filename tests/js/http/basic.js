// Ported from Node.js test/parallel/test-http.js, test-http-set-header-chain...,
// test-http-outgoing-proto/test-http-response-statuscode/test-http-write-head,
// test-http-chunked.js, test-http-status-code, test-http-methods.js
// (MIT license, Copyright Node.js contributors).
'use strict';
var assert = require('assert');
var http = require('http');

assert.strictEqual(http.STATUS_CODES[200], 'OK');
assert.strictEqual(http.STATUS_CODES[404], 'Not Found');
assert.strictEqual(http.STATUS_CODES[418], "I'm a Teapot");
assert.ok(http.METHODS.indexOf('GET') >= 0 && http.METHODS.indexOf('PATCH') >= 0);
assert.deepStrictEqual(http.METHODS, http.METHODS.slice().sort());

var UTF8 = 'h\u00e9llo \u4e16\u754c';
var seen = [];
var server = http.createServer(function (req, res) {
  seen.push(req.method + ' ' + req.url);
  assert.strictEqual(req.httpVersion, '1.1');
  assert.strictEqual(req.headers['x-foo'], 'a, b');
  assert.deepStrictEqual(req.headers['set-cookie'], ['c=1', 'd=2']);
  assert.strictEqual(req.rawHeaders.indexOf('X-Foo') >= 0, true);
  assert.strictEqual(req.socket, req.connection);
  if (req.url === '/headers') {
    assert.strictEqual(res.setHeader('X-Chain', 'ok'), res);
    res.setHeader('X-Array', ['1', '2']);
    assert.strictEqual(res.getHeader('x-chain'), 'ok');
    assert.strictEqual(res.hasHeader('X-CHAIN'), true);
    res.setHeader('X-Gone', 'x');
    res.removeHeader('x-gone');
    assert.deepStrictEqual(res.getHeaderNames().sort(), ['x-array', 'x-chain']);
    assert.deepStrictEqual(res.getHeaders()['x-array'], ['1', '2']);
    assert.throws(function () { res.setHeader('bad name', 'x'); }, { code: 'ERR_INVALID_HTTP_TOKEN' });
    assert.throws(function () { res.setHeader('x', 'a\r\nb: c'); }, { code: 'ERR_INVALID_CHAR' });
    assert.throws(function () { res.setHeader('x', undefined); }, { code: 'ERR_HTTP_INVALID_HEADER_VALUE' });
    assert.throws(function () { res.writeHead(1000); }, { code: 'ERR_HTTP_INVALID_STATUS_CODE' });
    res.writeHead(201, 'Made', { 'Content-Type': 'text/plain' });
    assert.strictEqual(res.headersSent, true);
    assert.throws(function () { res.setHeader('x', 'y'); }, { code: 'ERR_HTTP_HEADERS_SENT' });
    res.end('made');
  } else if (req.url === '/chunked') {
    res.write('one,');
    res.write(Buffer.from('two,'));
    setTimeout(function () { res.end(UTF8); }, 10);
  } else if (req.url === '/post') {
    var parts = [];
    req.on('data', function (d) { parts.push(d); });
    req.on('end', function () {
      assert.strictEqual(req.complete, true);
      res.statusCode = 202;
      res.end(Buffer.concat(parts).toString());
    });
  } else {
    res.statusCode = 404;
    res.end();
  }
});

function get(opts, body, cb) {
  opts.host = '127.0.0.1';
  opts.port = server.address().port;
  opts.headers = opts.headers || ['Host', 'localhost', 'X-Foo', 'a', 'x-foo', 'b', 'Set-Cookie', 'c=1', 'Set-Cookie', 'd=2'];
  var req = http.request(opts, function (res) {
    var chunks = [];
    res.on('data', function (d) { chunks.push(d); });
    res.on('end', function () { cb(res, Buffer.concat(chunks).toString()); });
  });
  if (body) req.write(body);
  req.end();
}

server.listen(0, '127.0.0.1', function () {
  get({ path: '/headers' }, null, function (res, body) {
    assert.strictEqual(res.statusCode, 201);
    assert.strictEqual(res.statusMessage, 'Made');
    assert.strictEqual(res.headers['x-chain'], 'ok');
    assert.strictEqual(res.headers['x-array'], '1, 2');
    assert.strictEqual(res.headers['content-type'], 'text/plain');
    assert.strictEqual(res.headers['x-gone'], undefined);
    assert.ok(res.headers.date);
    assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
    assert.strictEqual(body, 'made');
    get({ path: '/chunked' }, null, function (res2, body2) {
      assert.strictEqual(res2.headers['transfer-encoding'], 'chunked');
      assert.strictEqual(body2, 'one,two,' + UTF8);
      get({ path: '/post', method: 'POST' }, 'abc', function (res3, body3) {
        assert.strictEqual(res3.statusCode, 202);
        assert.strictEqual(body3, 'abc');
        get({ path: '/missing', method: 'HEAD' }, null, function (res4, body4) {
          assert.strictEqual(res4.statusCode, 404);
          assert.strictEqual(body4, '');
          server.close();
          http.globalAgent.destroy();
        });
      });
    });
  });
});

process.on('exit', function () {
  assert.deepStrictEqual(seen, ['GET /headers', 'GET /chunked', 'POST /post', 'HEAD /missing']);
});

// Ported from Node.js test/parallel/test-http-write-head.js,
// test-http-write-head-2.js, test-http-status-message.js,
// test-http-response-statuscode.js (MIT license, Copyright Node.js
// contributors): writeHead merges its headers with setHeader's, takes flat
// and nested arrays, statusMessage, checks with Node's codes, and leaves
// the head to the first write()/end(), framed as Node frames it (chunked
// even when end() has the whole body).
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

var cases = {
  '/merge': function (res) {
    res.setHeader('test', '1');
    res.setHeader('keep', 'k');
    assert.strictEqual(res.writeHead(200, { Test: '2', Other: ['a', 'b'] }), res);
    assert.strictEqual(res.headersSent, true);
    assert.strictEqual(res.statusMessage, 'OK');
    assert.throws(function () { res.writeHead(100, {}); }, { code: 'ERR_HTTP_HEADERS_SENT' });
    assert.throws(function () { res.setHeader('x', 'y'); }, { code: 'ERR_HTTP_HEADERS_SENT' });
    res.end('merged');
  },
  '/flat': function (res) {
    res.setHeader('test', '1');
    res.writeHead(200, ['test', '2', 'test2', '3']);
    res.end();
  },
  '/flat-fresh': function (res) {
    res.writeHead(201, 'Made', ['test', '1', 'test2', '2']);
    res.end('x');
  },
  '/nested': function (res) {
    res.writeHead(202, [['a', '1'], ['B', '2'], ['a', '3']]);
    res.end();
  },
  '/odd': function (res) {
    assert.throws(function () { res.writeHead(200, ['test', '1', 'test2', '2', 'asd']); },
      { code: 'ERR_INVALID_ARG_VALUE' });
    assert.strictEqual(res.headersSent, false);
    res.end('after');
  },
  '/checks': function (res) {
    assert.throws(function () { res.writeHead(99); }, { code: 'ERR_HTTP_INVALID_STATUS_CODE', name: 'RangeError' });
    assert.throws(function () { res.writeHead(1000); }, { code: 'ERR_HTTP_INVALID_STATUS_CODE' });
    assert.throws(function () { res.writeHead(200, { 'bad name': 'x' }); }, { code: 'ERR_INVALID_HTTP_TOKEN' });
    assert.throws(function () { res.writeHead(200, { x: 'a\r\nb: c' }); }, { code: 'ERR_INVALID_CHAR' });
    assert.throws(function () { res.writeHead(200, { x: undefined }); }, { code: 'ERR_HTTP_INVALID_HEADER_VALUE' });
    assert.throws(function () { res.writeHead(200, 'O\r\nK'); }, { code: 'ERR_INVALID_CHAR', message: 'Invalid character in statusMessage' });
    res.statusMessage = undefined; // the failed call kept it, as in Node
    assert.strictEqual(res.headersSent, false);
    res.writeHead('404', null, { a: 'b' });
    assert.strictEqual(res.statusCode, 404);
    assert.strictEqual(res.statusMessage, 'Not Found');
    res.end('nf');
  },
  '/bad-message': function (res) {
    res.statusMessage = 'O\nK';
    assert.throws(function () { res.end('x'); }, { code: 'ERR_INVALID_CHAR' });
    res.statusMessage = 'Fine';
    res.end('y');
  },
  '/custom-message': function (res) {
    res.statusMessage = 'Mine';
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    assert.strictEqual(res.statusMessage, 'Mine');
    res.end();
  },
  '/write': function (res) {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('a');
    res.end('b');
  },
  '/flush': function (res) {
    res.writeHead(200, { 'X-Flushed': '1' });
    res.flushHeaders();
    setTimeout(function () { res.end('late'); }, 5);
  },
  '/no-body': function (res) {
    res.writeHead(204, { 'X-A': '1' });
    res.end('ignored');
  },
  '/length': function (res) {
    res.writeHead(200, { 'Content-Length': '3' });
    res.end('abc');
  }
};

var server = http.createServer(function (req, res) {
  cases[req.url](res);
});

// Raw responses (the framing is part of what is checked).
function get(path, cb) {
  var s = net.connect(server.address().port, '127.0.0.1', function () {
    s.write('GET ' + path + ' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  var parts = [];
  s.setEncoding('latin1');
  s.on('data', function (d) { parts.push(d); });
  s.on('close', function () { cb(parts.join('').replace(/Date: [^\r]*\r\n/, '')); });
}

// -> { head: lines but framing, framing: its header, body: de-chunked }
function split(text) {
  var at = text.indexOf('\r\n\r\n');
  var lines = text.slice(0, at).split('\r\n'), body = text.slice(at + 4);
  var head = [], framing = '';
  for (var j = 0; j < lines.length; j++) {
    if (/^(content-length|transfer-encoding):/i.test(lines[j])) framing = lines[j];
    else head.push(lines[j]);
  }
  if (/chunked/.test(framing)) {
    var out = [], m, re = /([0-9a-f]+)\r\n/g, pos = 0;
    for (;;) {
      re.lastIndex = pos;
      m = re.exec(body);
      var n = parseInt(m[1], 16);
      if (n === 0) break;
      out.push(body.substr(m.index + m[0].length, n));
      pos = m.index + m[0].length + n + 2;
    }
    body = out.join('');
  }
  return { head: head, framing: framing, body: body };
}

var expected = [
  ['/merge', 'HTTP/1.1 200 OK\r\nTest: 2\r\nkeep: k\r\nOther: a\r\nOther: b\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nmerged\r\n0\r\n\r\n'],
  ['/flat', 'HTTP/1.1 200 OK\r\ntest: 2\r\ntest2: 3\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ['/flat-fresh', 'HTTP/1.1 201 Made\r\ntest: 1\r\ntest2: 2\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n'],
  ['/nested', 'HTTP/1.1 202 Accepted\r\na: 1\r\na: 3\r\nB: 2\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ['/odd', 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nafter'],
  ['/checks', 'HTTP/1.1 404 Not Found\r\na: b\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nnf\r\n0\r\n\r\n'],
  ['/bad-message', 'HTTP/1.1 200 Fine\r\nContent-Length: 1\r\nConnection: close\r\n\r\ny'],
  ['/custom-message', 'HTTP/1.1 200 Mine\r\nContent-Type: text/plain\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ['/write', 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n1\r\nb\r\n0\r\n\r\n'],
  ['/flush', 'HTTP/1.1 200 OK\r\nX-Flushed: 1\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nlate\r\n0\r\n\r\n'],
  ['/no-body', 'HTTP/1.1 204 No Content\r\nX-A: 1\r\nConnection: close\r\n\r\n'],
  ['/length', 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc']
];

server.listen(0, '127.0.0.1', function () {
  var i = 0;
  (function next() {
    if (i === expected.length) {
      // and through the client: headers merged as Node's test expects
      http.get({ port: server.address().port, path: '/merge' }, function (r) {
        assert.strictEqual(r.headers.test, '2');
        assert.strictEqual(r.headers.keep, 'k');
        assert.ok(r.rawHeaders.indexOf('Test') >= 0);
        r.resume();
        r.on('end', function () { server.close(); });
      });
      return;
    }
    var e = expected[i++];
    get(e[0], function (text) {
      var a = split(text), b = split(e[1]);
      // header order within the head is ours: compare sorted lines
      assert.deepStrictEqual(a.head.sort(), b.head.sort(), e[0] + ': ' + JSON.stringify(text));
      assert.strictEqual(a.body, b.body, e[0] + ': ' + JSON.stringify(text));
      assert.strictEqual(a.framing, b.framing, e[0] + ': ' + JSON.stringify(text));
      next();
    });
  })();
});

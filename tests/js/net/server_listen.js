// Ported from Node.js test/parallel/test-net-server-address.js,
// test-net-server-listen-options.js, test-net-listen-error.js,
// test-net-server-close.js (MIT license, Copyright Node.js contributors):
// listen variants, address(), IPv6 ::1, EADDRINUSE, listen twice, close.
'use strict';
var assert = require('assert');
var net = require('net');

var steps = [];
var stepNo = 0;
function next() { var f = steps.shift(); stepNo++; if (process.env.DEBUG) console.log("step", stepNo); if (f) f(); }

// listen(port, host, cb) on IPv4 loopback
steps.push(function () {
  var server = net.createServer();
  server.listen(0, '127.0.0.1', function () {
    var a = server.address();
    assert.strictEqual(a.address, '127.0.0.1');
    assert.strictEqual(a.family, 'IPv4');
    assert.ok(a.port > 0);
    assert.strictEqual(server.listening, true);
    server.close(function (err) {
      assert.ifError(err);
      assert.strictEqual(server.address(), null);
      assert.strictEqual(server.listening, false);
      next();
    });
  });
});

// listen({ port, host }) on IPv6 ::1 and a connection over it
steps.push(function () {
  var server = net.createServer(function (c) {
    assert.strictEqual(c.remoteAddress, '::1');
    assert.strictEqual(c.remoteFamily, 'IPv6');
    c.end('v6');
  });
  server.listen({ port: 0, host: '::1' }, function () {
    var a = server.address();
    assert.strictEqual(a.address, '::1');
    assert.strictEqual(a.family, 'IPv6');
    var got = '';
    net.connect({ port: a.port, host: '::1' }).setEncoding('utf8')
      .on('data', function (d) { got += d; })
      .on('end', function () {
        assert.strictEqual(got, 'v6');
        server.close(next);
      });
  });
});

// listen() with no host: the any address, reachable on loopback
steps.push(function () {
  var server = net.createServer(function (c) { c.end(); });
  server.listen(0, function () {
    var a = server.address();
    assert.ok(a.address === '::' || a.address === '0.0.0.0', a.address);
    net.connect(a.port, '127.0.0.1').on('close', function () { server.close(next); }).resume();
  });
});

// EADDRINUSE is emitted as 'error'
steps.push(function () {
  var s1 = net.createServer();
  s1.listen(0, '127.0.0.1', function () {
    var s2 = net.createServer();
    s2.on('error', function (e) {
      assert.strictEqual(e.code, 'EADDRINUSE');
      assert.strictEqual(e.syscall, 'listen');
      assert.strictEqual(e.port, s1.address().port);
      s1.close(next);
    });
    s2.listen(s1.address().port, '127.0.0.1', function () { assert.fail('listened twice'); });
  });
});

// listen twice without closing
steps.push(function () {
  var s = net.createServer();
  s.listen(0, '127.0.0.1', function () {
    assert.throws(function () { s.listen(0); }, { code: 'ERR_SERVER_ALREADY_LISTEN' });
    s.close(next);
  });
});

// close() on a server that is not listening
steps.push(function () {
  var s = net.createServer();
  s.close(function (err) {
    assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
    next();
  });
});

// bad ports
steps.push(function () {
  [-1, 65536, 1.5, { port: -1 }].forEach(function (p) {
    assert.throws(function () { net.createServer().listen(p); }, { code: 'ERR_SOCKET_BAD_PORT' });
  });
  next();
});

// an unref'ed server does not keep the process alive; ref() again works
steps.push(function () {
  var s = net.createServer();
  s.listen(0, '127.0.0.1', function () {
    s.unref();
    s.ref();
    s.close(next);
  });
});

var finished = false;
steps.push(function () { finished = true; });
process.on('exit', function () { assert.ok(finished, 'not all steps ran'); });
next();

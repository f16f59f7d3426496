// Ported from Node.js test/parallel/test-net-pipe-connect-errors.js and
// test-pipe-address.js (MIT license, Copyright Node.js contributors):
// Unix domain sockets with listen(path) / connect(path).
'use strict';
var assert = require('assert');
var net = require('net');
var fs = require('fs');

var path = '/tmp/jsrt-test-' + process.pid + '.sock';
try { fs.unlinkSync(path); } catch (e) {}
var server = net.createServer(function (c) {
  c.setEncoding('utf8');
  c.on('data', function (d) { c.end(d.toUpperCase()); });
});
server.listen(path, function () {
  assert.strictEqual(server.address(), path);
  var got = '';
  var c = net.connect(path, function () { c.write('unix'); });
  c.setEncoding('utf8');
  c.on('data', function (d) { got += d; });
  c.on('end', function () {
    assert.strictEqual(got, 'UNIX');
    server.close(function () {
      // connecting to a path nobody listens on fails with ENOENT
      net.connect(path + '.none').on('error', function (e) {
        assert.strictEqual(e.code, 'ENOENT');
        assert.strictEqual(e.syscall, 'connect');
        done = true;
      });
    });
  });
});
var done = false;
process.on('exit', function () {
  try { fs.unlinkSync(path); } catch (e) {}
  assert.ok(done);
});

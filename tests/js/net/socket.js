// Ported from Node.js test/parallel/test-net-bytes-stats.js,
// test-net-remote-address-port.js, test-net-local-address-port.js,
// test-net-connect-options-port.js, test-net-socket-destroy-twice.js,
// test-net-connect-immediate-finish.js (MIT license, Copyright Node.js
// contributors): addresses, byte counters, encoding, events, destroy.
'use strict';
var assert = require('assert');
var net = require('net');

var events = [];
var server = net.createServer(function (c) {
  assert.strictEqual(c.remoteAddress, '127.0.0.1');
  assert.strictEqual(c.remoteFamily, 'IPv4');
  assert.strictEqual(c.localAddress, '127.0.0.1');
  assert.strictEqual(c.localPort, server.address().port);
  assert.strictEqual(typeof c.remotePort, 'number');
  var n = 0;
  c.on('data', function (d) { n += d.length; });
  c.on('end', function () {
    events.push('server end');
    assert.strictEqual(n, 11);
    assert.strictEqual(c.bytesRead, 11);
    c.end('pong');
  });
  c.on('close', function (hadError) {
    assert.strictEqual(hadError, false);
    assert.strictEqual(c.bytesWritten, 4);
    events.push('server close');
    server.close();
  });
});

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var c = net.createConnection({ port: port, host: '127.0.0.1' }, function () {
    events.push('connect');
    assert.strictEqual(c.remotePort, port);
    assert.strictEqual(c.remoteAddress, '127.0.0.1');
    assert.strictEqual(c.readyState, 'readOnly'); // end() was called while connecting
    assert.strictEqual(c.pending, false);
  });
  assert.strictEqual(c.connecting, true);
  assert.strictEqual(c.readyState, 'opening');
  c.on('ready', function () { events.push('ready'); });
  c.setEncoding('utf8');
  c.setNoDelay(true);
  c.setKeepAlive(true, 1000);
  // written while connecting: sent once connected
  c.write('hello ');
  c.end('world');
  var got = '';
  c.on('data', function (d) { assert.strictEqual(typeof d, 'string'); got += d; });
  c.on('end', function () { events.push('client end'); assert.strictEqual(got, 'pong'); });
  c.on('close', function (hadError) {
    events.push('client close');
    assert.strictEqual(hadError, false);
    assert.strictEqual(c.bytesWritten, 11);
    assert.strictEqual(c.bytesRead, 4);
    c.destroy(); // twice is harmless
  });
});

// destroy(err) emits 'error' then 'close' with hadError true
var s2 = net.createServer(function (c) { c.on('error', function () {}); });
s2.listen(0, '127.0.0.1', function () {
  var c = net.connect(s2.address().port, '127.0.0.1', function () {
    c.destroy(new Error('boom'));
  });
  var order = [];
  c.on('error', function (e) { order.push('error ' + e.message); });
  c.on('close', function (hadError) {
    order.push('close ' + hadError);
    assert.deepStrictEqual(order, ['error boom', 'close true']);
    assert.strictEqual(c.destroyed, true);
    s2.close();
  });
});

process.on('exit', function () {
  assert.deepStrictEqual(events.slice(0, 2), ['connect', 'ready']);
  assert.ok(events.indexOf('server end') > 0);
  assert.ok(events.indexOf('client end') > 0);
  assert.ok(events.indexOf('client close') > 0);
  assert.ok(events.indexOf('server close') > 0);
});

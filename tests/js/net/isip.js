// Ported from Node.js test/parallel/test-net-isip.js and test-net-isipv4.js,
// test-net-isipv6.js (MIT license, Copyright Node.js contributors).
'use strict';
var assert = require('assert');
var net = require('net');

assert.strictEqual(net.isIP('127.0.0.1'), 4);
assert.strictEqual(net.isIP('x127.0.0.1'), 0);
assert.strictEqual(net.isIP('example.com'), 0);
assert.strictEqual(net.isIP('0000:0000:0000:0000:0000:0000:0000:0000'), 6);
assert.strictEqual(net.isIP('0000:0000:0000:0000:0000:0000:0000:0000::0000'), 0);
assert.strictEqual(net.isIP('1050:0:0:0:5:600:300c:326b'), 6);
assert.strictEqual(net.isIP('2001:252:0:1::2008:6'), 6);
assert.strictEqual(net.isIP('2001:dead:beef:1::2008:6'), 6);
assert.strictEqual(net.isIP('2001::'), 6);
assert.strictEqual(net.isIP('2001:dead::'), 6);
assert.strictEqual(net.isIP('2001:dead:beef::'), 6);
assert.strictEqual(net.isIP('2001:dead:beef:1::'), 6);
assert.strictEqual(net.isIP('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'), 6);
assert.strictEqual(net.isIP(':2001:252:0:1::2008:6:'), 0);
assert.strictEqual(net.isIP(':2001:252:0:1::2008:6'), 0);
assert.strictEqual(net.isIP('2001:252:0:1::2008:6:'), 0);
assert.strictEqual(net.isIP('2001:252::1::2008:6'), 0);
assert.strictEqual(net.isIP('::2001:252:1:2008:6'), 6);
assert.strictEqual(net.isIP('::2001:252:1:1.1.1.1'), 6);
assert.strictEqual(net.isIP('::2001:252:1:255.255.255.255'), 6);
assert.strictEqual(net.isIP('::2001:252:1:255.255.255.255.76'), 0);
assert.strictEqual(net.isIP('fe80::2008%eth0'), 6);
assert.strictEqual(net.isIP('fe80::2008%eth0.0'), 6);
assert.strictEqual(net.isIP('fe80::2008%eth0@1'), 0);
assert.strictEqual(net.isIP('::anything'), 0);
assert.strictEqual(net.isIP('::1'), 6);
assert.strictEqual(net.isIP('::'), 6);
assert.strictEqual(net.isIP('0'), 0);
assert.strictEqual(net.isIP(), 0);
assert.strictEqual(net.isIP(''), 0);
assert.strictEqual(net.isIP(null), 0);
assert.strictEqual(net.isIP(123), 0);
assert.strictEqual(net.isIP(true), 0);
assert.strictEqual(net.isIP({}), 0);
assert.strictEqual(net.isIP({ toString: function () { return '::2001:252:1:255.255.255.255'; } }), 6);
assert.strictEqual(net.isIP({ toString: function () { return '127.0.0.1'; } }), 4);
assert.strictEqual(net.isIP({ toString: function () { return 'bla'; } }), 0);

var v4 = ['0.0.0.0', '8.8.8.8', '127.0.0.1', '100.100.100.100', '192.168.0.1',
  '18.101.25.153', '123.23.34.2', '172.26.168.134', '212.58.241.131', '128.0.0.0',
  '23.71.254.72', '223.255.255.255', '192.0.2.235', '99.198.122.146', '46.51.197.88',
  '173.194.34.134'];
var v4not = ['.100.100.100.100', '100..100.100.100.', '100.100.100.100.',
  '999.999.999.999', '256.256.256.256', '256.100.100.100.100', '123.123.123',
  'http://123.123.123', '1000.2.3.4', '999.2.3.4', '0000000192.168.0.200',
  '192.168.0.2000000000'];
v4.forEach(function (ip) { assert.strictEqual(net.isIPv4(ip), true, ip); });
v4not.forEach(function (ip) { assert.strictEqual(net.isIPv4(ip), false, ip); });
assert.strictEqual(net.isIPv6('::1'), true);
assert.strictEqual(net.isIPv6('127.0.0.1'), false);
assert.strictEqual(net.isIPv6('2001:db8::ff00:42:8329'), true);
assert.strictEqual(net.isIPv6('1:2:3:4:5:6:7:8:9'), false);

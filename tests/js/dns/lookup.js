// Ported from Node.js test/parallel/test-dns-lookup.js and
// test-dns-lookup-localhost... (MIT license, Copyright Node.js contributors):
// argument validation, IP literals answered without the resolver, family
// and all, ENOTFOUND. Loopback names only.
'use strict';
var assert = require('assert');
var dns = require('dns');

assert.throws(function () { dns.lookup(1, {}, function () {}); },
  { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(function () { dns.lookup(false, 'cb'); },
  { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(function () { dns.lookup('nodejs.org', { family: 5 }, function () {}); },
  { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(function () { dns.lookup('nodejs.org', { hints: (dns.V4MAPPED | dns.ADDRCONFIG | dns.ALL) + 1 }, function () {}); },
  { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(function () { dns.lookup('nodejs.org', 4); },
  { code: 'ERR_INVALID_ARG_TYPE' });

var pending = 0;
function done() { pending--; }

pending++;
dns.lookup(false, { hints: 0, family: 0, all: true }, function (err, result, addressType) {
  assert.ifError(err);
  assert.deepStrictEqual(result, []);
  assert.strictEqual(addressType, undefined);
  done();
});

pending++;
dns.lookup('127.0.0.1', { hints: 0, family: 4, all: true }, function (err, result) {
  assert.ifError(err);
  assert.deepStrictEqual(result, [{ address: '127.0.0.1', family: 4 }]);
  done();
});

pending++;
dns.lookup('127.0.0.1', { hints: 0, family: 4, all: false }, function (err, result, family) {
  assert.ifError(err);
  assert.strictEqual(result, '127.0.0.1');
  assert.strictEqual(family, 4);
  done();
});

pending++;
dns.lookup('::1', function (err, result, family) {
  assert.ifError(err);
  assert.strictEqual(result, '::1');
  assert.strictEqual(family, 6);
  done();
});

pending++;
dns.lookup('localhost', { family: 4 }, function (err, address, family) {
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
  done();
});

pending++;
dns.lookup('localhost', { all: true, family: 'IPv4' }, function (err, list) {
  assert.ifError(err);
  assert.ok(Array.isArray(list) && list.length >= 1);
  assert.strictEqual(list[0].family, 4);
  done();
});

// test-dns-lookup ENOTFOUND: a name under .invalid never resolves (RFC 6761).
// A machine whose resolver cannot be reached says EAI_AGAIN instead.
pending++;
dns.lookup('no-such-host.invalid', function (err) {
  assert.ok(err instanceof Error);
  assert.ok(err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN', err.code);
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'no-such-host.invalid');
  assert.strictEqual(err.message, 'getaddrinfo ' + err.code + ' no-such-host.invalid');
  done();
});

// fails instead of hanging if a lookup never calls back (longer on slow builds)
setTimeout(function () { assert.strictEqual(pending, 0); },
  require('../fs/_common').platformTimeout(5000)).unref();
process.on && process.on('exit', function () { assert.strictEqual(pending, 0); });

// Ported from Node.js test/parallel/test-dns-lookup-promises.js and
// test-dns-promises-exists.js (MIT license, Copyright Node.js contributors).
'use strict';
var assert = require('assert');
var dns = require('dns');
var dnsPromises = require('dns/promises');

assert.strictEqual(dns.promises, dnsPromises);
assert.strictEqual(typeof dnsPromises.lookup, 'function');

var results = [];
dnsPromises.lookup('127.0.0.1').then(function (r) {
  assert.deepStrictEqual(r, { address: '127.0.0.1', family: 4 });
  results.push('ip');
  return dnsPromises.lookup('localhost', { family: 4, all: true });
}).then(function (list) {
  assert.ok(Array.isArray(list));
  assert.deepStrictEqual(list[0], { address: '127.0.0.1', family: 4 });
  results.push('all');
  return dnsPromises.lookup('no-such-host.invalid');
}).then(function () {
  assert.fail('resolved');
}, function (err) {
  assert.ok(err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN', err.code); // offline resolver
  results.push('notfound');
});

process.on('exit', function () {
  assert.deepStrictEqual(results, ['ip', 'all', 'notfound']);
});

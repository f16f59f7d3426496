// Ported from Node.js test/parallel/test-stream-readable-event.js (MIT license, Copyright Node.js contributors)
'use strict';
var common = require('../fs/_common');
var assert = require('assert');
var Readable = require('stream').Readable;

(function first() {
  // not reading when 'readable' is added: on('readable') still fires
  var r = new Readable({ highWaterMark: 3 });
  r._read = common.mustNotCall();
  r.push(Buffer.from('blerg'));
  setTimeout(function () {
    assert(!r._readableState.reading);
    r.on('readable', common.mustCall());
  }, 1);
})();
(function second() {
  // 'readable' is re-emitted if there is already a length while reading
  var r = new Readable({ highWaterMark: 3 });
  r._read = common.mustCall();
  r.push(Buffer.from('bl'));
  setTimeout(function () {
    assert(r._readableState.reading);
    r.on('readable', common.mustCall());
  }, 1);
})();
(function third() {
  // below the highWaterMark but at EOF
  var r = new Readable({ highWaterMark: 30 });
  r._read = common.mustNotCall();
  r.push(Buffer.from('blerg'));
  r.push(null);
  setTimeout(function () {
    assert(!r._readableState.reading);
    r.on('readable', common.mustCall());
  }, 1);
})();
(function fourth() {
  // 'readable' then read() drains the buffer, 'end' follows
  var r = new Readable({ read: function () {} });
  var data = [];
  r.on('readable', function () {
    var c;
    while ((c = r.read()) !== null) data.push(c.toString());
  });
  r.on('end', common.mustCall(function () { assert.deepStrictEqual(data.join(''), 'abcdef'); }));
  r.push('abc');
  setTimeout(function () { r.push('def'); r.push(null); }, 5);
})();

// Ported from Node.js test/parallel/test-buffer-tojson.js (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');
assert.strictEqual(JSON.stringify(Buffer.alloc(0)), '{"type":"Buffer","data":[]}');
assert.strictEqual(JSON.stringify(Buffer.from([1, 2, 3, 4])), '{"type":"Buffer","data":[1,2,3,4]}');
(function () {
  var buf = Buffer.from('test');
  assert.deepStrictEqual(buf, Buffer.from(JSON.parse(JSON.stringify(buf))));
})();
(function () {
  var buffer = Buffer.from('test');
  var string = JSON.stringify(buffer);
  assert.strictEqual(string, '{"type":"Buffer","data":[116,101,115,116]}');
  function receiver(key, value) {
    return value && value.type === 'Buffer' ? Buffer.from(value.data) : value;
  }
  assert.deepStrictEqual(buffer, JSON.parse(string, receiver));
})();

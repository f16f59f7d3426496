// Ported from Node.js test/parallel/test-buffer-iterator.js (MIT license, Copyright Node.js contributors)
// for-of loops are written with the iterator protocol (ES5 has no for-of).
'use strict';
var assert = require('assert');
var buffer = Buffer.from([1, 2, 3, 4, 5]);

function collect(iterable) {
  var it = iterable[Symbol.iterator](), arr = [], r;
  while (!(r = it.next()).done) arr.push(r.value);
  return arr;
}

assert.deepStrictEqual(collect(buffer), [1, 2, 3, 4, 5]);
assert.deepStrictEqual(collect(buffer[Symbol.iterator]()), [1, 2, 3, 4, 5]);
assert.deepStrictEqual(collect(buffer.values()), [1, 2, 3, 4, 5]);
assert.deepStrictEqual(collect(buffer.keys()), [0, 1, 2, 3, 4]);
assert.deepStrictEqual(collect(buffer.entries()), [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]]);
assert.deepStrictEqual(Array.from(buffer), [1, 2, 3, 4, 5]);

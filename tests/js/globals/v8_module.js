// v8 (issue 17: koa requires it): heap statistics with V8's field names
// and plausible values, serialize/deserialize round trips (not V8's wire
// format), startupSnapshot outside a snapshot build, node's errors.
'use strict';
const assert = require('assert');
const v8 = require('v8');
const s = v8.getHeapStatistics();
for (const k of ['total_heap_size', 'used_heap_size', 'heap_size_limit', 'malloced_memory', 'external_memory'])
  assert.strictEqual(typeof s[k], 'number', k);
assert.ok(s.used_heap_size > 0 && s.total_heap_size >= s.used_heap_size);
assert.ok(Array.isArray(v8.getHeapSpaceStatistics()));
assert.strictEqual(typeof v8.cachedDataVersionTag(), 'number');
const value = { a: 1, s: 'str', list: [1, 2, { deep: true }], n: null, u8: new Uint8Array([1, 2]) };
const buf = v8.serialize(value);
assert.ok(Buffer.isBuffer(buf));
const back = v8.deserialize(buf);
assert.strictEqual(back.a, 1);
assert.strictEqual(back.s, 'str');
assert.strictEqual(back.list[2].deep, true);
assert.strictEqual(back.n, null);
assert.strictEqual(back.u8[1], 2);
assert.throws(() => v8.deserialize('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.ok(!v8.startupSnapshot.isBuildingSnapshot());
assert.throws(() => v8.startupSnapshot.addDeserializeCallback(() => {}), { code: 'ERR_NOT_BUILDING_SNAPSHOT' });
v8.setFlagsFromString('--harmony');
assert.throws(() => v8.setFlagsFromString(1), { code: 'ERR_INVALID_ARG_TYPE' });
console.log('ok');

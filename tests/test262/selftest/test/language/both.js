/*---
description: fails in strict mode only (listed for strict)
---*/
assert.sameValue((function () { return typeof this; })(), 'object');

/*---
description: fails in both modes (listed)
---*/
assert.sameValue(1, 2);

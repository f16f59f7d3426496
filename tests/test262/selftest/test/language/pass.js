/*---
description: plain test, both modes
---*/
assert.sameValue(1 + 1, 2);

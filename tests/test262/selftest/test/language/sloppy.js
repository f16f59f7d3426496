/*---
description: noStrict runs sloppy
flags: [noStrict]
---*/
with ({ a: 1 }) { assert.sameValue(a, 1); }

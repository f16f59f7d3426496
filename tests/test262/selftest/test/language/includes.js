/*---
description: includes, inline list and item list
includes: [inc.js]
---*/
assert.sameValue(included, 42);

/*---
description: includes as a YAML item list
includes:
  - inc.js
flags:
  - onlyStrict
---*/
assert.sameValue(included, 42);

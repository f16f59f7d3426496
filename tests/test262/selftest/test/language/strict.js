/*---
description: onlyStrict runs strict
flags: [onlyStrict]
---*/
assert.sameValue((function () { return this; })(), undefined);

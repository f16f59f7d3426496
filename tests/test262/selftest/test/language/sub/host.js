/*---
description: the $262 host object
---*/
assert.sameValue($262.global, this === undefined ? $262.global : this);
assert.sameValue($262.evalScript('var fromScript = 7; fromScript'), 7);
assert.sameValue(fromScript, 7);

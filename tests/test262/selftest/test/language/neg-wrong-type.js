/*---
description: throws the wrong type (listed)
negative:
  phase: runtime
  type: TypeError
---*/
throw new RangeError('no');

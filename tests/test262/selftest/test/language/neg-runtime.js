/*---
description: negative runtime test
negative:
  phase: runtime
  type: TypeError
---*/
null.x;

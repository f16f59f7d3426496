/*---
description: runs forever: the isolate's timeout stops it (listed)
---*/
for (;;) {}

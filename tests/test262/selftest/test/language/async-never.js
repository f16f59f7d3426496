/*---
description: async test never calling $DONE (listed)
flags: [async]
---*/

/*---
description: async test completing from a promise job
flags: [async]
---*/
Promise.resolve().then(function () { $DONE(); });

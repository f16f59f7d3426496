/*---
description: async test reporting a failure (listed)
flags: [async]
---*/
Promise.resolve().then(function () { $DONE(new Test262Error('no')); });

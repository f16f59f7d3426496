/*---
description: skipped by feature
features: [Symbol, BigInt]
---*/
throw new Error('should be skipped');

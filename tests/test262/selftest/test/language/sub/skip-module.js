/*---
description: skipped: module
flags: [module]
---*/
throw new Error('should be skipped');

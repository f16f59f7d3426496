/*---
description: a module test runs through the ES module loader
flags: [module]
---*/
import { x } from './module_FIXTURE.js';
import * as self from './module.js';
export const y = 2;
assert.sameValue(x, 1);
assert.sameValue(self.y, 2);
assert.sameValue(this, undefined);

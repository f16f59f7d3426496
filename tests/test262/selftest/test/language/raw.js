/*---
description: raw gets no harness and no strictness
flags: [raw]
---*/
if (typeof assert !== 'undefined') throw new Error('harness was added');
with ({}) {}

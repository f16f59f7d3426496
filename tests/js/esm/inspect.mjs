// util.inspect of module namespace objects: [Module: null prototype],
// bindings shown as values, <uninitialized> in their TDZ (node's output).
import * as self from './inspect.mjs';
import * as empty from './fixtures/bad/runs-nothing.mjs';
import * as json from './fixtures/data.json' with { type: 'json' };
console.log(self);
export let later = 1;
export const k = { a: [1, 2] };
export function fn() {}
console.log(self, [self], empty);
console.log(json);

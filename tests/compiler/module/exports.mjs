// Every export form: declarations, lists with renames and string names,
// default expression, re-exports; the record's getters check TDZ for
// lexical bindings.
export const c = 1;
export let l = 2;
export var v = 3;
export function f() { return c + l + v; }
export class K {}
let hidden = 4;
export { hidden as shown, hidden as "string-name" };
export default c * 10;
export * from './fixtures/dep.mjs';
export { bump as reBump } from './fixtures/dep.mjs';
export * as depNs from './fixtures/dep.mjs';
console.log(f(), typeof K);

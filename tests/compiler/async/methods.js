// Async methods (super, static, object), async arrows, async generators
// with for await, try/finally around awaits in a loop, util.types.
class K { constructor() { this.v = 1; } async m() { await null; return this.v; } static async s() { return 's'; } }
class L extends K { async m() { const b = await super.m(); return b + 1; } }
new L().m().then(v => console.log('super', v));
K.s().then(console.log);
const o = { base: 5, async f() { return this.base + await 1; }, g: async function () { return 'g'; } };
o.f().then(console.log); o.g().then(console.log);
async function* ag() { yield 1; const x = await Promise.resolve(2); yield x; return 3; }
(async () => { for await (const v of ag()) console.log('ag', v); const it = ag(); console.log(await it.next(), await it.return(9)); })();
const arrow = async () => { throw new Error('arrow err'); };
arrow().catch(e => console.log('caught', e.message));
async function deep() { let s = ''; for (const c of 'abc') { try { if (c === 'b') throw c; s += await c; } catch (e) { s += '!' + e; } finally { s += '.'; } } return s; }
deep().then(console.log);
console.log(require('util').types.isAsyncFunction(deep), Object.prototype.toString.call(deep));

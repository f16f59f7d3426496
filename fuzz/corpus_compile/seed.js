// A seed of every lowered form; make fuzz adds tests/compiler/*/*.js.
'use strict';
const { a = 1, ...rest } = { b: 2 }, [x, , y = 3, ...zs] = [1, 2];
let f = (p, q = p, ...r) => p?.q ?? q?.[r.length]?.(...r);
class A extends Array { #p = 1; static s = 2; static { this.t = 3; }
  get p() { return this.#p; } m() { return super.at(0) + `${this.#p}`; } }
for (const [k, v] of Object.entries({ k: 1 })) label: { if (k) break label; }
var o = { f, [`k${a}`]: 1, ...rest, m() { return super.toString(); } };
o.q ||= 1; o.r &&= 2; o.s ??= 3; try { f(); } catch { f = String.raw`a\n${x}`; }

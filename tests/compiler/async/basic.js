// async functions, arrows and methods: the body becomes a generator the
// runtime drives; await in expressions, loops, try/catch/finally.
async function add(a, b = 2) {
  const x = await a;
  const y = await Promise.resolve(b);
  return x + y;
}
const twice = async (v) => (await add(v, v)) * 2;
const obj = {
  k: 10,
  async m(n) { let s = 0; for (let i = 0; i < n; i++) s += await i; return s + this.k; },
};
class C {
  constructor() { this.v = 'c'; }
  async get() { return this.v + (await 1); }
  static async make() { return new C(); }
}
async function tries() {
  const out = [];
  try {
    await Promise.reject(new Error('boom'));
  } catch (e) {
    out.push('caught ' + e.message);
  } finally {
    out.push('finally ' + (await 'f'));
  }
  for (const v of [1, 2, 3]) {
    if (v === 2) continue;
    out.push(await v);
  }
  return out;
}
async function rejects(x = (() => { throw new Error('default'); })()) {}
async function main() {
  console.log(await add(1), await twice(3), await obj.m(4));
  console.log(await (await C.make()).get());
  console.log((await tries()).join(','));
  const p = rejects();
  console.log(p instanceof Promise);
  try { await p; } catch (e) { console.log('rejected:', e.message); }
  console.log(add.length, twice.name, obj.m.name, typeof add(1).then);
}
main();
console.log('sync first');

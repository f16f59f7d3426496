// Resolution, link and evaluation errors in node's words; a failed graph
// runs nothing of itself and leaves the loader usable (checked against node).
const base = new URL('./fixtures/', import.meta.url).href;
const clean = (s) => String(s).split(base).join('<F>/').split(base.slice(7)).join('<F>/')
  .split(import.meta.dirname + '/').join('<D>/');
const cases = [
  './fixtures/bad/absent.mjs',
  './fixtures/bad/absent-dep.mjs',
  './fixtures/bad/lib2',
  './fixtures/dir',
  './fixtures/dir/',
  './fixtures/bad/missing.mjs',
  './fixtures/bad/ambiguous.mjs',
  './fixtures/bad/starkeys.mjs',
  './fixtures/bad/throws.mjs',
  './fixtures/bad/throws.mjs',
  './fixtures/bad/j.json',
  'no-such-package',
  'dual/internal/x.js',
  'dual/nothing',
  'node:nothing',
  '#nothing',
  'https://example.com/x.mjs',
  base + 'bad/lib2.mjs',
  'data:text/javascript,export default 6 * 7;',
  'data:application/json,{"j":1}',
  './fixtures/data.json',
  'data:text/javascript;base64,ZXhwb3J0IGNvbnN0IGIgPSAnYjY0Jzs=',
];
function show(ns) {
  return Object.keys(ns).map((k) => k + '=' + JSON.stringify(ns[k])).join(' ');
}
function run(i) {
  if (i >= cases.length) {
    console.log('sideEffect', globalThis.sideEffect, 'throwCount', globalThis.throwCount);
    return import('./fixtures/bad/runs-first.mjs').catch((e) => console.log('syntax', e.name, globalThis.sideEffect));
  }
  const spec = cases[i];
  const opts = spec.indexOf('json') >= 0 && spec.indexOf('j.json') < 0 ? { with: { type: 'json' } } : undefined;
  return import(spec, opts).then(
    (ns) => console.log('ok', clean(spec), show(ns)),
    (e) => console.log('err', clean(spec), e.name, e.code, clean(e.message))
  ).then(() => run(i + 1));
}
run(0);

// import() from CommonJS resolves against this file, returns a promise of
// the namespace; require(esm) of a module with a default export is its
// namespace plus __esModule (node's), of one without it the namespace;
// errors reject (checked against node).
const path = require('path');
const lib = './fixtures/lib.mjs';
const p = import(lib);
console.log(p instanceof Promise, typeof p.then);
p.then((ns) => {
  console.log(Object.keys(ns).join(','), ns.v);
  const r = require(lib);
  console.log(r === ns, r.__esModule, r.v === ns.v, Object.keys(r).join(','));
  console.log(require('./fixtures/reexp.mjs') === require('./fixtures/reexp.mjs'));
  return import('node:path');
}).then((pathNs) => {
  console.log(pathNs.default === path, pathNs.join === path.join);
  return import('./fixtures/nope.mjs');
}).catch((e) => {
  console.log(e.code);
  return import(path.join(__dirname, 'fixtures', 'data.json'), { with: { type: 'json' } });
}).then((j) => console.log(j.default.answer));
console.log('sync end');

// Imports read through the exporter's namespace (live), calls of imports
// get this undefined, top-level vars become outer-scope vars assigned in
// the chunk, a function declaration stays on its line.
import dflt, { n, bump as b } from './fixtures/dep.mjs';
import * as ns from './fixtures/dep.mjs';
var before = n;
b();
console.log(dflt, before, n, ns.n, this);
function later() { return n; }
for (var i = 0; i < 2; i++) b();
console.log(later(), typeof import.meta.url);

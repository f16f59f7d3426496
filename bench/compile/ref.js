// The reference compilers on the same files, under node, one thread:
//   node bench/compile/ref.js LISTFILE [SECONDS]
// @swc/core transformSync (target es5) and @babel/core with
// @babel/preset-env (targets ie 11), each for at least SECONDS of CPU
// (default 3; Babel gets 3x that and may not finish one pass): MB/s of
// source over the files it compiled.
'use strict';
const fs = require('fs');
const path = require('path');
const list = process.argv[2];
const seconds = Number(process.argv[3] || 3);
const files = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean)
  .map((p) => ({ p, src: fs.readFileSync(p, 'utf8'), bytes: fs.statSync(p).size }));
const total = files.reduce((a, f) => a + f.bytes, 0);

function cpu() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function bench(name, compile, limit, partial) {
  let failed = 0;
  for (const f of files.slice(0, 20)) {
    try { compile(f.src); } catch (e) { /* warm-up; counted below */ }
  }
  const t0 = cpu();
  let bytes = 0, t = 0;
  outer: for (;;) {
    for (const f of files) {
      if (f[name] === false) continue;
      try {
        compile(f.src);
        bytes += f.bytes;
      } catch (e) {
        failed++;
        f[name] = false; // left out from then on
      }
      t = cpu() - t0;
      if (partial && t >= limit) break outer;
    }
    if (t >= limit) break;
  }
  console.log(`${name}: ${(bytes / t / 1e6).toFixed(2)} MB/s (${(bytes / 1e6).toFixed(2)} MB in ${t.toFixed(2)} s CPU` +
    `${failed ? `, ${failed} files failed to compile` : ''})`);
  return bytes / t / 1e6;
}

const here = __dirname;
let swc, babel, env;
try { swc = require(path.join(here, 'node_modules/@swc/core')); } catch (e) {}
try {
  babel = require(path.join(here, 'node_modules/@babel/core'));
  env = require.resolve(path.join(here, 'node_modules/@babel/preset-env'));
} catch (e) {}
console.log(`reference corpus: ${files.length} files, ${(total / 1e6).toFixed(2)} MB`);
const out = {};
if (swc) {
  out.swc = bench('swc', (src) => swc.transformSync(src, {
    jsc: { target: 'es5', parser: { syntax: 'ecmascript' } },
    isModule: false, swcrc: false, configFile: false,
  }), seconds, false);
} else console.log('swc: not installed (sh bench/compile/install.sh)');
if (babel) {
  out.babel = bench('babel', (src) => babel.transformSync(src, {
    presets: [[env, { targets: { ie: '11' } }]], configFile: false, babelrc: false,
    sourceType: 'script', compact: false,
  }), seconds * 3, true);
} else console.log('babel: not installed (sh bench/compile/install.sh)');
if (process.env.REF_JSON) fs.writeFileSync(process.env.REF_JSON, JSON.stringify(out));

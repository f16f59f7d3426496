// CommonJS interop (default = module.exports plus the names node finds),
// node: built-ins with named exports, JSON modules, packages with
// "exports" under the "import" condition, "imports", self-reference,
// createRequire (checked against node).
import cjs, { alpha, beta, gamma, delta } from 'cjspkg';
import * as cjsNs from 'cjspkg';
import dualDefault, { kind } from 'dual';
import { feature } from 'dual/feature';
import util from 'dual/util.js';
import hello from 'esmonly';
import { readFileSync } from 'node:fs';
import fsDefault, * as fsNs from 'fs';
import path, { join } from 'path';
import { EventEmitter } from 'node:events';
import data from './fixtures/data.json' with { type: 'json' };
import { result } from './fixtures/scope/main.js';
import legacy, { fromCjs } from './fixtures/scope/legacy.cjs';
import { createRequire } from 'node:module';

console.log(alpha, beta(), gamma, delta, cjs.alpha, Object.keys(cjsNs).sort().join(','));
console.log(dualDefault, kind, feature, util, hello('world'));
console.log(typeof readFileSync, fsDefault.readFileSync === readFileSync, fsNs.default === fsDefault);
console.log(join('a', 'b'), path.sep, typeof EventEmitter);
console.log(data.answer, data.list.length);
console.log(result.join(' | '));
console.log(legacy.fromCjs, fromCjs, legacy.list.length);
const require = createRequire(import.meta.url);
console.log(require('dual').kind, require('./fixtures/data.json').answer);
console.log(require('./fixtures/lib.mjs').v);

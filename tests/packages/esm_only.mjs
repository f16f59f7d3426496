// ES-module-only packages from node_modules: chalk 5 (installed as chalk5;
// package "imports" with the node condition, node: built-ins), strip-ansi 7 (as strip-ansi7)
// with ansi-regex 6, escape-string-regexp 5, nanoid 5 (installed as nanoid5;
// "exports" with conditions, node:crypto's webcrypto).
import chalk, { Chalk, supportsColor } from 'chalk5';
import stripAnsi from 'strip-ansi7';
import escapeStringRegexp from 'escape-string-regexp';
import { nanoid, customAlphabet, urlAlphabet } from 'nanoid5';
import { nanoid as weakNanoid } from 'nanoid5/non-secure';

const c = new Chalk({ level: 1 });
const s = c.red.bold('red bold') + ' ' + c.bgBlue.white('on blue') + ' ' + c.hex('#ff8800')('hex');
console.log(JSON.stringify(s));
console.log(stripAnsi(s));
console.log(typeof chalk.level, supportsColor === false || typeof supportsColor === 'object');
console.log(escapeStringRegexp('How much $ for a 🦄? (a|b)[c]'));
const id = nanoid();
console.log(id.length, /^[A-Za-z0-9_-]+$/.test(id), nanoid(10).length, urlAlphabet.length);
const hex = customAlphabet('0123456789abcdef', 12)();
console.log(hex.length, /^[0-9a-f]+$/.test(hex), weakNanoid().length,
  new Set(Array.from({ length: 100 }, () => nanoid())).size);

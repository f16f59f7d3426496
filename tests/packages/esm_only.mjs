// ES-module-only packages from node_modules: chalk 5 (installed as chalk5;
// package "imports" with the node condition, node: built-ins), strip-ansi 7 (as strip-ansi7)
// with ansi-regex 6, escape-string-regexp 5.
import chalk, { Chalk, supportsColor } from 'chalk5';
import stripAnsi from 'strip-ansi7';
import escapeStringRegexp from 'escape-string-regexp';

const c = new Chalk({ level: 1 });
const s = c.red.bold('red bold') + ' ' + c.bgBlue.white('on blue') + ' ' + c.hex('#ff8800')('hex');
console.log(JSON.stringify(s));
console.log(stripAnsi(s));
console.log(typeof chalk.level, supportsColor === false || typeof supportsColor === 'object');
console.log(escapeStringRegexp('How much $ for a 🦄? (a|b)[c]'));

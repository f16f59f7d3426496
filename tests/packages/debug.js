// debug 4: namespaces, enable/disable, formatters (ES2015 in src/node.js).
const createDebug = require('debug');
const d = createDebug('app:main');
console.log(d.namespace, d.enabled);
createDebug.enable('app:*,-app:skip');
console.log(createDebug.enabled('app:main'), createDebug.enabled('app:skip'), createDebug.enabled('other'));
console.log(createDebug('app:x').enabled, typeof createDebug.formatters.o);
const lines = [];
const d2 = createDebug('app:log');
d2.log = (...args) => lines.push(args.join(' ').replace(/\x1b\[[0-9;]*m/g, '').replace(/^\S+ /, ''));
d2.useColors = false;
d2('hello %s %d', 'world', 42);
d2('obj %j', { a: 1 });
console.log(lines.map((l) => l.replace(/ \+\d+m?s$/, '')).join(' | '));
console.log(createDebug.disable());
console.log(createDebug.enabled('app:main'));

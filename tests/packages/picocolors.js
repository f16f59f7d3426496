// picocolors 1 (arrow functions, let/const, template literals).
const pc = require('picocolors');
const c = pc.createColors(true);
console.log(JSON.stringify(c.red('r')), JSON.stringify(c.bold(c.underline('bu'))));
console.log(JSON.stringify(c.green(`a${c.blue('b')}c`)));
const n = pc.createColors(false);
console.log(n.red('plain'), typeof pc.isColorSupported);

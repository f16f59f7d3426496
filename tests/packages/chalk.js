// chalk 4 (classes, template literals, spread, Object.setPrototypeOf).
const chalk = require('chalk');
const c = new chalk.Instance({ level: 1 });
console.log(JSON.stringify(c.red('red')), JSON.stringify(c.bold.green('bg')));
console.log(JSON.stringify(c.bgBlue.white.underline('x')));
console.log(JSON.stringify(c`{red a} {blue.bold b}`));
const none = new chalk.Instance({ level: 0 });
console.log(none.red('plain'), c.level, none.level);
console.log(JSON.stringify(new chalk.Instance({ level: 3 }).rgb(10, 20, 30)('rgb')));
console.log(JSON.stringify(new chalk.Instance({ level: 2 }).hex('#ff8800')('hex')));

// yargs 17 (CommonJS build: classes, private fields, spread, arrows).
const yargs = require('yargs/yargs');
const argv = yargs(['--name', 'jsrt', '-v', '3', 'build', '--no-color', '--list', 'a', '--list', 'b'])
  .option('name', { type: 'string' })
  .option('v', { type: 'number' })
  .option('list', { type: 'array' })
  .parse();
console.log(argv.name, argv.v, argv._.join(','), argv.color, argv.list.join('+'));
const parser = require('yargs-parser');
console.log(JSON.stringify(parser(['--foo=bar', '-abc', '--num', '5', 'x'])));

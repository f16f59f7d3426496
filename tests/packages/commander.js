// commander 11 (classes extending EventEmitter, private methods, spread).
const { Command } = require('commander');
const program = new Command();
program.name('tool').version('1.0.0').exitOverride()
  .option('-d, --debug', 'debug output')
  .option('-p, --port <number>', 'port', '80')
  .argument('<file>')
  .action((file, opts) => console.log('action', file, JSON.stringify(opts)));
program.parse(['node', 'tool', '-d', '--port', '8080', 'in.txt']);
console.log(program.opts().port, program.args.join(','));
const help = program.helpInformation();
console.log(help.split('\n')[0]);

// tty: isatty, color depth from the environment (Node's table), hasColors,
// and the streams' constructors on a descriptor that is not a terminal.
'use strict';
const tty = require('tty');
const fs = require('fs');
console.log(typeof tty.isatty, tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'));
const fd = fs.openSync(__filename, 'r');
console.log(tty.isatty(fd));
fs.closeSync(fd);
const depth = (env) => tty.WriteStream.prototype.getColorDepth(env);
const envs = [
  {}, { TERM: 'dumb' }, { TERM: 'xterm' }, { TERM: 'xterm-256color' },
  { COLORTERM: 'truecolor' }, { TERM: 'screen' }, { TERM: 'linux' },
  { NO_COLOR: '1', TERM: 'xterm' }, { FORCE_COLOR: '' }, { FORCE_COLOR: '2' },
  { FORCE_COLOR: '3' }, { FORCE_COLOR: '0' }, { CI: '1' },
  { CI: '1', GITHUB_ACTIONS: 'true' }, { TMUX: '1' }, { TERM: 'xterm-kitty' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4' },
  { TERM_PROGRAM: 'Apple_Terminal' }, { COLORTERM: 'yes' },
  { TEAMCITY_VERSION: '9.1.0' }, { TERM: 'rxvt-unicode-24bit' },
];
for (const env of envs) console.log(JSON.stringify(env), depth(env));
const hc = tty.WriteStream.prototype.hasColors;
console.log(hc(2, {}), hc(16, {}), hc(256, { TERM: 'xterm-256color' }),
  hc({ COLORTERM: 'truecolor' }), hc(2 ** 24, { COLORTERM: 'truecolor' }));
try { hc('x', {}); } catch (e) { console.log(e.code); }
console.log(typeof tty.ReadStream, typeof tty.WriteStream);

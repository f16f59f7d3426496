// tty: isatty, ReadStream/WriteStream and the color-depth logic of Node's
// lib/internal/tty.js (debug, chalk's supports-color, axios and express
// load it). The streams are internal/stdio's: a WriteStream is the same
// synchronous writable process.stdout is, over any fd that is a terminal.
// Written in ES2015+: the glue goes through the compiler at build time.
'use strict';

const errors = require('internal/errors');

const COLORS_2 = 1, COLORS_16 = 4, COLORS_256 = 8, COLORS_16m = 24;

// Terminals that say what they are in TERM (Node's table, lowercased).
const TERM_ENVS = {
  eterm: COLORS_16, cons25: COLORS_16, console: COLORS_16, cygwin: COLORS_16,
  dtterm: COLORS_16, gnome: COLORS_16, hurd: COLORS_16, jfbterm: COLORS_16,
  konsole: COLORS_16, kterm: COLORS_16, mlterm: COLORS_16, mosh: COLORS_16m,
  putty: COLORS_16, st: COLORS_16, 'rxvt-unicode-24bit': COLORS_16m,
  terminator: COLORS_16m,
};
const TERM_ENVS_REG_EXP = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/,
  /^rxvt/, /^screen/, /^xterm/, /^vt100/];
const CI_ENVS = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE',
  'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

// The number of bits of color a terminal with this environment shows.
function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true': return COLORS_16;
      case '2': return COLORS_256;
      case '3': return COLORS_16m;
      default: return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb')
    return COLORS_2;
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    if (CI_ENVS.some((name) => name in env) || env.CI_NAME === 'codeship')
      return COLORS_256;
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env)
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ?
      COLORS_16 : COLORS_2;
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION))
        return COLORS_256;
      return COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit')
    return COLORS_16m;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return COLORS_16m;
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const termEnv = env.TERM.toLowerCase();
    if (TERM_ENVS[termEnv]) return TERM_ENVS[termEnv];
    if (TERM_ENVS_REG_EXP.some((re) => re.test(termEnv))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined &&
      (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else if (typeof count !== 'number' || count !== count) {
    throw errors.invalidArgType('count', 'number', count);
  }
  return count <= 2 ** getColorDepth(env);
}

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 &&
    native.guessHandle(fd) === 'TTY';
}

function checkFd(fd) {
  if (!isatty(fd)) {
    const err = new Error(`EINVAL: invalid argument, uv_tty_init`);
    err.code = 'ERR_TTY_INIT_FAILED';
    err.syscall = 'uv_tty_init';
    throw err;
  }
}

// new tty.WriteStream(fd) / tty.ReadStream(fd): what process.stdout and
// process.stdin are on a terminal (fd 0-2 give those very objects).
function WriteStream(fd) {
  checkFd(fd);
  const stdio = require('internal/stdio');
  return fd === 1 ? stdio.stdout : fd === 2 ? stdio.stderr :
    stdio.createWritable(fd);
}
function ReadStream(fd) {
  checkFd(fd);
  const stdio = require('internal/stdio');
  return fd === 0 ? stdio.stdin : stdio.createReadable(fd);
}
WriteStream.prototype.getColorDepth = function (env) {
  return getColorDepth(env);
};
WriteStream.prototype.hasColors = hasColors;

module.exports = { isatty, ReadStream, WriteStream, getColorDepth, hasColors };

// util.parseArgs (after Node.js test/parallel/test-parse-args.mjs, MIT license,
// Copyright Node.js contributors): parse_args.out is node 20's output for
// this same file (regenerate: node THIS > .out).
var util = require('util');
function show(cfg) { try { var r = util.parseArgs(cfg); return JSON.stringify({ values: Object.assign({}, r.values), positionals: r.positionals, tokens: r.tokens }); } catch (e) { return e.code + ': ' + e.message; } }
var cases = [
  { args: ['-f', '--bar', 'b'], options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string' } } },
  { args: ['-abc'], options: { a: { type: 'boolean' }, b: { type: 'boolean' }, c: { type: 'boolean' } } },
  { args: ['-afFILE'], options: { a: { type: 'boolean' }, f: { type: 'string' } } },
  { args: ['--foo=bar', 'pos'], options: { foo: { type: 'string' } }, allowPositionals: true },
  { args: ['pos'], options: {} },
  { args: ['--unknown'], options: {} },
  { args: ['--unknown'], options: {}, strict: false },
  { args: ['--foo'], options: { foo: { type: 'string' } } },
  { args: ['--foo', '-x'], options: { foo: { type: 'string' } } },
  { args: ['--b=1'], options: { b: { type: 'boolean' } } },
  { args: ['-m', '1', '-m', '2'], options: { m: { type: 'string', multiple: true } } },
  { args: [], options: { d: { type: 'string', default: 'x' }, e: { type: 'boolean', multiple: true, default: [true] } } },
  { args: ['--', '-x', 'y'], options: {}, allowPositionals: true, tokens: true },
  { args: ['-f', 'x'], options: { foo: { type: 'string', short: 'ff' } } },
  { args: ['a'], options: { foo: { type: 'number' } } },
  { args: ['--a', '--b'], strict: false, tokens: true }
];
cases.forEach(function (c, i) { console.log(i + ' ' + show(c)); });

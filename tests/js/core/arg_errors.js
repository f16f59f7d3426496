'use strict';
// ERR_INVALID_ARG_VALUE shows the value as Node does (inspected, cut at 128
// characters); ERR_MISSING_ARGS names alternatives. Output checked against node.
var a = require('assert');
function m(f) { try { f(); } catch (e) { console.log(e.code, e.message); } }
m(function () { a.throws(function () { throw new Error('x'); }, {}); });
m(function () { require('net').connect({}); });
m(function () { require('module').createRequire('rel/path'); });
m(function () { require(''); });
m(function () { require('util').parseArgs({ options: { foo: { type: 'string', short: 'ff' } } }); });
m(function () { Buffer.alloc(1, ''); Buffer.alloc(2).fill(''); });
m(function () { Buffer.from('x').fill('zz', 'bad-encoding'); });

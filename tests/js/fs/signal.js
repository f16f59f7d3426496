// fs.readFile/writeFile/fs.promises.readFile with options.signal (AbortController):
// AbortError (code ABORT_ERR, cause = the reason) when aborted before or
// during the call. Sorted output checked against node 20.
'use strict';
var fs = require('fs'), path = require('path'), os = require('os');
var f = path.join(os.tmpdir(), 'jsrt-fsig-' + process.pid + '.txt');
fs.writeFileSync(f, 'hello');
var out = [];
var ac = new AbortController();
ac.abort('stop');
fs.readFile(f, { signal: ac.signal }, function (err, data) { out.push('read pre-aborted: ' + err.name + ' ' + err.code + ' cause=' + err.cause); });
var ac2 = new AbortController();
fs.readFile(f, { signal: ac2.signal, encoding: 'utf8' }, function (err, data) { out.push('read aborted meanwhile: ' + (err && err.name)); });
ac2.abort();
fs.readFile(f, { signal: new AbortController().signal, encoding: 'utf8' }, function (err, data) { out.push('read ok: ' + data); });
fs.writeFile(f, 'x', { signal: AbortSignal.abort() }, function (err) { out.push('write pre-aborted: ' + err.name); });
try { fs.readFile(f, { signal: 'nope' }, function () {}); } catch (e) { out.push(e.code); }
fs.promises.readFile(f, { signal: AbortSignal.abort() }).catch(function (e) { out.push('promises: ' + e.name); });
setTimeout(function () {
  fs.unlinkSync(f);
  console.log(out.sort().join('\n'));
}, 100);

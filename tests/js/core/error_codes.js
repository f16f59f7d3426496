// The coded errors the built-ins share (internal/errors.js codes, missingArgs):
// codes and messages as node 20 gives them (checked against node).
var stream = require('stream'), http = require('http'), assert = require('assert');
function show(f) { try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); } }
show(function () { stream.pipeline(); });
show(function () { stream.pipeline(function () {}); });
show(function () { assert.deepStrictEqual(1); });
show(function () { new stream.Readable()._read(); });
show(function () { new stream.Transform()._transform(); });
show(function () { var w = new stream.Writable(); w.write(null); });
show(function () { http.validateHeaderName('a b'); });
show(function () { http.validateHeaderValue('x', 'a\u0000b'); });
show(function () { http.request({ method: 'G T', host: '127.0.0.1', port: 1 }); });
var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.on('error', function (e) { console.log('err', e.code, e.message); });
w.end(); w.write('x', function (e) { console.log('cb', e.code, e.message); });
var r = new stream.Readable({ read: function () {} }); r.on('error', function (e) { console.log('err3', e.code, e.message); }); r.push(null); r.push('x');
var w3 = new stream.Writable(); w3.on('error', function (e) { console.log('err4', e.code, e.message); }); w3.pipe();
var w4 = new stream.Writable({ write: function (c, e, cb) { cb(); } }); w4.on('error', function () {}); w4.destroy(); w4.write('a', function (e) { console.log('cb5', e.code, e.message); });
var w5 = new stream.Writable({ write: function (c, e, cb) { cb(); cb(); } }); w5.on('error', function (e) { console.log('err6', e.code, e.message); }); w5.write('a');
var w6 = new stream.Writable({ write: function (c, e, cb) { cb(); } }); w6.end(); w6.end(function (e) { console.log('cb7', e && e.code, e && e.message); });
var srv = http.createServer(function (req, res) {
  res.end('x');
  show(function () { res.setHeader('a', 'b'); });
  show(function () { res.appendHeader('a', 'b'); });
  show(function () { res.removeHeader('a'); });
  show(function () { res.writeHead(200); });
  show(function () { res.statusMessage = 'a\nb'; res._implicitHeader && 0; });
  srv.close();
}).listen(0, '127.0.0.1', function () {
  http.get({ port: srv.address().port, host: '127.0.0.1' }, function (res) { res.resume(); });
});

'use strict';
// http.request with options.signal: an AbortController aborts the request
// (error AbortError, then close); a pre-aborted signal fails it at once.
var http = require('http');
var out = [];
var server = http.createServer(function (req, res) {
  setTimeout(function () { res.end('late'); }, 500);
});
server.listen(0, function () {
  var port = server.address().port;
  var ac = new AbortController();
  var req = http.request({ port: port, signal: ac.signal }, function () { out.push('response (wrong)'); });
  req.on('error', function (e) { out.push('error ' + e.name + ' ' + e.code); });
  req.on('close', function () {
    out.push('close');
    var r2 = http.get({ port: port, signal: AbortSignal.abort() });
    r2.on('error', function (e) { out.push('pre-aborted ' + e.name); });
    r2.on('close', function () {
      try { http.get({ port: port, signal: {} }); } catch (e) { out.push(e.code); }
      console.log(out.join('\n'));
      server.close();
      server.closeAllConnections && server.closeAllConnections();
    });
  });
  req.end();
  setTimeout(function () { ac.abort(); }, 30);
});

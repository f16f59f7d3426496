'use strict';
// appendHeader after the head went out throws ERR_HTTP_HEADERS_SENT, as
// setHeader does (Node). Output checked against node.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.end('ok');
  try { res.appendHeader('x-late', '1'); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
  try { res.setHeader('x-late', '1'); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
});
server.listen(0, function () {
  http.get({ port: server.address().port, path: '/' }, function (res) {
    res.resume();
    res.on('end', function () { console.log(res.statusCode, res.headers['x-late']); server.close(); });
  });
});

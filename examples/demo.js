// demo.js - what `make demo` runs with the jsrt command: Node-style code on
// libjsrt. Timers, nextTick and promises in Node's order, a file written
// and read back, and an HTTP server answering a client on loopback.
var fs = require('fs');
var os = require('os');
var path = require('path');
var http = require('http');
var util = require('util');

console.log('jsrt %s on %s/%s', process.version, process.platform, process.arch);

// 1. The event loop, in Node's order. (A 0 ms timeout against an immediate
// from the main module is a race in Node too; the other lines are fixed.)
setTimeout(function () { console.log('-. timeout'); }, 0);
setImmediate(function () { console.log('-. immediate'); });
Promise.resolve().then(function () { console.log('3. promise'); });
process.nextTick(function () { console.log('2. nextTick'); });
console.log('1. main script');

// 2. Files, with promises.
var file = path.join(os.tmpdir(), 'jsrt-demo-' + process.pid + '.json');
fs.promises.writeFile(file, JSON.stringify({ hello: 'world', n: [1, 2, 3] }))
  .then(function () { return fs.promises.readFile(file, 'utf8'); })
  .then(function (text) {
    console.log('read back:', util.inspect(JSON.parse(text)));
    return fs.promises.unlink(file);
  })
  .then(startServer);

// 3. An HTTP server and a client, on port 0 of loopback.
function startServer() {
  var server = http.createServer(function (req, res) {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url }));
  });
  server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    http.get({ host: '127.0.0.1', port: port, path: '/hello?x=1' }, function (res) {
      var body = [];
      res.setEncoding('utf8');
      res.on('data', function (chunk) { body.push(chunk); });
      res.on('end', function () {
        console.log('HTTP', res.statusCode, res.headers['content-type'], body.join(''));
        server.close(function () { console.log('server closed; the loop is empty, bye'); });
      });
    });
  });
}

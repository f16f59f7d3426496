// TCP echo server for bench/http/run.sh (runs under jsrt and node).
var net = require('net');
var server = net.createServer(function (s) { s.pipe(s); s.on('error', function () {}); });
server.listen(0, '127.0.0.1', function () {
  console.log(server.address().port);
});
setTimeout(function () { process.exit(0); }, (+process.argv[2] || 60) * 1000).unref();

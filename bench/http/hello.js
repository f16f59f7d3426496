// Hello-world HTTP server for bench/http/run.sh (runs under jsrt and node).
// Prints the port it listens on; stops after argv[2] seconds (default 60).
var http = require('http');
var body = 'Hello, World!\n';
var server = http.createServer(function (req, res) {
  res.setHeader('Content-Type', 'text/plain');
  res.end(body);
});
server.listen(0, '127.0.0.1', function () {
  console.log(server.address().port);
});
setTimeout(function () { process.exit(0); }, (+process.argv[2] || 60) * 1000).unref();

// bench/http/cg: hello-world server that exits after argv[2] requests (port argv[3]).
var http = require('http');
var body = 'Hello, World!\n';
var N = +process.argv[2], n = 0;
var server = http.createServer(function (req, res) {
  res.setHeader('Content-Type', 'text/plain');
  res.end(body);
  if (++n === N) setTimeout(function () { process.exit(0); }, 50);
});
server.listen(+process.argv[3] || 0, '127.0.0.1', function () {
  console.log(server.address().port);
});

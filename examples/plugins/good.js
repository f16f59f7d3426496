// A well-behaved plugin: registers a handler for host calls, keeps state,
// uses a timer on the shared loop, and finds fs out of reach.
var host = require('host');
var calls = 0;

try {
  require('fs');
  host.log("require('fs') worked?!");
} catch (e) {
  host.log("require('fs') -> " + e.code);
}
try {
  require('../../Makefile');
} catch (e) {
  host.log("require('../../Makefile') -> " + e.code);
}

setTimeout(function () { host.log('timer fired on the shared loop'); }, 30);

host.serve(function (req) {
  calls++;
  return 'pong ' + req.round + ' (calls: ' + calls + ')';
});

// Signal listeners (Node's process.on('SIGUSR2')): the listener gets (name, number),
// removing the last one uninstalls the handle, kill() takes names; output
// checked against node. A listener alone does not keep the process alive.
'use strict';
var got = [];
function h(name, num) { got.push(name + ':' + num); }
process.on('SIGUSR2', h);
process.kill(process.pid, 'SIGUSR2');
setTimeout(function () {
  process.removeListener('SIGUSR2', h);
  process.on('SIGUSR1', function (n) { got.push(n); process.removeAllListeners('SIGUSR1'); });
  process.kill(process.pid, 'SIGUSR1');
  setTimeout(function () {
    try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { got.push(e.code + ' ' + e.message); }
    try { process.kill('x'); } catch (e) { got.push(e.code); }
    console.log(got.join('\n'));
    console.log(process.kill(process.pid, 0));
  }, 50);
}, 50);

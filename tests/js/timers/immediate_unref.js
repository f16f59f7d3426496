'use strict';
// An immediate that has run no longer counts as ref'ed: an unref'ed
// immediate queued after it does not keep the process alive (Node exits
// without running it).
var ran = [];
setImmediate(function () {
  ran.push('first');
  var i = setImmediate(function () { throw new Error('unref\'ed immediate ran'); });
  i.unref();
  process.on('exit', function () { if (ran.join() !== 'first') throw new Error('bad ' + ran); console.log('ok'); });
});

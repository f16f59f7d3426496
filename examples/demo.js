// demo.js - what `make demo` runs with the jsrt command: timers, nextTick
// and immediates interleaving as in Node, and the process object.
var start = Date.now();
console.log('jsrt', process.version, 'on', process.platform + '/' + process.arch);

setTimeout(function () {
  console.log('timeout after ~' + (Math.round((Date.now() - start) / 10) * 10) + ' ms');
}, 20);
setImmediate(function () { console.log('immediate'); });
process.nextTick(function () { console.log('nextTick runs before both'); });

var ticks = 0;
var h = setInterval(function () {
  ticks++;
  if (ticks === 3) {
    clearInterval(h);
    console.log('interval fired', ticks, 'times; done');
  }
}, 10);
console.log('main script done; the loop runs the rest');

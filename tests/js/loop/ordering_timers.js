// Ordering of timers, immediates, nextTick and microtasks; the expected
// output (.out) is node 20's. Only orders Node defines are printed here:
// setTimeout(0) against setImmediate from the main module depends on how
// long the process took to reach the loop (see README.md), so this script
// starts its races from inside a timer or an I/O callback.
var log = console.log;
// Slow builds stretch the gaps (JSRT_TEST_TIMEOUT_SCALE); the order stays.
var T = require('../fs/_common').platformTimeout;
setTimeout(function () {
  log('A timeout 0');
  // From the timers phase: the immediate runs first (check comes before
  // the next timers phase).
  setTimeout(function () { log('C timeout in timeout'); }, 0);
  setImmediate(function () {
    log('B immediate in timeout');
    process.nextTick(function () { log('B1 tick in immediate'); });
    Promise.resolve().then(function () { log('B2 then in immediate'); });
  });
  setImmediate(function () { log('B3 second immediate'); });
  process.nextTick(function () { log('A1 tick in timeout'); });
}, 0);
// Groups are spaced widely so that a slow iteration cannot merge them. They
// are armed from an immediate, not the main script: timers count from the
// loop's cached time, which the main script's run (and its startup) would
// otherwise eat into. Nothing printed depends on where the immediate falls.
setImmediate(function () {
  // Equal delays fire in creation order, with ticks and microtasks drained
  // between callbacks (Node >= 11).
  setTimeout(function () {
    log('E1 equal delay first');
    process.nextTick(function () { log('E1a tick between timers'); });
    Promise.resolve().then(function () { log('E1b then between timers'); });
  }, T(60));
  setTimeout(function () { log('E2 equal delay second'); }, T(60));
  setTimeout(function () { log('E3 equal delay third'); }, T(60));
  // Nested timers: a 0 ms timer set by a timer runs in a later iteration.
  setTimeout(function () {
    log('F outer 120');
    setTimeout(function () {
      log('F inner 0');
      setTimeout(function () { log('F innermost 0'); }, 0);
    }, 0);
  }, T(120));
  // An interval interleaves with timeouts by due time (wide gaps: a loaded
  // machine must not reorder them).
  var n = 0;
  var iv = setInterval(function () {
    log('G interval ' + (++n));
    if (n === 3) clearInterval(iv);
  }, T(200));
  setTimeout(function () { log('G timeout 300'); }, T(300));
  setTimeout(function () { log('G timeout 700'); }, T(700));
});
process.nextTick(function () { log('main tick'); });
Promise.resolve().then(function () { log('main then'); });
log('main end');

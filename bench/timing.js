// bench/timing.js: time(name, reps, fn) for the micro-benchmark suites:
// one warm-up call, then the mean of reps calls printed as "name ms" (the
// line bench/compare.sh reads). Runs under node and jsrt alike (ES5).
'use strict';
var now = typeof performance === 'object' && performance.now ?
  function () { return performance.now(); } : function () { return Date.now(); };

exports.time = function time(name, reps, fn) {
  fn(); // warm-up
  var t0 = now();
  for (var i = 0; i < reps; i++) fn();
  console.log(name + ' ' + ((now() - t0) / reps).toFixed(3));
};

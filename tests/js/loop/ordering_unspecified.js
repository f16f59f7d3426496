// setTimeout(fn, 0) against setImmediate(fn) from the main module: Node
// leaves the order unspecified (it depends on whether 1 ms passed before
// the loop's first timers phase). Both must run; the order is not checked.
var seen = [];
setTimeout(function () { seen.push('timeout'); }, 0);
setImmediate(function () { seen.push('immediate'); });
process.on('exit', function () {
  console.log(seen.sort().join(' '));
});

// Stand-in for test262's harness/assert.js (the runner's self-test).
function assert(v, m) { if (v !== true) throw new Test262Error(m || 'assert'); }
assert.sameValue = function (a, b, m) {
  if (a !== b) throw new Test262Error((m || '') + ' got ' + a + ' want ' + b);
};

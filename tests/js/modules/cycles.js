// Cycles give the partial exports, as in Node's documentation example.
var assert = require('./fixtures/assert');
var r = require('./fixtures/cycle/main');
assert.equal(r.a.done, true);
assert.equal(r.b.done, true);
assert.deepEqual(r.b.sawA, { done: false }, 'b saw a half-loaded a');
assert.equal(r.a.bDone, true);
// Replacing module.exports after the cycle: the cycle saw the early object.
var ra = require('./fixtures/cycle/replace_a');
assert.equal(ra.late, true);
assert.equal(ra.b.sawEarly, true);
// A module requiring itself gets its partial exports.
assert.equal(require(__filename), module.exports);

// require() of an ES module returns its namespace (Node 22's require(esm)):
// .mjs files and .js files of a package with "type": "module"; .cjs in
// such a package loads as CommonJS; a .js without "type" stays CommonJS.
var assert = require('./fixtures/assert');

var x = require('./fixtures/esm/x.mjs');
assert.equal(x['default'], 1);
assert.equal(Object.prototype.toString.call(x), '[object Module]');
assert.equal(Object.isExtensible(x), false);
var t = require('./fixtures/esm/typemod');
assert.equal(t.a, 1);
assert.deepEqual(Object.keys(t), ['a']);
assert.equal(require('./fixtures/esm/typemod') === t, true);
assert.equal(require('./fixtures/esm/typemod/legacy.cjs'), 'cjs in a module package');
assert.equal(require('./fixtures/esm/typecjs'), 'commonjs');

// ES modules are refused with Node's ERR_REQUIRE_ESM: .mjs files and .js
// files of a package with "type": "module"; .cjs in such a package loads.
var assert = require('./fixtures/assert');
var F = __dirname + '/fixtures/esm';

var e = assert.throws(function () { require('./fixtures/esm/x.mjs'); }, { code: 'ERR_REQUIRE_ESM' });
assert.ok(e.message.indexOf('require() of ES Module ' + F + '/x.mjs from ' + __filename) === 0, e.message);
assert.throws(function () { require('./fixtures/esm/typemod'); }, {
  code: 'ERR_REQUIRE_ESM', message: /typemod\/index\.js/
});
assert.equal(require('./fixtures/esm/typemod/legacy.cjs'), 'cjs in a module package');
assert.equal(require('./fixtures/esm/typecjs'), 'commonjs');
assert.equal(require.cache[F + '/x.mjs'], undefined);

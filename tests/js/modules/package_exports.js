// package.json "exports" (string, "."/subpaths, patterns, conditions, null
// exclusions, arrays), "imports" (#specifiers) and self-reference.
var assert = require('./fixtures/assert');
var F = __dirname + '/fixtures';
var r = require('module').createRequire(F + '/x.js');

assert.equal(r('pkg-exports-str'), 'exported', 'exports wins over main');
assert.throws(function () { r('pkg-exports-str/hidden.js'); }, {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: /Package subpath '\.\/hidden\.js' is not defined by "exports" in .*pkg-exports-str\/package\.json/
});
// Conditions: "require" matches, "import" and "browser" do not.
assert.equal(r('pkg-exports-map'), 'cjs');
assert.equal(r('pkg-exports-map/sub'), 'sub');
assert.deepEqual(r('pkg-exports-map/data.json'), { data: true });
assert.equal(r('pkg-exports-map/feat/x'), 'feature x', 'pattern subpath');
assert.equal(r('pkg-exports-map/feat/special/z.js'), 'special z', 'longest pattern prefix wins');
assert.throws(function () { r('pkg-exports-map/feat/internal/y'); },
  { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.equal(r('pkg-exports-map/array'), 'sub', 'fallback array');
assert.equal(r('pkg-exports-map/nested-cond'), 'nested', 'nested conditions');
assert.throws(function () { r('pkg-exports-map/missing'); }, {
  code: 'MODULE_NOT_FOUND', message: /not-there\.js/
});
assert.throws(function () { r('pkg-exports-map/lib/sub.js'); },
  { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.throws(function () { r('pkg-exports-map/bad-target'); },
  { code: 'ERR_INVALID_PACKAGE_TARGET' });
// Sugar ({"node": ..., "default": ...}) and key order decides.
assert.equal(r('pkg-exports-sugar'), 'node');
assert.equal(r('pkg-exports-order'), 'default first');
// require.resolve goes the same way.
assert.equal(r.resolve('pkg-exports-map/sub'),
  F + '/node_modules/pkg-exports-map/lib/sub.js');

// Self-reference: a package requires itself by name through its exports.
var self = r('pkg-self');
assert.equal(self.helper, 'helper via self-reference');
assert.equal(self.self, true, 'self require during load gives the same (partial) exports');

// "imports": #specifiers, mapped to files, packages, patterns, conditions.
var imp = r('pkg-imports');
assert.equal(imp.dep, 'internal dep');
assert.equal(imp.ext, 'pkg-index');
assert.equal(imp.star, 'internal dep');
assert.equal(imp.cond, 'cond');
assert.throws(imp.missing, { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED', message: /"#nope" is not defined/ });
// Without a package scope that has "imports", '#x' is an ordinary bare name.
assert.throws(function () { require('#dep'); }, { code: 'MODULE_NOT_FOUND' });

// An unparsable package.json names itself.
assert.throws(function () { r('pkg-bad-json'); }, {
  name: 'SyntaxError',
  message: /^Error parsing .*pkg-bad-json\/package\.json: /,
  path: F + '/node_modules/pkg-bad-json/package.json'
});

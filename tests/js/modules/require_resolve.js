// require.resolve with and without the paths option; require.resolve.paths.
var assert = require('./fixtures/assert');
var F = __dirname + '/fixtures';

assert.equal(require.resolve('./fixtures/ext/foo'), F + '/ext/foo.js');
assert.equal(require.resolve('./fixtures/ext/dir'), F + '/ext/dir/index.js');
assert.throws(function () { require.resolve('./fixtures/nope'); }, { code: 'MODULE_NOT_FOUND' });
// resolve() does not load.
assert.equal(require.resolve('./fixtures/throws_error'), F + '/throws_error.js');
assert.equal(require.cache[F + '/throws_error.js'], undefined);

// paths: each is a starting point; for bare names the node_modules walk
// goes up from there.
assert.equal(require.resolve('shadow', { paths: [F + '/nested/a/b'] }),
  F + '/nested/a/node_modules/shadow/index.js');
assert.equal(require.resolve('shadow', { paths: [F + '/nested'] }),
  F + '/nested/node_modules/shadow/index.js');
assert.equal(require.resolve('shadow', { paths: [F + '/nowhere-else', F + '/nested/a'] }),
  F + '/nested/a/node_modules/shadow/index.js');
assert.equal(require.resolve('pkg-index', { paths: [F] }), F + '/node_modules/pkg-index/index.js');
assert.throws(function () { require.resolve('pkg-index', { paths: ['/'] }); },
  { code: 'MODULE_NOT_FOUND' });
// Relative requests resolve against each path in turn.
assert.equal(require.resolve('./c', { paths: [F + '/nowhere', F + '/nested/a/b'] }),
  F + '/nested/a/b/c.js');
assert.equal(require.resolve('./a', { paths: [F] }), F + '/a.js');
// Absolute requests ignore paths; built-ins too.
assert.equal(require.resolve(F + '/a.js', { paths: ['/tmp'] }), F + '/a.js');
assert.equal(require.resolve('timers', { paths: ['/tmp'] }), 'timers');
assert.throws(function () { require.resolve('x', { paths: 'nope' }); },
  { code: 'ERR_INVALID_ARG_VALUE' });
// paths: undefined is the default lookup.
assert.equal(require.resolve('./fixtures/a', { paths: undefined }), F + '/a.js');
assert.equal(require.resolve('./fixtures/a', {}), F + '/a.js');

// require.resolve.paths
assert.equal(require.resolve.paths('timers'), null);
assert.equal(require.resolve.paths('node:timers'), null);
assert.deepEqual(require.resolve.paths('./x'), [__dirname]);
var p = require.resolve.paths('some-pkg');
assert.equal(p[0], __dirname + '/node_modules');
assert.equal(p.indexOf('/node_modules') >= 0, true);
assert.deepEqual(p.slice(0, module.paths.length), module.paths);

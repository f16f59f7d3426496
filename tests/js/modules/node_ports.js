// Ported from Node.js test/parallel/test-module-nodemodulepaths.js,
// test-require-cache.js, test-require-exceptions.js, test-require-dot.js,
// test-require-resolve.js, test-require-json.js
// (MIT license, Copyright Node.js contributors), rewritten to ES5 with our
// fixtures. NODE_PATH (test-require-dot's second half) is not supported.
var assert = require('./fixtures/assert');
var Module = require('module');
var fixturesDir = __dirname + '/fixtures';

// test-module-nodemodulepaths (POSIX cases)
[{
  file: '/usr/lib/node_modules/npm/node_modules/node-gyp/node_modules/glob/node_modules/minimatch',
  expect: [
    '/usr/lib/node_modules/npm/node_modules/node-gyp/node_modules/glob/node_modules/minimatch/node_modules',
    '/usr/lib/node_modules/npm/node_modules/node-gyp/node_modules/glob/node_modules',
    '/usr/lib/node_modules/npm/node_modules/node-gyp/node_modules',
    '/usr/lib/node_modules/npm/node_modules',
    '/usr/lib/node_modules',
    '/usr/node_modules',
    '/node_modules'
  ]
}, {
  file: '/usr/test/lib/node_modules/npm/foo',
  expect: [
    '/usr/test/lib/node_modules/npm/foo/node_modules',
    '/usr/test/lib/node_modules/npm/node_modules',
    '/usr/test/lib/node_modules',
    '/usr/test/node_modules',
    '/usr/node_modules',
    '/node_modules'
  ]
}, {
  file: '/usr/test/lib/node_modules/npm/foo_node_modules',
  expect: [
    '/usr/test/lib/node_modules/npm/foo_node_modules/node_modules',
    '/usr/test/lib/node_modules/npm/node_modules',
    '/usr/test/lib/node_modules',
    '/usr/test/node_modules',
    '/usr/node_modules',
    '/node_modules'
  ]
}, {
  file: '/node_modules', expect: ['/node_modules']
}, {
  file: '/', expect: ['/node_modules']
}].forEach(function (c) {
  assert.deepEqual(Module._nodeModulePaths(c.file), c.expect, 'case ' + c.file);
});

// test-require-cache: a fake entry wins, for a file and for a built-in name.
(function () {
  var relativePath = './fixtures/a';
  var absolutePath = require.resolve(relativePath);
  var fakeModule = {};
  require.cache[absolutePath] = { exports: fakeModule };
  assert.strictEqual(require(relativePath), fakeModule);
  delete require.cache[absolutePath];
})();
(function () {
  var fakeModule = {};
  require.cache.timers = { exports: fakeModule };
  assert.strictEqual(require('timers'), fakeModule);
  delete require.cache.timers;
  assert.ok(require('timers') !== fakeModule);
})();

// test-require-exceptions
assert.throws(function () { require(fixturesDir + '/throws_error'); }, { message: 'blah' });
assert.throws(function () { require(fixturesDir + '/throws_error'); }, { message: 'blah' });
assert.throws(function () { require(fixturesDir + '/DOES_NOT_EXIST'); }, { code: 'MODULE_NOT_FOUND' });
assert.equal(require(fixturesDir + '/module-require/not-found/trailingSlash'), 'trailingSlash.js');
assert.throws(function () {
  require(fixturesDir + '/module-require/not-found/trailingSlash/');
}, { code: 'MODULE_NOT_FOUND' });

// test-require-dot: require('.') resolves like require('./').
var a = require(fixturesDir + '/module-require/relative/dot.js');
var b = require(fixturesDir + '/module-require/relative/dot-slash.js');
assert.equal(a.value, 42);
assert.equal(a, b);

// test-require-resolve
assert.equal(require.resolve('./fixtures/a'), fixturesDir + '/a.js');
assert.equal(require.resolve(fixturesDir + '/a'), fixturesDir + '/a.js');
assert.equal(require.resolve('./fixtures/nested-index/one'),
  fixturesDir + '/nested-index/one/index.js');
assert.equal(require.resolve('timers'), 'timers');
assert.equal(require.resolve('node:timers'), 'node:timers');

// test-require-json
assert.throws(function () { require(fixturesDir + '/invalid.json'); },
  { message: /fixtures\/invalid\.json: / });

// Ported from Node.js test/parallel/test-module-nodemodulepaths.js,
// test-require-cache.js, test-require-exceptions.js, test-require-dot.js,
// test-require-resolve.js, test-require-json.js, test-require-node-prefix.js,
// test-module-loading-error.js, test-module-children.js (MIT license, Copyright Node.js contributors), rewritten to ES5 with our
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

// test-require-node-prefix: node: names only built-ins and bypasses the
// cache entry a script may have put under the bare name.
(function () {
  var fs = require('fs');
  assert.strictEqual(require('node:fs'), fs);
  assert.throws(function () { require('node:unknown'); }, { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
  assert.throws(function () { require('node:internal/test/binding'); },
    { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
  var fakeModule = {};
  require.cache.fs = { exports: fakeModule };
  assert.strictEqual(require('fs'), fakeModule);
  assert.strictEqual(require('node:fs'), fs);
  delete require.cache.fs;
})();

// test-module-loading-error: a .node file that is not a shared object, and
// the argument checks.
assert.throws(function () { require(fixturesDir + '/module-loading-error.node'); }, {
  name: 'Error', message: /file too short|Exec format error|invalid ELF header/
});
[1, false, null, undefined, {}].forEach(function (value) {
  assert.throws(function () { require(value); }, {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "id" argument must be of type string\. Received /
  });
});
assert.throws(function () { require(''); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'id' must be a non-empty string. Received ''"
});

// test-module-children
(function () {
  var b = require(fixturesDir + '/GH-7131/b');
  var a = require(fixturesDir + '/GH-7131/a');
  assert.strictEqual(a.length, 1);
  assert.strictEqual(b.length, 0);
  assert.strictEqual(a[0].exports, b);
})();

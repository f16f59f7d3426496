// Ported from Node.js test/sequential/test-module-loading.js (MIT license,
// Copyright Node.js contributors), rewritten to ES5 with our fixtures: main
// module identity, package.json loading, cycles through '..', custom
// extensions with module._compile, the load order over registered
// extensions, module.require, BOM files, error line numbers.
var assert = require('./fixtures/assert');
var fs = require('fs');
var F = __dirname + '/fixtures';

assert.strictEqual(require.main.id, '.');
assert.strictEqual(require.main, module);
assert.strictEqual(process.mainModule, module);
assert.ok(require('./fixtures/not-main-module.js').ok);

assert.throws(function () { require('./fixtures/packages/invalid'); },
  { name: 'SyntaxError', message: /^Error parsing \S+package\.json: / });
assert.strictEqual(require('./fixtures/packages/index').ok, 'ok');
assert.strictEqual(require('./fixtures/packages/main').ok, 'ok');
assert.strictEqual(require('./fixtures/packages/main-index').ok, 'ok');

// cycles containing a .. path
var root = require('./fixtures/cycles/root');
var foo = require('./fixtures/cycles/folder/foo');
assert.strictEqual(root.foo, foo);
assert.strictEqual(root.sayHello(), root.hello);

// custom file types
require.extensions['.test'] = function (module, filename) {
  var content = fs.readFileSync(filename).toString();
  assert.strictEqual(content, 'this is custom source\n');
  content = content.replace('this is custom source', "exports.test = 'passed'");
  module._compile(content, filename);
};
assert.strictEqual(require('./fixtures/registerExt').test, 'passed');
// unknown extension: loaded as .js
assert.strictEqual(require('./fixtures/registerExt.hello.world').test, 'passed');
require.extensions['.test'] = function (module) {
  module.exports = { custom: 'passed' };
};
assert.strictEqual(require('./fixtures/registerExt2').custom, 'passed');

// load order: X, then X + each registered extension in order, then the
// directory's index + each extension
var loadOrder = './fixtures/module-load-order/';
require.extensions['.reg'] = require.extensions['.js'];
require.extensions['.reg2'] = require.extensions['.js'];
assert.strictEqual(require(loadOrder + 'file1').file1, 'file1');
assert.strictEqual(require(loadOrder + 'file2').file2, 'file2.js');
assert.throws(function () { require(loadOrder + 'file3'); }, { message: /file3\.node/ });
assert.strictEqual(require(loadOrder + 'file4').file4, 'file4.reg');
assert.strictEqual(require(loadOrder + 'file5').file5, 'file5.reg2');
assert.strictEqual(require(loadOrder + 'file6').file6, 'file6/index.js');
assert.throws(function () { require(loadOrder + 'file7'); }, { message: /file7\/index\.node/ });
assert.strictEqual(require(loadOrder + 'file8').file8, 'file8/index.reg');
assert.strictEqual(require(loadOrder + 'file9').file9, 'file9/index.reg2');
delete require.extensions['.reg'];
delete require.extensions['.reg2'];
delete require.extensions['.test'];

// module.require() is require() inside that module
var parent = require('./fixtures/module-require/parent/');
var child = require('./fixtures/module-require/child/');
assert.strictEqual(child.loaded, parent.loaded);
assert.strictEqual(child.viaModule, child.loaded);

// JSON files (#1357)
assert.deepEqual(require('./fixtures/packages/main/package.json'),
  { name: 'package-name', version: '1.2.3', main: 'package-main-module' });

// module.children of this module, relative to fixtures/
var kids = module.children.map(function (m) { return m.id.slice(F.length + 1); });
['not-main-module.js', 'packages/index/index.js', 'packages/main/package-main-module.js',
  'cycles/root.js', 'registerExt.test', 'registerExt.hello.world', 'registerExt2.test',
  'module-load-order/file1', 'module-load-order/file9/index.reg2',
  'module-require/parent/index.js', 'packages/main/package.json'].forEach(function (k) {
  assert.ok(kids.indexOf(k) >= 0, k + ' in module.children');
});
assert.ok(kids.indexOf('module-load-order/file3.node') < 0, 'a failed child is not listed');
var rootMod = require.cache[F + '/cycles/root.js'];
assert.deepEqual(rootMod.children.map(function (m) { return m.id.slice(F.length + 1); }),
  ['cycles/folder/foo.js']);

// BOM (#1440)
assert.strictEqual(require('./fixtures/ext/bom'), 'bom');

// an error on the first line has the right line number
assert.throws(function () { require('./fixtures/test-error-first-line-offset.js'); },
  { stack: /test-error-first-line-offset\.js:1/ });

// Built-in modules: node: prefix, require('module'), builtinModules,
// built-ins come first, one instance per isolate.
var assert = require('./fixtures/assert');
var Module = require('module');

assert.equal(require('node:timers'), require('timers'));
assert.equal(require('node:module'), Module);
assert.equal(require('module').Module, Module);
assert.equal(typeof require('timers').setTimeout, 'function');
assert.ok(Array.isArray(Module.builtinModules));
['timers', 'module', 'console'].forEach(function (n) {
  assert.ok(Module.builtinModules.indexOf(n) >= 0, n + ' in builtinModules');
  assert.equal(Module.isBuiltin(n), true);
  assert.equal(Module.isBuiltin('node:' + n), true);
});
assert.equal(Module.builtinModules.filter(function (n) {
  return n.indexOf('internal/') === 0;
}).length, 0, 'no internal modules listed');
assert.equal(Module.isBuiltin('internal/module'), false);
assert.equal(Module.isBuiltin('./timers'), false);
assert.equal(Module.isBuiltin('no-such'), false);
// A relative path named like a built-in is a file.
assert.throws(function () { require('./timers'); }, { code: 'MODULE_NOT_FOUND' });
// Built-ins are not put in require.cache.
assert.equal(require.cache.timers, undefined);

// The module object, require.main, require.cache, wrapping and scope.
var assert = require('./fixtures/assert');
var F = __dirname + '/fixtures';

// The main module.
assert.equal(require.main, module);
assert.equal(module.id, '.');
assert.equal(module.filename, __filename);
assert.equal(module.parent, null);
assert.equal(module.loaded, false, 'still loading');
assert.equal(module.path, __dirname);
assert.equal(__dirname + '/module_object.js', __filename);
assert.equal(module.paths[0], __dirname + '/node_modules');
assert.equal(module.paths[module.paths.length - 1], '/node_modules');
assert.equal(this, module.exports, 'this at top level is module.exports');
assert.equal(exports, module.exports);
assert.equal(typeof module.require, 'function');
assert.equal(module.require('./fixtures/a'), require('./fixtures/a'));

// A child module.
var info = require('./fixtures/info');
var m = info.module;
assert.equal(m.id, F + '/info.js');
assert.equal(m.filename, F + '/info.js');
assert.equal(m.path, F);
assert.equal(m.loaded, true);
assert.equal(info.loadedDuringLoad, false);
assert.equal(m.parent, module);
assert.ok(module.children.indexOf(m) >= 0);
assert.equal(info.isMain, false);
assert.equal(info.mainId, '.');
assert.equal(info.require.main, module, 'require.main is the same everywhere');
assert.equal(info.require.cache, require.cache);
assert.deepEqual(m.paths, require('module')._nodeModulePaths(F));
assert.equal(m.paths[0], F + '/node_modules');
assert.ok(m.paths.indexOf('/node_modules') === m.paths.length - 1);

// A cached module required from a second parent: parent stays the first,
// the second lists it among its children.
var cl = require('./fixtures/child_loader');
assert.equal(cl.info, info);
assert.equal(m.parent, module);
assert.ok(cl.self.children.indexOf(m) >= 0);
assert.equal(cl.self.children.length, 2);
require('./fixtures/a');
var before = module.children.length;
require('./fixtures/a');
assert.equal(module.children.length, before, 'no duplicates in children');

// __filename / __dirname of a child.
var a = require('./fixtures/a');
assert.equal(a.filename, F + '/a.js');
assert.equal(a.dirname, F);

// require.cache is keyed by filename and deletable: the next require loads
// the file again.
global.counterLoads = 0;
var c1 = require('./fixtures/counter');
assert.equal(require('./fixtures/counter'), c1);
var key = require.resolve('./fixtures/counter');
assert.equal(key, F + '/counter.js');
assert.equal(require.cache[key].exports, c1);
delete require.cache[key];
var c2 = require('./fixtures/counter');
assert.ok(c2 !== c1);
assert.equal(c2.loads, 2);
assert.equal(require('./fixtures/counter'), c2);
// A module put in the cache by hand is returned as is.
require.cache[F + '/never_loaded.js'] = { exports: 'from cache', loaded: true, children: [] };
assert.equal(require('./fixtures/never_loaded'), 'from cache');
delete require.cache[F + '/never_loaded.js'];
assert.throws(function () { require('./fixtures/never_loaded'); }, { message: /must come from/ });

// Wrapping: locals stay in the module; `this` is exports; sloppy unless
// 'use strict'.
var s = require('./fixtures/scope/locals');
assert.equal(s.sawThis, s);
assert.equal(s.localsVisible, 'number,function');
assert.equal(typeof moduleLocal, 'undefined');
assert.equal(typeof moduleFunction, 'undefined');
assert.equal(global.moduleLocal, undefined);
// The loader's native half is not in a user module's scope.
assert.equal(typeof native, 'undefined');
assert.equal(arguments.length, 5, 'exports, require, module, __filename, __dirname');
assert.equal(s.strictThis, global, 'sloppy mode by default');
assert.equal(require('./fixtures/scope/strict').isStrict, true);

// require.extensions and the module constructor.
var Module = require('module');
assert.equal(require.extensions, Module._extensions);
assert.deepEqual(Object.keys(require.extensions), ['.js', '.json', '.node']);
assert.ok(module instanceof Module);
assert.equal(Module.Module, Module);
assert.equal(typeof Module.wrap('x'), 'string');
var made = new Module('/x/y.js', null);
assert.equal(made.id, '/x/y.js');
assert.equal(made.loaded, false);
assert.deepEqual(made.children, []);
assert.equal(made.exports && typeof made.exports, 'object');

// createRequire: a require() rooted at any path.
var r = Module.createRequire(F + '/nested/a/b/c.js');
assert.equal(r('shadow'), 'inner shadow');
assert.equal(r('./c').shadow, 'inner shadow');
assert.equal(r.resolve('./c'), F + '/nested/a/b/c.js');
assert.throws(function () { Module.createRequire('relative/path.js'); },
  { code: 'ERR_INVALID_ARG_VALUE' });
// _compile runs source as a module body.
var m2 = new Module(F + '/virtual.js', null);
m2.filename = F + '/virtual.js';
m2.paths = Module._nodeModulePaths(F);
m2._compile("module.exports = require('./a').name + ':' + __filename;", F + '/virtual.js');
assert.equal(m2.exports, 'a:' + F + '/virtual.js');

process.on && process.on('exit', function () {
  if (!module.loaded) throw new Error('main module not marked loaded');
});

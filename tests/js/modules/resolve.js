// Node's resolution algorithm: LOAD_AS_FILE, LOAD_AS_DIRECTORY, the
// node_modules walk, package.json main, built-ins before files.
var assert = require('./fixtures/assert');
var F = __dirname + '/fixtures';

// LOAD_AS_FILE: X, then X.js, X.json, X.node; .js wins over .json and dir.
assert.equal(require('./fixtures/ext/foo'), 'foo.js');
assert.equal(require('./fixtures/ext/foo.json'), 'foo.json');
assert.equal(require('./fixtures/ext/foo/'), 'foo/index.js', 'trailing slash: directory only');
assert.equal(require('./fixtures/ext/foo/index'), 'foo/index.js');
assert.deepEqual(require('./fixtures/ext/onlyjson'), { kind: 'json', n: 1 });
assert.equal(require('./fixtures/ext/noext'), 'noext');
// Unknown extensions load as JavaScript (Node: the .js loader).
assert.equal(require('./fixtures/ext/script.cjs'), 'cjs');
assert.equal(require('./fixtures/ext/data.txt'), 'txt as js');
assert.equal(require('./fixtures/ext/name.with.dots'), 'dots');
assert.equal(require('./fixtures/ext/trailing'), 'trailing file');
assert.equal(require('./fixtures/ext/trailing/'), 'trailing dir');
// BOM and #! are stripped.
assert.equal(require('./fixtures/ext/bom'), 'bom');
assert.deepEqual(require('./fixtures/ext/bom.json'), { bom: true });
assert.equal(require('./fixtures/ext/shebang'), 'shebang');

// LOAD_INDEX: index.js before index.json.
assert.equal(require('./fixtures/ext/dir'), 'dir/index.js');
assert.equal(require('./fixtures/ext/jsondir'), 'jsondir/index.json');

// Absolute paths and '..' segments.
assert.equal(require(F + '/ext/foo.js'), 'foo.js');
assert.equal(require('./fixtures/ext/../ext/foo'), 'foo.js');
assert.equal(require(F + '/ext/../a').name, 'a');

// package.json main: a file without extension, a directory, bad main
// falling back to index.js.
assert.equal(require('./fixtures/node_modules/pkg-main'), 'pkg-main/lib/entry.js');
assert.equal(require('./fixtures/node_modules/pkg-main-dir'), 'pkg-main-dir/lib/index.js');
assert.equal(require('./fixtures/node_modules/pkg-bad-main'), 'index fallback');
assert.deepEqual(require('./fixtures/node_modules/pkg-nomain'), { from: 'index.json' });

// LOAD_NODE_MODULES: the walk up from the requiring module's directory.
var c = require('./fixtures/nested/a/b/c');
assert.equal(c.shadow, 'inner shadow', 'closest node_modules wins');
assert.equal(require('./fixtures/nested/x'), 'outer shadow');
var wd = require('./fixtures/nested/node_modules/with-deps');
assert.equal(wd.dep, 'private dep', 'a package sees its own node_modules');
assert.equal(wd.shadow, 'outer shadow', 'and walks up past node_modules');
// A fixture module requiring bare names through the walk.
var r = require('module').createRequire(F + '/x.js');
assert.equal(r('pkg-index'), 'pkg-index');
assert.equal(r('pkg-index/other'), 'pkg-index/other');
assert.equal(r('file-mod'), 'file-mod.js');
assert.equal(r('@scope/pkg'), '@scope/pkg');
assert.equal(r('@scope/pkg/sub'), '@scope/pkg/sub');
assert.equal(r('pkg-main'), 'pkg-main/lib/entry.js');

// Built-ins come before files, even with a node_modules/timers.
assert.equal(require('./fixtures/nested/builtin_first'), require('timers'));
assert.equal(typeof require('./fixtures/nested/builtin_first').setTimeout, 'function');
assert.equal(require('./fixtures/nested/node_modules/timers'), 'NOT the built-in');

// The same file through different requests is one module.
assert.equal(require('./fixtures/a'), require(F + '/a.js'));
assert.equal(require('./fixtures/a'), require('./fixtures/ext/../a.js'));

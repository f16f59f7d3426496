// Native addons: require('x.node') dlopens a shared object and calls its
// jsrt_addon_init (built by the Makefile from tests/addons/*.c beside jsrt).
var assert = require('./fixtures/assert');
var argv0 = process.argv[0];
var buildDir = (argv0.charAt(0) === '/' ? argv0 : process.cwd() + '/' + argv0)
  .replace(/\/[^\/]*$/, '');
var dir = buildDir + '/tests/addons';

var hello = require(dir + '/hello.node');
assert.equal(hello.add(40, 2), 42);
assert.equal(hello.greet('world'), 'hello, world');
assert.equal(hello.sameIsolate, true);
assert.equal(require(dir + '/hello'), hello, '.node is probed like .js/.json and cached');
assert.equal(require.cache[require.resolve(dir + '/hello.node')].exports, hello);
assert.throws(function () { hello.add('x'); }, { name: 'TypeError' });

var e = assert.throws(function () { require(dir + '/nosym.node'); }, { code: 'ERR_DLOPEN_FAILED' });
assert.ok(/nosym\.node' does not export jsrt_addon_init/.test(e.message), e.message);
assert.throws(function () { require(dir + '/failinit.node'); }, { code: 'ERR_MODULE_INIT' });
assert.throws(function () { require('./fixtures/ext/foo.json/x.node'); }, { code: 'MODULE_NOT_FOUND' });

// Symlinks (created at test time): a module is identified by its real
// path, so a file reached through a link and directly is one module, and a
// linked package resolves its own dependencies from where it really lives
// (Node's default, without --preserve-symlinks).
var assert = require('./fixtures/assert');
var fs = require('fs');
var os = require('os');

var dir = fs.realpathSync(fs.mkdtempSync(os.tmpdir() + '/jsrt-symlinks-'));
function write(rel, text) { fs.writeFileSync(dir + '/' + rel, text); }
try {
  fs.mkdirSync(dir + '/real');
  fs.mkdirSync(dir + '/real/node_modules');
  fs.mkdirSync(dir + '/real/node_modules/dep');
  fs.mkdirSync(dir + '/app');
  fs.mkdirSync(dir + '/app/node_modules');
  write('real/index.js', "exports.dep = require('dep'); exports.file = __filename;");
  write('real/node_modules/dep/index.js', "module.exports = 'dep next to the real package';");
  write('target.js', "exports.loads = (global.symlinkLoads = (global.symlinkLoads || 0) + 1);");
  fs.symlinkSync(dir + '/target.js', dir + '/link.js');
  fs.symlinkSync('target.js', dir + '/relative-link.js');
  fs.symlinkSync(dir + '/real', dir + '/app/node_modules/linked');
  write('app/main.js', "module.exports = require('linked');");

  var viaLink = require(dir + '/link.js');
  var viaRelLink = require(dir + '/relative-link');
  var direct = require(dir + '/target');
  assert.strictEqual(viaLink, direct);
  assert.strictEqual(viaRelLink, direct);
  assert.equal(global.symlinkLoads, 1, 'loaded once');
  assert.equal(require.resolve(dir + '/link.js'), dir + '/target.js');
  assert.ok(require.cache[dir + '/target.js']);
  assert.equal(require.cache[dir + '/link.js'], undefined);

  var linked = require(dir + '/app/main');
  assert.equal(linked.file, dir + '/real/index.js', '__filename is the real path');
  assert.equal(linked.dep, 'dep next to the real package');
  // A dangling link is not found.
  fs.symlinkSync(dir + '/nowhere.js', dir + '/dangling.js');
  assert.throws(function () { require(dir + '/dangling.js'); }, { code: 'MODULE_NOT_FOUND' });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

// Ported from Node.js test/parallel/test-require-resolve-opts-paths-relative.js
// (MIT license, Copyright Node.js contributors), rewritten to ES5: relative
// entries of require.resolve's paths option are relative to the cwd.
var assert = require('./fixtures/assert');
var saved = process.cwd();
var subdir = __dirname + '/fixtures/module-require/relative/subdir';
function endsWith(s, tail) { return s.slice(-tail.length) === tail; }

process.chdir(subdir);
try {
  // Parent directory paths ('..') work as intended
  assert.ok(endsWith(require.resolve('.', { paths: ['../'] }), 'relative/index.js'));
  assert.ok(endsWith(require.resolve('./index.js', { paths: ['../'] }), 'relative/index.js'));
  assert.ok(endsWith(require.resolve('.', { paths: ['..'] }), 'relative/index.js'));
  assert.ok(endsWith(require.resolve('./index.js', { paths: ['..'] }), 'relative/index.js'));

  process.chdir('..');
  // Current directory paths ('.') work as intended
  assert.ok(endsWith(require.resolve('.', { paths: ['.'] }), 'index.js'));
  assert.ok(endsWith(require.resolve('./index.js', { paths: ['./'] }), 'index.js'));
  // Sub directory paths work as intended
  assert.ok(endsWith(require.resolve('./relative-subdir.js', { paths: ['./subdir'] }), 'relative-subdir.js'));
  assert.ok(endsWith(require.resolve('./relative-subdir.js', { paths: ['subdir'] }), 'relative-subdir.js'));
} finally {
  process.chdir(saved);
}

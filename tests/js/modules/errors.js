// Errors as in Node: MODULE_NOT_FOUND with code and requireStack, syntax
// errors naming file and line, JSON errors naming the file, argument errors.
var assert = require('./fixtures/assert');
var F = __dirname + '/fixtures';

var e = assert.throws(function () { require('./fixtures/nope'); }, {
  code: 'MODULE_NOT_FOUND', name: 'Error'
});
assert.equal(e.message, "Cannot find module './fixtures/nope'\nRequire stack:\n- " + __filename);
assert.deepEqual(e.requireStack, [__filename]);

// The stack lists every module on the way, innermost first.
e = assert.throws(function () { require('./fixtures/errors/requires_missing'); },
  { code: 'MODULE_NOT_FOUND' });
assert.deepEqual(e.requireStack, [F + '/errors/nested_missing.js',
  F + '/errors/requires_missing.js', __filename]);
assert.ok(e.message.indexOf("Cannot find module './does-not-exist'\nRequire stack:\n- " +
  F + '/errors/nested_missing.js\n- ') === 0, e.message);
// A module that failed is not cached: neither it nor the half-loaded parent.
assert.equal(require.cache[F + '/errors/requires_missing.js'], undefined);
assert.equal(require.cache[F + '/errors/nested_missing.js'], undefined);
assert.equal(module.children.filter(function (m) {
  return m.id.indexOf('requires_missing') >= 0;
}).length, 0, 'a failed child is removed from module.children');

assert.throws(function () { require('no-such-package-anywhere'); },
  { code: 'MODULE_NOT_FOUND', message: /^Cannot find module 'no-such-package-anywhere'/ });
assert.throws(function () { require('/no/such/absolute/file'); },
  { code: 'MODULE_NOT_FOUND' });

// A syntax error names the file and the line.
e = assert.throws(function () { require('./fixtures/errors/syntax'); }, { name: 'SyntaxError' });
if (process.versions.jsrt) // node puts it in the stack only
  assert.ok(e.message.indexOf(F + '/errors/syntax.js:3') >= 0, e.message);
assert.ok(String(e.stack).indexOf(F + '/errors/syntax.js:3') >= 0, e.stack);
assert.equal(require.cache[F + '/errors/syntax.js'], undefined);
e = assert.throws(function () { require('./fixtures/errors/requires_syntax'); }, { name: 'SyntaxError' });
assert.ok(String(e.stack).indexOf('syntax.js:3') >= 0, e.stack);

// A JSON parse error names the file.
e = assert.throws(function () { require('./fixtures/errors/bad.json'); }, { name: 'SyntaxError' });
assert.ok(e.message.indexOf(F + '/errors/bad.json: ') === 0, e.message);

// A module that throws at load is not cached: the next require runs it again.
global.throwsCount = 0;
assert.throws(function () { require('./fixtures/errors/throws'); }, { message: 'boom at load' });
assert.throws(function () { require('./fixtures/errors/throws'); }, { message: 'boom at load' });
assert.equal(global.throwsCount, 2);

// package.json main that leads nowhere.
e = assert.throws(function () { require('./fixtures/errors/dir_bad_main'); }, {
  code: 'MODULE_NOT_FOUND',
  message: /Cannot find module '.*nowhere\.js'\. Please verify that the package\.json has a valid "main" entry/
});
assert.equal(e.path, F + '/errors/dir_bad_main/package.json');
assert.equal(require('./fixtures/errors/dir_bad_main_index'), 'fallback index');
assert.throws(function () { require('./fixtures/errors/dir_bad_pkg'); },
  { name: 'SyntaxError', message: /Error parsing .*dir_bad_pkg\/package\.json/ });

// Arguments.
assert.throws(function () { require(); }, {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "id" argument must be of type string. Received undefined'
});
assert.throws(function () { require(42); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { require({}); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { require(''); }, {
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  message: "The argument 'id' must be a non-empty string. Received ''"
});
assert.throws(function () { require.resolve(1); }, { code: 'ERR_INVALID_ARG_TYPE' });

// node: names only built-ins.
assert.throws(function () { require('node:no-such-builtin'); }, {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE', message: 'No such built-in module: node:no-such-builtin'
});
// internal/ modules are not for user code.
assert.throws(function () { require('internal/errors'); }, { code: 'MODULE_NOT_FOUND' });

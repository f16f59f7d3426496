// Ported from Node.js test/parallel/test-buffer-isencoding.js (MIT license, Copyright Node.js contributors)
'use strict';
var assert = require('assert');
['hex', 'utf8', 'utf-8', 'ascii', 'latin1', 'binary', 'base64', 'base64url', 'ucs2', 'ucs-2',
  'utf16le', 'utf-16le', 'UTF8', 'Hex'].forEach(function (enc) {
  assert.strictEqual(Buffer.isEncoding(enc), true, enc);
});
['utf9', 'utf-7', 'Unicode-FTW', 'new gnu gun', false, NaN, {}, Infinity, [], 1, 0, -1, '',
  'constructor', '__proto__', 'toString'].forEach(function (enc) {
  assert.strictEqual(Buffer.isEncoding(enc), false, String(enc));
});

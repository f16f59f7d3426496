// requires: crypto
// A key derivation still on the thread pool when the script exits: the
// isolate waits for it and frees it without calling back (no leak, no
// callback after exit).
'use strict';
var crypto = require('crypto');
crypto.pbkdf2('pw', 'salt', 200000, 32, 'sha256', function () {
  console.log('must not be called');
});
crypto.randomFill(Buffer.alloc(1024), function () {
  console.log('must not be called');
});
console.log('exiting');
process.exit(0);

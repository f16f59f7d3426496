// requires: crypto
// Ported from Node.js test/parallel/test-crypto-gcm-explicit-short-tag.js (MIT License,
// Copyright Node.js contributors: https://github.com/nodejs/node/blob/main/LICENSE).
'use strict';
// (The original also expects no DeprecationWarning under
// --pending-deprecation; jsrt gives none. Each block's `tag` has its own
// name here: the compiler misnames a block-scoped const that sibling
// blocks declare too, after a top-level const function, issue 12.)

const assert = require('assert');
const { createDecipheriv, randomBytes } = require('crypto');

const key = randomBytes(32);
const iv = randomBytes(16);

{
  // Full 128-bit tag.

  const tag1 = randomBytes(16);
  createDecipheriv('aes-256-gcm', key, iv).setAuthTag(tag1);
}

{
  // Shortened tag with explicit length option.

  const tag2 = randomBytes(12);
  createDecipheriv('aes-256-gcm', key, iv, {
    authTagLength: tag2.byteLength
  }).setAuthTag(tag2);
}

{
  // Shortened tag with explicit but incorrect length option.

  const tag3 = randomBytes(12);
  assert.throws(() => {
    createDecipheriv('aes-256-gcm', key, iv, {
      authTagLength: 14
    }).setAuthTag(tag3);
  }, {
    name: 'TypeError',
    message: 'Invalid authentication tag length: 12',
    code: 'ERR_CRYPTO_INVALID_AUTH_TAG'
  });
}

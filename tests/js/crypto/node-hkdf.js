// requires: crypto
// Ported from Node.js test/parallel/test-crypto-hkdf.js (MIT License,
// Copyright Node.js contributors: https://github.com/nodejs/node/blob/main/LICENSE).
// Left out: SharedArrayBuffer inputs (the engine has none) and the
// pre-OpenSSL-3 cases. The block-scoped consts of sibling blocks have
// their own names here (the compiler misnames them otherwise, issue 12).
'use strict';

const common = require('../_node_common');

const { kMaxLength } = require('buffer');
const assert = require('assert');
const {
  createSecretKey,
  hkdf,
  hkdfSync,
} = require('crypto');

{
  assert.throws(() => hkdf(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /The "digest" argument must be of type string/
  });

  [1, {}, [], false, Infinity].forEach((i) => {
    assert.throws(() => hkdf(i, 'a'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "digest" argument must be of type string/
    });
    assert.throws(() => hkdfSync(i, 'a'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "digest" argument must be of type string/
    });
  });

  [1, {}, [], false, Infinity].forEach((i) => {
    assert.throws(() => hkdf('sha256', i), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "ikm" argument must be /
    });
    assert.throws(() => hkdfSync('sha256', i), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "ikm" argument must be /
    });
  });

  [1, {}, [], false, Infinity].forEach((i) => {
    assert.throws(() => hkdf('sha256', 'secret', i), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "salt" argument must be /
    });
    assert.throws(() => hkdfSync('sha256', 'secret', i), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "salt" argument must be /
    });
  });

  [1, {}, [], false, Infinity].forEach((i) => {
    assert.throws(() => hkdf('sha256', 'secret', 'salt', i), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "info" argument must be /
    });
    assert.throws(() => hkdfSync('sha256', 'secret', 'salt', i), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "info" argument must be /
    });
  });

  ['test', {}, [], false].forEach((i) => {
    assert.throws(() => hkdf('sha256', 'secret', 'salt', 'info', i), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "length" argument must be of type number/
    });
    assert.throws(() => hkdfSync('sha256', 'secret', 'salt', 'info', i), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "length" argument must be of type number/
    });
  });

  assert.throws(() => hkdf('sha256', 'secret', 'salt', 'info', -1), {
    code: 'ERR_OUT_OF_RANGE'
  });
  assert.throws(() => hkdfSync('sha256', 'secret', 'salt', 'info', -1), {
    code: 'ERR_OUT_OF_RANGE'
  });
  assert.throws(() => hkdf('sha256', 'secret', 'salt', 'info',
                           kMaxLength + 1), {
    code: 'ERR_OUT_OF_RANGE'
  });
  assert.throws(() => hkdfSync('sha256', 'secret', 'salt', 'info',
                               kMaxLength + 1), {
    code: 'ERR_OUT_OF_RANGE'
  });

  assert.throws(() => hkdfSync('unknown', 'a', '', '', 10), {
    code: 'ERR_CRYPTO_INVALID_DIGEST'
  });

  assert.throws(() => hkdf('unknown', 'a', '', '', 10, common.mustNotCall()), {
    code: 'ERR_CRYPTO_INVALID_DIGEST'
  });

  assert.throws(() => hkdf('unknown', 'a', '', Buffer.alloc(1025), 10,
                           common.mustNotCall()), {
    code: 'ERR_OUT_OF_RANGE'
  });

  assert.throws(() => hkdfSync('unknown', 'a', '', Buffer.alloc(1025), 10), {
    code: 'ERR_OUT_OF_RANGE'
  });

  assert.throws(
    () => hkdf('sha512', 'a', '', '', 64 * 255 + 1, common.mustNotCall()), {
      code: 'ERR_CRYPTO_INVALID_KEYLEN'
    });

  assert.throws(
    () => hkdfSync('sha512', 'a', '', '', 64 * 255 + 1), {
      code: 'ERR_CRYPTO_INVALID_KEYLEN'
    });
}

const algorithms = [
  ['sha256', 'secret', 'salt', 'info', 10],
  ['sha256', '', '', '', 10],
  ['sha256', '', 'salt', '', 10],
  ['sha512', 'secret', 'salt', '', 15],
];

algorithms.forEach(([ hash, secret, salt, info, length ]) => {
  {
    const syncResult1 = hkdfSync(hash, secret, salt, info, length);
    assert(syncResult1 instanceof ArrayBuffer);
    let is_async1 = false;
    hkdf(hash, secret, salt, info, length,
         common.mustSucceed((asyncResult) => {
           assert(is_async1);
           assert(asyncResult instanceof ArrayBuffer);
           assert.deepStrictEqual(syncResult1, asyncResult);
         }));
    // Keep this after the hkdf call above. This verifies
    // that the callback is invoked asynchronously.
    is_async1 = true;
  }

  {
    const buf_secret2 = Buffer.from(secret);
    const buf_salt2 = Buffer.from(salt);
    const buf_info2 = Buffer.from(info);

    const syncResult2 = hkdfSync(hash, buf_secret2, buf_salt2, buf_info2, length);
    hkdf(hash, buf_secret2, buf_salt2, buf_info2, length,
         common.mustSucceed((asyncResult) => {
           assert.deepStrictEqual(syncResult2, asyncResult);
         }));
  }

  {
    const key_secret3 = createSecretKey(Buffer.from(secret));
    const buf_salt3 = Buffer.from(salt);
    const buf_info3 = Buffer.from(info);

    const syncResult3 = hkdfSync(hash, key_secret3, buf_salt3, buf_info3, length);
    hkdf(hash, key_secret3, buf_salt3, buf_info3, length,
         common.mustSucceed((asyncResult) => {
           assert.deepStrictEqual(syncResult3, asyncResult);
         }));
  }

  {
    const ta_secret4 = new Uint8Array(Buffer.from(secret));
    const ta_salt4 = new Uint16Array(Buffer.from(salt));
    const ta_info4 = new Uint32Array(Buffer.from(info));

    const syncResult4 = hkdfSync(hash, ta_secret4, ta_salt4, ta_info4, length);
    hkdf(hash, ta_secret4, ta_salt4, ta_info4, length,
         common.mustSucceed((asyncResult) => {
           assert.deepStrictEqual(syncResult4, asyncResult);
         }));
  }

  {
    const ta_secret5 = new Uint8Array(Buffer.from(secret));
    const ta_salt5 = new Uint16Array(Buffer.from(salt));
    const ta_info5 = new Uint32Array(Buffer.from(info));

    const syncResult5 = hkdfSync(
      hash,
      ta_secret5.buffer,
      ta_salt5.buffer,
      ta_info5.buffer,
      length);
    hkdf(hash, ta_secret5, ta_salt5, ta_info5, length,
         common.mustSucceed((asyncResult) => {
           assert.deepStrictEqual(syncResult5, asyncResult);
         }));
  }
});

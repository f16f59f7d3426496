/*
 * crypto/kdf.c - pbkdf2, scrypt and hkdf: sync, or one job each on libuv's
 * thread pool (crypto.h) as Node runs them. The inputs are copied (a
 * script may change its buffers while the job runs); the JS half checks
 * the argument types and ranges, this file what needs OpenSSL (digests,
 * scrypt's parameters, hkdf's length).
 */
#include "crypto/crypto.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <stdlib.h>
#include <string.h>

enum { KDF_PBKDF2, KDF_SCRYPT, KDF_HKDF };

typedef struct {
  jcrypto_job job;
  int kind;
  const EVP_MD *md;
  unsigned char *pass, *salt, *info, *out;
  size_t passlen, saltlen, infolen, outlen;
  uint64_t n, r, p, maxmem; /* scrypt */
  int iter;                 /* pbkdf2 */
} kdf_job;

static void kdf_free(jcrypto_job *j) {
  kdf_job *k = (kdf_job *)j;
  OPENSSL_clear_free(k->pass, k->passlen);
  free(k->salt);
  free(k->info);
  OPENSSL_clear_free(k->out, k->outlen);
  free(k);
}

static int kdf_hkdf(kdf_job *k) {
  EVP_KDF *kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
  EVP_KDF_CTX *c = kdf != NULL ? EVP_KDF_CTX_new(kdf) : NULL;
  OSSL_PARAM params[5], *q = params;
  int ok;
  EVP_KDF_free(kdf);
  if (c == NULL)
    return 0;
  *q++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST,
                                          (char *)EVP_MD_get0_name(k->md), 0);
  *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, k->pass,
                                           k->passlen);
  *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, k->salt,
                                           k->saltlen);
  *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, k->info,
                                           k->infolen);
  *q = OSSL_PARAM_construct_end();
  ok = EVP_KDF_derive(c, k->out, k->outlen, params) == 1;
  EVP_KDF_CTX_free(c);
  return ok;
}

static void kdf_run(jcrypto_job *j) {
  kdf_job *k = (kdf_job *)j;
  int ok = 1;
  if (k->outlen == 0)
    return;
  switch (k->kind) {
  case KDF_PBKDF2:
    ok = PKCS5_PBKDF2_HMAC((const char *)k->pass, (int)k->passlen, k->salt,
                           (int)k->saltlen, k->iter, k->md, (int)k->outlen,
                           k->out) == 1;
    break;
  case KDF_SCRYPT:
    ok = EVP_PBE_scrypt((const char *)k->pass, k->passlen, k->salt, k->saltlen,
                        k->n, k->r, k->p, k->maxmem, k->out, k->outlen) == 1;
    break;
  default:
    ok = kdf_hkdf(k);
  }
  if (!ok) {
    j->failed = 1;
    j->err = ERR_get_error();
    ERR_clear_error();
  }
}

static duk_ret_t kdf_result(duk_context *ctx, jcrypto_job *j) {
  kdf_job *k = (kdf_job *)j;
  unsigned char *p;
  if (j->failed) {
    if (k->kind == KDF_SCRYPT)
      jcrypto_push_ossl_error(
          ctx, j->err, DUK_ERR_RANGE_ERROR, "ERR_CRYPTO_INVALID_SCRYPT_PARAMS",
          "Invalid scrypt params: ", "Invalid scrypt params");
    else
      jcrypto_push_ossl_error(ctx, j->err, DUK_ERR_ERROR,
                              k->kind == KDF_HKDF ? "ERR_CRYPTO_INVALID_KEYLEN"
                                                  : NULL,
                              NULL, "Key derivation failed");
    return duk_throw(ctx);
  }
  /* hkdf gives an ArrayBuffer, the others a Buffer. */
  p = k->kind == KDF_HKDF ? jcrypto_push_arraybuffer(ctx, k->outlen)
                          : jcrypto_push_buffer(ctx, k->outlen);
  if (k->outlen > 0)
    memcpy(p, k->out, k->outlen);
  return 1;
}

static unsigned char *kdf_dup(const unsigned char *p, size_t n, int *bad) {
  unsigned char *d = malloc(n > 0 ? n : 1);
  if (d == NULL)
    *bad = 1;
  else if (n > 0)
    memcpy(d, p, n);
  return d;
}

static const EVP_MD *kdf_digest(duk_context *ctx, duk_idx_t idx) {
  const char *name = duk_require_string(ctx, idx);
  const EVP_MD *md = jcrypto_digest(name);
  if (md == NULL)
    jsrt__throw_code_raw(ctx, DUK_ERR_TYPE_ERROR, "ERR_CRYPTO_INVALID_DIGEST",
                         "Invalid digest: %s", name);
  return md;
}

/* Everything is validated before this allocates (a throw would leak). */
static kdf_job *kdf_new(duk_context *ctx, int kind, duk_idx_t ipass,
                        duk_idx_t isalt, duk_idx_t iinfo, size_t outlen) {
  size_t plen, slen, ilen = 0;
  const unsigned char *pass = jcrypto_bytes(ctx, ipass, "password", &plen);
  const unsigned char *salt = jcrypto_bytes(ctx, isalt, "salt", &slen);
  const unsigned char *info = iinfo != DUK_INVALID_INDEX
                                  ? jcrypto_bytes(ctx, iinfo, "info", &ilen)
                                  : NULL;
  int bad = 0;
  kdf_job *k;
  jsrt__refs_reserve(ctx, 2);
  k = calloc(1, sizeof(*k));
  if (k == NULL)
    jsrt__throw_oom_raw(ctx);
  k->kind = kind;
  k->pass = kdf_dup(pass, plen, &bad);
  k->passlen = plen;
  k->salt = kdf_dup(salt, slen, &bad);
  k->saltlen = slen;
  if (info != NULL) {
    k->info = kdf_dup(info, ilen, &bad);
    k->infolen = ilen;
  }
  k->out = malloc(outlen > 0 ? outlen : 1);
  k->outlen = outlen;
  if (bad || k->out == NULL) {
    kdf_free(&k->job);
    jsrt__throw_oom_raw(ctx);
  }
  k->job.run = kdf_run;
  k->job.result = kdf_result;
  k->job.free = kdf_free;
  return k;
}

static size_t kdf_len(duk_context *ctx, duk_idx_t idx) {
  double d = duk_require_number(ctx, idx);
  if (!(d >= 0 && d <= 2147483647.0))
    (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "bad length");
  return (size_t)d;
}

/* pbkdf2(password, salt, iterations, keylen, digest[, cb]) */
static duk_ret_t kdf_pbkdf2(duk_context *ctx) {
  const EVP_MD *md = kdf_digest(ctx, 4);
  size_t outlen = kdf_len(ctx, 3);
  int iter = duk_require_int(ctx, 2);
  kdf_job *k = kdf_new(ctx, KDF_PBKDF2, 0, 1, DUK_INVALID_INDEX, outlen);
  k->md = md;
  k->iter = iter;
  return jcrypto_job_start(ctx, &k->job, 5, DUK_INVALID_INDEX);
}

/* scrypt(password, salt, keylen, N, r, p, maxmem[, cb]) */
static duk_ret_t kdf_scrypt(duk_context *ctx) {
  size_t outlen = kdf_len(ctx, 2);
  uint64_t n = (uint64_t)duk_require_number(ctx, 3);
  uint64_t r = (uint64_t)duk_require_number(ctx, 4);
  uint64_t p = (uint64_t)duk_require_number(ctx, 5);
  uint64_t maxmem = (uint64_t)duk_require_number(ctx, 6);
  kdf_job *k;
  /* The parameters are checked now, so that a bad one throws here (as
   * Node does) rather than reaching the callback. */
  ERR_clear_error();
  if (EVP_PBE_scrypt(NULL, 0, NULL, 0, n, r, p, maxmem, NULL, 0) != 1) {
    jcrypto_push_ossl_error(ctx, ERR_peek_last_error(), DUK_ERR_RANGE_ERROR,
                            "ERR_CRYPTO_INVALID_SCRYPT_PARAMS",
                            "Invalid scrypt params: ", "Invalid scrypt params");
    return duk_throw(ctx);
  }
  k = kdf_new(ctx, KDF_SCRYPT, 0, 1, DUK_INVALID_INDEX, outlen);
  k->n = n;
  k->r = r;
  k->p = p;
  k->maxmem = maxmem;
  return jcrypto_job_start(ctx, &k->job, 7, DUK_INVALID_INDEX);
}

/* hkdf(digest, key, salt, info, keylen[, cb]) -> ArrayBuffer */
static duk_ret_t kdf_hkdf_fn(duk_context *ctx) {
  const EVP_MD *md = kdf_digest(ctx, 0);
  size_t outlen = kdf_len(ctx, 4);
  kdf_job *k;
  if (outlen > 255 * (size_t)EVP_MD_get_size(md))
    return jsrt__throw_code(ctx, DUK_ERR_RANGE_ERROR,
                            "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
  k = kdf_new(ctx, KDF_HKDF, 1, 2, 3, outlen);
  k->md = md;
  return jcrypto_job_start(ctx, &k->job, 5, DUK_INVALID_INDEX);
}

static const duk_function_list_entry kdf_funcs[] = {
    {"pbkdf2", kdf_pbkdf2, 6},
    {"scrypt", kdf_scrypt, 8},
    {"hkdf", kdf_hkdf_fn, 6},
    {NULL, NULL, 0},
};

void jcrypto_kdf_init(duk_context *ctx, duk_idx_t obj) {
  duk_put_function_list(ctx, obj, kdf_funcs);
}

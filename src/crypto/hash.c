/*
 * crypto/hash.c - createHash, createHmac, crypto.hash and getHashes on
 * OpenSSL's EVP digests and its HMAC (EVP_MAC). A context is a GC-owned
 * native object (crypto.h); the JS half (src/js/crypto.js) keeps the
 * finalized state, encodings and the stream interface.
 */
#include "crypto/crypto.h"

#include <openssl/core_names.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  jcrypto_obj o;
  EVP_MD_CTX *md;   /* JCRYPTO_HASH */
  EVP_MAC_CTX *mac; /* JCRYPTO_HMAC */
  long outlen;      /* XOF output length, or -1: the digest's size */
} hash_ctx;

static void hash_free(jcrypto_obj *o) {
  hash_ctx *h = (hash_ctx *)o;
  EVP_MD_CTX_free(h->md);
  EVP_MAC_CTX_free(h->mac);
  free(h);
}

static hash_ctx *hash_new(duk_context *ctx, int kind) {
  hash_ctx *h = calloc(1, sizeof(*h));
  if (h == NULL)
    jsrt__throw_oom_raw(ctx);
  h->o.free = hash_free;
  h->o.kind = kind;
  h->outlen = -1;
  return h;
}

/* The output length asked for (the second argument; -1: default), checked
 * against a digest that is not an XOF. */
static long hash_outlen(duk_context *ctx, duk_idx_t idx, const EVP_MD *md) {
  long n = duk_is_number(ctx, idx) ? (long)duk_get_number(ctx, idx) : -1;
  if (n >= 0 && !(EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) &&
      n != EVP_MD_get_size(md))
    jsrt__throw_code_raw(ctx, DUK_ERR_ERROR,
                         "ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH",
                         "error:030000B2:digital envelope routines::not XOF "
                         "or invalid length");
  return n;
}

/* hashNew(algorithm, outputLength) -> handle */
static duk_ret_t hash_create(duk_context *ctx) {
  const EVP_MD *md = jcrypto_digest(duk_require_string(ctx, 0));
  long outlen;
  hash_ctx *h;
  if (md == NULL)
    return duk_error(ctx, DUK_ERR_ERROR, "Digest method not supported");
  outlen = hash_outlen(ctx, 1, md);
  h = hash_new(ctx, JCRYPTO_HASH);
  h->outlen = outlen;
  h->md = EVP_MD_CTX_new();
  if (h->md == NULL || EVP_DigestInit_ex(h->md, md, NULL) != 1) {
    hash_free(&h->o);
    return jcrypto_throw_ossl(ctx, "Digest method not supported");
  }
  jcrypto_push_obj(ctx, &h->o);
  return 1;
}

/* hashCopy(handle, outputLength) -> a new handle in the same state */
static duk_ret_t hash_copy(duk_context *ctx) {
  hash_ctx *src = (hash_ctx *)jcrypto_get_obj(ctx, 0, JCRYPTO_HASH);
  hash_ctx *h;
  long outlen = hash_outlen(ctx, 1, EVP_MD_CTX_get0_md(src->md));
  h = hash_new(ctx, JCRYPTO_HASH);
  h->outlen = outlen >= 0 ? outlen : src->outlen;
  h->md = EVP_MD_CTX_new();
  if (h->md == NULL || EVP_MD_CTX_copy_ex(h->md, src->md) != 1) {
    hash_free(&h->o);
    return jcrypto_throw_ossl(ctx, "Failed to copy hash");
  }
  jcrypto_push_obj(ctx, &h->o);
  return 1;
}

/* hmacNew(algorithm, key) -> handle */
static duk_ret_t hash_hmac_create(duk_context *ctx) {
  const char *name = duk_require_string(ctx, 0);
  const EVP_MD *md = jcrypto_digest(name);
  size_t klen;
  const unsigned char *key = jcrypto_bytes(ctx, 1, "key", &klen);
  OSSL_PARAM params[2];
  EVP_MAC *mac;
  hash_ctx *h;
  if (md == NULL)
    return jsrt__throw_code(ctx, DUK_ERR_TYPE_ERROR,
                            "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: %s",
                            name);
  h = hash_new(ctx, JCRYPTO_HMAC);
  mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
  h->mac = mac != NULL ? EVP_MAC_CTX_new(mac) : NULL;
  EVP_MAC_free(mac);
  params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST,
                                               (char *)EVP_MD_get0_name(md), 0);
  params[1] = OSSL_PARAM_construct_end();
  if (h->mac == NULL || EVP_MAC_init(h->mac, key, klen, params) != 1) {
    hash_free(&h->o);
    return jcrypto_throw_ossl(ctx, "Invalid digest");
  }
  jcrypto_push_obj(ctx, &h->o);
  return 1;
}

static hash_ctx *hash_this(duk_context *ctx) {
  hash_ctx *h = NULL;
  if (duk_is_object(ctx, 0)) {
    jcrypto_obj *o;
    duk_get_prop_string(ctx, 0,
                        "\xff"
                        "cptr");
    o = duk_get_pointer(ctx, -1);
    duk_pop(ctx);
    if (o != NULL && (o->kind == JCRYPTO_HASH || o->kind == JCRYPTO_HMAC))
      h = (hash_ctx *)o;
  }
  if (h == NULL)
    (void)duk_error(ctx, DUK_ERR_TYPE_ERROR, "Illegal invocation");
  return h;
}

/* hashUpdate(handle, bytes): a hash or an HMAC */
static duk_ret_t hash_update(duk_context *ctx) {
  hash_ctx *h = hash_this(ctx);
  size_t len;
  const unsigned char *p = jcrypto_bytes(ctx, 1, "data", &len);
  int ok = h->md != NULL ? EVP_DigestUpdate(h->md, p, len)
                         : EVP_MAC_update(h->mac, p, len);
  if (ok != 1)
    return jcrypto_throw_ossl(ctx, "Digest update failed");
  return 0;
}

/* hashDigest(handle) -> Buffer; the handle is spent (and freed). */
static duk_ret_t hash_digest(duk_context *ctx) {
  hash_ctx *h = hash_this(ctx);
  unsigned char out[EVP_MAX_MD_SIZE], *p;
  size_t n = 0;
  int ok;
  if (h->md != NULL && h->outlen >= 0 &&
      (EVP_MD_get_flags(EVP_MD_CTX_get0_md(h->md)) & EVP_MD_FLAG_XOF)) {
    p = jcrypto_push_buffer(ctx, (size_t)h->outlen);
    ok = h->outlen == 0 || EVP_DigestFinalXOF(h->md, p, (size_t)h->outlen) == 1;
    if (!ok)
      return jcrypto_throw_ossl(ctx, "Digest failed");
    jcrypto_drop_obj(ctx, 0);
    return 1;
  }
  if (h->md != NULL) {
    unsigned int un = 0;
    ok = EVP_DigestFinal_ex(h->md, out, &un);
    n = un;
  } else {
    ok = EVP_MAC_final(h->mac, out, &n, sizeof(out));
  }
  if (ok != 1)
    return jcrypto_throw_ossl(ctx, "Digest failed");
  p = jcrypto_push_buffer(ctx, n);
  memcpy(p, out, n);
  jcrypto_drop_obj(ctx, 0);
  return 1;
}

/* hashOnce(algorithm, bytes) -> Buffer (crypto.hash) */
static duk_ret_t hash_once(duk_context *ctx) {
  const EVP_MD *md = jcrypto_digest(duk_require_string(ctx, 0));
  size_t len;
  const unsigned char *p = jcrypto_bytes(ctx, 1, "data", &len);
  unsigned char out[EVP_MAX_MD_SIZE], *b;
  unsigned int n = 0;
  if (md == NULL)
    return duk_error(ctx, DUK_ERR_ERROR, "Digest method not supported");
  if (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) {
    /* shake128/256: their default lengths, as createHash gives. */
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    size_t xl = (size_t)EVP_MD_get_size(md);
    int ok = c != NULL && EVP_DigestInit_ex(c, md, NULL) == 1 &&
             EVP_DigestUpdate(c, p, len) == 1 &&
             EVP_DigestFinalXOF(c, out, xl) == 1;
    EVP_MD_CTX_free(c);
    if (!ok)
      return jcrypto_throw_ossl(ctx, "Digest failed");
    n = (unsigned int)xl;
  } else if (EVP_Digest(p, len, out, &n, md, NULL) != 1) {
    return jcrypto_throw_ossl(ctx, "Digest failed");
  }
  b = jcrypto_push_buffer(ctx, n);
  memcpy(b, out, n);
  return 1;
}

/* getHashes(): the names OpenSSL lists that a fetch finds, sorted. The
 * names are collected first: nothing may throw inside OpenSSL's walk. */
typedef struct {
  const char *names[512];
  size_t n;
} hash_names;

static void hash_list_one(const EVP_MD *md, const char *from, const char *to,
                          void *arg) {
  hash_names *hn = arg;
  const EVP_MD *real;
  const char *real_name;
  EVP_MD *fetched;
  (void)md;
  (void)to;
  if (from == NULL || hn->n == JSRT__COUNTOF(hn->names))
    return;
  /* As Node: an alias counts when the digest it names can be fetched
   * (a fetch does not take aliases). */
  real = EVP_get_digestbyname(from);
  real_name = real != NULL ? EVP_MD_get0_name(real) : NULL;
  if (real_name == NULL)
    return;
  fetched = EVP_MD_fetch(NULL, real_name, NULL);
  if (fetched == NULL) {
    ERR_clear_error();
    return;
  }
  EVP_MD_free(fetched);
  hn->names[hn->n++] = from;
}

static duk_ret_t hash_list(duk_context *ctx) {
  hash_names names, *hn = &names; /* on the stack: a push may throw */
  size_t i;
  hn->n = 0;
  EVP_MD_do_all_sorted(hash_list_one, hn);
  /* The names are OpenSSL's, kept for the life of the process. */
  duk_push_array(ctx);
  for (i = 0; i < hn->n; i++) {
    duk_push_string(ctx, hn->names[i]);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
  }
  return 1;
}

static const duk_function_list_entry hash_funcs[] = {
    {"hashNew", hash_create, 2},      {"hashCopy", hash_copy, 2},
    {"hmacNew", hash_hmac_create, 2}, {"hashUpdate", hash_update, 2},
    {"hashDigest", hash_digest, 1},   {"hashOnce", hash_once, 2},
    {"getHashes", hash_list, 0},      {NULL, NULL, 0},
};

void jcrypto_hash_init(duk_context *ctx, duk_idx_t obj) {
  duk_put_function_list(ctx, obj, hash_funcs);
}

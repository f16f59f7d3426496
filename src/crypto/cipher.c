/*
 * crypto/cipher.c - createCipheriv/createDecipheriv on OpenSSL's EVP
 * ciphers (AES CBC/CTR/GCM/CCM/OCB, ChaCha20-Poly1305, ...) and
 * getCiphers. The states and checks are those of Node's CipherBase
 * (src/crypto/crypto_cipher.cc): authentication tags, CCM's one update
 * and message length, the errors each step gives.
 */
#include "crypto/crypto.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define CIPHER_NO_TAG_LEN -1

enum { CIPHER_TAG_UNKNOWN, CIPHER_TAG_KNOWN, CIPHER_TAG_PASSED };

typedef struct {
  jcrypto_obj o;
  EVP_CIPHER_CTX *ctx; /* NULL once final() ran */
  int encrypt;
  int auth_tag_len; /* CIPHER_NO_TAG_LEN until known */
  int tag_state;
  int pending_auth_failed; /* CCM: update() saw a bad tag */
  long max_message_size;   /* CCM */
  unsigned char auth_tag[EVP_GCM_TLS_TAG_LEN];
} cipher_ctx;

static void cipher_free(jcrypto_obj *o) {
  cipher_ctx *c = (cipher_ctx *)o;
  EVP_CIPHER_CTX_free(c->ctx);
  OPENSSL_cleanse(c->auth_tag, sizeof(c->auth_tag));
  free(c);
}

static int cipher_is_auth(const EVP_CIPHER *ci) {
  int mode = EVP_CIPHER_get_mode(ci);
  return mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE ||
         mode == EVP_CIPH_OCB_MODE ||
         EVP_CIPHER_get_nid(ci) == NID_chacha20_poly1305;
}

static int cipher_valid_gcm_tag(int n) {
  return n == 4 || n == 8 || (n >= 12 && n <= 16);
}

static cipher_ctx *cipher_this(duk_context *ctx) {
  return (cipher_ctx *)jcrypto_get_obj(ctx, 0, JCRYPTO_CIPHER);
}

/* The AEAD part of the set-up (Node's InitAuthenticated). Returns 0 or
 * throws; c is the handle's already (freed by its finalizer). */
static void cipher_init_auth(duk_context *ctx, cipher_ctx *c,
                             const EVP_CIPHER *ci, const char *name,
                             size_t iv_len, int tag_len) {
  int mode = EVP_CIPHER_get_mode(ci);
  if (EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_IVLEN, (int)iv_len, NULL) !=
      1) {
    ERR_clear_error();
    jsrt__throw_code_raw(ctx, DUK_ERR_TYPE_ERROR, "ERR_CRYPTO_INVALID_IV",
                         "Invalid initialization vector");
  }
  if (mode == EVP_CIPH_GCM_MODE) {
    if (tag_len != CIPHER_NO_TAG_LEN) {
      if (!cipher_valid_gcm_tag(tag_len))
        jsrt__throw_code_raw(ctx, DUK_ERR_TYPE_ERROR,
                             "ERR_CRYPTO_INVALID_AUTH_TAG",
                             "Invalid authentication tag length: %d", tag_len);
      c->auth_tag_len = tag_len;
    }
    return;
  }
  if (tag_len == CIPHER_NO_TAG_LEN) {
    if (EVP_CIPHER_get_nid(ci) == NID_chacha20_poly1305)
      tag_len = 16;
    else
      jsrt__throw_code_raw(ctx, DUK_ERR_TYPE_ERROR,
                           "ERR_CRYPTO_INVALID_AUTH_TAG",
                           "authTagLength required for %s", name);
  }
  if (EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_TAG, tag_len, NULL) != 1) {
    ERR_clear_error();
    jsrt__throw_code_raw(ctx, DUK_ERR_TYPE_ERROR, "ERR_CRYPTO_INVALID_AUTH_TAG",
                         "Invalid authentication tag length: %d", tag_len);
  }
  c->auth_tag_len = tag_len;
  if (mode == EVP_CIPH_CCM_MODE) {
    c->max_message_size = INT_MAX;
    if (iv_len == 12)
      c->max_message_size = 16777215;
    if (iv_len == 13)
      c->max_message_size = 65535;
  }
}

/* cipherNew(name, key, iv|null, encrypt, authTagLength) -> handle */
static duk_ret_t cipher_create(duk_context *ctx) {
  const char *name = duk_require_string(ctx, 0);
  size_t key_len, iv_len = 0;
  const unsigned char *key = jcrypto_bytes(ctx, 1, "key", &key_len);
  const unsigned char *iv =
      duk_is_null(ctx, 2) ? NULL : jcrypto_bytes(ctx, 2, "iv", &iv_len);
  int encrypt = duk_to_boolean(ctx, 3);
  int tag_len = duk_is_number(ctx, 4) ? duk_get_int(ctx, 4) : -1;
  const EVP_CIPHER *ci = EVP_get_cipherbyname(name);
  int expected_iv, is_auth;
  cipher_ctx *c;
  if (ci == NULL)
    return jsrt__throw_code(ctx, DUK_ERR_ERROR, "ERR_CRYPTO_UNKNOWN_CIPHER",
                            "Unknown cipher");
  expected_iv = EVP_CIPHER_get_iv_length(ci);
  is_auth = cipher_is_auth(ci);
  if ((!is_auth && iv != NULL && (int)iv_len != expected_iv) ||
      (iv == NULL && expected_iv != 0) ||
      (EVP_CIPHER_get_nid(ci) == NID_chacha20_poly1305 && iv_len > 12))
    return jsrt__throw_code(ctx, DUK_ERR_TYPE_ERROR, "ERR_CRYPTO_INVALID_IV",
                            "Invalid initialization vector");
  c = calloc(1, sizeof(*c));
  if (c == NULL)
    return jsrt__throw_oom(ctx);
  c->o.free = cipher_free;
  c->o.kind = JCRYPTO_CIPHER;
  c->encrypt = encrypt;
  c->auth_tag_len = CIPHER_NO_TAG_LEN;
  c->ctx = EVP_CIPHER_CTX_new();
  if (c->ctx == NULL ||
      EVP_CipherInit_ex(c->ctx, ci, NULL, NULL, NULL, encrypt) != 1) {
    cipher_free(&c->o);
    return jcrypto_throw_ossl(ctx, "Failed to initialize cipher");
  }
  /* From here the handle owns c: every throw below leaves it to the
   * finalizer. */
  jcrypto_push_obj(ctx, &c->o);
  if (EVP_CIPHER_get_mode(ci) == EVP_CIPH_WRAP_MODE)
    EVP_CIPHER_CTX_set_flags(c->ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
  if (is_auth)
    cipher_init_auth(ctx, c, ci, name, iv_len, tag_len);
  if (EVP_CIPHER_CTX_set_key_length(c->ctx, (int)key_len) != 1) {
    ERR_clear_error();
    return jsrt__throw_code(ctx, DUK_ERR_RANGE_ERROR,
                            "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
  }
  if (EVP_CipherInit_ex(c->ctx, NULL, NULL, key, iv, encrypt) != 1)
    return jcrypto_throw_ossl(ctx, "Failed to initialize cipher");
  return 1;
}

static int cipher_mode(cipher_ctx *c) {
  return EVP_CIPHER_CTX_get_mode(c->ctx);
}

static int cipher_ctx_is_auth(cipher_ctx *c) {
  return cipher_is_auth(EVP_CIPHER_CTX_get0_cipher(c->ctx));
}

static int cipher_check_ccm_len(duk_context *ctx, cipher_ctx *c, double n) {
  if (n > (double)c->max_message_size) {
    jsrt__throw_code_raw(ctx, DUK_ERR_RANGE_ERROR,
                         "ERR_CRYPTO_INVALID_MESSAGELEN",
                         "Invalid message length");
  }
  return 1;
}

static int cipher_pass_tag(cipher_ctx *c) {
  if (c->tag_state == CIPHER_TAG_KNOWN) {
    if (EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_TAG, c->auth_tag_len,
                            c->auth_tag) != 1)
      return 0;
    c->tag_state = CIPHER_TAG_PASSED;
  }
  return 1;
}

/* Pushes a Buffer of the first n bytes of the plain buffer on the top,
 * in its place. */
static void cipher_push_result(duk_context *ctx, size_t n) {
  duk_push_buffer_object(ctx, -1, 0, n, DUK_BUFOBJ_NODEJS_BUFFER);
  duk_remove(ctx, -2);
}

/* cipherUpdate(handle, bytes) -> Buffer */
static duk_ret_t cipher_update(duk_context *ctx) {
  cipher_ctx *c = cipher_this(ctx);
  size_t len;
  const unsigned char *p = jcrypto_bytes(ctx, 1, "data", &len);
  unsigned char *out;
  int outl, mode, r;
  if (c->ctx == NULL || len > INT_MAX - 64)
    return duk_error(ctx, DUK_ERR_ERROR,
                     "Trying to add data in unsupported state");
  mode = cipher_mode(c);
  if (mode == EVP_CIPH_CCM_MODE)
    cipher_check_ccm_len(ctx, c, (double)len);
  if (!c->encrypt && cipher_ctx_is_auth(c) && !cipher_pass_tag(c))
    return jcrypto_throw_ossl(ctx, "Trying to add data in unsupported state");
  outl = (int)len + EVP_CIPHER_CTX_get_block_size(c->ctx);
  out = duk_push_fixed_buffer(ctx, (duk_size_t)outl);
  if (c->encrypt && mode == EVP_CIPH_WRAP_MODE &&
      EVP_CipherUpdate(c->ctx, NULL, &outl, p, (int)len) != 1)
    return jcrypto_throw_ossl(ctx, "Trying to add data in unsupported state");
  r = EVP_CipherUpdate(c->ctx, out, &outl, p, (int)len);
  if (r != 1 && !c->encrypt && mode == EVP_CIPH_CCM_MODE) {
    /* A bad CCM tag shows here; final() reports it, as Node does. */
    ERR_clear_error();
    c->pending_auth_failed = 1;
    outl = 0;
  } else if (r != 1) {
    return jcrypto_throw_ossl(ctx, "Trying to add data in unsupported state");
  }
  cipher_push_result(ctx, (size_t)(outl < 0 ? 0 : outl));
  return 1;
}

/* cipherFinal(handle) -> Buffer; the context is gone afterwards. */
static duk_ret_t cipher_final(duk_context *ctx) {
  cipher_ctx *c = cipher_this(ctx);
  unsigned char *out;
  int outl = 0, mode, is_auth, ok;
  if (c->ctx == NULL)
    return jsrt__throw_code(ctx, DUK_ERR_ERROR, "ERR_CRYPTO_INVALID_STATE",
                            "Invalid state");
  mode = cipher_mode(c);
  is_auth = cipher_ctx_is_auth(c);
  out = duk_push_fixed_buffer(
      ctx, (duk_size_t)EVP_CIPHER_CTX_get_block_size(c->ctx) + 16);
  if (!c->encrypt && is_auth)
    cipher_pass_tag(c);
  if (!c->encrypt && mode == EVP_CIPH_CCM_MODE) {
    /* CCM checked the tag in update(); EVP_CipherFinal_ex would fail. */
    ok = !c->pending_auth_failed;
  } else {
    ok = EVP_CipherFinal_ex(c->ctx, out, &outl) == 1;
    if (ok && c->encrypt && is_auth) {
      if (c->auth_tag_len == CIPHER_NO_TAG_LEN)
        c->auth_tag_len = (int)sizeof(c->auth_tag);
      ok = EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_GET_TAG, c->auth_tag_len,
                               c->auth_tag) == 1;
    }
  }
  EVP_CIPHER_CTX_free(c->ctx);
  c->ctx = NULL;
  if (!ok) {
    jcrypto_push_ossl_error(
        ctx, ERR_peek_last_error(), DUK_ERR_ERROR, NULL, NULL,
        is_auth ? "Unsupported state or unable to authenticate "
                  "data"
                : "Unsupported state");
    return duk_throw(ctx);
  }
  cipher_push_result(ctx, (size_t)outl);
  return 1;
}

/* cipherSetAutoPadding(handle, on) -> false when final() ran */
static duk_ret_t cipher_set_auto_padding(duk_context *ctx) {
  cipher_ctx *c = cipher_this(ctx);
  duk_push_boolean(
      ctx, c->ctx != NULL &&
               EVP_CIPHER_CTX_set_padding(c->ctx, duk_to_boolean(ctx, 1)) == 1);
  return 1;
}

/* cipherGetAuthTag(handle) -> Buffer, or undefined when not available */
static duk_ret_t cipher_get_auth_tag(duk_context *ctx) {
  cipher_ctx *c = cipher_this(ctx);
  unsigned char *p;
  if (c->ctx != NULL || !c->encrypt || c->auth_tag_len <= 0)
    return 0;
  p = jcrypto_push_buffer(ctx, (size_t)c->auth_tag_len);
  memcpy(p, c->auth_tag, (size_t)c->auth_tag_len);
  return 1;
}

/* cipherSetAuthTag(handle, tag) -> false in the wrong state; throws for a
 * length the mode does not take. */
static duk_ret_t cipher_set_auth_tag(duk_context *ctx) {
  cipher_ctx *c = cipher_this(ctx);
  size_t len;
  const unsigned char *p = jcrypto_bytes(ctx, 1, "buffer", &len);
  int valid;
  if (c->ctx == NULL || !cipher_ctx_is_auth(c) || c->encrypt ||
      c->tag_state != CIPHER_TAG_UNKNOWN) {
    duk_push_false(ctx);
    return 1;
  }
  if (cipher_mode(c) == EVP_CIPH_GCM_MODE)
    valid =
        (c->auth_tag_len == CIPHER_NO_TAG_LEN || c->auth_tag_len == (int)len) &&
        cipher_valid_gcm_tag((int)len);
  else
    valid = c->auth_tag_len == (int)len;
  if (!valid)
    return jsrt__throw_code(
        ctx, DUK_ERR_TYPE_ERROR, "ERR_CRYPTO_INVALID_AUTH_TAG",
        "Invalid authentication tag length: %u", (unsigned)len);
  c->auth_tag_len = (int)len;
  c->tag_state = CIPHER_TAG_KNOWN;
  memcpy(c->auth_tag, p, len);
  duk_push_true(ctx);
  return 1;
}

/* cipherSetAAD(handle, aad, plaintextLength) -> false in the wrong state */
static duk_ret_t cipher_set_aad(duk_context *ctx) {
  cipher_ctx *c = cipher_this(ctx);
  size_t len;
  const unsigned char *p = jcrypto_bytes(ctx, 1, "aadbuf", &len);
  double plen = duk_get_number_default(ctx, 2, -1);
  int outl, ok;
  if (c->ctx == NULL || !cipher_ctx_is_auth(c)) {
    duk_push_false(ctx);
    return 1;
  }
  if (cipher_mode(c) == EVP_CIPH_CCM_MODE) {
    if (plen < 0)
      return jsrt__throw_code(
          ctx, DUK_ERR_TYPE_ERROR, "ERR_MISSING_ARGS",
          "options.plaintextLength required for CCM mode with AAD");
    cipher_check_ccm_len(ctx, c, plen);
    if ((!c->encrypt && !cipher_pass_tag(c)) ||
        EVP_CipherUpdate(c->ctx, NULL, &outl, NULL, (int)plen) != 1) {
      ERR_clear_error();
      duk_push_false(ctx);
      return 1;
    }
  }
  ok = EVP_CipherUpdate(c->ctx, NULL, &outl, p, (int)len) == 1;
  ERR_clear_error();
  duk_push_boolean(ctx, ok);
  return 1;
}

/* getCiphers(): as getHashes, names whose cipher a fetch finds. */
typedef struct {
  const char *names[512];
  size_t n;
} cipher_names;

static void cipher_list_one(const EVP_CIPHER *ci, const char *from,
                            const char *to, void *arg) {
  cipher_names *cn = arg;
  const EVP_CIPHER *real;
  const char *real_name;
  EVP_CIPHER *fetched;
  (void)ci;
  (void)to;
  if (from == NULL || cn->n == JSRT__COUNTOF(cn->names))
    return;
  real = EVP_get_cipherbyname(from);
  real_name = real != NULL ? EVP_CIPHER_get0_name(real) : NULL;
  if (real_name == NULL)
    return;
  fetched = EVP_CIPHER_fetch(NULL, real_name, NULL);
  if (fetched == NULL) {
    ERR_clear_error();
    return;
  }
  EVP_CIPHER_free(fetched);
  cn->names[cn->n++] = from;
}

static duk_ret_t cipher_list(duk_context *ctx) {
  cipher_names names, *cn = &names; /* on the stack: a push may throw */
  size_t i;
  cn->n = 0;
  EVP_CIPHER_do_all_sorted(cipher_list_one, cn);
  duk_push_array(ctx);
  for (i = 0; i < cn->n; i++) {
    duk_push_string(ctx, cn->names[i]);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
  }
  return 1;
}

/* cipherInfo(name) -> {name, nid, blockSize, ivLength, keyLength, mode}
 * or undefined (getCipherInfo). */
static duk_ret_t cipher_info(duk_context *ctx) {
  const EVP_CIPHER *ci = EVP_get_cipherbyname(duk_require_string(ctx, 0));
  static const char *const modes[] = {"stream", "ecb",  "cbc", "cfb",
                                      "ofb",    "ctr",  "gcm", "ccm",
                                      "xts",    "wrap", "ocb"};
  unsigned long mode;
  if (ci == NULL)
    return 0;
  mode = (unsigned long)EVP_CIPHER_get_mode(ci);
  duk_push_object(ctx);
  duk_push_string(ctx, OBJ_nid2sn(EVP_CIPHER_get_nid(ci)));
  duk_put_prop_string(ctx, -2, "name");
  duk_push_int(ctx, EVP_CIPHER_get_nid(ci));
  duk_put_prop_string(ctx, -2, "nid");
  if (mode != EVP_CIPH_STREAM_CIPHER) {
    duk_push_int(ctx, EVP_CIPHER_get_block_size(ci));
    duk_put_prop_string(ctx, -2, "blockSize");
  }
  if (EVP_CIPHER_get_iv_length(ci) != 0) {
    duk_push_int(ctx, EVP_CIPHER_get_iv_length(ci));
    duk_put_prop_string(ctx, -2, "ivLength");
  }
  duk_push_int(ctx, EVP_CIPHER_get_key_length(ci));
  duk_put_prop_string(ctx, -2, "keyLength");
  if (mode < JSRT__COUNTOF(modes)) {
    duk_push_string(ctx, modes[mode]);
    duk_put_prop_string(ctx, -2, "mode");
  }
  return 1;
}

static const duk_function_list_entry cipher_funcs[] = {
    {"cipherNew", cipher_create, 5},
    {"cipherUpdate", cipher_update, 2},
    {"cipherFinal", cipher_final, 1},
    {"cipherSetAutoPadding", cipher_set_auto_padding, 2},
    {"cipherGetAuthTag", cipher_get_auth_tag, 1},
    {"cipherSetAuthTag", cipher_set_auth_tag, 2},
    {"cipherSetAAD", cipher_set_aad, 3},
    {"getCiphers", cipher_list, 0},
    {"cipherInfo", cipher_info, 1},
    {NULL, NULL, 0},
};

void jcrypto_cipher_init(duk_context *ctx, duk_idx_t obj) {
  duk_put_function_list(ctx, obj, cipher_funcs);
}

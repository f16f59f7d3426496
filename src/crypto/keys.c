/*
 * crypto/keys.c - asymmetric keys on OpenSSL's EVP_PKEY: parsing (PEM,
 * DER; PKCS#8, SPKI, PKCS#1, SEC1, encrypted PKCS#8, certificates' keys),
 * export (the same, and JWK's fields), generation (RSA, RSA-PSS, EC,
 * Ed25519/Ed448, X25519/X448; sync or a thread-pool job), sign/verify,
 * public/private encrypt/decrypt and key agreement. A key is a GC-owned
 * handle; the JS half (KeyObject in src/js/crypto.js) keeps its type.
 */
#include "crypto/crypto.h"

#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  jcrypto_obj o;
  EVP_PKEY *pkey;
  int is_private;
} keys_ctx;

static void keys_free(jcrypto_obj *o) {
  keys_ctx *k = (keys_ctx *)o;
  EVP_PKEY_free(k->pkey);
  free(k);
}

/* Pushes a handle owning pkey (freed here if that fails). */
static void keys_push(duk_context *ctx, EVP_PKEY *pkey, int is_private) {
  keys_ctx *k = calloc(1, sizeof(*k));
  if (k == NULL) {
    EVP_PKEY_free(pkey);
    jsrt__throw_oom_raw(ctx);
  }
  k->o.free = keys_free;
  k->o.kind = JCRYPTO_PKEY;
  k->pkey = pkey;
  k->is_private = is_private;
  jcrypto_push_obj(ctx, &k->o);
}

static keys_ctx *keys_get(duk_context *ctx, duk_idx_t idx) {
  return (keys_ctx *)jcrypto_get_obj(ctx, idx, JCRYPTO_PKEY);
}

void jcrypto_push_pkey(duk_context *ctx, EVP_PKEY *pkey, int is_private) {
  keys_push(ctx, pkey, is_private);
}

EVP_PKEY *jcrypto_get_pkey(duk_context *ctx, duk_idx_t idx) {
  return keys_get(ctx, idx)->pkey;
}

/* ---- parsing ---- */

static const char *keys_structure(const char *type, int is_private) {
  if (type == NULL)
    return NULL;
  if (strcmp(type, "pkcs8") == 0)
    return "PrivateKeyInfo";
  if (strcmp(type, "spki") == 0)
    return "SubjectPublicKeyInfo";
  if (strcmp(type, "pkcs1") == 0 || strcmp(type, "sec1") == 0)
    return "type-specific";
  (void)is_private;
  return NULL;
}

/* Node's PasswordCallback: the passphrase, or -1 (none given). */
static int keys_pass_cb(char *buf, int size, int rwflag, void *u) {
  const char *pass = u;
  size_t n;
  (void)rwflag;
  if (pass == NULL)
    return -1;
  n = strlen(pass);
  if (n > (size_t)size)
    return -1;
  memcpy(buf, pass, n);
  return (int)n;
}

/* Node's ParsePrivateKey: PEM through PEM_read_bio_PrivateKey, DER by its
 * type (so the errors are the ones Node reports). */
static EVP_PKEY *keys_parse_private(const unsigned char *p, size_t len, int pem,
                                    const char *type, const char *pass) {
  EVP_PKEY *pkey = NULL;
  if (pem) {
    BIO *bio = BIO_new_mem_buf(p, (int)len);
    if (bio != NULL)
      pkey = PEM_read_bio_PrivateKey(bio, NULL, keys_pass_cb, (void *)pass);
    BIO_free(bio);
  } else if (type != NULL && strcmp(type, "pkcs8") == 0) {
    BIO *bio = BIO_new_mem_buf(p, (int)len);
    X509_SIG *enc = NULL;
    if (bio != NULL) {
      const unsigned char *q = p;
      enc = d2i_X509_SIG(NULL, &q, (long)len);
      if (enc != NULL) {
        X509_SIG_free(enc);
        pkey = d2i_PKCS8PrivateKey_bio(bio, NULL, keys_pass_cb, (void *)pass);
      } else {
        PKCS8_PRIV_KEY_INFO *p8;
        ERR_clear_error();
        p8 = d2i_PKCS8_PRIV_KEY_INFO_bio(bio, NULL);
        if (p8 != NULL)
          pkey = EVP_PKCS82PKEY(p8);
        PKCS8_PRIV_KEY_INFO_free(p8);
      }
    }
    BIO_free(bio);
  } else {
    const unsigned char *q = p;
    int id =
        type != NULL && strcmp(type, "sec1") == 0 ? EVP_PKEY_EC : EVP_PKEY_RSA;
    pkey = d2i_PrivateKey(id, NULL, &q, (long)len);
  }
  if (pkey != NULL && ERR_peek_error() != 0) {
    EVP_PKEY_free(pkey);
    pkey = NULL;
  }
  return pkey;
}

/* Node's ParsePublicKeyPEM / DER: SPKI, PKCS#1 and certificates by their
 * PEM label. *recognized: the data was one of those (else it may be a
 * private key). */
static EVP_PKEY *keys_parse_public(const unsigned char *p, size_t len, int pem,
                                   const char *type, int *recognized) {
  static const char *const labels[] = {"PUBLIC KEY", "RSA PUBLIC KEY",
                                       "CERTIFICATE"};
  EVP_PKEY *pkey = NULL;
  size_t i;
  *recognized = 0;
  if (!pem) {
    const unsigned char *q = p;
    if (type != NULL && strcmp(type, "pkcs1") == 0)
      pkey = d2i_PublicKey(EVP_PKEY_RSA, NULL, &q, (long)len);
    else if (type != NULL && strcmp(type, "spki") == 0)
      pkey = d2i_PUBKEY(NULL, &q, (long)len);
    else
      return NULL;
    *recognized = 1;
    return pkey;
  }
  for (i = 0; i < JSRT__COUNTOF(labels) && !*recognized; i++) {
    BIO *bio = BIO_new_mem_buf(p, (int)len);
    unsigned char *der = NULL;
    long dlen = 0;
    const unsigned char *q;
    if (bio == NULL)
      return NULL;
    ERR_set_mark();
    if (PEM_bytes_read_bio(&der, &dlen, NULL, labels[i], bio, NULL, NULL) !=
        1) {
      ERR_pop_to_mark();
      BIO_free(bio);
      continue;
    }
    ERR_clear_last_mark();
    BIO_free(bio);
    *recognized = 1;
    q = der;
    if (i == 0) {
      pkey = d2i_PUBKEY(NULL, &q, dlen);
    } else if (i == 1) {
      pkey = d2i_PublicKey(EVP_PKEY_RSA, NULL, &q, dlen);
    } else {
      X509 *x = d2i_X509(NULL, &q, dlen);
      pkey = x != NULL ? X509_get_pubkey(x) : NULL;
      X509_free(x);
    }
    OPENSSL_free(der);
  }
  return pkey;
}

/* keyParse(bytes, format 'pem'|'der', private, type|null, passphrase|null)
 * -> handle. A public key may come from a private key or a certificate. */
static duk_ret_t keys_parse(duk_context *ctx) {
  size_t len;
  const unsigned char *p = jcrypto_bytes(ctx, 0, "key", &len);
  const char *format = duk_require_string(ctx, 1);
  int want_private = duk_to_boolean(ctx, 2);
  const char *type = duk_get_string(ctx, 3);
  const char *pass = duk_get_string(ctx, 4);
  int pem = strcmp(format, "pem") == 0, recognized = 0;
  EVP_PKEY *pkey = NULL;
  ERR_clear_error();
  if (!want_private)
    pkey = keys_parse_public(p, len, pem, type, &recognized);
  if (pkey == NULL && !recognized)
    pkey = keys_parse_private(p, len, pem, type, pass);
  if (pkey == NULL)
    return jcrypto_throw_ossl(ctx, want_private ? "Failed to read private key"
                                                : "Failed to read public key");
  ERR_clear_error();
  keys_push(ctx, pkey, want_private);
  return 1;
}

/* keyPublicOf(handle) -> a public handle on the same key */
static duk_ret_t keys_public_of(duk_context *ctx) {
  keys_ctx *k = keys_get(ctx, 0);
  if (EVP_PKEY_up_ref(k->pkey) != 1)
    return jcrypto_throw_ossl(ctx, "Failed to get public key");
  keys_push(ctx, k->pkey, 0);
  return 1;
}

/* ---- export ---- */

/* keyExport(handle, private, format, type, cipher|null, passphrase|null)
 * -> PEM string or DER Buffer */
static duk_ret_t keys_export(duk_context *ctx) {
  ERR_clear_error(); /* report only this call's errors */
  keys_ctx *k = keys_get(ctx, 0);
  int priv = duk_to_boolean(ctx, 1);
  const char *format = duk_require_string(ctx, 2);
  const char *type = duk_require_string(ctx, 3);
  const char *cipher = duk_get_string(ctx, 4);
  size_t plen = 0;
  const char *pass =
      duk_is_null_or_undefined(ctx, 5)
          ? NULL
          : (const char *)jcrypto_bytes(ctx, 5, "passphrase", &plen);
  int pem = strcmp(format, "pem") == 0;
  OSSL_ENCODER_CTX *ec;
  unsigned char *data = NULL;
  size_t len = 0;
  int ok;
  ec = OSSL_ENCODER_CTX_new_for_pkey(
      k->pkey, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
      pem ? "PEM" : "DER", keys_structure(type, priv), NULL);
  if (ec == NULL || OSSL_ENCODER_CTX_get_num_encoders(ec) == 0) {
    OSSL_ENCODER_CTX_free(ec);
    return jsrt__throw_code(ctx, DUK_ERR_ERROR,
                            "ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS",
                            "The selected key encoding %s %s.", type,
                            "does not support this key type");
  }
  ok = 1;
  if (cipher != NULL) {
    ok = OSSL_ENCODER_CTX_set_cipher(ec, cipher, NULL) == 1 &&
         OSSL_ENCODER_CTX_set_passphrase(ec, (const unsigned char *)pass,
                                         plen) == 1;
  }
  ok = ok && OSSL_ENCODER_to_data(ec, &data, &len) == 1;
  OSSL_ENCODER_CTX_free(ec);
  if (!ok) {
    OPENSSL_free(data);
    return jcrypto_throw_ossl(ctx, "Failed to encode key");
  }
  jcrypto_push_owned(ctx, data, len, pem);
  return 1;
}

/* ---- details and JWK fields ---- */

static const char *keys_type_name(EVP_PKEY *pkey) {
  switch (EVP_PKEY_get_base_id(pkey)) {
  case EVP_PKEY_RSA:
    return "rsa";
  case EVP_PKEY_RSA_PSS:
    return "rsa-pss";
  case EVP_PKEY_DSA:
    return "dsa";
  case EVP_PKEY_DH:
    return "dh";
  case EVP_PKEY_EC:
    return "ec";
  case EVP_PKEY_ED25519:
    return "ed25519";
  case EVP_PKEY_ED448:
    return "ed448";
  case EVP_PKEY_X25519:
    return "x25519";
  case EVP_PKEY_X448:
    return "x448";
  }
  return NULL;
}

/* Pushes the BIGNUM param name as a big-endian Buffer (size bytes, or its
 * own length when 0), or undefined. */
static void keys_push_bn(duk_context *ctx, EVP_PKEY *pkey, const char *name,
                         int size) {
  BIGNUM *bn = NULL;
  int n;
  if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1 || bn == NULL) {
    ERR_clear_error();
    duk_push_undefined(ctx);
    return;
  }
  n = size > 0 ? size : BN_num_bytes(bn);
  {
    unsigned char *tmp = OPENSSL_malloc(n > 0 ? (size_t)n : 1);
    if (tmp == NULL || BN_bn2binpad(bn, tmp, n) < 0) {
      OPENSSL_free(tmp);
      BN_clear_free(bn);
      duk_push_undefined(ctx);
      return;
    }
    BN_clear_free(bn);
    jcrypto_push_owned(ctx, tmp, (size_t)n, 0);
  }
}

/* keyInfo(handle) -> {type, private, modulusLength, publicExponent,
 * namedCurve, ...} */
static duk_ret_t keys_info(duk_context *ctx) {
  keys_ctx *k = keys_get(ctx, 0);
  const char *t = keys_type_name(k->pkey);
  duk_push_object(ctx);
  duk_push_string(ctx, t != NULL ? t : "unknown");
  duk_put_prop_string(ctx, -2, "type");
  duk_push_boolean(ctx, k->is_private);
  duk_put_prop_string(ctx, -2, "private");
  switch (EVP_PKEY_get_base_id(k->pkey)) {
  case EVP_PKEY_RSA:
  case EVP_PKEY_RSA_PSS: {
    BIGNUM *e = NULL;
    duk_push_int(ctx, EVP_PKEY_get_bits(k->pkey));
    duk_put_prop_string(ctx, -2, "modulusLength");
    if (EVP_PKEY_get_bn_param(k->pkey, OSSL_PKEY_PARAM_RSA_E, &e) == 1) {
      double v = (double)BN_get_word(e);
      BN_free(e);
      duk_push_number(ctx, v);
      duk_put_prop_string(ctx, -2, "publicExponent");
    }
    ERR_clear_error();
    break;
  }
  case EVP_PKEY_EC: {
    char name[80];
    size_t n = 0;
    if (EVP_PKEY_get_utf8_string_param(k->pkey, OSSL_PKEY_PARAM_GROUP_NAME,
                                       name, sizeof(name), &n) == 1) {
      duk_push_string(ctx, name);
      duk_put_prop_string(ctx, -2, "namedCurve");
    }
    ERR_clear_error();
    break;
  }
  }
  return 1;
}

/* keyJwkFields(handle) -> the raw fields a JWK encodes, as Buffers:
 * RSA n e d p q dp dq qi; EC x y d (and the curve name); OKP x d. */
static duk_ret_t keys_jwk_fields(duk_context *ctx) {
  keys_ctx *k = keys_get(ctx, 0);
  int id = EVP_PKEY_get_base_id(k->pkey);
  duk_push_object(ctx);
  if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
    static const char *const pub[] = {"n", OSSL_PKEY_PARAM_RSA_N, "e",
                                      OSSL_PKEY_PARAM_RSA_E};
    static const char *const prv[] = {"d",  OSSL_PKEY_PARAM_RSA_D,
                                      "p",  OSSL_PKEY_PARAM_RSA_FACTOR1,
                                      "q",  OSSL_PKEY_PARAM_RSA_FACTOR2,
                                      "dp", OSSL_PKEY_PARAM_RSA_EXPONENT1,
                                      "dq", OSSL_PKEY_PARAM_RSA_EXPONENT2,
                                      "qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
    size_t i;
    for (i = 0; i < 4; i += 2) {
      keys_push_bn(ctx, k->pkey, pub[i + 1], 0);
      duk_put_prop_string(ctx, -2, pub[i]);
    }
    for (i = 0; k->is_private && i < JSRT__COUNTOF(prv); i += 2) {
      keys_push_bn(ctx, k->pkey, prv[i + 1], 0);
      duk_put_prop_string(ctx, -2, prv[i]);
    }
  } else if (id == EVP_PKEY_EC) {
    int size = (EVP_PKEY_get_bits(k->pkey) + 7) / 8;
    keys_push_bn(ctx, k->pkey, OSSL_PKEY_PARAM_EC_PUB_X, size);
    duk_put_prop_string(ctx, -2, "x");
    keys_push_bn(ctx, k->pkey, OSSL_PKEY_PARAM_EC_PUB_Y, size);
    duk_put_prop_string(ctx, -2, "y");
    if (k->is_private) {
      keys_push_bn(ctx, k->pkey, OSSL_PKEY_PARAM_PRIV_KEY, size);
      duk_put_prop_string(ctx, -2, "d");
    }
  } else if (id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448 ||
             id == EVP_PKEY_X25519 || id == EVP_PKEY_X448) {
    unsigned char buf[64];
    size_t n = sizeof(buf);
    if (EVP_PKEY_get_raw_public_key(k->pkey, buf, &n) == 1) {
      memcpy(jcrypto_push_buffer(ctx, n), buf, n);
      duk_put_prop_string(ctx, -2, "x");
    }
    n = sizeof(buf);
    if (k->is_private && EVP_PKEY_get_raw_private_key(k->pkey, buf, &n) == 1) {
      memcpy(jcrypto_push_buffer(ctx, n), buf, n);
      OPENSSL_cleanse(buf, sizeof(buf));
      duk_put_prop_string(ctx, -2, "d");
    }
    ERR_clear_error();
  }
  return 1;
}

/* keyFromRaw(type 'ed25519'|..., bytes, private) -> handle (JWK OKP) */
static duk_ret_t keys_from_raw(duk_context *ctx) {
  ERR_clear_error(); /* report only this call's errors */
  const char *type = duk_require_string(ctx, 0);
  size_t len;
  const unsigned char *p = jcrypto_bytes(ctx, 1, "key", &len);
  int priv = duk_to_boolean(ctx, 2);
  int id = strcmp(type, "ed25519") == 0  ? EVP_PKEY_ED25519
           : strcmp(type, "ed448") == 0  ? EVP_PKEY_ED448
           : strcmp(type, "x25519") == 0 ? EVP_PKEY_X25519
           : strcmp(type, "x448") == 0   ? EVP_PKEY_X448
                                         : 0;
  EVP_PKEY *pkey;
  if (id == 0)
    return duk_error(ctx, DUK_ERR_TYPE_ERROR, "bad key type");
  pkey = priv ? EVP_PKEY_new_raw_private_key(id, NULL, p, len)
              : EVP_PKEY_new_raw_public_key(id, NULL, p, len);
  if (pkey == NULL)
    return jsrt__throw_code(ctx, DUK_ERR_TYPE_ERROR, "ERR_CRYPTO_INVALID_JWK",
                            "Invalid JWK %s key", "OKP");
  keys_push(ctx, pkey, priv);
  return 1;
}

/* keyFromParams(kind 'rsa'|'ec', fields..., private) -> handle (JWK
 * import): rsa: [n, e, d, p, q, dp, dq, qi]; ec: [curve, x, y, d]. */
static duk_ret_t keys_from_params(duk_context *ctx) {
  ERR_clear_error(); /* report only this call's errors */
  const char *kind = duk_require_string(ctx, 0);
  int priv = duk_to_boolean(ctx, 2);
  int rsa = strcmp(kind, "rsa") == 0;
  OSSL_PARAM_BLD *bld;
  OSSL_PARAM *params = NULL;
  EVP_PKEY_CTX *pc = NULL;
  EVP_PKEY *pkey = NULL;
  BIGNUM *bns[8] = {0};
  const unsigned char *raw[8] = {0};
  size_t rawlen[8] = {0};
  const char *curve = NULL;
  /* The builder keeps pointers to what it is given until to_param. */
  unsigned char pub[1 + 2 * 66];
  int i, n = rsa ? 8 : 4, ok = 1;
  duk_require_object(ctx, 1);
  /* Read every field before allocating: a throw would leak. */
  for (i = 0; i < n; i++) {
    duk_get_prop_index(ctx, 1, (duk_uarridx_t)i);
    if (!rsa && i == 0)
      curve = duk_get_string(ctx, -1);
    else if (duk_is_buffer_data(ctx, -1))
      raw[i] = jcrypto_bytes(ctx, -1, "jwk", &rawlen[i]);
    duk_pop(ctx); /* still referenced by the array */
  }
  bld = OSSL_PARAM_BLD_new();
  if (bld == NULL)
    return jsrt__throw_oom(ctx);
  if (rsa) {
    static const char *const names[] = {
        OSSL_PKEY_PARAM_RSA_N,         OSSL_PKEY_PARAM_RSA_E,
        OSSL_PKEY_PARAM_RSA_D,         OSSL_PKEY_PARAM_RSA_FACTOR1,
        OSSL_PKEY_PARAM_RSA_FACTOR2,   OSSL_PKEY_PARAM_RSA_EXPONENT1,
        OSSL_PKEY_PARAM_RSA_EXPONENT2, OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
    for (i = 0; i < (priv ? 8 : 2) && ok; i++) {
      if (raw[i] == NULL)
        continue;
      bns[i] = BN_bin2bn(raw[i], (int)rawlen[i], NULL);
      ok = bns[i] != NULL && OSSL_PARAM_BLD_push_BN(bld, names[i], bns[i]);
    }
  } else {
    size_t half = rawlen[1];
    ok = curve != NULL && raw[1] != NULL && raw[2] != NULL &&
         rawlen[2] == half && half <= 66;
    if (ok) {
      pub[0] = 4; /* uncompressed point */
      memcpy(pub + 1, raw[1], half);
      memcpy(pub + 1 + half, raw[2], half);
      ok = OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME,
                                           curve, 0) &&
           OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, pub,
                                            1 + 2 * half);
    }
    if (ok && priv && raw[3] != NULL) {
      bns[3] = BN_bin2bn(raw[3], (int)rawlen[3], NULL);
      ok = bns[3] != NULL &&
           OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, bns[3]);
    }
  }
  if (ok)
    params = OSSL_PARAM_BLD_to_param(bld);
  pc = params != NULL
           ? EVP_PKEY_CTX_new_from_name(NULL, rsa ? "RSA" : "EC", NULL)
           : NULL;
  ok = pc != NULL && EVP_PKEY_fromdata_init(pc) == 1 &&
       EVP_PKEY_fromdata(pc, &pkey,
                         priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                         params) == 1;
  EVP_PKEY_CTX_free(pc);
  OSSL_PARAM_free(params);
  OSSL_PARAM_BLD_free(bld);
  for (i = 0; i < 8; i++)
    BN_clear_free(bns[i]);
  if (!ok || pkey == NULL) {
    EVP_PKEY_free(pkey);
    ERR_clear_error();
    return jsrt__throw_code(ctx, DUK_ERR_TYPE_ERROR, "ERR_CRYPTO_INVALID_JWK",
                            "Invalid JWK %s key", rsa ? "RSA" : "EC");
  }
  keys_push(ctx, pkey, priv);
  return 1;
}

/* keyEquals(a, b) -> bool */
static duk_ret_t keys_equals(duk_context *ctx) {
  keys_ctx *a = keys_get(ctx, 0), *b = keys_get(ctx, 1);
  int r = EVP_PKEY_eq(a->pkey, b->pkey);
  ERR_clear_error();
  duk_push_boolean(ctx, r == 1);
  return 1;
}

/* ---- generation ---- */

typedef struct {
  jcrypto_job job;
  char type[16];
  char curve[64];
  unsigned bits;
  unsigned long exponent;
  EVP_PKEY *pkey;
} keys_gen_job;

static void keys_gen_free(jcrypto_job *j) {
  keys_gen_job *g = (keys_gen_job *)j;
  EVP_PKEY_free(g->pkey);
  free(g);
}

static void keys_gen_run(jcrypto_job *j) {
  keys_gen_job *g = (keys_gen_job *)j;
  const char *alg = strcmp(g->type, "rsa") == 0       ? "RSA"
                    : strcmp(g->type, "rsa-pss") == 0 ? "RSA-PSS"
                    : strcmp(g->type, "ec") == 0      ? "EC"
                    : strcmp(g->type, "ed25519") == 0 ? "ED25519"
                    : strcmp(g->type, "ed448") == 0   ? "ED448"
                    : strcmp(g->type, "x25519") == 0  ? "X25519"
                                                      : "X448";
  EVP_PKEY_CTX *pc = EVP_PKEY_CTX_new_from_name(NULL, alg, NULL);
  int ok = pc != NULL && EVP_PKEY_keygen_init(pc) == 1;
  if (ok && (strcmp(alg, "RSA") == 0 || strcmp(alg, "RSA-PSS") == 0)) {
    BIGNUM *e = BN_new();
    ok = e != NULL && BN_set_word(e, g->exponent) == 1 &&
         EVP_PKEY_CTX_set_rsa_keygen_bits(pc, (int)g->bits) == 1 &&
         EVP_PKEY_CTX_set1_rsa_keygen_pubexp(pc, e) == 1;
    BN_free(e);
  } else if (ok && strcmp(alg, "EC") == 0) {
    ok = EVP_PKEY_CTX_set_group_name(pc, g->curve) == 1;
  }
  ok = ok && EVP_PKEY_keygen(pc, &g->pkey) == 1;
  EVP_PKEY_CTX_free(pc);
  if (!ok) {
    j->failed = 1;
    j->err = ERR_get_error();
    ERR_clear_error();
  }
}

static duk_ret_t keys_gen_result(duk_context *ctx, jcrypto_job *j) {
  keys_gen_job *g = (keys_gen_job *)j;
  EVP_PKEY *pkey;
  if (j->failed) {
    jcrypto_push_ossl_error(ctx, j->err, DUK_ERR_ERROR, NULL, NULL,
                            "Key generation failed");
    return duk_throw(ctx);
  }
  pkey = g->pkey;
  g->pkey = NULL; /* the handle's now */
  keys_push(ctx, pkey, 1);
  return 1;
}

/* keyGenerate(type, modulusLength|curve, publicExponent[, cb]) -> the
 * private handle (keyPublicOf gives the public one) */
static duk_ret_t keys_generate(duk_context *ctx) {
  const char *type = duk_require_string(ctx, 0);
  keys_gen_job *g;
  if (strlen(type) >= sizeof(g->type))
    return duk_error(ctx, DUK_ERR_TYPE_ERROR, "bad key type");
  if (strcmp(type, "ec") == 0) {
    const char *curve = duk_require_string(ctx, 1);
    int nid = OBJ_txt2nid(curve);
    if (nid == NID_undef)
      nid = EC_curve_nist2nid(curve);
    if (nid == NID_undef || strlen(curve) >= sizeof(g->curve))
      return jsrt__throw_code(ctx, DUK_ERR_TYPE_ERROR,
                              "ERR_CRYPTO_INVALID_CURVE",
                              "Invalid EC curve name");
  }
  jsrt__refs_reserve(ctx, 2);
  g = calloc(1, sizeof(*g));
  if (g == NULL)
    return jsrt__throw_oom(ctx);
  strcpy(g->type, type);
  if (strcmp(type, "ec") == 0) {
    const char *curve = duk_get_string(ctx, 1);
    int nid = OBJ_txt2nid(curve);
    if (nid == NID_undef)
      nid = EC_curve_nist2nid(curve);
    snprintf(g->curve, sizeof(g->curve), "%s", OBJ_nid2sn(nid));
  } else {
    g->bits = (unsigned)duk_get_uint(ctx, 1);
    g->exponent = (unsigned long)duk_get_number_default(ctx, 2, 65537);
  }
  g->job.run = keys_gen_run;
  g->job.result = keys_gen_result;
  g->job.free = keys_gen_free;
  return jcrypto_job_start(ctx, &g->job, 3, DUK_INVALID_INDEX);
}

/* ---- sign / verify ---- */

/* IEEE P1363 (r || s) from DER, and back, for dsaEncoding. */
static int keys_der_to_p1363(const unsigned char *der, size_t dlen,
                             unsigned char *out, size_t n) {
  ECDSA_SIG *sig = d2i_ECDSA_SIG(NULL, &der, (long)dlen);
  const BIGNUM *r, *s;
  int ok;
  if (sig == NULL)
    return 0;
  ECDSA_SIG_get0(sig, &r, &s);
  ok = BN_bn2binpad(r, out, (int)n) > 0 && BN_bn2binpad(s, out + n, (int)n) > 0;
  ECDSA_SIG_free(sig);
  return ok;
}

static unsigned char *keys_p1363_to_der(const unsigned char *p, size_t len,
                                        size_t *dlen) {
  ECDSA_SIG *sig = ECDSA_SIG_new();
  BIGNUM *r = BN_bin2bn(p, (int)(len / 2), NULL);
  BIGNUM *s = BN_bin2bn(p + len / 2, (int)(len / 2), NULL);
  unsigned char *der = NULL;
  int n;
  if (sig == NULL || r == NULL || s == NULL || ECDSA_SIG_set0(sig, r, s) != 1) {
    BN_free(r);
    BN_free(s);
    ECDSA_SIG_free(sig);
    return NULL;
  }
  n = i2d_ECDSA_SIG(sig, &der);
  ECDSA_SIG_free(sig);
  if (n <= 0)
    return NULL;
  *dlen = (size_t)n;
  return der;
}

static int keys_setup_pctx(EVP_PKEY_CTX *pctx, EVP_PKEY *pkey, int padding,
                           int salt_len) {
  int id = EVP_PKEY_get_base_id(pkey);
  if (id != EVP_PKEY_RSA && id != EVP_PKEY_RSA_PSS)
    return 1;
  if (padding >= 0 && EVP_PKEY_CTX_set_rsa_padding(pctx, padding) != 1)
    return 0;
  if ((padding == RSA_PKCS1_PSS_PADDING || id == EVP_PKEY_RSA_PSS) &&
      salt_len != -3 && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, salt_len) != 1)
    return 0;
  return 1;
}

/* keySign(handle, digest|null, data, padding, saltLength, p1363) -> Buffer.
 * padding -1: the key's default; saltLength -3: not given. */
static duk_ret_t keys_sign(duk_context *ctx) {
  ERR_clear_error(); /* report only this call's errors */
  keys_ctx *k = keys_get(ctx, 0);
  const char *dname = duk_get_string(ctx, 1);
  size_t len, siglen = 0;
  const unsigned char *p = jcrypto_bytes(ctx, 2, "data", &len);
  int padding = duk_get_int_default(ctx, 3, -1);
  int salt = duk_get_int_default(ctx, 4, -3);
  int p1363 = duk_to_boolean(ctx, 5);
  const EVP_MD *md = NULL;
  EVP_MD_CTX *mc;
  EVP_PKEY_CTX *pctx = NULL;
  unsigned char *sig = NULL;
  int ok;
  if (dname != NULL && (md = jcrypto_digest(dname)) == NULL)
    return jsrt__throw_code(ctx, DUK_ERR_TYPE_ERROR,
                            "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: %s",
                            dname);
  mc = EVP_MD_CTX_new();
  ok = mc != NULL && EVP_DigestSignInit(mc, &pctx, md, NULL, k->pkey) == 1 &&
       keys_setup_pctx(pctx, k->pkey, padding, salt) &&
       EVP_DigestSign(mc, NULL, &siglen, p, len) == 1 &&
       (sig = OPENSSL_malloc(siglen)) != NULL &&
       EVP_DigestSign(mc, sig, &siglen, p, len) == 1;
  EVP_MD_CTX_free(mc);
  if (!ok) {
    OPENSSL_free(sig);
    return jcrypto_throw_ossl(ctx, "Failed to sign");
  }
  if (p1363 && EVP_PKEY_get_base_id(k->pkey) == EVP_PKEY_EC) {
    size_t n = (size_t)(EVP_PKEY_get_bits(k->pkey) + 7) / 8;
    unsigned char fixed[2 * 66];
    if (n > 66 || !keys_der_to_p1363(sig, siglen, fixed, n)) {
      OPENSSL_free(sig);
      return jcrypto_throw_ossl(ctx, "Failed to sign");
    }
    OPENSSL_free(sig);
    sig = OPENSSL_memdup(fixed, 2 * n);
    if (sig == NULL)
      return jsrt__throw_oom(ctx);
    jcrypto_push_owned(ctx, sig, 2 * n, 0);
    return 1;
  }
  jcrypto_push_owned(ctx, sig, siglen, 0);
  return 1;
}

/* keyVerify(handle, digest|null, data, signature, padding, saltLength,
 * p1363) -> bool */
static duk_ret_t keys_verify(duk_context *ctx) {
  ERR_clear_error(); /* report only this call's errors */
  keys_ctx *k = keys_get(ctx, 0);
  const char *dname = duk_get_string(ctx, 1);
  size_t len, slen, derlen = 0;
  const unsigned char *p = jcrypto_bytes(ctx, 2, "data", &len);
  const unsigned char *s = jcrypto_bytes(ctx, 3, "signature", &slen);
  int padding = duk_get_int_default(ctx, 4, -1);
  int salt = duk_get_int_default(ctx, 5, -3);
  int p1363 = duk_to_boolean(ctx, 6);
  const EVP_MD *md = NULL;
  EVP_MD_CTX *mc;
  EVP_PKEY_CTX *pctx = NULL;
  unsigned char *der = NULL;
  int ok, r = 0;
  if (dname != NULL && (md = jcrypto_digest(dname)) == NULL)
    return jsrt__throw_code(ctx, DUK_ERR_TYPE_ERROR,
                            "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: %s",
                            dname);
  if (p1363 && EVP_PKEY_get_base_id(k->pkey) == EVP_PKEY_EC) {
    der = keys_p1363_to_der(s, slen, &derlen);
    if (der == NULL) {
      ERR_clear_error();
      duk_push_false(ctx);
      return 1;
    }
    s = der;
    slen = derlen;
  }
  mc = EVP_MD_CTX_new();
  ok = mc != NULL && EVP_DigestVerifyInit(mc, &pctx, md, NULL, k->pkey) == 1 &&
       keys_setup_pctx(pctx, k->pkey, padding, salt);
  if (ok)
    r = EVP_DigestVerify(mc, s, slen, p, len);
  EVP_MD_CTX_free(mc);
  OPENSSL_free(der);
  if (!ok)
    return jcrypto_throw_ossl(ctx, "Failed to verify");
  ERR_clear_error();
  duk_push_boolean(ctx, r == 1);
  return 1;
}

/* ---- encrypt / decrypt ---- */

/* keyCrypt(handle, op, data, padding, oaepHash|null, oaepLabel|null) ->
 * Buffer. op: 0 publicEncrypt, 1 privateDecrypt, 2 privateEncrypt,
 * 3 publicDecrypt. */
static duk_ret_t keys_crypt(duk_context *ctx) {
  ERR_clear_error(); /* report only this call's errors */
  keys_ctx *k = keys_get(ctx, 0);
  int op = duk_require_int(ctx, 1);
  size_t len, llen = 0, outlen = 0;
  const unsigned char *p = jcrypto_bytes(ctx, 2, "buffer", &len);
  int padding = duk_require_int(ctx, 3);
  const char *hname = duk_get_string(ctx, 4);
  const unsigned char *label = duk_is_buffer_data(ctx, 5)
                                   ? jcrypto_bytes(ctx, 5, "oaepLabel", &llen)
                                   : NULL;
  const EVP_MD *md = NULL;
  EVP_PKEY_CTX *pc;
  unsigned char *out = NULL, *lcopy = NULL;
  int ok;
  if (hname != NULL && (md = jcrypto_digest(hname)) == NULL)
    return jsrt__throw_code(ctx, DUK_ERR_TYPE_ERROR,
                            "ERR_OSSL_EVP_INVALID_DIGEST",
                            "Invalid digest used");
  pc = EVP_PKEY_CTX_new(k->pkey, NULL);
  ok = pc != NULL;
  if (ok)
    ok = (op == 0   ? EVP_PKEY_encrypt_init(pc)
          : op == 1 ? EVP_PKEY_decrypt_init(pc)
          : op == 2 ? EVP_PKEY_sign_init(pc)
                    : EVP_PKEY_verify_recover_init(pc)) == 1;
  ok = ok && EVP_PKEY_CTX_set_rsa_padding(pc, padding) == 1;
  if (ok && padding == RSA_PKCS1_OAEP_PADDING) {
    if (md != NULL)
      ok = EVP_PKEY_CTX_set_rsa_oaep_md(pc, md) == 1;
    if (ok && label != NULL && llen > 0) {
      lcopy = OPENSSL_memdup(label, llen);
      ok = lcopy != NULL &&
           EVP_PKEY_CTX_set0_rsa_oaep_label(pc, lcopy, (int)llen) == 1;
      if (ok)
        lcopy = NULL; /* the context's now */
    }
  }
#define KEYS_CRYPT(o, ol)                                                      \
  (op == 0   ? EVP_PKEY_encrypt(pc, o, ol, p, len)                             \
   : op == 1 ? EVP_PKEY_decrypt(pc, o, ol, p, len)                             \
   : op == 2 ? EVP_PKEY_sign(pc, o, ol, p, len)                                \
             : EVP_PKEY_verify_recover(pc, o, ol, p, len))
  ok = ok && KEYS_CRYPT(NULL, &outlen) == 1 &&
       (out = OPENSSL_malloc(outlen > 0 ? outlen : 1)) != NULL &&
       KEYS_CRYPT(out, &outlen) == 1;
#undef KEYS_CRYPT
  EVP_PKEY_CTX_free(pc);
  OPENSSL_free(lcopy);
  if (!ok) {
    OPENSSL_free(out);
    return jcrypto_throw_ossl(ctx, "Operation failed");
  }
  jcrypto_push_owned(ctx, out, outlen, 0);
  return 1;
}

/* keyDerive(private, public) -> Buffer (ECDH, X25519, X448, DH) */
static duk_ret_t keys_derive(duk_context *ctx) {
  ERR_clear_error(); /* report only this call's errors */
  keys_ctx *a = keys_get(ctx, 0), *b = keys_get(ctx, 1);
  EVP_PKEY_CTX *pc = EVP_PKEY_CTX_new(a->pkey, NULL);
  unsigned char *out = NULL;
  size_t len = 0;
  int ok = pc != NULL && EVP_PKEY_derive_init(pc) == 1 &&
           EVP_PKEY_derive_set_peer(pc, b->pkey) == 1 &&
           EVP_PKEY_derive(pc, NULL, &len) == 1 &&
           (out = OPENSSL_malloc(len > 0 ? len : 1)) != NULL &&
           EVP_PKEY_derive(pc, out, &len) == 1;
  EVP_PKEY_CTX_free(pc);
  if (!ok) {
    OPENSSL_free(out);
    return jcrypto_throw_ossl(ctx, "Failed to derive a shared secret");
  }
  jcrypto_push_owned(ctx, out, len, 0);
  return 1;
}

/* ---- ECDH on raw points (createECDH) ---- */

static int keys_curve_nid(const char *curve) {
  int nid = OBJ_txt2nid(curve);
  if (nid == NID_undef)
    nid = EC_curve_nist2nid(curve);
  return nid;
}

/* A public EC key from a point's octets, or NULL. */
static EVP_PKEY *keys_ec_from_point(int nid, const unsigned char *pt,
                                    size_t len, const BIGNUM *priv) {
  OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
  OSSL_PARAM *params = NULL;
  EVP_PKEY_CTX *pc = NULL;
  EVP_PKEY *pkey = NULL;
  int ok =
      bld != NULL &&
      OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME,
                                      OBJ_nid2sn(nid), 0) &&
      OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, pt, len) &&
      (priv == NULL ||
       OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, priv));
  if (ok)
    params = OSSL_PARAM_BLD_to_param(bld);
  pc = params != NULL ? EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL) : NULL;
  if (pc == NULL || EVP_PKEY_fromdata_init(pc) != 1 ||
      EVP_PKEY_fromdata(pc, &pkey,
                        priv != NULL ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                        params) != 1) {
    EVP_PKEY_free(pkey);
    pkey = NULL;
  }
  EVP_PKEY_CTX_free(pc);
  OSSL_PARAM_free(params);
  OSSL_PARAM_BLD_free(bld);
  /* fromdata does not check the point is on the curve: check it. */
  if (pkey != NULL) {
    EVP_PKEY_CTX *vc = EVP_PKEY_CTX_new(pkey, NULL);
    int valid = vc != NULL && EVP_PKEY_public_check(vc) == 1;
    EVP_PKEY_CTX_free(vc);
    if (!valid) {
      EVP_PKEY_free(pkey);
      pkey = NULL;
    }
  }
  return pkey;
}

/* Converts a point's octets to form (2 compressed, 4 uncompressed, 6
 * hybrid); malloc'ed result or NULL. */
static unsigned char *keys_ec_convert(int nid, const unsigned char *pt,
                                      size_t len, int form, size_t *outlen) {
  EC_GROUP *g = EC_GROUP_new_by_curve_name(nid);
  EC_POINT *p = g != NULL ? EC_POINT_new(g) : NULL;
  unsigned char *out = NULL;
  size_t n = 0;
  if (p != NULL && EC_POINT_oct2point(g, p, pt, len, NULL) == 1 &&
      (n = EC_POINT_point2oct(g, p, (point_conversion_form_t)form, NULL, 0,
                              NULL)) > 0 &&
      (out = OPENSSL_malloc(n)) != NULL &&
      EC_POINT_point2oct(g, p, (point_conversion_form_t)form, out, n, NULL) !=
          n) {
    OPENSSL_free(out);
    out = NULL;
  }
  EC_POINT_free(p);
  EC_GROUP_free(g);
  *outlen = n;
  return out;
}

/* ecdhPublic(handle, form) -> Buffer of the public point */
static duk_ret_t keys_ecdh_public(duk_context *ctx) {
  keys_ctx *k = keys_get(ctx, 0);
  int form = duk_require_int(ctx, 1);
  unsigned char pt[1 + 2 * 66], *out;
  size_t n = 0, outlen = 0;
  char name[80];
  ERR_clear_error();
  if (EVP_PKEY_get_octet_string_param(k->pkey, OSSL_PKEY_PARAM_PUB_KEY, pt,
                                      sizeof(pt), &n) != 1 ||
      EVP_PKEY_get_utf8_string_param(k->pkey, OSSL_PKEY_PARAM_GROUP_NAME, name,
                                     sizeof(name), NULL) != 1)
    return jsrt__throw_code(ctx, DUK_ERR_ERROR, "ERR_CRYPTO_OPERATION_FAILED",
                            "Failed to get ECDH public key");
  out = keys_ec_convert(keys_curve_nid(name), pt, n, form, &outlen);
  if (out == NULL)
    return jsrt__throw_code(ctx, DUK_ERR_ERROR, "ERR_CRYPTO_OPERATION_FAILED",
                            "Failed to get ECDH public key");
  jcrypto_push_owned(ctx, out, outlen, 0);
  return 1;
}

/* ecdhPrivate(handle) -> Buffer (the scalar's own length, as Node) */
static duk_ret_t keys_ecdh_private(duk_context *ctx) {
  keys_ctx *k = keys_get(ctx, 0);
  keys_push_bn(ctx, k->pkey, OSSL_PKEY_PARAM_PRIV_KEY, 0);
  if (duk_is_undefined(ctx, -1))
    return jsrt__throw_code(ctx, DUK_ERR_ERROR, "ERR_CRYPTO_OPERATION_FAILED",
                            "Failed to get ECDH private key");
  return 1;
}

/* ecdhSetPrivate(curve, bytes) -> handle with the public point made */
static duk_ret_t keys_ecdh_set_private(duk_context *ctx) {
  int nid = keys_curve_nid(duk_require_string(ctx, 0));
  size_t len, n;
  const unsigned char *p = jcrypto_bytes(ctx, 1, "privateKey", &len);
  EC_GROUP *g = nid != NID_undef ? EC_GROUP_new_by_curve_name(nid) : NULL;
  EC_POINT *pub = g != NULL ? EC_POINT_new(g) : NULL;
  BIGNUM *priv = BN_bin2bn(p, (int)len, NULL);
  unsigned char pt[1 + 2 * 66];
  EVP_PKEY *pkey = NULL;
  ERR_clear_error();
  if (pub != NULL && priv != NULL && !BN_is_zero(priv) &&
      BN_cmp(priv, EC_GROUP_get0_order(g)) < 0 &&
      EC_POINT_mul(g, pub, priv, NULL, NULL, NULL) == 1 &&
      (n = EC_POINT_point2oct(g, pub, POINT_CONVERSION_UNCOMPRESSED, pt,
                              sizeof(pt), NULL)) > 0)
    pkey = keys_ec_from_point(nid, pt, n, priv);
  EC_POINT_free(pub);
  EC_GROUP_free(g);
  BN_clear_free(priv);
  ERR_clear_error();
  if (pkey == NULL)
    return jsrt__throw_code(ctx, DUK_ERR_ERROR, "ERR_CRYPTO_INVALID_KEYTYPE",
                            "Private key is not valid for specified curve.");
  keys_push(ctx, pkey, 1);
  return 1;
}

/* ecdhCompute(handle, peer point) -> Buffer */
static duk_ret_t keys_ecdh_compute(duk_context *ctx) {
  keys_ctx *k = keys_get(ctx, 0);
  size_t len, slen = 0;
  const unsigned char *p = jcrypto_bytes(ctx, 1, "key", &len);
  char name[80];
  EVP_PKEY *peer = NULL;
  EVP_PKEY_CTX *pc = NULL;
  unsigned char *out = NULL;
  int ok;
  ERR_clear_error();
  if (EVP_PKEY_get_utf8_string_param(k->pkey, OSSL_PKEY_PARAM_GROUP_NAME, name,
                                     sizeof(name), NULL) == 1)
    peer = keys_ec_from_point(keys_curve_nid(name), p, len, NULL);
  ERR_clear_error();
  if (peer == NULL)
    return jsrt__throw_code(ctx, DUK_ERR_ERROR,
                            "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY",
                            "Public key is not valid for specified curve");
  pc = EVP_PKEY_CTX_new(k->pkey, NULL);
  ok = pc != NULL && EVP_PKEY_derive_init(pc) == 1 &&
       EVP_PKEY_derive_set_peer(pc, peer) == 1 &&
       EVP_PKEY_derive(pc, NULL, &slen) == 1 &&
       (out = OPENSSL_malloc(slen > 0 ? slen : 1)) != NULL &&
       EVP_PKEY_derive(pc, out, &slen) == 1;
  EVP_PKEY_CTX_free(pc);
  EVP_PKEY_free(peer);
  if (!ok) {
    OPENSSL_free(out);
    return jcrypto_throw_ossl(ctx, "Failed to compute ECDH key");
  }
  jcrypto_push_owned(ctx, out, slen, 0);
  return 1;
}

/* ecdhConvert(curve, point, form) -> Buffer (ECDH.convertKey) */
static duk_ret_t keys_ecdh_convert(duk_context *ctx) {
  int nid = keys_curve_nid(duk_require_string(ctx, 0));
  size_t len, outlen = 0;
  const unsigned char *p = jcrypto_bytes(ctx, 1, "key", &len);
  int form = duk_require_int(ctx, 2);
  unsigned char *out;
  if (nid == NID_undef)
    return jsrt__throw_code(ctx, DUK_ERR_TYPE_ERROR, "ERR_CRYPTO_INVALID_CURVE",
                            "Invalid EC curve name");
  out = keys_ec_convert(nid, p, len, form, &outlen);
  ERR_clear_error();
  if (out == NULL)
    return jsrt__throw_code(ctx, DUK_ERR_ERROR, "ERR_CRYPTO_OPERATION_FAILED",
                            "Failed to convert Buffer to EC_POINT");
  jcrypto_push_owned(ctx, out, outlen, 0);
  return 1;
}

/* getCurves() -> the built-in curves' short names (sorted by the JS
 * half); the list is on the stack: a push may throw. */
static duk_ret_t keys_curves(duk_context *ctx) {
  EC_builtin_curve c[256];
  size_t n = EC_get_builtin_curves(c, JSRT__COUNTOF(c)), i;
  if (n > JSRT__COUNTOF(c))
    n = JSRT__COUNTOF(c);
  duk_push_array(ctx);
  for (i = 0; i < n; i++) {
    duk_push_string(ctx, OBJ_nid2sn(c[i].nid));
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
  }
  return 1;
}

static const duk_function_list_entry keys_funcs[] = {
    {"keyParse", keys_parse, 5},
    {"keyPublicOf", keys_public_of, 1},
    {"keyExport", keys_export, 6},
    {"keyInfo", keys_info, 1},
    {"keyJwkFields", keys_jwk_fields, 1},
    {"keyFromRaw", keys_from_raw, 3},
    {"keyFromParams", keys_from_params, 3},
    {"keyEquals", keys_equals, 2},
    {"keyGenerate", keys_generate, 4},
    {"keySign", keys_sign, 6},
    {"keyVerify", keys_verify, 7},
    {"keyCrypt", keys_crypt, 6},
    {"keyDerive", keys_derive, 2},
    {"ecdhPublic", keys_ecdh_public, 2},
    {"ecdhPrivate", keys_ecdh_private, 1},
    {"ecdhSetPrivate", keys_ecdh_set_private, 2},
    {"ecdhCompute", keys_ecdh_compute, 2},
    {"ecdhConvert", keys_ecdh_convert, 3},
    {"getCurves", keys_curves, 0},
    {NULL, NULL, 0},
};

void jcrypto_keys_init(duk_context *ctx, duk_idx_t obj) {
  duk_put_function_list(ctx, obj, keys_funcs);
}

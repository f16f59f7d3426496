/*
 * crypto/x509.c - X509Certificate on OpenSSL's X509: parsing (PEM, DER),
 * the fields Node shows (subject, issuer, validity, serial number,
 * subjectAltName, fingerprints, ca), checkHost/checkEmail/checkIP,
 * verify, checkIssued, checkPrivateKey, and the public key as a handle
 * for KeyObject (keys.c's kind).
 */
#include "crypto/crypto.h"

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  jcrypto_obj o;
  X509 *x;
} x509_ctx;

static void x509_free(jcrypto_obj *o) {
  x509_ctx *c = (x509_ctx *)o;
  X509_free(c->x);
  free(c);
}

static X509 *x509_get(duk_context *ctx, duk_idx_t idx) {
  return ((x509_ctx *)jcrypto_get_obj(ctx, idx, JCRYPTO_X509))->x;
}

/* x509Parse(bytes) -> handle: PEM if it looks like it, else DER. */
static duk_ret_t x509_parse(duk_context *ctx) {
  size_t len;
  const unsigned char *p = jcrypto_bytes(ctx, 0, "buffer", &len);
  X509 *x = NULL;
  x509_ctx *c;
  ERR_clear_error();
  if (len > 0 && p[0] != 0x30) {
    BIO *bio = BIO_new_mem_buf(p, (int)len);
    if (bio != NULL)
      x = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL);
    BIO_free(bio);
  } else {
    const unsigned char *q = p;
    x = d2i_X509(NULL, &q, (long)len);
  }
  if (x == NULL)
    return jcrypto_throw_ossl(ctx, "Failed to parse certificate");
  c = calloc(1, sizeof(*c));
  if (c == NULL) {
    X509_free(x);
    return jsrt__throw_oom(ctx);
  }
  c->o.free = x509_free;
  c->o.kind = JCRYPTO_X509;
  c->x = x;
  jcrypto_push_obj(ctx, &c->o);
  return 1;
}

/* Pushes what a BIO-writing call produced as a string (freed here). */
static void x509_push_bio(duk_context *ctx, BIO *bio) {
  char *data = NULL;
  long n = bio != NULL ? BIO_get_mem_data(bio, &data) : 0;
  unsigned char *copy = n > 0 ? OPENSSL_memdup(data, (size_t)n) : NULL;
  BIO_free(bio);
  if (n > 0 && copy == NULL)
    jsrt__throw_oom_raw(ctx);
  if (copy == NULL) {
    duk_push_string(ctx, "");
    return;
  }
  jcrypto_push_owned(ctx, copy, (size_t)n, 1);
}

/* Node's kX509NameFlagsMultiline. */
#define X509_NAME_FLAGS                                                        \
  (ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_UTF8_CONVERT | \
   XN_FLAG_SEP_MULTILINE | XN_FLAG_FN_SN)

static void x509_push_name(duk_context *ctx, const X509_NAME *name) {
  BIO *bio = BIO_new(BIO_s_mem());
  if (bio != NULL && X509_NAME_print_ex(bio, name, 0, X509_NAME_FLAGS) < 0) {
    BIO_free(bio);
    bio = NULL;
  }
  if (bio == NULL) {
    duk_push_undefined(ctx);
    return;
  }
  x509_push_bio(ctx, bio);
}

static void x509_push_time(duk_context *ctx, const ASN1_TIME *t) {
  BIO *bio = BIO_new(BIO_s_mem());
  if (bio == NULL) {
    duk_push_undefined(ctx);
    return;
  }
  ASN1_TIME_print(bio, t);
  x509_push_bio(ctx, bio);
}

static void x509_push_fingerprint(duk_context *ctx, X509 *x, const EVP_MD *md) {
  unsigned char d[EVP_MAX_MD_SIZE];
  unsigned int n = 0, i;
  char out[EVP_MAX_MD_SIZE * 3 + 1];
  static const char hex[] = "0123456789ABCDEF";
  if (X509_digest(x, md, d, &n) != 1 || n == 0) {
    duk_push_undefined(ctx);
    return;
  }
  for (i = 0; i < n; i++) {
    out[i * 3] = hex[d[i] >> 4];
    out[i * 3 + 1] = hex[d[i] & 15];
    out[i * 3 + 2] = ':';
  }
  out[n * 3 - 1] = '\0';
  duk_push_string(ctx, out);
}

/* x509Info(handle) -> {subject, issuer, validFrom, validTo, serialNumber,
 * fingerprint, fingerprint256, fingerprint512, subjectAltName, ca, raw,
 * pem} */
static duk_ret_t x509_info(duk_context *ctx) {
  X509 *x = x509_get(ctx, 0);
  int crit = 0, n;
  unsigned char *der = NULL;
  GENERAL_NAMES *alt;
  BASIC_CONSTRAINTS *bc;
  ERR_clear_error();
  duk_push_object(ctx);
  x509_push_name(ctx, X509_get_subject_name(x));
  duk_put_prop_string(ctx, -2, "subject");
  x509_push_name(ctx, X509_get_issuer_name(x));
  duk_put_prop_string(ctx, -2, "issuer");
  x509_push_time(ctx, X509_get0_notBefore(x));
  duk_put_prop_string(ctx, -2, "validFrom");
  x509_push_time(ctx, X509_get0_notAfter(x));
  duk_put_prop_string(ctx, -2, "validTo");
  {
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
    char *hex = bn != NULL ? BN_bn2hex(bn) : NULL;
    BN_free(bn);
    if (hex != NULL)
      jcrypto_push_owned(ctx, (unsigned char *)hex, strlen(hex), 1);
    else
      duk_push_undefined(ctx);
    duk_put_prop_string(ctx, -2, "serialNumber");
  }
  x509_push_fingerprint(ctx, x, EVP_sha1());
  duk_put_prop_string(ctx, -2, "fingerprint");
  x509_push_fingerprint(ctx, x, EVP_sha256());
  duk_put_prop_string(ctx, -2, "fingerprint256");
  x509_push_fingerprint(ctx, x, EVP_sha512());
  duk_put_prop_string(ctx, -2, "fingerprint512");
  alt = X509_get_ext_d2i(x, NID_subject_alt_name, &crit, NULL);
  if (alt != NULL) {
    /* Node's text: "DNS:a.example, IP Address:127.0.0.1". */
    BIO *bio = BIO_new(BIO_s_mem());
    X509_EXTENSION *ext =
        X509_get_ext(x, X509_get_ext_by_NID(x, NID_subject_alt_name, -1));
    GENERAL_NAMES_free(alt);
    if (bio != NULL && ext != NULL && X509V3_EXT_print(bio, ext, 0, 0) == 1) {
      x509_push_bio(ctx, bio);
      duk_put_prop_string(ctx, -2, "subjectAltName");
    } else {
      BIO_free(bio);
    }
  }
  bc = X509_get_ext_d2i(x, NID_basic_constraints, &crit, NULL);
  duk_push_boolean(ctx, bc != NULL && bc->ca);
  BASIC_CONSTRAINTS_free(bc);
  duk_put_prop_string(ctx, -2, "ca");
  n = i2d_X509(x, &der);
  if (n > 0) {
    jcrypto_push_owned(ctx, der, (size_t)n, 0);
    duk_put_prop_string(ctx, -2, "raw");
  }
  {
    BIO *bio = BIO_new(BIO_s_mem());
    if (bio != NULL && PEM_write_bio_X509(bio, x) == 1) {
      x509_push_bio(ctx, bio);
      duk_put_prop_string(ctx, -2, "pem");
    } else {
      BIO_free(bio);
    }
  }
  ERR_clear_error();
  return 1;
}

/* x509Check(handle, kind 0 host | 1 email | 2 ip, name, flags) -> the
 * name matched, or undefined */
static duk_ret_t x509_check(duk_context *ctx) {
  X509 *x = x509_get(ctx, 0);
  int kind = duk_require_int(ctx, 1);
  duk_size_t len;
  const char *name = duk_require_lstring(ctx, 2, &len);
  unsigned flags = (unsigned)duk_get_uint(ctx, 3);
  char *peer = NULL;
  int r;
  if (kind == 0)
    r = X509_check_host(x, name, len, flags, &peer);
  else if (kind == 1)
    r = X509_check_email(x, name, len, flags);
  else
    r = X509_check_ip_asc(x, name, flags);
  ERR_clear_error();
  if (r != 1) {
    OPENSSL_free(peer);
    return 0;
  }
  if (peer != NULL) {
    jcrypto_push_owned(ctx, (unsigned char *)peer, strlen(peer), 1);
    return 1;
  }
  duk_dup(ctx, 2);
  return 1;
}

/* x509PublicKey(handle) -> EVP_PKEY handle (public) via keys.c */
static duk_ret_t x509_public_key(duk_context *ctx) {
  X509 *x = x509_get(ctx, 0);
  EVP_PKEY *pkey = X509_get_pubkey(x);
  if (pkey == NULL)
    return jcrypto_throw_ossl(ctx, "Failed to get public key");
  jcrypto_push_pkey(ctx, pkey, 0);
  return 1;
}

/* x509Verify(handle, publicKeyHandle) -> bool */
static duk_ret_t x509_verify(duk_context *ctx) {
  X509 *x = x509_get(ctx, 0);
  EVP_PKEY *pkey = jcrypto_get_pkey(ctx, 1);
  int r = X509_verify(x, pkey);
  ERR_clear_error();
  duk_push_boolean(ctx, r == 1);
  return 1;
}

/* x509CheckIssued(handle, issuerHandle) -> bool */
static duk_ret_t x509_check_issued(duk_context *ctx) {
  X509 *x = x509_get(ctx, 0), *issuer = x509_get(ctx, 1);
  int r = X509_check_issued(issuer, x);
  ERR_clear_error();
  duk_push_boolean(ctx, r == X509_V_OK);
  return 1;
}

/* x509CheckPrivateKey(handle, privateKeyHandle) -> bool */
static duk_ret_t x509_check_private_key(duk_context *ctx) {
  X509 *x = x509_get(ctx, 0);
  EVP_PKEY *pkey = jcrypto_get_pkey(ctx, 1);
  int r = X509_check_private_key(x, pkey);
  ERR_clear_error();
  duk_push_boolean(ctx, r == 1);
  return 1;
}

static const duk_function_list_entry x509_funcs[] = {
    {"x509Parse", x509_parse, 1},
    {"x509Info", x509_info, 1},
    {"x509Check", x509_check, 4},
    {"x509PublicKey", x509_public_key, 1},
    {"x509Verify", x509_verify, 2},
    {"x509CheckIssued", x509_check_issued, 2},
    {"x509CheckPrivateKey", x509_check_private_key, 2},
    {NULL, NULL, 0},
};

void jcrypto_x509_init(duk_context *ctx, duk_idx_t obj) {
  duk_put_function_list(ctx, obj, x509_funcs);
}

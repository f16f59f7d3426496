/*
 * crypto/crypto.c - the opener of require('crypto')'s native half and what
 * the files of src/crypto/ share (crypto.h): GC-owned native objects, byte
 * arguments, OpenSSL errors as Node's, thread-pool jobs; plus the random
 * functions (randomFill, randomUUID) and timingSafeEqual.
 */
#include "crypto/crypto.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <stdlib.h>
#include <string.h>

#define CRYPTO_PTR                                                             \
  "\xff"                                                                       \
  "cptr"

/* ---- native objects ---- */

static duk_ret_t crypto_obj_finalizer(duk_context *ctx) {
  jcrypto_obj *o;
  duk_get_prop_string(ctx, 0, CRYPTO_PTR);
  o = duk_get_pointer(ctx, -1);
  if (o != NULL)
    o->free(o);
  return 0;
}

static duk_ret_t crypto_obj_push_safe(duk_context *ctx, void *udata) {
  duk_push_object(ctx);
  duk_push_pointer(ctx, udata);
  duk_put_prop_string(ctx, -2, CRYPTO_PTR);
  duk_push_c_function(ctx, crypto_obj_finalizer, 1);
  duk_set_finalizer(ctx, -2);
  return 1;
}

void jcrypto_push_obj(duk_context *ctx, jcrypto_obj *o) {
  /* The object and its finalizer are allocations that may hit the
   * memory limit: until the finalizer is set, o is ours to free. */
  if (duk_safe_call(ctx, crypto_obj_push_safe, o, 0, 1) != DUK_EXEC_SUCCESS) {
    o->free(o);
    (void)duk_throw(ctx);
  }
}

jcrypto_obj *jcrypto_get_obj(duk_context *ctx, duk_idx_t idx, int kind) {
  jcrypto_obj *o = NULL;
  if (duk_is_object(ctx, idx)) {
    duk_get_prop_string(ctx, idx, CRYPTO_PTR);
    o = duk_get_pointer(ctx, -1);
    duk_pop(ctx);
  }
  if (o == NULL || o->kind != kind)
    (void)duk_error(ctx, DUK_ERR_TYPE_ERROR, "Illegal invocation");
  return o;
}

void jcrypto_drop_obj(duk_context *ctx, duk_idx_t idx) {
  jcrypto_obj *o;
  idx = duk_require_normalize_index(ctx, idx);
  duk_get_prop_string(ctx, idx, CRYPTO_PTR);
  o = duk_get_pointer(ctx, -1);
  duk_pop(ctx);
  if (o != NULL) {
    duk_push_pointer(ctx, NULL);
    duk_put_prop_string(ctx, idx, CRYPTO_PTR);
    o->free(o);
  }
}

/* ---- bytes ---- */

const unsigned char *jcrypto_bytes(duk_context *ctx, duk_idx_t idx,
                                   const char *name, size_t *len) {
  duk_size_t sz = 0;
  const void *p = NULL;
  if (duk_is_buffer_data(ctx, idx))
    p = duk_get_buffer_data(ctx, idx, &sz);
  else if (duk_is_string(ctx, idx))
    p = duk_get_lstring(ctx, idx, &sz);
  else
    jsrt__throw_arg_type_raw(ctx, name, "Buffer", idx);
  *len = sz;
  /* An empty buffer may have no data: OpenSSL wants a pointer anyway. */
  return p != NULL ? p : (const unsigned char *)"";
}

unsigned char *jcrypto_push_buffer(duk_context *ctx, size_t len) {
  unsigned char *p;
  if (len > 0x7fffffffUL)
    jsrt__throw_code_raw(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                         "Array buffer allocation failed");
  p = duk_push_buffer_raw(ctx, len, DUK_BUF_FLAG_NOZERO);
  duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_NODEJS_BUFFER);
  duk_remove(ctx, -2);
  return p;
}

typedef struct {
  const unsigned char *data;
  size_t len;
  int as_string;
} crypto_owned;

static duk_ret_t crypto_push_owned_safe(duk_context *ctx, void *udata) {
  crypto_owned *o = udata;
  if (o->as_string) {
    duk_push_lstring(ctx, (const char *)o->data, o->len);
  } else {
    unsigned char *p = jcrypto_push_buffer(ctx, o->len);
    if (o->len > 0)
      memcpy(p, o->data, o->len);
  }
  return 1;
}

void jcrypto_push_owned(duk_context *ctx, unsigned char *data, size_t len,
                        int as_string) {
  crypto_owned o;
  int rc;
  o.data = data;
  o.len = len;
  o.as_string = as_string;
  rc = duk_safe_call(ctx, crypto_push_owned_safe, &o, 0, 1);
  OPENSSL_clear_free(data, len);
  if (rc != DUK_EXEC_SUCCESS)
    (void)duk_throw(ctx);
}

unsigned char *jcrypto_push_arraybuffer(duk_context *ctx, size_t len) {
  unsigned char *p;
  if (len > 0x7fffffffUL)
    jsrt__throw_code_raw(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                         "Array buffer allocation failed");
  p = duk_push_buffer_raw(ctx, len, DUK_BUF_FLAG_NOZERO);
  duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_ARRAYBUFFER);
  duk_remove(ctx, -2);
  return p;
}

/* ---- errors ---- */

void jcrypto_push_ossl_error(duk_context *ctx, unsigned long e,
                             duk_errcode_t type, const char *code,
                             const char *prefix, const char *dflt) {
  char text[256], ncode[128];
  const char *lib, *reason;
  duk_idx_t obj;
  ERR_clear_error();
  if (e == 0) {
    if (code != NULL)
      jsrt__push_code_error(ctx, type, code, "%s", dflt);
    else
      duk_push_error_object(ctx, type, "%s", dflt);
    return;
  }
  ERR_error_string_n(e, text, sizeof(text));
  lib = ERR_lib_error_string(e);
  reason = ERR_reason_error_string(e);
  if (code == NULL && reason != NULL) {
    /* Node's code: ERR_OSSL_<LIB>_<REASON> for the libraries its map
     * names, ERR_OSSL_<REASON> for the others (providers, decoders). */
    static const struct {
      int lib;
      const char *name;
    } libs[] = {
        {ERR_LIB_SYS, "SYS_"},
        {ERR_LIB_BN, "BN_"},
        {ERR_LIB_RSA, "RSA_"},
        {ERR_LIB_DH, "DH_"},
        {ERR_LIB_EVP, "EVP_"},
        {ERR_LIB_BUF, "BUF_"},
        {ERR_LIB_OBJ, "OBJ_"},
        {ERR_LIB_PEM, "PEM_"},
        {ERR_LIB_DSA, "DSA_"},
        {ERR_LIB_X509, "X509_"},
        {ERR_LIB_ASN1, "ASN1_"},
        {ERR_LIB_CONF, "CONF_"},
        {ERR_LIB_CRYPTO, "CRYPTO_"},
        {ERR_LIB_EC, "EC_"},
        {ERR_LIB_BIO, "BIO_"},
        {ERR_LIB_PKCS7, "PKCS7_"},
        {ERR_LIB_X509V3, "X509V3_"},
        {ERR_LIB_PKCS12, "PKCS12_"},
        {ERR_LIB_RAND, "RAND_"},
        {ERR_LIB_DSO, "DSO_"},
        {ERR_LIB_ENGINE, "ENGINE_"},
        {ERR_LIB_OCSP, "OCSP_"},
        {ERR_LIB_UI, "UI_"},
        {ERR_LIB_COMP, "COMP_"},
        {ERR_LIB_ECDSA, "ECDSA_"},
        {ERR_LIB_ECDH, "ECDH_"},
        {ERR_LIB_OSSL_STORE, "OSSL_STORE_"},
        {ERR_LIB_FIPS, "FIPS_"},
        {ERR_LIB_CMS, "CMS_"},
        {ERR_LIB_TS, "TS_"},
        {ERR_LIB_HMAC, "HMAC_"},
        {ERR_LIB_CT, "CT_"},
        {ERR_LIB_ASYNC, "ASYNC_"},
        {ERR_LIB_KDF, "KDF_"},
        {ERR_LIB_SM2, "SM2_"},
        {ERR_LIB_USER, "USER_"},
    };
    const char *lp = "";
    size_t i, n = strlen("ERR_OSSL_");
    for (i = 0; i < JSRT__COUNTOF(libs); i++)
      if (libs[i].lib == ERR_GET_LIB(e))
        lp = libs[i].name;
    memcpy(ncode, "ERR_OSSL_", n);
    for (i = 0; lp[i] != '\0' && n + 1 < sizeof(ncode); i++)
      ncode[n++] = lp[i];
    for (i = 0; reason[i] != '\0' && n + 1 < sizeof(ncode); i++) {
      char c = reason[i];
      ncode[n++] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A')
                   : (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c
                                                                      : '_';
    }
    ncode[n] = '\0';
    code = ncode;
  }
  if (code != NULL)
    jsrt__push_code_error(ctx, type, code, "%s%s", prefix ? prefix : "", text);
  else
    duk_push_error_object(ctx, type, "%s%s", prefix ? prefix : "", text);
  obj = duk_get_top_index(ctx);
  if (prefix != NULL) /* Node's own error around OpenSSL's text */
    return;
  if (lib != NULL) {
    duk_push_string(ctx, lib);
    duk_put_prop_string(ctx, obj, "library");
  }
  if (reason != NULL) {
    duk_push_string(ctx, reason);
    duk_put_prop_string(ctx, obj, "reason");
  }
}

void jcrypto_throw_ossl_raw(duk_context *ctx, const char *dflt) {
  /* The first error queued, as Node's ThrowCryptoError(ERR_get_error()). */
  jcrypto_push_ossl_error(ctx, ERR_peek_error(), DUK_ERR_ERROR, NULL, NULL,
                          dflt);
  (void)duk_throw(ctx);
}

const EVP_MD *jcrypto_digest(const char *name) {
  const EVP_MD *md = EVP_get_digestbyname(name);
  if (md == NULL) {
    /* "SHA256", "Sha512": OpenSSL's names are lowercase. */
    char low[64];
    size_t i;
    for (i = 0; name[i] != '\0' && i + 1 < sizeof(low); i++)
      low[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] - 'A' + 'a'
                                                       : name[i]);
    low[i] = '\0';
    if (name[i] == '\0')
      md = EVP_get_digestbyname(low);
  }
  ERR_clear_error(); /* a failed lookup leaves nothing to report */
  return md;
}

/* ---- jobs on the thread pool ---- */

static void crypto_job_work(uv_work_t *w) {
  jcrypto_job *j = w->data;
  j->run(j);
}

static duk_ret_t crypto_job_result_safe(duk_context *ctx, void *udata) {
  jcrypto_job *j = udata;
  return j->result(ctx, j);
}

static void crypto_job_release(jcrypto_job *j) {
  duk_context *ctx = j->iso->ctx;
  if (j->cb)
    jsrt_unref(ctx, j->cb);
  if (j->keep)
    jsrt_unref(ctx, j->keep);
  j->free(j);
}

static void crypto_job_after(uv_work_t *w, int status) {
  jcrypto_job *j = w->data;
  jsrt_isolate *iso = j->iso;
  duk_context *ctx = iso->ctx;
  int ok;
  (void)status;
  jsrt__req_done(iso);
  if (iso->closing || iso->exited || iso->fatal) {
    crypto_job_release(j);
    return;
  }
  jsrt_push_ref(ctx, j->cb);
  duk_push_undefined(ctx);
  duk_push_null(ctx);
  ok = duk_safe_call(ctx, crypto_job_result_safe, j, 0, 1) == DUK_EXEC_SUCCESS;
  if (!ok)
    duk_remove(ctx, -2); /* (err) instead of (null, result) */
  crypto_job_release(j);
  jsrt__callback(iso, ok ? 2 : 1);
}

duk_ret_t jcrypto_job_start(duk_context *ctx, jcrypto_job *j, duk_idx_t cb,
                            duk_idx_t keep) {
  int rc;
  j->iso = jsrt_from_context(ctx);
  j->work.data = j;
  if (!duk_is_function(ctx, cb)) {
    int ok;
    j->run(j);
    ok =
        duk_safe_call(ctx, crypto_job_result_safe, j, 0, 1) == DUK_EXEC_SUCCESS;
    j->free(j);
    if (!ok)
      (void)duk_throw(ctx);
    return 1;
  }
  /* Reserved by the caller: these cannot throw. */
  j->cb = jsrt_ref(ctx, cb);
  if (keep != DUK_INVALID_INDEX)
    j->keep = jsrt_ref(ctx, keep);
  rc = uv_queue_work(j->iso->loop, &j->work, crypto_job_work, crypto_job_after);
  if (rc < 0) {
    crypto_job_release(j);
    return jsrt__throw_uv(ctx, rc, "uv_queue_work", NULL, NULL);
  }
  jsrt__req_start(j->iso);
  return 0;
}

/* ---- random ---- */

typedef struct {
  jcrypto_job job;
  unsigned char *p;
  size_t len;
} crypto_fill_job;

static void crypto_fill_run(jcrypto_job *j) {
  crypto_fill_job *f = (crypto_fill_job *)j;
  if (f->len > 0 && RAND_bytes(f->p, (int)f->len) != 1) {
    j->failed = 1;
    j->err = ERR_get_error();
  }
}

static duk_ret_t crypto_fill_result(duk_context *ctx, jcrypto_job *j) {
  if (j->failed) {
    jcrypto_push_ossl_error(ctx, j->err, DUK_ERR_ERROR, NULL, NULL,
                            "Random bytes generation failed");
    return duk_throw(ctx);
  }
  duk_push_undefined(ctx);
  return 1;
}

static void crypto_job_free_plain(jcrypto_job *j) { free(j); }

/* randomFill(buf, offset, size[, cb]): fills buf[offset, offset+size)
 * (checked by the JS half); cb(err) when given, after the thread pool. */
static duk_ret_t crypto_random_fill(duk_context *ctx) {
  duk_size_t blen = 0;
  unsigned char *p = duk_require_buffer_data(ctx, 0, &blen);
  double off = duk_require_number(ctx, 1), size = duk_require_number(ctx, 2);
  crypto_fill_job *f;
  if (!(off >= 0 && size >= 0 && off + size <= (double)blen))
    return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of bounds");
  if (!duk_is_function(ctx, 3)) {
    if (size > 0 && RAND_bytes(p + (size_t)off, (int)size) != 1)
      return jcrypto_throw_ossl(ctx, "Random bytes generation failed");
    return 0;
  }
  jsrt__refs_reserve(ctx, 2);
  f = calloc(1, sizeof(*f));
  if (f == NULL)
    return jsrt__throw_oom(ctx);
  f->p = p + (size_t)off;
  f->len = (size_t)size;
  f->job.run = crypto_fill_run;
  f->job.result = crypto_fill_result;
  f->job.free = crypto_job_free_plain;
  return jcrypto_job_start(ctx, &f->job, 3, 0);
}

/* randomUUID() -> a version 4 UUID string. */
static duk_ret_t crypto_random_uuid(duk_context *ctx) {
  static const char hex[] = "0123456789abcdef";
  unsigned char b[16];
  char s[37];
  int i, o = 0;
  if (RAND_bytes(b, sizeof(b)) != 1)
    return jcrypto_throw_ossl(ctx, "Random bytes generation failed");
  b[6] = (unsigned char)((b[6] & 0x0f) | 0x40);
  b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
  for (i = 0; i < 16; i++) {
    if (i == 4 || i == 6 || i == 8 || i == 10)
      s[o++] = '-';
    s[o++] = hex[b[i] >> 4];
    s[o++] = hex[b[i] & 15];
  }
  s[o] = '\0';
  duk_push_lstring(ctx, s, 36);
  return 1;
}

/* timingSafeEqual(a, b): lengths checked by the JS half. */
static duk_ret_t crypto_timing_safe_equal(duk_context *ctx) {
  size_t la, lb;
  const unsigned char *a = jcrypto_bytes(ctx, 0, "buf1", &la);
  const unsigned char *b = jcrypto_bytes(ctx, 1, "buf2", &lb);
  if (la != lb)
    return duk_error(ctx, DUK_ERR_RANGE_ERROR, "length mismatch");
  duk_push_boolean(ctx, CRYPTO_memcmp(a, b, la) == 0);
  return 1;
}

static const duk_function_list_entry crypto_funcs[] = {
    {"randomFill", crypto_random_fill, 4},
    {"randomUUID", crypto_random_uuid, 0},
    {"timingSafeEqual", crypto_timing_safe_equal, 2},
    {NULL, NULL, 0},
};

duk_ret_t jsrt__open_crypto(duk_context *ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, crypto_funcs);
  jcrypto_hash_init(ctx, -1);
  jcrypto_kdf_init(ctx, -1);
  jcrypto_cipher_init(ctx, -1);
  jcrypto_keys_init(ctx, -1);
  jcrypto_x509_init(ctx, -1);
  duk_push_string(ctx, OpenSSL_version(OPENSSL_VERSION_STRING));
  duk_put_prop_string(ctx, -2, "opensslVersion");
  return 1;
}

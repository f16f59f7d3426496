/*
 * crypto/crypto.h - what the files of src/crypto/ (the native half of
 * require('crypto') on OpenSSL 3) share: native objects the garbage
 * collector owns, byte arguments, OpenSSL's errors as Node words them,
 * and jobs that run on libuv's thread pool. Prefix jcrypto_.
 */
#ifndef JSRT_CRYPTO_H
#define JSRT_CRYPTO_H

#include "internal.h"

#include <openssl/err.h>
#include <openssl/evp.h>

/*
 * A native object behind a JS handle (a hash or cipher context): the JS
 * object holds the pointer under a hidden key and a finalizer calls
 * ->free, so nothing leaks when a script drops it half-used. Such objects
 * are GC-owned (the third kind in internal.h); no handle feeds them.
 */
typedef struct jcrypto_obj jcrypto_obj;
struct jcrypto_obj {
  void (*free)(jcrypto_obj *o);
  int kind; /* JCRYPTO_* below, checked on every use */
};
enum {
  JCRYPTO_HASH = 1,
  JCRYPTO_HMAC,
  JCRYPTO_CIPHER,
  JCRYPTO_PKEY,
  JCRYPTO_X509
};

/* Pushes a new handle object owning o (freed by its finalizer, or at once
 * if the push fails: the caller has nothing left to free). */
void jcrypto_push_obj(duk_context *ctx, jcrypto_obj *o);
/* The object of kind at idx; throws TypeError if it is none or freed. */
jcrypto_obj *jcrypto_get_obj(duk_context *ctx, duk_idx_t idx, int kind);
/* Frees the handle's object now (the finalizer then finds nothing). */
void jcrypto_drop_obj(duk_context *ctx, duk_idx_t idx);

/* The bytes of a buffer (any ArrayBuffer/view) or string at idx; throws
 * ERR_INVALID_ARG_TYPE naming name otherwise. *len is set. */
const unsigned char *jcrypto_bytes(duk_context *ctx, duk_idx_t idx,
                                   const char *name, size_t *len);
/* Pushes a new Buffer of len bytes (not zeroed), returns its data. */
unsigned char *jcrypto_push_buffer(duk_context *ctx, size_t len);
/* Pushes data[0..len) as a Buffer (as_string: a string), then frees data
 * with OPENSSL_clear_free, also when the push throws (memory limit). */
void jcrypto_push_owned(duk_context *ctx, unsigned char *data, size_t len,
                        int as_string);
/* Pushes a new ArrayBuffer of len bytes (not zeroed), returns its data. */
unsigned char *jcrypto_push_arraybuffer(duk_context *ctx, size_t len);

/* OpenSSL's error e as Node makes it: Error "error:XXXXXXXX:lib::reason"
 * with code ERR_OSSL_<REASON>, library, reason; when e is 0, Error(dflt).
 * A prefix (or NULL) goes before the text ("Invalid scrypt params: "),
 * with type and code then replacing Node's defaults. Clears the queue. */
void jcrypto_push_ossl_error(duk_context *ctx, unsigned long e,
                             duk_errcode_t type, const char *code,
                             const char *prefix, const char *dflt);
DUK_NORETURN(void jcrypto_throw_ossl_raw(duk_context *ctx, const char *dflt));
#define jcrypto_throw_ossl(ctx, dflt)                                          \
  (jcrypto_throw_ossl_raw((ctx), (dflt)), (duk_ret_t)0)

/* A digest by Node's name ("sha256", "RSA-SHA256", "SHA256"), or NULL. */
const EVP_MD *jcrypto_digest(const char *name);

/*
 * A job: run() on the thread pool (no Duktape, no JS; OpenSSL's error
 * queue is per thread, so run() keeps what failed in the job), then
 * result() on the loop thread pushes the result or throws the error,
 * inside a protected call. Sync forms call both on the caller's thread.
 * free() releases what the job owns, and the job itself.
 */
typedef struct jcrypto_job jcrypto_job;
struct jcrypto_job {
  uv_work_t work;
  jsrt_isolate *iso;
  int cb;   /* ref of the callback (async) */
  int keep; /* ref of what the job writes into or reads (or 0) */
  void (*run)(jcrypto_job *j);
  duk_ret_t (*result)(duk_context *ctx, jcrypto_job *j);
  void (*free)(jcrypto_job *j);
  unsigned long err; /* OpenSSL error of run(), or 0 */
  int failed;
};
/* With a function at cb: queues j (callback(err, result)) and returns 0;
 * otherwise runs it here and returns 1 with the result pushed, or throws.
 * j is freed either way; keep (or DUK_INVALID_INDEX) stays alive while j
 * runs. Call jsrt__refs_reserve(ctx, 2) before allocating j. */
duk_ret_t jcrypto_job_start(duk_context *ctx, jcrypto_job *j, duk_idx_t cb,
                            duk_idx_t keep);

/* keys.c: pushes a key handle owning pkey (freed if that fails); the
 * EVP_PKEY of the key handle at idx (throws if it is none). */
void jcrypto_push_pkey(duk_context *ctx, EVP_PKEY *pkey, int is_private);
EVP_PKEY *jcrypto_get_pkey(duk_context *ctx, duk_idx_t idx);

/* The native functions of each file, put on the module's native object. */
void jcrypto_hash_init(duk_context *ctx, duk_idx_t obj);
void jcrypto_kdf_init(duk_context *ctx, duk_idx_t obj);
void jcrypto_cipher_init(duk_context *ctx, duk_idx_t obj);
void jcrypto_keys_init(duk_context *ctx, duk_idx_t obj);
void jcrypto_x509_init(duk_context *ctx, duk_idx_t obj);

#endif /* JSRT_CRYPTO_H */

/*
 * zlib.c - the native half of require('zlib'): deflate/inflate/gzip/
 * gunzip/raw/unzip on zlib and brotli on libbrotli (JSRT_HAVE_BROTLI).
 * A handle is a GC-owned stream state; write() runs all its input through
 * with one flush mode, synchronously or as one job on libuv's thread pool,
 * and hands back the output as one Buffer (capped by maxOutputLength and
 * the isolate's memory limit). Errors are Node's: message, code (Z_*),
 * errno. Options arrive validated by src/js/zlib.js.
 */
#include "internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#if JSRT_HAVE_BROTLI
#include <brotli/decode.h>
#include <brotli/encode.h>
#endif

/* Node's modes (zlib.constants.DEFLATE ...). */
enum {
  ZLIB_DEFLATE = 1,
  ZLIB_INFLATE,
  ZLIB_GZIP,
  ZLIB_GUNZIP,
  ZLIB_DEFLATERAW,
  ZLIB_INFLATERAW,
  ZLIB_UNZIP,
  ZLIB_BROTLI_DECODE,
  ZLIB_BROTLI_ENCODE
};

#define ZLIB_PTR                                                               \
  "\xff"                                                                       \
  "zlib"
#define ZLIB_ROOM (64 * 1024) /* output grows by at least this much */

typedef struct {
  int mode;
  z_stream strm;
  int zinit; /* deflateInit2/inflateInit2 done */
#if JSRT_HAVE_BROTLI
  BrotliEncoderState *benc;
  BrotliDecoderState *bdec;
#endif
  unsigned char *dict;
  size_t dictlen;
  int gzip;    /* a gzip stream: members may follow each other */
  int sniffed; /* unzip looked at the first byte */
  int ended;   /* the compressed stream ended: the rest is ignored */
  int busy;    /* a job is on the pool */
  int closed;

  /* The write in progress. */
  const unsigned char *in;
  size_t inlen;
  int flush;
  size_t limit, maxout; /* stop past limit; maxout is the option's */
  unsigned char *out;
  size_t outlen, outcap;
  int err; /* 0, or a zlib code / brotli error for the error below */
  const char *msg, *code;
  char codebuf[64];
  int too_large;
  size_t consumed; /* input the last write used (the rest follows the end) */

  /* The job. */
  uv_work_t work;
  jsrt_isolate *iso;
  int cb, keep, self;
} zlib_ctx;

static void zlib_end_streams(zlib_ctx *z) {
  if (z->zinit) {
    if (z->mode == ZLIB_DEFLATE || z->mode == ZLIB_GZIP ||
        z->mode == ZLIB_DEFLATERAW)
      deflateEnd(&z->strm);
    else
      inflateEnd(&z->strm);
    z->zinit = 0;
  }
#if JSRT_HAVE_BROTLI
  if (z->benc != NULL)
    BrotliEncoderDestroyInstance(z->benc);
  if (z->bdec != NULL)
    BrotliDecoderDestroyInstance(z->bdec);
  z->benc = NULL;
  z->bdec = NULL;
#endif
}

static void zlib_free(zlib_ctx *z) {
  zlib_end_streams(z);
  free(z->dict);
  free(z->out);
  free(z);
}

static duk_ret_t zlib_finalizer(duk_context *ctx) {
  zlib_ctx *z;
  duk_get_prop_string(ctx, 0, ZLIB_PTR);
  z = duk_get_pointer(ctx, -1);
  /* A busy handle is kept alive by its job's ref: never busy here,
   * unless the heap itself is going (then the job was waited for). */
  if (z != NULL)
    zlib_free(z);
  return 0;
}

static zlib_ctx *zlib_this(duk_context *ctx) {
  zlib_ctx *z = NULL;
  if (duk_is_object(ctx, 0)) {
    duk_get_prop_string(ctx, 0, ZLIB_PTR);
    z = duk_get_pointer(ctx, -1);
    duk_pop(ctx);
  }
  if (z == NULL)
    (void)duk_error(ctx, DUK_ERR_TYPE_ERROR, "Illegal invocation");
  return z;
}

static int zlib_is_deflate(int mode) {
  return mode == ZLIB_DEFLATE || mode == ZLIB_GZIP || mode == ZLIB_DEFLATERAW;
}

/* (Re)starts zlib's stream for the handle's mode; a zlib code. */
static int zlib_init_stream(zlib_ctx *z, int level, int window_bits,
                            int mem_level, int strategy) {
  int wb = window_bits, err;
  memset(&z->strm, 0, sizeof(z->strm));
  switch (z->mode) {
  case ZLIB_GZIP:
  case ZLIB_GUNZIP:
    wb += 16;
    break;
  case ZLIB_UNZIP:
    wb += 32;
    break;
  case ZLIB_DEFLATERAW:
  case ZLIB_INFLATERAW:
    wb = -wb;
    break;
  }
  if (zlib_is_deflate(z->mode))
    err = deflateInit2(&z->strm, level, Z_DEFLATED, wb, mem_level, strategy);
  else
    err = inflateInit2(&z->strm, wb);
  if (err != Z_OK)
    return err;
  z->zinit = 1;
  if (z->dict != NULL) {
    if (zlib_is_deflate(z->mode))
      err = deflateSetDictionary(&z->strm, z->dict, (uInt)z->dictlen);
    else if (z->mode == ZLIB_INFLATERAW)
      err = inflateSetDictionary(&z->strm, z->dict, (uInt)z->dictlen);
  }
  return err;
}

static zlib_ctx *zlib_alloc(duk_context *ctx, int mode) {
  zlib_ctx *z = calloc(1, sizeof(*z));
  if (z == NULL)
    jsrt__throw_oom_raw(ctx);
  z->mode = mode;
  z->gzip = mode == ZLIB_GUNZIP;
  return z;
}

static void zlib_push_handle(duk_context *ctx, zlib_ctx *z) {
  duk_push_object(ctx);
  duk_push_pointer(ctx, z);
  duk_put_prop_string(ctx, -2, ZLIB_PTR);
  duk_push_c_function(ctx, zlib_finalizer, 1);
  duk_set_finalizer(ctx, -2);
}

static duk_ret_t zlib_push_handle_safe(duk_context *ctx, void *udata) {
  zlib_push_handle(ctx, udata);
  return 1;
}

/* Pushes the handle owning z, or frees z and rethrows. */
static void zlib_push_owned(duk_context *ctx, zlib_ctx *z) {
  if (duk_safe_call(ctx, zlib_push_handle_safe, z, 0, 1) != DUK_EXEC_SUCCESS) {
    zlib_free(z);
    (void)duk_throw(ctx);
  }
}

static DUK_NORETURN(void zlib_throw_init(duk_context *ctx));
static void zlib_throw_init(duk_context *ctx) {
  jsrt__throw_code_raw(ctx, DUK_ERR_ERROR, "ERR_ZLIB_INITIALIZATION_FAILED",
                       "Initialization failed");
}

/* zlibNew(mode, level, windowBits, memLevel, strategy, dictionary) */
static duk_ret_t zlib_create(duk_context *ctx) {
  int mode = duk_require_int(ctx, 0);
  int level = duk_require_int(ctx, 1), window_bits = duk_require_int(ctx, 2);
  int mem_level = duk_require_int(ctx, 3), strategy = duk_require_int(ctx, 4);
  duk_size_t dlen = 0;
  const void *dict =
      duk_is_buffer_data(ctx, 5) ? duk_get_buffer_data(ctx, 5, &dlen) : NULL;
  zlib_ctx *z;
  if (mode < ZLIB_DEFLATE || mode > ZLIB_UNZIP)
    return duk_error(ctx, DUK_ERR_RANGE_ERROR, "bad mode");
  z = zlib_alloc(ctx, mode);
  if (dict != NULL) {
    z->dict = malloc(dlen > 0 ? dlen : 1);
    if (z->dict == NULL) {
      zlib_free(z);
      return jsrt__throw_oom(ctx);
    }
    memcpy(z->dict, dict, dlen);
    z->dictlen = dlen;
  }
  /* inflate's windowBits 0: the size the stream's header says. */
  if (zlib_init_stream(z, level, window_bits, mem_level, strategy) != Z_OK) {
    zlib_free(z);
    zlib_throw_init(ctx);
  }
  zlib_push_owned(ctx, z);
  return 1;
}

#if JSRT_HAVE_BROTLI
/* brotliNew(mode, [key, value, ...]) */
static duk_ret_t zlib_brotli_create(duk_context *ctx) {
  int mode = duk_require_int(ctx, 0);
  duk_size_t i, n;
  zlib_ctx *z;
  int ok = 1;
  if (mode != ZLIB_BROTLI_DECODE && mode != ZLIB_BROTLI_ENCODE)
    return duk_error(ctx, DUK_ERR_RANGE_ERROR, "bad mode");
  /* A plain array of numbers, made by the JS half: reading it does not
   * throw. */
  if (!duk_is_array(ctx, 1))
    return duk_error(ctx, DUK_ERR_TYPE_ERROR, "params must be an array");
  n = duk_get_length(ctx, 1);
  z = zlib_alloc(ctx, mode);
  if (mode == ZLIB_BROTLI_ENCODE)
    z->benc = BrotliEncoderCreateInstance(NULL, NULL, NULL);
  else
    z->bdec = BrotliDecoderCreateInstance(NULL, NULL, NULL);
  if (z->benc == NULL && z->bdec == NULL)
    ok = 0;
  for (i = 0; ok && i + 1 < n; i += 2) {
    uint32_t key, value;
    duk_get_prop_index(ctx, 1, (duk_uarridx_t)i);
    duk_get_prop_index(ctx, 1, (duk_uarridx_t)i + 1);
    key = (uint32_t)duk_get_number(ctx, -2);
    value = (uint32_t)duk_get_number(ctx, -1);
    duk_pop_2(ctx);
    if (z->benc != NULL)
      ok = BrotliEncoderSetParameter(z->benc, (BrotliEncoderParameter)key,
                                     value);
    else
      ok = BrotliDecoderSetParameter(z->bdec, (BrotliDecoderParameter)key,
                                     value);
  }
  if (!ok) {
    zlib_free(z);
    zlib_throw_init(ctx);
  }
  zlib_push_owned(ctx, z);
  return 1;
}
#endif

/* ---- one write: all of the input, one flush mode (pool or loop) ---- */

/* Room for at least ZLIB_ROOM more bytes, within limit + 1 (one byte past
 * the limit is how a write finds it out). 0 on out of memory. */
static int zlib_grow(zlib_ctx *z) {
  size_t want, max = z->limit + 1;
  unsigned char *p;
  if (z->outcap - z->outlen >= ZLIB_ROOM || z->outcap >= max)
    return 1;
  want = z->outcap < ZLIB_ROOM ? ZLIB_ROOM : z->outcap * 2;
  if (want > max)
    want = max;
  p = realloc(z->out, want);
  if (p == NULL)
    return 0;
  z->out = p;
  z->outcap = want;
  return 1;
}

static const char *zlib_code_name(int err) {
  switch (err) {
  case Z_OK:
    return "Z_OK";
  case Z_STREAM_END:
    return "Z_STREAM_END";
  case Z_NEED_DICT:
    return "Z_NEED_DICT";
  case Z_ERRNO:
    return "Z_ERRNO";
  case Z_STREAM_ERROR:
    return "Z_STREAM_ERROR";
  case Z_DATA_ERROR:
    return "Z_DATA_ERROR";
  case Z_MEM_ERROR:
    return "Z_MEM_ERROR";
  case Z_BUF_ERROR:
    return "Z_BUF_ERROR";
  case Z_VERSION_ERROR:
    return "Z_VERSION_ERROR";
  }
  return "Z_UNKNOWN_ERROR";
}

/* Node's ZlibContext::GetErrorInfo: zlib's own message when it has one. */
static void zlib_fail(zlib_ctx *z, int err, const char *dflt) {
  z->err = err;
  z->msg = z->strm.msg != NULL ? z->strm.msg : dflt;
  z->code = zlib_code_name(err);
}

static void zlib_run_zlib(zlib_ctx *z) {
  z_stream *s = &z->strm;
  int deflating = zlib_is_deflate(z->mode), err;
  s->next_in = (Bytef *)z->in;
  s->avail_in = (uInt)z->inlen;
  if (!z->zinit) /* closed, or ended by a finished deflate */
    return;
  /* unzip: a stream whose first byte is gzip's is gzip (members). */
  if (z->mode == ZLIB_UNZIP && !z->sniffed && z->inlen > 0) {
    z->sniffed = 1;
    z->gzip = z->in[0] == 0x1f;
  }
  for (;;) {
    size_t room;
    if (z->ended)
      return;
    if (!zlib_grow(z)) {
      zlib_fail(z, Z_MEM_ERROR, "Out of memory");
      return;
    }
    room = z->outcap - z->outlen;
    if (room > UINT_MAX)
      room = UINT_MAX;
    s->next_out = z->out + z->outlen;
    s->avail_out = (uInt)room;
    if (deflating) {
      err = deflate(s, z->flush);
    } else {
      err = inflate(s, z->flush);
      if (z->mode != ZLIB_INFLATERAW && err == Z_NEED_DICT && z->dict != NULL) {
        err = inflateSetDictionary(s, z->dict, (uInt)z->dictlen);
        if (err == Z_OK)
          err = inflate(s, z->flush);
        else if (err == Z_DATA_ERROR)
          err = Z_NEED_DICT; /* a bad dictionary, not bad input */
      }
    }
    z->outlen += room - s->avail_out;
    if (z->outlen > z->limit) {
      z->too_large = 1;
      return;
    }
    if (err == Z_STREAM_END) {
      if (deflating)
        return;
      /* Another gzip member may follow, here or in the next write (an
       * ended inflate says Z_STREAM_END again then); trailing zeros are
       * padding. */
      if (z->gzip && s->avail_in > 0 && s->next_in[0] != 0) {
        inflateReset(s);
        continue;
      }
      if (!z->gzip || s->avail_in > 0)
        z->ended = 1;
      return;
    }
    if (err == Z_NEED_DICT) {
      zlib_fail(z, err,
                z->dict == NULL ? "Missing dictionary" : "Bad dictionary");
      return;
    }
    if (err != Z_OK && err != Z_BUF_ERROR) {
      zlib_fail(z, err, "Zlib error");
      return;
    }
    if (s->avail_out != 0) {
      /* Input used up with room to spare: done, unless the stream had
       * to end here. */
      if (!deflating && z->flush == Z_FINISH)
        zlib_fail(z, Z_BUF_ERROR, "unexpected end of file");
      return;
    }
  }
}

#if JSRT_HAVE_BROTLI
/* The error's name as Node's bundled brotli spells it ("_ERROR_FORMAT_"
 * "PADDING_2"): the library's own BrotliDecoderErrorString may leave the
 * prefix out (Debian's does). */
#define ZLIB_BROTLI_NAME(PREFIX, NAME, CODE)                                   \
  case BROTLI_DECODER##PREFIX##NAME:                                           \
    return #PREFIX #NAME;
static const char *zlib_brotli_error_name(BrotliDecoderErrorCode e) {
  switch (e) { BROTLI_DECODER_ERROR_CODES_LIST(ZLIB_BROTLI_NAME, ) }
  return "_ERROR_UNKNOWN";
}

static void zlib_run_brotli_loop(zlib_ctx *z, const uint8_t **pnext,
                                 size_t *pavail);

static void zlib_run_brotli(zlib_ctx *z) {
  const uint8_t *next_in = z->in;
  size_t avail_in = z->inlen;
  zlib_run_brotli_loop(z, &next_in, &avail_in);
  z->consumed = z->inlen - avail_in;
}

static void zlib_run_brotli_loop(zlib_ctx *z, const uint8_t **pnext,
                                 size_t *pavail) {
#define next_in (*pnext)
#define avail_in (*pavail)
  for (;;) {
    size_t room, avail_out;
    uint8_t *next_out;
    if (z->ended || (z->benc == NULL && z->bdec == NULL))
      return;
    if (!zlib_grow(z)) {
      z->err = -1;
      z->msg = "Out of memory";
      z->code = "ERR_BROTLI_COMPRESSION_FAILED";
      return;
    }
    room = avail_out = z->outcap - z->outlen;
    next_out = z->out + z->outlen;
    if (z->benc != NULL) {
      BROTLI_BOOL ok = BrotliEncoderCompressStream(
          z->benc, (BrotliEncoderOperation)z->flush, &avail_in, &next_in,
          &avail_out, &next_out, NULL);
      z->outlen += room - avail_out;
      if (z->outlen > z->limit) {
        z->too_large = 1;
        return;
      }
      if (!ok) {
        z->err = -1;
        z->msg = "Compression failed";
        z->code = "ERR_BROTLI_COMPRESSION_FAILED";
        return;
      }
      if (z->flush == BROTLI_OPERATION_FINISH &&
          BrotliEncoderIsFinished(z->benc)) {
        z->ended = 1;
        return;
      }
      if (avail_in == 0 && !BrotliEncoderHasMoreOutput(z->benc) &&
          z->flush != BROTLI_OPERATION_FINISH)
        return;
    } else {
      BrotliDecoderResult r = BrotliDecoderDecompressStream(
          z->bdec, &avail_in, &next_in, &avail_out, &next_out, NULL);
      z->outlen += room - avail_out;
      if (z->outlen > z->limit) {
        z->too_large = 1;
        return;
      }
      if (r == BROTLI_DECODER_RESULT_ERROR) {
        BrotliDecoderErrorCode e = BrotliDecoderGetErrorCode(z->bdec);
        z->err = (int)e;
        z->msg = "Decompression failed";
        snprintf(z->codebuf, sizeof(z->codebuf), "ERR_%s",
                 zlib_brotli_error_name(e));
        z->code = z->codebuf;
        return;
      }
      if (r == BROTLI_DECODER_RESULT_SUCCESS) {
        z->ended = 1;
        return;
      }
      if (r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
        if (z->flush == BROTLI_OPERATION_FINISH) {
          z->err = Z_BUF_ERROR;
          z->msg = "unexpected end of file";
          z->code = "Z_BUF_ERROR";
        }
        return;
      }
    }
  }
#undef next_in
#undef avail_in
}
#endif

static void zlib_run(zlib_ctx *z) {
#if JSRT_HAVE_BROTLI
  if (z->mode >= ZLIB_BROTLI_DECODE) {
    zlib_run_brotli(z);
    return;
  }
#endif
  zlib_run_zlib(z);
  z->consumed = z->zinit ? z->inlen - z->strm.avail_in : 0;
}

static void zlib_work(uv_work_t *w) { zlib_run(w->data); }

/* Pushes the write's result: a Buffer of the output, or its error. */
static duk_ret_t zlib_result_safe(duk_context *ctx, void *udata) {
  zlib_ctx *z = udata;
  unsigned char *p;
  if (z->too_large) {
    jsrt__push_code_error(
        ctx, DUK_ERR_RANGE_ERROR, "ERR_BUFFER_TOO_LARGE",
        z->limit < z->maxout
            ? "Cannot create a Buffer larger than %.0f bytes (the "
              "isolate's memory limit)"
            : "Cannot create a Buffer larger than %.0f bytes",
        (double)z->limit);
    return duk_throw(ctx);
  }
  if (z->err != 0) {
    duk_push_error_object(ctx, DUK_ERR_ERROR, "%s", z->msg);
    duk_push_int(ctx, z->err);
    duk_put_prop_string(ctx, -2, "errno");
    duk_push_string(ctx, z->code);
    duk_put_prop_string(ctx, -2, "code");
    return duk_throw(ctx);
  }
  p = duk_push_buffer_raw(ctx, z->outlen, DUK_BUF_FLAG_NOZERO);
  if (z->outlen > 0)
    memcpy(p, z->out, z->outlen);
  duk_push_buffer_object(ctx, -1, 0, z->outlen, DUK_BUFOBJ_NODEJS_BUFFER);
  duk_remove(ctx, -2);
  return 1;
}

/* The write is over: its output and error are forgotten. */
static void zlib_write_done(zlib_ctx *z) {
  free(z->out);
  z->out = NULL;
  z->outlen = z->outcap = 0;
  z->err = 0;
  z->too_large = 0;
  z->in = NULL;
  z->busy = 0;
  if (z->closed)
    zlib_end_streams(z);
}

static void zlib_after(uv_work_t *w, int status) {
  zlib_ctx *z = w->data;
  jsrt_isolate *iso = z->iso;
  duk_context *ctx = iso->ctx;
  int ok, cb = z->cb, keep = z->keep, self = z->self;
  (void)status;
  jsrt__req_done(iso);
  if (iso->closing || iso->exited || iso->fatal) {
    zlib_write_done(z);
    jsrt_unref(ctx, cb);
    jsrt_unref(ctx, keep);
    jsrt_unref(ctx, self);
    return;
  }
  jsrt_push_ref(ctx, cb);
  duk_push_undefined(ctx);
  duk_push_null(ctx);
  ok = duk_safe_call(ctx, zlib_result_safe, z, 0, 1) == DUK_EXEC_SUCCESS;
  if (!ok)
    duk_remove(ctx, -2);
  zlib_write_done(z);
  /* The handle may be freed once self goes: z is not touched after. */
  jsrt_unref(ctx, cb);
  jsrt_unref(ctx, keep);
  jsrt_unref(ctx, self);
  jsrt__callback(iso, ok ? 2 : 1);
}

/* write(handle, input, flush, maxOutputLength[, cb]) -> Buffer, or
 * cb(err, Buffer) after the thread pool. */
static duk_ret_t zlib_write(duk_context *ctx) {
  zlib_ctx *z = zlib_this(ctx);
  jsrt_isolate *iso = jsrt_from_context(ctx);
  duk_size_t inlen = 0;
  const unsigned char *in = duk_is_buffer_data(ctx, 1)
                                ? duk_get_buffer_data(ctx, 1, &inlen)
                                : (const unsigned char *)"";
  int flush = duk_require_int(ctx, 2);
  double max = duk_require_number(ctx, 3);
  int rc;
  if (z->busy)
    return duk_error(ctx, DUK_ERR_ERROR, "zlib: a write is in progress");
  if (z->closed)
    return duk_error(ctx, DUK_ERR_ERROR, "zlib binding closed");
  z->in = in != NULL ? in : (const unsigned char *)"";
  z->inlen = inlen;
  z->flush = flush;
  z->maxout = max >= 1 && max < (double)SIZE_MAX ? (size_t)max : SIZE_MAX - 1;
  z->limit = z->maxout;
  /* A decompression bomb stops at the isolate's memory limit too: the
   * output must fit in the heap anyway. */
  if (iso->mem_limit > 0 && iso->mem_limit < z->limit)
    z->limit = iso->mem_limit;
  if (!duk_is_function(ctx, 4)) {
    int ok;
    z->busy = 1;
    zlib_run(z);
    ok = duk_safe_call(ctx, zlib_result_safe, z, 0, 1) == DUK_EXEC_SUCCESS;
    zlib_write_done(z);
    if (!ok)
      return duk_throw(ctx);
    return 1;
  }
  jsrt__refs_reserve(ctx, 3);
  z->iso = iso;
  z->work.data = z;
  z->busy = 1;
  z->cb = jsrt_ref(ctx, 4);
  z->keep = jsrt_ref(ctx, 1);
  z->self = jsrt_ref(ctx, 0);
  rc = uv_queue_work(iso->loop, &z->work, zlib_work, zlib_after);
  if (rc < 0) {
    jsrt_unref(ctx, z->cb);
    jsrt_unref(ctx, z->keep);
    jsrt_unref(ctx, z->self);
    zlib_write_done(z);
    return jsrt__throw_uv(ctx, rc, "uv_queue_work", NULL, NULL);
  }
  jsrt__req_start(iso);
  return 0;
}

/* status(handle) -> [bytes of input the last write used, 1 once the
 * compressed stream ended] */
static duk_ret_t zlib_status(duk_context *ctx) {
  zlib_ctx *z = zlib_this(ctx);
  duk_push_array(ctx);
  duk_push_number(ctx, (double)z->consumed);
  duk_put_prop_index(ctx, -2, 0);
  duk_push_int(ctx, z->ended);
  duk_put_prop_index(ctx, -2, 1);
  return 1;
}

/* params(handle, level, strategy): deflateParams (after a flush). */
static duk_ret_t zlib_params(duk_context *ctx) {
  zlib_ctx *z = zlib_this(ctx);
  int level = duk_require_int(ctx, 1), strategy = duk_require_int(ctx, 2);
  int err;
  if (z->busy || !z->zinit || !zlib_is_deflate(z->mode))
    return 0;
  err = deflateParams(&z->strm, level, strategy);
  if (err != Z_OK && err != Z_BUF_ERROR) {
    duk_push_error_object(ctx, DUK_ERR_ERROR, "Failed to set parameters");
    duk_push_int(ctx, err);
    duk_put_prop_string(ctx, -2, "errno");
    duk_push_string(ctx, zlib_code_name(err));
    duk_put_prop_string(ctx, -2, "code");
    return duk_throw(ctx);
  }
  return 0;
}

/* reset(handle): the stream starts over with the same settings. */
static duk_ret_t zlib_reset(duk_context *ctx) {
  zlib_ctx *z = zlib_this(ctx);
  if (z->busy)
    return duk_error(ctx, DUK_ERR_ERROR, "zlib: a write is in progress");
  z->ended = 0;
  z->sniffed = 0;
  z->gzip = z->mode == ZLIB_GUNZIP;
  if (z->zinit) {
    if (zlib_is_deflate(z->mode))
      deflateReset(&z->strm);
    else
      inflateReset(&z->strm);
    if (z->dict != NULL && zlib_is_deflate(z->mode))
      deflateSetDictionary(&z->strm, z->dict, (uInt)z->dictlen);
    else if (z->dict != NULL && z->mode == ZLIB_INFLATERAW)
      inflateSetDictionary(&z->strm, z->dict, (uInt)z->dictlen);
  }
#if JSRT_HAVE_BROTLI
  if (z->benc != NULL || z->bdec != NULL)
    return duk_error(ctx, DUK_ERR_ERROR, "brotli streams cannot be reset");
#endif
  return 0;
}

/* close(handle): frees the stream state now (or when the write in
 * progress is done). */
static duk_ret_t zlib_close(duk_context *ctx) {
  zlib_ctx *z = zlib_this(ctx);
  z->closed = 1;
  if (!z->busy)
    zlib_end_streams(z);
  return 0;
}

/* crc32(data, value) -> number */
static duk_ret_t zlib_crc32(duk_context *ctx) {
  duk_size_t len = 0;
  const void *p = duk_is_buffer_data(ctx, 0)
                      ? duk_get_buffer_data(ctx, 0, &len)
                      : (const void *)duk_require_lstring(ctx, 0, &len);
  uLong crc = (uLong)duk_get_uint(ctx, 1);
  duk_push_number(ctx, (double)crc32(crc, p, (uInt)len));
  return 1;
}

static const duk_function_list_entry zlib_funcs[] = {
    {"zlibNew", zlib_create, 6},
#if JSRT_HAVE_BROTLI
    {"brotliNew", zlib_brotli_create, 2},
#endif
    {"write", zlib_write, 5},
    {"params", zlib_params, 3},
    {"status", zlib_status, 1},
    {"reset", zlib_reset, 1},
    {"close", zlib_close, 1},
    {"crc32", zlib_crc32, 2},
    {NULL, NULL, 0},
};

static const duk_number_list_entry zlib_constants[] = {
    {"Z_NO_FLUSH", Z_NO_FLUSH},
    {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
    {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
    {"Z_FULL_FLUSH", Z_FULL_FLUSH},
    {"Z_FINISH", Z_FINISH},
    {"Z_BLOCK", Z_BLOCK},
    {"Z_OK", Z_OK},
    {"Z_STREAM_END", Z_STREAM_END},
    {"Z_NEED_DICT", Z_NEED_DICT},
    {"Z_ERRNO", Z_ERRNO},
    {"Z_STREAM_ERROR", Z_STREAM_ERROR},
    {"Z_DATA_ERROR", Z_DATA_ERROR},
    {"Z_MEM_ERROR", Z_MEM_ERROR},
    {"Z_BUF_ERROR", Z_BUF_ERROR},
    {"Z_VERSION_ERROR", Z_VERSION_ERROR},
    {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
    {"Z_BEST_SPEED", Z_BEST_SPEED},
    {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
    {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
    {"Z_FILTERED", Z_FILTERED},
    {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
    {"Z_RLE", Z_RLE},
    {"Z_FIXED", Z_FIXED},
    {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
    {"ZLIB_VERNUM", ZLIB_VERNUM},
    {NULL, 0.0}};

#if JSRT_HAVE_BROTLI
static const duk_number_list_entry zlib_brotli_constants[] = {
    {"BROTLI_OPERATION_PROCESS", BROTLI_OPERATION_PROCESS},
    {"BROTLI_OPERATION_FLUSH", BROTLI_OPERATION_FLUSH},
    {"BROTLI_OPERATION_FINISH", BROTLI_OPERATION_FINISH},
    {"BROTLI_OPERATION_EMIT_METADATA", BROTLI_OPERATION_EMIT_METADATA},
    {"BROTLI_PARAM_MODE", BROTLI_PARAM_MODE},
    {"BROTLI_MODE_GENERIC", BROTLI_MODE_GENERIC},
    {"BROTLI_MODE_TEXT", BROTLI_MODE_TEXT},
    {"BROTLI_MODE_FONT", BROTLI_MODE_FONT},
    {"BROTLI_DEFAULT_MODE", BROTLI_DEFAULT_MODE},
    {"BROTLI_PARAM_QUALITY", BROTLI_PARAM_QUALITY},
    {"BROTLI_MIN_QUALITY", BROTLI_MIN_QUALITY},
    {"BROTLI_MAX_QUALITY", BROTLI_MAX_QUALITY},
    {"BROTLI_DEFAULT_QUALITY", BROTLI_DEFAULT_QUALITY},
    {"BROTLI_PARAM_LGWIN", BROTLI_PARAM_LGWIN},
    {"BROTLI_MIN_WINDOW_BITS", BROTLI_MIN_WINDOW_BITS},
    {"BROTLI_MAX_WINDOW_BITS", BROTLI_MAX_WINDOW_BITS},
    {"BROTLI_LARGE_MAX_WINDOW_BITS", BROTLI_LARGE_MAX_WINDOW_BITS},
    {"BROTLI_DEFAULT_WINDOW", BROTLI_DEFAULT_WINDOW},
    {"BROTLI_PARAM_LGBLOCK", BROTLI_PARAM_LGBLOCK},
    {"BROTLI_MIN_INPUT_BLOCK_BITS", BROTLI_MIN_INPUT_BLOCK_BITS},
    {"BROTLI_MAX_INPUT_BLOCK_BITS", BROTLI_MAX_INPUT_BLOCK_BITS},
    {"BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING",
     BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING},
    {"BROTLI_PARAM_SIZE_HINT", BROTLI_PARAM_SIZE_HINT},
    {"BROTLI_PARAM_LARGE_WINDOW", BROTLI_PARAM_LARGE_WINDOW},
    {"BROTLI_PARAM_NPOSTFIX", BROTLI_PARAM_NPOSTFIX},
    {"BROTLI_PARAM_NDIRECT", BROTLI_PARAM_NDIRECT},
    {"BROTLI_DECODER_RESULT_ERROR", BROTLI_DECODER_RESULT_ERROR},
    {"BROTLI_DECODER_RESULT_SUCCESS", BROTLI_DECODER_RESULT_SUCCESS},
    {"BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT",
     BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT},
    {"BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT",
     BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT},
    {"BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION",
     BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION},
    {"BROTLI_DECODER_PARAM_LARGE_WINDOW", BROTLI_DECODER_PARAM_LARGE_WINDOW},
    {"BROTLI_DECODER_NO_ERROR", BROTLI_DECODER_NO_ERROR},
    {"BROTLI_DECODER_SUCCESS", BROTLI_DECODER_SUCCESS},
    {"BROTLI_DECODER_NEEDS_MORE_INPUT", BROTLI_DECODER_NEEDS_MORE_INPUT},
    {"BROTLI_DECODER_NEEDS_MORE_OUTPUT", BROTLI_DECODER_NEEDS_MORE_OUTPUT},
    {"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE",
     BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE},
    {"BROTLI_DECODER_ERROR_FORMAT_RESERVED",
     BROTLI_DECODER_ERROR_FORMAT_RESERVED},
    {"BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE",
     BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE},
    {"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET",
     BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET},
    {"BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME",
     BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME},
    {"BROTLI_DECODER_ERROR_FORMAT_CL_SPACE",
     BROTLI_DECODER_ERROR_FORMAT_CL_SPACE},
    {"BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE",
     BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE},
    {"BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT",
     BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT},
    {"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1",
     BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1},
    {"BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2",
     BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2},
    {"BROTLI_DECODER_ERROR_FORMAT_TRANSFORM",
     BROTLI_DECODER_ERROR_FORMAT_TRANSFORM},
    {"BROTLI_DECODER_ERROR_FORMAT_DICTIONARY",
     BROTLI_DECODER_ERROR_FORMAT_DICTIONARY},
    {"BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS",
     BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS},
    {"BROTLI_DECODER_ERROR_FORMAT_PADDING_1",
     BROTLI_DECODER_ERROR_FORMAT_PADDING_1},
    {"BROTLI_DECODER_ERROR_FORMAT_PADDING_2",
     BROTLI_DECODER_ERROR_FORMAT_PADDING_2},
    {"BROTLI_DECODER_ERROR_FORMAT_DISTANCE",
     BROTLI_DECODER_ERROR_FORMAT_DISTANCE},
    {"BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET",
     BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET},
    {"BROTLI_DECODER_ERROR_INVALID_ARGUMENTS",
     BROTLI_DECODER_ERROR_INVALID_ARGUMENTS},
    {"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES",
     BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES},
    {"BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS",
     BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS},
    {"BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP",
     BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP},
    {"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1",
     BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1},
    {"BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2",
     BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2},
    {"BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES",
     BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES},
    {"BROTLI_DECODER_ERROR_UNREACHABLE", BROTLI_DECODER_ERROR_UNREACHABLE},
    {NULL, 0.0}};
#endif

duk_ret_t jsrt__open_zlib(duk_context *ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, zlib_funcs);
  duk_push_object(ctx);
  duk_put_number_list(ctx, -1, zlib_constants);
#if JSRT_HAVE_BROTLI
  duk_put_number_list(ctx, -1, zlib_brotli_constants);
#endif
  duk_put_prop_string(ctx, -2, "constants");
  duk_push_boolean(ctx, JSRT_HAVE_BROTLI);
  duk_put_prop_string(ctx, -2, "haveBrotli");
  return 1;
}

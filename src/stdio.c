/*
 * stdio.c - the native half of process.stdin/stdout/stderr
 * (src/js/internal/stdio.js): what kind of handle an fd is, synchronous
 * writes (as Node does for files, pipes and ttys on POSIX, so nothing is
 * lost at process.exit), window sizes, and a reader over a uv_tty_t or
 * uv_pipe_t for stdin. Files are read through fs.ReadStream instead.
 */
#include "internal.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define STDIO_PTR                                                              \
  "\xff"                                                                       \
  "reader"
#define STDIO_BUFSIZE 65536

typedef struct {
  jsrt__handle h;
  union {
    uv_handle_t handle;
    uv_stream_t stream;
    uv_tty_t tty;
    uv_pipe_t pipe;
  } u;
  int self, cb; /* refs: the JS wrapper and onread, while open */
  int is_tty, raw, reading;
  char buf[STDIO_BUFSIZE];
} stdio_reader;

/* guessHandle(fd) -> 'TTY' | 'PIPE' | 'FILE' | 'TCP' | 'UDP' | 'UNKNOWN' */
static duk_ret_t stdio_guess_handle(duk_context *ctx) {
  int fd = duk_require_int(ctx, 0);
  const char *s = "UNKNOWN";
  if (fd >= 0) {
    switch (uv_guess_handle(fd)) {
    case UV_TTY:
      s = "TTY";
      break;
    case UV_NAMED_PIPE:
      s = "PIPE";
      break;
    case UV_FILE:
      s = "FILE";
      break;
    case UV_TCP:
      s = "TCP";
      break;
    case UV_UDP:
      s = "UDP";
      break;
    default:
      break;
    }
  }
  duk_push_string(ctx, s);
  return 1;
}

/* Duktape keeps strings in CESU-8: a character outside the BMP is two
 * 3-byte surrogates (ED A0..AF xx ED B0..BF xx). Terminals and files want
 * UTF-8, so such pairs become one 4-byte sequence. Returns a malloc'ed
 * copy, or NULL when s needs no change (the common case). */
char *jsrt__cesu8_to_utf8(const char *s, size_t len, size_t *outlen) {
  const unsigned char *p = (const unsigned char *)s;
  unsigned char *out, *w;
  size_t i;
  if (memchr(s, 0xED, len) == NULL)
    return NULL;
  out = malloc(len);
  if (out == NULL)
    return NULL;
  w = out;
  for (i = 0; i < len;) {
    if (i + 6 <= len && p[i] == 0xED && (p[i + 1] & 0xF0) == 0xA0 &&
        p[i + 3] == 0xED && (p[i + 4] & 0xF0) == 0xB0) {
      unsigned hi = ((p[i + 1] & 0x0F) << 6) | (p[i + 2] & 0x3F);
      unsigned lo = ((p[i + 4] & 0x0F) << 6) | (p[i + 5] & 0x3F);
      unsigned cp = 0x10000 + (hi << 10) + lo;
      *w++ = (unsigned char)(0xF0 | (cp >> 18));
      *w++ = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
      *w++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
      *w++ = (unsigned char)(0x80 | (cp & 0x3F));
      i += 6;
    } else {
      *w++ = p[i++];
    }
  }
  *outlen = (size_t)(w - out);
  return (char *)out;
}

/* writeSync(fd, string | buffer) -> bytes; waits out EAGAIN on a
 * non-blocking fd, throws the uv error otherwise (EPIPE...). */
static duk_ret_t stdio_write_sync(duk_context *ctx) {
  int fd = duk_require_int(ctx, 0);
  duk_size_t len;
  const char *p;
  char *conv = NULL;
  size_t done = 0, clen = 0;
  if (duk_is_string(ctx, 1)) {
    p = duk_get_lstring(ctx, 1, &len);
    conv = jsrt__cesu8_to_utf8(p, len, &clen);
    if (conv != NULL) {
      p = conv;
      len = clen;
    }
  } else if (duk_is_buffer_data(ctx, 1))
    p = duk_get_buffer_data(ctx, 1, &len);
  else
    return jsrt__throw_arg_type(ctx, "chunk", "string or an instance of Buffer",
                                1);
  while (done < len) {
    ssize_t n = write(fd, p + done, len - done);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) {
        struct pollfd pfd;
        pfd.fd = fd;
        pfd.events = POLLOUT;
        pfd.revents = 0;
        (void)poll(&pfd, 1, -1);
        continue;
      }
      int err = uv_translate_sys_error(errno);
      free(conv);
      return jsrt__throw_uv(ctx, err, "write", NULL, NULL);
    }
    done += (size_t)n;
  }
  free(conv);
  duk_push_number(ctx, (double)done);
  return 1;
}

/* windowSize(fd) -> [columns, rows] or undefined when not a terminal */
static duk_ret_t stdio_window_size(duk_context *ctx) {
  int fd = duk_require_int(ctx, 0);
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0)
    return 0;
  duk_push_array(ctx);
  duk_push_int(ctx, ws.ws_col);
  duk_put_prop_index(ctx, -2, 0);
  duk_push_int(ctx, ws.ws_row);
  duk_put_prop_index(ctx, -2, 1);
  return 1;
}

/* ---- the stdin reader ---- */

static void stdio_reader_closed(uv_handle_t *uvh) { free(uvh->data); }

static void stdio_reader_close(jsrt__handle *h) {
  stdio_reader *r = (stdio_reader *)h;
  jsrt_isolate *iso = h->iso;
  if (iso == NULL || uv_is_closing(&r->u.handle))
    return;
  if (r->is_tty && r->raw)
    uv_tty_set_mode(&r->u.tty, UV_TTY_MODE_NORMAL);
  jsrt__unref_holder(iso->ctx, &r->self, STDIO_PTR);
  jsrt_unref(iso->ctx, r->cb);
  r->cb = 0;
  jsrt__handle_unlink(h);
  uv_close(&r->u.handle, stdio_reader_closed);
}

static void stdio_alloc(uv_handle_t *uvh, size_t hint, uv_buf_t *buf) {
  stdio_reader *r = uvh->data;
  (void)hint;
  *buf = uv_buf_init(r->buf, sizeof(r->buf));
}

static duk_ret_t stdio_push_chunk_safe(duk_context *ctx, void *udata) {
  const uv_buf_t *b = udata;
  char *p = duk_push_fixed_buffer(ctx, b->len);
  memcpy(p, b->base, b->len);
  duk_push_buffer_object(ctx, -1, 0, b->len, DUK_BUFOBJ_ARRAYBUFFER);
  return 1;
}

/* onread(err) or onread(null, ArrayBuffer); err is a uv error, UV_EOF
 * gives onread(null, null). */
static void stdio_on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf) {
  stdio_reader *r = s->data;
  jsrt_isolate *iso = r->h.iso;
  duk_context *ctx;
  uv_buf_t chunk;
  if (nread == 0 || iso == NULL)
    return;
  ctx = iso->ctx;
  jsrt_push_ref(ctx, r->cb);
  jsrt_push_ref(ctx, r->self);
  if (nread == UV_EOF) {
    duk_push_null(ctx);
    duk_push_null(ctx);
    jsrt__callback(iso, 2);
    return;
  }
  if (nread < 0) {
    jsrt__push_uv_error(ctx, (int)nread, "read", NULL, NULL);
    jsrt__callback(iso, 1);
    return;
  }
  duk_push_null(ctx);
  chunk = uv_buf_init(buf->base, (unsigned)nread);
  if (duk_safe_call(ctx, stdio_push_chunk_safe, &chunk, 0, 1) !=
      DUK_EXEC_SUCCESS)
    duk_remove(ctx, -2); /* the allocation error instead of (null, data) */
  jsrt__callback(iso, duk_is_null(ctx, -2) ? 2 : 1);
}

static stdio_reader *stdio_get(duk_context *ctx, duk_idx_t idx) {
  stdio_reader *r = NULL;
  if (duk_is_object(ctx, idx)) {
    duk_get_prop_string(ctx, idx, STDIO_PTR);
    r = duk_get_pointer(ctx, -1);
    duk_pop(ctx);
  }
  return r;
}

/* openReader(wrapper, fd, onread): attaches a reader to wrapper; returns
 * false when the fd cannot be read as a stream. */
static duk_ret_t stdio_open_reader(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  int fd = duk_require_int(ctx, 1);
  stdio_reader *r;
  int rc;
  duk_require_object(ctx, 0);
  jsrt__require_function(ctx, 2, "onread");
  if (iso->exited)
    return 0;
  r = calloc(1, sizeof(*r));
  if (r == NULL)
    return jsrt__throw_oom(ctx);
  if (uv_guess_handle(fd) == UV_TTY) {
    r->is_tty = 1;
    rc = uv_tty_init(iso->loop, &r->u.tty, fd, 1);
  } else {
    rc = uv_pipe_init(iso->loop, &r->u.pipe, 0);
    if (rc == 0) {
      rc = uv_pipe_open(&r->u.pipe, fd);
      if (rc != 0) {
        /* Initialized: it must be closed, not just freed. */
        r->u.handle.data = r;
        uv_close(&r->u.handle, stdio_reader_closed);
        duk_push_false(ctx);
        return 1;
      }
    }
  }
  if (rc != 0) {
    free(r);
    duk_push_false(ctx);
    return 1;
  }
  r->u.handle.data = r;
  jsrt__handle_link(iso, &r->h, &r->u.handle, stdio_reader_close);
  r->self = jsrt_ref(ctx, 0);
  r->cb = jsrt_ref(ctx, 2);
  duk_push_pointer(ctx, r);
  duk_put_prop_string(ctx, 0, STDIO_PTR);
  duk_push_true(ctx);
  return 1;
}

static duk_ret_t stdio_read_start(duk_context *ctx) {
  stdio_reader *r = stdio_get(ctx, 0);
  if (r != NULL && !r->reading) {
    int rc = uv_read_start(&r->u.stream, stdio_alloc, stdio_on_read);
    if (rc != 0)
      return jsrt__throw_uv(ctx, rc, "read", NULL, NULL);
    r->reading = 1;
  }
  return 0;
}

static duk_ret_t stdio_read_stop(duk_context *ctx) {
  stdio_reader *r = stdio_get(ctx, 0);
  if (r != NULL && r->reading) {
    uv_read_stop(&r->u.stream);
    r->reading = 0;
  }
  return 0;
}

static duk_ret_t stdio_close_reader(duk_context *ctx) {
  stdio_reader *r = stdio_get(ctx, 0);
  if (r != NULL)
    stdio_reader_close(&r->h);
  return 0;
}

/* setRawMode(wrapper, on) */
static duk_ret_t stdio_set_raw_mode(duk_context *ctx) {
  stdio_reader *r = stdio_get(ctx, 0);
  int on = duk_to_boolean(ctx, 1), rc;
  if (r == NULL || !r->is_tty)
    return 0;
  rc = uv_tty_set_mode(&r->u.tty, on ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL);
  if (rc != 0)
    return jsrt__throw_uv(ctx, rc, "uv_tty_set_mode", NULL, NULL);
  r->raw = on;
  return 0;
}

static duk_ret_t stdio_set_ref(duk_context *ctx) {
  stdio_reader *r = stdio_get(ctx, 0);
  if (r != NULL) {
    if (duk_to_boolean(ctx, 1))
      uv_ref(&r->u.handle);
    else
      uv_unref(&r->u.handle);
  }
  return 0;
}

static const duk_function_list_entry stdio_funcs[] = {
    {"guessHandle", stdio_guess_handle, 1},
    {"writeSync", stdio_write_sync, 2},
    {"windowSize", stdio_window_size, 1},
    {"openReader", stdio_open_reader, 3},
    {"readStart", stdio_read_start, 1},
    {"readStop", stdio_read_stop, 1},
    {"closeReader", stdio_close_reader, 1},
    {"setRawMode", stdio_set_raw_mode, 2},
    {"setRef", stdio_set_ref, 2},
    {NULL, NULL, 0}};

duk_ret_t jsrt__open_stdio(duk_context *ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, stdio_funcs);
  return 1;
}

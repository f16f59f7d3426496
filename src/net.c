/*
 * net.c - TCP and Unix-socket stream handles for net.js, in the manner of
 * Node's tcp_wrap/pipe_wrap: a JS handle object whose methods bind, listen,
 * connect, read, write (uv_try_write first), shut down and close one
 * uv_tcp_t/uv_pipe_t, calling back its onconnection/onread/ontimeout
 * properties. An HTTP parser may be attached (http.c): reads then feed it in
 * C and never surface as JS buffers.
 */
#include "net.h"
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#define NET_PTR                                                                \
  "\xff"                                                                       \
  "net"
#define NET_PROTO                                                              \
  "\xff"                                                                       \
  "netproto"
#define NET_SLAB 65536

/* One read buffer per thread: data is consumed (copied into a JS buffer or
 * parsed) before the next read can happen. */
static _Thread_local char net_slab[NET_SLAB];

typedef struct {
  uv_write_t req;
  jsrt_isolate *iso;
  int cb; /* ref to the callback, 0: none */
  size_t len;
  char data[]; /* the bytes uv_try_write could not send */
} net_write;

typedef struct {
  uv_connect_t req;
  jsrt_isolate *iso;
  int cb;
} net_connect_req;

typedef struct {
  uv_shutdown_t req;
  jsrt_isolate *iso;
  int cb;
} net_shutdown_req;

static jsrt__net_stream *net_get(duk_context *ctx, duk_idx_t idx) {
  jsrt__net_stream *s = NULL;
  if (duk_get_prop_string(ctx, idx, NET_PTR))
    s = duk_get_pointer(ctx, -1);
  duk_pop(ctx);
  return s;
}

jsrt__net_stream *jsrt__net_from(duk_context *ctx, duk_idx_t idx) {
  if (!duk_is_object(ctx, idx))
    return NULL;
  return net_get(ctx, idx);
}

static jsrt__net_stream *net_this(duk_context *ctx) {
  jsrt__net_stream *s;
  duk_push_this(ctx);
  s = net_get(ctx, -1);
  duk_pop(ctx);
  if (s == NULL || s->closing)
    jsrt__throw_code_raw(ctx, DUK_ERR_ERROR, "ERR_SOCKET_CLOSED",
                         "Socket is closed");
  return s;
}

/* ---- closing ---- */

static void net_free_if_done(jsrt__net_stream *s) {
  if (--s->pending_closes > 0)
    return;
  free(s);
}

static void net_timer_closed(uv_handle_t *h) { net_free_if_done(h->data); }

static void net_closed(uv_handle_t *h) {
  jsrt__net_stream *s = h->data;
  jsrt_isolate *iso = s->iso;
  duk_context *ctx = iso->ctx;
  if (s->close_cb) {
    jsrt_push_ref(ctx, s->close_cb);
    jsrt_push_ref(ctx, s->self);
    jsrt_unref(ctx, s->close_cb);
    s->close_cb = 0;
    jsrt__callback(iso, 0);
  }
  jsrt__unref_holder(ctx, &s->self, NET_PTR);
  net_free_if_done(s);
}

/* Starts closing (idempotent): the JS object stays reachable until the
 * close callback, which calls its close callback and then detaches it. */
static void net_close(jsrt__handle *h) {
  jsrt__net_stream *s = (jsrt__net_stream *)h;
  if (s->closing)
    return;
  s->closing = 1;
  if (s->detach != NULL)
    s->detach(s);
  jsrt__handle_unlink(h);
  if (s->timer_on) {
    s->pending_closes++;
    uv_close((uv_handle_t *)&s->timer, net_timer_closed);
  }
  uv_close(&s->uv.handle, net_closed);
}

/* ---- creating handles ---- */

static void net_wrap(duk_context *ctx, jsrt__net_stream *s, duk_idx_t obj) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  obj = duk_normalize_index(ctx, obj);
  s->iso = iso;
  s->uv.handle.data = s;
  s->pending_closes = 1;
  jsrt__handle_link(iso, &s->h, &s->uv.handle, net_close);
  s->self = jsrt_ref(ctx, obj);
  duk_push_pointer(ctx, s);
  duk_put_prop_string(ctx, obj, NET_PTR);
  duk_push_int(ctx, s->is_pipe);
  duk_put_prop_string(ctx, obj, "isPipe");
}

static jsrt__net_stream *net_alloc(duk_context *ctx, int pipe) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  jsrt__net_stream *s;
  int rc;
  if (!jsrt__has_cap(iso, JSRT_CAP_NET))
    jsrt__throw_access_denied_raw(ctx, "net");
  if (iso->exited)
    jsrt__throw_code_raw(ctx, DUK_ERR_ERROR, "ERR_SOCKET_CLOSED",
                         "the isolate has exited");
  s = calloc(1, sizeof(*s));
  if (s == NULL)
    jsrt__throw_oom_raw(ctx);
  s->is_pipe = pipe;
  rc = pipe ? uv_pipe_init(iso->loop, &s->uv.pipe, 0)
            : uv_tcp_init(iso->loop, &s->uv.tcp);
  if (rc != 0) {
    free(s);
    jsrt__throw_uv_raw(ctx, rc, pipe ? "pipe" : "socket", NULL, NULL);
  }
  return s;
}

/* new Handle(isPipe): the prototype is the constructor's. */
static duk_ret_t net_handle_ctor(duk_context *ctx) {
  int pipe = duk_to_boolean(ctx, 0);
  jsrt__net_stream *s;
  if (!duk_is_constructor_call(ctx))
    return duk_error(ctx, DUK_ERR_TYPE_ERROR, "Handle needs new");
  s = net_alloc(ctx, pipe);
  duk_push_this(ctx);
  net_wrap(ctx, s, -1);
  return 0;
}

/* Pushes a fresh JS handle object for s (accepted connections). */
static void net_push_new(duk_context *ctx, jsrt__net_stream *s) {
  duk_push_object(ctx);
  duk_push_heap_stash(ctx);
  duk_get_prop_string(ctx, -1, NET_PROTO);
  duk_set_prototype(ctx, -3);
  duk_pop(ctx);
  net_wrap(ctx, s, -1);
}

/* ---- errors: Node's exceptionWithHostPort ---- */

void jsrt__net_push_error(duk_context *ctx, int err, const char *syscall,
                          const char *address, int port) {
  const char *code = uv_err_name(err);
  if (address != NULL && port > 0)
    duk_push_error_object(ctx, DUK_ERR_ERROR, "%s %s %s:%d", syscall, code,
                          address, port);
  else if (address != NULL)
    duk_push_error_object(ctx, DUK_ERR_ERROR, "%s %s %s", syscall, code,
                          address);
  else
    duk_push_error_object(ctx, DUK_ERR_ERROR, "%s %s", syscall, code);
  duk_push_int(ctx, err);
  duk_put_prop_string(ctx, -2, "errno");
  duk_push_string(ctx, code);
  duk_put_prop_string(ctx, -2, "code");
  duk_push_string(ctx, syscall);
  duk_put_prop_string(ctx, -2, "syscall");
  if (address != NULL) {
    duk_push_string(ctx, address);
    duk_put_prop_string(ctx, -2, "address");
  }
  if (port > 0) {
    duk_push_int(ctx, port);
    duk_put_prop_string(ctx, -2, "port");
  }
}

/* uvError(err, syscall, address?, port?) */
static duk_ret_t net_uv_error(duk_context *ctx) {
  jsrt__net_push_error(ctx, duk_to_int(ctx, 0), duk_to_string(ctx, 1),
                       duk_is_string(ctx, 2) ? duk_get_string(ctx, 2) : NULL,
                       duk_is_number(ctx, 3) ? duk_get_int(ctx, 3) : 0);
  return 1;
}

static duk_ret_t net_err_name(duk_context *ctx) {
  duk_push_string(ctx, uv_err_name(duk_to_int(ctx, 0)));
  return 1;
}

/* ---- addresses ---- */

static int net_parse_addr(const char *host, int port,
                          struct sockaddr_storage *ss) {
  if (strchr(host, ':') != NULL)
    return uv_ip6_addr(host, port, (struct sockaddr_in6 *)ss);
  return uv_ip4_addr(host, port, (struct sockaddr_in *)ss);
}

/* Pushes {address, family, port} of sa. */
static void net_push_sockaddr(duk_context *ctx, const struct sockaddr *sa) {
  char ip[INET6_ADDRSTRLEN];
  int port;
  duk_push_object(ctx);
  if (sa->sa_family == AF_INET6) {
    const struct sockaddr_in6 *a6 = (const struct sockaddr_in6 *)sa;
    uv_ip6_name(a6, ip, sizeof(ip));
    port = ntohs(a6->sin6_port);
    duk_push_string(ctx, "IPv6");
  } else {
    const struct sockaddr_in *a4 = (const struct sockaddr_in *)sa;
    uv_ip4_name(a4, ip, sizeof(ip));
    port = ntohs(a4->sin_port);
    duk_push_string(ctx, "IPv4");
  }
  duk_put_prop_string(ctx, -2, "family");
  duk_push_string(ctx, ip);
  duk_put_prop_string(ctx, -2, "address");
  duk_push_int(ctx, port);
  duk_put_prop_string(ctx, -2, "port");
}

static duk_ret_t net_name(duk_context *ctx, int peer) {
  jsrt__net_stream *s = net_this(ctx);
  struct sockaddr_storage ss;
  int len = sizeof(ss), rc;
  if (s->is_pipe) {
    char buf[256];
    size_t n = sizeof(buf);
    rc = peer ? uv_pipe_getpeername(&s->uv.pipe, buf, &n)
              : uv_pipe_getsockname(&s->uv.pipe, buf, &n);
    if (rc != 0)
      return 0;
    duk_push_lstring(ctx, buf, n);
    return 1;
  }
  rc = peer ? uv_tcp_getpeername(&s->uv.tcp, (struct sockaddr *)&ss, &len)
            : uv_tcp_getsockname(&s->uv.tcp, (struct sockaddr *)&ss, &len);
  if (rc != 0)
    return 0;
  net_push_sockaddr(ctx, (struct sockaddr *)&ss);
  return 1;
}

static duk_ret_t net_getsockname(duk_context *ctx) { return net_name(ctx, 0); }
static duk_ret_t net_getpeername(duk_context *ctx) { return net_name(ctx, 1); }

/* ---- bind / listen / accept ---- */

/* bind(host, port, flags) for TCP (flags 1: ipv6only), bind(path) for
 * pipes. Returns 0 or a negative uv error. */
static duk_ret_t net_bind(duk_context *ctx) {
  jsrt__net_stream *s = net_this(ctx);
  int rc;
  if (s->is_pipe) {
    rc = uv_pipe_bind(&s->uv.pipe, duk_require_string(ctx, 0));
  } else {
    struct sockaddr_storage ss;
    rc = net_parse_addr(duk_require_string(ctx, 0), duk_to_int(ctx, 1), &ss);
    if (rc == 0)
      rc = uv_tcp_bind(&s->uv.tcp, (struct sockaddr *)&ss,
                       duk_to_int(ctx, 2) & 1 ? UV_TCP_IPV6ONLY : 0);
  }
  duk_push_int(ctx, rc);
  return 1;
}

static void net_on_connection(uv_stream_t *server, int status) {
  jsrt__net_stream *s = server->data, *c;
  jsrt_isolate *iso = s->iso;
  duk_context *ctx = iso->ctx;
  if (iso->exited || iso->closing)
    return;
  jsrt_push_ref(ctx, s->self);
  duk_get_prop_string(ctx, -1, "onconnection");
  duk_swap_top(ctx, -2); /* [fn this] */
  if (status != 0) {
    duk_push_int(ctx, status);
    duk_push_undefined(ctx);
    jsrt__callback(iso, 2);
    return;
  }
  c = calloc(1, sizeof(*c));
  if (c == NULL) {
    duk_pop_2(ctx);
    return;
  }
  c->is_pipe = s->is_pipe;
  if (c->is_pipe)
    uv_pipe_init(iso->loop, &c->uv.pipe, 0);
  else
    uv_tcp_init(iso->loop, &c->uv.tcp);
  c->uv.handle.data = c;
  if (uv_accept(server, &c->uv.stream) != 0) {
    c->pending_closes = 1;
    uv_close(&c->uv.handle, net_timer_closed);
    duk_pop_2(ctx);
    return;
  }
  duk_push_int(ctx, 0);
  net_push_new(ctx, c);
  jsrt__callback(iso, 2);
}

static duk_ret_t net_listen(duk_context *ctx) {
  jsrt__net_stream *s = net_this(ctx);
  int backlog = duk_is_number(ctx, 0) ? duk_get_int(ctx, 0) : 511;
  duk_push_int(ctx, uv_listen(&s->uv.stream, backlog, net_on_connection));
  return 1;
}

/* ---- connect ---- */

static void net_on_connect(uv_connect_t *req, int status) {
  net_connect_req *r = (net_connect_req *)req;
  jsrt_isolate *iso = r->iso;
  duk_context *ctx = iso->ctx;
  jsrt__req_done(iso);
  if (!iso->closing && ctx != NULL) {
    jsrt_push_ref(ctx, r->cb);
    jsrt_unref(ctx, r->cb);
    duk_push_undefined(ctx);
    duk_push_int(ctx, status);
    jsrt__callback(iso, 1);
  }
  free(r);
}

/* connect(host, port, cb) / connect(path, cb) for pipes; cb(status). */
static duk_ret_t net_connect(duk_context *ctx) {
  jsrt__net_stream *s = net_this(ctx);
  jsrt_isolate *iso = jsrt_from_context(ctx);
  duk_idx_t cbi = s->is_pipe ? 1 : 2;
  struct sockaddr_storage ss;
  net_connect_req *r;
  int rc = 0;
  const char *host = duk_require_string(ctx, 0);
  jsrt__require_function(ctx, cbi, "callback");
  if (!s->is_pipe) {
    rc = net_parse_addr(host, duk_to_int(ctx, 1), &ss);
    if (rc != 0) {
      duk_push_int(ctx, rc);
      return 1;
    }
  }
  jsrt__refs_reserve(ctx, 1); /* r->cb's ref below cannot throw */
  r = calloc(1, sizeof(*r));
  if (r == NULL)
    return jsrt__throw_oom(ctx);
  r->iso = iso;
  if (s->is_pipe)
    uv_pipe_connect(&r->req, &s->uv.pipe, host, net_on_connect);
  else
    rc = uv_tcp_connect(&r->req, &s->uv.tcp, (struct sockaddr *)&ss,
                        net_on_connect);
  if (rc != 0) {
    free(r);
    duk_push_int(ctx, rc);
    return 1;
  }
  r->cb = jsrt_ref(ctx, cbi);
  jsrt__req_start(iso);
  duk_push_int(ctx, 0);
  return 1;
}

/* ---- reading ---- */

static void net_alloc_cb(uv_handle_t *h, size_t hint, uv_buf_t *buf) {
  (void)h;
  (void)hint;
  buf->base = net_slab;
  buf->len = sizeof(net_slab);
}

void jsrt__net_push_buffer(duk_context *ctx, const char *data, size_t len) {
  /* NOZERO: every byte is overwritten right away. */
  void *p = duk_push_buffer_raw(ctx, len, DUK_BUF_FLAG_NOZERO);
  if (len > 0)
    memcpy(p, data, len);
  duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_NODEJS_BUFFER);
  duk_remove(ctx, -2);
}

static void net_timer_touch(jsrt__net_stream *s) {
  if (s->timer_on && s->timeout_ms > 0) {
    uv_update_time(s->iso->loop); /* idle from now, as Node counts it */
    uv_timer_again(&s->timer);
  }
}

static void net_on_read(uv_stream_t *stream, ssize_t nread,
                        const uv_buf_t *buf) {
  jsrt__net_stream *s = stream->data;
  jsrt_isolate *iso = s->iso;
  duk_context *ctx = iso->ctx;
  if (nread == 0 || s->closing || iso->exited || iso->closing)
    return;
  if (nread > 0) {
    s->bytes_read += (double)nread;
    net_timer_touch(s);
  }
  if (s->consumer != NULL) {
    s->consumer(s, nread, buf->base);
    return;
  }
  jsrt_push_ref(ctx, s->self);
  duk_get_prop_string(ctx, -1, "onread");
  duk_swap_top(ctx, -2);
  duk_push_int(ctx, nread > 0 ? (int)nread : (int)nread);
  if (nread > 0)
    jsrt__net_push_buffer(ctx, buf->base, (size_t)nread);
  else
    duk_push_undefined(ctx);
  jsrt__callback(iso, 2);
}

static duk_ret_t net_read_start(duk_context *ctx) {
  jsrt__net_stream *s = net_this(ctx);
  int rc = 0;
  if (!s->reading) {
    rc = uv_read_start(&s->uv.stream, net_alloc_cb, net_on_read);
    if (rc == 0)
      s->reading = 1;
  }
  duk_push_int(ctx, rc);
  return 1;
}

int jsrt__net_read_start(jsrt__net_stream *s) {
  int rc = 0;
  if (!s->reading && !s->closing) {
    rc = uv_read_start(&s->uv.stream, net_alloc_cb, net_on_read);
    if (rc == 0)
      s->reading = 1;
  }
  return rc;
}

void jsrt__net_read_stop(jsrt__net_stream *s) {
  if (s->reading && !s->closing) {
    uv_read_stop(&s->uv.stream);
    s->reading = 0;
  }
}

static duk_ret_t net_read_stop(duk_context *ctx) {
  jsrt__net_read_stop(net_this(ctx));
  return 0;
}

/* ---- writing ---- */

static void net_on_write(uv_write_t *req, int status) {
  net_write *w = (net_write *)req;
  jsrt_isolate *iso = w->iso;
  jsrt__req_done(iso);
  if (w->cb && iso->ctx != NULL) {
    duk_context *ctx = iso->ctx;
    jsrt_push_ref(ctx, w->cb);
    jsrt_unref(ctx, w->cb);
    if (iso->closing) {
      duk_pop(ctx);
    } else if (duk_is_function(ctx, -1)) {
      duk_push_undefined(ctx);
      duk_push_int(ctx, status);
      jsrt__callback(iso, 1);
    } else {
      /* an object: target._onWrite(status) (no closure per write) */
      duk_get_prop_string(ctx, -1, "_onWrite");
      duk_swap_top(ctx, -2);
      duk_push_int(ctx, status);
      jsrt__callback(iso, 1);
    }
  }
  free(w);
}

/* Writes bufs: what the kernel takes at once goes now, the rest is copied
 * into one write request. Returns 0 when all was written synchronously, 1
 * when a request is pending (cb_idx, if a function, is called with the
 * status when it completes; if another object, its _onWrite method), or
 * a negative uv error. */
int jsrt__net_write(duk_context *ctx, jsrt__net_stream *s, uv_buf_t *bufs,
                    unsigned nbufs, duk_idx_t cb_idx) {
  jsrt_isolate *iso = s->iso;
  size_t total = 0, skip, off = 0;
  unsigned i;
  net_write *w;
  int rc;
  if (s->closing)
    return UV_EPIPE;
  /* Before anything is written: w->cb's ref below cannot throw then. */
  jsrt__refs_reserve(ctx, 1);
  for (i = 0; i < nbufs; i++)
    total += bufs[i].len;
  net_timer_touch(s);
  rc = 0;
  if (uv_stream_get_write_queue_size(&s->uv.stream) == 0) {
    rc = uv_try_write(&s->uv.stream, bufs, nbufs);
    if (rc == UV_EAGAIN || rc == UV_ENOSYS)
      rc = 0;
    else if (rc < 0)
      return rc;
  }
  s->bytes_written += (double)total;
  if ((size_t)rc == total)
    return 0;
  skip = (size_t)rc;
  w = malloc(sizeof(*w) + (total - skip));
  if (w == NULL)
    return UV_ENOMEM;
  for (i = 0; i < nbufs; i++) {
    size_t l = bufs[i].len;
    if (skip >= l) {
      skip -= l;
      continue;
    }
    memcpy(w->data + off, bufs[i].base + skip, l - skip);
    off += l - skip;
    skip = 0;
  }
  w->iso = iso;
  w->len = off;
  w->cb = 0;
  {
    uv_buf_t b = uv_buf_init(w->data, (unsigned)off);
    rc = uv_write(&w->req, &s->uv.stream, &b, 1, net_on_write);
  }
  if (rc != 0) {
    free(w);
    return rc;
  }
  if (cb_idx != DUK_INVALID_INDEX && duk_is_object(ctx, cb_idx))
    w->cb = jsrt_ref(ctx, cb_idx);
  jsrt__req_start(iso);
  return 1;
}

/* Fills b from a string or buffer at idx; false for other types. */
static int net_to_buf(duk_context *ctx, duk_idx_t idx, uv_buf_t *b) {
  duk_size_t len;
  if (duk_is_string(ctx, idx)) {
    b->base = (char *)duk_get_lstring(ctx, idx, &len);
  } else if (duk_is_buffer_data(ctx, idx)) {
    b->base = duk_get_buffer_data(ctx, idx, &len);
  } else {
    return 0;
  }
  b->len = len;
  return 1;
}

/* write(data | [data...], cb) -> 0 done, 1 pending, <0 error */
static duk_ret_t net_write_js(duk_context *ctx) {
  jsrt__net_stream *s = net_this(ctx);
  uv_buf_t small[16], *bufs = small;
  unsigned n = 0;
  int rc;
  if (duk_is_array(ctx, 0)) {
    duk_size_t i, len = duk_get_length(ctx, 0);
    if (len > JSRT__COUNTOF(small)) {
      bufs = duk_push_fixed_buffer(ctx, len * sizeof(uv_buf_t));
    }
    for (i = 0; i < len; i++) {
      duk_get_prop_index(ctx, 0, (duk_uarridx_t)i);
      /* The array keeps the values alive while we use their bytes. */
      if (!net_to_buf(ctx, -1, &bufs[n]))
        return jsrt__throw_arg_type(ctx, "chunk", "string or Buffer", -1);
      duk_pop(ctx);
      n++;
    }
  } else {
    if (!net_to_buf(ctx, 0, &bufs[0]))
      return jsrt__throw_arg_type(ctx, "chunk", "string or Buffer", 0);
    n = 1;
  }
  rc = jsrt__net_write(ctx, s, bufs, n, 1);
  duk_push_int(ctx, rc);
  return 1;
}

static void net_on_shutdown(uv_shutdown_t *req, int status) {
  net_shutdown_req *r = (net_shutdown_req *)req;
  jsrt_isolate *iso = r->iso;
  jsrt__req_done(iso);
  if (r->cb && iso->ctx != NULL) {
    duk_context *ctx = iso->ctx;
    jsrt_push_ref(ctx, r->cb);
    jsrt_unref(ctx, r->cb);
    if (!iso->closing) {
      duk_push_undefined(ctx);
      duk_push_int(ctx, status);
      jsrt__callback(iso, 1);
    } else {
      duk_pop(ctx);
    }
  }
  free(r);
}

/* shutdown(cb) -> 0 or <0; cb(status) after pending writes are flushed. */
static duk_ret_t net_shutdown(duk_context *ctx) {
  jsrt__net_stream *s = net_this(ctx);
  jsrt_isolate *iso = jsrt_from_context(ctx);
  net_shutdown_req *r;
  int rc;
  jsrt__refs_reserve(ctx, 1); /* r->cb's ref below cannot throw */
  r = calloc(1, sizeof(*r));
  if (r == NULL)
    return jsrt__throw_oom(ctx);
  r->iso = iso;
  rc = uv_shutdown(&r->req, &s->uv.stream, net_on_shutdown);
  if (rc != 0) {
    free(r);
  } else {
    if (duk_is_function(ctx, 0))
      r->cb = jsrt_ref(ctx, 0);
    jsrt__req_start(iso);
  }
  duk_push_int(ctx, rc);
  return 1;
}

/* close(cb?): cb runs once the handle is closed. */
static duk_ret_t net_close_js(duk_context *ctx) {
  jsrt__net_stream *s;
  duk_push_this(ctx);
  s = net_get(ctx, -1);
  if (s == NULL || s->closing)
    return 0;
  if (duk_is_function(ctx, 0))
    s->close_cb = jsrt_ref(ctx, 0);
  net_close(&s->h);
  return 0;
}

/* ---- options ---- */

static duk_ret_t net_set_nodelay(duk_context *ctx) {
  jsrt__net_stream *s = net_this(ctx);
  if (!s->is_pipe)
    uv_tcp_nodelay(&s->uv.tcp, duk_to_boolean(ctx, 0));
  return 0;
}

static duk_ret_t net_set_keepalive(duk_context *ctx) {
  jsrt__net_stream *s = net_this(ctx);
  if (!s->is_pipe)
    uv_tcp_keepalive(&s->uv.tcp, duk_to_boolean(ctx, 0),
                     (unsigned)duk_to_uint(ctx, 1));
  return 0;
}

static duk_ret_t net_ref(duk_context *ctx) {
  jsrt__net_stream *s = net_this(ctx);
  if (duk_to_boolean(ctx, 0))
    uv_ref(&s->uv.handle);
  else
    uv_unref(&s->uv.handle);
  s->unrefed = !duk_to_boolean(ctx, 0);
  if (s->timer_on) {
    if (s->unrefed)
      uv_unref((uv_handle_t *)&s->timer);
    else
      uv_ref((uv_handle_t *)&s->timer);
  }
  return 0;
}

static duk_ret_t net_has_ref(duk_context *ctx) {
  jsrt__net_stream *s = net_this(ctx);
  duk_push_boolean(ctx, uv_has_ref(&s->uv.handle));
  return 1;
}

static void net_on_timeout(uv_timer_t *t) {
  jsrt__net_stream *s = t->data;
  jsrt_isolate *iso = s->iso;
  duk_context *ctx = iso->ctx;
  if (s->closing || iso->exited || iso->closing)
    return;
  jsrt_push_ref(ctx, s->self);
  duk_get_prop_string(ctx, -1, "ontimeout");
  if (!duk_is_function(ctx, -1)) {
    duk_pop_2(ctx);
    return;
  }
  duk_swap_top(ctx, -2);
  jsrt__callback(iso, 0);
}

/* setTimeout(ms): ontimeout() after ms of no reads or writes; 0: off.
 * One-shot, as in Node: activity re-arms it. */
void jsrt__net_set_timeout(jsrt__net_stream *s, uint64_t ms) {
  if (s->closing)
    return;
  if (!s->timer_on) {
    if (ms == 0)
      return;
    uv_timer_init(s->iso->loop, &s->timer);
    s->timer.data = s;
    s->timer_on = 1;
  }
  s->timeout_ms = ms;
  if (ms == 0) {
    uv_timer_stop(&s->timer);
    return;
  }
  uv_update_time(s->iso->loop);
  uv_timer_start(&s->timer, net_on_timeout, ms, ms);
  if (s->unrefed)
    uv_unref((uv_handle_t *)&s->timer);
}

static duk_ret_t net_set_timeout(duk_context *ctx) {
  jsrt__net_set_timeout(net_this(ctx), (uint64_t)duk_to_number(ctx, 0));
  return 0;
}

static duk_ret_t net_stats(duk_context *ctx) {
  jsrt__net_stream *s;
  duk_push_this(ctx);
  s = net_get(ctx, -1);
  if (s == NULL)
    return 0;
  duk_push_array(ctx);
  duk_push_number(ctx, s->bytes_read);
  duk_put_prop_index(ctx, -2, 0);
  duk_push_number(ctx, s->bytes_written);
  duk_put_prop_index(ctx, -2, 1);
  duk_push_number(
      ctx,
      s->closing ? 0 : (double)uv_stream_get_write_queue_size(&s->uv.stream));
  duk_put_prop_index(ctx, -2, 2);
  return 1;
}

static duk_ret_t net_fd(duk_context *ctx) {
  jsrt__net_stream *s = net_this(ctx);
  uv_os_fd_t fd;
  if (uv_fileno(&s->uv.handle, &fd) != 0)
    return 0;
  duk_push_int(ctx, (int)fd);
  return 1;
}

/* ---- IP helpers ---- */

/* isIP(s) -> 0, 4 or 6 (inet_pton, as Node). */
duk_ret_t jsrt__net_is_ip(duk_context *ctx) {
  unsigned char buf[sizeof(struct in6_addr)];
  const char *s;
  if (!duk_is_string(ctx, 0)) {
    duk_push_int(ctx, 0);
    return 1;
  }
  s = duk_get_string(ctx, 0);
  /* libuv's inet_pton drops any "%zone" itself: zones are checked below
   * with Node's rules. */
  if (uv_inet_pton(AF_INET, s, buf) == 0)
    duk_push_int(ctx, 4);
  else if (strchr(s, '%') == NULL && uv_inet_pton(AF_INET6, s, buf) == 0)
    duk_push_int(ctx, 6);
  else {
    /* Node also accepts a zone id: fe80::1%eth0 */
    const char *pct = strchr(s, '%');
    char tmp[64];
    size_t n = pct ? (size_t)(pct - s) : 0;
    const char *z = pct ? pct + 1 : NULL;
    int zone_ok = z != NULL && *z != '\0';
    for (; zone_ok && *z; z++)
      if (!((*z >= 'a' && *z <= 'z') || (*z >= 'A' && *z <= 'Z') ||
            (*z >= '0' && *z <= '9') || *z == '.' || *z == '_' || *z == '-'))
        zone_ok = 0;
    if (zone_ok && n < sizeof(tmp)) {
      memcpy(tmp, s, n);
      tmp[n] = '\0';
      duk_push_int(ctx, uv_inet_pton(AF_INET6, tmp, buf) == 0 ? 6 : 0);
    } else {
      duk_push_int(ctx, 0);
    }
  }
  return 1;
}

static const duk_function_list_entry net_handle_methods[] = {
    {"bind", net_bind, 3},
    {"listen", net_listen, 1},
    {"connect", net_connect, 3},
    {"readStart", net_read_start, 0},
    {"readStop", net_read_stop, 0},
    {"write", net_write_js, 2},
    {"shutdown", net_shutdown, 1},
    {"close", net_close_js, 1},
    {"getsockname", net_getsockname, 0},
    {"getpeername", net_getpeername, 0},
    {"setNoDelay", net_set_nodelay, 1},
    {"setKeepAlive", net_set_keepalive, 2},
    {"setRef", net_ref, 1},
    {"hasRef", net_has_ref, 0},
    {"setTimeout", net_set_timeout, 1},
    {"stats", net_stats, 0},
    {"fd", net_fd, 0},
    {NULL, NULL, 0}};

static const duk_function_list_entry net_funcs[] = {
    {"uvError", net_uv_error, 4},
    {"errName", net_err_name, 1},
    {"isIP", jsrt__net_is_ip, 1},
    {NULL, NULL, 0}};

duk_ret_t jsrt__open_net(duk_context *ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, net_funcs);
  duk_push_c_function(ctx, net_handle_ctor, 1);
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, net_handle_methods);
  duk_push_heap_stash(ctx);
  duk_dup(ctx, -2);
  duk_put_prop_string(ctx, -2, NET_PROTO);
  duk_pop(ctx);
  duk_put_prop_string(ctx, -2, "prototype");
  duk_put_prop_string(ctx, -2, "Handle");
  duk_push_int(ctx, UV_EOF);
  duk_put_prop_string(ctx, -2, "UV_EOF");
  return 1;
}

/*
 * net.h - the stream handle of net.c, shared with http.c (which attaches
 * its parser to a connection so that request bytes are parsed in C).
 */
#ifndef JSRT_NET_H
#define JSRT_NET_H

#include "internal.h"

typedef struct jsrt__net_stream jsrt__net_stream;
struct jsrt__net_stream {
  jsrt__handle h; /* first: linked while open */
  union {
    uv_tcp_t tcp;
    uv_pipe_t pipe;
    uv_stream_t stream;
    uv_handle_t handle;
  } uv;
  uv_timer_t timer; /* setTimeout; initialized when timer_on */
  jsrt_isolate *iso;
  int self;     /* ref to the JS handle object until the close callback */
  int close_cb; /* ref */
  int pending_closes;
  unsigned is_pipe : 1, closing : 1, reading : 1, timer_on : 1, unrefed : 1;
  uint64_t timeout_ms;
  double bytes_read, bytes_written;
  /* When set, reads go to consumer instead of onread (nread < 0: error or
   * UV_EOF); detach is called when the handle starts closing. */
  void (*consumer)(jsrt__net_stream *s, ssize_t nread, const char *data);
  void (*detach)(jsrt__net_stream *s);
  void *consumer_data;
};

/* The stream of a JS handle object at idx, or NULL. */
jsrt__net_stream *jsrt__net_from(duk_context *ctx, duk_idx_t idx);
int jsrt__net_write(duk_context *ctx, jsrt__net_stream *s, uv_buf_t *bufs,
                    unsigned nbufs, duk_idx_t cb_idx);
int jsrt__net_read_start(jsrt__net_stream *s);
void jsrt__net_read_stop(jsrt__net_stream *s);
void jsrt__net_set_timeout(jsrt__net_stream *s, uint64_t ms);
/* isIP(s) -> 0, 4 or 6 (a duk_c_function). */
duk_ret_t jsrt__net_is_ip(duk_context *ctx);
/* Pushes a Node Buffer holding a copy of data. */
void jsrt__net_push_buffer(duk_context *ctx, const char *data, size_t len);
/* Pushes Node's "connect ECONNREFUSED 127.0.0.1:80"-style error. */
void jsrt__net_push_error(duk_context *ctx, int err, const char *syscall,
                          const char *address, int port);

#endif

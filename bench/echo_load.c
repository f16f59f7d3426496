/*
 * echo_load.c - TCP echo load generator for bench/http/run.sh: N
 * connections to 127.0.0.1:PORT each keep 64 KiB in flight and count the
 * bytes echoed back for SECONDS; prints MB/s.
 *   echo_load PORT CONNECTIONS SECONDS
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#define EL_CHUNK 65536

typedef struct {
  uv_tcp_t tcp;
  uv_connect_t conn;
  size_t outstanding;
} el_conn;

static char el_out[EL_CHUNK];
static char el_in[EL_CHUNK];
static double el_bytes;
static int el_stop;

static void el_send(el_conn *c);

static void el_alloc(uv_handle_t *h, size_t hint, uv_buf_t *b) {
  (void)h;
  (void)hint;
  b->base = el_in;
  b->len = sizeof(el_in);
}

static void el_on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *b) {
  el_conn *c = s->data;
  (void)b;
  if (n < 0) {
    uv_close((uv_handle_t *)s, NULL);
    return;
  }
  el_bytes += (double)n;
  c->outstanding -= (size_t)n;
  if (c->outstanding == 0 && !el_stop)
    el_send(c);
}

static void el_on_write(uv_write_t *w, int status) {
  (void)status;
  free(w);
}

/* A request per write: the echo of one can come back (and the next write
 * start) before the previous write's callback has run. */
static void el_send(el_conn *c) {
  uv_buf_t b = uv_buf_init(el_out, EL_CHUNK);
  uv_write_t *w = malloc(sizeof(*w));
  c->outstanding = EL_CHUNK;
  uv_write(w, (uv_stream_t *)&c->tcp, &b, 1, el_on_write);
}

static void el_on_connect(uv_connect_t *req, int status) {
  el_conn *c = req->data;
  if (status != 0) {
    fprintf(stderr, "connect: %s\n", uv_strerror(status));
    exit(1);
  }
  uv_read_start((uv_stream_t *)&c->tcp, el_alloc, el_on_read);
  el_send(c);
}

static void el_on_timer(uv_timer_t *t) {
  uv_loop_t *loop = t->loop;
  el_stop = 1;
  uv_stop(loop);
}

int main(int argc, char **argv) {
  uv_loop_t *loop = uv_default_loop();
  struct sockaddr_in addr;
  uv_timer_t timer;
  int port, n, secs, i;
  el_conn *conns;
  if (argc < 4) {
    fprintf(stderr, "usage: echo_load PORT CONNECTIONS SECONDS\n");
    return 2;
  }
  port = atoi(argv[1]);
  n = atoi(argv[2]);
  secs = atoi(argv[3]);
  memset(el_out, 'x', sizeof(el_out));
  conns = calloc((size_t)n, sizeof(*conns));
  uv_ip4_addr("127.0.0.1", port, &addr);
  for (i = 0; i < n; i++) {
    uv_tcp_init(loop, &conns[i].tcp);
    conns[i].tcp.data = &conns[i];
    conns[i].conn.data = &conns[i];
    uv_tcp_connect(&conns[i].conn, &conns[i].tcp, (struct sockaddr *)&addr,
                   el_on_connect);
  }
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, el_on_timer, (uint64_t)secs * 1000, 0);
  uv_run(loop, UV_RUN_DEFAULT);
  printf("%.1f\n", el_bytes / secs / 1e6);
  return 0;
}

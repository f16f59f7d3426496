/*
 * isolate.c - what an isolate costs: microseconds to create and free one,
 * and bytes of heap an idle one holds, beside the same figures for a bare
 * Duktape heap (duk_create_heap with the same engine build) measured in the
 * same run. Target: within 1.5x of bare Duktape on both.
 */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

static size_t bare_bytes;

static void *bare_alloc(void *u, duk_size_t n) {
  void *p = malloc(n);
  (void)u;
  if (p)
    bare_bytes += malloc_usable_size(p);
  return p;
}
static void *bare_realloc(void *u, void *p, duk_size_t n) {
  size_t old = p ? malloc_usable_size(p) : 0;
  void *q = realloc(p, n);
  (void)u;
  if (q || n == 0)
    bare_bytes = bare_bytes - old + (q ? malloc_usable_size(q) : 0);
  return q;
}
static void bare_free(void *u, void *p) {
  (void)u;
  if (p)
    bare_bytes -= malloc_usable_size(p);
  free(p);
}

static double now_us(void) { return (double)uv_hrtime() / 1e3; }

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 2000, i, round;
  double best_bare = 1e30, best_jsrt = 1e30, ratio_t, ratio_b;
  size_t jsrt_bytes;
  duk_context *ctx;
  jsrt_isolate *iso;

  /* Interleave the two in rounds and keep the best of each, so that noise
   * from other processes hits both alike. */
  for (round = 0; round < 5; round++) {
    double t0 = now_us(), t1;
    for (i = 0; i < n; i++)
      duk_destroy_heap(
          duk_create_heap(bare_alloc, bare_realloc, bare_free, NULL, NULL));
    t1 = now_us();
    if ((t1 - t0) / n < best_bare)
      best_bare = (t1 - t0) / n;
    t0 = now_us();
    for (i = 0; i < n; i++)
      jsrt_isolate_free(jsrt_isolate_new(NULL));
    t1 = now_us();
    if ((t1 - t0) / n < best_jsrt)
      best_jsrt = (t1 - t0) / n;
  }

  bare_bytes = 0;
  ctx = duk_create_heap(bare_alloc, bare_realloc, bare_free, NULL, NULL);
  duk_gc(ctx, 0);
  iso = jsrt_isolate_new(NULL);
  duk_gc(jsrt_context(iso), 0);
  jsrt_bytes = iso->mem_used;

  ratio_t = best_jsrt / best_bare;
  ratio_b = (double)jsrt_bytes / (double)bare_bytes;
  printf("isolate create+free: jsrt %.1f us, bare duktape %.1f us, ratio "
         "%.2fx (target <= 1.5x) %s\n",
         best_jsrt, best_bare, ratio_t, ratio_t <= 1.5 ? "OK" : "MISSED");
  printf("idle heap bytes:     jsrt %zu, bare duktape %zu, ratio %.2fx "
         "(target <= 1.5x) %s\n",
         jsrt_bytes, bare_bytes, ratio_b, ratio_b <= 1.5 ? "OK" : "MISSED");
  jsrt_isolate_free(iso);
  duk_destroy_heap(ctx);
  return 0;
}

/*
 * testutil.h - shared fixture bits for the cmocka suites: an isolate per
 * test, and helpers to evaluate and read results.
 */
#ifndef JSRT_TESTUTIL_H
#define JSRT_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "jsrt.h"

/* The default fixture: an isolate with default options in *state, on a
 * loop the fixture lends it, so that teardown can check what libuv's own
 * tests check: after the isolate is freed, uv_loop_close returns 0. A
 * handle the isolate leaked (one it does not close at free) fails the
 * test that leaked it instead of going unnoticed. A suite's own setup
 * calls this one first (tu_teardown expects the lent loop). */
static inline int tu_setup(void **state) {
  jsrt_options o;
  jsrt_isolate *iso;
  uv_loop_t *loop = malloc(sizeof(*loop));
  if (loop == NULL || uv_loop_init(loop) != 0) {
    free(loop);
    return -1;
  }
  jsrt_options_init(&o);
  o.loop = loop;
  iso = jsrt_isolate_new(&o);
  if (iso == NULL) {
    uv_loop_close(loop);
    free(loop);
    return -1;
  }
  *state = iso;
  return 0;
}

static inline void tu_print_handle(uv_handle_t *h, void *arg) {
  (void)arg;
  print_error("  leaked: %s handle%s\n", uv_handle_type_name(h->type),
              uv_is_closing(h) ? " (closing)" : "");
}

static inline int tu_teardown(void **state) {
  uv_loop_t *loop = jsrt_loop(*state);
  int rc;
  jsrt_isolate_free(*state);
  rc = uv_loop_close(loop);
  if (rc != 0) {
    /* The leaked handles still point into the loop: keep its memory. */
    print_error("uv_loop_close: %s (a handle leaked)\n", uv_strerror(rc));
    uv_walk(loop, tu_print_handle, NULL);
    return -1;
  }
  free(loop);
  return 0;
}

/* Evaluates src and returns the status; the value is popped. */
static inline int tu_eval(jsrt_isolate *iso, const char *src) {
  int rc = jsrt_eval(iso, src, (size_t)-1, "test.js");
  duk_pop(jsrt_context(iso));
  return rc;
}

/* Evaluates src, which must succeed, and returns its value as a number. */
static inline double tu_eval_number(jsrt_isolate *iso, const char *src) {
  double v;
  int rc = jsrt_eval(iso, src, (size_t)-1, "test.js");
  if (rc != JSRT_OK)
    fail_msg("eval failed (%d): %s", rc, jsrt_last_error(iso));
  v = duk_to_number(jsrt_context(iso), -1);
  duk_pop(jsrt_context(iso));
  return v;
}

/* Evaluates src, which must succeed, and copies its value as a string
 * into buf. */
static inline const char *tu_eval_string(jsrt_isolate *iso, const char *src,
                                         char *buf, size_t size) {
  int rc = jsrt_eval(iso, src, (size_t)-1, "test.js");
  if (rc != JSRT_OK)
    fail_msg("eval failed (%d): %s", rc, jsrt_last_error(iso));
  snprintf(buf, size, "%s", duk_safe_to_string(jsrt_context(iso), -1));
  duk_pop(jsrt_context(iso));
  return buf;
}

/* A delay that races against other work, stretched on slow builds by
 * JSRT_TEST_TIMEOUT_SCALE (set by tests/run.sh: 4 under ASan, 10 under
 * valgrind), like platformTimeout in the JS tests. */
static inline unsigned tu_timeout(unsigned ms) {
  const char *s = getenv("JSRT_TEST_TIMEOUT_SCALE");
  double scale = s ? strtod(s, NULL) : 1;
  if (!(scale >= 1))
    scale = 1;
  return (unsigned)(ms * scale + 0.5);
}

#endif

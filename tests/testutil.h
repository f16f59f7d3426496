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

/* The default fixture: an isolate with default options in *state. */
static inline int tu_setup(void **state) {
  jsrt_isolate *iso = jsrt_isolate_new(NULL);
  if (iso == NULL)
    return -1;
  *state = iso;
  return 0;
}

static inline int tu_teardown(void **state) {
  jsrt_isolate_free(*state);
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

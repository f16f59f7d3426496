/*
 * native_module.c - a C module used from JavaScript: the host registers
 * "geometry" with Duktape's function-list API, and the script requires it
 * like any other module. geometry.countPrimes(limit, callback) shows async
 * work: the computation runs on libuv's thread pool (uv_queue_work) while
 * the script goes on, and its result comes back to a JS callback kept
 * alive with jsrt_ref and called with jsrt_pcall on the isolate's thread.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "jsrt.h"

/* geometry.hypot(a, b) */
static duk_ret_t geometry_hypot(duk_context *ctx) {
  double a = duk_require_number(ctx, 0), b = duk_require_number(ctx, 1);
  duk_push_number(ctx, sqrt(a * a + b * b));
  return 1;
}

/* geometry.scale(points, k) -> new array of {x, y} */
static duk_ret_t geometry_scale(duk_context *ctx) {
  duk_size_t i, n;
  double k = duk_require_number(ctx, 1);
  if (!duk_is_array(ctx, 0))
    return duk_error(ctx, DUK_ERR_TYPE_ERROR, "points must be an array");
  n = duk_get_length(ctx, 0);
  duk_push_array(ctx);
  for (i = 0; i < n; i++) {
    duk_get_prop_index(ctx, 0, (duk_uarridx_t)i);
    duk_push_object(ctx);
    duk_get_prop_string(ctx, -2, "x");
    duk_push_number(ctx, duk_to_number(ctx, -1) * k);
    duk_put_prop_string(ctx, -3, "x");
    duk_pop(ctx);
    duk_get_prop_string(ctx, -2, "y");
    duk_push_number(ctx, duk_to_number(ctx, -1) * k);
    duk_put_prop_string(ctx, -3, "y");
    duk_pop(ctx);
    duk_put_prop_index(ctx, -3, (duk_uarridx_t)i);
    duk_pop(ctx);
  }
  return 1;
}

/* ---- async work on the thread pool ---- */

typedef struct {
  uv_work_t req;
  jsrt_isolate *iso;
  int callback; /* jsrt_ref: keeps the JS function alive meanwhile */
  long limit, count;
} primes_job;

/* On a pool thread: no JS, no Duktape calls here. */
static void primes_work(uv_work_t *req) {
  primes_job *job = req->data;
  long n, d, count = 0;
  for (n = 2; n < job->limit; n++) {
    for (d = 2; d * d <= n && n % d != 0; d++)
      ;
    if (d * d > n)
      count++;
  }
  job->count = count;
}

/* Back on the loop's thread: callback(err, count). */
static void primes_done(uv_work_t *req, int status) {
  primes_job *job = req->data;
  duk_context *ctx = jsrt_context(job->iso);
  jsrt_push_ref(ctx, job->callback);
  jsrt_unref(ctx, job->callback);
  if (status != 0) {
    duk_push_error_object(ctx, DUK_ERR_ERROR, "countPrimes: %s",
                          uv_strerror(status));
    duk_push_undefined(ctx);
  } else {
    duk_push_null(ctx);
    duk_push_number(ctx, (double)job->count);
  }
  /* The protected call runs under the isolate's budget and drains
   * process.nextTick and microtasks afterwards, like any callback. */
  if (jsrt_pcall(job->iso, 2) != JSRT_OK)
    fprintf(stderr, "countPrimes callback threw: %s\n",
            jsrt_last_error(job->iso));
  duk_pop(ctx);
  jsrt_release(job->iso); /* after the callback: the isolate may idle now */
  free(job);
}

/* geometry.countPrimes(limit, callback) */
static duk_ret_t geometry_count_primes(duk_context *ctx) {
  double limit = duk_require_number(ctx, 0);
  primes_job *job;
  int rc;
  if (!duk_is_function(ctx, 1))
    return duk_error(ctx, DUK_ERR_TYPE_ERROR, "callback must be a function");
  if (!(limit >= 0 && limit <= 1e8))
    return duk_error(ctx, DUK_ERR_RANGE_ERROR, "limit must be in [0, 1e8]");
  job = malloc(sizeof(*job)); /* after every check that may throw */
  if (job == NULL)
    return duk_error(ctx, DUK_ERR_ERROR, "out of memory");
  job->req.data = job;
  job->iso = jsrt_from_context(ctx);
  job->limit = (long)limit;
  rc = uv_queue_work(jsrt_loop(job->iso), &job->req, primes_work, primes_done);
  if (rc != 0) {
    free(job);
    return duk_error(ctx, DUK_ERR_ERROR, "uv_queue_work: %s", uv_strerror(rc));
  }
  job->callback = jsrt_ref(ctx, 1);
  /* Work in flight: jsrt_run waits for it, jsrt_isolate_free too. */
  jsrt_hold(job->iso);
  return 0;
}

static const duk_function_list_entry geometry_funcs[] = {
    {"hypot", geometry_hypot, 2},
    {"scale", geometry_scale, 2},
    {"countPrimes", geometry_count_primes, 2},
    {NULL, NULL, 0}};

static int geometry_init(duk_context *ctx, void *udata) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, geometry_funcs);
  duk_push_string(ctx, udata);
  duk_put_prop_string(ctx, -2, "units");
  return 0;
}

int main(void) {
  static char units[] = "metres";
  jsrt_isolate *iso = jsrt_isolate_new(NULL);
  int rc;
  if (iso == NULL)
    return 1;
  jsrt_register_module(iso, "geometry", geometry_init, units);
  rc = jsrt_eval(
      iso,
      "var g = require('geometry');\n"
      "console.log('hypot(3, 4) =', g.hypot(3, 4), g.units);\n"
      "var s = g.scale([{x: 1, y: 2}, {x: 3, y: 4}], 10);\n"
      "console.log('scaled:', JSON.stringify(s));\n"
      "try { g.scale('nope', 1) } catch (e) {\n"
      "  console.log('bad input:', e.name + ': ' + e.message);\n"
      "}\n"
      "var pending = 0;\n"
      "[1000, 100000, 300000].forEach(function (n) {\n"
      "  pending++;\n"
      "  g.countPrimes(n, function (err, count) {\n"
      "    console.log('primes below ' + n + ': ' + count);\n"
      "    if (--pending === 0) console.log('all async jobs done');\n"
      "  });\n"
      "});\n"
      "console.log('countPrimes started ' + pending +\n"
      "            ' jobs on the thread pool; the script goes on');\n",
      (size_t)-1, "native_module.js");
  duk_pop(jsrt_context(iso));
  if (rc != JSRT_OK)
    fprintf(stderr, "%s\n", jsrt_last_error(iso));
  jsrt_run(iso, JSRT_RUN_DEFAULT);
  jsrt_isolate_free(iso);
  return rc == JSRT_OK ? 0 : 1;
}

/*
 * loop.c - entry into JS and pumping the loop: the budget, the one place
 * that catches and reports, the nextTick and microtask queues drained after
 * every callback (Node's order), uncaught errors, process.exit, jsrt_post.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- sessions and the budget ---- */

uint64_t jsrt__now_ns(void) { return uv_hrtime(); }

/* Duktape's interrupt hook (DUK_USE_EXEC_TIMEOUT_CHECK in our duk_config.h),
 * every 256k bytecode instructions or at once after a forced interrupt.
 * Once it says yes it keeps saying yes until the entry has unwound, so no
 * try/catch can hold the RangeError it causes. */
int jsrt__exec_timeout_check(void *udata) {
  jsrt_isolate *iso = udata;
  if (iso == NULL || iso->depth == 0)
    return 0;
  if (iso->timed_out || iso->exiting)
    return 1;
  if (atomic_load(&iso->interrupt)) {
    iso->timed_out = true;
    return 1;
  }
  if (iso->deadline_ns && jsrt__now_ns() >= iso->deadline_ns) {
    iso->timed_out = true;
    return 1;
  }
  return 0;
}

void jsrt__session_begin(jsrt_isolate *iso) {
  if (iso->sessions++ > 0)
    return;
  iso->timed_out = false;
  iso->oom = false;
  iso->deadline_ns =
      iso->opts.timeout_ms
          ? jsrt__now_ns() + (uint64_t)iso->opts.timeout_ms * 1000000u
          : 0;
}

static void loop_finish_exit(jsrt_isolate *iso);

int jsrt__session_end(jsrt_isolate *iso, int status) {
  if (--iso->sessions > 0)
    return status;
  iso->deadline_ns = 0;
  iso->timed_out = false;
  atomic_store(&iso->interrupt, 0);
  if (iso->exiting) {
    loop_finish_exit(iso);
    status = JSRT_OK;
  }
  return status;
}

/* Classifies the failure of a protected call (error on the stack top) and
 * records its text as the last error. */
static int loop_failure(jsrt_isolate *iso) {
  duk_context *ctx = iso->ctx;
  char *text;
  if (iso->exiting)
    return JSRT_OK;
  if (iso->timed_out) {
    if (atomic_load(&iso->interrupt))
      jsrt__set_last_error(iso, "Error: script interrupted by the host");
    else
      jsrt__set_last_error(iso, "Error: script execution timed out after %u ms",
                           (unsigned)iso->opts.timeout_ms);
    return JSRT_ETIMEOUT;
  }
  text = jsrt__error_text(ctx, -1);
  free(iso->last_error);
  iso->last_error = text;
  if (iso->oom && duk_get_error_code(ctx, -1) == DUK_ERR_RANGE_ERROR)
    return JSRT_ENOMEM;
  return JSRT_ERROR;
}

static int loop_pcall(jsrt_isolate *iso, duk_idx_t nargs, int method) {
  duk_context *ctx = iso->ctx;
  jmp_buf jb, *saved = iso->fatal_jmp;
  int rc;

  jsrt__session_begin(iso);
  if (iso->depth == 0) {
    iso->fatal_jmp = &jb;
    if (setjmp(jb) != 0) {
      /* The engine died under us (see jsrt__fatal). */
      iso->fatal_jmp = saved;
      iso->depth = 0;
      iso->sessions = 0;
      atomic_store(&iso->running, 0);
      jsrt__set_last_error(iso, "Error: fatal engine error");
      return JSRT_ERROR;
    }
  }
  iso->depth++;
  atomic_store(&iso->running, 1);
  rc = method ? duk_pcall_method(ctx, nargs) : duk_pcall(ctx, nargs);
  if (--iso->depth == 0) {
    atomic_store(&iso->running, 0);
    iso->fatal_jmp = saved;
  }
  rc = rc == DUK_EXEC_SUCCESS ? JSRT_OK : loop_failure(iso);
  if (iso->exiting) {
    duk_pop(ctx);
    duk_push_undefined(ctx);
  }
  return jsrt__session_end(iso, rc);
}

int jsrt__pcall(jsrt_isolate *iso, duk_idx_t nargs) {
  return loop_pcall(iso, nargs, 0);
}

int jsrt__pcall_method(jsrt_isolate *iso, duk_idx_t nargs) {
  return loop_pcall(iso, nargs, 1);
}

/* ---- hooks set by JS glue (process events, promise rejections) ---- */

int jsrt__call_hook(jsrt_isolate *iso, const char *name, duk_idx_t nargs) {
  duk_context *ctx = iso->ctx;
  duk_push_heap_stash(ctx);
  duk_get_prop_literal(ctx, -1, JSRT__STASH_HOOKS);
  if (!duk_get_prop_string(ctx, -1, name)) {
    duk_pop_n(ctx, 3 + nargs);
    return 0;
  }
  /* [args stash hooks fn] -> [fn args] */
  duk_insert(ctx, -3 - nargs);
  duk_pop_2(ctx);
  return 1;
}

/* Native half of 'internal/hooks': lets JS glue (process.js, promise.js)
 * set the hooks above and queue microtasks with an argument. */
static duk_ret_t loop_set_hook(duk_context *ctx) {
  const char *name = duk_require_string(ctx, 0);
  duk_push_heap_stash(ctx);
  duk_get_prop_literal(ctx, -1, JSRT__STASH_HOOKS);
  if (duk_is_function(ctx, 1)) {
    duk_dup(ctx, 1);
    duk_put_prop_string(ctx, -2, name);
  } else {
    duk_del_prop_string(ctx, -1, name); /* unset */
  }
  /* The drain after every callback asks for this one: keep a flag so that
   * it costs no stash lookup while unset (most of the time). */
  if (strcmp(name, "afterDrain") == 0)
    jsrt_from_context(ctx)->after_drain_hook = duk_is_function(ctx, 1);
  return 0;
}

/* enqueueMicrotask(fn, arg): fn(arg) on the microtask queue (Promise jobs). */
static duk_ret_t loop_enqueue_microtask(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  jsrt__jobq_push(iso, &iso->microtasks, 0,
                  duk_is_undefined(ctx, 1) ? DUK_INVALID_INDEX : 1, 0);
  return 0;
}

/* triggerUncaught(err): err takes the uncaught path (process
 * 'uncaughtException' or report and end the run) without unwinding the
 * caller; used for unhandled promise rejections. */
static duk_ret_t loop_trigger_uncaught(duk_context *ctx) {
  duk_dup(ctx, 0);
  jsrt__uncaught(jsrt_from_context(ctx));
  return 0;
}

static const duk_function_list_entry loop_hooks_funcs[] = {
    {"triggerUncaught", loop_trigger_uncaught, 1},
    {"setHook", loop_set_hook, 2},
    {"enqueueMicrotask", loop_enqueue_microtask, 2},
    {NULL, NULL, 0}};

duk_ret_t jsrt__open_hooks(duk_context *ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, loop_hooks_funcs);
  return 1;
}

/* Process 'exit' (process.js keeps it to once per isolate): at the natural
 * end of jsrt_run(DEFAULT), before an uncaught error ends the run, and at
 * jsrt_isolate_free if it has not fired yet. */
void jsrt__emit_exit(jsrt_isolate *iso) {
  if (iso->exited || iso->fatal || iso->closing || iso->ctx == NULL)
    return;
  duk_push_int(iso->ctx, iso->exit_code);
  if (jsrt__call_hook(iso, "exit", 1)) {
    duk_push_undefined(iso->ctx);
    duk_insert(iso->ctx, -2);
    jsrt__callback(iso, 1);
  }
}

/* ---- uncaught errors and exit ---- */

static void loop_report(jsrt_isolate *iso) {
  duk_context *ctx = iso->ctx;
  char *stack = jsrt__error_text(ctx, -1);
  const char *msg = duk_safe_to_string(ctx, -1);
  if (iso->opts.on_error != NULL) {
    iso->opts.on_error(iso, msg, stack ? stack : msg, iso->opts.userdata);
  } else {
    fprintf(stderr, "%s\n", stack ? stack : msg);
    fflush(stderr);
  }
  free(iso->last_error);
  iso->last_error = stack;
}

void jsrt__uncaught(jsrt_isolate *iso) {
  duk_context *ctx = iso->ctx;
  if (iso->exiting || iso->exited) {
    duk_pop(ctx);
    return;
  }
  if (!iso->timed_out && !iso->closing) {
    /* process.on('uncaughtException') lives in JS (process.js). */
    duk_dup_top(ctx);
    if (jsrt__call_hook(iso, "uncaught", 1)) {
      if (jsrt__pcall(iso, 1) == JSRT_OK) {
        int handled = duk_to_boolean(ctx, -1);
        duk_pop(ctx);
        if (handled || iso->exiting) {
          duk_pop(ctx);
          return;
        }
      } else if (!iso->exiting) {
        duk_remove(ctx, -2); /* the handler threw: report its error */
      }
    }
  }
  if (iso->timed_out) {
    /* A callback ran over its budget: the run ends, as for an uncaught
     * error, and the report says why. */
    duk_pop(ctx);
    if (atomic_load(&iso->interrupt))
      duk_push_error_object(ctx, DUK_ERR_ERROR,
                            "script interrupted by the "
                            "host");
    else
      duk_push_error_object(ctx, DUK_ERR_ERROR,
                            "script execution timed out after %u ms",
                            (unsigned)iso->opts.timeout_ms);
  }
  loop_report(iso);
  duk_pop(ctx);
  /* The uncaught hook set exitCode 1 and ran 'exit' listeners, which may
   * have changed it (Node: "exit with process.exitCode, else 1"). */
  if (iso->exit_code == 0)
    iso->exit_code = 1;
  jsrt__exit(iso, iso->exit_code);
}

void jsrt__exit(jsrt_isolate *iso, int code) {
  iso->exit_code = code;
  if (iso->sessions > 0 && iso->depth > 0) {
    /* JS is on the stack: unwind it first (jsrt__session_end finishes). */
    iso->exiting = true;
    jsrt__duk_request_interrupt(iso->ctx);
    return;
  }
  if (iso->sessions > 0) {
    iso->exiting = true;
    return;
  }
  loop_finish_exit(iso);
}

static void loop_finish_exit(jsrt_isolate *iso) {
  iso->exiting = false;
  if (iso->exited)
    return;
  iso->exited = true;
  jsrt__jobq_free(iso, &iso->ticks);
  jsrt__jobq_free(iso, &iso->microtasks);
  jsrt__close_all_handles(iso);
}

duk_ret_t jsrt__js_exit(duk_context *ctx, int code) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  jsrt__exit(iso, code);
  return duk_error(ctx, DUK_ERR_ERROR, "process.exit(%d)", code);
}

/* ---- the job queues ---- */

/* Room for one more job: the ring and its values record grow together
 * (the record's values move, so no refcount changes). */
static jsrt__job *loop_jobq_slot(jsrt_isolate *iso, jsrt__jobq *q) {
  duk_context *ctx = iso->ctx;
  if (q->len == q->cap) {
    size_t ncap = q->cap ? q->cap * 2 : 64, i, j;
    jsrt__job *n;
    void *vals;
    int ref;
    /* What may throw comes before the malloc: nothing to leak. */
    jsrt__duk_push_record(ctx, (unsigned)(2 * ncap));
    vals = duk_get_heapptr(ctx, -1);
    ref = jsrt_ref(ctx, -1);
    duk_pop(ctx);
    n = malloc(ncap * sizeof(*n));
    if (n == NULL) {
      jsrt_unref(ctx, ref);
      jsrt__throw_oom_raw(ctx);
    }
    for (i = 0; i < q->len; i++) {
      j = (q->head + i) % q->cap;
      n[i] = q->items[j];
      jsrt__duk_record_take_ptr(ctx, q->vals, (unsigned)(2 * j));
      jsrt__duk_record_put_ptr(ctx, vals, (unsigned)(2 * i));
      jsrt__duk_record_take_ptr(ctx, q->vals, (unsigned)(2 * j + 1));
      jsrt__duk_record_put_ptr(ctx, vals, (unsigned)(2 * i + 1));
    }
    free(q->items);
    jsrt_unref(ctx, q->vals_ref);
    q->items = n;
    q->vals = vals;
    q->vals_ref = ref;
    q->head = 0;
    q->cap = ncap;
  }
  return &q->items[(q->head + q->len) % q->cap];
}

static void loop_jobq_put(jsrt_isolate *iso, jsrt__jobq *q, duk_idx_t fn,
                          duk_idx_t arg) {
  duk_context *ctx = iso->ctx;
  unsigned at = (unsigned)(2 * ((q->head + q->len) % q->cap));
  if (fn != DUK_INVALID_INDEX) {
    duk_dup(ctx, fn);
    jsrt__duk_record_put_ptr(ctx, q->vals, at);
  }
  if (arg != DUK_INVALID_INDEX) {
    duk_dup(ctx, arg);
    jsrt__duk_record_put_ptr(ctx, q->vals, at + 1);
  }
  q->len++;
}

void jsrt__jobq_push(jsrt_isolate *iso, jsrt__jobq *q, duk_idx_t fn,
                     duk_idx_t arg, int spread) {
  jsrt__job *job;
  fn = duk_require_normalize_index(iso->ctx, fn);
  if (arg != DUK_INVALID_INDEX)
    arg = duk_require_normalize_index(iso->ctx, arg);
  job = loop_jobq_slot(iso, q);
  job->spread = spread;
  job->cfn = NULL;
  loop_jobq_put(iso, q, fn, arg);
}

void jsrt__jobq_push_c(jsrt_isolate *iso, jsrt__jobq *q, jsrt__job_fn cfn,
                       duk_idx_t arg) {
  jsrt__job *job;
  arg = duk_require_normalize_index(iso->ctx, arg);
  job = loop_jobq_slot(iso, q);
  job->spread = 0;
  job->cfn = cfn;
  loop_jobq_put(iso, q, DUK_INVALID_INDEX, arg);
}

void jsrt__jobq_shift(jsrt_isolate *iso, jsrt__jobq *q, jsrt__job *job) {
  duk_context *ctx = iso->ctx;
  unsigned at = (unsigned)(2 * q->head);
  *job = q->items[q->head];
  q->head = (q->head + 1) % q->cap;
  q->len--;
  jsrt__duk_record_take_ptr(ctx, q->vals, at);
  jsrt__duk_record_take_ptr(ctx, q->vals, at + 1);
}

void jsrt__jobq_free(jsrt_isolate *iso, jsrt__jobq *q) {
  if (iso->ctx != NULL)
    jsrt_unref(iso->ctx, q->vals_ref); /* the queued values with it */
  free(q->items);
  memset(q, 0, sizeof(*q));
}

void jsrt__require_args(duk_context *ctx, duk_size_t n) {
  /* duk_require_stack throws its RangeError beyond the engine's limit;
   * this keeps a huge n from wrapping in the conversion first. */
  if (n > (duk_size_t)0x7fff0000)
    (void)duk_range_error(ctx, "too many arguments");
  duk_require_stack(ctx, (duk_idx_t)n + 4);
}

duk_idx_t jsrt__push_spread(duk_context *ctx, duk_idx_t arr, duk_size_t start) {
  duk_size_t i, len;
  arr = duk_require_normalize_index(ctx, arr);
  len = duk_get_length(ctx, arr);
  if (len <= start)
    return 0;
  jsrt__require_args(ctx, len - start);
  for (i = start; i < len; i++)
    duk_get_prop_index(ctx, arr, (duk_uarridx_t)i);
  return (duk_idx_t)(len - start);
}

duk_ret_t jsrt__js_spread_call(duk_context *ctx) {
  duk_size_t start = (duk_size_t)duk_get_uint_default(ctx, 2, 0);
  duk_idx_t n;
  duk_set_top(ctx, 2); /* [fn arr] */
  duk_dup(ctx, 0);
  duk_push_this(ctx);
  n = jsrt__push_spread(ctx, 1, start);
  duk_call_method(ctx, n);
  return 1;
}

/* Pushes [fn args...] of the oldest job of q (dequeued) and returns nargs;
 * for a C job, pushes its arg, sets *cfn and returns 1. */
static duk_idx_t loop_take_job(jsrt_isolate *iso, jsrt__jobq *q,
                               jsrt__job_fn *cfn) {
  duk_context *ctx = iso->ctx;
  jsrt__job job;
  jsrt__jobq_shift(iso, q, &job); /* [fn arg] */
  *cfn = job.cfn;
  if (job.cfn != NULL) {
    duk_remove(ctx, -2);
    return 1;
  }
  if (job.spread) {
    duk_idx_t a = duk_get_top_index(ctx);
    duk_idx_t n = jsrt__push_spread(ctx, a, 0); /* protected: may throw */
    duk_remove(ctx, a);
    return n;
  }
  if (duk_is_undefined(ctx, -1)) {
    duk_pop(ctx);
    return 0;
  }
  return 1;
}

static bool loop_stopped(jsrt_isolate *iso);

/* Protected body: runs jobs of q (including those queued meanwhile) until
 * it is empty. One protected call covers the whole batch, not one per job
 * (a pcall per nextTick was a fifth of its cost); a job that throws ends
 * the batch, and the drain starts another after the error's report. */
static duk_ret_t loop_run_batch(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  jsrt__jobq *q = duk_get_pointer(ctx, 0);
  duk_idx_t base = duk_get_top(ctx);
  while (q->len > 0 && !loop_stopped(iso)) {
    jsrt__job_fn cfn;
    duk_idx_t nargs = loop_take_job(iso, q, &cfn);
    if (cfn != NULL)
      cfn(ctx);
    else
      duk_call(ctx, nargs);
    duk_set_top(ctx, base);
  }
  return 0;
}

/* Runs the jobs of q until it is empty, the run stops or the budget is
 * spent; an error goes to the uncaught path and the jobs go on. */
static void loop_run_queue(jsrt_isolate *iso, jsrt__jobq *q) {
  duk_context *ctx = iso->ctx;
  while (q->len > 0 && !loop_stopped(iso)) {
    duk_push_c_lightfunc(ctx, loop_run_batch, 1, 1, 0);
    duk_push_pointer(ctx, q);
    if (jsrt__pcall(iso, 1) == JSRT_OK)
      duk_pop(ctx);
    else if (iso->timed_out)
      duk_pop(ctx); /* the entry's budget is spent: the drain stops */
    else
      jsrt__uncaught(iso);
  }
}

static bool loop_stopped(jsrt_isolate *iso) {
  return iso->timed_out || iso->exiting || iso->exited || iso->fatal;
}

/*
 * Node's processTicksAndRejections: every queued nextTick, then every
 * microtask (including those queued meanwhile), then the rejection hook,
 * again until all are empty. Only the outermost level drains.
 */
int jsrt__drain(jsrt_isolate *iso) {
  int rc;
  if (iso->draining || iso->depth > 0)
    return JSRT_OK;
  iso->draining = true;
  jsrt__session_begin(iso);
  do {
    loop_run_queue(iso, &iso->ticks);
    loop_run_queue(iso, &iso->microtasks);
    if (!loop_stopped(iso)) {
      /* Unhandled rejections are processed after the microtasks (JS). */
      if (iso->after_drain_hook && jsrt__call_hook(iso, "afterDrain", 0)) {
        if (jsrt__pcall(iso, 0) == JSRT_OK)
          duk_pop(iso->ctx);
        else
          jsrt__uncaught(iso);
      }
    }
  } while (!loop_stopped(iso) &&
           (iso->ticks.len > 0 || iso->microtasks.len > 0));
  /* Jobs left after a timeout stay queued for the next entry. */
  rc = iso->timed_out ? loop_failure(iso) : JSRT_OK;
  iso->draining = false;
  return jsrt__session_end(iso, rc);
}

int jsrt__callback(jsrt_isolate *iso, duk_idx_t nargs) {
  duk_context *ctx = iso->ctx;
  int rc;
  if (iso->exited || iso->closing || iso->fatal) {
    duk_pop_n(ctx, nargs + 2);
    return JSRT_OK;
  }
  jsrt__session_begin(iso);
  rc = jsrt__pcall_method(iso, nargs);
  if (rc == JSRT_OK)
    duk_pop(ctx);
  else
    jsrt__uncaught(iso);
  if (rc == JSRT_OK || !iso->timed_out) {
    rc = jsrt__drain(iso);
    if (rc == JSRT_ETIMEOUT) {
      duk_push_undefined(ctx);
      jsrt__uncaught(iso); /* reports the timeout, ends the run */
    }
  }
  return jsrt__session_end(iso, rc);
}

duk_ret_t jsrt__js_queue_microtask(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  jsrt__require_function(ctx, 0, "callback");
  jsrt__jobq_push(iso, &iso->microtasks, 0, DUK_INVALID_INDEX, 0);
  return 0;
}

duk_ret_t jsrt__js_next_tick(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  duk_idx_t n = duk_get_top(ctx);
  jsrt__require_function(ctx, 0, "callback");
  if (iso->exited)
    return 0;
  if (n > 1) {
    duk_idx_t i;
    duk_push_array(ctx);
    for (i = 1; i < n; i++) {
      duk_dup(ctx, i);
      duk_put_prop_index(ctx, -2, (duk_uarridx_t)(i - 1));
    }
    jsrt__jobq_push(iso, &iso->ticks, 0, -1, 1);
  } else {
    jsrt__jobq_push(iso, &iso->ticks, 0, DUK_INVALID_INDEX, 0);
  }
  return 0;
}

/* ---- public entries ---- */

int jsrt_pcall(jsrt_isolate *iso, duk_idx_t nargs) {
  int rc;
  if (iso == NULL || nargs < 0 || duk_get_top(iso->ctx) < nargs + 1)
    return JSRT_EINVAL;
  if (iso->fatal) {
    duk_pop_n(iso->ctx, nargs + 1);
    duk_push_undefined(iso->ctx);
    return JSRT_ERROR;
  }
  jsrt__session_begin(iso);
  rc = jsrt__pcall(iso, nargs);
  if (rc == JSRT_OK)
    rc = jsrt__drain(iso);
  return jsrt__session_end(iso, rc);
}

static duk_ret_t loop_compile(duk_context *ctx, void *udata) {
  const char **src = udata;
  /* [filename] -> [fn] */
  jsrt__compile(ctx, (char *)src[0], (size_t)(uintptr_t)src[1],
                duk_get_string(ctx, -1), JSRT__SRC_SCRIPT, 0);
  return 1;
}

int jsrt_eval(jsrt_isolate *iso, const char *src, size_t len,
              const char *filename) {
  duk_context *ctx;
  const char *args[2];
  int rc;
  if (iso == NULL || src == NULL)
    return JSRT_EINVAL;
  ctx = iso->ctx;
  if (iso->fatal) {
    duk_push_undefined(ctx);
    return JSRT_ERROR;
  }
  if (len == (size_t)-1)
    len = strlen(src);
  args[0] = src;
  args[1] = (const char *)(uintptr_t)len;
  jsrt__session_begin(iso);
  duk_push_string(ctx, filename ? filename : "<eval>");
  if (duk_safe_call(ctx, loop_compile, (void *)args, 1, 1) !=
      DUK_EXEC_SUCCESS) {
    rc = loop_failure(iso);
    return jsrt__session_end(iso, rc);
  }
  rc = jsrt__pcall(iso, 0);
  if (rc == JSRT_OK)
    rc = jsrt__drain(iso);
  return jsrt__session_end(iso, rc);
}

void jsrt_interrupt(jsrt_isolate *iso) {
  if (iso == NULL)
    return;
  if (atomic_load(&iso->running))
    atomic_store(&iso->interrupt, 1);
}

/* ---- handles and requests ---- */

void jsrt__handle_link(jsrt_isolate *iso, jsrt__handle *h, uv_handle_t *uv,
                       void (*close)(jsrt__handle *h)) {
  h->iso = iso;
  h->uv = uv;
  h->close = close;
  h->prev = NULL;
  h->next = iso->handles;
  if (iso->handles != NULL)
    iso->handles->prev = h;
  iso->handles = h;
}

void jsrt__handle_unlink(jsrt__handle *h) {
  jsrt_isolate *iso = h->iso;
  if (iso == NULL)
    return;
  if (h->prev != NULL)
    h->prev->next = h->next;
  else
    iso->handles = h->next;
  if (h->next != NULL)
    h->next->prev = h->prev;
  h->next = h->prev = NULL;
  h->iso = NULL;
}

void jsrt__close_all_handles(jsrt_isolate *iso) {
  jsrt__handle *h, *next;
  for (h = iso->handles; h != NULL; h = next) {
    next = h->next;
    h->close(h);
  }
}

void jsrt__req_start(jsrt_isolate *iso) { iso->nreqs++; }
void jsrt__req_done(jsrt_isolate *iso) { iso->nreqs--; }

/* For native modules with async work: counted like the library's own
 * requests (see the lifetime rules in internal.h). */
void jsrt_hold(jsrt_isolate *iso) {
  if (iso != NULL)
    jsrt__req_start(iso);
}

void jsrt_release(jsrt_isolate *iso) {
  if (iso != NULL && iso->nreqs > 0)
    jsrt__req_done(iso);
}

/* ---- jsrt_post ---- */

static void loop_post_cb(uv_async_t *async) { jsrt__post_drain(async->data); }

int jsrt__post_init(jsrt_isolate *iso) {
  int rc = uv_mutex_init(&iso->post_mu);
  if (rc != 0)
    return rc;
  rc = uv_async_init(iso->loop, &iso->post_async, loop_post_cb);
  if (rc != 0) {
    uv_mutex_destroy(&iso->post_mu);
    return rc;
  }
  iso->post_async.data = iso;
  /* Posted calls do not keep the loop alive; jsrt_run reports them. */
  uv_unref((uv_handle_t *)&iso->post_async);
  return 0;
}

static void loop_post_closed(uv_handle_t *h) {
  ((jsrt_isolate *)h->data)->post_closed = true;
}

void jsrt__post_close(jsrt_isolate *iso) {
  uv_close((uv_handle_t *)&iso->post_async, loop_post_closed);
}

void jsrt__post_free(jsrt_isolate *iso) { uv_mutex_destroy(&iso->post_mu); }

void jsrt__post_drain(jsrt_isolate *iso) {
  jsrt__post *p, *next;
  uv_mutex_lock(&iso->post_mu);
  p = iso->post_head;
  iso->post_head = iso->post_tail = NULL;
  uv_mutex_unlock(&iso->post_mu);
  for (; p != NULL; p = next) {
    next = p->next;
    p->fn(iso, p->arg);
    free(p);
  }
}

int jsrt_post(jsrt_isolate *iso, void (*fn)(jsrt_isolate *, void *),
              void *arg) {
  jsrt__post *p;
  if (iso == NULL || fn == NULL)
    return JSRT_EINVAL;
  p = malloc(sizeof(*p));
  if (p == NULL)
    return JSRT_ENOMEM;
  p->fn = fn;
  p->arg = arg;
  p->next = NULL;
  uv_mutex_lock(&iso->post_mu);
  if (iso->post_tail != NULL)
    iso->post_tail->next = p;
  else
    iso->post_head = p;
  iso->post_tail = p;
  uv_mutex_unlock(&iso->post_mu);
  uv_async_send(&iso->post_async);
  return 0;
}

/* ---- pumping ---- */

/* Work that keeps the isolate alive. On its own loop that is libuv's own
 * answer (ref'ed active handles and requests, including a host module's
 * uv_queue_work). On a host loop other parties' work counts too, which is
 * what a uv_run on that loop would wait for as well. */
static int loop_alive(jsrt_isolate *iso) {
  if (iso->exited || iso->fatal)
    return 0;
  return uv_loop_alive(iso->loop) || iso->nreqs > 0;
}

/* What jsrt_run reports: live work plus calls posted but not yet run. */
static int loop_pending(jsrt_isolate *iso) {
  int n = loop_alive(iso);
  if (iso->exited || iso->fatal)
    return 0;
  uv_mutex_lock(&iso->post_mu);
  n += iso->post_head != NULL;
  uv_mutex_unlock(&iso->post_mu);
  return n;
}

/* Jobs an entry left queued when it failed (out of memory, a spent
 * budget) run before the loop does: nothing else would drain them, and
 * after an out-of-memory error they may hold the very memory that the
 * next entry needs. */
static void loop_drain_left(jsrt_isolate *iso) {
  if (iso->depth > 0 || (iso->ticks.len == 0 && iso->microtasks.len == 0))
    return;
  if (jsrt__drain(iso) == JSRT_ETIMEOUT) {
    duk_push_undefined(iso->ctx);
    jsrt__uncaught(iso); /* reports the timeout, ends the run */
  }
}

int jsrt_run(jsrt_isolate *iso, jsrt_run_mode mode) {
  if (iso == NULL || (mode != JSRT_RUN_DEFAULT && mode != JSRT_RUN_ONCE &&
                      mode != JSRT_RUN_NOWAIT))
    return JSRT_EINVAL;
  if (iso->closing)
    return JSRT_EINVAL;
  if (iso->exited || iso->fatal)
    return 0;
  loop_drain_left(iso);
  if (iso->exited || iso->fatal)
    return 0;
  if (mode != JSRT_RUN_DEFAULT) {
    uv_run(iso->loop, mode == JSRT_RUN_ONCE ? UV_RUN_ONCE : UV_RUN_NOWAIT);
    return loop_pending(iso);
  }
  for (;;) {
    /* Posted calls do not keep the loop alive (their async handle is
     * unref'ed), so run those that are already queued here. */
    jsrt__post_drain(iso);
    while (loop_alive(iso) > 0) {
      uv_run(iso->loop, UV_RUN_ONCE);
      jsrt__post_drain(iso);
    }
    if (iso->exited || iso->fatal)
      return 0;
    /* Node's 'beforeExit': listeners may schedule more work. */
    duk_push_int(iso->ctx, iso->exit_code);
    if (jsrt__call_hook(iso, "beforeExit", 1)) {
      duk_push_undefined(iso->ctx);
      duk_insert(iso->ctx, -2);
      jsrt__callback(iso, 1);
    }
    if (loop_pending(iso) == 0)
      break;
  }
  /* The natural end of the run, where node exits: 'exit' listeners run
   * (and may set process.exitCode); work they schedule does not run. */
  jsrt__emit_exit(iso);
  return 0;
}

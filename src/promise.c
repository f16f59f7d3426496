/*
 * promise.c - the native half of internal/promise: the Promise constructor,
 * then() and the resolution machinery (the spec's reaction and thenable
 * jobs) in C, every job on the isolate's microtask queue. The statics,
 * catch/finally, subclass capabilities and unhandled-rejection tracking
 * stay in src/js/internal/promise.js. In JS this core cost ~55k
 * instructions per resolution (mostly Duktape's slow scope-chain lookups
 * of closure variables); see bench/loop/README.md.
 *
 * A promise is an ordinary object with Promise.prototype and hidden
 * properties: state (0 pending, 1 fulfilled, 2 rejected), value, reactions
 * (undefined, one reaction or an array of them) and handled. A reaction is
 * an array [derived promise | undefined, onFulfilled, onRejected,
 * capability | undefined, argument, state]; the last two are filled in when
 * it is queued, so queueing allocates nothing more.
 */
#include "internal.h"

#define PROMISE_STATE                                                          \
  "\xff"                                                                       \
  "pst"
#define PROMISE_VALUE                                                          \
  "\xff"                                                                       \
  "pval"
#define PROMISE_REACTIONS                                                      \
  "\xff"                                                                       \
  "preact"
#define PROMISE_HANDLED                                                        \
  "\xff"                                                                       \
  "phand"
#define PROMISE_RECORD                                                         \
  "\xff"                                                                       \
  "prec"
#define PROMISE_HOOKS                                                          \
  "\xff"                                                                       \
  "promiseHooks"

enum { PROMISE_PENDING = 0, PROMISE_FULFILLED = 1, PROMISE_REJECTED = 2 };
enum { R_DERIVED, R_ONF, R_ONR, R_CAP, R_ARG, R_STATE };

/* Stash object with: ctor, proto, track(p), untrack(p), thenSlow(p, f, r),
 * runReaction, runThenable (the job functions, made once). */
static void promise_push_hooks(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  if (iso->promise_hooks != NULL) { /* kept alive by the stash */
    duk_push_heapptr(ctx, iso->promise_hooks);
    return;
  }
  duk_push_heap_stash(ctx);
  duk_get_prop_literal(ctx, -1, PROMISE_HOOKS);
  duk_remove(ctx, -2);
  iso->promise_hooks = duk_get_heapptr(ctx, -1);
}

static int promise_is(duk_context *ctx, duk_idx_t idx) {
  int r;
  if (!duk_is_object(ctx, idx))
    return 0;
  r = duk_get_prop_literal(ctx, idx, PROMISE_STATE);
  duk_pop(ctx);
  return r;
}

static int promise_state(duk_context *ctx, duk_idx_t idx) {
  int s;
  duk_get_prop_literal(ctx, idx, PROMISE_STATE);
  s = duk_get_int(ctx, -1);
  duk_pop(ctx);
  return s;
}

/* Pushes a new pending promise with Promise.prototype. */
static void promise_push_new(duk_context *ctx) {
  duk_push_object(ctx);
  promise_push_hooks(ctx);
  duk_get_prop_literal(ctx, -1, "proto");
  duk_set_prototype(ctx, -3);
  duk_pop(ctx);
  duk_push_int(ctx, PROMISE_PENDING);
  duk_put_prop_literal(ctx, -2, PROMISE_STATE);
}

/* Calls hooks[name](arg at idx); errors propagate. */
static void promise_call_hook(duk_context *ctx, const char *name,
                              duk_idx_t idx) {
  idx = duk_normalize_index(ctx, idx);
  promise_push_hooks(ctx);
  duk_get_prop_string(ctx, -1, name);
  duk_dup(ctx, idx);
  duk_call(ctx, 1);
  duk_pop_2(ctx);
}

/* [... reaction] with arg at arg_idx -> [...]: fills and queues it. */
static void promise_queue_reaction(duk_context *ctx, duk_idx_t r, duk_idx_t arg,
                                   int state) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  r = duk_normalize_index(ctx, r);
  arg = duk_normalize_index(ctx, arg);
  duk_dup(ctx, arg);
  duk_put_prop_index(ctx, r, R_ARG);
  duk_push_int(ctx, state);
  duk_put_prop_index(ctx, r, R_STATE);
  promise_push_hooks(ctx);
  duk_get_prop_literal(ctx, -1, "runReaction");
  jsrt__jobq_push(iso, &iso->microtasks, -1, r, 0);
  duk_pop_2(ctx);
}

/* Settles promise p (state 1 or 2) with the value at v. */
static void promise_settle(duk_context *ctx, duk_idx_t p, duk_idx_t v,
                           int state) {
  p = duk_normalize_index(ctx, p);
  v = duk_normalize_index(ctx, v);
  duk_get_prop_literal(ctx, p, PROMISE_REACTIONS); /* reactions */
  duk_push_int(ctx, state);
  duk_put_prop_literal(ctx, p, PROMISE_STATE);
  duk_dup(ctx, v);
  duk_put_prop_literal(ctx, p, PROMISE_VALUE);
  duk_del_prop_literal(ctx, p, PROMISE_REACTIONS);
  if (state == PROMISE_REJECTED) {
    duk_get_prop_literal(ctx, p, PROMISE_HANDLED);
    if (!duk_to_boolean(ctx, -1))
      promise_call_hook(ctx, "track", p);
    duk_pop(ctx);
  }
  if (duk_is_undefined(ctx, -1)) {
    duk_pop(ctx);
    return;
  }
  /* One reaction is an array whose R_DERIVED slot exists; a list of
   * reactions is an array of arrays, marked by property "list". */
  if (duk_has_prop_literal(ctx, -1, "list")) {
    duk_size_t i, n = duk_get_length(ctx, -1);
    for (i = 0; i < n; i++) {
      duk_get_prop_index(ctx, -1, (duk_uarridx_t)i);
      promise_queue_reaction(ctx, -1, v, state);
      duk_pop(ctx);
    }
  } else {
    promise_queue_reaction(ctx, -1, v, state);
  }
  duk_pop(ctx);
}

static void promise_reject(duk_context *ctx, duk_idx_t p, duk_idx_t v) {
  promise_settle(ctx, p, v, PROMISE_REJECTED);
}

static duk_ret_t promise_get_then(duk_context *ctx, void *udata) {
  (void)udata;
  duk_get_prop_literal(ctx, -1, "then");
  return 1;
}

/* The spec's promise resolve functions' steps for p with resolution x. */
static void promise_resolve(duk_context *ctx, duk_idx_t p, duk_idx_t x) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  p = duk_normalize_index(ctx, p);
  x = duk_normalize_index(ctx, x);
  if (duk_strict_equals(ctx, p, x)) {
    duk_push_error_object(ctx, DUK_ERR_TYPE_ERROR,
                          "Chaining cycle detected for promise #<Promise>");
    promise_reject(ctx, p, -1);
    duk_pop(ctx);
    return;
  }
  if (!duk_is_object(ctx, x)) {
    promise_settle(ctx, p, x, PROMISE_FULFILLED);
    return;
  }
  duk_dup(ctx, x);
  if (duk_safe_call(ctx, promise_get_then, NULL, 1, 1) != DUK_EXEC_SUCCESS) {
    if (iso->timed_out || iso->exiting)
      (void)duk_throw(ctx);
    promise_reject(ctx, p, -1);
    duk_pop(ctx);
    return;
  }
  if (!duk_is_function(ctx, -1)) {
    duk_pop(ctx);
    promise_settle(ctx, p, x, PROMISE_FULFILLED);
    return;
  }
  /* NewPromiseResolveThenableJob: [p, thenable, then] */
  duk_push_array(ctx);
  duk_dup(ctx, p);
  duk_put_prop_index(ctx, -2, 0);
  duk_dup(ctx, x);
  duk_put_prop_index(ctx, -2, 1);
  duk_swap_top(ctx, -2);
  duk_put_prop_index(ctx, -2, 2);
  promise_push_hooks(ctx);
  duk_get_prop_literal(ctx, -1, "runThenable");
  jsrt__jobq_push(iso, &iso->microtasks, -1, -3, 0);
  duk_pop_3(ctx);
}

/* ---- resolving functions: share a record [promise, done] ---- */

static duk_ret_t promise_resolving_fn(duk_context *ctx) {
  int reject = duk_get_current_magic(ctx);
  duk_push_current_function(ctx);
  duk_get_prop_literal(ctx, -1, PROMISE_RECORD); /* [x fn rec] */
  duk_get_prop_index(ctx, -1, 1);
  if (duk_to_boolean(ctx, -1))
    return 0;
  duk_pop(ctx);
  duk_push_true(ctx);
  duk_put_prop_index(ctx, -2, 1);
  duk_get_prop_index(ctx, -1, 0); /* p */
  if (reject)
    promise_reject(ctx, -1, 0);
  else
    promise_resolve(ctx, -1, 0);
  return 0;
}

/* Pushes [resolve, reject] functions for the promise at p. */
static void promise_push_resolving(duk_context *ctx, duk_idx_t p) {
  int i;
  p = duk_normalize_index(ctx, p);
  duk_push_array(ctx);
  duk_dup(ctx, p);
  duk_put_prop_index(ctx, -2, 0);
  duk_push_false(ctx);
  duk_put_prop_index(ctx, -2, 1);
  for (i = 0; i < 2; i++) {
    duk_push_c_function(ctx, promise_resolving_fn, 1);
    duk_set_magic(ctx, -1, i);
    duk_dup(ctx, -2 - i);
    duk_put_prop_literal(ctx, -2, PROMISE_RECORD);
  }
  duk_remove(ctx, -3); /* [resolve reject] */
}

/* ---- jobs ---- */

/* runReaction(reaction): the handler's result resolves the derived
 * promise (or capability); its exception rejects it. */
static duk_ret_t promise_job_reaction(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  int state, ok;
  /* [r] */
  duk_get_prop_index(ctx, 0, R_STATE);
  state = duk_get_int(ctx, -1);
  duk_pop(ctx);
  duk_get_prop_index(ctx, 0, state == PROMISE_FULFILLED ? R_ONF : R_ONR);
  if (duk_is_function(ctx, -1)) {
    duk_push_undefined(ctx);
    duk_get_prop_index(ctx, 0, R_ARG); /* [r handler undefined arg] */
    ok = duk_pcall_method(ctx, 1) == DUK_EXEC_SUCCESS;
    if (!ok && (iso->timed_out || iso->exiting))
      return duk_throw(ctx);
  } else {
    duk_pop(ctx);
    duk_get_prop_index(ctx, 0, R_ARG);
    ok = state == PROMISE_FULFILLED;
  }
  /* [r value] */
  duk_get_prop_index(ctx, 0, R_DERIVED);
  if (!duk_is_undefined(ctx, -1)) {
    if (ok)
      promise_resolve(ctx, -1, 1);
    else
      promise_reject(ctx, -1, 1);
    return 0;
  }
  duk_pop(ctx);
  duk_get_prop_index(ctx, 0, R_CAP);
  if (duk_is_object(ctx, -1)) {
    duk_get_prop_literal(ctx, -1, ok ? "resolve" : "reject");
    duk_push_undefined(ctx);
    duk_dup(ctx, 1);
    duk_call_method(ctx, 1);
  }
  return 0;
}

/* runThenable([p, thenable, then]) */
static duk_ret_t promise_job_thenable(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  duk_get_prop_index(ctx, 0, 0);  /* 1: p */
  promise_push_resolving(ctx, 1); /* 2: resolve, 3: reject */
  duk_get_prop_index(ctx, 0, 2);
  duk_get_prop_index(ctx, 0, 1);
  duk_dup(ctx, 2);
  duk_dup(ctx, 3); /* [.. then thenable resolve reject] */
  if (duk_pcall_method(ctx, 2) != DUK_EXEC_SUCCESS) {
    if (iso->timed_out || iso->exiting)
      return duk_throw(ctx);
    duk_dup(ctx, 3);
    duk_push_undefined(ctx);
    duk_dup(ctx, -3);
    duk_call_method(ctx, 1);
  }
  return 0;
}

/* ---- the constructor and then ---- */

static duk_ret_t promise_ctor(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  if (!duk_is_constructor_call(ctx))
    return duk_error(ctx, DUK_ERR_TYPE_ERROR,
                     "Promise constructor cannot be invoked without 'new'");
  if (!duk_is_function(ctx, 0)) {
    duk_push_string(ctx, "Promise resolver ");
    duk_dup(ctx, 0);
    if (duk_is_object(ctx, -1)) {
      duk_pop(ctx);
      duk_push_string(ctx, "#<Object>");
    } else {
      duk_safe_to_string(ctx, -1);
    }
    duk_push_string(ctx, " is not a function");
    duk_concat(ctx, 3);
    return duk_error(ctx, DUK_ERR_TYPE_ERROR, "%s", duk_get_string(ctx, -1));
  }
  duk_push_this(ctx); /* 1: the instance (Promise.prototype or subclass) */
  duk_push_int(ctx, PROMISE_PENDING);
  duk_put_prop_literal(ctx, 1, PROMISE_STATE);
  promise_push_resolving(ctx, 1); /* 2, 3 */
  duk_dup(ctx, 0);
  duk_push_undefined(ctx);
  duk_dup(ctx, 2);
  duk_dup(ctx, 3);
  if (duk_pcall_method(ctx, 2) != DUK_EXEC_SUCCESS) {
    if (iso->timed_out || iso->exiting)
      return duk_throw(ctx);
    duk_dup(ctx, 3);
    duk_push_undefined(ctx);
    duk_dup(ctx, -3);
    duk_call_method(ctx, 1);
  }
  return 0;
}

/* performThen(p, onFulfilled, onRejected, derived, capability) */
static void promise_perform_then(duk_context *ctx, duk_idx_t p, duk_idx_t f,
                                 duk_idx_t r, duk_idx_t derived,
                                 duk_idx_t cap) {
  int state;
  duk_idx_t re;
  p = duk_normalize_index(ctx, p);
  duk_push_array(ctx);
  re = duk_get_top_index(ctx);
  duk_dup(ctx, derived);
  duk_put_prop_index(ctx, re, R_DERIVED);
  if (duk_is_function(ctx, f)) {
    duk_dup(ctx, f);
  } else {
    duk_push_undefined(ctx);
  }
  duk_put_prop_index(ctx, re, R_ONF);
  if (duk_is_function(ctx, r)) {
    duk_dup(ctx, r);
  } else {
    duk_push_undefined(ctx);
  }
  duk_put_prop_index(ctx, re, R_ONR);
  duk_dup(ctx, cap);
  duk_put_prop_index(ctx, re, R_CAP);
  state = promise_state(ctx, p);
  if (state == PROMISE_PENDING) {
    duk_get_prop_literal(ctx, p, PROMISE_REACTIONS);
    if (duk_is_undefined(ctx, -1)) {
      duk_dup(ctx, re);
      duk_put_prop_literal(ctx, p, PROMISE_REACTIONS);
    } else if (duk_has_prop_literal(ctx, -1, "list")) {
      duk_dup(ctx, re);
      duk_put_prop_index(ctx, -2, (duk_uarridx_t)duk_get_length(ctx, -2));
    } else {
      duk_push_array(ctx);
      duk_push_true(ctx);
      duk_put_prop_literal(ctx, -2, "list");
      duk_dup(ctx, -2);
      duk_put_prop_index(ctx, -2, 0);
      duk_dup(ctx, re);
      duk_put_prop_index(ctx, -2, 1);
      duk_put_prop_literal(ctx, p, PROMISE_REACTIONS);
    }
    duk_pop(ctx);
  } else {
    duk_get_prop_literal(ctx, p, PROMISE_HANDLED);
    if (state == PROMISE_REJECTED && !duk_to_boolean(ctx, -1))
      promise_call_hook(ctx, "untrack", p);
    duk_pop(ctx);
    duk_get_prop_literal(ctx, p, PROMISE_VALUE);
    promise_queue_reaction(ctx, re, -1, state);
    duk_pop(ctx);
  }
  duk_push_true(ctx);
  duk_put_prop_literal(ctx, p, PROMISE_HANDLED);
  duk_pop(ctx); /* reaction */
}

/* Promise.prototype.then(onFulfilled, onRejected) */
static duk_ret_t promise_then(duk_context *ctx) {
  int fast;
  duk_set_top(ctx, 2);
  duk_push_this(ctx); /* 2 */
  if (!promise_is(ctx, 2))
    return duk_error(ctx, DUK_ERR_TYPE_ERROR,
                     "Method Promise.prototype.then called on incompatible "
                     "receiver %s",
                     duk_safe_to_string(ctx, 2));
  duk_get_prop_literal(ctx, 2, "constructor"); /* 3 */
  promise_push_hooks(ctx);                     /* 4 */
  duk_get_prop_literal(ctx, 4, "ctor");        /* 5 */
  fast = duk_strict_equals(ctx, 3, 5);
  if (!fast) {
    /* Subclass or species: the capability is made in JS. */
    duk_get_prop_literal(ctx, 4, "thenSlow");
    duk_dup(ctx, 2);
    duk_dup(ctx, 0);
    duk_dup(ctx, 1);
    duk_call(ctx, 3);
    return 1;
  }
  duk_set_top(ctx, 3);
  promise_push_new(ctx); /* 3: derived */
  duk_push_undefined(ctx);
  promise_perform_then(ctx, 2, 0, 1, 3, 4);
  duk_pop(ctx);
  return 1;
}

/* ---- the JS half's helpers ---- */

static duk_ret_t promise_js_perform_then(duk_context *ctx) {
  duk_set_top(ctx, 5);
  promise_perform_then(ctx, 0, 1, 2, 3, 4);
  return 0;
}
static duk_ret_t promise_js_new(duk_context *ctx) {
  promise_push_new(ctx);
  return 1;
}
static duk_ret_t promise_js_resolve(duk_context *ctx) {
  promise_resolve(ctx, 0, 1);
  return 0;
}
static duk_ret_t promise_js_reject(duk_context *ctx) {
  promise_reject(ctx, 0, 1);
  return 0;
}
static duk_ret_t promise_js_is(duk_context *ctx) {
  duk_push_boolean(ctx, promise_is(ctx, 0));
  return 1;
}
/* info(p) -> [state, value, handled] */
static duk_ret_t promise_js_info(duk_context *ctx) {
  duk_push_array(ctx);
  duk_get_prop_literal(ctx, 0, PROMISE_STATE);
  duk_put_prop_index(ctx, -2, 0);
  duk_get_prop_literal(ctx, 0, PROMISE_VALUE);
  duk_put_prop_index(ctx, -2, 1);
  duk_get_prop_literal(ctx, 0, PROMISE_HANDLED);
  duk_put_prop_index(ctx, -2, 2);
  return 1;
}
/* resolvingFunctions(p) -> [resolve, reject] */
static duk_ret_t promise_js_resolving(duk_context *ctx) {
  promise_push_resolving(ctx, 0);
  duk_push_array(ctx);
  duk_swap_top(ctx, -2);
  duk_put_prop_index(ctx, -2, 1);
  duk_swap_top(ctx, -2);
  duk_put_prop_index(ctx, -2, 0);
  return 1;
}
/* setHooks({ track, untrack, thenSlow }) */
static duk_ret_t promise_js_set_hooks(duk_context *ctx) {
  promise_push_hooks(ctx);
  duk_get_prop_literal(ctx, 0, "track");
  duk_put_prop_literal(ctx, -2, "track");
  duk_get_prop_literal(ctx, 0, "untrack");
  duk_put_prop_literal(ctx, -2, "untrack");
  duk_get_prop_literal(ctx, 0, "thenSlow");
  duk_put_prop_literal(ctx, -2, "thenSlow");
  return 0;
}

static const duk_function_list_entry promise_funcs[] = {
    {"performThen", promise_js_perform_then, 5},
    {"newPromise", promise_js_new, 0},
    {"resolve", promise_js_resolve, 2},
    {"reject", promise_js_reject, 2},
    {"isPromise", promise_js_is, 1},
    {"info", promise_js_info, 1},
    {"resolvingFunctions", promise_js_resolving, 1},
    {"setHooks", promise_js_set_hooks, 1},
    {NULL, NULL, 0}};

duk_ret_t jsrt__open_promise(duk_context *ctx) {
  duk_push_object(ctx); /* native */
  duk_put_function_list(ctx, -1, promise_funcs);

  duk_push_heap_stash(ctx);
  duk_push_object(ctx); /* hooks */
  duk_push_c_function(ctx, promise_ctor, 1);
  duk_push_string(ctx, "name");
  duk_push_string(ctx, "Promise");
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE |
                   DUK_DEFPROP_SET_CONFIGURABLE);
  duk_push_object(ctx); /* Promise.prototype */
  duk_push_string(ctx, "constructor");
  duk_dup(ctx, -3);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE);
  duk_push_string(ctx, "then");
  duk_push_c_function(ctx, promise_then, 2);
  duk_push_string(ctx, "name");
  duk_push_string(ctx, "then");
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE |
                   DUK_DEFPROP_SET_CONFIGURABLE);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE);
  duk_dup_top(ctx);
  duk_put_prop_literal(ctx, -4, "proto");
  duk_push_string(ctx, "prototype");
  duk_swap_top(ctx, -2);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  duk_dup_top(ctx);
  duk_put_prop_literal(ctx, -3, "ctor");    /* hooks.ctor */
  duk_put_prop_literal(ctx, -4, "Promise"); /* native.Promise */
  duk_push_c_function(ctx, promise_job_reaction, 1);
  duk_put_prop_literal(ctx, -2, "runReaction");
  duk_push_c_function(ctx, promise_job_thenable, 1);
  duk_put_prop_literal(ctx, -2, "runThenable");
  duk_put_prop_literal(ctx, -2, PROMISE_HOOKS);
  duk_pop(ctx); /* stash */
  return 1;
}

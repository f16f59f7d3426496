/*
 * promise.c - the native half of internal/engine/promise: the Promise
 * constructor, then() and the resolution machinery (the spec's reaction and
 * thenable jobs) in C, every job on the isolate's microtask queue as a C job.
 * The statics, catch/finally, subclass capabilities and unhandled-rejection
 * tracking stay in src/js/internal/engine/promise.js.
 *
 * A promise is an ordinary object with Promise.prototype and hidden
 * properties, made with the object and read and written in place through
 * engine.c's fast slots (the property API was most of a resolution's cost:
 * bench/loop/README.md):
 *   state: PENDING, FULFILLED or REJECTED, plus HANDLED once a reaction
 *          was attached (for unhandled-rejection tracking);
 *   slot:  while pending, its first reaction (or nothing); once settled,
 *          its value.
 * A reaction (PromiseReaction record) is an object with the keys onf, onr,
 * arg, rstate, next, last (and cap): handlers, then the argument and state
 * filled in when it is queued, and the links of its promise's reaction
 * list (next; the first one's last points at the tail). The promise that
 * then() derives is its own reaction: its object carries these keys too,
 * so a then() allocates one object, not two. A reaction without a derived
 * promise (a subclass's capability, cap) is an object of its own.
 */
#include "internal.h"

#define PROMISE_RECORD                                                         \
  "\xff"                                                                       \
  "prec"
#define PROMISE_HOOKS                                                          \
  "\xff"                                                                       \
  "promiseHooks"

enum {
  PROMISE_PENDING = 0,
  PROMISE_FULFILLED = 1,
  PROMISE_REJECTED = 2,
  PROMISE_STATE_MASK = 3,
  PROMISE_HANDLED = 4,
  REACTION_KEEP = 8 /* in a reaction's rstate: an await's, reused */
};
/* Hidden keys (the state's keys): a promise made here has the first
 * K_PROMISE of them, a lone reaction those from K_ONF on. */
enum {
  K_STATE,
  K_SLOT,
  K_ONF,
  K_ONR,
  K_ARG,
  K_RSTATE,
  K_NEXT,
  K_LAST,
  K_CAP,
  K_COUNT,
  K_PROMISE = K_CAP
};
static const char *const promise_keys[K_COUNT] = {
    "\xffpst",  "\xffpslot", "\xffponf",  "\xffponr", "\xffparg",
    "\xffprst", "\xffpnext", "\xffplast", "\xffpcap"};

/* The module's state (iso->state[JSRT__STATE_PROMISE], made by the opener,
 * freed through the module table): heap pointers of its stash object,
 * Promise.prototype, the constructor and the hidden keys, all reachable
 * from the stash. */
typedef struct {
  void *hooks, *proto, *ctor, *then, *then_key;
  void *keys[K_COUNT];
} promise_state;

#define PROMISE_STATE(iso) ((promise_state *)(iso)->state[JSRT__STATE_PROMISE])
#define KEY(iso, k) (PROMISE_STATE(iso)->keys[(k)])

/* The promise's state flags, or -1 when the value at idx is no promise. */
static int promise_flags(jsrt_isolate *iso, duk_context *ctx, duk_idx_t idx) {
  return jsrt__duk_get_own_int(ctx, idx, KEY(iso, K_STATE), -1);
}

/* Pushes a new pending promise with Promise.prototype. */
static void promise_push_new(jsrt_isolate *iso, duk_context *ctx) {
  jsrt__duk_push_object_slots(ctx, PROMISE_STATE(iso)->proto,
                              PROMISE_STATE(iso)->keys, K_PROMISE, 0);
  jsrt__duk_put_own_int(ctx, -1, KEY(iso, K_STATE), PROMISE_PENDING);
}

/* Calls hooks[name](arg at idx); errors propagate. */
static void promise_call_hook(jsrt_isolate *iso, duk_context *ctx,
                              const char *name, duk_idx_t idx) {
  idx = duk_normalize_index(ctx, idx);
  duk_push_heapptr(ctx, PROMISE_STATE(iso)->hooks);
  duk_get_prop_string(ctx, -1, name);
  duk_dup(ctx, idx);
  duk_call(ctx, 1);
  duk_pop_2(ctx);
}

static void promise_job_reaction(duk_context *ctx);

static void promise_job_thenable(duk_context *ctx);

static void promise_perform_then(jsrt_isolate *iso, duk_context *ctx,
                                 duk_idx_t p, duk_idx_t f, duk_idx_t r,
                                 duk_idx_t derived, duk_idx_t cap);

/* Fills reaction r with the argument at arg and state, and queues it. */
static void promise_queue_reaction(jsrt_isolate *iso, duk_context *ctx,
                                   duk_idx_t r, duk_idx_t arg, int state) {
  r = duk_normalize_index(ctx, r);
  duk_dup(ctx, arg);
  jsrt__duk_put_own(ctx, r, KEY(iso, K_ARG));
  state |= jsrt__duk_get_own_int(ctx, r, KEY(iso, K_RSTATE), 0) & REACTION_KEEP;
  jsrt__duk_put_own_int(ctx, r, KEY(iso, K_RSTATE), state);
  jsrt__jobq_push_c(iso, &iso->microtasks, promise_job_reaction, r);
}

/* Settles promise p (state 1 or 2) with the value at v. */
static void promise_settle(jsrt_isolate *iso, duk_context *ctx, duk_idx_t p,
                           duk_idx_t v, int state) {
  int flags;
  p = duk_normalize_index(ctx, p);
  v = duk_normalize_index(ctx, v);
  flags = promise_flags(iso, ctx, p);
  if (flags < 0 || (flags & PROMISE_STATE_MASK) != PROMISE_PENDING)
    return; /* settled already (the resolving functions guard this too) */
  jsrt__duk_get_own(ctx, p, KEY(iso, K_SLOT)); /* the reactions */
  jsrt__duk_put_own_int(ctx, p, KEY(iso, K_STATE),
                        state | (flags & PROMISE_HANDLED));
  duk_dup(ctx, v);
  jsrt__duk_put_own(ctx, p, KEY(iso, K_SLOT));
  if (state == PROMISE_REJECTED && !(flags & PROMISE_HANDLED))
    promise_call_hook(iso, ctx, "track", p);
  if (duk_is_object(ctx, -1)) {
    jsrt__duk_take_own(ctx, -1, KEY(iso, K_LAST));
    duk_pop(ctx);
  }
  while (duk_is_object(ctx, -1)) {
    promise_queue_reaction(iso, ctx, -1, v, state);
    jsrt__duk_take_own(ctx, -1, KEY(iso, K_NEXT));
    duk_remove(ctx, -2);
  }
  duk_pop(ctx);
}

static void promise_reject(jsrt_isolate *iso, duk_context *ctx, duk_idx_t p,
                           duk_idx_t v) {
  promise_settle(iso, ctx, p, v, PROMISE_REJECTED);
}

static duk_ret_t promise_get_then(duk_context *ctx, void *udata) {
  (void)udata;
  duk_get_prop_literal(ctx, -1, "then");
  return 1;
}

/* The spec's promise resolve functions' steps for p with resolution x. */
static void promise_resolve(jsrt_isolate *iso, duk_context *ctx, duk_idx_t p,
                            duk_idx_t x) {
  p = duk_normalize_index(ctx, p);
  x = duk_normalize_index(ctx, x);
  if (!duk_is_object(ctx, x)) {
    promise_settle(iso, ctx, p, x, PROMISE_FULFILLED);
    return;
  }
  if (duk_strict_equals(ctx, p, x)) {
    duk_push_error_object(ctx, DUK_ERR_TYPE_ERROR,
                          "Chaining cycle detected for promise #<Promise>");
    promise_reject(iso, ctx, p, -1);
    duk_pop(ctx);
    return;
  }
  if (promise_flags(iso, ctx, x) >= 0 &&
      jsrt__duk_inherited_is(ctx, x, PROMISE_STATE(iso)->proto,
                             PROMISE_STATE(iso)->then_key,
                             PROMISE_STATE(iso)->then)) {
    /* a native promise with the built-in then: Get(x, "then") runs
       nothing, no protected call needed */
    duk_push_heapptr(ctx, PROMISE_STATE(iso)->then);
  } else if (duk_dup(ctx, x), duk_safe_call(ctx, promise_get_then, NULL, 1,
                                            1) != DUK_EXEC_SUCCESS) {
    if (iso->timed_out || iso->exiting)
      duk_throw_raw(ctx);
    promise_reject(iso, ctx, p, -1);
    duk_pop(ctx);
    return;
  }
  if (!duk_is_function(ctx, -1)) {
    duk_pop(ctx);
    promise_settle(iso, ctx, p, x, PROMISE_FULFILLED);
    return;
  }
  /* NewPromiseResolveThenableJob: p itself is the job's record, with the
     thenable in its arg slot and then in its onf slot. A pending promise
     being resolved is no queued reaction (a derived promise's own
     reaction has run: that is what resolves it), so those slots are
     free, and nothing else settles it before the job runs. */
  jsrt__duk_put_own(ctx, p, KEY(iso, K_ONF));
  duk_dup(ctx, x);
  jsrt__duk_put_own(ctx, p, KEY(iso, K_ARG));
  jsrt__jobq_push_c(iso, &iso->microtasks, promise_job_thenable, p);
}

/* ---- resolving functions: share a record [promise, done] ---- */

static duk_ret_t promise_resolving_fn(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  int reject = duk_get_current_magic(ctx);
  duk_push_current_function(ctx);
  duk_get_prop_literal(ctx, -1, PROMISE_RECORD); /* [x fn rec] */
  if (jsrt__duk_record_get_int(ctx, -1, 1))
    return 0;
  duk_push_int(ctx, 1);
  jsrt__duk_record_put(ctx, -2, 1);
  jsrt__duk_record_get(ctx, -1, 0); /* p */
  if (reject)
    promise_reject(iso, ctx, -1, 0);
  else
    promise_resolve(iso, ctx, -1, 0);
  return 0;
}

/* Pushes [resolve, reject] functions for the promise at p. */
static void promise_push_resolving(duk_context *ctx, duk_idx_t p) {
  int i;
  p = duk_normalize_index(ctx, p);
  jsrt__duk_push_record(ctx, 2);
  duk_dup(ctx, p);
  jsrt__duk_record_put(ctx, -2, 0);
  for (i = 0; i < 2; i++) {
    duk_push_c_function(ctx, promise_resolving_fn, 1);
    duk_set_magic(ctx, -1, i);
    duk_dup(ctx, -2 - i);
    duk_put_prop_literal(ctx, -2, PROMISE_RECORD);
  }
  duk_remove(ctx, -3); /* [resolve reject] */
}

/* ---- jobs: C jobs of the microtask queue, [... job] on the stack ---- */

/* The handler's result resolves the derived promise (the reaction itself,
 * or its capability); its exception rejects it. */
static void promise_job_reaction(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  duk_idx_t r = duk_get_top_index(ctx);
  int state = jsrt__duk_get_own_int(ctx, r, KEY(iso, K_RSTATE), 0), ok;
  int keep = state & REACTION_KEEP;
  if (keep) {
    /* an await's reaction (promise_js_await) keeps its handlers */
    state &= PROMISE_STATE_MASK;
    jsrt__duk_get_own(ctx, r,
                      KEY(iso, state == PROMISE_FULFILLED ? K_ONF : K_ONR));
  } else {
    /* [r handler arg]: taken out, so that the reaction keeps neither */
    jsrt__duk_take_own(ctx, r,
                       KEY(iso, state == PROMISE_FULFILLED ? K_ONR : K_ONF));
    duk_pop(ctx);
    jsrt__duk_take_own(ctx, r,
                       KEY(iso, state == PROMISE_FULFILLED ? K_ONF : K_ONR));
  }
  jsrt__duk_take_own(ctx, r, KEY(iso, K_ARG));
  if (duk_is_function(ctx, r + 1)) {
    duk_push_undefined(ctx);
    duk_insert(ctx, r + 2); /* [r handler undefined arg] */
    if (keep)               /* an await's handler learns which way it settled */
      duk_push_boolean(ctx, state != PROMISE_FULFILLED);
    ok = duk_pcall_method(ctx, keep ? 2 : 1) == DUK_EXEC_SUCCESS;
    if (!ok && (iso->timed_out || iso->exiting))
      duk_throw_raw(ctx);
  } else {
    duk_remove(ctx, r + 1);
    ok = state == PROMISE_FULFILLED;
  }
  /* [r value] */
  if (promise_flags(iso, ctx, r) >= 0) {
    if (ok)
      promise_resolve(iso, ctx, r, r + 1);
    else
      promise_reject(iso, ctx, r, r + 1);
    return;
  }
  jsrt__duk_get_own(ctx, r, KEY(iso, K_CAP));
  if (duk_is_object(ctx, -1)) {
    duk_get_prop_literal(ctx, -1, ok ? "resolve" : "reject");
    duk_push_undefined(ctx);
    duk_dup(ctx, r + 1);
    duk_call_method(ctx, 1);
  }
}

/* p (its arg: the thenable, its onf: then): then.call(thenable, resolve,
 * reject).
 *
 * Adoption of a native promise by the built-in then (a then handler or an
 * async function returning a promise, resolve(promise)) skips what nobody
 * can see: the resolving functions and the promise then() would derive.
 * p itself becomes the thenable's reaction, without handlers, so it is
 * resolved (or rejected) with the thenable's outcome in the same job the
 * spec's resolve function would have run in: the same microtask turns.
 * It is safe as p is never a queued reaction at this point: a derived
 * promise's own reaction has run (that is what resolved it), and a
 * promise made by the constructor never is one. */
static void promise_job_thenable(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  duk_idx_t j = duk_get_top_index(ctx);
  duk_dup(ctx, j);                             /* j+1: p */
  jsrt__duk_take_own(ctx, j, KEY(iso, K_ONF)); /* j+2: then */
  jsrt__duk_take_own(ctx, j, KEY(iso, K_ARG)); /* j+3: thenable */
  if (duk_get_heapptr(ctx, j + 2) == PROMISE_STATE(iso)->then &&
      promise_flags(iso, ctx, j + 3) >= 0 &&
      jsrt__duk_constructor_is(ctx, j + 3, PROMISE_STATE(iso)->proto,
                               PROMISE_STATE(iso)->ctor)) {
    promise_perform_then(iso, ctx, j + 3, DUK_INVALID_INDEX, DUK_INVALID_INDEX,
                         j + 1, DUK_INVALID_INDEX);
    return;
  }
  promise_push_resolving(ctx, j + 1); /* j+4: resolve, j+5: reject */
  duk_dup(ctx, j + 2);
  duk_dup(ctx, j + 3);
  duk_dup(ctx, j + 4);
  duk_dup(ctx, j + 5); /* [.. then thenable resolve reject] */
  if (duk_pcall_method(ctx, 2) != DUK_EXEC_SUCCESS) {
    if (iso->timed_out || iso->exiting)
      duk_throw_raw(ctx);
    duk_dup(ctx, j + 5);
    duk_push_undefined(ctx);
    duk_dup(ctx, -3);
    duk_call_method(ctx, 1);
  }
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
  jsrt__duk_put_own_int(ctx, 1, KEY(iso, K_STATE), PROMISE_PENDING);
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

/* PerformPromiseThen(p, onFulfilled, onRejected, derived, capability):
 * derived (a promise made by promise_push_new, which becomes the reaction)
 * or cap may be undefined (or DUK_INVALID_INDEX). */
static void promise_perform_then(jsrt_isolate *iso, duk_context *ctx,
                                 duk_idx_t p, duk_idx_t f, duk_idx_t r,
                                 duk_idx_t derived, duk_idx_t cap) {
  int flags, state;
  duk_idx_t re;
  p = duk_normalize_index(ctx, p);
  if (derived != DUK_INVALID_INDEX && !duk_is_undefined(ctx, derived)) {
    duk_dup(ctx, derived);
  } else {
    jsrt__duk_push_object_slots(ctx, NULL, &KEY(iso, K_ONF), K_COUNT - K_ONF,
                                0);
    if (cap != DUK_INVALID_INDEX && !duk_is_undefined(ctx, cap)) {
      duk_dup(ctx, cap);
      jsrt__duk_put_own(ctx, -2, KEY(iso, K_CAP));
    }
  }
  re = duk_get_top_index(ctx);
  if (duk_is_function(ctx, f)) {
    duk_dup(ctx, f);
    jsrt__duk_put_own(ctx, re, KEY(iso, K_ONF));
  }
  if (duk_is_function(ctx, r)) {
    duk_dup(ctx, r);
    jsrt__duk_put_own(ctx, re, KEY(iso, K_ONR));
  }
  flags = promise_flags(iso, ctx, p);
  state = flags & PROMISE_STATE_MASK;
  jsrt__duk_get_own(ctx, p, KEY(iso, K_SLOT));
  if (state == PROMISE_PENDING) {
    /* Append to the list: first.last (or first) gets next. */
    if (duk_is_undefined(ctx, -1)) {
      duk_dup(ctx, re);
      jsrt__duk_put_own(ctx, p, KEY(iso, K_SLOT));
    } else {
      jsrt__duk_get_own(ctx, -1, KEY(iso, K_LAST));
      if (duk_is_undefined(ctx, -1)) {
        duk_pop(ctx);
        duk_dup_top(ctx);
      }
      duk_dup(ctx, re);
      jsrt__duk_put_own(ctx, -2, KEY(iso, K_NEXT));
      duk_pop(ctx);
      duk_dup(ctx, re);
      jsrt__duk_put_own(ctx, -2, KEY(iso, K_LAST));
    }
  } else {
    if (state == PROMISE_REJECTED && !(flags & PROMISE_HANDLED))
      promise_call_hook(iso, ctx, "untrack", p);
    promise_queue_reaction(iso, ctx, re, -1, state);
  }
  duk_pop_2(ctx); /* the slot's value, the reaction */
  if (!(flags & PROMISE_HANDLED))
    jsrt__duk_put_own_int(ctx, p, KEY(iso, K_STATE), flags | PROMISE_HANDLED);
}

/* Promise.prototype.then(onFulfilled, onRejected) */
static duk_ret_t promise_then(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  duk_set_top(ctx, 2);
  duk_push_this(ctx); /* 2 */
  if (promise_flags(iso, ctx, 2) < 0)
    return duk_error(ctx, DUK_ERR_TYPE_ERROR,
                     "Method Promise.prototype.then called on incompatible "
                     "receiver %s",
                     duk_safe_to_string(ctx, 2));
  if (!jsrt__duk_constructor_is(ctx, 2, PROMISE_STATE(iso)->proto,
                                PROMISE_STATE(iso)->ctor) &&
      (duk_get_prop_literal(ctx, 2, "constructor"),
       duk_get_heapptr(ctx, 3) != PROMISE_STATE(iso)->ctor)) {
    /* Subclass or species: the capability is made in JS. */
    duk_push_heapptr(ctx, PROMISE_STATE(iso)->hooks);
    duk_get_prop_literal(ctx, -1, "thenSlow");
    duk_dup(ctx, 2);
    duk_dup(ctx, 0);
    duk_dup(ctx, 1);
    duk_call(ctx, 3);
    return 1;
  }
  duk_set_top(ctx, 3);
  promise_push_new(iso, ctx); /* 3: derived */
  promise_perform_then(iso, ctx, 2, 0, 1, 3, DUK_INVALID_INDEX);
  return 1;
}

/* Promise.resolve(x): PromiseResolve(this, x); a constructor other than
 * Promise takes the JS path (hooks.resolveSlow). */
static duk_ret_t promise_static_resolve(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  duk_set_top(ctx, 1);
  duk_push_this(ctx); /* 1 */
  if (!duk_is_object(ctx, 1))
    return duk_error(ctx, DUK_ERR_TYPE_ERROR,
                     "PromiseResolve called on non-object");
  if (duk_get_heapptr(ctx, 1) != PROMISE_STATE(iso)->ctor) {
    duk_push_heapptr(ctx, PROMISE_STATE(iso)->hooks);
    duk_get_prop_literal(ctx, -1, "resolveSlow");
    duk_dup(ctx, 1);
    duk_dup(ctx, 0);
    duk_call(ctx, 2);
    return 1;
  }
  if (promise_flags(iso, ctx, 0) >= 0) {
    if (jsrt__duk_constructor_is(ctx, 0, PROMISE_STATE(iso)->proto,
                                 PROMISE_STATE(iso)->ctor)) {
      duk_dup(ctx, 0);
      return 1;
    }
    duk_get_prop_literal(ctx, 0, "constructor");
    if (duk_get_heapptr(ctx, -1) == PROMISE_STATE(iso)->ctor) {
      duk_dup(ctx, 0);
      return 1;
    }
    duk_pop(ctx);
  }
  promise_push_new(iso, ctx); /* 2 */
  promise_resolve(iso, ctx, 2, 0);
  return 1;
}

/* ---- await (src/compiler/helpers.js, async section) ----
 *
 * An async function or generator has at most one await pending, so its
 * continuation is one reaction made once (reaction(onFulfilled,
 * onRejected)), queued again at each await and keeping its handlers
 * (REACTION_KEEP); its handlers get (value, rejected), so one function
 * can be both. await(v, reaction) is V8's Await: PerformPromiseThen
 * of PromiseResolve(%Promise%, v) with that reaction, no derived promise.
 * A value that is no object needs no promise at all: the reaction is
 * queued fulfilled with it, the turn the resolved promise's would take.
 * await returns false (and does nothing) when Promise.prototype.then was
 * replaced: the caller awaits through that one then. */
static duk_ret_t promise_js_reaction(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  jsrt__duk_push_object_slots(ctx, NULL, &KEY(iso, K_ONF), K_COUNT - K_ONF, 0);
  duk_dup(ctx, 0);
  jsrt__duk_put_own(ctx, -2, KEY(iso, K_ONF));
  duk_dup(ctx, 1);
  jsrt__duk_put_own(ctx, -2, KEY(iso, K_ONR));
  jsrt__duk_put_own_int(ctx, -1, KEY(iso, K_RSTATE), REACTION_KEEP);
  return 1;
}

static duk_ret_t promise_js_await(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  int patched;
  duk_set_top(ctx, 2);
  /* Promise.prototype.then replaced (async_hooks binds its callbacks to
     the async context so): false, the caller awaits through it */
  duk_push_heapptr(ctx, PROMISE_STATE(iso)->proto);
  jsrt__duk_get_own(ctx, -1, PROMISE_STATE(iso)->then_key);
  patched = duk_get_heapptr(ctx, -1) != PROMISE_STATE(iso)->then;
  duk_pop_2(ctx);
  if (patched) {
    duk_push_false(ctx);
    return 1;
  }
  if (!duk_is_object(ctx, 0)) {
    promise_queue_reaction(iso, ctx, 1, 0, PROMISE_FULFILLED);
    return 0;
  }
  if (promise_flags(iso, ctx, 0) >= 0) {
    int native = jsrt__duk_constructor_is(ctx, 0, PROMISE_STATE(iso)->proto,
                                          PROMISE_STATE(iso)->ctor);
    if (!native) {
      duk_get_prop_literal(ctx, 0, "constructor"); /* may throw: Await does */
      native = duk_get_heapptr(ctx, -1) == PROMISE_STATE(iso)->ctor;
      duk_pop(ctx);
    }
    if (native) {
      promise_perform_then(iso, ctx, 0, DUK_INVALID_INDEX, DUK_INVALID_INDEX, 1,
                           DUK_INVALID_INDEX);
      return 0;
    }
  }
  promise_push_new(iso, ctx); /* 2 */
  promise_resolve(iso, ctx, 2, 0);
  promise_perform_then(iso, ctx, 2, DUK_INVALID_INDEX, DUK_INVALID_INDEX, 1,
                       DUK_INVALID_INDEX);
  return 0;
}

/* ---- the JS half's helpers ---- */

static duk_ret_t promise_js_perform_then(duk_context *ctx) {
  duk_set_top(ctx, 5);
  promise_perform_then(jsrt_from_context(ctx), ctx, 0, 1, 2, 3, 4);
  return 0;
}
static duk_ret_t promise_js_new(duk_context *ctx) {
  promise_push_new(jsrt_from_context(ctx), ctx);
  return 1;
}
static duk_ret_t promise_js_resolve(duk_context *ctx) {
  promise_resolve(jsrt_from_context(ctx), ctx, 0, 1);
  return 0;
}
static duk_ret_t promise_js_reject(duk_context *ctx) {
  promise_reject(jsrt_from_context(ctx), ctx, 0, 1);
  return 0;
}
static duk_ret_t promise_js_is(duk_context *ctx) {
  duk_push_boolean(ctx, promise_flags(jsrt_from_context(ctx), ctx, 0) >= 0);
  return 1;
}
/* info(p) -> [state, value, handled] */
static duk_ret_t promise_js_info(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  int flags = promise_flags(iso, ctx, 0);
  int state = flags < 0 ? 0 : flags & PROMISE_STATE_MASK;
  duk_push_array(ctx);
  duk_push_int(ctx, state);
  duk_put_prop_index(ctx, -2, 0);
  if (state != PROMISE_PENDING)
    jsrt__duk_get_own(ctx, 0, KEY(iso, K_SLOT));
  else
    duk_push_undefined(ctx);
  duk_put_prop_index(ctx, -2, 1);
  duk_push_boolean(ctx, flags >= 0 && (flags & PROMISE_HANDLED));
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
  duk_push_heapptr(ctx, PROMISE_STATE(jsrt_from_context(ctx))->hooks);
  duk_get_prop_literal(ctx, 0, "track");
  duk_put_prop_literal(ctx, -2, "track");
  duk_get_prop_literal(ctx, 0, "untrack");
  duk_put_prop_literal(ctx, -2, "untrack");
  duk_get_prop_literal(ctx, 0, "thenSlow");
  duk_put_prop_literal(ctx, -2, "thenSlow");
  duk_get_prop_literal(ctx, 0, "resolveSlow");
  duk_put_prop_literal(ctx, -2, "resolveSlow");
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
    {"staticResolve", promise_static_resolve, 1},
    {"reaction", promise_js_reaction, 2},
    {"await", promise_js_await, 2},
    {NULL, NULL, 0}};

duk_ret_t jsrt__open_promise(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  int i;
  if (PROMISE_STATE(iso) == NULL) {
    iso->state[JSRT__STATE_PROMISE] = calloc(1, sizeof(promise_state));
    if (PROMISE_STATE(iso) == NULL)
      return jsrt__throw_oom(ctx);
  }
  duk_push_object(ctx); /* native */
  duk_put_function_list(ctx, -1, promise_funcs);

  duk_push_heap_stash(ctx);
  duk_push_object(ctx); /* hooks */
  PROMISE_STATE(iso)->hooks = duk_get_heapptr(ctx, -1);
  for (i = 0; i < K_COUNT; i++)
    PROMISE_STATE(iso)->keys[i] = jsrt__pin_string(ctx, promise_keys[i]);
  duk_push_c_function(ctx, promise_ctor, 1);
  PROMISE_STATE(iso)->ctor = duk_get_heapptr(ctx, -1);
  duk_push_string(ctx, "name");
  duk_push_string(ctx, "Promise");
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE |
                   DUK_DEFPROP_SET_CONFIGURABLE);
  duk_push_object(ctx); /* Promise.prototype */
  PROMISE_STATE(iso)->proto = duk_get_heapptr(ctx, -1);
  duk_push_string(ctx, "constructor");
  duk_dup(ctx, -3);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE);
  PROMISE_STATE(iso)->then_key = jsrt__pin_string(ctx, "then");
  duk_push_string(ctx, "then");
  duk_push_c_function(ctx, promise_then, 2);
  PROMISE_STATE(iso)->then = duk_get_heapptr(ctx, -1);
  duk_dup_top(ctx);
  duk_put_prop_literal(ctx, -6, "then"); /* hooks.then keeps it */
  duk_push_string(ctx, "name");
  duk_push_string(ctx, "then");
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE |
                   DUK_DEFPROP_SET_CONFIGURABLE);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE);
  duk_dup_top(ctx);
  duk_put_prop_literal(ctx, -4, "proto"); /* hooks.proto keeps it */
  duk_push_string(ctx, "prototype");
  duk_swap_top(ctx, -2);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  duk_dup_top(ctx);
  duk_put_prop_literal(ctx, -3, "ctor");    /* hooks.ctor */
  duk_put_prop_literal(ctx, -4, "Promise"); /* native.Promise */
  duk_put_prop_literal(ctx, -2, PROMISE_HOOKS);
  duk_pop(ctx); /* stash */
  return 1;
}

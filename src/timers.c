/*
 * timers.c - setTimeout/setInterval on one uv_timer_t per Timeout, and
 * setImmediate on a queue in C drained by one uv_check_t per isolate (an
 * idle handle keeps the poll phase from blocking while immediates wait).
 */
#include "internal.h"

#include <stdlib.h>

#define TIMERS_PTR                                                             \
  "\xff"                                                                       \
  "timer"
#define TIMERS_FIRED                                                           \
  "\xff"                                                                       \
  "timersFired"
#define TIMERS_IMM_PROTO                                                       \
  "\xff"                                                                       \
  "immProto"
#define TIMERS_TIMEOUT_PROTO                                                   \
  "\xff"                                                                       \
  "timeoutProto"
#define TIMERS_DELAY_OF                                                        \
  "\xff"                                                                       \
  "timersDelayOf"

typedef struct {
  jsrt__handle h;
  uv_timer_t timer;
  int self; /* ref to the Timeout object while the timer is armed */
  uint64_t timeout, repeat;
} timers_timer;

/* A Timeout's own properties, in Node's order; made with the object and
 * read in place (engine.c's fast slots). */
enum {
  TK_IDLE_TIMEOUT,
  TK_ON_TIMEOUT,
  TK_TIMER_ARGS,
  TK_REPEAT,
  TK_DESTROYED,
  TK_REFED,
  TK_ID,
  TK_HAS_PRIMITIVE,
  TK_PTR, /* hidden: the armed timers_timer */
  TK_COUNT
};
static const char *const timers_keys[TK_COUNT] = {
    "_idleTimeout", "_onTimeout", "_timerArgs",    "_repeat", "_destroyed",
    "_refed",       "_id",        "_hasPrimitive", TIMERS_PTR};

typedef struct {
  jsrt__handle h;
  uv_check_t check;
  uv_idle_t idle;
  /* fn: the Immediate object; arg: its callback, or [callback, ...args]
   * (spread) when it has arguments. */
  jsrt__jobq queue;
  unsigned refed; /* ref'ed immediates waiting */
  void *proto;    /* Immediate.prototype (kept by the stash) */
  /* Pinned keys of an Immediate's own properties: _onImmediate, _refed,
   * _argv (set in place: engine.c's fast slots). */
  void *keys[3];
  int closing;
} timers_immediates;

static void timers_timer_closed(uv_handle_t *uvh) {
  timers_timer *t = uvh->data;
  free(t);
}

/* The module's state (iso->state[JSRT__STATE_TIMERS], freed through the
 * module table): the Timeout bits, i.e. its prototype (from timers.js),
 * the pinned keys and the id counter, made on first use and kept by the
 * stash; and the isolate's immediate queue, a handle made on first use
 * whose close clears it. */
typedef struct {
  void *proto;
  void *keys[TK_COUNT];
  double next_id;
  timers_immediates *immediates;
} timers_tstate;

#define TIMERS_STATE(iso) ((timers_tstate *)(iso)->state[JSRT__STATE_TIMERS])

static timers_tstate *timers_ts(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  timers_tstate *ts = TIMERS_STATE(iso);
  int i;
  if (ts != NULL && ts->next_id > 0) /* 0 until the keys are pinned */
    return ts;
  if (ts == NULL) {
    ts = calloc(1, sizeof(*ts));
    if (ts == NULL)
      jsrt__throw_oom_raw(ctx);
    iso->state[JSRT__STATE_TIMERS] = ts;
  }
  for (i = 0; i < TK_COUNT; i++)
    ts->keys[i] = jsrt__pin_string(ctx, timers_keys[i]);
  ts->next_id = 1;
  return ts;
}

/* Pushes the Timeout's (at idx) property k: its own data property in
 * place, else the ordinary lookup. */
static void timers_read(duk_context *ctx, timers_tstate *ts, duk_idx_t idx,
                        int k) {
  idx = duk_normalize_index(ctx, idx);
  if (jsrt__duk_get_own(ctx, idx, ts->keys[k]))
    return;
  duk_pop(ctx);
  duk_get_prop_string(ctx, idx, timers_keys[k]);
}

/* [... v] -> [...]: sets the Timeout's (at idx) property k. */
static void timers_write(duk_context *ctx, timers_tstate *ts, duk_idx_t idx,
                         int k) {
  idx = duk_normalize_index(ctx, idx);
  if (!jsrt__duk_put_own_existing(ctx, idx, ts->keys[k]))
    duk_put_prop_string(ctx, idx, timers_keys[k]);
}

/* Disarms t, drops its ref and detaches it from its Timeout object. */
static void timers_timer_close(jsrt__handle *h) {
  timers_timer *t = (timers_timer *)h;
  jsrt_isolate *iso = h->iso;
  if (iso == NULL || uv_is_closing((uv_handle_t *)&t->timer))
    return;
  jsrt__unref_holder(iso->ctx, &t->self, TIMERS_PTR);
  jsrt__handle_unlink(h);
  uv_close((uv_handle_t *)&t->timer, timers_timer_closed);
}

/* Calls timeout._onTimeout(...timeout._timerArgs) as Node does: what the
 * properties hold when the timer fires. */
static void timers_on_timeout(uv_timer_t *timer) {
  timers_timer *t = timer->data;
  jsrt_isolate *iso = t->h.iso;
  duk_context *ctx = iso->ctx;
  timers_tstate *ts = TIMERS_STATE(iso);
  duk_idx_t nargs = 0, self;

  jsrt_push_ref(ctx, t->self);
  self = duk_get_top_index(ctx);
  timers_read(ctx, ts, self, TK_ON_TIMEOUT);
  duk_swap_top(ctx, -2); /* [fn this]: this is the Timeout, as in Node */
  self++;
  timers_read(ctx, ts, self, TK_TIMER_ARGS);
  /* [fn this args]: the arguments are spread by jsrt__js_spread_call
   * within the protected call (reserving the stack may throw, and so may
   * getters of a _timerArgs the script replaced). */
  if (duk_is_object(ctx, -1))
    nargs = 1;
  else
    duk_pop(ctx);
  /* A one-shot timer is done before its callback runs (Node: the callback
   * may refresh() it, which re-arms a new uv timer). */
  if (t->repeat == 0) {
    duk_push_true(ctx);
    timers_write(ctx, ts, self, TK_DESTROYED);
    timers_read(ctx, ts, self, TK_HAS_PRIMITIVE);
    if (duk_to_boolean(ctx, -1)) {
      /* timers.js forgets its id (clearTimeout(id) no longer finds it). */
      duk_push_heap_stash(ctx);
      duk_get_prop_literal(ctx, -1, TIMERS_FIRED);
      duk_dup(ctx, self);
      (void)jsrt__pcall(iso, 1); /* cannot throw: a delete */
      duk_pop_2(ctx);
    }
    duk_pop(ctx);
    timers_timer_close(&t->h);
  }
  if (!duk_is_function(ctx, self - 1)) {
    duk_pop_n(ctx, nargs + 2); /* _onTimeout was taken away meanwhile */
    return;
  }
  if (nargs > 0) { /* [fn this args] -> [spread this fn args] */
    duk_push_c_function(ctx, jsrt__js_spread_call, 3);
    duk_insert(ctx, self - 1);
    duk_swap(ctx, self, self + 1);
    nargs = 2;
  }
  jsrt__callback(iso, nargs);
}

static timers_timer *timers_get(duk_context *ctx, duk_idx_t idx) {
  timers_timer *t = NULL;
  if (duk_is_object(ctx, idx) && duk_get_prop_literal(ctx, idx, TIMERS_PTR)) {
    t = duk_get_pointer(ctx, -1);
  }
  if (duk_is_object(ctx, idx))
    duk_pop(ctx);
  return t;
}

static double timers_delay(duk_context *ctx, duk_idx_t idx) {
  double d = duk_to_number(ctx, idx);
  /* Node: not a number, below 1 or above 2^31-1 becomes 1 ms. */
  if (!(d >= 1 && d <= 2147483647.0))
    d = 1;
  return (double)(uint64_t)d;
}

/* Arms a uv timer for the Timeout at obj. */
static void timers_arm_with(duk_context *ctx, duk_idx_t obj, double delay,
                            double repeat, int refed) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  timers_timer *t;
  int ref;
  obj = duk_normalize_index(ctx, obj);
  if (!(delay >= 1 && delay <= 2147483647.0)) /* validated before */
    delay = 1;
  ref = jsrt_ref(ctx, obj); /* may throw: nothing is allocated yet */
  t = calloc(1, sizeof(*t));
  if (t == NULL) {
    jsrt_unref(ctx, ref);
    jsrt__throw_oom_raw(ctx);
  }
  t->self = ref;
  uv_timer_init(iso->loop, &t->timer);
  t->timer.data = t;
  jsrt__handle_link(iso, &t->h, (uv_handle_t *)&t->timer, timers_timer_close);
  t->timeout = (uint64_t)delay;
  t->repeat = (uint64_t)repeat;
  /* In its slot when C made the Timeout; else this may throw, and the
   * linked (unstarted) timer is closed with the isolate. */
  duk_push_pointer(ctx, t);
  timers_write(ctx, timers_ts(ctx), obj, TK_PTR);
  /* From now, not from when the loop last read the clock (a busy script
   * would eat into the delay): Node refreshes the time for each timer. */
  uv_update_time(iso->loop);
  uv_timer_start(&t->timer, timers_on_timeout, t->timeout, t->repeat);
  if (!refed)
    uv_unref((uv_handle_t *)&t->timer);
}

/* [... Timeout] arms a timer for it from its fields. */
static void timers_arm(duk_context *ctx, duk_idx_t obj) {
  timers_tstate *ts = timers_ts(ctx);
  double delay, repeat;
  int refed;
  obj = duk_normalize_index(ctx, obj);
  timers_read(ctx, ts, obj, TK_IDLE_TIMEOUT);
  delay = duk_get_number(ctx, -1);
  timers_read(ctx, ts, obj, TK_REPEAT);
  repeat = duk_is_number(ctx, -1) ? duk_get_number(ctx, -1) : 0;
  timers_read(ctx, ts, obj, TK_REFED);
  refed = duk_to_boolean(ctx, -1);
  duk_pop_3(ctx);
  timers_arm_with(ctx, obj, delay, repeat, refed);
}

/* start(timeout): (re)arms a Timeout made in JS (refresh, enroll). */
static duk_ret_t timers_start(duk_context *ctx) {
  timers_timer *t = timers_get(ctx, 0);
  if (t != NULL)
    timers_timer_close(&t->h);
  if (jsrt_from_context(ctx)->exited)
    return 0;
  timers_arm(ctx, 0);
  return 0;
}

/* setTimeout(callback, delay, ...args) and setInterval (magic 1): the
 * whole call in C, as setImmediate. A delay out of range goes through
 * timers.js's delayOf (Node's TimeoutOverflowWarning). */
static duk_ret_t timers_set_timer(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  int repeat = duk_get_current_magic(ctx);
  duk_idx_t n = duk_get_top(ctx), i;
  timers_tstate *ts;
  double delay;
  jsrt__require_function(ctx, 0, "callback");
  if (n < 2) {
    duk_set_top(ctx, 2);
    n = 2;
  }
  delay = duk_to_number(ctx, 1);
  if (!(delay >= 1 && delay <= 2147483647.0)) {
    duk_push_heap_stash(ctx);
    duk_get_prop_literal(ctx, -1, TIMERS_DELAY_OF);
    duk_push_number(ctx, delay);
    duk_call(ctx, 1);
    delay = duk_get_number(ctx, -1);
    duk_pop_2(ctx);
  }
  ts = timers_ts(ctx);
  if (ts->proto == NULL) {
    duk_push_heap_stash(ctx);
    duk_get_prop_literal(ctx, -1, TIMERS_TIMEOUT_PROTO);
    ts->proto = duk_get_heapptr(ctx, -1); /* kept by the stash */
    duk_pop_2(ctx);
  }
  jsrt__duk_push_object_slots(ctx, ts->proto, ts->keys, TK_COUNT, 1);
  duk_push_number(ctx, delay);
  jsrt__duk_put_own(ctx, -2, ts->keys[TK_IDLE_TIMEOUT]);
  duk_dup(ctx, 0);
  jsrt__duk_put_own(ctx, -2, ts->keys[TK_ON_TIMEOUT]);
  if (n > 2) {
    duk_push_array(ctx);
    for (i = 2; i < n; i++) {
      duk_dup(ctx, i);
      duk_put_prop_index(ctx, -2, (duk_uarridx_t)(i - 2));
    }
    jsrt__duk_put_own(ctx, -2, ts->keys[TK_TIMER_ARGS]);
  }
  if (repeat)
    duk_push_number(ctx, delay);
  else
    duk_push_null(ctx);
  jsrt__duk_put_own(ctx, -2, ts->keys[TK_REPEAT]);
  duk_push_false(ctx);
  jsrt__duk_put_own(ctx, -2, ts->keys[TK_DESTROYED]);
  duk_push_true(ctx);
  jsrt__duk_put_own(ctx, -2, ts->keys[TK_REFED]);
  duk_push_number(ctx, ts->next_id++);
  jsrt__duk_put_own(ctx, -2, ts->keys[TK_ID]);
  duk_push_false(ctx);
  jsrt__duk_put_own(ctx, -2, ts->keys[TK_HAS_PRIMITIVE]);
  if (!iso->exited)
    timers_arm_with(ctx, -1, delay, repeat ? delay : 0, 1);
  return 1;
}

/* nextId(): the id of a Timeout made in JS (one counter with C's). */
static duk_ret_t timers_next_id(duk_context *ctx) {
  duk_push_number(ctx, timers_ts(ctx)->next_id++);
  return 1;
}

/* setTimeoutHooks(Timeout.prototype, delayOf) */
static duk_ret_t timers_set_timeout_hooks(duk_context *ctx) {
  duk_push_heap_stash(ctx);
  duk_dup(ctx, 0);
  duk_put_prop_literal(ctx, -2, TIMERS_TIMEOUT_PROTO);
  duk_dup(ctx, 1);
  duk_put_prop_literal(ctx, -2, TIMERS_DELAY_OF);
  return 0;
}

static duk_ret_t timers_stop(duk_context *ctx) {
  timers_timer *t = timers_get(ctx, 0);
  if (t != NULL)
    timers_timer_close(&t->h);
  return 0;
}

static duk_ret_t timers_set_ref(duk_context *ctx) {
  timers_timer *t = timers_get(ctx, 0);
  if (t != NULL) {
    if (duk_to_boolean(ctx, 1))
      uv_ref((uv_handle_t *)&t->timer);
    else
      uv_unref((uv_handle_t *)&t->timer);
  }
  return 0;
}

static duk_ret_t timers_delay_js(duk_context *ctx) {
  duk_push_number(ctx, timers_delay(ctx, 0));
  return 1;
}

/* ---- setImmediate ---- */

static void timers_imm_closed(uv_handle_t *uvh) {
  timers_immediates *im = uvh->data;
  if (--im->closing == 0)
    free(im);
}

static void timers_imm_close(jsrt__handle *h) {
  timers_immediates *im = (timers_immediates *)h;
  jsrt_isolate *iso = h->iso;
  if (iso == NULL)
    return;
  jsrt__jobq_free(iso, &im->queue);
  if (TIMERS_STATE(iso) != NULL && TIMERS_STATE(iso)->immediates == im)
    TIMERS_STATE(iso)->immediates = NULL;
  jsrt__handle_unlink(h);
  im->closing = 2;
  uv_close((uv_handle_t *)&im->check, timers_imm_closed);
  uv_close((uv_handle_t *)&im->idle, timers_imm_closed);
}

static void timers_on_idle(uv_idle_t *idle) { (void)idle; }

static void timers_imm_update(timers_immediates *im) {
  if (im->queue.len > 0) {
    uv_idle_start(&im->idle, timers_on_idle);
    if (im->refed > 0)
      uv_ref((uv_handle_t *)&im->check);
    else
      uv_unref((uv_handle_t *)&im->check);
  } else {
    uv_idle_stop(&im->idle);
    uv_unref((uv_handle_t *)&im->check);
  }
}

/* Pushes the immediate's (at idx) property keys[k] named name: its own
 * data property in place, else the ordinary lookup. */
static void timers_imm_read(duk_context *ctx, timers_immediates *im,
                            duk_idx_t idx, int k, const char *name) {
  idx = duk_normalize_index(ctx, idx);
  if (jsrt__duk_get_own(ctx, idx, im->keys[k]))
    return;
  duk_pop(ctx);
  duk_get_prop_string(ctx, idx, name);
}

/* The check phase: run the immediates queued before it started; those
 * queued meanwhile wait for the next iteration, as in Node. */
static void timers_on_check(uv_check_t *check) {
  timers_immediates *im = check->data;
  jsrt_isolate *iso = im->h.iso;
  duk_context *ctx = iso->ctx;
  size_t n = im->queue.len;

  while (n-- > 0 && im->queue.len > 0 && im->h.iso != NULL) {
    jsrt__job job;
    duk_idx_t nargs = 0;
    jsrt__jobq_shift(iso, &im->queue, &job);
    duk_pop(ctx); /* [imm] */
    /* A cleared immediate has _onImmediate null (clearImmediate). */
    timers_imm_read(ctx, im, -1, 0, "_onImmediate"); /* [imm fn] */
    if (duk_is_null(ctx, -1)) {
      duk_pop_2(ctx);
      continue;
    }
    timers_imm_read(ctx, im, -2, 1, "_refed");
    if (duk_to_boolean(ctx, -1) && im->refed > 0)
      im->refed--;
    duk_pop(ctx);
    duk_push_null(ctx); /* it has run */
    if (!jsrt__duk_put_own_existing(ctx, -3, im->keys[0]))
      duk_put_prop_literal(ctx, -3, "_onImmediate");
    duk_swap_top(ctx, -2); /* [fn imm] */
    if (job.spread) {
      /* _argv is [callback, ...args]: [fn imm] -> [spread imm fn argv 1],
       * spread within the protected call (see timers_on_timeout). */
      duk_idx_t base = duk_get_top_index(ctx) - 1;
      timers_imm_read(ctx, im, -1, 2, "_argv");
      duk_push_c_function(ctx, jsrt__js_spread_call, 3);
      duk_insert(ctx, base);
      duk_swap(ctx, base + 1, base + 2);
      duk_push_int(ctx, 1);
      nargs = 3;
    }
    jsrt__callback(iso, nargs);
  }
  if (im->h.iso != NULL)
    timers_imm_update(im);
}

/* The isolate's immediate queue, made on first use (in the module's state;
 * the close path clears it). */
static timers_immediates *timers_imm_get(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  timers_tstate *ts = timers_ts(ctx);
  timers_immediates *im = ts->immediates;
  if (im != NULL)
    return im;
  im = calloc(1, sizeof(*im));
  if (im == NULL)
    jsrt__throw_oom_raw(ctx);
  uv_check_init(iso->loop, &im->check);
  uv_idle_init(iso->loop, &im->idle);
  im->check.data = im->idle.data = im;
  im->keys[0] = jsrt__pin_string(ctx, "_onImmediate");
  im->keys[1] = jsrt__pin_string(ctx, "_refed");
  im->keys[2] = jsrt__pin_string(ctx, "_argv");
  uv_check_start(&im->check, timers_on_check);
  uv_unref((uv_handle_t *)&im->check);
  /* An active idle handle makes poll not block even when unref'ed; the
   * check handle's ref alone says whether immediates keep the loop. */
  uv_unref((uv_handle_t *)&im->idle);
  jsrt__handle_link(iso, &im->h, (uv_handle_t *)&im->check, timers_imm_close);
  ts->immediates = im;
  return im;
}

/* setImmediate(callback, ...args): the whole call in C (the queue is
 * driven from C; in JS this was most of an immediate's cost). The object
 * gets Immediate.prototype from timers.js (setImmediateProto). */
static duk_ret_t timers_set_immediate(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  duk_idx_t n = duk_get_top(ctx), i;
  timers_immediates *im;
  jsrt__require_function(ctx, 0, "callback");
  if (iso->exited) {
    /* The run has ended: an inert Immediate, nothing is queued. */
    duk_push_object(ctx);
    duk_push_heap_stash(ctx);
    duk_get_prop_literal(ctx, -1, TIMERS_IMM_PROTO);
    duk_remove(ctx, -2);
    duk_set_prototype(ctx, -2);
    duk_dup(ctx, 0);
    duk_put_prop_literal(ctx, -2, "_onImmediate");
    return 1;
  }
  im = timers_imm_get(ctx);
  if (im->proto == NULL) {
    duk_push_heap_stash(ctx);
    duk_get_prop_literal(ctx, -1, TIMERS_IMM_PROTO);
    im->proto = duk_get_heapptr(ctx, -1);
    duk_pop_2(ctx);
  }
  /* Own _onImmediate, _refed (and _argv) made with the object. */
  jsrt__duk_push_object_slots(ctx, im->proto, im->keys, n > 1 ? 3 : 2, 1);
  duk_dup(ctx, 0);
  jsrt__duk_put_own(ctx, -2, im->keys[0]);
  duk_push_true(ctx);
  jsrt__duk_put_own(ctx, -2, im->keys[1]);
  if (n > 1) {
    duk_push_array(ctx); /* [callback, ...args] for the queue */
    for (i = 0; i < n; i++) {
      duk_dup(ctx, i);
      duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    jsrt__duk_put_own(ctx, -2, im->keys[2]);
  }
  /* One ref per immediate: the callback and arguments are read from the
   * object when it runs (spread says whether there are arguments). */
  jsrt__jobq_push(iso, &im->queue, -1, DUK_INVALID_INDEX, n > 1);
  im->refed++;
  timers_imm_update(im);
  return 1;
}

static duk_ret_t timers_set_immediate_proto(duk_context *ctx) {
  duk_push_heap_stash(ctx);
  duk_dup(ctx, 0);
  duk_put_prop_literal(ctx, -2, TIMERS_IMM_PROTO);
  return 0;
}

/* immediateRef(immediate, on): adjusts the count of ref'ed immediates. */
static duk_ret_t timers_immediate_ref(duk_context *ctx) {
  timers_immediates *im;
  if (jsrt_from_context(ctx)->exited)
    return 0;
  im = timers_imm_get(ctx);
  if (duk_to_boolean(ctx, 1))
    im->refed++;
  else if (im->refed > 0)
    im->refed--;
  timers_imm_update(im);
  return 0;
}

/* setFired(fn): fn(timeout) when a one-shot timer whose id was taken
 * fires (timers.js keeps the id table). */
static duk_ret_t timers_set_fired(duk_context *ctx) {
  duk_push_heap_stash(ctx);
  duk_dup(ctx, 0);
  duk_put_prop_literal(ctx, -2, TIMERS_FIRED);
  return 0;
}

static const duk_function_list_entry timers_funcs[] = {
    {"setFired", timers_set_fired, 1},
    {"nextId", timers_next_id, 0},
    {"setTimeoutHooks", timers_set_timeout_hooks, 2},
    {"setImmediate", timers_set_immediate, DUK_VARARGS},
    {"setImmediateProto", timers_set_immediate_proto, 1},
    {"start", timers_start, 1},
    {"stop", timers_stop, 1},
    {"setRef", timers_set_ref, 2},
    {"delay", timers_delay_js, 1},
    {"immediateRef", timers_immediate_ref, 2},
    {NULL, NULL, 0}};

duk_ret_t jsrt__open_timers(duk_context *ctx) {
  int i;
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, timers_funcs);
  for (i = 0; i < 2; i++) {
    duk_push_c_function(ctx, timers_set_timer, DUK_VARARGS);
    duk_set_magic(ctx, -1, i);
    duk_put_prop_string(ctx, -2, i ? "setInterval" : "setTimeout");
  }
  return 1;
}

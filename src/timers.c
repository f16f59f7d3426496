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

typedef struct {
  jsrt__handle h;
  uv_timer_t timer;
  int self; /* ref to the Timeout object while the timer is armed */
  int cb, args;
  uint64_t timeout, repeat;
} timers_timer;

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

/* Disarms t, drops its refs and detaches it from its Timeout object. */
static void timers_timer_close(jsrt__handle *h) {
  timers_timer *t = (timers_timer *)h;
  jsrt_isolate *iso = h->iso;
  if (iso == NULL || uv_is_closing((uv_handle_t *)&t->timer))
    return;
  if (t->self) {
    duk_context *ctx = iso->ctx;
    jsrt_push_ref(ctx, t->self);
    duk_push_pointer(ctx, NULL);
    duk_put_prop_literal(ctx, -2, TIMERS_PTR);
    duk_pop(ctx);
  }
  jsrt_unref(iso->ctx, t->self);
  jsrt_unref(iso->ctx, t->cb);
  jsrt_unref(iso->ctx, t->args);
  t->self = t->cb = t->args = 0;
  jsrt__handle_unlink(h);
  uv_close((uv_handle_t *)&t->timer, timers_timer_closed);
}

static void timers_on_timeout(uv_timer_t *timer) {
  timers_timer *t = timer->data;
  jsrt_isolate *iso = t->h.iso;
  duk_context *ctx = iso->ctx;
  duk_idx_t nargs = 0;

  jsrt_push_ref(ctx, t->cb);
  jsrt_push_ref(ctx, t->self); /* this: the Timeout, as in Node */
  if (t->args) {
    duk_size_t i, n;
    duk_idx_t a;
    jsrt_push_ref(ctx, t->args);
    a = duk_get_top_index(ctx);
    n = duk_get_length(ctx, a);
    for (i = 0; i < n; i++)
      duk_get_prop_index(ctx, a, (duk_uarridx_t)i);
    duk_remove(ctx, a);
    nargs = (duk_idx_t)n;
  }
  /* A one-shot timer is done before its callback runs (Node: the callback
   * may refresh() it, which re-arms a new uv timer). */
  if (t->repeat == 0) {
    duk_idx_t self = duk_get_top(ctx) - nargs - 1;
    duk_push_true(ctx);
    duk_put_prop_literal(ctx, self, "_destroyed");
    duk_get_prop_literal(ctx, self, "_hasPrimitive");
    if (duk_get_boolean(ctx, -1)) {
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

/* [... Timeout] arms a timer for it from its stored fields. */
static void timers_arm(duk_context *ctx, duk_idx_t obj) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  timers_timer *t;
  double delay, repeat;
  int refed;

  obj = duk_normalize_index(ctx, obj);
  duk_get_prop_literal(ctx, obj, "_idleTimeout");
  delay = duk_get_number(ctx, -1);
  if (!(delay >= 1 && delay <= 2147483647.0)) /* timers.js validated it */
    delay = 1;
  duk_get_prop_literal(ctx, obj, "_repeat");
  repeat = duk_is_number(ctx, -1) ? duk_get_number(ctx, -1) : 0;
  duk_get_prop_literal(ctx, obj, "_refed");
  refed = duk_get_boolean(ctx, -1);
  duk_pop_3(ctx);

  t = calloc(1, sizeof(*t));
  if (t == NULL)
    (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
  uv_timer_init(iso->loop, &t->timer);
  t->timer.data = t;
  jsrt__handle_link(iso, &t->h, (uv_handle_t *)&t->timer, timers_timer_close);
  t->timeout = (uint64_t)delay;
  t->repeat = (uint64_t)repeat;
  duk_get_prop_literal(ctx, obj, "_onTimeout");
  t->cb = jsrt_ref(ctx, -1);
  duk_get_prop_literal(ctx, obj, "_timerArgs");
  t->args = jsrt_ref(ctx, -1);
  duk_pop_2(ctx);
  t->self = jsrt_ref(ctx, obj);
  duk_push_pointer(ctx, t);
  duk_put_prop_literal(ctx, obj, TIMERS_PTR);
  uv_timer_start(&t->timer, timers_on_timeout, t->timeout, t->repeat);
  if (!refed)
    uv_unref((uv_handle_t *)&t->timer);
}

/* setTimeout(fn, delay, ...args) / setInterval: the Timeout object is
 * made by timers.js (so its methods live on one prototype); this arms it. */
static duk_ret_t timers_start(duk_context *ctx) {
  timers_timer *t = timers_get(ctx, 0);
  if (t != NULL)
    timers_timer_close(&t->h);
  if (jsrt_from_context(ctx)->exited)
    return 0;
  timers_arm(ctx, 0);
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
  if (iso->immediates == im)
    iso->immediates = NULL;
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
      /* _argv is [callback, ...args] */
      duk_idx_t a;
      duk_size_t i, len;
      timers_imm_read(ctx, im, -1, 2, "_argv");
      a = duk_get_top_index(ctx);
      len = duk_get_length(ctx, a);
      for (i = 1; i < len; i++)
        duk_get_prop_index(ctx, a, (duk_uarridx_t)i);
      duk_remove(ctx, a);
      nargs = len > 0 ? (duk_idx_t)len - 1 : 0;
    }
    jsrt__callback(iso, nargs);
  }
  if (im->h.iso != NULL)
    timers_imm_update(im);
}

/* The isolate's immediate queue, made on first use (iso->immediates; the
 * close path clears it). */
static timers_immediates *timers_imm_get(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  timers_immediates *im = iso->immediates;
  if (im != NULL)
    return im;
  im = calloc(1, sizeof(*im));
  if (im == NULL)
    (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
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
  iso->immediates = im;
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
    {"setImmediate", timers_set_immediate, DUK_VARARGS},
    {"setImmediateProto", timers_set_immediate_proto, 1},
    {"start", timers_start, 1},
    {"stop", timers_stop, 1},
    {"setRef", timers_set_ref, 2},
    {"delay", timers_delay_js, 1},
    {"immediateRef", timers_immediate_ref, 2},
    {NULL, NULL, 0}};

duk_ret_t jsrt__open_timers(duk_context *ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, timers_funcs);
  return 1;
}

/*
 * events: EventEmitter#emit's common case in C.
 *
 * A JS emit must read `arguments` to pass on exactly the arguments it got,
 * and Duktape then builds an arguments object and an environment record on
 * every call (a fifth of a stream chunk's cost went there). A C function
 * sees its argument count for free. Covered here: a type other than
 * 'error', no listener table or no listener, or one listener function on an
 * emitter without captureRejections. Everything else goes to the JS emit
 * (events.js emitSlow) with the same this and arguments.
 */
#include "internal.h"

#include <string.h>

/* The JS emit and the kCapture symbol: own hidden properties of the
 * native emit function (set by events.js through native.init). */
static duk_ret_t events_emit_slow(duk_context *ctx, duk_idx_t n) {
  duk_idx_t i;
  duk_push_current_function(ctx);
  duk_get_prop_literal(ctx, -1, DUK_HIDDEN_SYMBOL("slow"));
  duk_push_this(ctx);
  jsrt__require_args(ctx, (duk_size_t)n);
  for (i = 0; i < n; i++)
    duk_dup(ctx, i);
  duk_call_method(ctx, n);
  return 1;
}

static duk_ret_t events_emit(duk_context *ctx) {
  duk_idx_t n = duk_get_top(ctx);
  duk_idx_t ev;
  duk_size_t len;
  const char *type;
  if (n == 0)
    return events_emit_slow(ctx, n);
  type = duk_get_lstring(ctx, 0, &len); /* NULL unless a string/symbol */
  if (type != NULL && len == 5 && memcmp(type, "error", 5) == 0)
    return events_emit_slow(ctx, n);
  duk_push_this(ctx);
  duk_get_prop_literal(ctx, n, "_events");
  ev = n + 1;
  if (duk_is_undefined(ctx, ev)) {
    duk_push_false(ctx);
    return 1;
  }
  if (!duk_is_object(ctx, ev))
    return events_emit_slow(ctx, n);
  duk_dup(ctx, 0);
  duk_get_prop(ctx, ev); /* [args this events handler] */
  if (duk_is_undefined(ctx, -1)) {
    duk_push_false(ctx);
    return 1;
  }
  if (!duk_is_function(ctx, -1))
    return events_emit_slow(ctx, n);
  /* this[kCapture]: a listener's promise result would need addCatch */
  duk_push_current_function(ctx);
  duk_get_prop_literal(ctx, -1, DUK_HIDDEN_SYMBOL("capture"));
  if (duk_get_prop(ctx, n)) {
    if (duk_to_boolean(ctx, -1))
      return events_emit_slow(ctx, n);
  }
  duk_pop_2(ctx);
  /* [args this events handler] -> call handler with this and args 1.. */
  duk_dup(ctx, n);
  {
    duk_idx_t i;
    jsrt__require_args(ctx, (duk_size_t)n);
    for (i = 1; i < n; i++)
      duk_dup(ctx, i);
  }
  duk_call_method(ctx, n - 1);
  duk_push_true(ctx);
  return 1;
}

/* init(slowEmit, kCapture) -> the native emit */
static duk_ret_t events_init(duk_context *ctx) {
  duk_push_c_function(ctx, events_emit, DUK_VARARGS);
  duk_dup(ctx, 0);
  duk_put_prop_literal(ctx, -2, DUK_HIDDEN_SYMBOL("slow"));
  duk_dup(ctx, 1);
  duk_put_prop_literal(ctx, -2, DUK_HIDDEN_SYMBOL("capture"));
  duk_push_literal(ctx, "length");
  duk_push_int(ctx, 1);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  duk_push_literal(ctx, "name");
  duk_push_literal(ctx, "emit");
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  return 1;
}

static const duk_function_list_entry events_funcs[] = {{"init", events_init, 2},
                                                       {NULL, NULL, 0}};

duk_ret_t jsrt__open_events(duk_context *ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, events_funcs);
  return 1;
}

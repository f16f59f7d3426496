/*
 * globals.c - the global object scripts see. Globals that live in modules
 * (console, process, timers, ...) are accessors that load their module on
 * first touch and then turn into plain data properties, so an idle isolate
 * pays one shared native getter, not the modules.
 */
#include "internal.h"

#include <string.h>

/* One list of lazy globals: global name, module, export (NULL: the whole
 * module). Kept sorted by nothing; it is short and read once per name. */
static const struct {
  const char *name;
  const char *module;
  const char *export;
} globals_lazy[] = {
    {"console", "console", NULL},
    {"process", "process", NULL},
    {"setTimeout", "timers", "setTimeout"},
    {"clearTimeout", "timers", "clearTimeout"},
    {"setInterval", "timers", "setInterval"},
    {"clearInterval", "timers", "clearInterval"},
    {"setImmediate", "timers", "setImmediate"},
    {"clearImmediate", "timers", "clearImmediate"},
};

static void globals_define(duk_context *ctx, const char *name) {
  /* [value] -> [] as a writable, configurable, non-enumerable property */
  duk_push_global_object(ctx);
  duk_push_string(ctx, name);
  duk_dup(ctx, -3);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE | DUK_DEFPROP_CLEAR_ENUMERABLE);
  duk_pop_2(ctx);
}

/* Getter: Duktape passes the key as the first argument
 * (DUK_USE_NONSTD_GETTER_KEY_ARGUMENT). */
static duk_ret_t globals_lazy_get(duk_context *ctx) {
  const char *key = duk_require_string(ctx, 0);
  size_t i;
  for (i = 0; i < JSRT__COUNTOF(globals_lazy); i++) {
    if (strcmp(globals_lazy[i].name, key) != 0)
      continue;
    jsrt__require_builtin(ctx, globals_lazy[i].module);
    if (globals_lazy[i].export != NULL) {
      duk_get_prop_string(ctx, -1, globals_lazy[i].export);
      duk_remove(ctx, -2);
    }
    duk_dup_top(ctx);
    globals_define(ctx, key);
    return 1;
  }
  return 0;
}

/* Setter: (value, key). Assigning a lazy global just replaces it. */
static duk_ret_t globals_lazy_set(duk_context *ctx) {
  const char *key = duk_require_string(ctx, 1);
  duk_dup(ctx, 0);
  globals_define(ctx, key);
  return 0;
}

/* Duktape.errCreate: every error made passes here. An allocation the
 * memory limit refused surfaces as Duktape's Error "alloc failed"; Node
 * users expect a RangeError, so give it RangeError's prototype (this
 * allocates nothing, which matters right after an allocation failed). */
static duk_ret_t globals_err_create(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  if (iso != NULL && iso->oom && duk_is_error(ctx, 0) &&
      duk_get_error_code(ctx, 0) == DUK_ERR_ERROR) {
    duk_get_prop_string(ctx, 0, "message");
    if (duk_is_string(ctx, -1) &&
        strcmp(duk_get_string(ctx, -1), "alloc failed") == 0) {
      duk_get_global_string(ctx, "RangeError");
      duk_get_prop_string(ctx, -1, "prototype");
      duk_set_prototype(ctx, 0);
      duk_pop(ctx);
    }
    duk_pop(ctx);
  }
  duk_dup(ctx, 0);
  return 1;
}

void jsrt__globals_init(jsrt_isolate *iso) {
  duk_context *ctx = iso->ctx;
  size_t i;

  duk_push_global_object(ctx);
  duk_push_string(ctx, "globalThis");
  duk_push_global_object(ctx);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE | DUK_DEFPROP_CLEAR_ENUMERABLE);
  duk_push_string(ctx, "global");
  duk_push_global_object(ctx);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE | DUK_DEFPROP_CLEAR_ENUMERABLE);

  duk_get_prop_string(ctx, -1, "Duktape");
  duk_push_c_function(ctx, globals_err_create, 1);
  duk_put_prop_string(ctx, -2, "errCreate");
  duk_pop(ctx);

  duk_push_c_function(ctx, jsrt__js_queue_microtask, 1);
  duk_put_prop_string(ctx, -2, "queueMicrotask");

  duk_push_c_function(ctx, globals_lazy_get, 1);
  duk_push_c_function(ctx, globals_lazy_set, 2);
  for (i = 0; i < JSRT__COUNTOF(globals_lazy); i++) {
    duk_push_string(ctx, globals_lazy[i].name);
    duk_dup(ctx, -3);
    duk_dup(ctx, -3);
    duk_def_prop(ctx, -6,
                 DUK_DEFPROP_HAVE_GETTER | DUK_DEFPROP_HAVE_SETTER |
                     DUK_DEFPROP_SET_CONFIGURABLE |
                     DUK_DEFPROP_CLEAR_ENUMERABLE);
  }
  duk_pop_3(ctx);
}

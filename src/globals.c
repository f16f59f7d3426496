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
    /* In place of Duktape's own, whose now() counts from 1970. */
    {"performance", "perf_hooks", "performance"},
    /* In place of Duktape's, which knows UTF-8 only. */
    {"TextDecoder", "internal/encoding", "TextDecoder"},
    {"clearImmediate", "timers", "clearImmediate"},
    {"Promise", "internal/engine/promise", "Promise"},
    {"AggregateError", "internal/engine/promise", "AggregateError"},
    {"Map", "internal/engine/collections", "Map"},
    {"Set", "internal/engine/collections", "Set"},
    {"WeakMap", "internal/engine/collections", "WeakMap"},
    {"WeakSet", "internal/engine/collections", "WeakSet"},
    {"structuredClone", "internal/engine/es", "structuredClone"},
    {"Buffer", "buffer", "Buffer"},
    {"atob", "buffer", "atob"},
    {"btoa", "buffer", "btoa"},
    {"DOMException", "internal/domexception", NULL},
    {"URL", "internal/url", "URL"},
    {"URLSearchParams", "internal/url", "URLSearchParams"},
    {"Event", "internal/event_target", "Event"},
    {"EventTarget", "internal/event_target", "EventTarget"},
    {"AbortController", "internal/event_target", "AbortController"},
    {"AbortSignal", "internal/event_target", "AbortSignal"},
#if JSRT_HAVE_OPENSSL
    {"crypto", "crypto", "webcrypto"},
#endif
    /* The runtime helpers lowered code calls (src/compiler/helpers.js). */
    {"__jsrt", "internal/jsrt_helpers", NULL},
};

/*
 * ES2015+ library methods Duktape 2.7 lacks, implemented in
 * src/js/internal/engine/es.js. Each is installed as a Duktape lightfunc (a
 * tagged value: no heap object, no allocation per isolate) whose magic indexes
 * this table; its first call loads internal/engine/es, replaces every stub with
 * the real function and forwards the call. Target: the global constructor
 * whose property (or prototype's, when proto) receives the method.
 */
static const struct {
  const char *target;
  int proto;
  const char *name;
  int nargs;
} globals_methods[] = {
    {"Array", 0, "from", 1},
    {"Array", 0, "of", 0},
    {"Array", 1, "includes", 1},
    {"Array", 1, "find", 1},
    {"Array", 1, "findIndex", 1},
    {"Array", 1, "findLast", 1},
    {"Array", 1, "findLastIndex", 1},
    {"Array", 1, "fill", 1},
    {"Array", 1, "flat", 0},
    {"Array", 1, "flatMap", 1},
    {"Array", 1, "copyWithin", 2},
    {"Array", 1, "at", 1},
    {"Array", 1, "keys", 0},
    {"Array", 1, "values", 0},
    {"Array", 1, "entries", 0},
    {"Object", 0, "entries", 1},
    {"Object", 0, "values", 1},
    {"Object", 0, "fromEntries", 1},
    {"Object", 0, "getOwnPropertyDescriptors", 1},
    {"Object", 0, "hasOwn", 2},
    {"String", 1, "padStart", 1},
    {"String", 1, "padEnd", 1},
    {"String", 1, "trimStart", 0},
    {"String", 1, "trimEnd", 0},
    {"String", 1, "trimLeft", 0},
    {"String", 1, "trimRight", 0},
    {"String", 1, "at", 1},
    {"String", 1, "replaceAll", 2},
    {"String", 1, "matchAll", 1},
    {"String", 0, "raw", 1},
    {"Math", 0, "fround", 1},
    /* What lowered code needs (src/compiler/): "@@x" is Symbol.x. */
    {"String", 1, "@@iterator", 0},
    {"Object", 0, "assign", 2},
    {"Reflect", 0, "construct", 2},
};

/* Pushes the property key name: a string, or Symbol.x for "@@x". */
static void globals_push_key(duk_context *ctx, const char *name) {
  if (name[0] == '@' && name[1] == '@') {
    duk_get_global_string(ctx, "Symbol");
    duk_get_prop_string(ctx, -1, name + 2);
    duk_remove(ctx, -2);
  } else {
    duk_push_string(ctx, name);
  }
}

static void globals_push_target(duk_context *ctx, size_t i) {
  duk_get_global_string(ctx, globals_methods[i].target);
  if (globals_methods[i].proto) {
    duk_get_prop_string(ctx, -1, "prototype");
    duk_remove(ctx, -2);
  }
}

static duk_ret_t globals_method_stub(duk_context *ctx);

/* Array.prototype[Symbol.iterator]: the stub of values, or the real
 * Array.prototype.values once installed (stub == NULL). */
static void globals_array_iterator(duk_context *ctx, duk_c_function stub) {
  duk_get_global_string(ctx, "Array");
  duk_get_prop_string(ctx, -1, "prototype");
  duk_get_global_string(ctx, "Symbol");
  duk_get_prop_string(ctx, -1, "iterator");
  duk_remove(ctx, -2);
  if (stub != NULL) {
    size_t i;
    for (i = 0; i < JSRT__COUNTOF(globals_methods); i++)
      if (strcmp(globals_methods[i].name, "values") == 0)
        break;
    duk_push_c_lightfunc(ctx, stub, DUK_VARARGS, 0, (int)i);
  } else {
    duk_get_prop_string(ctx, -2, "values");
  }
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE | DUK_DEFPROP_CLEAR_ENUMERABLE);
  duk_pop_2(ctx);
}

/* Loads internal/engine/es and puts its functions in place of every stub. */
static void globals_install_methods(duk_context *ctx) {
  size_t i;
  jsrt__require_builtin(ctx, "internal/engine/es");
  for (i = 0; i < JSRT__COUNTOF(globals_methods); i++) {
    globals_push_target(ctx, i);
    globals_push_key(ctx, globals_methods[i].name);
    duk_push_sprintf(ctx, "%s%s%s", globals_methods[i].target,
                     globals_methods[i].proto ? "_" : ".",
                     globals_methods[i].name);
    duk_get_prop(ctx, -4);
    duk_def_prop(ctx, -3,
                 DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                     DUK_DEFPROP_SET_CONFIGURABLE |
                     DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_FORCE);
    duk_pop(ctx);
  }
  duk_pop(ctx);
  globals_array_iterator(ctx, NULL);
}

/* What a stub does once the real functions are in place: [args... target]
 * -> target[name].apply(this, args). */
static duk_ret_t globals_forward(duk_context *ctx, const char *name,
                                 duk_idx_t nargs) {
  globals_push_key(ctx, name);
  duk_get_prop(ctx, -2);
  duk_remove(ctx, -2);
  duk_insert(ctx, 0);
  duk_push_this(ctx);
  duk_insert(ctx, 1);
  duk_call_method(ctx, nargs);
  return 1;
}

/* [... target] -> target[name] = a lightfunc stub (writable, configurable,
 * not enumerable, as built-in methods are); magic: its row. */
static void globals_def_stub(duk_context *ctx, const char *name,
                             duk_c_function stub, int nargs, int magic) {
  globals_push_key(ctx, name);
  duk_push_c_lightfunc(ctx, stub, DUK_VARARGS, nargs, magic);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE | DUK_DEFPROP_CLEAR_ENUMERABLE);
}

/* The stub: [args...] this=receiver. */
static duk_ret_t globals_method_stub(duk_context *ctx) {
  int i = duk_get_current_magic(ctx);
  duk_idx_t nargs = duk_get_top(ctx);
  globals_install_methods(ctx);
  globals_push_target(ctx, (size_t)i);
  return globals_forward(ctx, globals_methods[i].name, nargs);
}

/*
 * The ES2015+ %TypedArray%.prototype methods Duktape lacks: lightfunc stubs
 * on the prototype all typed arrays (and Buffers) share; the first call
 * loads src/js/internal/engine/typedarray.js, which replaces every stub with
 * the real function, and forwards the call. Name and .length of each.
 */
static const struct {
  const char *name;
  int nargs;
} globals_ta_methods[] = {
    {"forEach", 1},        {"map", 1},       {"filter", 1},
    {"slice", 2},          {"fill", 1},      {"indexOf", 1},
    {"lastIndexOf", 1},    {"includes", 1},  {"join", 1},
    {"reverse", 0},        {"sort", 1},      {"every", 1},
    {"some", 1},           {"reduce", 1},    {"reduceRight", 1},
    {"find", 1},           {"findIndex", 1}, {"findLast", 1},
    {"findLastIndex", 1},  {"at", 1},        {"copyWithin", 2},
    {"keys", 0},           {"values", 0},    {"entries", 0},
    {"toLocaleString", 0},
};

/* Pushes the prototype every typed array constructor's prototype extends. */
static void globals_push_typedarray_proto(duk_context *ctx) {
  duk_get_global_string(ctx, "Uint8Array");
  duk_get_prop_string(ctx, -1, "prototype");
  duk_get_prototype(ctx, -1);
  duk_remove(ctx, -2);
  duk_remove(ctx, -2);
}

static duk_ret_t globals_ta_stub(duk_context *ctx) {
  int i = duk_get_current_magic(ctx);
  duk_idx_t nargs = duk_get_top(ctx);
  jsrt__require_builtin(ctx, "internal/engine/typedarray"); /* installs them */
  duk_pop(ctx);
  globals_push_typedarray_proto(ctx);
  return globals_forward(ctx, globals_ta_methods[i].name, nargs);
}

static void globals_ta_init(duk_context *ctx) {
  size_t i, values = 0;
  globals_push_typedarray_proto(ctx);
  for (i = 0; i < JSRT__COUNTOF(globals_ta_methods); i++) {
    if (strcmp(globals_ta_methods[i].name, "values") == 0)
      values = i;
    globals_def_stub(ctx, globals_ta_methods[i].name, globals_ta_stub,
                     globals_ta_methods[i].nargs, (int)i);
  }
  /* [Symbol.iterator] is values, as for arrays. */
  duk_get_global_string(ctx, "Symbol");
  duk_get_prop_string(ctx, -1, "iterator");
  duk_remove(ctx, -2);
  duk_push_c_lightfunc(ctx, globals_ta_stub, DUK_VARARGS, 0, (int)values);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE | DUK_DEFPROP_CLEAR_ENUMERABLE);
  duk_pop(ctx);
}

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

#define GLOBALS_STASH_TEXTDECODER                                              \
  "\xff"                                                                       \
  "TextDecoder"

/* The native half of internal/encoding: Duktape's TextDecoder. */
duk_ret_t jsrt__open_encoding(duk_context *ctx) {
  duk_push_heap_stash(ctx);
  duk_get_prop_string(ctx, -1, GLOBALS_STASH_TEXTDECODER);
  duk_remove(ctx, -2);
  return 1;
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

  /* Symbol.asyncIterator, which Duktape 2.7 lacks: a well-known symbol
   * in Duktape's own form (as Symbol.iterator is "\x81Symbol.iterator\xff"),
   * an interned string, no object. Non-writable, non-configurable. */
  duk_get_prop_string(ctx, -1, "Symbol");
  duk_push_string(ctx, "asyncIterator");
  duk_push_lstring(ctx, "\x81Symbol.asyncIterator\xff", 22);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_CLEAR_WEC);
  /* Symbol.species, likewise (Buffer[Symbol.species], Promise's
   * speciesConstructor). */
  duk_push_string(ctx, "species");
  duk_push_lstring(ctx, "\x81Symbol.species\xff", 16);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_CLEAR_WEC);
  duk_pop(ctx);

  duk_get_prop_string(ctx, -1, "Duktape");
  duk_push_c_function(ctx, globals_err_create, 1);
  duk_put_prop_string(ctx, -2, "errCreate");
  duk_pop(ctx);
  jsrt__error_stack_init(ctx);

  duk_push_c_function(ctx, jsrt__js_queue_microtask, 1);
  duk_put_prop_string(ctx, -2, "queueMicrotask");

  for (i = 0; i < JSRT__COUNTOF(globals_methods); i++) {
    globals_push_target(ctx, i);
    globals_def_stub(ctx, globals_methods[i].name, globals_method_stub,
                     globals_methods[i].nargs, (int)i);
    duk_pop(ctx);
  }
  globals_array_iterator(ctx, globals_method_stub);
  globals_ta_init(ctx);
#if JSRT_HAVE_PCRE2
  jsrt__regexp_init(ctx);
#endif

  /* Duktape's TextDecoder (UTF-8 only) stays, for internal/encoding's. */
  duk_push_heap_stash(ctx);
  duk_get_global_string(ctx, "TextDecoder");
  duk_put_prop_string(ctx, -2, GLOBALS_STASH_TEXTDECODER);
  duk_pop(ctx);

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

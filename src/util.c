/*
 * util.c - the native half of util and util.types: an object's internal
 * class, which prototypes and Symbol.toStringTag cannot fake (Node's checks
 * read V8's internal slots), and libuv's error names for
 * util.getSystemErrorName/getSystemErrorMap.
 */
#include "internal.h"

/* classOf(value) -> "Date", "Uint8Array", ... or undefined */
static duk_ret_t util_class_of(duk_context *ctx) {
  const char *name = jsrt__duk_class_name(ctx, 0);
  if (name == NULL)
    return 0;
  duk_push_string(ctx, name);
  return 1;
}

/* errMap() -> [[errno, name, message], ...] for every libuv error. */
static duk_ret_t util_err_map(duk_context *ctx) {
  duk_uarridx_t n = 0;
  duk_push_array(ctx);
#define UTIL_XX(code, msg)                                                     \
  duk_push_array(ctx);                                                         \
  duk_push_int(ctx, UV_##code);                                                \
  duk_put_prop_index(ctx, -2, 0);                                              \
  duk_push_string(ctx, #code);                                                 \
  duk_put_prop_index(ctx, -2, 1);                                              \
  duk_push_string(ctx, msg);                                                   \
  duk_put_prop_index(ctx, -2, 2);                                              \
  duk_put_prop_index(ctx, -2, n++);
  UV_ERRNO_MAP(UTIL_XX)
#undef UTIL_XX
  return 1;
}

static const duk_function_list_entry util_types_funcs[] = {
    {"classOf", util_class_of, 1},
    {"errMap", util_err_map, 0},
    {NULL, NULL, 0}};

duk_ret_t jsrt__open_util_types(duk_context *ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, util_types_funcs);
  return 1;
}

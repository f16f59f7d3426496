/*
 * util.c - the native half of util.types (src/js/internal/util/types.js):
 * an object's internal class, which prototypes and Symbol.toStringTag
 * cannot fake, as Node's checks read V8's internal slots.
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

static const duk_function_list_entry util_types_funcs[] = {
    {"classOf", util_class_of, 1}, {NULL, NULL, 0}};

duk_ret_t jsrt__open_util_types(duk_context *ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, util_types_funcs);
  return 1;
}

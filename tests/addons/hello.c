/*
 * hello.c - a native addon for the tests: require('.../hello.node') dlopens
 * it and calls jsrt_addon_init, which pushes the exports.
 */
#include "jsrt.h"

static duk_ret_t hello_add(duk_context *ctx) {
  duk_push_number(ctx, duk_require_number(ctx, 0) + duk_require_number(ctx, 1));
  return 1;
}

static duk_ret_t hello_greet(duk_context *ctx) {
  duk_push_sprintf(ctx, "hello, %s", duk_require_string(ctx, 0));
  return 1;
}

static const duk_function_list_entry hello_funcs[] = {
    {"add", hello_add, 2}, {"greet", hello_greet, 1}, {NULL, NULL, 0}};

JSRT_EXTERN int jsrt_addon_init(duk_context *ctx, void *udata);
JSRT_EXTERN int jsrt_addon_init(duk_context *ctx, void *udata) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, hello_funcs);
  /* udata is the isolate that requires the addon. */
  duk_push_boolean(ctx, udata != NULL && udata == jsrt_from_context(ctx));
  duk_put_prop_string(ctx, -2, "sameIsolate");
  return 0;
}

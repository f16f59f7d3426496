/*
 * collections.c - the native half of internal/engine/collections (Map, Set,
 * WeakMap, WeakSet in src/js/internal/engine/collections.js): identities of
 * objects and symbols for O(1) keyed lookup, and hidden property keys that
 * scripts cannot enumerate (weak maps store their values on the key).
 */
#include "internal.h"

#include <stdint.h>

/* id(value) -> a number unique among live heap values. Duktape never moves
 * a heap object, and a Map holds its keys, so the address is a stable
 * identity while the entry exists. */
static duk_ret_t collections_id(duk_context *ctx) {
  void *p = duk_get_heapptr(ctx, 0);
  duk_push_number(ctx, (double)(uintptr_t)p);
  return 1;
}

/* hiddenKey() -> a fresh hidden symbol ("\xFF" prefix): a property key that
 * no enumeration (for-in, Object.keys, getOwnPropertySymbols) reveals. */
static duk_ret_t collections_hidden_key(duk_context *ctx) {
  static unsigned collections_nkeys; /* uniqueness only; shared is fine */
  duk_push_sprintf(ctx,
                   "\xff"
                   "jsrt%u",
                   ++collections_nkeys);
  return 1;
}

static const duk_function_list_entry collections_funcs[] = {
    {"id", collections_id, 1},
    {"hiddenKey", collections_hidden_key, 0},
    {NULL, NULL, 0}};

duk_ret_t jsrt__open_collections(duk_context *ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, collections_funcs);
  return 1;
}

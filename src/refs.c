/*
 * refs.c - jsrt_ref/jsrt_push_ref/jsrt_unref: values kept alive for later
 * callbacks, in one array in the heap stash (luaL_ref; dukluv's refs.c).
 * Slot numbers are reused through a free list kept in C.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* The array is found through the stash once, then pushed by its heap
 * pointer: the stash keeps it reachable (so in place: Duktape never moves
 * objects) for the life of the heap. Every queued job and timer goes
 * through here, so the lookup mattered (see bench/loop/README.md). */
static void refs_push_array(jsrt_isolate *iso, duk_context *ctx) {
  if (iso->refs_array != NULL) {
    duk_push_heapptr(ctx, iso->refs_array);
    return;
  }
  duk_push_heap_stash(ctx);
  duk_get_prop_string(ctx, -1, JSRT__STASH_REFS);
  duk_remove(ctx, -2);
  iso->refs_array = duk_get_heapptr(ctx, -1);
}

void jsrt__refs_reserve(duk_context *ctx, int n) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  if (iso == NULL || n <= 0)
    return;
  /* The free lists grow with the array so that unref never allocates. */
  while (iso->ref_top + n >= iso->ref_cap) {
    int ncap = iso->ref_cap ? iso->ref_cap * 2 : 64;
    int *nf = realloc(iso->ref_free, (size_t)ncap * sizeof(int));
    unsigned char *nu;
    if (nf == NULL)
      jsrt__throw_oom_raw(ctx);
    iso->ref_free = nf;
    nu = realloc(iso->ref_used, (size_t)ncap);
    if (nu == NULL)
      jsrt__throw_oom_raw(ctx);
    memset(nu + iso->ref_cap, 0, (size_t)(ncap - iso->ref_cap));
    iso->ref_used = nu;
    iso->ref_cap = ncap;
  }
  /* Growing the array may throw or run a GC; slots above ref_top are
   * free, so writing one changes nothing else. */
  refs_push_array(iso, ctx);
  duk_push_undefined(ctx);
  jsrt__duk_record_put(ctx, -2, (unsigned)(iso->ref_top + n));
  duk_pop(ctx);
}

int jsrt_ref(duk_context *ctx, duk_idx_t idx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  int ref;
  if (iso == NULL || duk_is_undefined(ctx, idx))
    return 0;
  idx = duk_require_normalize_index(ctx, idx);
  jsrt__refs_reserve(ctx, 1); /* what may throw, before a slot is taken */
  ref = iso->ref_nfree > 0 ? iso->ref_free[--iso->ref_nfree] : ++iso->ref_top;
  iso->ref_used[ref] = 1;
  refs_push_array(iso, ctx);
  duk_dup(ctx, idx);
  jsrt__duk_record_put(ctx, -2, (unsigned)ref); /* in place: cannot throw */
  duk_pop(ctx);
  return ref;
}

void jsrt_push_ref(duk_context *ctx, int ref) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  if (ref <= 0 || iso == NULL) {
    duk_push_undefined(ctx);
    return;
  }
  refs_push_array(iso, ctx);
  jsrt__duk_record_get(ctx, -1, (unsigned)ref);
  duk_remove(ctx, -2);
}

void jsrt_unref(duk_context *ctx, int ref) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  if (iso == NULL || ref <= 0 || ref > iso->ref_top)
    return;
  /* A double unref is a no-op: the slot is already on the free list. */
  if (!iso->ref_used[ref])
    return;
  iso->ref_used[ref] = 0;
  refs_push_array(iso, ctx);
  duk_push_undefined(ctx);
  jsrt__duk_record_put(ctx, -2, (unsigned)ref);
  duk_pop(ctx);
  /* ref_cap >= ref_top, so there is always room. */
  iso->ref_free[iso->ref_nfree++] = ref;
}

void jsrt__refs_free(jsrt_isolate *iso) {
  free(iso->ref_free);
  free(iso->ref_used);
  iso->ref_free = NULL;
  iso->ref_used = NULL;
  iso->ref_nfree = iso->ref_cap = iso->ref_top = 0;
  iso->refs_array = NULL;
}

void jsrt__unref_holder(duk_context *ctx, int *ref, const char *key) {
  if (*ref <= 0)
    return;
  jsrt_push_ref(ctx, *ref);
  duk_push_pointer(ctx, NULL);
  duk_put_prop_string(ctx, -2, key);
  duk_pop(ctx);
  jsrt_unref(ctx, *ref);
  *ref = 0;
}

void *jsrt__pin_string(duk_context *ctx, const char *s) {
  void *h;
  duk_push_heap_stash(ctx);
  if (!duk_get_prop_literal(ctx, -1, JSRT__STASH_PINNED)) {
    duk_pop(ctx);
    duk_push_bare_object(ctx);
    duk_dup_top(ctx);
    duk_put_prop_literal(ctx, -3, JSRT__STASH_PINNED);
  }
  duk_push_string(ctx, s);
  h = duk_get_heapptr(ctx, -1);
  duk_push_true(ctx);
  duk_put_prop(ctx, -3); /* pinned[s] = true: the key keeps s */
  duk_pop_2(ctx);
  return h;
}

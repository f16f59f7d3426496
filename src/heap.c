/*
 * heap.c - the isolate's Duktape heap: the byte-counting allocator that
 * enforces memory_limit, the fatal handler, and jsrt_from_context (which
 * knows a heap of ours by its allocator). A leaf: it calls no other file
 * of the library, so every binding may use it without tying rooms together.
 */
#include "internal.h"

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>

/*
 * The allocator. Every block counts against the isolate's limit by its real
 * size: glibc's malloc_usable_size() where we have it (no per-block
 * overhead), a size header elsewhere. Refusing a block makes Duktape collect
 * garbage and retry once, then throw Error "alloc failed", which
 * globals_err_create (globals.c) turns into the RangeError Node throws;
 * iso->oom tells it, and loop.c's loop_failure, that the limit was hit.
 */
#if defined(__GLIBC__)
#define ISOLATE_HDR 0
#define isolate_block_size(p) malloc_usable_size(p)
#else
#define ISOLATE_HDR 16
#define isolate_block_size(p) (*(size_t *)(p))
#endif

/*
 * While Duktape builds an error object (the RangeError for a refused block
 * included), blocks may go up to ISOLATE_OOM_RESERVE past the limit: when
 * the refusal left only a few bytes free, building the error failed and
 * surfaced as "DoubleError: error in error handling", depending on where
 * the limit happened to fall. Script allocations never get the reserve.
 */
#define ISOLATE_OOM_RESERVE (64u << 10)

static bool isolate_refuse(jsrt_isolate *iso, size_t used_after) {
  if (!iso->mem_limit || used_after <= iso->mem_limit)
    return false;
  if (used_after <= iso->mem_limit + ISOLATE_OOM_RESERVE && iso->ctx != NULL &&
      (iso->reporting || jsrt__duk_creating_error(iso->ctx)))
    return false;
  iso->oom = true;
  return true;
}

static void *isolate_alloc(void *udata, duk_size_t size) {
  jsrt_isolate *iso = udata;
  char *p;
  if (isolate_refuse(iso, iso->mem_used + size))
    return NULL;
  p = malloc(size + ISOLATE_HDR);
  if (p == NULL)
    return NULL;
#if ISOLATE_HDR
  *(size_t *)p = size;
#endif
  iso->mem_used += isolate_block_size(p);
  if (iso->mem_used > iso->mem_peak)
    iso->mem_peak = iso->mem_used;
  return p + ISOLATE_HDR;
}

static void isolate_free_block(void *udata, void *ptr) {
  jsrt_isolate *iso = udata;
  char *p;
  if (ptr == NULL)
    return;
  p = (char *)ptr - ISOLATE_HDR;
  iso->mem_used -= isolate_block_size(p);
  free(p);
}

static void *isolate_realloc(void *udata, void *ptr, duk_size_t size) {
  jsrt_isolate *iso = udata;
  char *p, *np;
  size_t old;
  if (ptr == NULL)
    return isolate_alloc(udata, size);
  if (size == 0) {
    isolate_free_block(udata, ptr);
    return NULL;
  }
  p = (char *)ptr - ISOLATE_HDR;
  old = isolate_block_size(p);
  if (size > old && isolate_refuse(iso, iso->mem_used - old + size))
    return NULL;
  np = realloc(p, size + ISOLATE_HDR);
  if (np == NULL)
    return NULL;
#if ISOLATE_HDR
  *(size_t *)np = size;
#endif
  iso->mem_used = iso->mem_used - old + isolate_block_size(np);
  if (iso->mem_used > iso->mem_peak)
    iso->mem_peak = iso->mem_used;
  return np + ISOLATE_HDR;
}

void *jsrt__isolate_realloc(void *iso, void *ptr, size_t size) {
  return isolate_realloc(iso, ptr, size);
}

/*
 * Called by Duktape only for errors outside any protected call or for
 * internal assertion failures. It must not return. Every entry into JS arms
 * iso->fatal_jmp, so we jump back there and mark the heap unusable: later
 * calls on the isolate fail with JSRT_ERROR and free skips the heap. The
 * abort() is for a fatal error outside any entry. The library causes none,
 * but a host can: a Duktape call that throws outside a protected call
 * (jsrt_ref with a bad index, or a push at the memory limit, from a libuv
 * callback of its own) ends here. Making that a status is the embedding
 * contract's open question; until then it aborts.
 */
void jsrt__fatal(void *udata, const char *msg) {
  jsrt_isolate *iso = udata;
  fprintf(stderr, "jsrt: fatal engine error: %s\n", msg ? msg : "?");
  fflush(stderr);
  if (iso != NULL) {
    iso->fatal = true;
    if (iso->fatal_jmp != NULL)
      longjmp(*iso->fatal_jmp, 1);
  }
  abort(); /* no entry to return to: see the comment above */
}

duk_context *jsrt__heap_new(jsrt_isolate *iso) {
  return duk_create_heap(isolate_alloc, isolate_realloc, isolate_free_block,
                         iso, jsrt__fatal);
}

jsrt_isolate *jsrt_from_context(duk_context *ctx) {
  duk_memory_functions funcs;
  if (ctx == NULL)
    return NULL;
  duk_get_memory_functions(ctx, &funcs);
  if (funcs.alloc_func != isolate_alloc)
    return NULL;
  return funcs.udata;
}

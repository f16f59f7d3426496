/*
 * isolate.c - the isolate: one Duktape heap with a byte-counting allocator,
 * its loop (own or borrowed), options, limits and the status strings.
 */
#include "internal.h"

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *jsrt_version(void) { return JSRT_VERSION_STRING; }

const char *jsrt_strerror(int status) {
  switch (status) {
#define JSRT__STATUS_MSG(name, value, msg)                                     \
  case JSRT_##name:                                                            \
    return msg;
    JSRT_STATUS_MAP(JSRT__STATUS_MSG)
#undef JSRT__STATUS_MSG
  }
  if (status < 0 && status > -4096)
    return uv_strerror(status);
  return "unknown error";
}

const char *jsrt_err_name(int status) {
  switch (status) {
#define JSRT__STATUS_NAME(name, value, msg)                                    \
  case JSRT_##name:                                                            \
    return "JSRT_" #name;
    JSRT_STATUS_MAP(JSRT__STATUS_NAME)
#undef JSRT__STATUS_NAME
  }
  if (status < 0 && status > -4096)
    return uv_err_name(status);
  return "UNKNOWN";
}

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

void jsrt__set_last_error(jsrt_isolate *iso, const char *fmt, ...) {
  va_list ap;
  char buf[1024];
  va_start(ap, fmt);
  vsnprintf(buf, sizeof(buf), fmt, ap);
  va_end(ap);
  free(iso->last_error);
  iso->last_error = strdup(buf);
}

void jsrt_options_init(jsrt_options *o) {
  if (o == NULL)
    return;
  memset(o, 0, sizeof(*o));
  o->caps = JSRT_CAP_ALL;
}

static char **isolate_copy_argv(int argc, char **argv) {
  char **v = calloc((size_t)argc + 1, sizeof(char *));
  int i;
  if (v == NULL)
    return NULL;
  for (i = 0; i < argc; i++) {
    v[i] = strdup(argv[i] ? argv[i] : "");
    if (v[i] == NULL) {
      while (i-- > 0)
        free(v[i]);
      free(v);
      return NULL;
    }
  }
  return v;
}

static void isolate_free_argv(char **v) {
  char **p;
  if (v == NULL)
    return;
  for (p = v; *p; p++)
    free(*p);
  free(v);
}

/* Runs in a protected call: anything that throws while building the
 * globals (out of memory under a tiny limit) fails isolate creation. */
static duk_ret_t isolate_setup(duk_context *ctx, void *udata) {
  jsrt_isolate *iso = udata;
  duk_push_heap_stash(ctx);
  duk_push_array(ctx);
  duk_put_prop_string(ctx, -2, JSRT__STASH_REFS);
  duk_push_bare_object(ctx);
  duk_put_prop_string(ctx, -2, JSRT__STASH_MODCACHE);
  duk_push_bare_object(ctx);
  duk_put_prop_string(ctx, -2, JSRT__STASH_HOOKS);
  duk_pop(ctx);
  jsrt__modules_init(iso);
  jsrt__globals_init(iso);
  return 0;
}

jsrt_isolate *jsrt_isolate_new(const jsrt_options *o) {
  jsrt_options defaults;
  jsrt_isolate *iso;

  if (o == NULL) {
    jsrt_options_init(&defaults);
    o = &defaults;
  }
  if (o->argc < 0 || (o->argc > 0 && o->argv == NULL))
    return NULL;
  iso = calloc(1, sizeof(*iso));
  if (iso == NULL)
    return NULL;
  iso->opts = *o;
  iso->mem_limit = o->memory_limit;
  iso->argv = isolate_copy_argv(o->argc, o->argv);
  if (iso->argv == NULL)
    goto fail;
  iso->opts.argv = iso->argv;
  if (o->module_root != NULL) {
    iso->module_root = realpath(o->module_root, NULL);
    if (iso->module_root == NULL)
      goto fail;
    iso->opts.module_root = iso->module_root;
  }
  if (o->fs_root != NULL) {
    iso->fs_root = realpath(o->fs_root, NULL);
    if (iso->fs_root == NULL)
      goto fail;
    iso->opts.fs_root = iso->fs_root;
  }

  if (o->loop != NULL) {
    iso->loop = o->loop;
  } else {
    if (uv_loop_init(&iso->own_loop) != 0)
      goto fail;
    iso->loop = &iso->own_loop;
    iso->owns_loop = true;
  }
  if (jsrt__post_init(iso) != 0)
    goto fail_loop;

  iso->ctx = duk_create_heap(isolate_alloc, isolate_realloc, isolate_free_block,
                             iso, jsrt__fatal);
  if (iso->ctx == NULL)
    goto fail_post;
  if (duk_safe_call(iso->ctx, isolate_setup, iso, 0, 1) != DUK_EXEC_SUCCESS) {
    jsrt_isolate_free(iso);
    return NULL;
  }
  duk_pop(iso->ctx);
  iso->oom = false;
  return iso;

fail_post:
  jsrt__post_close(iso);
  while (!iso->post_closed)
    uv_run(iso->loop, UV_RUN_NOWAIT);
  jsrt__post_free(iso);
fail_loop:
  if (iso->owns_loop)
    uv_loop_close(&iso->own_loop);
fail:
  isolate_free_argv(iso->argv);
  free(iso->module_root);
  free(iso->fs_root);
  free(iso);
  return NULL;
}

void jsrt_isolate_free(jsrt_isolate *iso) {
  if (iso == NULL)
    return;
  jsrt__emit_exit(iso); /* when the host never ran the loop to its end */
  iso->closing = true;
  /* Calls posted before free started run now, while the heap exists. */
  jsrt__post_drain(iso);
  jsrt__close_all_handles(iso);
  jsrt__post_close(iso);
  /* Close callbacks and in-flight requests finish on the loop; on a host
   * loop this also runs other isolates' due work, as any uv_run would.
   * The isolate's memory holds post_async: wait for its close callback. */
  while (iso->handles != NULL || iso->nreqs > 0 || !iso->post_closed)
    uv_run(iso->loop, UV_RUN_ONCE);
  jsrt__post_drain(iso);

  jsrt__jobq_free(iso, &iso->ticks);
  jsrt__jobq_free(iso, &iso->microtasks);
  if (iso->ctx != NULL && !iso->fatal)
    duk_destroy_heap(iso->ctx);
  iso->ctx = NULL;
  jsrt__refs_free(iso);
  jsrt__modules_free(iso);
  if (iso->owns_loop) {
    int rc = uv_loop_close(&iso->own_loop);
    (void)rc; /* 0 by construction: every handle of ours is closed */
  }
  jsrt__post_free(iso);
  isolate_free_argv(iso->argv);
  free(iso->module_root);
  free(iso->fs_root);
  free(iso->last_error);
  free(iso);
}

const char *jsrt_last_error(jsrt_isolate *iso) {
  if (iso == NULL || iso->last_error == NULL)
    return "";
  return iso->last_error;
}

int jsrt_exit_code(jsrt_isolate *iso) { return iso ? iso->exit_code : 0; }

void *jsrt_userdata(jsrt_isolate *iso) {
  return iso ? iso->opts.userdata : NULL;
}

duk_context *jsrt_context(jsrt_isolate *iso) { return iso ? iso->ctx : NULL; }

jsrt_isolate *jsrt_from_context(duk_context *ctx) {
  duk_memory_functions funcs;
  if (ctx == NULL)
    return NULL;
  duk_get_memory_functions(ctx, &funcs);
  if (funcs.alloc_func != isolate_alloc)
    return NULL;
  return funcs.udata;
}

uv_loop_t *jsrt_loop(jsrt_isolate *iso) { return iso ? iso->loop : NULL; }

int jsrt__has_cap(jsrt_isolate *iso, unsigned cap) {
  return (iso->opts.caps & cap) == cap;
}

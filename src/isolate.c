/*
 * isolate.c - the isolate: its creation and freeing (the heap from heap.c,
 * the loop, own or borrowed, the module table's state, the globals), its
 * options and accessors, and the status strings.
 */
#include "internal.h"

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
  iso->start_ns = uv_hrtime();
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

  iso->ctx = jsrt__heap_new(iso);
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

uv_loop_t *jsrt_loop(jsrt_isolate *iso) { return iso ? iso->loop : NULL; }

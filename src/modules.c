/*
 * modules.c - the one table of built-in modules (linit.c style), modules
 * registered by the host, require() of both, and the native half of the
 * CommonJS file loader (src/js/internal/module.js).
 */
#include "internal.h"

#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/*
 * Built-in modules with a C half or a capability. A module that is pure JS
 * (src/js/<name>.js) and needs no capability works without a line here.
 * Names starting with "internal/" are only visible to built-ins. A module
 * with per-isolate state (iso->state, internal.h) names its slot and the
 * function that frees it, on one row only.
 */
static const struct {
  const char *name;
  jsrt__opener open;         /* pushes the native half, or NULL */
  unsigned caps;             /* JSRT_CAP_* the isolate needs */
  jsrt__state_slot state;    /* iso->state[state] is this module's; 0: none */
  void (*free)(void *state); /* frees it (not NULL) at isolate free */
} modules_builtin[] = {
    {"console", jsrt__open_console, 0, 0, NULL},
    {"events", jsrt__open_events, 0, 0, NULL},
    {"process", jsrt__open_process, 0, 0, NULL},
    {"timers", jsrt__open_timers, 0, JSRT__STATE_TIMERS, free},
    {"os", jsrt__open_os, 0, 0, NULL},
    {"internal/url", jsrt__open_url, 0, 0, NULL},
    {"internal/module", jsrt__open_module, 0, 0, NULL},
    {"internal/esm", jsrt__open_module, 0, 0, NULL},
    {"fs", jsrt__open_fs, JSRT_CAP_FS, 0, NULL},
    {"internal/hooks", jsrt__open_hooks, 0, 0, NULL},
    {"internal/engine/collections", jsrt__open_collections, 0, 0, NULL},
    {"internal/encoding", jsrt__open_encoding, 0, 0, NULL},
    {"internal/engine/promise", jsrt__open_promise, 0, JSRT__STATE_PROMISE,
     free},
#if JSRT_HAVE_PCRE2
    /* no module: the row frees the regexp cache (src/regexp.c) */
    {"internal/regexp", NULL, 0, JSRT__STATE_REGEXP, jsrt__regexp_state_free},
#endif
    {"buffer", jsrt__open_buffer, 0, 0, NULL},
    {"internal/util/types", jsrt__open_util_types, 0, 0, NULL},
    {"internal/util/comparisons", jsrt__open_util_types, 0, 0, NULL},
    {"util", jsrt__open_util_types, 0, 0, NULL},
    {"fs/promises", NULL, JSRT_CAP_FS, 0, NULL},
    {"internal/fs/utils", jsrt__open_fs, JSRT_CAP_FS, 0, NULL},
    {"internal/stdio", jsrt__open_stdio, 0, 0, NULL},
    {"tty", jsrt__open_stdio, 0, 0, NULL},
    {"net", jsrt__open_net, JSRT_CAP_NET, 0, NULL},
    {"http", jsrt__open_http, JSRT_CAP_NET, 0, NULL},
    {"dns", jsrt__open_dns, JSRT_CAP_NET, 0, NULL},
    {"dns/promises", NULL, JSRT_CAP_NET, 0, NULL},
    {"child_process", NULL, JSRT_CAP_PROCESS, 0, NULL},
    {"worker_threads", NULL, JSRT_CAP_WORKER, 0, NULL},
#if JSRT_HAVE_ZLIB
    {"zlib", jsrt__open_zlib, 0, 0, NULL},
#endif
#if JSRT_HAVE_OPENSSL
    {"crypto", jsrt__open_crypto, 0, 0, NULL},
#endif
};

const jsrt__js_blob *jsrt__find_js(const char *name) {
  size_t lo = 0, hi = jsrt__js_nblobs;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(name, jsrt__js_blobs[mid].name);
    if (c == 0)
      return &jsrt__js_blobs[mid];
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
}

static int modules_find_builtin(const char *name) {
  size_t i;
  for (i = 0; i < JSRT__COUNTOF(modules_builtin); i++)
    if (strcmp(modules_builtin[i].name, name) == 0)
      return (int)i;
  return -1;
}

static jsrt__native_mod *modules_find_native(jsrt_isolate *iso,
                                             const char *name) {
  jsrt__native_mod *m;
  for (m = iso->native_mods; m != NULL; m = m->next)
    if (strcmp(m->name, name) == 0)
      return m;
  return NULL;
}

int jsrt_register_module(jsrt_isolate *iso, const char *name,
                         jsrt_module_init init, void *udata) {
  jsrt__native_mod *m;
  size_t len;
  if (iso == NULL || name == NULL || *name == '\0' || init == NULL)
    return JSRT_EINVAL;
  if (strncmp(name, "node:", 5) == 0)
    name += 5;
  if (*name == '\0')
    return JSRT_EINVAL;
  m = modules_find_native(iso, name);
  if (m != NULL) { /* re-registering replaces (until first require) */
    m->init = init;
    m->udata = udata;
    return 0;
  }
  len = strlen(name);
  m = malloc(sizeof(*m) + len + 1);
  if (m == NULL)
    return JSRT_ENOMEM;
  memcpy(m->name, name, len + 1);
  m->init = init;
  m->udata = udata;
  m->next = iso->native_mods;
  iso->native_mods = m;
  return 0;
}

void jsrt__modules_free(jsrt_isolate *iso) {
  jsrt__native_mod *m, *next;
  size_t i;
  for (m = iso->native_mods; m != NULL; m = next) {
    next = m->next;
    free(m);
  }
  iso->native_mods = NULL;
  for (i = 0; i < JSRT__COUNTOF(modules_builtin); i++) {
    jsrt__state_slot s = modules_builtin[i].state;
    if (modules_builtin[i].free != NULL && iso->state[s] != NULL) {
      modules_builtin[i].free(iso->state[s]);
      iso->state[s] = NULL;
    }
  }
}

static DUK_NORETURN(void modules_throw_not_found(duk_context *ctx,
                                                 const char *name));
static void modules_throw_not_found(duk_context *ctx, const char *name) {
  jsrt__push_code_error(ctx, DUK_ERR_ERROR, "MODULE_NOT_FOUND",
                        "Cannot find module '%s'", name);
  duk_push_array(ctx);
  duk_put_prop_string(ctx, -2, "requireStack");
  duk_throw_raw(ctx);
}

static duk_ret_t modules_require_internal(duk_context *ctx);

/* Runs a built-in's JS half: fn(exports, require, module, __filename,
 * __dirname, native). [native module] -> [module] */
static void modules_run_js(duk_context *ctx, const jsrt__js_blob *blob,
                           const char *name) {
  void *buf = duk_push_fixed_buffer(ctx, blob->len);
  memcpy(buf, blob->code, blob->len);
  duk_load_function(ctx);                  /* [native module fn] */
  duk_get_prop_string(ctx, -2, "exports"); /* exports */
  duk_push_c_function(ctx, modules_require_internal, 1);
  duk_dup(ctx, -4); /* module */
  duk_push_sprintf(ctx, "jsrt:%s.js", name);
  duk_push_string(ctx, "jsrt:");
  duk_dup(ctx, -8); /* native */
  duk_call(ctx, 6);
  duk_pop(ctx);
  duk_remove(ctx, -2); /* [module] */
}

/*
 * Pushes the native half of built-in row bi. Rows may share an opener (fs
 * and internal/fs/utils; util and its internals): it runs once per isolate,
 * on the first require of any of them, and its object is kept in the
 * module cache (at index cache) under a hidden key named after the first
 * row with that opener.
 */
static void modules_push_native(duk_context *ctx, duk_idx_t cache, int bi) {
  int first = 0;
  while (modules_builtin[first].open != modules_builtin[bi].open)
    first++;
  duk_push_sprintf(ctx,
                   "\xff"
                   "native:%s",
                   modules_builtin[first].name);
  duk_dup_top(ctx);
  if (duk_get_prop(ctx, cache)) { /* [key native] */
    duk_remove(ctx, -2);
    return;
  }
  duk_pop(ctx);
  duk_push_c_function(ctx, modules_builtin[bi].open, 0);
  duk_call(ctx, 0);
  duk_dup_top(ctx);
  duk_insert(ctx, -3); /* [native key native] */
  duk_put_prop(ctx, cache);
}

/*
 * Pushes the exports of a built-in or host-registered module. The module
 * object is cached before its code runs, so cycles see partial exports as
 * in Node. internal_ok allows "internal/..." names.
 */
static void modules_load(duk_context *ctx, const char *name, int internal_ok) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  jsrt__native_mod *nm;
  const jsrt__js_blob *blob;
  int bi;

  if (strncmp(name, "node:", 5) == 0)
    name += 5;
  duk_push_heap_stash(ctx);
  duk_get_prop_string(ctx, -1, JSRT__STASH_MODCACHE);
  duk_remove(ctx, -2);
  if (duk_get_prop_string(ctx, -1, name)) {
    duk_get_prop_string(ctx, -1, "exports");
    duk_remove(ctx, -2);
    duk_remove(ctx, -2);
    return;
  }
  duk_pop(ctx); /* [cache] */

  nm = modules_find_native(iso, name);
  if (nm != NULL) {
    duk_idx_t top = duk_get_top(ctx);
    int rc;
    duk_push_object(ctx); /* module */
    rc = nm->init(ctx, nm->udata);
    if (rc < 0 || duk_get_top(ctx) != top + 2) {
      duk_set_top(ctx, top);
      jsrt__throw_code_raw(ctx, DUK_ERR_ERROR, "ERR_MODULE_INIT",
                           "Native module '%s' failed to initialize (%d)", name,
                           rc);
    }
    duk_dup_top(ctx);
    duk_put_prop_string(ctx, -3, "exports");
    duk_pop(ctx);
    duk_put_prop_string(ctx, -2, name); /* cache it */
    duk_get_prop_string(ctx, -1, name);
    duk_get_prop_string(ctx, -1, "exports");
    duk_remove(ctx, -2);
    duk_remove(ctx, -2);
    return;
  }

  if (!internal_ok && strncmp(name, "internal/", 9) == 0)
    modules_throw_not_found(ctx, name);
  bi = modules_find_builtin(name);
  blob = jsrt__find_js(name);
  if (bi < 0 && blob == NULL)
    modules_throw_not_found(ctx, name);
  if (bi >= 0 && !jsrt__has_cap(iso, modules_builtin[bi].caps)) {
    duk_pop(ctx);
    duk_push_sprintf(ctx, "require('%s')", name);
    jsrt__throw_access_denied_raw(ctx, duk_get_string(ctx, -1));
  }
  if (bi >= 0 && modules_builtin[bi].open == NULL && blob == NULL)
    modules_throw_not_found(ctx, name); /* listed, not built yet */

  /* [cache] -> module = { exports: {} , id: name } cached first */
  duk_push_object(ctx);
  duk_push_object(ctx);
  duk_put_prop_string(ctx, -2, "exports");
  duk_push_string(ctx, name);
  duk_put_prop_string(ctx, -2, "id");
  duk_dup_top(ctx);
  duk_put_prop_string(ctx, -3, name);
  if (bi >= 0 && modules_builtin[bi].open != NULL) {
    modules_push_native(ctx, duk_get_top(ctx) - 2,
                        bi); /* [cache module native] */
  } else {
    duk_push_undefined(ctx);
  }
  if (blob != NULL) {
    duk_swap_top(ctx, -2); /* [cache native module] */
    modules_run_js(ctx, blob, name);
  } else {
    duk_put_prop_string(ctx, -2, "exports");
  }
  duk_get_prop_string(ctx, -1, "exports");
  duk_remove(ctx, -2);
  duk_remove(ctx, -2);
}

void jsrt__require_builtin(duk_context *ctx, const char *name) {
  modules_load(ctx, name, 1);
}

static duk_ret_t modules_require_internal(duk_context *ctx) {
  modules_load(ctx, duk_require_string(ctx, 0), 1);
  return 1;
}

/* Whether name is served without the file loader. */
static int modules_is_builtin(jsrt_isolate *iso, const char *name) {
  if (strncmp(name, "node:", 5) == 0)
    name += 5;
  if (modules_find_native(iso, name) != NULL)
    return 1;
  if (strncmp(name, "internal/", 9) == 0)
    return 0;
  return modules_find_builtin(name) >= 0 || jsrt__find_js(name) != NULL;
}

/* The global require() of scripts run by jsrt_eval / jsrt -e: built-ins and
 * registered modules directly; paths through the file loader, relative to
 * the current directory. */
static duk_ret_t modules_require_global(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  const char *name;
  if (!duk_is_string(ctx, 0))
    return jsrt__throw_arg_type(ctx, "id", "string", 0);
  name = duk_get_string(ctx, 0);
  if (*name == '\0')
    return jsrt__throw_code(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
                            "The argument 'id' must be a non-empty string. "
                            "Received ''");
  if (modules_is_builtin(iso, name)) {
    modules_load(ctx, name, 0);
    return 1;
  }
  jsrt__require_builtin(ctx, "internal/module");
  duk_get_prop_string(ctx, -1, "requireFromCwd");
  duk_dup(ctx, 0);
  duk_call(ctx, 1);
  return 1;
}

/* ---- native half of internal/module ---- */

/* Whether path (absolute, normalised) lies at or below the module root;
 * always true without one. */
static int modules_inside_root(jsrt_isolate *iso, const char *path) {
  size_t n;
  if (iso->module_root == NULL)
    return 1;
  n = strlen(iso->module_root);
  if (n == 1) /* "/" */
    return 1;
  return strncmp(path, iso->module_root, n) == 0 &&
         (path[n] == '/' || path[n] == '\0');
}

/* The loader checks module_root in JS; the native half checks again where
 * it touches files, so that no JS path (a hand-called require.extensions
 * handler, say) reads or loads a file outside the root. Throws
 * ERR_ACCESS_DENIED when path resolves (symlinks followed) outside it. */
static void modules_check_root(duk_context *ctx, const char *path) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  char *real;
  int inside;
  if (iso->module_root == NULL)
    return;
  real = realpath(path, NULL);
  if (real == NULL)
    return; /* does not exist: the caller's own open fails */
  inside = modules_inside_root(iso, real);
  free(real);
  if (!inside) {
    duk_push_sprintf(ctx, "'%s' is outside the module root", path);
    jsrt__throw_access_denied_raw(ctx, duk_get_string(ctx, -1));
  }
}

/* stat(path) -> 0 file, 1 directory, negative errno; paths outside the
 * module root are not even probed (UV_EACCES). */
static duk_ret_t modules_stat(duk_context *ctx) {
  uv_fs_t req;
  const char *path = duk_require_string(ctx, 0);
  int rc;
  if (!modules_inside_root(jsrt_from_context(ctx), path)) {
    duk_push_int(ctx, UV_EACCES);
    return 1;
  }
  rc = uv_fs_stat(NULL, &req, path, NULL);
  if (rc == 0)
    rc = (req.statbuf.st_mode & S_IFMT) == S_IFDIR ? 1 : 0;
  uv_fs_req_cleanup(&req);
  duk_push_int(ctx, rc);
  return 1;
}

static duk_ret_t modules_realpath(duk_context *ctx) {
  const char *path = duk_require_string(ctx, 0);
  char *real = realpath(path, NULL);
  if (real == NULL)
    return jsrt__throw_uv(ctx, uv_translate_sys_error(errno), "realpath", path,
                          NULL);
  duk_push_string(ctx, real);
  free(real);
  return 1;
}

/* compile(source, filename) -> function (exports, require, module,
 * __filename, __dirname), for Module.prototype._compile. */
static duk_ret_t modules_compile(duk_context *ctx) {
  duk_size_t len;
  const char *src = duk_require_lstring(ctx, 0, &len);
  const char *filename = duk_require_string(ctx, 1);
  jsrt__compile(ctx, (char *)src, len, filename, JSRT__SRC_CJS, 0);
  return 1;
}

/* Reads path into a new buffer on the stack with room for head bytes
 * before and tail bytes after the content; returns the buffer and sets
 * *len to the content's length. Throws Node-style errors. */
static char *modules_read(duk_context *ctx, const char *path, size_t head,
                          size_t tail, size_t *len_out) {
  uv_fs_t req;
  uv_file fd;
  int64_t off = 0;
  char *buf;
  size_t cap, len = 0;
  int rc;

  modules_check_root(ctx, path);
  fd = uv_fs_open(NULL, &req, path, UV_FS_O_RDONLY, 0, NULL);
  uv_fs_req_cleanup(&req);
  if (fd < 0)
    jsrt__throw_uv_raw(ctx, fd, "open", path, NULL);
  rc = uv_fs_fstat(NULL, &req, fd, NULL);
  cap = rc == 0 ? (size_t)req.statbuf.st_size + 1 : 4096;
  uv_fs_req_cleanup(&req);
  if (rc == 0 && (req.statbuf.st_mode & S_IFMT) == S_IFDIR) {
    uv_fs_close(NULL, &req, fd, NULL);
    uv_fs_req_cleanup(&req);
    jsrt__throw_uv_raw(ctx, UV_EISDIR, "read", path, NULL);
  }
  buf = duk_push_dynamic_buffer(ctx, head + cap + tail);
  for (;;) {
    uv_buf_t b;
    if (len == cap) {
      cap *= 2;
      buf = duk_resize_buffer(ctx, -1, head + cap + tail);
    }
    b = uv_buf_init(buf + head + len, (unsigned)(cap - len));
    rc = uv_fs_read(NULL, &req, fd, &b, 1, off, NULL);
    uv_fs_req_cleanup(&req);
    if (rc <= 0)
      break;
    len += (size_t)rc;
    off += rc;
  }
  uv_fs_close(NULL, &req, fd, NULL);
  uv_fs_req_cleanup(&req);
  if (rc < 0)
    jsrt__throw_uv_raw(ctx, rc, "read", path, NULL);
  *len_out = len;
  return buf;
}

/* readFile(path) -> string (the bytes as Duktape's internal string) */
static duk_ret_t modules_read_file(duk_context *ctx) {
  const char *path = duk_require_string(ctx, 0);
  size_t len;
  char *buf = modules_read(ctx, path, 0, 0, &len);
  duk_push_lstring(ctx, buf, len);
  return 1;
}

/* compileFile(filename) -> the module function: one read into a buffer
 * with room for the wrapper, one compile; no JS string of the source is
 * made (Duktape interns every string). */
static duk_ret_t modules_compile_file(duk_context *ctx) {
  const char *path = duk_require_string(ctx, 0);
  size_t len;
  char *buf =
      modules_read(ctx, path, JSRT__COMPILE_ROOM, JSRT__COMPILE_ROOM, &len);
  jsrt__compile(ctx, buf + JSRT__COMPILE_ROOM, len, path, JSRT__SRC_CJS, 1);
  return 1;
}

/* compileModule(filename) -> the ES module's function (__jsrt_mod), which
 * returns its record (src/compiler/lower_module.c). */
static duk_ret_t modules_compile_module(duk_context *ctx) {
  const char *path = duk_require_string(ctx, 0);
  size_t len;
  char *buf =
      modules_read(ctx, path, JSRT__COMPILE_ROOM, JSRT__COMPILE_ROOM, &len);
  jsrt__compile(ctx, buf + JSRT__COMPILE_ROOM, len, path, JSRT__SRC_MODULE, 1);
  return 1;
}

/* compileModuleSource(source, name): the same for a data: URL or -e. */
static duk_ret_t modules_compile_module_source(duk_context *ctx) {
  duk_size_t len;
  const char *src = duk_require_lstring(ctx, 0, &len);
  const char *name = duk_require_string(ctx, 1);
  jsrt__compile(ctx, (char *)src, len, name, JSRT__SRC_MODULE, 0);
  return 1;
}

/* locate(err, path, line, column): err gets the place and node's source
 * arrow of path's line:column (an ES module's link error, which names an
 * import). Returns err; an unreadable file leaves it as it is. */
static duk_ret_t modules_locate(duk_context *ctx) {
  const char *path = duk_require_string(ctx, 1);
  unsigned line = (unsigned)duk_require_uint(ctx, 2);
  unsigned col = (unsigned)duk_require_uint(ctx, 3);
  size_t len;
  char *buf;
  duk_set_top(ctx, 4);
  duk_push_c_function(ctx, modules_read_file, 1);
  duk_dup(ctx, 1);
  if (duk_pcall(ctx, 1) != DUK_EXEC_SUCCESS || !duk_is_string(ctx, -1)) {
    duk_dup(ctx, 0);
    return 1;
  }
  buf = (char *)duk_get_lstring(ctx, -1, &len);
  duk_dup(ctx, 0);
  jsrt__error_locate(ctx, buf, len, path, line, col);
  return 1;
}

/* loadBuiltin(name) -> exports, or undefined when name is not built in. */
static duk_ret_t modules_load_builtin(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  const char *name = duk_require_string(ctx, 0);
  if (!modules_is_builtin(iso, name))
    return 0;
  modules_load(ctx, name, 0);
  return 1;
}

static duk_ret_t modules_is_builtin_js(duk_context *ctx) {
  duk_push_boolean(ctx, modules_is_builtin(jsrt_from_context(ctx),
                                           duk_require_string(ctx, 0)));
  return 1;
}

/* builtinList() -> the names user code can require (Module.builtinModules):
 * the table's and every JS glue file's, without internal/ ones. */
static duk_ret_t modules_builtin_list(duk_context *ctx) {
  duk_uarridx_t n = 0;
  size_t i;
  duk_push_array(ctx);
  for (i = 0; i < JSRT__COUNTOF(modules_builtin); i++) {
    if (strncmp(modules_builtin[i].name, "internal/", 9) == 0)
      continue;
    duk_push_string(ctx, modules_builtin[i].name);
    duk_put_prop_index(ctx, -2, n++);
  }
  for (i = 0; i < jsrt__js_nblobs; i++) {
    const char *name = jsrt__js_blobs[i].name;
    if (strncmp(name, "internal/", 9) == 0 || modules_find_builtin(name) >= 0)
      continue;
    duk_push_string(ctx, name);
    duk_put_prop_index(ctx, -2, n++);
  }
  return 1;
}

/*
 * loadAddon(filename) -> exports of a native addon: a shared object that
 * exports `int jsrt_addon_init(duk_context *ctx, void *udata)` (the
 * jsrt_module_init convention: push the exports, return 0; udata is the
 * jsrt_isolate). Needs JSRT_CAP_NATIVE. The object stays loaded for the
 * life of the process, as in Node: functions it created may live in any
 * isolate's heap until that heap is destroyed.
 */
static duk_ret_t modules_load_addon(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  const char *path = duk_require_string(ctx, 0);
  void *so;
  union {
    void *p;
    jsrt_module_init fn;
  } init;
  duk_idx_t top;
  int rc;

  if (!jsrt__has_cap(iso, JSRT_CAP_NATIVE)) {
    duk_push_sprintf(ctx, "native addon '%s'", path);
    return jsrt__throw_access_denied(ctx, duk_get_string(ctx, -1));
  }
  modules_check_root(ctx, path);
  so = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (so == NULL) {
    const char *why = dlerror();
    return jsrt__throw_code(ctx, DUK_ERR_ERROR, "ERR_DLOPEN_FAILED", "%s",
                            why ? why : path);
  }
  init.p = dlsym(so, JSRT_ADDON_INIT_SYMBOL);
  if (init.p == NULL) {
    dlclose(so);
    return jsrt__throw_code(ctx, DUK_ERR_ERROR, "ERR_DLOPEN_FAILED",
                            "Native addon '%s' does not export "
                            "jsrt_addon_init (see include/jsrt.h)",
                            path);
  }
  top = duk_get_top(ctx);
  rc = init.fn(ctx, iso);
  if (rc < 0 || duk_get_top(ctx) != top + 1) {
    duk_set_top(ctx, top);
    return jsrt__throw_code(ctx, DUK_ERR_ERROR, "ERR_MODULE_INIT",
                            "Native addon '%s' failed to initialize (%d)", path,
                            rc);
  }
  return 1;
}

/* Removes from array arr (at idx) the element strictly equal to the value
 * at val, if present. */
static void modules_array_remove(duk_context *ctx, duk_idx_t arr,
                                 duk_idx_t val) {
  duk_size_t i, n;
  arr = duk_normalize_index(ctx, arr);
  val = duk_normalize_index(ctx, val);
  n = duk_get_length(ctx, arr);
  for (i = 0; i < n; i++) {
    duk_get_prop_index(ctx, arr, (duk_uarridx_t)i);
    if (duk_strict_equals(ctx, -1, val)) {
      duk_pop(ctx);
      duk_push_string(ctx, "splice");
      duk_push_uint(ctx, (duk_uint_t)i);
      duk_push_uint(ctx, 1);
      duk_call_prop(ctx, arr, 2);
      duk_pop(ctx);
      return;
    }
    duk_pop(ctx);
  }
}

/*
 * loadGuarded(run, entry, stack, cache, pathCache): run(entry) for the
 * outermost load (see loadStack in internal/module.js). When it throws,
 * every entry still on the stack ({module, filename, relKey}) is removed
 * from the cache, the path cache and its parent's children, then the error
 * is rethrown. In C because the time budget, jsrt_interrupt and
 * process.exit unwind JS without running any catch or finally, while C
 * code after a pcall runs (the interrupt fires only while bytecode runs).
 */
static duk_ret_t modules_load_guarded(duk_context *ctx) {
  duk_size_t i, n;
  duk_require_function(ctx, 0);
  duk_require_object(ctx, 2);
  duk_require_object(ctx, 3);
  duk_require_object(ctx, 4);
  duk_set_top(ctx, 5);
  duk_dup(ctx, 0);
  duk_dup(ctx, 1);
  if (duk_pcall(ctx, 1) == DUK_EXEC_SUCCESS)
    return 0;
  /* [run entry stack cache pathCache err] */
  n = duk_get_length(ctx, 2);
  for (i = 0; i < n; i++) {
    duk_get_prop_index(ctx, 2, (duk_uarridx_t)i); /* entry */
    duk_get_prop_string(ctx, -1, "filename");
    duk_del_prop(ctx, 3);
    duk_get_prop_string(ctx, -1, "relKey");
    if (duk_is_string(ctx, -1))
      duk_del_prop(ctx, 4);
    else
      duk_pop(ctx);
    duk_get_prop_string(ctx, -1, "module");
    duk_get_prop_string(ctx, -1, "parent");
    if (duk_is_object(ctx, -1) && duk_get_prop_string(ctx, -1, "children") &&
        duk_is_array(ctx, -1))
      modules_array_remove(ctx, -1, -3);
    duk_set_top(ctx, 6);
  }
  duk_push_uint(ctx, 0);
  duk_put_prop_string(ctx, 2, "length");
  return duk_throw(ctx);
}

static const duk_function_list_entry modules_funcs[] = {
    {"stat", modules_stat, 1},
    {"realpath", modules_realpath, 1},
    {"readFile", modules_read_file, 1},
    {"compile", modules_compile, 2},
    {"compileFile", modules_compile_file, 1},
    {"compileModule", modules_compile_module, 1},
    {"locate", modules_locate, 4},
    {"compileModuleSource", modules_compile_module_source, 2},
    {"builtinList", modules_builtin_list, 0},
    {"loadAddon", modules_load_addon, 1},
    {"loadGuarded", modules_load_guarded, 5},
    {"loadBuiltin", modules_load_builtin, 1},
    {"isBuiltin", modules_is_builtin_js, 1},
    {"cwd", jsrt__js_cwd, 0},
    {NULL, NULL, 0}};

duk_ret_t jsrt__open_module(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, modules_funcs);
  if (iso->module_root != NULL) {
    duk_push_string(ctx, iso->module_root);
    duk_put_prop_string(ctx, -2, "moduleRoot");
  }
  return 1;
}

/* Getter for require.resolve/cache/extensions/main of the global require:
 * loads the file loader only when a script touches them (Duktape passes
 * the key as the first argument, DUK_USE_NONSTD_GETTER_KEY_ARGUMENT). */
static duk_ret_t modules_global_require_get(duk_context *ctx) {
  const char *key = duk_require_string(ctx, 0);
  jsrt__require_builtin(ctx, "internal/module");
  duk_get_prop_string(ctx, -1, "cwdRequire");
  duk_call(ctx, 0);
  duk_get_prop_string(ctx, -1, key);
  return 1;
}

void jsrt__modules_init(jsrt_isolate *iso) {
  static const char *const props[] = {"resolve", "cache", "extensions", "main"};
  duk_context *ctx = iso->ctx;
  size_t i;
  duk_push_global_object(ctx);
  duk_push_c_function(ctx, modules_require_global, 1);
  duk_push_string(ctx, "name");
  duk_push_string(ctx, "require");
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  duk_push_c_function(ctx, modules_global_require_get, 1);
  for (i = 0; i < JSRT__COUNTOF(props); i++) {
    duk_push_string(ctx, props[i]);
    duk_dup(ctx, -2);
    duk_def_prop(ctx, -4,
                 DUK_DEFPROP_HAVE_GETTER | DUK_DEFPROP_SET_CONFIGURABLE);
  }
  duk_pop(ctx);
  duk_put_prop_string(ctx, -2, "require");
  duk_pop(ctx);
}

/* -> runMain's result: true for an ES module main, whose evaluation runs
 * in a microtask (internal/esm.js). */
static duk_ret_t modules_run_main(duk_context *ctx, void *udata) {
  jsrt__require_builtin(ctx, "internal/module");
  duk_get_prop_string(ctx, -1, "runMain");
  duk_push_string(ctx, udata);
  duk_call(ctx, 1);
  return 1;
}

/* Throws the error of an ES module main's evaluation, if there was one. */
static duk_ret_t modules_esm_main_error(duk_context *ctx) {
  jsrt__require_builtin(ctx, "internal/esm");
  duk_get_prop_string(ctx, -1, "takeMainError");
  duk_call(ctx, 0);
  return 0;
}

static duk_ret_t modules_run_main_entry(duk_context *ctx) {
  return modules_run_main(ctx, (void *)duk_require_string(ctx, 0));
}

/* The status for an error of runMain on the stack top: a main module that
 * cannot be found at all is JSRT_ENOENT (a module it requires is not),
 * one outside module_root or behind a capability is JSRT_EACCES. */
static int modules_main_status(duk_context *ctx, int rc) {
  const char *code;
  if (rc != JSRT_ERROR || !duk_is_object(ctx, -1))
    return rc;
  duk_get_prop_string(ctx, -1, "code");
  code = duk_get_string(ctx, -1);
  if (code != NULL && strcmp(code, "ERR_ACCESS_DENIED") == 0) {
    rc = JSRT_EACCES;
  } else if (code != NULL && strcmp(code, "MODULE_NOT_FOUND") == 0) {
    duk_get_prop_string(ctx, -2, "requireStack");
    if (duk_is_array(ctx, -1) && duk_get_length(ctx, -1) == 0)
      rc = JSRT_ENOENT;
    duk_pop(ctx);
  }
  duk_pop(ctx);
  return rc;
}

int jsrt_run_main(jsrt_isolate *iso, const char *path) {
  int rc, esm;
  if (iso == NULL || path == NULL)
    return JSRT_EINVAL;
  if (iso->fatal)
    return JSRT_ERROR;
  jsrt__session_begin(iso);
  duk_push_c_function(iso->ctx, modules_run_main_entry, 1);
  duk_push_string(iso->ctx, path);
  rc = jsrt__pcall(iso, 1);
  rc = modules_main_status(iso->ctx, rc);
  esm = rc == JSRT_OK && duk_get_boolean_default(iso->ctx, -1, 0);
  duk_pop(iso->ctx);
  if (rc == JSRT_OK)
    rc = jsrt__drain(iso);
  if (rc == JSRT_OK && esm) {
    duk_push_c_function(iso->ctx, modules_esm_main_error, 0);
    rc = jsrt__pcall(iso, 0);
    duk_pop(iso->ctx);
  }
  return jsrt__session_end(iso, rc);
}

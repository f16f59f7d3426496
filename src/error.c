/*
 * error.c - Node-style error objects: uv errors with code/errno/syscall/
 * path/dest, ERR_* errors with a code, and the text of a caught error.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void jsrt__set_last_error(jsrt_isolate *iso, const char *fmt, ...) {
  va_list ap;
  char buf[1024];
  va_start(ap, fmt);
  vsnprintf(buf, sizeof(buf), fmt, ap);
  va_end(ap);
  free(iso->last_error);
  iso->last_error = strdup(buf);
}

void jsrt__push_uv_error(duk_context *ctx, int err, const char *syscall,
                         const char *path, const char *dest) {
  const char *code = uv_err_name(err);
  duk_idx_t obj;
  if (path != NULL && dest != NULL)
    duk_push_error_object(ctx, DUK_ERR_ERROR, "%s: %s, %s '%s' -> '%s'", code,
                          uv_strerror(err), syscall, path, dest);
  else if (path != NULL)
    duk_push_error_object(ctx, DUK_ERR_ERROR, "%s: %s, %s '%s'", code,
                          uv_strerror(err), syscall, path);
  else
    duk_push_error_object(ctx, DUK_ERR_ERROR, "%s: %s, %s", code,
                          uv_strerror(err), syscall);
  obj = duk_get_top_index(ctx);
  duk_push_int(ctx, err);
  duk_put_prop_string(ctx, obj, "errno");
  duk_push_string(ctx, code);
  duk_put_prop_string(ctx, obj, "code");
  duk_push_string(ctx, syscall);
  duk_put_prop_string(ctx, obj, "syscall");
  if (path != NULL) {
    duk_push_string(ctx, path);
    duk_put_prop_string(ctx, obj, "path");
  }
  if (dest != NULL) {
    duk_push_string(ctx, dest);
    duk_put_prop_string(ctx, obj, "dest");
  }
}

void jsrt__throw_uv_raw(duk_context *ctx, int err, const char *syscall,
                        const char *path, const char *dest) {
  jsrt__push_uv_error(ctx, err, syscall, path, dest);
  duk_throw_raw(ctx);
}

duk_ret_t jsrt__push_uv_string(duk_context *ctx, int (*get)(char *, size_t *),
                               const char *syscall) {
  char buf[4096]; /* PATH_MAX: paths, and host names (UV_MAXHOSTNAMESIZE) */
  size_t len = sizeof(buf);
  int rc = get(buf, &len);
  if (rc != 0)
    return jsrt__throw_uv(ctx, rc, syscall, NULL, NULL);
  duk_push_lstring(ctx, buf, len);
  return 1;
}

duk_ret_t jsrt__js_cwd(duk_context *ctx) {
  return jsrt__push_uv_string(ctx, uv_cwd, "uv_cwd");
}

static void error_vpush_code(duk_context *ctx, duk_errcode_t type,
                             const char *code, const char *fmt, va_list ap) {
  duk_push_error_object_va(ctx, type, fmt, ap);
  duk_push_string(ctx, code);
  duk_put_prop_string(ctx, -2, "code");
}

void jsrt__push_code_error(duk_context *ctx, duk_errcode_t type,
                           const char *code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  error_vpush_code(ctx, type, code, fmt, ap);
  va_end(ap);
}

void jsrt__throw_code_raw(duk_context *ctx, duk_errcode_t type,
                          const char *code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  error_vpush_code(ctx, type, code, fmt, ap);
  va_end(ap);
  duk_throw_raw(ctx);
}

/* Every binding checks its capability through here, not through the
 * module loader (which opens the bindings: no circle between them). */
void jsrt__throw_access_denied_raw(duk_context *ctx, const char *what) {
  jsrt__throw_code_raw(ctx, DUK_ERR_ERROR, "ERR_ACCESS_DENIED",
                       "Access to this API has been restricted: %s", what);
}

void jsrt__throw_oom_raw(duk_context *ctx) {
  duk_push_error_object(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
  duk_throw_raw(ctx);
}

/* Node's "Received ..." tail of ERR_INVALID_ARG_TYPE, pushed as a string. */
static void error_push_received(duk_context *ctx, duk_idx_t idx) {
  idx = duk_normalize_index(ctx, idx);
  switch (duk_get_type(ctx, idx)) {
  case DUK_TYPE_NONE:
  case DUK_TYPE_UNDEFINED:
    duk_push_string(ctx, "Received undefined");
    return;
  case DUK_TYPE_NULL:
    duk_push_string(ctx, "Received null");
    return;
  case DUK_TYPE_OBJECT:
    if (duk_is_function(ctx, idx)) {
      duk_get_prop_string(ctx, idx, "name");
      duk_push_sprintf(ctx, "Received function %s",
                       duk_is_string(ctx, -1) && duk_get_length(ctx, -1)
                           ? duk_get_string(ctx, -1)
                           : "anonymous");
      duk_remove(ctx, -2);
      return;
    }
    duk_get_prop_string(ctx, idx, "constructor");
    if (duk_is_function(ctx, -1) && duk_get_prop_string(ctx, -1, "name") &&
        duk_is_string(ctx, -1)) {
      duk_push_sprintf(ctx, "Received an instance of %s",
                       duk_get_string(ctx, -1));
      duk_remove(ctx, -2);
      duk_remove(ctx, -2);
      return;
    }
    duk_pop_2(ctx);
    duk_push_string(ctx, "Received [object Object]");
    return;
  case DUK_TYPE_STRING: {
    duk_size_t len;
    const char *s = duk_get_lstring(ctx, idx, &len);
    if (len > 25)
      duk_push_sprintf(ctx, "Received type string ('%.25s...')", s);
    else
      duk_push_sprintf(ctx, "Received type string ('%s')", s);
    return;
  }
  default: {
    const char *type = duk_is_boolean(ctx, idx)  ? "boolean"
                       : duk_is_number(ctx, idx) ? "number"
                       : duk_is_symbol(ctx, idx) ? "symbol"
                                                 : "buffer";
    duk_dup(ctx, idx);
    duk_push_sprintf(ctx, "Received type %s (%s)", type,
                     duk_safe_to_string(ctx, -1));
    duk_remove(ctx, -2);
    return;
  }
  }
}

void jsrt__throw_arg_type_raw(duk_context *ctx, const char *name,
                              const char *expected, duk_idx_t idx) {
  error_push_received(ctx, idx);
  jsrt__throw_code_raw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                       "The \"%s\" argument must be of type %s. %s", name,
                       expected, duk_get_string(ctx, -1));
}

void jsrt__require_function(duk_context *ctx, duk_idx_t idx, const char *name) {
  if (!duk_is_function(ctx, idx))
    jsrt__throw_arg_type_raw(ctx, name, "function", idx);
}

static duk_ret_t error_text_safe(duk_context *ctx, void *udata) {
  (void)udata;
  /* [err] -> [text] */
  if (duk_is_error(ctx, -1) || duk_is_object(ctx, -1)) {
    /* A SyntaxError from the compile entry carries node's "file:line",
     * source line and caret (compile.c): they come first, as in node. */
    duk_get_prop_string(ctx, -1, JSRT__ERR_ARROW);
    if (!duk_is_string(ctx, -1)) {
      duk_pop(ctx);
      duk_push_string(ctx, "");
    } else {
      duk_push_string(ctx, "\n");
      duk_concat(ctx, 2);
    }
    duk_get_prop_string(ctx, -2, "stack");
    if (duk_is_string(ctx, -1)) {
      /* Duktape's stack omits the name when an error's message is empty
       * or when name was changed; keep its frames as they are. */
      duk_concat(ctx, 2);
      return 1;
    }
    duk_pop_2(ctx);
  }
  duk_to_string(ctx, -1);
  return 1;
}

/* Drops the frames of C files ("at [anon] (duk_js_var.c:1236) internal",
 * ours or Duktape's): they say nothing to a script's author. In place. */
static void error_strip_internal(char *s) {
  char *r = s, *w = s;
  while (*r) {
    char *nl = strchr(r, '\n');
    size_t len = nl ? (size_t)(nl - r) : strlen(r);
    int internal = r != s && memmem(r, len, ".c:", 3) != NULL && len >= 8 &&
                   memcmp(r + len - 8, "internal", 8) == 0;
    if (!internal) {
      if (w != s)
        *w++ = '\n';
      memmove(w, r, len);
      w += len;
    }
    r += len + (nl ? 1 : 0);
  }
  *w = '\0';
}

char *jsrt__error_text(duk_context *ctx, duk_idx_t idx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  char *out;
  int rc;
  bool was = iso != NULL && iso->reporting;
  duk_dup(ctx, idx);
  /* Like building the error, its text may use the memory reserve: after an
   * out-of-memory error the heap is full (heap.c). */
  if (iso != NULL)
    iso->reporting = true;
  rc = duk_safe_call(ctx, error_text_safe, NULL, 1, 1);
  if (iso != NULL)
    iso->reporting = was;
  if (rc != DUK_EXEC_SUCCESS) {
    duk_pop(ctx);
    return strdup("Error: (error while formatting the error)");
  }
  out = strdup(duk_get_string(ctx, -1) ? duk_get_string(ctx, -1) : "");
  duk_pop(ctx);
  if (out != NULL)
    error_strip_internal(out);
  return out;
}

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
  /* node's words: "of type function", but "an instance of Array" */
  jsrt__throw_code_raw(
      ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
      "The \"%s\" argument must be %s%s. %s", name,
      strncmp(expected, "an instance of ", 15) == 0 ? "" : "of type ", expected,
      duk_get_string(ctx, -1));
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

/*
 * V8's stack API, which depd, http-errors, express, koa and commander use:
 * Error.captureStackTrace(obj, fn), Error.stackTraceLimit,
 * Error.prepareStackTrace(err, callSites), and `stack` in V8's shape
 *     Error: message
 *         at f (/path/file.js:12)
 *         at new K (/path/file.js:30)
 *         at /path/file.js:41            (an anonymous function)
 * Frames come from Duktape's traceback (jsrt__duk_push_error_frames); the
 * text is made on the first read of `stack` and kept as the error's own
 * property, as V8 does. Duktape records lines, not columns, so a frame has
 * no column (CallSite.getColumnNumber() is null); its traceback holds at
 * most DUK_USE_TRACEBACK_DEPTH entries, so a stackTraceLimit above that
 * gives that many. CallSites are made by internal/engine/stack, loaded the
 * first time Error.prepareStackTrace is set when a stack is read.
 */

/* "name: message" as V8's ErrorUtils::ToString: [...] -> [... header]. */
static void error_push_header(duk_context *ctx, duk_idx_t obj) {
  const char *name, *msg;
  duk_get_prop_string(ctx, obj, "name");
  if (duk_is_undefined(ctx, -1)) {
    duk_pop(ctx);
    duk_push_string(ctx, "Error");
  }
  name = duk_to_string(ctx, -1);
  duk_get_prop_string(ctx, obj, "message");
  if (duk_is_undefined(ctx, -1)) {
    duk_pop(ctx);
    duk_push_string(ctx, "");
  }
  msg = duk_to_string(ctx, -1);
  if (*msg == '\0') {
    duk_pop(ctx);
  } else if (*name == '\0') {
    duk_remove(ctx, -2);
  } else {
    duk_push_string(ctx, ": ");
    duk_insert(ctx, -2);
    duk_concat(ctx, 3);
  }
}

/* Error.stackTraceLimit as a frame count; -1 when it is not a number (V8
 * then records no stack at all). */
static int error_trace_limit(duk_context *ctx) {
  double d = -1;
  int num;
  duk_get_global_string(ctx, "Error");
  duk_get_prop_string(ctx, -1, "stackTraceLimit");
  num = duk_is_number(ctx, -1);
  if (num)
    d = duk_get_number(ctx, -1);
  duk_pop_2(ctx);
  if (!num)
    return -1;
  if (!(d > 0))
    return 0;
  return d > 1e6 ? 1000000 : (int)d;
}

/* [... frames] -> [... stack] for obj: Error.prepareStackTrace's value
 * when it is a function, V8's text otherwise. */
static void error_push_stack(duk_context *ctx, duk_idx_t obj) {
  duk_idx_t frames = duk_get_top_index(ctx);
  duk_size_t i, n, limit;
  int lim = error_trace_limit(ctx);
  if (lim < 0) {
    duk_pop(ctx);
    duk_push_undefined(ctx);
    return;
  }
  limit = (duk_size_t)lim;
  duk_get_global_string(ctx, "Error");
  duk_get_prop_string(ctx, -1, "prepareStackTrace");
  if (duk_is_function(ctx, -1)) {
    duk_pop_2(ctx);
    jsrt__require_builtin(ctx, "internal/engine/stack");
    duk_get_prop_string(ctx, -1, "prepare");
    duk_dup(ctx, obj);
    duk_dup(ctx, frames);
    duk_push_uint(ctx, (duk_uint_t)limit);
    duk_call(ctx, 3);
    duk_replace(ctx, frames);
    duk_set_top(ctx, frames + 1);
    return;
  }
  duk_pop_2(ctx);
  error_push_header(ctx, obj);
  n = duk_get_length(ctx, frames);
  for (i = 0; i < n && i < limit; i++) {
    const char *name, *file;
    unsigned line, fl;
    duk_get_prop_index(ctx, frames, (duk_uarridx_t)i);
    duk_get_prop_index(ctx, -1, 0);
    duk_get_prop_index(ctx, -2, 1);
    duk_get_prop_index(ctx, -3, 2);
    duk_get_prop_index(ctx, -4, 3);
    name = duk_get_string(ctx, -4);
    file = duk_get_string(ctx, -3);
    line = (unsigned)duk_get_uint(ctx, -2);
    fl = (unsigned)duk_get_uint(ctx, -1);
    if (*file == '\0')
      file = "<anonymous>";
    if (fl & JSRT__FRAME_NATIVE) {
      if (*name == '\0') { /* the runtime's own C functions: no frame */
        duk_pop_n(ctx, 5);
        limit++;
        continue;
      }
      duk_push_sprintf(ctx, "\n    at %s%s (<anonymous>)",
                       (fl & JSRT__FRAME_CONSTRUCT) ? "new " : "", name);
    } else if (*name == '\0' && !(fl & JSRT__FRAME_CONSTRUCT)) {
      duk_push_sprintf(ctx, "\n    at %s:%u", file, line);
    } else {
      duk_push_sprintf(ctx, "\n    at %s%s (%s:%u)",
                       (fl & JSRT__FRAME_CONSTRUCT) ? "new " : "",
                       *name ? name : "<anonymous>", file, line);
    }
    duk_replace(ctx, -6);
    duk_pop_n(ctx, 4);
    duk_concat(ctx, 2);
  }
  duk_replace(ctx, frames);
}

/* Defines obj's own `stack` (V8's: writable, configurable, not
 * enumerable); quietly nothing when obj is frozen. [... v] -> [...] */
static duk_ret_t error_def_stack_raw(duk_context *ctx, void *udata) {
  (void)udata;
  duk_push_string(ctx, "stack");
  duk_insert(ctx, -2);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE | DUK_DEFPROP_CLEAR_ENUMERABLE);
  return 0;
}

static void error_def_stack(duk_context *ctx, duk_idx_t obj) {
  obj = duk_normalize_index(ctx, obj);
  if (!duk_is_object(ctx, obj)) {
    duk_pop(ctx);
    return;
  }
  duk_dup(ctx, obj);
  duk_insert(ctx, -2); /* [... obj v] */
  (void)duk_safe_call(ctx, error_def_stack_raw, NULL, 2, 1);
  duk_pop(ctx);
}

/* Error.prototype.stack's getter (Duktape's setter stays). */
static duk_ret_t error_stack_get(duk_context *ctx) {
  duk_push_this(ctx);
  if (!duk_is_object(ctx, 0))
    return 0;
  /* Only an error keeps its text: Error.prototype or an object made
   * from it has no traceback, and must not get an own stack. */
  if (jsrt__duk_push_error_frames(ctx, 0, DUK_INVALID_INDEX)) {
    error_push_stack(ctx, 0);
    duk_dup_top(ctx);
    error_def_stack(ctx, 0);
  } else {
    error_push_stack(ctx, 0);
  }
  return 1;
}

/* Error.captureStackTrace(obj[, fn]) */
static duk_ret_t error_capture_stack_trace(duk_context *ctx) {
  if (!duk_is_object(ctx, 0))
    return jsrt__throw_code(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                            "invalid_argument");
  if (!duk_is_function(ctx, 1)) {
    duk_push_current_function(ctx);
    duk_replace(ctx, 1);
  }
  duk_push_error_object(ctx, DUK_ERR_ERROR, "capture"); /* its traceback */
  jsrt__duk_push_error_frames(ctx, -1, 1);
  error_push_stack(ctx, 0);
  error_def_stack(ctx, 0);
  return 0;
}

void jsrt__error_stack_init(duk_context *ctx) {
  static const char *const ctors[] = {
      "Error",       "EvalError", "RangeError", "ReferenceError",
      "SyntaxError", "TypeError", "URIError"};
  size_t i;
  for (i = 0; i < JSRT__COUNTOF(ctors); i++) {
    duk_get_global_string(ctx, ctors[i]);
    jsrt__duk_set_varargs(ctx, -1);
    duk_pop(ctx);
  }
  duk_get_global_string(ctx, "Error");
  duk_push_c_function(ctx, error_capture_stack_trace, 2);
  duk_put_prop_string(ctx, -2, "captureStackTrace");
  duk_push_int(ctx, 10);
  duk_put_prop_string(ctx, -2, "stackTraceLimit");
  duk_get_prop_string(ctx, -1, "prototype");
  duk_push_string(ctx, "stack");
  duk_push_c_function(ctx, error_stack_get, 0);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_GETTER);
  duk_pop_2(ctx);
}

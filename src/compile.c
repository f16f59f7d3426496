/*
 * compile.c - the one way source text becomes a Duktape function: the main
 * module, require() of .js/.cjs, jsrt_eval and `jsrt -e` (jsrt__compile),
 * and everything Duktape compiles by itself - eval (direct and indirect),
 * new Function, duk_compile by hosts and addons - through the hook engine.c
 * puts in front of Duktape's compiler (jsrt__compile_hook). Each source
 * goes through the built-in compiler (src/compiler/, jsc_compile) first: ES5.1
 * passes to Duktape untouched, newer source is lowered to ES5.1 with every
 * token on its line. Also the one CommonJS wrapper, syntax errors that name
 * file:line:column with node's source line and caret, and jsrt_lower for
 * hosts that precompile.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if JSRT_HAVE_COMPILER
#include "compiler/compiler.h"
#endif

/* The wrapper keeps line numbers: the source starts on its first line. A
 * built-in's JS half also gets its C half as `native`. */
#define COMPILE_HEAD_CJS                                                       \
  "function (exports, require, module, __filename, __dirname) {"
#define COMPILE_HEAD_GLUE                                                      \
  "function (exports, require, module, __filename, __dirname, native) {"
#define COMPILE_HEAD_MODULE "function (__jsrt_mod) {"
#define COMPILE_TAIL "\n}"

static const char *compile_head(int kind) {
  return kind == JSRT__SRC_GLUE     ? COMPILE_HEAD_GLUE
         : kind == JSRT__SRC_MODULE ? COMPILE_HEAD_MODULE
                                    : COMPILE_HEAD_CJS;
}

static size_t compile_head_len(int kind) { return strlen(compile_head(kind)); }

/* ---- syntax errors ---- */

/* The UTF-16 column (1-based, as node counts) of byte column bcol
 * (1-based) of the line starting at line. */
static unsigned compile_utf16_column(const char *line, const char *end,
                                     unsigned bcol) {
  unsigned col = 1;
  const unsigned char *p = (const unsigned char *)line;
  const unsigned char *stop = p + (bcol > 0 ? bcol - 1 : 0);
  if (stop > (const unsigned char *)end)
    stop = (const unsigned char *)end;
  for (; p < stop; p++) {
    if ((*p & 0xc0) != 0x80)
      col += *p >= 0xf0 ? 2 : 1; /* astral: a surrogate pair */
  }
  return col;
}

static int compile_find_line(const char *src, size_t len, unsigned line,
                             const char **start, const char **end);

#if JSRT_HAVE_COMPILER
/* The UTF-16 column of byte column bcol of line (both 1-based). */
static unsigned compile_column(const char *src, size_t len, unsigned line,
                               unsigned bcol) {
  const char *start, *end;
  if (!compile_find_line(src, len, line, &start, &end))
    return bcol;
  return compile_utf16_column(start, end, bcol);
}
#endif

/* Finds line (1-based) of src[0..len): its start and end (exclusive, no
 * line terminator). Returns 0 when src has fewer lines. */
static int compile_find_line(const char *src, size_t len, unsigned line,
                             const char **start, const char **end) {
  const char *p = src, *stop = src + len;
  unsigned n = 1;
  while (n < line) {
    const char *nl = memchr(p, '\n', (size_t)(stop - p));
    if (nl == NULL)
      return 0;
    p = nl + 1;
    n++;
  }
  *start = p;
  *end = memchr(p, '\n', (size_t)(stop - p));
  if (*end == NULL)
    *end = stop;
  if (*end > p && (*end)[-1] == '\r')
    (*end)--;
  return 1;
}

/* [err] -> [err]: err gets fileName, lineNumber (and columnNumber when
 * known) and, hidden, node's "arrow": "file:line\n<source line>\n   ^\n",
 * which the report of an uncaught error puts before the stack
 * (jsrt__error_text). bcol: 1-based byte column, 0 when unknown. */
static void compile_locate(duk_context *ctx, const char *src, size_t len,
                           const char *filename, unsigned line, unsigned bcol) {
  const char *start, *end;
  duk_push_string(ctx, filename);
  duk_put_prop_string(ctx, -2, "fileName");
  duk_push_uint(ctx, line);
  duk_put_prop_string(ctx, -2, "lineNumber");
  if (src == NULL || !compile_find_line(src, len, line, &start, &end))
    return;
  if (bcol > 0) {
    duk_push_uint(ctx, compile_utf16_column(start, end, bcol));
    duk_put_prop_string(ctx, -2, "columnNumber");
  }
  /* Long lines (minified code) are not worth printing. */
  if (end - start > 1000)
    return;
  duk_push_sprintf(ctx, "%s:%u\n", filename, line);
  duk_push_lstring(ctx, start, (duk_size_t)(end - start));
  if (bcol > 0) {
    /* The caret line: tabs stay tabs so it lines up, one space for every
     * other character. */
    const char *p, *stop = start + bcol - 1;
    duk_idx_t n = 3;
    duk_push_string(ctx, "\n");
    if (stop > end)
      stop = end;
    for (p = start; p < stop; p++) {
      if ((*p & 0xc0) == 0x80)
        continue;
      duk_push_string(ctx, *p == '\t' ? "\t" : " ");
      n++;
    }
    duk_push_string(ctx, "^\n");
    duk_concat(ctx, n + 1);
  } else {
    duk_push_string(ctx, "\n");
    duk_concat(ctx, 3);
  }
  duk_put_prop_string(ctx, -2, JSRT__ERR_ARROW);
}

void jsrt__error_locate(duk_context *ctx, const char *src, size_t len,
                        const char *filename, unsigned line, unsigned bcol) {
  compile_locate(ctx, src, len, filename, line, bcol);
}

/* A SyntaxError of Duktape's own says "... (line N)": make it name the file
 * too ("... (/path/x.js:N)") and locate it. [err] -> [err] */
static void compile_fix_duk_error(duk_context *ctx, const char *src, size_t len,
                                  const char *filename) {
  const char *msg, *at;
  unsigned long line;
  if (!duk_is_error(ctx, -1) ||
      duk_get_error_code(ctx, -1) != DUK_ERR_SYNTAX_ERROR)
    return;
  duk_get_prop_string(ctx, -1, "message");
  msg = duk_get_string(ctx, -1);
  at = msg != NULL ? strstr(msg, " (line ") : NULL;
  if (at == NULL) {
    duk_pop(ctx);
    return;
  }
  line = strtoul(at + 7, NULL, 10);
  duk_push_lstring(ctx, msg, (duk_size_t)(at - msg));
  duk_push_sprintf(ctx, "%s (%s:%lu)", duk_get_string(ctx, -1), filename, line);
  duk_put_prop_string(ctx, -4, "message");
  duk_pop_2(ctx);
  compile_locate(ctx, src, len, filename, (unsigned)line, 0);
}

/* ---- the compiler, under the isolate's allocator and budget ---- */

#if JSRT_HAVE_COMPILER
static int compile_interrupt(void *ud) {
  jsrt_isolate *iso = ud;
  if (iso->timed_out || iso->exiting)
    return 1;
  if (atomic_load(&iso->interrupt) ||
      (iso->deadline_ns && jsrt__now_ns() >= iso->deadline_ns)) {
    iso->timed_out = true;
    return 1;
  }
  return 0;
}

static void *compile_realloc(void *ud, void *ptr, size_t size) {
  return jsrt__isolate_realloc(ud, ptr, size);
}

static void compile_options(jsrt_isolate *iso, jsc_options *o, int goal,
                            unsigned flags, const char *filename) {
  memset(o, 0, sizeof(*o));
  o->goal = goal;
  o->flags = flags;
  o->filename = filename;
  if (iso != NULL) {
    o->realloc = compile_realloc;
    o->alloc_ud = iso;
    o->interrupt = compile_interrupt;
    o->interrupt_ud = iso;
  }
}

/* Runs jsc_compile; a failure is thrown (after freeing what it made):
 * SyntaxError "<message> (file:line:column)", RangeError for memory and
 * time. On success res->code is NULL (ES5.1: use the source) or the
 * lowered program, which the caller frees with jsc_result_free. */
static void compile_lower(duk_context *ctx, jsrt_isolate *iso,
                          const jsc_options *o, const char *src, size_t len,
                          jsc_result *res, int hook) {
  int was_running = 0;
  bool oom_before = iso != NULL && iso->oom;
  if (iso != NULL) {
    /* jsrt_interrupt only acts while JS runs: compiling counts. */
    was_running = atomic_exchange(&iso->running, 1);
  }
  jsc_compile(src, len, o, res);
  if (res->status == JSC_ENOMEM && iso != NULL) {
    /* The heap may be full of garbage only Duktape can free (after a
     * memory bomb): collect, then try once more. A refusal that the retry
     * made good is no out-of-memory of this entry (iso->oom classifies
     * the entry's failure). */
    duk_gc(ctx, DUK_GC_COMPACT);
    jsc_compile(src, len, o, res);
    if (res->status != JSC_ENOMEM)
      iso->oom = oom_before;
  }
  if (iso != NULL && !was_running)
    atomic_store(&iso->running, 0);
  switch (res->status) {
  case JSC_OK:
    return;
  case JSC_ENOMEM:
    if (iso != NULL)
      iso->oom = true;
    (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "alloc failed");
    break;
  case JSC_ETIMEOUT:
    (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "execution timeout");
    break;
  default:
    if (hook) {
      /* eval, new Function: node's message, the place in lineNumber and
       * columnNumber (the "file" is a placeholder such as "input"). */
      duk_push_error_object(ctx, DUK_ERR_SYNTAX_ERROR, "%s", res->message);
      duk_push_uint(ctx, res->line);
      duk_put_prop_string(ctx, -2, "lineNumber");
      duk_push_uint(ctx, compile_column(src, len, res->line, res->column));
      duk_put_prop_string(ctx, -2, "columnNumber");
    } else {
      duk_push_error_object(ctx, DUK_ERR_SYNTAX_ERROR, "%s (%s:%u:%u)",
                            res->message, o->filename, res->line,
                            compile_column(src, len, res->line, res->column));
      compile_locate(ctx, src, len, o->filename, res->line, res->column);
    }
    (void)duk_throw(ctx);
  }
}
#endif

/* ---- jsrt__compile ---- */

typedef struct {
  const char *code; /* what Duktape compiles (wrapped when in_place) */
  size_t len;
  int kind;
  int wrap; /* kind needs the wrapper and code lacks it */
} compile_duk_args;

/* [filename] -> [fn] */
static duk_ret_t compile_duk(duk_context *ctx, void *udata) {
  compile_duk_args *a = udata;
  const char *code = a->code;
  size_t len = a->len;
  unsigned flags = JSRT__DUK_COMPILE_LOWERED;
  if (a->wrap) {
    size_t hl = compile_head_len(a->kind), tl = sizeof(COMPILE_TAIL) - 1;
    char *buf = duk_push_fixed_buffer(ctx, hl + len + tl);
    memcpy(buf, compile_head(a->kind), hl);
    memcpy(buf + hl, code, len);
    memcpy(buf + hl + len, COMPILE_TAIL, tl);
    duk_swap_top(ctx, -2);
    code = buf;
    len += hl + tl;
  }
  flags |=
      a->kind == JSRT__SRC_SCRIPT ? DUK_COMPILE_EVAL : DUK_COMPILE_FUNCTION;
  duk_compile_lstring_filename(ctx, flags, code, len);
  return 1;
}

/* Neutralises what Node strips before compiling a module: a UTF-8 BOM and
 * a #! line (blanked in place so line numbers stay). Returns the bytes to
 * skip. */
static size_t compile_prepare(char *src, size_t len) {
  size_t skip = 0;
  if (len >= 3 && (unsigned char)src[0] == 0xef &&
      (unsigned char)src[1] == 0xbb && (unsigned char)src[2] == 0xbf)
    skip = 3;
  if (len - skip >= 2 && src[skip] == '#' && src[skip + 1] == '!') {
    src[skip] = '/';
    src[skip + 1] = '/';
  }
  return skip;
}

void jsrt__compile(duk_context *ctx, char *src, size_t len,
                   const char *filename, int kind, int room) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  compile_duk_args a;
  size_t hl = compile_head_len(kind), tl = sizeof(COMPILE_TAIL) - 1;
  int copied = 0, rc;
  (void)iso;
#if JSRT_HAVE_COMPILER
  jsc_options o;
  jsc_result res;
  memset(&res, 0, sizeof(res));
#endif

  if (kind != JSRT__SRC_SCRIPT) {
    if (!room) {
      /* A string: copy it where the wrapper fits around it. */
      char *buf = duk_push_fixed_buffer(ctx, len + 2 * JSRT__COMPILE_ROOM);
      memcpy(buf + JSRT__COMPILE_ROOM, src, len);
      src = buf + JSRT__COMPILE_ROOM;
      copied = 1;
    }
    {
      size_t skip = compile_prepare(src, len);
      src += skip;
      len -= skip;
    }
  }
  a.code = src;
  a.len = len;
  a.kind = kind;
  a.wrap = 0;
#if JSRT_HAVE_COMPILER
  if (iso == NULL || !iso->opts.no_lower) {
    compile_options(iso, &o,
                    kind == JSRT__SRC_SCRIPT   ? JSC_GOAL_SCRIPT
                    : kind == JSRT__SRC_MODULE ? JSC_GOAL_MODULE
                                               : JSC_GOAL_FUNCTION,
                    0, filename);
    compile_lower(ctx, iso, &o, src, len, &res, 0);
    if (res.code != NULL) {
      a.code = res.code;
      a.len = res.len;
      a.wrap = kind != JSRT__SRC_SCRIPT;
    }
  }
#endif
  if (kind != JSRT__SRC_SCRIPT && !a.wrap) {
    /* ES5.1 as it is: the wrapper goes around it in place. */
    char *w = src - hl;
    memcpy(w, compile_head(kind), hl);
    memcpy(src + len, COMPILE_TAIL, tl);
    a.code = w;
    a.len = hl + len + tl;
  }
  duk_push_string(ctx, filename);
  rc = duk_safe_call(ctx, compile_duk, &a, 1, 1);
#if JSRT_HAVE_COMPILER
  if (res.code != NULL) {
    jsc_result_free(&o, &res);
  } else if (rc != DUK_EXEC_SUCCESS && (iso == NULL || !iso->opts.no_lower) &&
             duk_is_error(ctx, -1) &&
             duk_get_error_code(ctx, -1) == DUK_ERR_SYNTAX_ERROR) {
    /* The quick scan passed what Duktape refuses: the parser says why in
     * node's words (thrown), or lowers what the scan let through. */
    o.flags |= JSC_NO_SCAN;
    compile_lower(ctx, iso, &o, src, len, &res, 0);
    if (res.code != NULL) {
      duk_pop(ctx);
      a.code = res.code;
      a.len = res.len;
      a.wrap = kind != JSRT__SRC_SCRIPT;
      duk_push_string(ctx, filename);
      rc = duk_safe_call(ctx, compile_duk, &a, 1, 1);
      jsc_result_free(&o, &res);
    }
  }
#endif
  if (rc != DUK_EXEC_SUCCESS) {
    compile_fix_duk_error(ctx, src, len, filename);
    (void)duk_throw(ctx);
  }
  if (copied)
    duk_remove(ctx, -2);
}

/* ---- the hook: what Duktape compiles by itself ---- */

#if JSRT_HAVE_COMPILER
typedef struct {
  const char *code;
  size_t len;
  unsigned flags;
} compile_raw_args;

/* [filename] -> [template] */
static duk_ret_t compile_raw(duk_context *ctx, void *udata) {
  compile_raw_args *a = udata;
  jsrt__duk_js_compile(ctx, a->code, a->len, a->flags);
  return 1;
}

/* The lowered "(function (...) {...})" of a function expression, without
 * its parentheses: what Duktape's FUNCEXPR compile takes. */
static int compile_unparen(const char **code, size_t *len) {
  const char *p = *code, *e = *code + *len;
  while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;
  while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' ||
                   e[-1] == '\r' || e[-1] == ';'))
    e--;
  if (e - p < 2 || *p != '(' || e[-1] != ')')
    return -1;
  *code = p + 1;
  *len = (size_t)(e - p - 2);
  return 0;
}
#endif

void jsrt__compile_hook(duk_context *ctx, const char *src, size_t len,
                        unsigned flags, int caller) {
#if JSRT_HAVE_COMPILER
  jsrt_isolate *iso = jsrt_from_context(ctx);
  if (iso == NULL || !iso->opts.no_lower) {
    jsc_options o;
    jsc_result res;
    compile_raw_args a;
    const char *in = src;
    size_t inlen = len;
    int goal = JSC_GOAL_SCRIPT, rc;
    unsigned jf = (flags & DUK_COMPILE_STRICT) ? JSC_STRICT : 0;
    duk_idx_t top = duk_get_top(ctx);
    if (flags & DUK_COMPILE_FUNCEXPR) {
      /* new Function, duk_compile(DUK_COMPILE_FUNCTION): a function
       * expression, lowered as "(source)" and unwrapped after. */
      char *buf = duk_push_fixed_buffer(ctx, len + 2);
      buf[0] = '(';
      memcpy(buf + 1, src, len);
      buf[len + 1] = ')';
      in = buf;
      inlen = len + 2;
    } else if (flags & DUK_COMPILE_EVAL) {
      goal = JSC_GOAL_EVAL;
      if (caller == JSRT__EVAL_IN_FUNCTION)
        jf |= JSC_IN_FUNCTION;
    }
    compile_options(iso, &o, goal, jf, duk_get_string(ctx, top - 1));
    compile_lower(ctx, iso, &o, in, inlen, &res, 1);
    if (res.code != NULL) {
      a.code = res.code;
      a.len = res.len;
      a.flags = flags;
      if ((flags & DUK_COMPILE_FUNCEXPR) && compile_unparen(&a.code, &a.len)) {
        jsc_result_free(&o, &res);
        (void)duk_error(ctx, DUK_ERR_SYNTAX_ERROR,
                        "cannot lower this function source");
      }
      duk_set_top(ctx, top);
      duk_dup_top(ctx);
      rc = duk_safe_call(ctx, compile_raw, &a, 1, 1);
      jsc_result_free(&o, &res);
      if (rc != DUK_EXEC_SUCCESS)
        (void)duk_throw(ctx);
      duk_replace(ctx, -2);
      return;
    }
    /* ES5.1 as it is; when Duktape refuses what the quick scan passed,
     * the parser's message (thrown) or its lowering instead. The "(src)"
     * buffer of a function expression stays for that. */
    duk_set_top(ctx, (flags & DUK_COMPILE_FUNCEXPR) ? top + 1 : top);
    a.code = src;
    a.len = len;
    a.flags = flags;
    duk_dup(ctx, top - 1);
    rc = duk_safe_call(ctx, compile_raw, &a, 1, 1);
    if (rc != DUK_EXEC_SUCCESS && duk_is_error(ctx, -1) &&
        duk_get_error_code(ctx, -1) == DUK_ERR_SYNTAX_ERROR) {
      o.flags |= JSC_NO_SCAN;
      compile_lower(ctx, iso, &o, in, inlen, &res, 1);
      if (res.code != NULL) {
        a.code = res.code;
        a.len = res.len;
        if (!(flags & DUK_COMPILE_FUNCEXPR) ||
            !compile_unparen(&a.code, &a.len)) {
          duk_pop(ctx);
          duk_dup(ctx, top - 1);
          rc = duk_safe_call(ctx, compile_raw, &a, 1, 1);
        }
        jsc_result_free(&o, &res);
      }
    }
    if (rc != DUK_EXEC_SUCCESS)
      (void)duk_throw(ctx);
    duk_replace(ctx, top - 1);
    duk_set_top(ctx, top);
    return;
  }
#else
  (void)caller;
#endif
  jsrt__duk_js_compile(ctx, src, len, flags);
}

/* ---- jsrt_lower: the compiler for hosts, without an isolate ---- */

#if JSRT_HAVE_COMPILER
/* Where `var __jsrt = ...` goes in a lowered program: after a #! line and
 * the directive prologue ("use strict"), on the first line they leave, so
 * no line moves. */
static size_t lower_prologue_end(const char *s, size_t len) {
  size_t i = 0, at = 0;
  if (len >= 2 && s[0] == '#' && s[1] == '!') {
    while (i < len && s[i] != '\n')
      i++;
    at = i;
  }
  for (;;) {
    char q;
    size_t end;
    /* whitespace and comments */
    for (;;) {
      if (i < len &&
          (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
        i++;
      } else if (i + 1 < len && s[i] == '/' && s[i + 1] == '/') {
        while (i < len && s[i] != '\n')
          i++;
      } else if (i + 1 < len && s[i] == '/' && s[i + 1] == '*') {
        const char *e = memmem(s + i + 2, len - i - 2, "*/", 2);
        i = e != NULL ? (size_t)(e - s) + 2 : len;
      } else {
        break;
      }
    }
    if (i >= len || (s[i] != '"' && s[i] != '\''))
      return at;
    q = s[i++];
    while (i < len && s[i] != q && s[i] != '\n')
      i += s[i] == '\\' ? 2 : 1;
    if (i >= len || s[i] != q)
      return at;
    end = ++i;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
      i++;
    /* A directive is the string alone: ';' or the end of its line. */
    if (i < len && s[i] != ';' && s[i] != '\n' && s[i] != '\r')
      return at;
    at = end;
  }
}

/* out = code with the helpers: prefix after the prologue, the helpers'
 * function (hoisted) after the last line. malloc'ed. */
static char *lower_inline(const char *code, size_t len, size_t *out_len) {
  static const char prefix[] = ";var __jsrt = __jsrt_helpers();";
  static const char head[] =
      "\nfunction __jsrt_helpers() { var exports = {};\n";
  static const char tail[] = "\nreturn exports; }\n";
  size_t at = lower_prologue_end(code, len), n;
  char *out;
  n = len + sizeof(prefix) - 1 + sizeof(head) - 1 + jsc_helpers_js_len +
      sizeof(tail) - 1;
  out = malloc(n + 1);
  if (out == NULL)
    return NULL;
  memcpy(out, code, at);
  memcpy(out + at, prefix, sizeof(prefix) - 1);
  memcpy(out + at + sizeof(prefix) - 1, code + at, len - at);
  n = len + sizeof(prefix) - 1;
  memcpy(out + n, head, sizeof(head) - 1);
  n += sizeof(head) - 1;
  memcpy(out + n, jsc_helpers_js, jsc_helpers_js_len);
  n += jsc_helpers_js_len;
  memcpy(out + n, tail, sizeof(tail) - 1);
  n += sizeof(tail) - 1;
  out[n] = '\0';
  *out_len = n;
  return out;
}
#endif

int jsrt_lower(const char *src, size_t len, const char *filename,
               unsigned flags, char **out, size_t *out_len, char *errbuf,
               size_t errlen) {
#if JSRT_HAVE_COMPILER
  jsc_options o;
  jsc_result res;
  const char *code;
  size_t clen;
  char *copy;
#endif
  if (errbuf != NULL && errlen > 0)
    errbuf[0] = '\0';
  if (out != NULL)
    *out = NULL;
  if (out_len != NULL)
    *out_len = 0;
  if (src == NULL || out == NULL)
    return JSRT_EINVAL;
  if (len == (size_t)-1)
    len = strlen(src);
  if (filename == NULL)
    filename = "<input>";
#if JSRT_HAVE_COMPILER
  memset(&o, 0, sizeof(o));
  o.goal = (flags & JSRT_LOWER_MODULE)     ? JSC_GOAL_MODULE
           : (flags & JSRT_LOWER_COMMONJS) ? JSC_GOAL_FUNCTION
                                           : JSC_GOAL_SCRIPT;
  /* A host asking for the lowering wants the parser's syntax errors too:
   * no quick scan (which may pass an invalid ES5 file to its engine). */
  o.flags = ((flags & JSRT_LOWER_STRICT) ? JSC_STRICT : 0) | JSC_NO_SCAN;
  o.filename = filename;
  jsc_compile(src, len, &o, &res);
  if (res.status != JSC_OK) {
    if (res.status == JSC_ENOMEM)
      return JSRT_ENOMEM;
    if (errbuf != NULL && errlen > 0)
      snprintf(errbuf, errlen, "%s:%u:%u: SyntaxError: %s", filename, res.line,
               compile_column(src, len, res.line, res.column), res.message);
    return JSRT_ERROR;
  }
  code = res.code != NULL ? res.code : src;
  clen = res.code != NULL ? res.len : len;
  if ((flags & JSRT_LOWER_INLINE_HELPERS) &&
      memmem(code, clen, "__jsrt", 6) != NULL) {
    copy = lower_inline(code, clen, &clen);
  } else {
    copy = malloc(clen + 1);
    if (copy != NULL) {
      memcpy(copy, code, clen);
      copy[clen] = '\0';
    }
  }
  jsc_result_free(&o, &res);
  if (copy == NULL)
    return JSRT_ENOMEM;
  *out = copy;
  if (out_len != NULL)
    *out_len = clen;
  return JSRT_OK;
#else
  (void)flags;
  if (errbuf != NULL && errlen > 0)
    snprintf(errbuf, errlen,
             "%s: this libjsrt is built without the compiler "
             "(JSRT_HAVE_COMPILER=0)",
             filename);
  return JSRT_ENOTSUP;
#endif
}

void jsrt_lower_free(char *out) { free(out); }

/* compiler.c - jsc_compile: the phases in order (parse, scope, lower,
 * print) over one arena, and the ES5.1 pass-through: a source the quick
 * scan (scan.c) or the parser finds nothing newer than ES5.1 in is not
 * printed at all. */
#include <string.h>

#include "ast.h"

#define COMPILER_DEFAULT_DEPTH 1000
/* What the engine runs itself, so that a source needing nothing else
 * passes through: ES2023 regexps on PCRE2 (src/regexp.c). */
#if JSRT_HAVE_PCRE2
#define COMPILER_ENGINE_FEATS JC_FEAT_REGEXP
#else
#define COMPILER_ENGINE_FEATS 0
#endif

int jsc_compile(const char *src, size_t len, const jsc_options *opt,
                jsc_result *res) {
  static const jsc_options defaults;
  jc_ctx c;
  memset(res, 0, sizeof *res);
  memset(&c, 0, sizeof c);
  c.opt = opt != NULL ? opt : &defaults;
  c.src = src;
  c.len = len;
  c.max_depth = c.opt->max_depth ? c.opt->max_depth : COMPILER_DEFAULT_DEPTH;
  if (src == NULL || len >= 0x7fffffffu) {
    res->status = JSC_ESYNTAX;
    strcpy(res->message, src == NULL ? "no source" : "source too large");
    return res->status;
  }
  /* Most ES5 files are told by a scan of their bytes, no AST (scan.c). */
  if (!(c.opt->flags & (JSC_FORCE | JSC_NO_SCAN)) &&
      jc_scan_es5(src, len, c.opt->goal))
    return res->status;
  if (jc_parse(&c) == JSC_OK &&
      ((c.features &
        ~(unsigned)(JC_FEAT_DIRECT_EVAL | COMPILER_ENGINE_FEATS)) != 0 ||
       (c.opt->flags & JSC_FORCE))) {
    if (jc_scope_analyze(&c) == JSC_OK && jc_lower(&c) == JSC_OK)
      res->code = jc_print(&c, &res->len);
    if (res->code == NULL && c.status == JSC_OK)
      c.status = JSC_ENOMEM;
  }
  res->status = c.status;
  if (c.status != JSC_OK) {
    res->line = c.err_line;
    res->column = c.err_col;
    memcpy(res->message, c.err_msg, sizeof res->message);
    if (res->code != NULL) {
      jc_raw_free(&c, res->code);
      res->code = NULL;
    }
  }
  jc_arena_free(&c);
  return res->status;
}

void jsc_result_free(const jsc_options *opt, jsc_result *res) {
  jc_ctx c;
  if (res == NULL || res->code == NULL)
    return;
  memset(&c, 0, sizeof c);
  c.opt = opt;
  jc_raw_free(&c, res->code);
  res->code = NULL;
  res->len = 0;
}

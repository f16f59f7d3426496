/*
 * test_compiler_scope.c - scope analysis (src/compiler/scope.c) and the
 * shape of what block scope, arrows and for-of lower to: which bindings
 * are renamed, captured (a binding per iteration) or in TDZ, and that the
 * common cases stay cheap (no loop function without a closure, no TDZ
 * check when every use follows the declaration, one index loop for
 * for-of).
 */
#include "testutil.h"

#include "compiler/ast.h"

static jc_ctx *ctx;
static jsc_options ctx_opt;

/* Parses and analyzes src; the context stays for the checks. */
static void analyze(const char *src) {
  if (ctx != NULL) {
    jc_arena_free(ctx);
    free(ctx);
  }
  ctx = calloc(1, sizeof *ctx);
  memset(&ctx_opt, 0, sizeof ctx_opt);
  ctx->opt = &ctx_opt;
  ctx->src = src;
  ctx->len = strlen(src);
  ctx->max_depth = 1000;
  assert_int_equal(jc_parse(ctx), JSC_OK);
  assert_int_equal(jc_scope_analyze(ctx), JSC_OK);
}

static int teardown(void **state) {
  (void)state;
  if (ctx != NULL) {
    jc_arena_free(ctx);
    free(ctx);
    ctx = NULL;
  }
  return 0;
}

/* The binding of the nth (0-based) IDENT named name, in source order. */
static jc_binding *find_in(jc_node *n, const char *name, int *nth) {
  for (; n != NULL; n = n->next) {
    jc_binding *b;
    if (n->kind == JC_IDENT && n->atom != NULL &&
        strcmp(n->atom->text, name) == 0 && (*nth)-- == 0)
      return n->u.binding != NULL ? n->u.binding : (jc_binding *)-1;
    if (n->kind == JC_NUM || n->kind == JC_STR || n->kind == JC_REGEXP ||
        n->kind == JC_TEMPLATE_ELEM)
      continue;
    if ((b = find_in(n->a, name, nth)) != NULL ||
        (b = find_in(n->b, name, nth)) != NULL ||
        (b = find_in(n->c, name, nth)) != NULL ||
        (b = find_in(n->d, name, nth)) != NULL)
      return b;
  }
  return NULL;
}

static jc_binding *binding(const char *name, int nth) {
  jc_binding *b = find_in(ctx->program, name, &nth);
  assert_non_null(b);
  return b == (jc_binding *)-1 ? NULL : b;
}

static void test_renames(void **state) {
  (void)state;
  /* sibling blocks and an outer var: fresh names; a lone block let
   * whose name nothing else uses keeps it */
  analyze("var x = 0;\n"
          "function f() { { let x = 1; } { let x = 2; } return x; }\n"
          "function g() { { let y = 1; } }\n");
  assert_string_equal(binding("x", 1)->out->text, "_x");
  assert_string_equal(binding("x", 2)->out->text, "_x2");
  assert_ptr_equal(binding("x", 3), binding("x", 0)); /* return x: outer */
  assert_string_equal(binding("y", 0)->out->text, "y");
  /* a name the source uses is never made */
  analyze("var _x = 1, x = 2; { let x = 3; }");
  assert_string_equal(binding("x", 1)->out->text, "_x2");
  /* a catch parameter between the block and its function */
  analyze("try {} catch (e) { { let e = 1; } }");
  assert_string_equal(binding("e", 1)->out->text, "_e");
}

static void test_captured(void **state) {
  (void)state;
  analyze("for (let i = 0; i < 3; i++) f(() => i);\n"
          "for (let j = 0; j < 3; j++) f(j);\n"
          "for (;;) { let k; g(function () { return k; }); }\n"
          "{ let m; h(() => m); }\n");
  assert_true(binding("i", 0)->captured);
  assert_false(binding("j", 0)->captured);
  assert_true(binding("k", 0)->captured);
  assert_false(binding("m", 0)->captured); /* not in a loop */
}

static void test_tdz(void **state) {
  (void)state;
  analyze("let a = 1; a++;\n"                        /* straight line */
          "b; let b;\n"                              /* use before */
          "const c = () => c;\n"                     /* the initializer */
          "var d0 = () => d; let d = 1;\n"           /* closure made before */
          "function e0() { return e; } let e = 1;\n" /* hoisted, unused */
          "function h0() { return h; } h0(); let h = 1;\n");
  assert_false(binding("a", 0)->tdz);
  assert_true(binding("b", 0)->tdz);
  assert_false(binding("c", 0)->tdz);
  assert_true(binding("d", 1)->tdz);
  assert_false(binding("e", 1)->tdz);
  assert_true(binding("h", 1)->tdz);
}

static void test_annexb_arguments(void **state) {
  jc_binding *inner, *outer;
  (void)state;
  analyze("function f() { { function g() {} } return g; }");
  inner = binding("g", 0);
  outer = binding("g", 1);
  assert_true(inner->flags & JC_BF_ANNEXB);
  assert_non_null(outer);
  assert_int_equal(outer->kind, JC_B_VAR);
  analyze("function f() { 'use strict'; { function g() {} } return g; }");
  assert_false(binding("g", 0)->flags & JC_BF_ANNEXB);
  assert_null(binding("g", 1));
  analyze("function f() { return () => arguments; }");
  assert_true(binding("arguments", 0)->flags & JC_BF_IMPLICIT);
}

/* ---- what it lowers to ---- */

static char *lower(const char *src) {
  jsc_options o;
  jsc_result r;
  memset(&o, 0, sizeof o);
  o.flags = JSC_FORCE;
  assert_int_equal(jsc_compile(src, strlen(src), &o, &r), JSC_OK);
  assert_non_null(r.code);
  return r.code;
}

static void test_shapes(void **state) {
  char *s;
  (void)state;
  s = lower("for (let i = 0; i < 3; i++) { const v = i * 2; use(v); }");
  assert_null(strstr(s, "_loop"));
  assert_null(strstr(s, "__jsrt"));
  free(s);
  s = lower("for (let i = 0; i < 3; i++) fns.push(() => i);");
  assert_non_null(strstr(s, "_loop = function(i)"));
  free(s);
  s = lower("function f() { return () => this; }");
  assert_non_null(strstr(s, "var _this = this;"));
  free(s);
  s = lower("function f(xs) { var s = 0; for (const x of xs) s += x; }");
  assert_non_null(strstr(s, "__jsrt.forOf("));
  assert_null(strstr(s, "try"));
  free(s);
  s = lower("for (const x of xs) f(x);");
  assert_non_null(strstr(s, "__jsrt.close("));
  free(s);
  s = lower("let a = 1;\nconst f = () => a;\n");
  assert_string_equal(s, "var a = 1;\nvar f = function f() { return a;};");
  free(s);
}

static void test_unsupported(void **state) {
  jsc_options o;
  jsc_result r;
  (void)state;
  memset(&o, 0, sizeof o);
  /* a with statement around a yield (lower_generator.c) */
  assert_int_equal(
      jsc_compile("function* g() { with ({}) yield 1; }", 36, &o, &r),
      JSC_ESYNTAX);
  assert_non_null(strstr(r.message, "not supported yet"));
  assert_int_equal(jsc_compile("let b = 1n;", 11, &o, &r), JSC_EUNSUPPORTED);
  assert_non_null(strstr(r.message, "BigInt"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_teardown(test_renames, teardown),
      cmocka_unit_test_teardown(test_captured, teardown),
      cmocka_unit_test_teardown(test_tdz, teardown),
      cmocka_unit_test_teardown(test_annexb_arguments, teardown),
      cmocka_unit_test(test_shapes),
      cmocka_unit_test(test_unsupported),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

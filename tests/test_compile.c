/*
 * test_compile.c - the compile entry as hosts see it: jsrt_lower (ES5.1
 * passes through as a copy, errors, inlined helpers that run on a bare
 * Duktape with lines kept), the per-isolate no_lower option, syntax errors
 * naming file:line through every entry, eval and new Function routed
 * through the hook.
 */
#include <stdio.h>

#include "testutil.h"

static unsigned count_lines(const char *s, size_t len) {
  unsigned n = 1;
  size_t i;
  for (i = 0; i < len; i++)
    n += s[i] == '\n';
  return n;
}

/* A build without the compiler (make JSRT_HAVE_COMPILER=0) says so; the
 * tests of what it lowers are skipped there. */
static int have_compiler(void) {
  char *out = NULL, err[256];
  int rc = jsrt_lower("1", 1, "x.js", 0, &out, NULL, err, sizeof(err));
  jsrt_lower_free(out);
  if (rc == JSRT_ENOTSUP) {
    assert_null(out);
    assert_non_null(strstr(err, "JSRT_HAVE_COMPILER=0"));
    return 0;
  }
  assert_int_equal(rc, JSRT_OK);
  return 1;
}

static void test_lower_passes_es5_through_as_a_copy(void **state) {
  const char *src = "var a = 1;\nfunction f(x) { return x + a; }\nf(41);\n";
  char *out = NULL, err[256];
  size_t len = 0;
  (void)state;
  if (!have_compiler())
    skip();
  assert_int_equal(
      jsrt_lower(src, (size_t)-1, "a.js", 0, &out, &len, err, sizeof(err)),
      JSRT_OK);
  assert_non_null(out);
  assert_true(out != src);
  assert_int_equal(len, strlen(src));
  assert_string_equal(out, src);
  assert_string_equal(err, "");
  jsrt_lower_free(out);
  /* len bounds the source; out_len may be NULL */
  assert_int_equal(
      jsrt_lower(src, 10, NULL, JSRT_LOWER_COMMONJS, &out, NULL, NULL, 0),
      JSRT_OK);
  assert_string_equal(out, "var a = 1;");
  jsrt_lower_free(out);
  jsrt_lower_free(NULL);
}

static void test_lower_rejects_null_arguments(void **state) {
  char *out = (char *)1;
  (void)state;
  assert_int_equal(jsrt_lower(NULL, 0, NULL, 0, &out, NULL, NULL, 0),
                   JSRT_EINVAL);
  assert_null(out);
  assert_int_equal(jsrt_lower("1", 1, NULL, 0, NULL, NULL, NULL, 0),
                   JSRT_EINVAL);
  assert_string_equal(jsrt_err_name(JSRT_ENOTSUP), "JSRT_ENOTSUP");
}

/* The helpers inlined into the output: it runs on a heap with no jsrt
 * globals (no __jsrt, no console), and every original line stays where it
 * was (the helpers go after the last one). */
static void test_inline_helpers_run_on_a_bare_duktape(void **state) {
  const char *src = "'use strict'\n"
                    "var it = __jsrt.iter([7, 8]);\n"
                    "it.next().value * 10 + it.next().value;\n";
  char *out = NULL;
  size_t len;
  duk_context *ctx;
  (void)state;
  if (!have_compiler())
    skip();
  assert_int_equal(jsrt_lower(src, (size_t)-1, "h.js",
                              JSRT_LOWER_INLINE_HELPERS, &out, &len, NULL, 0),
                   JSRT_OK);
  assert_non_null(strstr(out, "function __jsrt_helpers()"));
  /* the first lines are the original ones, the first with the prefix */
  assert_int_equal(strncmp(out, "'use strict';var __jsrt", 23), 0);
  assert_non_null(strstr(out, "\nvar it = __jsrt.iter([7, 8]);\n"
                              "it.next().value * 10 + it.next().value;\n"));
  assert_true(count_lines(out, len) > count_lines(src, strlen(src)));
  ctx = duk_create_heap_default();
  assert_non_null(ctx);
  if (duk_peval_lstring(ctx, out, len) != 0)
    fail_msg("%s", duk_safe_to_string(ctx, -1));
  assert_int_equal(duk_get_int(ctx, -1), 78);
  /* a TDZ error as node words it */
  duk_pop(ctx);
  jsrt_lower_free(out);
  assert_int_equal(jsrt_lower("__jsrt.tdz('x');", (size_t)-1, NULL,
                              JSRT_LOWER_INLINE_HELPERS, &out, &len, NULL, 0),
                   JSRT_OK);
  assert_int_equal(duk_peval_lstring(ctx, out, len), DUK_EXEC_ERROR);
  assert_string_equal(duk_safe_to_string(ctx, -1),
                      "ReferenceError: Cannot access 'x' before "
                      "initialization");
  duk_destroy_heap(ctx);
  jsrt_lower_free(out);
  /* nothing to inline: no helper is used */
  assert_int_equal(
      jsrt_lower("1;", 2, NULL, JSRT_LOWER_INLINE_HELPERS, &out, NULL, NULL, 0),
      JSRT_OK);
  assert_string_equal(out, "1;");
  jsrt_lower_free(out);
}

/* With no_lower the source goes to Duktape as it is: modern syntax is
 * Duktape's SyntaxError (with the compiler on, `let` is lowered once the
 * parser handles it). */
static void test_no_lower_gives_sources_to_duktape_as_they_are(void **state) {
  jsrt_options o;
  jsrt_isolate *iso;
  (void)state;
  jsrt_options_init(&o);
  assert_int_equal(o.no_lower, 0);
  o.no_lower = 1;
  iso = jsrt_isolate_new(&o);
  assert_non_null(iso);
  assert_int_equal(tu_eval_number(iso, "var a = 40; a + 2"), 42);
  assert_int_equal(tu_eval_number(iso, "eval('1 + 1')"), 2);
  assert_int_equal(tu_eval(iso, "var f = (a) => a;"), JSRT_ERROR);
  assert_non_null(strstr(jsrt_last_error(iso), "SyntaxError"));
  jsrt_isolate_free(iso);
}

/* Every entry names the place of a syntax error: jsrt_eval, require,
 * eval and new Function (Duktape's own "(line N)" inside JS). */
static void test_syntax_errors_name_their_place(void **state) {
  jsrt_isolate *iso = *state;
  char buf[256];
  assert_int_equal(tu_eval(iso, "1;\n2;\n)"), JSRT_ERROR);
  if (have_compiler()) {
    assert_non_null(strstr(jsrt_last_error(iso), "(test.js:3:1)"));
    assert_int_equal(strncmp(jsrt_last_error(iso), "test.js:3\n)\n^\n\n", 15),
                     0);
  } else {
    /* Duktape's own error: the line, no column, no caret */
    assert_non_null(strstr(jsrt_last_error(iso), "(test.js:3)"));
    assert_int_equal(strncmp(jsrt_last_error(iso), "test.js:3\n)\n\n", 13), 0);
  }
  tu_eval_string(iso,
                 "var m = [];"
                 "try { eval('1;\\n+') } catch (e) { m.push(e.name) }"
                 "try { new Function('a', 'return )') } catch (e) {"
                 "  m.push(e.name) }"
                 "m.join()",
                 buf, sizeof(buf));
  assert_string_equal(buf, "SyntaxError,SyntaxError");
  /* the isolate goes on */
  assert_int_equal(tu_eval_number(iso, "new Function('a', 'b', "
                                       "'return a * b')(6, 7)"),
                   42);
}

/* A source the compiler has work on: n optional chains and ?? (about 17
 * bytes each), malloc'ed. */
static char *many_chains(unsigned n, size_t *len) {
  char *src = malloc((size_t)n * 32 + 32), *p = src;
  unsigned i;
  p += sprintf(p, "var o = {};\n");
  for (i = 0; i < n; i++)
    p += sprintf(p, "o?.a%u ?? 1;\n", i);
  *len = (size_t)(p - src);
  return src;
}

/* The compiler runs under the isolate's budget: timeout_ms stops a big
 * compile (JSRT_ETIMEOUT), and the isolate goes on. */
static void test_compile_stops_at_the_time_budget(void **state) {
  jsrt_options o;
  jsrt_isolate *iso;
  size_t len;
  char *src;
  (void)state;
  if (!have_compiler())
    skip();
  src = many_chains(200000, &len);
  jsrt_options_init(&o);
  o.timeout_ms = 100;
  iso = jsrt_isolate_new(&o);
  assert_non_null(iso);
  assert_int_equal(jsrt_eval(iso, src, len, "big.js"), JSRT_ETIMEOUT);
  duk_pop(jsrt_context(iso));
  assert_non_null(strstr(jsrt_last_error(iso), "timed out"));
  assert_int_equal(tu_eval_number(iso, "null ?? 42"), 42);
  jsrt_isolate_free(iso);
  free(src);
}

/* The compiler's memory comes from the isolate's allocator: a compile
 * that does not fit the memory limit fails with JSRT_ENOMEM, and the
 * isolate goes on. */
static void test_compile_memory_counts_against_the_limit(void **state) {
  jsrt_options o;
  jsrt_isolate *iso;
  size_t len;
  char *src;
  (void)state;
  if (!have_compiler())
    skip();
  src = many_chains(200000, &len);
  jsrt_options_init(&o);
  o.memory_limit = 4u << 20;
  iso = jsrt_isolate_new(&o);
  assert_non_null(iso);
  assert_int_equal(jsrt_eval(iso, src, len, "big.js"), JSRT_ENOMEM);
  duk_pop(jsrt_context(iso));
  assert_int_equal(tu_eval_number(iso, "({ a: 41 })?.a + 1"), 42);
  jsrt_isolate_free(iso);
  free(src);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lower_passes_es5_through_as_a_copy),
      cmocka_unit_test(test_lower_rejects_null_arguments),
      cmocka_unit_test(test_inline_helpers_run_on_a_bare_duktape),
      cmocka_unit_test(test_no_lower_gives_sources_to_duktape_as_they_are),
      cmocka_unit_test_setup_teardown(test_syntax_errors_name_their_place,
                                      tu_setup, tu_teardown),
      cmocka_unit_test(test_compile_stops_at_the_time_budget),
      cmocka_unit_test(test_compile_memory_counts_against_the_limit),
  };
  return cmocka_run_group_tests_name("compile", tests, NULL, NULL);
}

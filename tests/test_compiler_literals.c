/*
 * test_compiler_literals.c - lower_literals.c: numbers, strings and names
 * printed from their values, and the regexp lowering (s, u) checked by
 * running the lowered pattern under Duktape against what node 20 gives for
 * the original; what is not lowered is a SyntaxError naming the feature.
 */
#include <stdio.h>

#include "testutil.h"

#include "compiler/ast.h"
#include "compiler/lower.h"
#include "duktape.h"

static jc_ctx *ctx;
static jsc_options ctx_opt;

static int ctx_setup(void **state) {
  (void)state;
  ctx = calloc(1, sizeof *ctx);
  memset(&ctx_opt, 0, sizeof ctx_opt);
  ctx->opt = &ctx_opt;
  ctx->src = "";
  ctx->max_depth = 1000;
  return 0;
}

static int ctx_teardown(void **state) {
  (void)state;
  jc_arena_free(ctx);
  free(ctx);
  ctx = NULL;
  return 0;
}

/* Lowers /body/flags; returns the node (ctx->status says if it failed). */
static jc_node *lower_regexp(const char *body, const char *flags) {
  jc_lw w;
  jc_node *n = jc_node_new(ctx, JC_REGEXP, NULL);
  memset(&w, 0, sizeof w);
  w.c = ctx;
  n->mark = JC_MK_MODERN;
  n->atom = jc_atom_get(ctx, body, strlen(body));
  n->u.str.p = flags;
  n->u.str.len = (uint32_t)strlen(flags);
  return jc_lower_literals(&w, n);
}

#if JSRT_HAVE_PCRE2
/* With PCRE2 the engine runs every ES2023 regexp: literals pass through
 * as written (printed from their raw text), errors included. */
static void test_regexp_passes_through_to_the_engine(void **state) {
  static const struct {
    const char *body, *flags;
  } cases[] = {
      {"(?<y>\\d{4})-\\k<y>", ""},
      {"(?<=\\$)\\d+", "g"},
      {"\\p{Lu}\\u{1F600}", "u"},
      {"a.b", "s"},
      {"x", "dgimsuy"},
      {"(?:...){1,1024}", ""},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    jc_node *n = lower_regexp(cases[i].body, cases[i].flags);
    assert_int_equal(ctx->status, JSC_OK);
    assert_false(n->mark & JC_MK_DIRTY);
    assert_string_equal(n->atom->text, cases[i].body);
    assert_int_equal(n->u.str.len, strlen(cases[i].flags));
  }
}
#else
static const struct {
  const char *body, *flags;
  const char *subject; /* JSON */
  const char *expect;  /* JSON of node's exec (match with g) */
} rx_cases[] = {
    {"a.b", "s", "\"a\\nb\"", "[\"a\\nb\"]"},
    {"./", "s", "\"\\u2028/\"", "[\"\\u2028/\"]"},
    {"./", "", "\"\\u2028/\"", "null"},
    {".", "su", "\"\\ud83d\\ude00\"", "[\"\\ud83d\\ude00\"]"},
    {"^.$", "u", "\"\\ud83d\\ude00\"", "[\"\\ud83d\\ude00\"]"},
    {"^..$", "u", "\"\\ud83d\\ude00\"", "null"},
    {"\\u{1F600}+", "u", "\"\\ud83d\\ude00\\ud83d\\ude00x\"",
     "[\"\\ud83d\\ude00\\ud83d\\ude00\"]"},
    {"[\xf0"
     "\x9f"
     "\x98"
     "\x80"
     "-\xf0"
     "\x9f"
     "\x98"
     "\x82"
     "]",
     "u", "\"x\\ud83d\\ude01\"", "[\"\\ud83d\\ude01\"]"},
    {"[^a]", "u", "\"a\\ud83d\\ude00\"", "[\"\\ud83d\\ude00\"]"},
    {"\\S", "u", "\" \\ud83d\\ude00\"", "[\"\\ud83d\\ude00\"]"},
    {"[a-c\xf0"
     "\x9f"
     "\x98"
     "\x80"
     "]+",
     "gu", "\"ab\\ud83d\\ude00c d\\ud83d\\ude00\"",
     "[\"ab\\ud83d\\ude00c\",\"\\ud83d\\ude00\"]"},
    {"\\W", "u", "\"a\\ud83d\"", "[\"\\ud83d\"]"},
    {"[\\u{10000}-\\u{10FFFF}]", "u", "\"a\\ud800\\udc00\"",
     "[\"\\ud800\\udc00\"]"},
    {"[\\u{FFF0}-\\u{10400}]+", "u", "\"\\ufff5\\ud801\\udc00\\ud801\\udc01\"",
     "[\"\\ufff5\\ud801\\udc00\"]"},
    {"(a)\\1", "u", "\"xaa\"", "[\"aa\",\"a\"]"},
    {"x{2,3}", "u", "\"xxxx\"", "[\"xxx\"]"},
    {"[\\d-]+", "u", "\"a1-2\"", "[\"1-2\"]"},
    {"\\uD83D\\uDE00", "u", "\"\\ud83d\\ude00\"", "[\"\\ud83d\\ude00\"]"},
    {"^[^x]$", "u", "\"\\ud83d\\ude00\"", "[\"\\ud83d\\ude00\"]"},
    {"a|\\u{1F600}", "gu", "\"a\\ud83d\\ude00a\"",
     "[\"a\",\"\\ud83d\\ude00\",\"a\"]"},
    {"\\D+", "u", "\"12\\ud83d\\ude00ab3\"", "[\"\\ud83d\\ude00ab\"]"},
    {"A", "iu", "\"xa\"", "[\"a\"]"},
    {".", "u", "\"\\u0000a\"", "[\"\\u0000\"]"},
    {"^.$", "u", "\"\\n\"", "null"},
    {"[^\\n]+", "u", "\"ab\\ud83d\\ude00\\n\"", "[\"ab\\ud83d\\ude00\"]"},
    {"\\x41\\0", "u", "\"A\\u0000\"", "[\"A\\u0000\"]"},
    {"[\\b]", "u", "\"\\b\"", "[\"\\b\"]"},
    {"(?:ab)+?c", "u", "\"ababc\"", "[\"ababc\"]"},
    {"(?=\\u{1F600})", "u", "\"x\\ud83d\\ude00\"", "[\"\"]"},
};

/* Each lowered pattern, run by Duktape, matches what the original does in
 * node; and none keeps a flag Duktape lacks. */
static void test_regexp_lowering(void **state) {
  duk_context *duk = duk_create_heap_default();
  size_t i;
  (void)state;
  for (i = 0; i < sizeof rx_cases / sizeof rx_cases[0]; i++) {
    jc_node *n = lower_regexp(rx_cases[i].body, rx_cases[i].flags);
    char flags[8];
    int ok;
    if (ctx->status != JSC_OK)
      fail_msg("/%s/%s: %s", rx_cases[i].body, rx_cases[i].flags, ctx->err_msg);
    assert_true(n->mark & JC_MK_DIRTY);
    snprintf(flags, sizeof flags, "%.*s", (int)n->u.str.len, n->u.str.p);
    assert_null(strchr(flags, 's'));
    assert_null(strchr(flags, 'u'));
    duk_push_string(duk, "(function (body, flags, subject, expect) {"
                         "  var re = new RegExp(body, flags);"
                         "  var s = JSON.parse(subject);"
                         "  var r = re.global ? s.match(re) : re.exec(s);"
                         "  if (r) r = Array.prototype.slice.call(r);"
                         "  return JSON.stringify(r) === "
                         "    JSON.stringify(JSON.parse(expect));"
                         "})");
    assert_int_equal(duk_peval(duk), 0);
    duk_push_lstring(duk, n->atom->text, n->atom->len);
    duk_push_string(duk, flags);
    duk_push_string(duk, rx_cases[i].subject);
    duk_push_string(duk, rx_cases[i].expect);
    if (duk_pcall(duk, 4) != 0)
      fail_msg("/%s/%s -> /%s/%s: %s", rx_cases[i].body, rx_cases[i].flags,
               n->atom->text, flags, duk_safe_to_string(duk, -1));
    ok = duk_get_boolean(duk, -1);
    duk_pop(duk);
    if (!ok)
      fail_msg("/%s/%s -> /%s/%s: not node's result on %s", rx_cases[i].body,
               rx_cases[i].flags, n->atom->text, flags, rx_cases[i].subject);
  }
  duk_destroy_heap(duk);
}

static void test_regexp_s_only_touches_dots_outside_classes(void **state) {
  jc_node *n;
  (void)state;
  n = lower_regexp("a.[.]\\.(?:.)", "gs");
  assert_int_equal(ctx->status, JSC_OK);
  assert_string_equal(n->atom->text, "a[\\s\\S][.]\\.(?:[\\s\\S])");
  assert_int_equal(n->u.str.len, 1);
}

/* What is not lowered fails with a message naming it. */
static void test_regexp_not_lowered(void **state) {
  static const struct {
    const char *body, *flags, *msg;
  } bad[] = {
      {"\\p{L}", "u", "property escapes"},
      {"a", "y", "sticky"},
      {"a", "d", "indices"},
      {"(?<n>a)", "", "named groups"},
      {"(?<n>a)", "u", "named groups"},
      {"\\k<n>", "u", "named groups"},
      {"(?<=a)b", "", "lookbehind"},
      {"\\u{110000}", "u", "invalid escape"},
      {"[\\uD800]", "u", "surrogates"},
      {"\\uD800", "u", "lone surrogate"},
      {"a*", "gu", "empty string"},
      {"s", "iu", "case folding"},
      {"\\w", "iu", "\\w"},
      {"\\b.", "u", "\\b"},
      {"[^\xf0\x9f\x98\x80]", "u", "negated class"},
      {"\\a", "u", "invalid escape"},
      {"{", "u", "nothing to repeat"},
      {"(a", "u", "unterminated group"},
      {"a)", "u", "unmatched ')'"},
      {"[b-a]", "u", "out of order"},
      {"\\2(a)", "u", "invalid escape"},
      {"^*", "u", "nothing to repeat"},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    ctx->status = JSC_OK;
    ctx->err_msg[0] = 0;
    lower_regexp(bad[i].body, bad[i].flags);
    if (ctx->status != JSC_ESYNTAX || strstr(ctx->err_msg, bad[i].msg) == NULL)
      fail_msg("/%s/%s: status %d, message '%s' (want '%s')", bad[i].body,
               bad[i].flags, ctx->status, ctx->err_msg, bad[i].msg);
  }
}

#endif

/* Numbers, strings, names: marked to print from their values; the
 * escaped "use strict" stays no directive. */
static void test_numbers_strings_names(void **state) {
  jc_lw w;
  jc_node *n;
  (void)state;
  memset(&w, 0, sizeof w);
  w.c = ctx;
  n = jc_node_new(ctx, JC_NUM, NULL);
  n->mark = JC_MK_MODERN;
  n->u.num = 5;
  n->raw.p = "0b101";
  n->raw.len = 5;
  assert_true(jc_lower_literals(&w, n)->mark & JC_MK_DIRTY);
  n = jc_node_new(ctx, JC_NUM, NULL); /* ES5: untouched */
  n->raw.p = "010";
  n->raw.len = 3;
  assert_false(jc_lower_literals(&w, n)->mark & JC_MK_DIRTY);
  n = jc_node_new(ctx, JC_STR, NULL);
  n->mark = JC_MK_MODERN;
  n->atom = jc_atom_lit(ctx, "use strict");
  n = jc_lower_literals(&w, n);
  assert_int_equal(n->kind, JC_RAW);
  assert_string_equal(n->u.str.p, "\"use\\x20strict\"");
}

int main(void) {
  const struct CMUnitTest tests[] = {
#if JSRT_HAVE_PCRE2
    cmocka_unit_test_setup_teardown(test_regexp_passes_through_to_the_engine,
                                    ctx_setup, ctx_teardown),
#else
    cmocka_unit_test_setup_teardown(test_regexp_lowering, ctx_setup,
                                    ctx_teardown),
    cmocka_unit_test_setup_teardown(
        test_regexp_s_only_touches_dots_outside_classes, ctx_setup,
        ctx_teardown),
    cmocka_unit_test_setup_teardown(test_regexp_not_lowered, ctx_setup,
                                    ctx_teardown),
#endif
    cmocka_unit_test_setup_teardown(test_numbers_strings_names, ctx_setup,
                                    ctx_teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

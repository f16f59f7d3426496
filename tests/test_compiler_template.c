/*
 * test_compiler_template.c - lower_template.c on hand-built trees (as the
 * parser makes them): untagged templates convert with ToString in order
 * (concat for what may be an object, + for primitives), tagged templates
 * get one frozen strings object per site with raw and undefined for bad
 * escapes; the printed result is run under Duktape.
 */
#include <stdio.h>

#include "testutil.h"

#include "compiler/ast.h"
#include "compiler/lower.h"
#include "duktape.h"

static jc_ctx *ctx;
static jsc_options ctx_opt;
static jc_lw w;
static jc_lw_func top;

static int ctx_setup(void **state) {
  (void)state;
  ctx = calloc(1, sizeof *ctx);
  memset(&ctx_opt, 0, sizeof ctx_opt);
  ctx->opt = &ctx_opt;
  ctx->src = "";
  ctx->max_depth = 1000;
  memset(&w, 0, sizeof w);
  memset(&top, 0, sizeof top);
  w.c = ctx;
  top.node = jc_node_new(ctx, JC_PROGRAM, NULL);
  w.func = &top;
  return 0;
}

static int ctx_teardown(void **state) {
  (void)state;
  jc_arena_free(ctx);
  free(ctx);
  ctx = NULL;
  return 0;
}

static jc_node *ID(const char *name) {
  return jc_ident(ctx, jc_atom_get(ctx, name, strlen(name)), NULL);
}

/* A template part: cooked (NULL: invalid escape) and raw text. */
static jc_node *Q(const char *cooked, const char *raw) {
  jc_node *q = jc_node_new(ctx, JC_TEMPLATE_ELEM, NULL);
  q->atom = cooked ? jc_atom_get(ctx, cooked, strlen(cooked)) : NULL;
  q->raw.p = raw;
  q->raw.len = (uint32_t)strlen(raw);
  return q;
}

static jc_node *TPL(jc_node *quasis, jc_node *exprs) {
  jc_node *t = jc_node_new(ctx, JC_TEMPLATE, NULL);
  t->mark = JC_MK_MODERN;
  t->a = quasis;
  t->b = exprs;
  return t;
}

static jc_node *chain(jc_node *a, jc_node *b) {
  jc_node_new(ctx, JC_EMPTY, NULL);
  a->next = b;
  return a;
}

static char *decls; /* `var temps;` of the last lower_print, or NULL */

/* Lowers e (a TEMPLATE or TAGGED_TEMPLATE) as the value of `result = e`
 * and prints it; the temporaries' `var` goes to decls. */
static char *lower_print(jc_node *e) {
  jc_node *assign = jc_synth(ctx, JC_ASSIGN, NULL), *stmt, *var = NULL;
  size_t len;
  w.parent = assign;
  e = jc_lower_template(&w, e);
  assert_int_equal(ctx->status, JSC_OK);
  assign->op = JC_OP_ASSIGN;
  assign->a = ID("result");
  assign->b = e;
  stmt = jc_synth(ctx, JC_EXPR_STMT, NULL);
  stmt->a = assign;
  if (top.temps != NULL) {
    jc_node *d, *t, **slot;
    var = jc_synth(ctx, JC_VAR, NULL);
    var->op = JC_DECL_VAR;
    slot = &var->a;
    for (t = top.temps; t != NULL; t = t->next) {
      d = jc_synth(ctx, JC_DECLARATOR, NULL);
      d->a = jc_ident(ctx, t->atom, NULL);
      *slot = d;
      slot = &d->next;
    }
    top.temps = NULL;
  }
  free(decls);
  decls = NULL;
  if (var != NULL) {
    ctx->program = jc_synth(ctx, JC_PROGRAM, NULL);
    ctx->program->a = var;
    decls = jc_print(ctx, &len);
  }
  ctx->program = jc_synth(ctx, JC_PROGRAM, NULL);
  ctx->program->a = stmt;
  return jc_print(ctx, &len);
}

/* Runs setup + code + check under Duktape: check's value as a string. */
static void run_js(const char *setup, const char *code, const char *check,
                   const char *want) {
  duk_context *duk = duk_create_heap_default();
  char *src = malloc(strlen(setup) + strlen(code) + strlen(check) + 64);
  sprintf(src, "var result;%s\n%s\n%s", setup, code, check);
  /* the runtime helpers, as jsrt --lower --inline-helpers adds them */
  duk_push_string(duk, "var __jsrt = (function () { var exports = {};\n");
  duk_push_lstring(duk, jsc_helpers_js, jsc_helpers_js_len);
  duk_push_string(duk, "\nreturn exports; })();");
  duk_concat(duk, 3);
  if (duk_peval(duk) != 0)
    fail_msg("helpers: %s", duk_safe_to_string(duk, -1));
  duk_pop(duk);
  if (duk_peval_string(duk, src) != 0)
    fail_msg("%s: %s", src, duk_safe_to_string(duk, -1));
  if (strcmp(duk_safe_to_string(duk, -1), want) != 0)
    fail_msg("%s: got '%s', want '%s'", src, duk_safe_to_string(duk, -1), want);
  free(src);
  duk_destroy_heap(duk);
}

static void test_untagged_tostring_in_order(void **state) {
  char *out;
  (void)state;
  /* `a=${a} b=${o}` */
  out = lower_print(TPL(chain(Q("a=", "a="), chain(Q(" b=", " b="), Q("", ""))),
                        chain(ID("a"), ID("o"))));
  assert_string_equal(out, "result = \"a=\".concat(a, \" b=\").concat(o);");
  /* ToString (toString first), not ToPrimitive default (valueOf) */
  run_js("var a = 1, o = {valueOf: function () { return 'V'; },"
         " toString: function () { return 'T'; }};",
         out, "result", "a=1 b=T");
  /* each conversion before the next substitution is evaluated */
  run_js("var log = [], a = {toString: function () { log.push('a');"
         " return 'A'; }};"
         "Object.defineProperty(this, 'o', {get: function () {"
         " log.push('o'); return 'O'; }});",
         out, "result + ':' + log.join(',')", "a=A b=O:a,o");
  free(out);
}

static void test_untagged_primitives_use_plus(void **state) {
  jc_node *sub = jc_synth(ctx, JC_BINARY, NULL), *num;
  char *out;
  (void)state;
  num = jc_synth(ctx, JC_NUM, NULL);
  num->u.num = 1;
  sub->op = JC_OP_SUB;
  sub->a = ID("x");
  sub->b = num;
  /* `${x - 1}!` */
  out = lower_print(TPL(chain(Q("", ""), Q("!", "!")), sub));
  assert_string_equal(out, "result = \"\" + (x - 1) + \"!\";");
  run_js("var x = 3;", out, "result", "2!");
  free(out);
  /* `` and `plain` */
  out = lower_print(TPL(Q("", ""), NULL));
  assert_string_equal(out, "result = \"\";");
  free(out);
  out = lower_print(TPL(Q("a\nb", "a\\nb"), NULL));
  assert_string_equal(out, "result = \"a\\nb\";");
  free(out);
}

static void test_tagged_one_frozen_object_per_site(void **state) {
  jc_node *tt = jc_node_new(ctx, JC_TAGGED_TEMPLATE, NULL), *tpl;
  char *out, setup[256];
  (void)state;
  /* tag`a${x}\u` : the second part's cooked value is undefined */
  tpl = TPL(chain(Q("a", "a"), Q(NULL, "\\u")), ID("x"));
  tt->mark = JC_MK_MODERN;
  tt->a = ID("tag");
  tt->b = tpl;
  /* the TEMPLATE under a tag is left to the tag's hook */
  w.parent = tt;
  assert_ptr_equal(jc_lower_template(&w, tpl), tpl);
  out = lower_print(tt);
  assert_non_null(strstr(out, "__jsrt.tpl(["));
  /* a script's cache is its own: the name is unique per compile */
  assert_non_null(decls);
  assert_memory_equal(decls, "var _templateObject_", 20);
  snprintf(setup, sizeof setup,
           "%s function tag(s, v) { return s; }"
           "var x = 1, first;"
           "function site() {",
           decls);
  run_js(setup, out,
         "return result; }"
         "first = site();"
         "[first === site(), first.length, first[0], first[1],"
         " first.raw.length, first.raw[0], first.raw[1],"
         " Object.isFrozen(first), Object.isFrozen(first.raw),"
         " Object.keys(first).join('/'),"
         " Object.getOwnPropertyDescriptor(first, 'raw').enumerable,"
         " Object.getOwnPropertyDescriptor(first, 'length').writable,"
         " Object.getOwnPropertyDescriptor(first.raw, 'length').writable"
         "].join(' ')",
         "true 2 a  2 a \\u true true 0/1 false false false");
  free(out);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_untagged_tostring_in_order,
                                      ctx_setup, ctx_teardown),
      cmocka_unit_test_setup_teardown(test_untagged_primitives_use_plus,
                                      ctx_setup, ctx_teardown),
      cmocka_unit_test_setup_teardown(test_tagged_one_frozen_object_per_site,
                                      ctx_setup, ctx_teardown),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  free(decls);
  return rc;
}

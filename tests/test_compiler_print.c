/*
 * test_compiler_print.c - the compiler's printer (src/compiler/print.c):
 * precedence and the forms the grammar forbids (hand-built trees, as
 * transforms build them: no PAREN nodes), restricted productions and line
 * retention, literals made from values, verbatim copies; and the round
 * trip over the JS glue (src/js): parse + print with JSC_FORCE compiles
 * under Duktape, keeps every identifier on its line, and printing the
 * printed program again gives the same text.
 */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <sys/stat.h>

#include "testutil.h"

#include "compiler/ast.h"
#include "duktape.h"

/* ---- hand-built trees ---- */

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

/* The text print_stmts returned last (freed by the next call and here). */
static char *print_last;

static int ctx_teardown(void **state) {
  (void)state;
  free(print_last);
  print_last = NULL;
  jc_arena_free(ctx);
  free(ctx);
  ctx = NULL;
  return 0;
}

static jc_node *N(jc_kind kind, jc_node *a, jc_node *b, jc_node *c) {
  jc_node *n = jc_synth(ctx, kind, NULL);
  n->a = a;
  n->b = b;
  n->c = c;
  return n;
}
static jc_node *OP(jc_kind kind, int op, jc_node *a, jc_node *b) {
  jc_node *n = N(kind, a, b, NULL);
  n->op = (uint8_t)op;
  return n;
}
static jc_node *ID(const char *name) {
  return jc_ident(ctx, jc_atom_get(ctx, name, strlen(name)), NULL);
}
static jc_node *NUM(double v) {
  jc_node *n = N(JC_NUM, NULL, NULL, NULL);
  n->u.num = v;
  return n;
}
static jc_node *STR(const char *s, size_t len) {
  jc_node *n = N(JC_STR, NULL, NULL, NULL);
  n->atom = jc_atom_get(ctx, s, len);
  return n;
}
static jc_node *DOT(jc_node *o, const char *name) {
  return N(JC_MEMBER, o, ID(name), NULL);
}
static jc_node *CALL(jc_node *f, jc_node *args) {
  return N(JC_CALL, f, args, NULL);
}
static jc_node *LIST(jc_node *first, ...) {
  va_list ap;
  jc_node *t = first, *n;
  va_start(ap, first);
  while ((n = va_arg(ap, jc_node *)) != NULL) {
    t->next = n;
    t = n;
  }
  va_end(ap);
  return first;
}
static jc_node *STMT(jc_node *e) { return N(JC_EXPR_STMT, e, NULL, NULL); }
static jc_node *FN(jc_node *id, jc_node *params, jc_node *body) {
  return N(JC_FUNCTION, id, params, body ? body : N(JC_BLOCK, 0, 0, 0));
}
static jc_node *pre_dec(jc_node *a) {
  jc_node *n = OP(JC_UPDATE, JC_OP_DEC, a, NULL);
  n->flags |= JC_F_PREFIX;
  return n;
}
static jc_node *AT(jc_node *n, uint32_t line) {
  n->line = line;
  return n;
}

/* Prints a program of the given statements; the text stays valid until
 * the next call. */
static const char *print_stmts(jc_node *body) {
  size_t len;
  free(print_last);
  ctx->program = N(JC_PROGRAM, body, NULL, NULL);
  print_last = jc_print(ctx, &len);
  assert_non_null(print_last);
  assert_int_equal(strlen(print_last), len);
  return print_last;
}
static const char *print_expr(jc_node *e) { return print_stmts(STMT(e)); }

static void test_precedence(void **state) {
  (void)state;
  assert_string_equal(
      print_expr(OP(JC_BINARY, JC_OP_MUL,
                    OP(JC_BINARY, JC_OP_ADD, ID("a"), ID("b")), ID("c"))),
      "(a + b) * c;");
  assert_string_equal(
      print_expr(OP(JC_BINARY, JC_OP_SUB, ID("a"),
                    OP(JC_BINARY, JC_OP_SUB, ID("b"), ID("c")))),
      "a - (b - c);");
  assert_string_equal(
      print_expr(OP(JC_BINARY, JC_OP_SUB,
                    OP(JC_BINARY, JC_OP_SUB, ID("a"), ID("b")), ID("c"))),
      "a - b - c;");
  /* ** is right-associative and takes no unary operand on its left */
  assert_string_equal(
      print_expr(OP(JC_BINARY, JC_OP_EXP,
                    OP(JC_UNARY, JC_OP_NEG, ID("x"), NULL), NUM(2))),
      "(-x) ** 2;");
  assert_string_equal(
      print_expr(OP(JC_BINARY, JC_OP_EXP,
                    OP(JC_BINARY, JC_OP_EXP, ID("a"), ID("b")), ID("c"))),
      "(a ** b) ** c;");
  assert_string_equal(
      print_expr(OP(JC_BINARY, JC_OP_EXP, ID("a"),
                    OP(JC_BINARY, JC_OP_EXP, ID("b"), ID("c")))),
      "a ** b ** c;");
  /* ?? does not mix with || and && without parens */
  assert_string_equal(
      print_expr(OP(JC_LOGICAL, JC_OP_OR,
                    OP(JC_LOGICAL, JC_OP_NULLISH, ID("a"), ID("b")), ID("c"))),
      "(a ?? b) || c;");
  assert_string_equal(
      print_expr(OP(JC_LOGICAL, JC_OP_NULLISH,
                    OP(JC_LOGICAL, JC_OP_AND, ID("a"), ID("b")), ID("c"))),
      "(a && b) ?? c;");
  /* - -x, + +x, a - -1 */
  assert_string_equal(
      print_expr(OP(JC_UNARY, JC_OP_NEG, OP(JC_UNARY, JC_OP_NEG, ID("x"), NULL),
                    NULL)),
      "- -x;");
  assert_string_equal(print_expr(OP(JC_BINARY, JC_OP_ADD, ID("a"),
                                    OP(JC_UNARY, JC_OP_POS, ID("b"), NULL))),
                      "a + +b;");
  assert_string_equal(print_expr(OP(JC_BINARY, JC_OP_SUB, ID("a"), NUM(-1))),
                      "a - -1;");
  assert_string_equal(print_expr(OP(JC_UNARY, JC_OP_TYPEOF, ID("a"), NULL)),
                      "typeof a;");
  /* sequences in arguments and conditional branches */
  assert_string_equal(
      print_expr(CALL(ID("f"),
                      LIST(N(JC_SEQ, LIST(ID("a"), ID("b"), NULL), NULL, NULL),
                           ID("c"), NULL))),
      "f((a, b), c);");
  assert_string_equal(
      print_expr(N(JC_COND, ID("a"),
                   N(JC_SEQ, LIST(ID("b"), ID("c"), NULL), NULL, NULL),
                   ID("d"))),
      "a ? (b, c) : d;");
  assert_string_equal(
      print_expr(N(JC_COND, N(JC_COND, ID("a"), ID("b"), ID("c")), ID("d"),
                   N(JC_COND, ID("e"), ID("f"), ID("g")))),
      "(a ? b : c) ? d : e ? f : g;");
  /* assignment in a binary operand, chained assignment */
  assert_string_equal(
      print_expr(OP(JC_BINARY, JC_OP_ADD,
                    OP(JC_ASSIGN, JC_OP_ASSIGN, ID("a"), ID("b")), ID("c"))),
      "(a = b) + c;");
  assert_string_equal(
      print_expr(OP(JC_ASSIGN, JC_OP_ASSIGN, ID("a"),
                    OP(JC_ASSIGN, JC_OP_ADD, ID("b"), ID("c")))),
      "a = b += c;");
  /* the operand of typeof is a unary expression */
  assert_string_equal(
      print_expr(OP(JC_UNARY, JC_OP_TYPEOF,
                    OP(JC_BINARY, JC_OP_ADD, ID("a"), ID("b")), NULL)),
      "typeof (a + b);");
  /* a < !--b is not an HTML comment */
  assert_string_equal(
      print_expr(OP(JC_BINARY, JC_OP_LT, ID("a"),
                    OP(JC_UNARY, JC_OP_NOT, pre_dec(ID("b")), NULL))),
      "a < !--b;");
}

static void test_new_and_calls(void **state) {
  jc_node *n;
  (void)state;
  /* new (a())() vs new a()() */
  n = N(JC_NEW, CALL(ID("a"), NULL), NULL, NULL);
  n->flags |= JC_F_PARENS_ARGS;
  assert_string_equal(print_expr(n), "new (a())();");
  n = N(JC_NEW, ID("a"), NULL, NULL);
  n->flags |= JC_F_PARENS_ARGS;
  assert_string_equal(print_expr(CALL(n, NULL)), "new a()();");
  /* a call deep in the callee's member chain */
  n = N(JC_NEW, DOT(CALL(DOT(ID("a"), "b"), NULL), "c"), LIST(ID("x"), NULL),
        NULL);
  assert_string_equal(print_expr(n), "new (a.b().c)(x);");
  /* (new a).b, (new a)() */
  assert_string_equal(print_expr(DOT(N(JC_NEW, ID("a"), NULL, NULL), "b")),
                      "(new a).b;");
  assert_string_equal(print_expr(CALL(N(JC_NEW, ID("a"), NULL, NULL), NULL)),
                      "(new a)();");
  /* members of numbers */
  assert_string_equal(print_expr(CALL(DOT(NUM(1), "toString"), NULL)),
                      "1 .toString();");
  assert_string_equal(print_expr(DOT(NUM(1.5), "x")), "1.5.x;");
  assert_string_equal(print_expr(DOT(NUM(-1), "x")), "(-1).x;");
  /* an optional chain continued after its end: (a?.b).c */
  n = DOT(ID("a"), "b");
  n->flags |= JC_F_OPTIONAL;
  assert_string_equal(print_expr(DOT(N(JC_CHAIN, n, NULL, NULL), "c")),
                      "(a?.b).c;");
  /* the callee of a call may be any member or call; an arrow is not */
  assert_string_equal(print_expr(CALL(CALL(ID("f"), NULL), NULL)), "f()();");
  n = FN(NULL, NULL, NULL);
  n->flags |= JC_F_ARROW;
  assert_string_equal(print_expr(CALL(n, NULL)), "(() => {})();");
}

static void test_statement_starts(void **state) {
  jc_node *n, *o;
  (void)state;
  /* function, class, object at the start of a statement */
  assert_string_equal(print_expr(CALL(DOT(FN(NULL, NULL, NULL), "call"),
                                      LIST(N(JC_THIS, 0, 0, 0), NULL))),
                      "(function() {}).call(this);");
  assert_string_equal(print_expr(FN(ID("f"), NULL, NULL)),
                      "(function f() {});");
  assert_string_equal(print_expr(N(JC_CLASS, NULL, NULL, NULL)), "(class {});");
  o = N(JC_OBJECT, NULL, NULL, NULL);
  assert_string_equal(print_expr(DOT(o, "x")), "({}).x;");
  assert_string_equal(print_expr(OP(JC_ASSIGN, JC_OP_ASSIGN,
                                    N(JC_OBJECT_PATTERN, 0, 0, 0), ID("b"))),
                      "({} = b);");
  assert_string_equal(
      print_expr(N(JC_SEQ, LIST(FN(NULL, NULL, NULL), ID("a"), NULL), 0, 0)),
      "(function() {}), a;");
  /* not at the start: no parens */
  assert_string_equal(print_expr(OP(JC_ASSIGN, JC_OP_ASSIGN, ID("x"),
                                    CALL(FN(NULL, NULL, NULL), NULL))),
                      "x = function() {}();");
  /* an object as an arrow's expression body */
  n = FN(NULL, NULL, N(JC_OBJECT, NULL, NULL, NULL));
  n->flags |= JC_F_ARROW | JC_F_EXPR_BODY;
  assert_string_equal(print_expr(OP(JC_ASSIGN, JC_OP_ASSIGN, ID("f"), n)),
                      "f = () => ({});");
  /* `in` in a for head, also inside a nested operand */
  n = N(JC_VAR,
        N(JC_DECLARATOR, ID("x"),
          OP(JC_BINARY, JC_OP_ADD, ID("c"),
             OP(JC_BINARY, JC_OP_IN, ID("a"), ID("b"))),
          NULL),
        NULL, NULL);
  n->op = JC_DECL_VAR;
  o = N(JC_FOR, n, NULL, NULL);
  o->d = N(JC_EMPTY, 0, 0, 0);
  assert_string_equal(print_stmts(o), "for (var x = c + (a in b);;) ;");
  /* but not inside brackets */
  n->a->b = N(JC_ARRAY, OP(JC_BINARY, JC_OP_IN, ID("a"), ID("b")), 0, 0);
  assert_string_equal(print_stmts(o), "for (var x = [a in b];;) ;");
}

/* (let)[0]: a statement cannot start with `let [` */
static void test_let_member(void **state) {
  jc_node *m = N(JC_MEMBER, ID("let"), NUM(0), NULL);
  (void)state;
  m->flags |= JC_F_COMPUTED;
  assert_string_equal(print_expr(m), "(let)[0];");
}

static void test_statements(void **state) {
  jc_node *n, *inner;
  (void)state;
  /* dangling else: the inner if gets braces */
  inner = N(JC_IF, ID("b"), STMT(CALL(ID("s"), NULL)), NULL);
  n = N(JC_IF, ID("a"), inner, STMT(CALL(ID("t"), NULL)));
  assert_string_equal(print_stmts(n), "if (a) {if (b) s();} else t();");
  /* holes keep the length */
  assert_string_equal(
      print_expr(N(JC_ARRAY, LIST(ID("a"), N(JC_HOLE, 0, 0, 0), NULL), 0, 0)),
      "[a,,];");
  assert_string_equal(
      print_expr(N(JC_ARRAY, LIST(N(JC_HOLE, 0, 0, 0), ID("a"), NULL), 0, 0)),
      "[,a];");
  /* labels, break, do-while, try */
  n = N(JC_LABELED, N(JC_DO_WHILE, N(JC_BREAK, 0, 0, 0), ID("x"), 0), 0, 0);
  n->atom = jc_atom_lit(ctx, "L");
  n->a->a->atom = n->atom;
  assert_string_equal(print_stmts(n), "L: do break L; while (x);");
  n = N(JC_TRY, N(JC_BLOCK, 0, 0, 0),
        N(JC_CATCH, ID("e"), N(JC_BLOCK, 0, 0, 0), 0), N(JC_BLOCK, 0, 0, 0));
  assert_string_equal(print_stmts(n), "try {} catch (e) {} finally {}");
  /* every statement ends with ; so the next cannot glue on */
  assert_string_equal(
      print_stmts(LIST(STMT(ID("a")), STMT(N(JC_ARRAY, ID("b"), 0, 0)), NULL)),
      "a; [b];");
}

static void test_lines(void **state) {
  jc_node *r, *s;
  (void)state;
  /* statements go to their lines */
  assert_string_equal(print_stmts(LIST(AT(STMT(AT(ID("a"), 1)), 1),
                                       AT(STMT(AT(ID("b"), 3)), 3), NULL)),
                      "a;\n\nb;");
  /* return's argument on a later line: opened paren on return's line */
  r = AT(N(JC_RETURN,
           AT(OP(JC_BINARY, JC_OP_ADD, AT(ID("x"), 3), AT(ID("y"), 4)), 3), 0,
           0),
         1);
  assert_string_equal(print_stmts(r), "return (\n\nx +\ny);");
  r = AT(N(JC_THROW, AT(ID("e"), 2), 0, 0), 1);
  assert_string_equal(print_stmts(r), "throw (\ne);");
  /* a synthetic argument whose first token sits lower than itself */
  r = AT(N(JC_RETURN, AT(CALL(AT(ID("f"), 2), NULL), 1), 0, 0), 1);
  assert_string_equal(print_stmts(r), "return (\nf());");
  /* on the same line: no paren */
  r = AT(N(JC_RETURN, AT(ID("x"), 1), 0, 0), 1);
  assert_string_equal(print_stmts(r), "return x;");
  /* postfix ++ stays on its operand's line */
  s = AT(STMT(AT(OP(JC_UPDATE, JC_OP_INC, AT(ID("i"), 2), 0), 2)), 2);
  assert_string_equal(print_stmts(s), "\ni++;");
  /* arguments and members move to their lines */
  s = AT(STMT(AT(CALL(AT(DOT(AT(ID("a"), 1), "b"), 1),
                      LIST(AT(ID("c"), 2), AT(ID("d"), 3), NULL)),
                 1)),
         1);
  s->a->a->b->line = 1;
  assert_string_equal(print_stmts(s), "a.b(\nc,\nd);");
  /* a method's name stays on its modifier's line */
  {
    jc_node *fn = FN(NULL, NULL, NULL), *p;
    fn->flags |= JC_F_METHOD;
    p = AT(N(JC_PROPERTY, AT(ID("x"), 3), fn, NULL), 2);
    p->op = JC_P_GET;
    s = AT(STMT(AT(OP(JC_ASSIGN, JC_OP_ASSIGN, ID("o"),
                      AT(N(JC_OBJECT, p, 0, 0), 1)),
                   1)),
           1);
    assert_string_equal(print_stmts(s), "o = {\nget x() {}};");
  }
}

static void test_literals(void **state) {
  jc_node *n;
  static const char s1[] = "a\"b\\c\n\t\x01\xe2\x80\xa8\xed\xa0\x80\xc3\xa9";
  (void)state;
  assert_string_equal(print_expr(STR(s1, sizeof s1 - 1)),
                      "\"a\\\"b\\\\c\\n\\t\\x01\\u2028\\uD800\xc3\xa9\";");
  assert_string_equal(print_expr(NUM(0.1)), "0.1;");
  assert_string_equal(print_expr(NUM(1e21)), "1e+21;");
  assert_string_equal(print_expr(NUM(123456789012)), "123456789012;");
  assert_string_equal(print_expr(NUM(1e-7)), "1e-07;");
  assert_string_equal(print_expr(NUM(5e-324)), "4.94065645841247e-324;");
  assert_string_equal(print_expr(NUM(0.1 + 0.2)), "0.30000000000000004;");
  assert_string_equal(print_expr(NUM(-0.0)), "-0;");
  assert_string_equal(print_expr(NUM(NAN)), "(0 / 0);");
  assert_string_equal(print_expr(NUM(-INFINITY)), "(-1 / 0);");
  assert_string_equal(print_expr(OP(JC_UNARY, JC_OP_NEG, NUM(-2), NULL)),
                      "- -2;");
  /* source literals print as written */
  n = N(JC_NUM, NULL, NULL, NULL);
  n->mark = 0;
  n->u.num = 255;
  n->raw.p = "0xff";
  n->raw.len = 4;
  assert_string_equal(print_expr(DOT(n, "x")), "0xff.x;");
  n = N(JC_STR, NULL, NULL, NULL);
  n->mark = 0;
  n->raw.p = "'it\\'s'";
  n->raw.len = 7;
  assert_string_equal(print_expr(n), "'it\\'s';");
  /* raw text, renamed bindings */
  assert_string_equal(print_expr(CALL(jc_raw(ctx, "__jsrt.x", NULL), NULL)),
                      "__jsrt.x();");
  {
    jc_binding b;
    memset(&b, 0, sizeof b);
    b.name = jc_atom_lit(ctx, "a");
    b.out = jc_atom_lit(ctx, "_a2");
    n = ID("a");
    n->u.binding = &b;
    assert_string_equal(print_expr(n), "_a2;");
  }
}

static void test_verbatim(void **state) {
  static const char src[] = "x = /* kept */ 1 +\n  2 // end\n";
  jc_node *e, *s;
  (void)state;
  ctx->src = src;
  ctx->len = sizeof src - 1;
  e = N(JC_BINARY, NULL, NULL, NULL);
  e->mark = JC_MK_VERBATIM;
  e->op = JC_OP_ADD;
  e->start = 15;
  e->end = 22;
  e->line = 1;
  s = STMT(OP(JC_BINARY, JC_OP_MUL, ID("y"), e));
  /* copied byte for byte, parenthesized by precedence */
  assert_string_equal(print_stmts(LIST(s, AT(STMT(AT(ID("z"), 3)), 3), NULL)),
                      "y * (1 +\n  2);\nz;");
  ctx->src = "";
  ctx->len = 0;
}

static void test_modern_forms(void **state) {
  jc_node *f, *t, *q1, *q2;
  (void)state;
  /* arrows, spread, templates, classes print back as they were written */
  f = FN(NULL, LIST(ID("a"), N(JC_REST, ID("b"), 0, 0), NULL),
         OP(JC_BINARY, JC_OP_ADD, ID("a"), ID("b")));
  f->flags |= JC_F_ARROW | JC_F_EXPR_BODY | JC_F_ASYNC;
  assert_string_equal(print_expr(OP(JC_ASSIGN, JC_OP_ASSIGN, ID("f"), f)),
                      "f = async (a, ...b) => a + b;");
  q1 = N(JC_TEMPLATE_ELEM, 0, 0, 0);
  q1->raw.p = "a\\n";
  q1->raw.len = 3;
  q2 = N(JC_TEMPLATE_ELEM, 0, 0, 0);
  q2->atom = jc_atom_lit(ctx, "`${");
  q1->next = q2;
  t = N(JC_TEMPLATE, q1, ID("x"), NULL);
  assert_string_equal(print_expr(N(JC_TAGGED_TEMPLATE, ID("tag"), t, 0)),
                      "tag`a\\n${x}\\`\\${`;");
  {
    jc_node *m = N(JC_METHOD, ID("m"), FN(NULL, NULL, NULL), NULL), *c;
    jc_node *fld = N(JC_FIELD, N(JC_PRIVATE_NAME, 0, 0, 0), NUM(1), NULL);
    m->op = JC_M_METHOD;
    m->flags |= JC_F_STATIC;
    m->b->flags |= JC_F_GENERATOR;
    fld->a->atom = jc_atom_lit(ctx, "p");
    m->next = fld;
    c = N(JC_CLASS, ID("C"), ID("B"), m);
    c->flags |= JC_F_DECL;
    assert_string_equal(print_stmts(c),
                        "class C extends B {static *m() {}#p = 1;}");
  }
}

/* A left-nested chain of 100000 additions prints without recursing. */
static void test_long_chain(void **state) {
  jc_node *e = ID("a");
  const char *out;
  int i;
  (void)state;
  for (i = 0; i < 100000; i++)
    e = OP(JC_BINARY, JC_OP_ADD, e, ID("b"));
  out = print_expr(e);
  assert_int_equal(strlen(out), 1 + 100000 * 4 + 1);
}

/* ---- the round trip over the glue ---- */

static int rt_failures;

static char *rt_read(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf;
  long n;
  if (f == NULL)
    return NULL;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = malloc((size_t)n + 1);
  if (fread(buf, 1, (size_t)n, f) != (size_t)n) {
    fclose(f);
    free(buf);
    return NULL;
  }
  buf[n] = 0;
  fclose(f);
  *len = (size_t)n;
  return buf;
}

static int rt_idstart(int ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' ||
         ch == '$';
}
static int rt_idpart(int ch) {
  return rt_idstart(ch) || (ch >= '0' && ch <= '9');
}

/* Keywords that belong to no node of their own, so they may move to the
 * line before (`}\nelse` prints as `} else`). */
static int rt_floating(const char *s, size_t n) {
  static const char *const words[] = {"else",    "catch", "finally",
                                      "while",   "in",    "instanceof",
                                      "extends", "of",    NULL};
  int i;
  for (i = 0; words[i] != NULL; i++)
    if (strlen(words[i]) == n && memcmp(words[i], s, n) == 0)
      return 1;
  return 0;
}

/* Crude lexer: per line, the identifiers and keywords outside comments,
 * strings and regexps, written as "line:word\n" into out. */
static void rt_words(const char *s, size_t len, char *out, size_t cap) {
  size_t i = 0, o = 0;
  unsigned line = 1;
  int regex_ok = 1;
  out[0] = 0;
  while (i < len) {
    unsigned char ch = (unsigned char)s[i];
    if (ch == '\n') {
      line++;
      i++;
    } else if (ch == ' ' || ch == '\t' || ch == '\r') {
      i++;
    } else if (ch == '/' && i + 1 < len && s[i + 1] == '/') {
      while (i < len && s[i] != '\n')
        i++;
    } else if (ch == '/' && i + 1 < len && s[i + 1] == '*') {
      i += 2;
      while (i + 1 < len && !(s[i] == '*' && s[i + 1] == '/')) {
        if (s[i] == '\n')
          line++;
        i++;
      }
      i += 2;
    } else if (ch == '"' || ch == '\'' || (ch == '/' && regex_ok)) {
      int in_class = 0;
      i++;
      while (i < len && (s[i] != (char)ch || in_class) && s[i] != '\n') {
        if (s[i] == '\\') {
          if (i + 1 < len && s[i + 1] == '\n')
            line++;
          i++;
        } else if (ch == '/' && s[i] == '[')
          in_class = 1;
        else if (ch == '/' && s[i] == ']')
          in_class = 0;
        i++;
      }
      i++;
      if (ch == '/')
        while (i < len && rt_idpart((unsigned char)s[i]))
          i++;
      regex_ok = 0;
    } else if (rt_idstart(ch)) {
      size_t j = i;
      while (j < len && rt_idpart((unsigned char)s[j]))
        j++;
      if (!rt_floating(s + i, j - i) && o + (j - i) + 16 < cap)
        o += (size_t)snprintf(out + o, cap - o, "%u:%.*s\n", line, (int)(j - i),
                              s + i);
      regex_ok = (j - i == 6 && memcmp(s + i, "return", 6) == 0) ||
                 (j - i == 6 && memcmp(s + i, "typeof", 6) == 0) ||
                 (j - i == 4 && memcmp(s + i, "case", 4) == 0) ||
                 (j - i == 2 && memcmp(s + i, "in", 2) == 0) ||
                 (j - i == 5 && memcmp(s + i, "throw", 5) == 0);
      i = j;
    } else if (ch >= '0' && ch <= '9') {
      while (i < len && (rt_idpart((unsigned char)s[i]) || s[i] == '.'))
        i++;
      regex_ok = 0;
    } else {
      regex_ok = !(ch == ')' || ch == ']' || ch == '}');
      i++;
    }
  }
}

static int rt_compile(const char *src, size_t len, jsc_result *res) {
  jsc_options opt;
  memset(&opt, 0, sizeof opt);
  opt.goal = JSC_GOAL_SCRIPT;
  opt.flags = JSC_FORCE;
  return jsc_compile(src, len, &opt, res);
}

/* Parse + print with no traversal in between: nothing is marked
 * verbatim, every node prints structurally. The result is malloc'ed. */
static char *rt_structural(const char *src, size_t len, size_t *out_len) {
  jc_ctx c;
  char *out = NULL;
  memset(&c, 0, sizeof c);
  c.opt = &ctx_opt;
  c.src = src;
  c.len = len;
  c.max_depth = 1000;
  memset(&ctx_opt, 0, sizeof ctx_opt);
  if (jc_parse(&c) == JSC_OK)
    out = jc_print(&c, out_len);
  else
    printf("parse failed: %u:%u %s\n", c.err_line, c.err_col, c.err_msg);
  jc_arena_free(&c);
  return out;
}

static void rt_file(duk_context *duk, const char *path) {
  size_t len;
  char *src = rt_read(path, &len), *w1, *w2, *s1, *s2;
  size_t n1, n2;
  jsc_result r1;
  if (src == NULL)
    return;
  if (rt_compile(src, len, &r1) != JSC_OK || r1.code == NULL) {
    printf("%s: compile failed: %d %u:%u %s\n", path, r1.status, r1.line,
           r1.column, r1.message);
    rt_failures++;
    free(src);
    return;
  }
  /* the whole compile (verbatim copies where nothing changed) runs */
  duk_push_string(duk, path);
  if (duk_pcompile_lstring_filename(duk, 0, r1.code, r1.len) != 0) {
    printf("%s: output does not compile: %s\n", path,
           duk_safe_to_string(duk, -1));
    rt_failures++;
  }
  duk_pop(duk);
  jsc_result_free(NULL, &r1);
  /* the rest on the structural print */
  s1 = rt_structural(src, len, &n1);
  if (s1 == NULL) {
    printf("%s: structural print failed\n", path);
    rt_failures++;
    free(src);
    return;
  }
  r1.code = s1;
  r1.len = n1;
  /* (a) Duktape compiles it */
  duk_push_string(duk, path);
  if (duk_pcompile_lstring_filename(duk, 0, r1.code, r1.len) != 0) {
    printf("%s: output does not compile: %s\n", path,
           duk_safe_to_string(duk, -1));
    rt_failures++;
  }
  duk_pop(duk);
  /* (b) the same identifiers on every line */
  w1 = malloc(len * 2 + 64);
  w2 = malloc(len * 2 + 64);
  rt_words(src, len, w1, len * 2 + 64);
  rt_words(r1.code, r1.len, w2, len * 2 + 64);
  if (strcmp(w1, w2) != 0) {
    size_t k = 0;
    while (w1[k] == w2[k])
      k++;
    while (k > 0 && w1[k - 1] != '\n')
      k--;
    printf("%s: identifiers moved: source has\n%.80s\noutput has\n%.80s\n",
           path, w1 + k, w2 + k);
    rt_failures++;
  }
  free(w1);
  free(w2);
  /* (c) printing is idempotent */
  s2 = rt_structural(r1.code, r1.len, &n2);
  if (s2 == NULL || n2 != n1 || memcmp(s1, s2, n1) != 0) {
    printf("%s: the printed program prints differently\n", path);
    rt_failures++;
  }
  free(s1);
  free(s2);
  free(src);
}

static int rt_walk(duk_context *duk, const char *dir) {
  DIR *d = opendir(dir);
  struct dirent *e;
  int files = 0;
  if (d == NULL)
    return 0;
  while ((e = readdir(d)) != NULL) {
    char path[1024];
    struct stat st;
    size_t n = strlen(e->d_name);
    if (e->d_name[0] == '.')
      continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if (stat(path, &st) != 0)
      continue;
    if (S_ISDIR(st.st_mode))
      files += rt_walk(duk, path);
    else if (n > 3 && strcmp(e->d_name + n - 3, ".js") == 0) {
      rt_file(duk, path);
      files++;
    }
  }
  closedir(d);
  return files;
}

static void test_glue_round_trip(void **state) {
  duk_context *duk = duk_create_heap_default();
  int files;
  (void)state;
  files = rt_walk(duk, "src/js");
  duk_destroy_heap(duk);
  assert_true(files > 10);
  assert_int_equal(rt_failures, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_precedence, ctx_setup, ctx_teardown),
      cmocka_unit_test_setup_teardown(test_new_and_calls, ctx_setup,
                                      ctx_teardown),
      cmocka_unit_test_setup_teardown(test_statement_starts, ctx_setup,
                                      ctx_teardown),
      cmocka_unit_test_setup_teardown(test_let_member, ctx_setup, ctx_teardown),
      cmocka_unit_test_setup_teardown(test_statements, ctx_setup, ctx_teardown),
      cmocka_unit_test_setup_teardown(test_lines, ctx_setup, ctx_teardown),
      cmocka_unit_test_setup_teardown(test_literals, ctx_setup, ctx_teardown),
      cmocka_unit_test_setup_teardown(test_verbatim, ctx_setup, ctx_teardown),
      cmocka_unit_test_setup_teardown(test_modern_forms, ctx_setup,
                                      ctx_teardown),
      cmocka_unit_test_setup_teardown(test_long_chain, ctx_setup, ctx_teardown),
      cmocka_unit_test(test_glue_round_trip),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

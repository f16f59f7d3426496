/*
 * test_compiler_parse.c - the compiler's front end (src/compiler/lex.c,
 * parse.c, ast_dump.c): the AST of modern snippets (as jc_dump prints it),
 * the feature bits, syntax errors with V8's words at the offending token,
 * the ES5 glue of src/js parsing to no features at all, and robustness:
 * nesting bombs give a SyntaxError on a 1 MB stack, every prefix of a
 * modern file fails cleanly, the interrupt callback stops the parse.
 */
#include <ftw.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#include "compiler/ast.h"

typedef struct parsed {
  jc_ctx c;
  jsc_options opt;
} parsed;

static int parse_opt(parsed *p, const char *src, size_t len, int goal,
                     unsigned flags) {
  memset(p, 0, sizeof *p);
  p->opt.goal = goal;
  p->opt.flags = flags;
  p->c.opt = &p->opt;
  p->c.src = src;
  p->c.len = len;
  p->c.max_depth = 1000;
  return jc_parse(&p->c);
}

static int parse(parsed *p, const char *src) {
  return parse_opt(p, src, strlen(src), JSC_GOAL_SCRIPT, 0);
}

/* jc_dump of the program's first statement (or the program) as a string
 * (malloc'ed). */
static char *dump_of(parsed *p, int whole) {
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  assert_non_null(f);
  jc_dump(&p->c, whole ? p->c.program : p->c.program->a, f);
  fclose(f);
  return buf;
}

static void expect_dump(const char *src, const char *want) {
  parsed p;
  char *got;
  if (parse(&p, src) != JSC_OK)
    fail_msg("%s: %s", src, p.c.err_msg);
  got = dump_of(&p, 0);
  if (strcmp(got, want) != 0)
    fail_msg("%s\n--- got:\n%s--- want:\n%s", src, got, want);
  free(got);
  jc_arena_free(&p.c);
}

static void test_ast_of_modern_snippets(void **state) {
  (void)state;
  expect_dump("let {a, b: [c = 1]} = o;",
              "(VAR 1:0 let !\n"
              "  (DECLARATOR 1:4 +\n"
              "    (OBJECT_PATTERN 1:4 !\n"
              "      [\n"
              "        (PROPERTY 1:5 init shorthand\n"
              "          (IDENT 1:5 a)\n"
              "          (IDENT 1:5 a)\n"
              "        )\n"
              "        (PROPERTY 1:8 init +\n"
              "          (IDENT 1:8 b)\n"
              "          (ARRAY_PATTERN 1:11 !\n"
              "            (ASSIGN_PAT 1:12 !\n"
              "              (IDENT 1:12 c)\n"
              "              (NUM 1:16 1)\n"
              "            )\n"
              "          )\n"
              "        )\n"
              "      ]\n"
              "    )\n"
              "    (IDENT 1:22 o)\n"
              "  )\n"
              ")\n");
  expect_dump("(a, ...b) => a;", "(EXPR_STMT 1:0 +\n"
                                 "  (FUNCTION 1:0 arrow expr-body !\n"
                                 "    -\n"
                                 "    [\n"
                                 "      (IDENT 1:1 a)\n"
                                 "      (REST 1:4 !\n"
                                 "        (IDENT 1:7 b)\n"
                                 "      )\n"
                                 "    ]\n"
                                 "    (IDENT 1:13 a)\n"
                                 "  )\n"
                                 ")\n");
  expect_dump("a?.b.c ?? d;", "(EXPR_STMT 1:0 +\n"
                              "  (LOGICAL 1:0 ?? !\n"
                              "    (CHAIN 1:0 !\n"
                              "      (MEMBER 1:0 +\n"
                              "        (MEMBER 1:0 optional !\n"
                              "          (IDENT 1:0 a)\n"
                              "          (IDENT 1:3 b)\n"
                              "        )\n"
                              "        (IDENT 1:5 c)\n"
                              "      )\n"
                              "    )\n"
                              "    (IDENT 1:10 d)\n"
                              "  )\n"
                              ")\n");
  expect_dump("x = `a${b}\\n`;", "(EXPR_STMT 1:0 +\n"
                                 "  (ASSIGN 1:0 = +\n"
                                 "    (IDENT 1:0 x)\n"
                                 "    (TEMPLATE 1:4 !\n"
                                 "      [\n"
                                 "        (TEMPLATE_ELEM 1:5 \"a\" raw \"a\")\n"
                                 "        (TEMPLATE_ELEM 1:10 \"\\n\" raw "
                                 "\"\\\\n\")\n"
                                 "      ]\n"
                                 "      (IDENT 1:8 b)\n"
                                 "    )\n"
                                 "  )\n"
                                 ")\n");
  expect_dump("class A extends B { static #x = 1; get y() {} }",
              "(CLASS 1:0 decl !\n"
              "  (IDENT 1:6 A)\n"
              "  (IDENT 1:16 B)\n"
              "  [\n"
              "    (FIELD 1:20 static !\n"
              "      (PRIVATE_NAME 1:27 ! x)\n"
              "      (NUM 1:32 1)\n"
              "    )\n"
              "    (METHOD 1:35 get !\n"
              "      (IDENT 1:39 y)\n"
              "      (FUNCTION 1:40 strict method simple\n"
              "        -\n"
              "        -\n"
              "        (BLOCK 1:43)\n"
              "      )\n"
              "    )\n"
              "  ]\n"
              ")\n");
  /* regexp where an expression starts, division elsewhere */
  expect_dump("a = b / c / /d/g;", "(EXPR_STMT 1:0\n"
                                   "  (ASSIGN 1:0 =\n"
                                   "    (IDENT 1:0 a)\n"
                                   "    (BINARY 1:4 /\n"
                                   "      (BINARY 1:4 /\n"
                                   "        (IDENT 1:4 b)\n"
                                   "        (IDENT 1:8 c)\n"
                                   "      )\n"
                                   "      (REGEXP 1:12 /d/g)\n"
                                   "    )\n"
                                   "  )\n"
                                   ")\n");
  /* `? .5` is a conditional, `?.` a chain */
  expect_dump("a ? .5 : b;", "(EXPR_STMT 1:0\n"
                             "  (COND 1:0\n"
                             "    (IDENT 1:0 a)\n"
                             "    (NUM 1:4 0.5)\n"
                             "    (IDENT 1:9 b)\n"
                             "  )\n"
                             ")\n");
}

typedef struct feat_case {
  const char *src;
  unsigned want;
} feat_case;

static void test_feature_bits(void **state) {
  static const feat_case cases[] = {
      {"var a = 1; function f(x) { return x ? a : [1, 2]; }", 0},
      {"var o = { get a() { return 1; }, set a(v) {}, 'b': 2, 3: 4 };", 0},
      {"var s = '\\u0041\\x41\\101'; var n = 0x1F + 017 + 1e3;", 0},
      {"label: for (;;) { break label; }", 0},
      {"eval('1')", JC_FEAT_DIRECT_EVAL},
      {"(0, eval)('1')", 0},
      {"let a = 1", JC_FEAT_BLOCK_SCOPE},
      {"var f = x => x", JC_FEAT_ARROW},
      {"class A {}", JC_FEAT_CLASS | JC_FEAT_BLOCK_SCOPE},
      {"`a`", JC_FEAT_TEMPLATE},
      {"var [a] = b", JC_FEAT_DESTRUCT},
      {"function f(a = 1) {}", JC_FEAT_PARAMS},
      {"function f(...a) {}", JC_FEAT_PARAMS},
      {"f(...a)", JC_FEAT_SPREAD},
      {"var o = {a}", JC_FEAT_OBJECT},
      {"var o = {[a]: 1}", JC_FEAT_OBJECT},
      {"var o = {a() {}}", JC_FEAT_OBJECT},
      {"for (var x of y);", JC_FEAT_FOR_OF},
      {"a?.b", JC_FEAT_OPTCHAIN},
      {"a ?? b", JC_FEAT_NULLISH},
      {"a ||= b", JC_FEAT_LOGICAL_ASSIGN},
      {"a ** b", JC_FEAT_EXP},
      {"0b1", JC_FEAT_LITERALS},
      {"0o7", JC_FEAT_LITERALS},
      {"1_000", JC_FEAT_LITERALS},
      {"'\\u{41}'", JC_FEAT_LITERALS},
      {"/a/y", JC_FEAT_REGEXP},
      {"/(?<n>a)/", JC_FEAT_REGEXP},
      {"function f() { new.target }", JC_FEAT_NEW_TARGET},
      {"try {} catch {}", JC_FEAT_OPT_CATCH},
      {"function* g() { yield 1 }", JC_FEAT_GENERATOR},
      {"async function f() { await 1 }", JC_FEAT_ASYNC},
      {"import('x')", JC_FEAT_MODULE},
      {"class A { #x; m() { return #x in this } }",
       JC_FEAT_CLASS | JC_FEAT_BLOCK_SCOPE | JC_FEAT_PRIVATE},
      {"if (a) { function f() {} }", JC_FEAT_FN_IN_BLOCK},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof *cases; i++) {
    parsed p;
    if (parse(&p, cases[i].src) != JSC_OK)
      fail_msg("%s: %s", cases[i].src, p.c.err_msg);
    if (p.c.features != cases[i].want)
      fail_msg("%s: features 0x%x, want 0x%x", cases[i].src, p.c.features,
               cases[i].want);
    /* an ES5 program is clean all the way down */
    if (cases[i].want == 0 || cases[i].want == JC_FEAT_DIRECT_EVAL)
      assert_int_equal(p.c.program->mark & JC_MK_HAS_MODERN, 0);
    else
      assert_int_not_equal(p.c.program->mark & JC_MK_HAS_MODERN, 0);
    jc_arena_free(&p.c);
  }
}

typedef struct err_case {
  const char *src;
  int goal;
  unsigned line, col;
  const char *msg;
} err_case;

static void test_syntax_errors(void **state) {
  static const err_case cases[] = {
      {"x = }", 0, 1, 5, "Unexpected token '}'"},
      {"var a = 1 +", 0, 1, 12, "Unexpected end of input"},
      {"a b", 0, 1, 3, "Unexpected identifier 'b'"},
      {"a 'b'", 0, 1, 3, "Unexpected string"},
      {"a 1", 0, 1, 3, "Unexpected number"},
      {"x = 'abc", 0, 1, 5, "Invalid or unexpected token"},
      {"x = 1\n@", 0, 2, 1, "Invalid or unexpected token"},
      {"const a;", 0, 1, 8, "Missing initializer in const declaration"},
      {"let a;\nlet a;", 0, 2, 5, "Identifier 'a' has already been declared"},
      {"var a; let a;", 0, 1, 12, "Identifier 'a' has already been declared"},
      {"let a; var a;", 0, 1, 12, "Identifier 'a' has already been declared"},
      {"function f(a) { let a; }", 0, 1, 21,
       "Identifier 'a' has already been declared"},
      {"try {} catch (e) { let e; }", 0, 1, 24,
       "Identifier 'e' has already been declared"},
      {"1 = 2", 0, 1, 1, "Invalid left-hand side in assignment"},
      {"a + b = c", 0, 1, 1, "Invalid left-hand side in assignment"},
      {"'use strict'; ++f()", 0, 1, 17,
       "Invalid left-hand side expression in prefix operation"},
      {"'use strict'; f() = 1", 0, 1, 15,
       "Invalid left-hand side in assignment"},
      {"({a:1} = x)", 0, 1, 5, "Invalid destructuring assignment target"},
      {"x = {a = 1};", 0, 1, 8, "Invalid shorthand property initializer"},
      {"return 1", 0, 1, 1, "Illegal return statement"},
      {"break;", 0, 1, 1, "Illegal break statement"},
      {"continue x;", 0, 1, 10, "Undefined label 'x'"},
      {"x: { continue x; }", 0, 1, 15,
       "Illegal continue statement: 'x' does not denote an iteration "
       "statement"},
      {"x: x: ;", 0, 1, 4, "Label 'x' has already been declared"},
      {"new.target", 0, 1, 1, "new.target expression is not allowed here"},
      {"super.x", 0, 1, 1, "'super' keyword unexpected here"},
      {"x = {__proto__: 1, __proto__: 2}", 0, 1, 20,
       "Duplicate __proto__ fields are not allowed in object literals"},
      {"'use strict'; with (a) {}", 0, 1, 15,
       "Strict mode code may not include a with statement"},
      {"'use strict'; 010", 0, 1, 15,
       "Octal literals are not allowed in strict mode."},
      {"'use strict'; '\\01'", 0, 1, 16,
       "Octal escape sequences are not allowed in strict mode."},
      {"function f() { '\\01'; 'use strict'; }", 0, 1, 17,
       "Octal escape sequences are not allowed in strict mode."},
      {"'use strict'; delete x;", 0, 1, 22,
       "Delete of an unqualified identifier in strict mode."},
      {"'use strict'; var eval;", 0, 1, 19,
       "Unexpected eval or arguments in strict mode"},
      {"'use strict'; var implements;", 0, 1, 19,
       "Unexpected strict mode reserved word"},
      {"function f(a, a) { 'use strict'; }", 0, 1, 15,
       "Duplicate parameter name not allowed in this context"},
      {"(a, a) => 1", 0, 1, 5,
       "Duplicate parameter name not allowed in this context"},
      {"function f(a = 1) { 'use strict'; }", 0, 1, 21,
       "Illegal 'use strict' directive in function with non-simple "
       "parameter list"},
      {"/a/gg", 0, 1, 1, "Invalid regular expression flags"},
      {"x = /a", 0, 1, 5, "Invalid regular expression: missing /"},
      {"throw\n1", 0, 2, 1, "Illegal newline after throw"},
      {"a ?? b || c", 0, 1, 8, "Unexpected token '||'"},
      {"a || b ?? c", 0, 1, 8, "Unexpected token '?\?'"},
      {"-a ** 2", 0, 1, 4,
       "Unary operator used immediately before exponentiation expression. "
       "Parenthesis must be used to disambiguate operator precedence"},
      {"import x from 'y'", 0, 1, 1,
       "Cannot use import statement outside a module"},
      {"import.meta", 0, 1, 1, "Cannot use 'import.meta' outside a module"},
      {"await 1", 1, 1, 1, NULL}, /* fine in a module: top-level await */
      {"var await;", 1, 1, 5, "Unexpected reserved word"},
      {"1_", 0, 1, 2,
       "Numeric separators are not allowed at the end of numeric literals"},
      {"1__0", 0, 1, 2, "Only one underscore is allowed as numeric separator"},
      {"3in x", 0, 1, 2, "Invalid or unexpected token"},
      {"`a${b`", 0, 1, 6, "Unterminated template literal"},
      {"class A { constructor() {} constructor() {} }", 0, 1, 28,
       "A class may only have one constructor"},
      {"if (a) let x = 1;", 0, 1, 8,
       "Lexical declaration cannot appear in a single-statement context"},
      {"for (let x of y, z);", 0, 1, 16, "Unexpected token ','"},
      {"for (const x = 1 of y);", 0, 1, 6,
       "for-of loop variable declaration may not have an initializer."},
      {"return 1", 2, 1, 1, NULL}, /* a CommonJS body may return */
      {"class A { m() { return this.#x; } }", 0, 1, 29,
       "Private field '#x' must be declared in an enclosing class"},
      {"class A { #x; #x; }", 0, 1, 15,
       "Identifier '#x' has already been declared"},
      {"class A { get #x() {} set #x(v) {} }", 0, 1, 1, NULL},
      {"class A { #x; m() { class B { n(o) { return #x in o; } } } }", 0, 1, 1,
       NULL},
      {"class A { static { var await; } }", 0, 1, 24,
       "Unexpected reserved word"},
      {"function* g() { (x = yield) => 1; }", 0, 1, 17,
       "Yield expression not allowed in formal parameter"},
      {"var a; export { a, a };", 1, 1, 20, "Duplicate export of 'a'"},
      {"export { b };", 1, 1, 10, "Export 'b' is not defined in module"},
      {"var f; function f() {}", 1, 1, 17,
       "Identifier 'f' has already been declared"},
      {"0_1", 0, 1, 2, "Numeric separator can not be used after leading 0."},
      {"async(x = await) => {}", 0, 1, 1, "Unexpected reserved word"},
      {"async(await)", 0, 1, 1, NULL}, /* a call: await is a name here */
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof *cases; i++) {
    jsc_options opt;
    jsc_result res;
    memset(&opt, 0, sizeof opt);
    opt.goal = cases[i].goal;
    opt.flags = JSC_NO_SCAN; /* the parser's messages, not the quick scan */
    if (cases[i].msg == NULL) {
      parsed p;
      if (parse_opt(&p, cases[i].src, strlen(cases[i].src), cases[i].goal, 0) !=
          JSC_OK)
        fail_msg("%s: %s", cases[i].src, p.c.err_msg);
      jc_arena_free(&p.c);
      continue;
    }
    jsc_compile(cases[i].src, strlen(cases[i].src), &opt, &res);
    if (res.status != JSC_ESYNTAX || strcmp(res.message, cases[i].msg) != 0 ||
        res.line != cases[i].line || res.column != cases[i].col)
      fail_msg("%s: got %d %u:%u '%s', want %u:%u '%s'", cases[i].src,
               res.status, res.line, res.column, res.message, cases[i].line,
               cases[i].col, cases[i].msg);
    jsc_result_free(&opt, &res);
  }
}

static void test_valid_tricky_syntax(void **state) {
  static const char *const ok[] = {
      "var let = 1; let\nx = 2;",
      "var yield, async, of, get, set, static, as, from, await;",
      "async(1); async => 1; async (a) => a; var async = async function(){}",
      "a = { get: 1, set: 2, async: 3, get() {}, set() {}, async() {} }",
      "class A { static() {} get() {} set() {} async() {} 'constructor'() {} "
      "static async *m() {} }",
      "for (let in x);",
      "for (async of => 1;;) break;",
      "a\n++b",
      "function f() { return\n}",
      "x = y => ({})\n(1)",
      "if (a) function f() {}",
      "l: function f() {}",
      "function f() { return /re/.test(x) }",
      "x = a ? b : c ? d : e",
      "({ a, b } = c); [a, ...b] = c; [(a), a.b, a[0]] = c;",
      "({ __proto__: a, __proto__: b } = c)",
      "var { a = 1, ...r } = o; ({ a = 1 } = o);",
      "for ([a, b] of c); for ({a} in b);",
      "`a${`b${c}`}d`",
      "tag`\\unicode and \\u{55}`",
      "a = b\n/c/d",
      "#!/usr/bin/env node\nx",
      "x = 1 <!-- a comment\n--> also a comment",
      "'\\u{1F600}' + \"\\uD83D\\uDE00\"",
      "var \\u{61}b = 1, ä = 2, 𝑥 = 3",
      "x = a\u2028y = b",
      "function f(a, a) {}",
      "o = { if: 1, class: 2, new: 3 }; o.if + o.class",
      "label: { break label; }",
      "do ; while (0) x",
      "new new X()()",
      "new a.b.c(1)",
      "x = class { #a; static { this.y = 1 } m() { return this.#a } }",
      "function* g() { yield\n1; yield* g(); var o = { *[Symbol.iterator]() "
      "{} } }",
      "async function f() { for await (const x of y); await 1; }",
      "a &&= b; a ||= c; a ?\?= d; a **= 2;",
      "x = 1_000_000.5e1_0",
      "f(a,)",
      "function f(a,) {}",
      "if (a) {} else if (b) {} else if (c) {} else {}",
      "switch (a) { case 1: let x; break; default: }",
      "try {} catch ({ a, b }) {} finally {}",
      "'use strict'; f(function* () { yield; })",
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof ok / sizeof *ok; i++) {
    parsed p;
    if (parse(&p, ok[i]) != JSC_OK)
      fail_msg("%s: %u:%u %s", ok[i], p.c.err_line, p.c.err_col, p.c.err_msg);
    jc_arena_free(&p.c);
  }
}

static void test_modules(void **state) {
  static const char *const ok[] = {
      "import a from 'a'; import * as b from 'b'; import c, { d as e, "
      "'f' as g, default as h } from 'c'; import 'd';",
      "import j from './x.json' with { type: 'json' };",
      "export var a = 1; export let b; export const c = 1; export function "
      "d() {} export class E {} export async function f() {}",
      "export default function () {}",
      "export default class {}",
      "export default 1 + 2;",
      "var a; export { a, a as b, a as 'c' }; export * from 'x'; export * as "
      "ns from 'y'; export { default } from 'z';",
      "const m = import.meta; await import('x');",
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof ok / sizeof *ok; i++) {
    parsed p;
    if (parse_opt(&p, ok[i], strlen(ok[i]), JSC_GOAL_MODULE, 0) != JSC_OK)
      fail_msg("%s: %u:%u %s", ok[i], p.c.err_line, p.c.err_col, p.c.err_msg);
    assert_true(p.c.features & JC_FEAT_MODULE);
    assert_true(p.c.program->flags & JC_F_STRICT);
    jc_arena_free(&p.c);
  }
}

/* ---- the glue of src/js: ES5, so no features and no error ----
 * (a file whose banner says "Written in ES2015+" is modern on purpose: it
 * must parse, and must have features, or its banner is wrong) */

static int glue_files;

static int glue_one(const char *path, const struct stat *st, int type,
                    struct FTW *ftw) {
  FILE *f;
  char *src;
  long len;
  parsed p;
  (void)st;
  (void)ftw;
  if (type != FTW_F || strlen(path) < 3 ||
      strcmp(path + strlen(path) - 3, ".js") != 0)
    return 0;
  f = fopen(path, "rb");
  assert_non_null(f);
  fseek(f, 0, SEEK_END);
  len = ftell(f);
  fseek(f, 0, SEEK_SET);
  src = malloc((size_t)len + 1);
  assert_non_null(src);
  assert_int_equal(fread(src, 1, (size_t)len, f), (size_t)len);
  fclose(f);
  if (parse_opt(&p, src, (size_t)len, JSC_GOAL_FUNCTION, 0) != JSC_OK)
    fail_msg("%s:%u:%u: %s", path, p.c.err_line, p.c.err_col, p.c.err_msg);
  {
    char head[1025];
    size_t n = (size_t)len < sizeof head - 1 ? (size_t)len : sizeof head - 1;
    int modern;
    memcpy(head, src, n);
    head[n] = '\0';
    modern = strstr(head, "Written in ES2015+") != NULL;
    if (!modern && p.c.features != 0)
      fail_msg("%s: features 0x%x in ES5 glue", path, p.c.features);
    if (modern && p.c.features == 0)
      fail_msg("%s: says ES2015+ but has no modern syntax", path);
  }
  jc_arena_free(&p.c);
  free(src);
  glue_files++;
  return 0;
}

static void test_es5_glue_has_no_features(void **state) {
  (void)state;
  assert_int_equal(nftw("src/js", glue_one, 16, FTW_PHYS), 0);
  assert_true(glue_files > 10);
}

/* ---- robustness ---- */

/* ASan's frames are bigger: the parser's stack bound (not max_depth)
 * stops nesting earlier there, so deep valid input may be refused. */
#if defined(__SANITIZE_ADDRESS__)
#define BIG_FRAMES 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BIG_FRAMES 1
#endif
#endif
#ifndef BIG_FRAMES
#define BIG_FRAMES 0
#endif

typedef struct bomb {
  const char *open, *close;
  unsigned depth;
  int want; /* status */
} bomb;

static char *repeat(const bomb *b, size_t *len) {
  size_t lo = strlen(b->open), lc = strlen(b->close), i, n;
  char *s;
  n = (lo + lc) * b->depth + 1;
  s = malloc(n + 1);
  assert_non_null(s);
  for (i = 0; i < b->depth; i++)
    memcpy(s + i * lo, b->open, lo);
  s[lo * b->depth] = '1';
  for (i = 0; i < b->depth; i++)
    memcpy(s + lo * b->depth + 1 + i * lc, b->close, lc);
  *len = n;
  return s;
}

static void *bomb_thread(void *arg) {
  const bomb *b = arg;
  size_t len;
  char *s = repeat(b, &len);
  parsed p;
  int st = parse_opt(&p, s, len, JSC_GOAL_SCRIPT, 0);
  if (st != b->want && !(BIG_FRAMES && st == JSC_ESYNTAX))
    fail_msg("%s x%u: status %d (%s), want %d", b->open, b->depth, st,
             p.c.err_msg, b->want);
  if (st == JSC_ESYNTAX)
    assert_string_equal(p.c.err_msg, "Maximum nesting depth exceeded");
  jc_arena_free(&p.c);
  free(s);
  return NULL;
}

/* Nesting under the bound parses, over it is a SyntaxError: both on a
 * thread with a 1 MB stack (the parser's frames times max_depth must fit). */
static void test_depth_bombs(void **state) {
  static const bomb bombs[] = {
      {"(", ")", 990, JSC_OK},
      {"[", "]", 990, JSC_OK},
      {"a=>", "", 990, JSC_OK},
      {"x=", "", 990, JSC_OK},
      {"(", ")", 300, JSC_OK},
      {"[", "]", 300, JSC_OK},
      {"{a:[", "]}", 300, JSC_OK},
      {"`${", "}`", 300, JSC_OK},
      {"a=>", "", 300, JSC_OK},
      {"!", "", 900, JSC_OK},
      {"{", "}", 900, JSC_OK},
      {"if(a)", "", 900, JSC_OK},
      {"(", ")", 1000000, JSC_ESYNTAX},
      {"[", "]", 1000000, JSC_ESYNTAX},
      {"{a:[", "]}", 300000, JSC_ESYNTAX},
      {"`${", "}`", 300000, JSC_ESYNTAX},
      {"a=>", "", 300000, JSC_ESYNTAX},
      {"x=", "", 300000, JSC_ESYNTAX},
      {"-", "", 1000000, JSC_ESYNTAX},
      {"{", "}", 1000000, JSC_ESYNTAX},
      {"function f(){", "}", 300000, JSC_ESYNTAX},
      {"new ", "", 300000, JSC_ESYNTAX},
      {"a**", "", 300000, JSC_ESYNTAX},
      {"[a]=", "", 300000, JSC_ESYNTAX},
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof bombs / sizeof *bombs; i++) {
    pthread_attr_t attr;
    pthread_t th;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 1u << 20);
    assert_int_equal(pthread_create(&th, &attr, bomb_thread, (void *)&bombs[i]),
                     0);
    pthread_join(th, NULL);
    pthread_attr_destroy(&attr);
  }
}

static const char modern_file[] =
    "#!/usr/bin/env node\n"
    "'use strict';\n"
    "import('x');\n"
    "const { a, b: [c = 1, ...d], ...e } = require('m');\n"
    "let f = async (x, { y } = {}, ...z) => { await x; return "
    "`t${y}u${`v${z}`}`; };\n"
    "class K extends Array { #p = 1; static s = 2; static { K.t = 3; }\n"
    "  constructor(...a) { super(...a); new.target; }\n"
    "  get #q() { return this.#p; } *gen() { yield* [1]; } async am() {}\n"
    "  m() { return #p in this && super.m?.(); } }\n"
    "for (const [k, v] of new Map()) { label: for (;;) break label; }\n"
    "x ?\?= a?.b?.[c]?.(d) ?? 0b1010 + 0o17 + 1_000n + 2 ** 3;\n"
    "x ||= /[/]\\d(?<n>a)/gsu; x &&= { a, [b]: c, d() {}, get e() {}, ...f };\n"
    "try { throw 1 } catch { } finally { }\n"
    "tag`a\\u{1F600}${1}\\xb`; 'str\\u{10FFFF}\\x41\\n'; /* comment */ // end\n"
    "switch (x) { case 1: { let q; } default: }\n";

static void test_every_prefix_fails_cleanly(void **state) {
  size_t len = sizeof modern_file - 1, i;
  parsed p;
  (void)state;
  if (parse(&p, modern_file) != JSC_OK)
    fail_msg("%u:%u %s", p.c.err_line, p.c.err_col, p.c.err_msg);
  jc_arena_free(&p.c);
  for (i = 0; i < len; i++) {
    /* a copy of exactly i bytes, so reading past the end is caught by
     * ASan */
    char *s = malloc(i ? i : 1);
    int st;
    assert_non_null(s);
    memcpy(s, modern_file, i);
    st = parse_opt(&p, s, i, JSC_GOAL_SCRIPT, 0);
    assert_true(st == JSC_OK || st == JSC_ESYNTAX);
    if (st == JSC_ESYNTAX) {
      assert_true(p.c.err_msg[0] != '\0');
      assert_true(p.c.err_line >= 1);
    }
    jc_arena_free(&p.c);
    free(s);
  }
}

/* Each byte of the modern file replaced by a few troublemakers: a clean
 * SyntaxError or a parse, never a crash (ASan/valgrind catch the rest). */
static void test_mutations_fail_cleanly(void **state) {
  static const char bytes[] = "(){}[]`'\"/\\*=.?#\n\xe2";
  size_t len = sizeof modern_file - 1, i, k;
  char *s = malloc(len);
  (void)state;
  assert_non_null(s);
  for (i = 0; i < len; i++)
    for (k = 0; k < sizeof bytes - 1; k++) {
      parsed p;
      int st;
      memcpy(s, modern_file, len);
      s[i] = bytes[k];
      st = parse_opt(&p, s, len, (int)(i & 1), 0);
      assert_true(st == JSC_OK || st == JSC_ESYNTAX);
      jc_arena_free(&p.c);
    }
  free(s);
}

static int stop_after(void *ud) {
  int *n = ud;
  return ++*n >= 3;
}

static void test_interrupt_stops_the_parse(void **state) {
  size_t n = 200000, i, len;
  char *s = malloc(n * 6 + 1);
  parsed p;
  int calls = 0;
  (void)state;
  assert_non_null(s);
  for (i = 0; i < n; i++)
    memcpy(s + i * 6, "a = 1;", 6);
  len = n * 6;
  memset(&p, 0, sizeof p);
  p.opt.interrupt = stop_after;
  p.opt.interrupt_ud = &calls;
  p.c.opt = &p.opt;
  p.c.src = s;
  p.c.len = len;
  p.c.max_depth = 1000;
  assert_int_equal(jc_parse(&p.c), JSC_ETIMEOUT);
  assert_int_equal(calls, 3);
  jc_arena_free(&p.c);
  free(s);
}

static void test_line_table(void **state) {
  static const char src[] = "a\nb\r\nc\rd\xE2\x80\xA8"
                            "e /* x\n y */ f `g\nh` // i\nj";
  parsed p;
  unsigned line, col;
  jc_node *st;
  (void)state;
  assert_int_equal(parse(&p, src), JSC_OK);
  assert_int_equal(p.c.nlines, 8);
  /* the statement on line 5 starts at 'e' */
  st = p.c.program->a;
  while (st != NULL && st->line != 5)
    st = st->next;
  assert_non_null(st);
  assert_int_equal(st->col, 0);
  jc_position(&p.c, (uint32_t)(strchr(src, 'j') - src), &line, &col);
  assert_int_equal(line, 8);
  assert_int_equal(col, 1);
  jc_arena_free(&p.c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_ast_of_modern_snippets),
      cmocka_unit_test(test_feature_bits),
      cmocka_unit_test(test_syntax_errors),
      cmocka_unit_test(test_valid_tricky_syntax),
      cmocka_unit_test(test_modules),
      cmocka_unit_test(test_es5_glue_has_no_features),
      cmocka_unit_test(test_depth_bombs),
      cmocka_unit_test(test_every_prefix_fails_cleanly),
      cmocka_unit_test(test_mutations_fail_cleanly),
      cmocka_unit_test(test_interrupt_stops_the_parse),
      cmocka_unit_test(test_line_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * test_compiler_scan.c - the ES5.1 pass-through scan (src/compiler/scan.c):
 * it may say "don't know" for anything, but "certainly ES5.1" only where
 * the parser finds nothing to lower. Held to the parser on snippets of
 * every ES2015+ form and every early error Duktape would leave to run
 * time, and on every .js file of the repository (the glue, the tests, the
 * committed npm packages); and it must decide most ES5 files by itself,
 * or the parser's cost comes back (bench/compile: pass-through target).
 */
#include "testutil.h"

#include <dirent.h>
#include <stdio.h>
#include <sys/stat.h>

#include "compiler/ast.h"

/* What the parser says: 1 ES5.1 as it is, 0 something to lower, -1 a
 * syntax error. */
static int parser_es5(const char *src, size_t len, int goal) {
  jsc_options o;
  jsc_result r;
  int out;
  memset(&o, 0, sizeof o);
  o.goal = goal;
  o.flags = JSC_NO_SCAN;
  jsc_compile(src, len, &o, &r);
  out = r.status == JSC_ESYNTAX ? -1 : (r.status == JSC_OK && r.code == NULL);
  jsc_result_free(&o, &r);
  return out;
}

static int scan(const char *src) {
  return jc_scan_es5(src, strlen(src), JSC_GOAL_SCRIPT);
}

static void test_es5_is_decided(void **state) {
  static const char *const es5[] = {
      "var a = 1, b = 'x' + \"y\";",
      "function f(a, b) { return a / b / 2; }",
      "var re = /ab+c/gi, s = 'a/b'.split(/\\//);",
      "if (x) /re/.test(y); else z = a / 2;",
      "x = { a: 1, 'b': 2, 3: 3, get c() { return 1; }, set c(v) {} };",
      "x = { get: 1, set: function () {} };",
      "switch (a) { case 1: b(); break; default: c(); }",
      "outer: for (var i = 0; i < 3; i++) { continue outer; }",
      "for (var k in o) if (o.hasOwnProperty(k)) n++;",
      "for (k in o) {}",
      "a[i] = b; a.b.c = d; (a) = 1; a[f()] += 2; x = y = z;",
      "i++; --j; a.b++; a[0]--;",
      "var s = a ? b : c ? d : e; x = a ? b = 1 : c = 2;",
      "try { f(); } catch (e) { g(e); } finally { h(); }",
      "(function () { 'use strict'; return this; })();",
      "var f = function g() {}, h = !function () {}();",
      "x = a\n/b/g\n",
      "do x++; while (x < 10)",
      "var o = { 'class': 1, if: 2 }; o.class = o.if;",
      "a = b\n++c",
      "var x = new Foo(1).bar[2](3);",
      "throw new Error('x');",
      "x = [1, , 3,]; y = [];",
      "with (o) { p = 1; }",
      "function a() {} function b() {}",
      "var async = 1; async.series(x);",
      "x = 'caf\xc3\xa9 \xe2\x80\x94 ok';",
      "/* comment with \xe2\x86\x92 */ // and \xe2\x80\x94\nvar z;",
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof es5 / sizeof es5[0]; i++) {
    if (scan(es5[i]) != 1)
      fail_msg("scan gives up on ES5: %s", es5[i]);
    assert_int_equal(parser_es5(es5[i], strlen(es5[i]), JSC_GOAL_SCRIPT), 1);
  }
}

static void test_modern_and_invalid_are_left_to_the_parser(void **state) {
  static const char *const other[] = {
      /* ES2015+ */
      "let a = 1;",
      "const a = 1;",
      "class A {}",
      "var f = (a) => a;",
      "f(...a);",
      "x = `t`;",
      "x = {a};",
      "x = {a() {}};",
      "x = {[k]: 1};",
      "x = {...o};",
      "x = {__proto__: p};",
      "x = {'__proto__': p};",
      "var {a} = o;",
      "var [a] = o;",
      "[a, b] = [b, a];",
      "({a: b} = c);",
      "function f(a = 1) {}",
      "function f(...a) {}",
      "function f({a}) {}",
      "function* g() {}",
      "x = {*g() {}};",
      "async function f() {}",
      "for (x of y) {}",
      "x = a?.b;",
      "x = a ?? b;",
      "a ||= b;",
      "a &&= b;",
      "a ?\?= b;",
      "x = a ** 2;",
      "x = 0b101;",
      "x = 0o7;",
      "x = 1_000;",
      "x = 10n;",
      "x = '\\u{61}';",
      "x = /a/u;",
      "x = /a/y;",
      "x = /a/s;",
      "x = /(?<n>a)/;",
      "x = /(?<=a)b/;",
      "function f() { new.target; }",
      "try {} catch {}",
      "try {} catch ({message}) {}",
      "x = #a in o;",
      "import x from 'y';",
      "export var a;",
      "x = super.y;",
      "yield;",
      "{ function f() {} }",
      "if (x) function f() {}",
      "lbl: function f() {}",
      "f(a,);",
      "for ([a] in o) {}",
      "x = await;",
      "var \xc3\xa9t\xc3\xa9 = 1;",
      "var a\\u0062 = 1;",
      /* early errors Duktape leaves to run time */
      "this = 1;",
      "1 = 2;",
      "f() = 1;",
      "a + b = c;",
      "(a + b) = 1;",
      "(a, b) = 1;",
      "!a = 1;",
      "typeof a = 1;",
      "new a = 1;",
      "this++;",
      "++this;",
      "f()++;",
      "++a++;",
      "x\n++\n++\ny",
      "for (f() in o) {}",
      "a.b() += 1;",
      "true = 1;",
      "null = 1;",
      "'a' = 1;",
      "[] = 1;",
      "'use strict'; x = '\\9';",
      "'use strict'; x = '\\08';",
      /* syntax errors: the parser's messages */
      "var a = 1 +",
      "x = {",
      "f(",
      "x = 'a",
      "/* open",
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof other / sizeof other[0]; i++)
    if (scan(other[i]) != 0)
      fail_msg("scan passes what the parser must see: %s", other[i]);
}

/* ---- every .js file of the repository ---- */

typedef struct {
  size_t files, es5, decided, wrong;
  size_t glue_es5, glue_decided;
} corpus;

static void check_file(const char *path, corpus *c, int glue) {
  FILE *f = fopen(path, "rb");
  long len;
  char *buf;
  int goal;
  if (f == NULL)
    return;
  if (fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) < 0 ||
      fseek(f, 0, SEEK_SET) != 0) {
    fclose(f);
    return;
  }
  buf = malloc((size_t)len + 1);
  assert_non_null(buf);
  if (fread(buf, 1, (size_t)len, f) != (size_t)len) {
    fclose(f);
    free(buf);
    return;
  }
  fclose(f);
  c->files++;
  for (goal = JSC_GOAL_SCRIPT; goal <= JSC_GOAL_FUNCTION; goal += 2) {
    int sc = jc_scan_es5(buf, (size_t)len, goal);
    int ps = parser_es5(buf, (size_t)len, goal);
    if (ps == 1) {
      c->es5++;
      c->decided += sc;
      if (glue) {
        c->glue_es5++;
        c->glue_decided += sc;
      }
    } else if (sc && ps == 0) {
      c->wrong++;
      print_error("scan passed %s (goal %d), which has ES2015+ to lower\n",
                  path, goal);
    }
  }
  free(buf);
}

static void walk(const char *dir, corpus *c, int glue) {
  DIR *d = opendir(dir);
  struct dirent *e;
  if (d == NULL)
    return;
  while ((e = readdir(d)) != NULL) {
    char path[4096];
    struct stat sb;
    size_t n = strlen(e->d_name);
    if (e->d_name[0] == '.')
      continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if (stat(path, &sb) != 0)
      continue;
    if (S_ISDIR(sb.st_mode))
      walk(path, c, glue);
    else if (n > 3 && strcmp(e->d_name + n - 3, ".js") == 0)
      check_file(path, c, glue);
  }
  closedir(d);
}

static void test_repository_corpus(void **state) {
  corpus c;
  (void)state;
  memset(&c, 0, sizeof c);
  walk("src/js", &c, 1);
  walk("tests", &c, 0);
  walk("bench", &c, 0);
  print_message("scan: %zu files; of %zu ES5.1 runs the scan decided %zu "
                "(glue: %zu of %zu)\n",
                c.files, c.es5, c.decided, c.glue_decided, c.glue_es5);
  assert_true(c.files > 500);
  assert_int_equal(c.wrong, 0);
  /* The fast path must carry most of the ES5 there is. */
  assert_true(c.decided * 10 >= c.es5 * 8);
  assert_true(c.glue_decided * 10 >= c.glue_es5 * 9);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_es5_is_decided),
      cmocka_unit_test(test_modern_and_invalid_are_left_to_the_parser),
      cmocka_unit_test(test_repository_corpus),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

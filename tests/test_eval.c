/*
 * test_eval.c - jsrt_eval, jsrt_run_main and jsrt_pcall: results, syntax
 * errors, thrown errors, last_error text, uncaught errors in callbacks,
 * process.exit, the minimal globals.
 */
#include <stdio.h>
#include <unistd.h>

#include "testutil.h"

static void test_eval_leaves_the_completion_value(void **state) {
  jsrt_isolate *iso = *state;
  duk_context *ctx = jsrt_context(iso);
  duk_idx_t top = duk_get_top(ctx);
  assert_int_equal(jsrt_eval(iso, "var a = 20; a + 22", (size_t)-1, "t.js"),
                   JSRT_OK);
  assert_int_equal(duk_get_top(ctx), top + 1);
  assert_int_equal(duk_get_int(ctx, -1), 42);
  duk_pop(ctx);
  /* len bounds the source: "1+1; garbage" cut after "1+1" */
  assert_int_equal(jsrt_eval(iso, "1+1;(((", 3, NULL), JSRT_OK);
  assert_int_equal(duk_get_int(ctx, -1), 2);
  duk_pop(ctx);
  /* globals persist between evals */
  assert_int_equal(tu_eval_number(iso, "a"), 20);
}

static void test_syntax_error_reports_name_file_and_line(void **state) {
  jsrt_isolate *iso = *state;
  const char *err;
  assert_int_equal(tu_eval(iso, "var ok = 1;\nvar x = ;\n"), JSRT_ERROR);
  err = jsrt_last_error(iso);
  assert_non_null(strstr(err, "SyntaxError: "));
  /* "... (test.js:2:9)", after node's "file:line" and the source line */
  assert_non_null(strstr(err, "(test.js:2:9)"));
  assert_int_equal(
      strncmp(err, "test.js:2\nvar x = ;\n        ^\n\nSyntaxError: ", 44), 0);
  /* Duktape's own C file names are not shown */
  assert_null(strstr(err, "duk_js_compiler.c"));
  /* the isolate is fine afterwards */
  assert_int_equal(tu_eval_number(iso, "1 + 1"), 2);
}

static void test_thrown_error_reports_message_and_stack(void **state) {
  jsrt_isolate *iso = *state;
  const char *err;
  assert_int_equal(tu_eval(iso, "function inner() { throw new TypeError("
                                "'bad thing'); }\nfunction outer() { inner(); "
                                "}\nouter();"),
                   JSRT_ERROR);
  err = jsrt_last_error(iso);
  assert_true(strncmp(err, "TypeError: bad thing\n", 21) == 0);
  assert_non_null(strstr(err, "at inner (test.js:1)"));
  assert_non_null(strstr(err, "at outer (test.js:2)"));
  /* throwing a non-error value */
  assert_int_equal(tu_eval(iso, "throw 'just a string'"), JSRT_ERROR);
  assert_string_equal(jsrt_last_error(iso), "just a string");
}

static void test_error_value_is_left_on_the_stack(void **state) {
  jsrt_isolate *iso = *state;
  duk_context *ctx = jsrt_context(iso);
  assert_int_equal(
      jsrt_eval(iso, "throw new RangeError('r')", (size_t)-1, NULL),
      JSRT_ERROR);
  assert_true(duk_is_error(ctx, -1));
  assert_int_equal(duk_get_error_code(ctx, -1), DUK_ERR_RANGE_ERROR);
  duk_pop(ctx);
}

static void test_pcall_calls_with_budget_and_drains(void **state) {
  jsrt_isolate *iso = *state;
  duk_context *ctx = jsrt_context(iso);
  assert_int_equal(tu_eval(iso, "var log = [];"
                                "function f(a, b) { process.nextTick("
                                "function(){ log.push('tick') });"
                                " queueMicrotask(function(){ log.push('micro')"
                                " }); log.push('call'); return a * b; }"),
                   JSRT_OK);
  duk_get_global_string(ctx, "f");
  duk_push_int(ctx, 6);
  duk_push_int(ctx, 7);
  assert_int_equal(jsrt_pcall(iso, 2), JSRT_OK);
  assert_int_equal(duk_get_int(ctx, -1), 42);
  duk_pop(ctx);
  {
    char buf[64];
    assert_string_equal(tu_eval_string(iso, "log.join()", buf, sizeof(buf)),
                        "call,tick,micro");
  }
  /* failure: the error is left, the text recorded */
  duk_get_global_string(ctx, "undefinedFunction");
  assert_int_equal(jsrt_pcall(iso, 0), JSRT_ERROR);
  assert_non_null(strstr(jsrt_last_error(iso), "TypeError"));
  duk_pop(ctx);
  /* too few values on the stack */
  assert_int_equal(jsrt_pcall(iso, 5), JSRT_EINVAL);
}

static char tmp_path[256];

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

static void test_run_main_loads_a_file_as_main(void **state) {
  jsrt_isolate *iso = *state;
  char dir[] = "/tmp/jsrt_eval_XXXXXX", lib[300], buf[256];
  assert_non_null(mkdtemp(dir));
  snprintf(tmp_path, sizeof(tmp_path), "%s/main.js", dir);
  snprintf(lib, sizeof(lib), "%s/lib.js", dir);
  write_file(lib, "exports.twice = function (x) { return 2 * x; };");
  write_file(tmp_path,
             "var lib = require('./lib');\n"
             "globalThis.result = [lib.twice(21), require.main === module,"
             " typeof __filename, __dirname === require('./lib.js') && 0];\n"
             "var leaked = 1;\n");
  assert_int_equal(jsrt_run_main(iso, tmp_path), JSRT_OK);
  assert_string_equal(
      tu_eval_string(iso, "result.slice(0, 3).join()", buf, sizeof(buf)),
      "42,true,string");
  /* module locals stay in the module */
  assert_string_equal(tu_eval_string(iso, "typeof leaked", buf, sizeof(buf)),
                      "undefined");
  unlink(lib);
  unlink(tmp_path);
  rmdir(dir);
}

static void test_run_main_reports_missing_and_failing_files(void **state) {
  jsrt_isolate *iso = *state;
  char dir[] = "/tmp/jsrt_eval_XXXXXX", path[300];
  assert_int_equal(jsrt_run_main(iso, "/no/such/file.js"), JSRT_ENOENT);
  assert_non_null(strstr(jsrt_last_error(iso), "/no/such/file.js"));
  assert_int_equal(jsrt_run_main(iso, NULL), JSRT_EINVAL);
  assert_non_null(mkdtemp(dir));
  snprintf(path, sizeof(path), "%s/bad.js", dir);
  write_file(path, "\n\nthrow new Error('at load');\n");
  assert_int_equal(jsrt_run_main(iso, path), JSRT_ERROR);
  assert_non_null(strstr(jsrt_last_error(iso), "Error: at load"));
  assert_non_null(strstr(jsrt_last_error(iso), "bad.js:3"));
  write_file(path, "var = 3;\n");
  assert_int_equal(jsrt_run_main(iso, path), JSRT_ERROR);
  assert_non_null(strstr(jsrt_last_error(iso), "SyntaxError"));
  assert_non_null(strstr(jsrt_last_error(iso), "bad.js"));
  unlink(path);
  rmdir(dir);
}

typedef struct {
  int calls;
  char message[256];
  char stack[1024];
} error_log;

static void on_error(jsrt_isolate *iso, const char *message, const char *stack,
                     void *userdata) {
  error_log *log = userdata;
  (void)iso;
  log->calls++;
  snprintf(log->message, sizeof(log->message), "%s", message);
  snprintf(log->stack, sizeof(log->stack), "%s", stack);
}

static void test_uncaught_callback_error_goes_to_on_error(void **state) {
  jsrt_options o;
  jsrt_isolate *iso;
  error_log log = {0};
  (void)state;
  jsrt_options_init(&o);
  o.on_error = on_error;
  o.userdata = &log;
  iso = jsrt_isolate_new(&o);
  assert_int_equal(tu_eval(iso, "setTimeout(function later() {\n"
                                "  throw new Error('from a timer');\n"
                                "}, 1);\n"
                                "setTimeout(function () { globalThis.ran = 1 "
                                "}, 50);"),
                   JSRT_OK);
  assert_int_equal(jsrt_run(iso, JSRT_RUN_DEFAULT), 0);
  assert_int_equal(log.calls, 1);
  assert_string_equal(log.message, "Error: from a timer");
  assert_non_null(strstr(log.stack, "at later (test.js:2)"));
  /* like an uncaught exception in a Node worker: the run ended, code 1 */
  assert_int_equal(jsrt_exit_code(iso), 1);
  assert_int_equal(tu_eval_number(iso, "typeof ran === 'undefined' ? 0 : 1"),
                   0);
  jsrt_isolate_free(iso);
}

static void test_process_exit_ends_the_run_with_its_code(void **state) {
  jsrt_isolate *iso = *state;
  assert_int_equal(tu_eval(iso, "setTimeout(function () { globalThis.t = 1 },"
                                " 1); try { process.exit(9) } catch (e) {} "
                                "globalThis.after = 1"),
                   JSRT_OK);
  assert_int_equal(jsrt_exit_code(iso), 9);
  assert_int_equal(jsrt_run(iso, JSRT_RUN_DEFAULT), 0);
  /* neither the code after exit nor the timer ran; the isolate still
   * evaluates */
  assert_int_equal(tu_eval_number(iso, "(typeof after) + (typeof t) === "
                                       "'undefinedundefined' ? 1 : 0"),
                   1);
}

static void test_process_exit_code_is_reported(void **state) {
  jsrt_isolate *iso = *state;
  assert_int_equal(jsrt_exit_code(iso), 0);
  assert_int_equal(tu_eval(iso, "process.exitCode = 4"), JSRT_OK);
  assert_int_equal(jsrt_exit_code(iso), 4);
  assert_int_equal(tu_eval_number(iso, "process.exitCode"), 4);
}

static void test_process_exit_needs_the_process_capability(void **state) {
  jsrt_options o;
  jsrt_isolate *iso;
  char buf[128];
  (void)state;
  jsrt_options_init(&o);
  o.caps = JSRT_CAP_ALL & ~JSRT_CAP_PROCESS;
  iso = jsrt_isolate_new(&o);
  assert_string_equal(
      tu_eval_string(iso, "try { process.exit(3) } catch (e) { e.code }", buf,
                     sizeof(buf)),
      "ERR_ACCESS_DENIED");
  assert_int_equal(jsrt_exit_code(iso), 0);
  jsrt_isolate_free(iso);
}

static void test_minimal_globals_exist(void **state) {
  jsrt_isolate *iso = *state;
  assert_int_equal(
      tu_eval_number(iso, "(globalThis === this) + (global === globalThis) +"
                          "(typeof console.log === 'function') +"
                          "(typeof console.error === 'function') +"
                          "Array.isArray(process.argv) +"
                          "(typeof require === 'function')"),
      6);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_eval_leaves_the_completion_value,
                                      tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(
          test_syntax_error_reports_name_file_and_line, tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(
          test_thrown_error_reports_message_and_stack, tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(test_error_value_is_left_on_the_stack,
                                      tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(test_pcall_calls_with_budget_and_drains,
                                      tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(test_run_main_loads_a_file_as_main,
                                      tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(
          test_run_main_reports_missing_and_failing_files, tu_setup,
          tu_teardown),
      cmocka_unit_test(test_uncaught_callback_error_goes_to_on_error),
      cmocka_unit_test_setup_teardown(
          test_process_exit_ends_the_run_with_its_code, tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(test_process_exit_code_is_reported,
                                      tu_setup, tu_teardown),
      cmocka_unit_test(test_process_exit_needs_the_process_capability),
      cmocka_unit_test_setup_teardown(test_minimal_globals_exist, tu_setup,
                                      tu_teardown),
  };
  return cmocka_run_group_tests_name("eval", tests, NULL, NULL);
}

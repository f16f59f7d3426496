/*
 * test_stdio.c - process.stdin/stdout through the jsrt command with pipes
 * and files on either side (run through sh, as a user would).
 */
#include "testutil.h"

#include <stdio.h>

static const char *stdio_jsrt(void) {
  const char *b = getenv("BUILD");
  static char path[512];
  snprintf(path, sizeof(path), "%s/jsrt", b != NULL ? b : "build");
  return path;
}

/* Runs cmd through sh and returns its stdout (static buffer). */
static const char *stdio_run(const char *fmt, const char *arg) {
  static char out[1 << 20];
  char cmd[2048];
  FILE *p;
  size_t n;
  snprintf(cmd, sizeof(cmd), fmt, stdio_jsrt(), arg);
  p = popen(cmd, "r");
  assert_non_null(p);
  n = fread(out, 1, sizeof(out) - 1, p);
  out[n] = '\0';
  assert_int_equal(pclose(p), 0);
  return out;
}

static void test_stdin_pipe_to_stdout_pipe(void **state) {
  (void)state;
  assert_string_equal(
      stdio_run("printf 'hello\\nworld\\n' | %s tests/js/stdio/fixtures/cat.js "
                "| cat%s",
                ""),
      "hello\nworld\n");
}

static void test_stdin_file_to_stdout_file(void **state) {
  (void)state;
  assert_string_equal(
      stdio_run("f=$(mktemp); o=$(mktemp); printf 'from a file' > $f; "
                "%s tests/js/stdio/fixtures/cat.js < $f > $o; cat $o; "
                "rm -f $f $o%s",
                ""),
      "from a file");
}

static void test_stdin_empty_pipe_ends(void **state) {
  (void)state;
  assert_string_equal(
      stdio_run("%s tests/js/stdio/fixtures/cat.js < /dev/null%s", ""), "");
}

static void test_output_is_not_lost_at_exit_on_a_pipe(void **state) {
  const char *out;
  (void)state;
  out = stdio_run("%s tests/js/stdio/fixtures/exit_after_write.js | "
                  "tail -2%s",
                  "");
  assert_string_equal(out, "line 19999\nlast\n");
}

static void test_pipes_are_not_ttys(void **state) {
  (void)state;
  assert_string_equal(
      stdio_run("echo | %s tests/js/stdio/fixtures/info.js | cat%s", ""),
      "{\"out\":false,\"in\":false,\"fd\":1,\"errfd\":2,\"w\":\"function\"}\n");
}

/* A terminal through script(1) (util-linux, always on Debian). */
static void test_a_tty_has_istty_columns_and_rows(void **state) {
  const char *out;
  (void)state;
  out = stdio_run("command -v script >/dev/null || { echo skip; exit 0; }; "
                  "script -qc 'stty cols 77 rows 21; %s "
                  "tests/js/stdio/fixtures/tty.js' /dev/null%s",
                  "");
  if (strcmp(out, "skip\n") != 0)
    assert_string_equal(out, "true true 77 21\r\n");
}

/* stdin and stdout both a terminal: the line comes back once echoed by the
 * terminal and once by the script; ^D ends it. */
static void test_tty_stdin_pipes_to_tty_stdout(void **state) {
  const char *out;
  (void)state;
  out = stdio_run("command -v script >/dev/null || { echo skip; exit 0; }; "
                  "(printf 'abc\\n'; sleep 2; printf '\\004') | "
                  "timeout 10 script -qc '%s tests/js/stdio/fixtures/cat.js' "
                  "/dev/null%s",
                  "");
  if (strcmp(out, "skip\n") != 0)
    assert_string_equal(out, "abc\r\nabc\r\n");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_stdin_pipe_to_stdout_pipe),
      cmocka_unit_test(test_stdin_file_to_stdout_file),
      cmocka_unit_test(test_stdin_empty_pipe_ends),
      cmocka_unit_test(test_output_is_not_lost_at_exit_on_a_pipe),
      cmocka_unit_test(test_pipes_are_not_ttys),
      cmocka_unit_test(test_a_tty_has_istty_columns_and_rows),
      cmocka_unit_test(test_tty_stdin_pipes_to_tty_stdout),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

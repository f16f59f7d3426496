/*
 * test_fs.c - fs from the embedder's side: the capability gate, requests
 * still on the thread pool when the isolate is freed, sync calls.
 */
#include "testutil.h"

#include <stdio.h>
#include <unistd.h>

static void test_fs_is_denied_without_the_fs_capability(void **state) {
  jsrt_options o;
  jsrt_isolate *iso;
  char buf[256];
  (void)state;
  jsrt_options_init(&o);
  o.caps = JSRT_CAP_ALL & ~JSRT_CAP_FS;
  iso = jsrt_isolate_new(&o);
  assert_non_null(iso);
  tu_eval_string(iso,
                 "var c; try { require('fs'); } catch (e) { c = e.code; } c",
                 buf, sizeof(buf));
  assert_string_equal(buf, "ERR_ACCESS_DENIED");
  tu_eval_string(iso,
                 "var d; try { require('fs/promises'); } catch (e) { d = "
                 "e.code; } d",
                 buf, sizeof(buf));
  assert_string_equal(buf, "ERR_ACCESS_DENIED");
  jsrt_isolate_free(iso);
}

static void test_sync_calls_return_values_to_the_host(void **state) {
  jsrt_isolate *iso = *state;
  char buf[256];
  tu_eval_string(iso,
                 "var fs = require('fs');"
                 "var d = fs.mkdtempSync(require('os').tmpdir() + '/tfs-');"
                 "fs.writeFileSync(d + '/f', 'abc');"
                 "var s = fs.readFileSync(d + '/f', 'utf8') + fs.statSync(d + "
                 "'/f').size;"
                 "fs.rmSync(d, {recursive: true}); s",
                 buf, sizeof(buf));
  assert_string_equal(buf, "abc3");
}

static void
test_freeing_with_requests_in_flight_never_calls_back(void **state) {
  jsrt_isolate *iso = jsrt_isolate_new(NULL);
  (void)state;
  assert_non_null(iso);
  /* Start many thread-pool jobs and free at once: no callback may run
   * (they would throw), everything is released (ASan checks). */
  assert_int_equal(
      tu_eval(iso, "var fs = require('fs'); var n = 0;"
                   "for (var i = 0; i < 50; i++) {"
                   "  fs.stat('/', function () { throw new Error('late'); });"
                   "  fs.readFile('/proc/self/status', function () { n++; });"
                   "  fs.readdir('/', function () { n++; });"
                   "  fs.open('/dev/null', 'r', function (e, fd) { n++; });"
                   "}"),
      JSRT_OK);
  jsrt_isolate_free(iso);
}

static void test_async_results_arrive_on_the_loop(void **state) {
  jsrt_isolate *iso = *state;
  assert_int_equal(tu_eval(iso, "var fs = require('fs'); var got = null;"
                                "fs.readFile('/proc/self/stat', 'utf8',"
                                " function (e, s) { got = e ? e.code : "
                                "s.length > 0; });"),
                   JSRT_OK);
  assert_int_equal(jsrt_run(iso, JSRT_RUN_DEFAULT), 0);
  assert_int_equal((int)tu_eval_number(iso, "got === true ? 1 : 0"), 1);
}

/* fs_root: every escape attempt is EACCES, the inside works. */
static void test_fs_root_confines_paths_and_symlinks(void **state) {
  char tpl[] = "/tmp/jsrt-root-XXXXXX", cmd[256], buf[2048];
  jsrt_options o;
  jsrt_isolate *iso;
  (void)state;
  assert_non_null(mkdtemp(tpl));
  snprintf(cmd, sizeof(cmd),
           "mkdir %s/sub && echo in > %s/in.txt && ln -s /etc %s/out", tpl, tpl,
           tpl);
  assert_int_equal(system(cmd), 0);
  jsrt_options_init(&o);
  o.fs_root = tpl;
  iso = jsrt_isolate_new(&o);
  assert_non_null(iso);
  duk_push_string(jsrt_context(iso), tpl);
  duk_put_global_string(jsrt_context(iso), "ROOT");
  tu_eval_string(
      iso,
      "var fs = require('fs'), r = [];"
      "function t(f) { try { f(); r.push('ok'); } catch (e) { r.push(e.code); "
      "} }"
      "t(function () { fs.readFileSync(ROOT + '/in.txt'); });"
      "t(function () { fs.readFileSync('/etc/hostname'); });"
      "t(function () { fs.readFileSync(ROOT + '/../../../../etc/hostname'); "
      "});"
      "t(function () { fs.readFileSync(ROOT + '/out/hostname'); });"
      "t(function () { fs.writeFileSync(ROOT + '/out/jsrt-evil', 'x'); });"
      "t(function () { fs.mkdirSync(ROOT + '/../jsrt-evil'); });"
      "t(function () { fs.renameSync(ROOT + '/in.txt', '/tmp/jsrt-evil'); });"
      "t(function () { fs.symlinkSync('/etc/passwd', ROOT + '/l2'); });"
      "t(function () { fs.readFileSync(ROOT + '/l2'); });"
      "t(function () { fs.statSync(ROOT + '/sub/../out'); });"
      "t(function () { fs.lstatSync(ROOT + '/out'); });"
      "t(function () { fs.readdirSync(ROOT + '/sub/..'); });"
      "t(function () { fs.readFileSync('Makefile'); });"
      "t(function () { fs.readFile('/etc/hostname', function () {}); });"
      "t(function () { fs.unlinkSync(ROOT + '/out'); });"
      "t(function () { fs.writeFileSync(ROOT + '/sub/new', 'x'); });"
      "t(function () { fs.rmSync(ROOT, { recursive: true }); });"
      "r.join(' ')",
      buf, sizeof(buf));
  assert_string_equal(buf, "ok EACCES EACCES EACCES EACCES EACCES EACCES ok "
                           "EACCES EACCES ok ok EACCES EACCES ok ok ok");
  jsrt_isolate_free(iso);
  snprintf(cmd, sizeof(cmd), "rm -rf %s", tpl);
  assert_int_equal(system(cmd), 0);
}

/* lchown/lutimes act on the link itself: a link outside the root that
 * points inside may not be changed through them (chown/utimes, which
 * follow it, change the file inside and are allowed). */
static void
test_fs_root_checks_the_link_itself_for_lchown_lutimes(void **state) {
  char tpl[] = "/tmp/jsrt-lroot-XXXXXX", cmd[512], buf[512];
  jsrt_options o;
  jsrt_isolate *iso;
  (void)state;
  assert_non_null(mkdtemp(tpl));
  snprintf(cmd, sizeof(cmd),
           "mkdir %s/root && echo in > %s/root/t && ln -s %s/root/t %s/outlink",
           tpl, tpl, tpl, tpl);
  assert_int_equal(system(cmd), 0);
  snprintf(cmd, sizeof(cmd), "%s/root", tpl);
  jsrt_options_init(&o);
  o.fs_root = cmd;
  iso = jsrt_isolate_new(&o);
  assert_non_null(iso);
  duk_push_string(jsrt_context(iso), tpl);
  duk_put_global_string(jsrt_context(iso), "DIR");
  tu_eval_string(
      iso,
      "var fs = require('fs'), r = [], L = DIR + '/outlink';"
      "function t(f) { try { f(); r.push('ok'); } catch (e) { r.push(e.code "
      "+ ':' + e.syscall); } }"
      "t(function () { fs.lutimesSync(L, 1, 1); });"
      "t(function () { fs.lchownSync(L, process.getuid(), process.getgid()); "
      "});"
      "t(function () { fs.lutimes(L, 1, 1, function () {}); });"
      "t(function () { fs.utimesSync(L, 1, 1); });"
      "t(function () { fs.chownSync(L, process.getuid(), process.getgid()); "
      "});"
      "r.join(' ')",
      buf, sizeof(buf));
  assert_string_equal(buf, "EACCES:lutime EACCES:lchown EACCES:lutime ok ok");
  jsrt_isolate_free(iso);
  snprintf(cmd, sizeof(cmd), "rm -rf %s", tpl);
  assert_int_equal(system(cmd), 0);
}

/* A file bigger than the memory limit: readFile reports the failed
 * allocation to its callback (and readFileSync throws); the isolate goes on. */
static void test_read_file_over_the_memory_limit_fails_cleanly(void **state) {
  jsrt_options o;
  jsrt_isolate *iso;
  char buf[256], path[64];
  FILE *f;
  (void)state;
  snprintf(path, sizeof(path), "/tmp/jsrt-test-big-%d.bin", (int)getpid());
  f = fopen(path, "w");
  assert_non_null(f);
  assert_int_equal(fseek(f, 8 << 20, SEEK_SET), 0);
  fputc('x', f);
  fclose(f);
  jsrt_options_init(&o);
  o.memory_limit = 4 << 20;
  iso = jsrt_isolate_new(&o);
  assert_non_null(iso);
  duk_push_string(jsrt_context(iso), path);
  duk_put_global_string(jsrt_context(iso), "BIG");
  assert_int_equal(tu_eval(iso, "var fs = require('fs'), res = 'none';"
                                "fs.readFile(BIG, "
                                "function (e, b) { res = e ? 'err' : 'data'; "
                                "});"),
                   JSRT_OK);
  assert_int_equal(jsrt_run(iso, JSRT_RUN_DEFAULT), 0);
  tu_eval_string(iso,
                 "var s; try { fs.readFileSync(BIG); s = "
                 "'data'; } catch (e) { s = 'threw'; } res + ' ' + s",
                 buf, sizeof(buf));
  assert_string_equal(buf, "err threw");
  jsrt_isolate_free(iso);
  unlink(path);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fs_is_denied_without_the_fs_capability),
      cmocka_unit_test_setup_teardown(test_sync_calls_return_values_to_the_host,
                                      tu_setup, tu_teardown),
      cmocka_unit_test(test_freeing_with_requests_in_flight_never_calls_back),
      cmocka_unit_test(test_fs_root_confines_paths_and_symlinks),
      cmocka_unit_test(test_fs_root_checks_the_link_itself_for_lchown_lutimes),
      cmocka_unit_test(test_read_file_over_the_memory_limit_fails_cleanly),
      cmocka_unit_test_setup_teardown(test_async_results_arrive_on_the_loop,
                                      tu_setup, tu_teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

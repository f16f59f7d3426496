/*
 * test_isolate.c - creating and freeing isolates: options, own and host
 * loops, many isolates, threads, version and status strings, NULL inputs.
 */
#include <stdio.h>

#include "testutil.h"

static void test_version_matches_the_header(void **state) {
  char want[32];
  (void)state;
  snprintf(want, sizeof(want), "%d.%d.%d", JSRT_VERSION_MAJOR,
           JSRT_VERSION_MINOR, JSRT_VERSION_PATCH);
  assert_string_equal(jsrt_version(), want);
  assert_string_equal(jsrt_version(), JSRT_VERSION_STRING);
}

static void test_strerror_names_every_status(void **state) {
  (void)state;
  assert_string_equal(jsrt_strerror(JSRT_OK), "success");
  assert_string_equal(jsrt_strerror(JSRT_ETIMEOUT),
                      "execution budget exhausted or interrupted");
  assert_string_equal(jsrt_strerror(JSRT_ENOMEM), "memory limit reached");
  assert_string_equal(jsrt_err_name(JSRT_ERROR), "JSRT_ERROR");
  assert_int_equal(JSRT_ENOENT, UV_ENOENT);
  assert_int_equal(JSRT_EACCES, UV_EACCES);
  /* one code for a denied capability and a real EACCES: libuv's words */
  assert_string_equal(jsrt_strerror(UV_EACCES), uv_strerror(UV_EACCES));
  /* libuv's codes pass through */
  assert_string_equal(jsrt_strerror(UV_ECONNREFUSED),
                      uv_strerror(UV_ECONNREFUSED));
  assert_string_equal(jsrt_err_name(UV_ECONNREFUSED), "ECONNREFUSED");
  assert_string_equal(jsrt_strerror(12345), "unknown error");
}

static void test_options_init_gives_the_defaults(void **state) {
  jsrt_options o;
  (void)state;
  memset(&o, 0xab, sizeof(o));
  jsrt_options_init(&o);
  assert_null(o.loop);
  assert_int_equal(o.memory_limit, 0);
  assert_int_equal(o.timeout_ms, 0);
  assert_int_equal(o.caps, JSRT_CAP_ALL);
  assert_null(o.module_root);
  assert_int_equal(o.argc, 0);
  assert_null(o.on_error);
  jsrt_options_init(NULL); /* no crash */
}

static void test_null_arguments_give_einval(void **state) {
  (void)state;
  jsrt_isolate_free(NULL);
  assert_int_equal(jsrt_eval(NULL, "1", 1, NULL), JSRT_EINVAL);
  assert_int_equal(jsrt_run_main(NULL, "x.js"), JSRT_EINVAL);
  assert_int_equal(jsrt_pcall(NULL, 0), JSRT_EINVAL);
  assert_int_equal(jsrt_run(NULL, JSRT_RUN_DEFAULT), JSRT_EINVAL);
  assert_int_equal(jsrt_post(NULL, NULL, NULL), JSRT_EINVAL);
  assert_int_equal(jsrt_register_module(NULL, "x", NULL, NULL), JSRT_EINVAL);
  assert_null(jsrt_loop(NULL));
  assert_null(jsrt_context(NULL));
  assert_null(jsrt_from_context(NULL));
  assert_null(jsrt_userdata(NULL));
  assert_string_equal(jsrt_last_error(NULL), "");
  assert_int_equal(jsrt_exit_code(NULL), 0);
  jsrt_interrupt(NULL);
}

static void test_bad_options_fail_creation(void **state) {
  jsrt_options o;
  (void)state;
  jsrt_options_init(&o);
  o.argc = 2; /* argv NULL */
  assert_null(jsrt_isolate_new(&o));
  jsrt_options_init(&o);
  o.module_root = "/no/such/dir/anywhere";
  assert_null(jsrt_isolate_new(&o));
  jsrt_options_init(&o);
  o.memory_limit = 1000; /* too small for the heap itself */
  assert_null(jsrt_isolate_new(&o));
}

static void test_isolate_with_own_loop_runs_and_frees(void **state) {
  jsrt_isolate *iso = jsrt_isolate_new(NULL);
  (void)state;
  assert_non_null(iso);
  assert_non_null(jsrt_loop(iso));
  assert_non_null(jsrt_context(iso));
  assert_ptr_equal(jsrt_from_context(jsrt_context(iso)), iso);
  assert_int_equal(tu_eval_number(iso, "6 * 7"), 42);
  assert_int_equal(jsrt_run(iso, JSRT_RUN_DEFAULT), 0);
  jsrt_isolate_free(iso);
}

static void test_userdata_and_argv_are_kept(void **state) {
  jsrt_options o;
  jsrt_isolate *iso;
  char a0[] = "prog", a1[] = "a b", a2[] = "c", changed[] = "changed";
  char *argv[] = {a0, a1, a2};
  char buf[128];
  int tag = 5;
  (void)state;
  jsrt_options_init(&o);
  o.argc = 3;
  o.argv = argv;
  o.userdata = &tag;
  iso = jsrt_isolate_new(&o);
  assert_non_null(iso);
  argv[1] = changed; /* the isolate made its own copy */
  assert_ptr_equal(jsrt_userdata(iso), &tag);
  assert_string_equal(
      tu_eval_string(iso, "process.argv.join('|')", buf, sizeof(buf)),
      "prog|a b|c");
  jsrt_isolate_free(iso);
}

static void test_many_isolates_share_a_host_loop(void **state) {
  uv_loop_t loop;
  jsrt_isolate *isos[8];
  jsrt_options o;
  int i;
  (void)state;
  assert_int_equal(uv_loop_init(&loop), 0);
  jsrt_options_init(&o);
  o.loop = &loop;
  for (i = 0; i < 8; i++) {
    char src[64];
    isos[i] = jsrt_isolate_new(&o);
    assert_non_null(isos[i]);
    assert_ptr_equal(jsrt_loop(isos[i]), &loop);
    snprintf(src, sizeof(src),
             "var me = %d; setTimeout(function(){ me *= 10 }, "
             "%d)",
             i, 1 + i);
    assert_int_equal(tu_eval(isos[i], src), JSRT_OK);
  }
  /* The host runs its own loop: every isolate's timer fires. */
  uv_run(&loop, UV_RUN_DEFAULT);
  for (i = 0; i < 8; i++) {
    assert_int_equal(tu_eval_number(isos[i], "me"), i * 10);
    /* isolates share nothing */
    assert_int_equal(tu_eval_number(isos[i], "typeof other === 'undefined' ? "
                                             "(globalThis.other = 1, 0) : 1"),
                     0);
  }
  for (i = 0; i < 8; i++)
    jsrt_isolate_free(isos[i]);
  /* Every handle the isolates had on the host loop is closed. */
  assert_int_equal(uv_loop_close(&loop), 0);
}

typedef struct {
  int index;
  double result;
  int rc;
} thread_job;

static void isolate_thread(void *arg) {
  thread_job *job = arg;
  jsrt_isolate *iso = jsrt_isolate_new(NULL);
  char src[256];
  if (iso == NULL) {
    job->rc = -1;
    return;
  }
  /* Busy work plus a timer on the thread's own loop. */
  snprintf(src, sizeof(src),
           "var acc = 0; for (var i = 0; i < 200000; i++) acc += i %% 7;"
           "setTimeout(function () { acc += %d; }, 5);",
           job->index);
  job->rc = jsrt_eval(iso, src, (size_t)-1, "thread.js");
  duk_pop(jsrt_context(iso));
  jsrt_run(iso, JSRT_RUN_DEFAULT);
  jsrt_eval(iso, "acc", 3, NULL);
  job->result = duk_get_number(jsrt_context(iso), -1);
  duk_pop(jsrt_context(iso));
  jsrt_isolate_free(iso);
}

static void test_isolates_on_threads_run_at_the_same_time(void **state) {
  uv_thread_t threads[4];
  thread_job jobs[4];
  double base = 0;
  int i;
  (void)state;
  for (i = 0; i < 200000; i++)
    base += i % 7;
  for (i = 0; i < 4; i++) {
    jobs[i].index = i + 1;
    jobs[i].rc = -99;
    assert_int_equal(uv_thread_create(&threads[i], isolate_thread, &jobs[i]),
                     0);
  }
  for (i = 0; i < 4; i++) {
    uv_thread_join(&threads[i]);
    assert_int_equal(jobs[i].rc, JSRT_OK);
    assert_true(jobs[i].result == base + i + 1);
  }
}

static void test_free_closes_pending_timers(void **state) {
  jsrt_isolate *iso = jsrt_isolate_new(NULL);
  (void)state;
  assert_int_equal(tu_eval(iso, "setInterval(function(){}, 1);"
                                "setTimeout(function(){}, 100000);"
                                "setImmediate(function(){});"),
                   JSRT_OK);
  assert_true(jsrt_run(iso, JSRT_RUN_NOWAIT) > 0);
  jsrt_isolate_free(iso); /* must not hang, leak or touch freed memory */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_version_matches_the_header),
      cmocka_unit_test(test_strerror_names_every_status),
      cmocka_unit_test(test_options_init_gives_the_defaults),
      cmocka_unit_test(test_null_arguments_give_einval),
      cmocka_unit_test(test_bad_options_fail_creation),
      cmocka_unit_test(test_isolate_with_own_loop_runs_and_frees),
      cmocka_unit_test(test_userdata_and_argv_are_kept),
      cmocka_unit_test(test_many_isolates_share_a_host_loop),
      cmocka_unit_test(test_isolates_on_threads_run_at_the_same_time),
      cmocka_unit_test(test_free_closes_pending_timers),
  };
  return cmocka_run_group_tests_name("isolate", tests, NULL, NULL);
}

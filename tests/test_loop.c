/*
 * test_loop.c - pumping: jsrt_run in DEFAULT/ONCE/NOWAIT with its pending
 * count, unref'ed handles, jsrt_post from other threads (wakes the loop,
 * keeps order, runs at free), the host polling the backend fd.
 */
#include <poll.h>
#include <stdio.h>

#include "testutil.h"

static void test_run_default_returns_when_idle(void **state) {
  jsrt_isolate *iso = *state;
  assert_int_equal(tu_eval(iso, "var fired = 0; setTimeout(function () { "
                                "fired++ }, 5); setTimeout(function () { "
                                "fired++ }, 10)"),
                   JSRT_OK);
  assert_int_equal(jsrt_run(iso, JSRT_RUN_DEFAULT), 0);
  assert_int_equal(tu_eval_number(iso, "fired"), 2);
  /* idle: returns at once, again */
  assert_int_equal(jsrt_run(iso, JSRT_RUN_DEFAULT), 0);
  assert_int_equal(jsrt_run(iso, 77), JSRT_EINVAL);
}

static void test_run_nowait_reports_pending_work(void **state) {
  jsrt_isolate *iso = *state;
  int frames = 0, rc;
  assert_int_equal(tu_eval(iso, "var n = 0; var h = setInterval(function () "
                                "{ if (++n === 3) clearInterval(h) }, 1)"),
                   JSRT_OK);
  assert_true(jsrt_run(iso, JSRT_RUN_NOWAIT) > 0);
  /* a frame loop: pump without blocking until the script is done */
  while ((rc = jsrt_run(iso, JSRT_RUN_NOWAIT)) > 0 && frames < 100000) {
    frames++;
    uv_sleep(1);
  }
  assert_int_equal(rc, 0);
  assert_int_equal(tu_eval_number(iso, "n"), 3);
}

static void test_run_once_blocks_for_one_event(void **state) {
  jsrt_isolate *iso = *state;
  char src[160];
  /* The timers count from the loop's cached time, which may be older than
   * the eval: the gap between them must outlast a slow start. */
  snprintf(src, sizeof(src),
           "var order = []; setTimeout(function () { order.push(1) }, 1);"
           "setTimeout(function () { order.push(2) }, %u)",
           tu_timeout(100));
  assert_int_equal(tu_eval(iso, src), JSRT_OK);
  assert_true(jsrt_run(iso, JSRT_RUN_ONCE) > 0); /* the later one is left */
  assert_int_equal(tu_eval_number(iso, "order.length"), 1);
  while (jsrt_run(iso, JSRT_RUN_ONCE) > 0)
    ;
  assert_int_equal(tu_eval_number(iso, "order.length"), 2);
}

static void test_unrefed_timer_does_not_keep_the_loop(void **state) {
  jsrt_isolate *iso = *state;
  uint64_t t0 = uv_hrtime();
  assert_int_equal(tu_eval(iso, "var t = setTimeout(function () {}, 60000);"
                                "t.unref(); var i = setInterval(function () "
                                "{}, 10); i.unref()"),
                   JSRT_OK);
  assert_int_equal(jsrt_run(iso, JSRT_RUN_DEFAULT), 0);
  assert_int_equal(jsrt_run(iso, JSRT_RUN_NOWAIT), 0);
  assert_true(uv_hrtime() - t0 < tu_timeout(2000) * 1000000ull);
  /* ref() makes it count again */
  assert_int_equal(tu_eval(iso, "t.ref(); t.hasRef()"), JSRT_OK);
  assert_true(jsrt_run(iso, JSRT_RUN_NOWAIT) > 0);
}

static void record_post(jsrt_isolate *iso, void *arg) {
  char src[64];
  snprintf(src, sizeof(src), "posted.push(%d)", (int)(intptr_t)arg);
  assert_int_equal(tu_eval(iso, src), JSRT_OK);
}

static void test_post_runs_calls_in_order_on_the_loop(void **state) {
  jsrt_isolate *iso = *state;
  char buf[64];
  assert_int_equal(tu_eval(iso, "var posted = []"), JSRT_OK);
  assert_int_equal(jsrt_post(iso, record_post, (void *)1), 0);
  assert_int_equal(jsrt_post(iso, record_post, (void *)2), 0);
  assert_int_equal(jsrt_post(iso, NULL, NULL), JSRT_EINVAL);
  /* queued but not run until the loop turns */
  assert_int_equal(tu_eval_number(iso, "posted.length"), 0);
  assert_true(jsrt_run(iso, JSRT_RUN_NOWAIT) >= 0);
  assert_int_equal(jsrt_run(iso, JSRT_RUN_DEFAULT), 0);
  assert_string_equal(tu_eval_string(iso, "posted.join()", buf, sizeof(buf)),
                      "1,2");
}

typedef struct {
  jsrt_isolate *iso;
  int n;
} poster;

static void post_thread(void *arg) {
  poster *p = arg;
  int i;
  for (i = 0; i < p->n; i++) {
    assert_int_equal(jsrt_post(p->iso, record_post, (void *)(intptr_t)i), 0);
    if (i % 10 == 0)
      uv_sleep(1);
  }
}

static void test_post_from_another_thread_wakes_the_loop(void **state) {
  jsrt_isolate *iso = *state;
  poster p = {iso, 100};
  uv_thread_t th;
  uint64_t deadline;
  /* a ref'ed timer keeps the loop blocking in poll meanwhile */
  assert_int_equal(tu_eval(iso, "var posted = []; var keep = setInterval("
                                "function () { if (posted.length === 100) "
                                "clearInterval(keep) }, 1000)"),
                   JSRT_OK);
  assert_int_equal(uv_thread_create(&th, post_thread, &p), 0);
  deadline = uv_hrtime() + tu_timeout(5000) * 1000000ull;
  while (tu_eval_number(iso, "posted.length") < 100 && uv_hrtime() < deadline)
    jsrt_run(iso, JSRT_RUN_ONCE); /* returns when a post wakes it */
  uv_thread_join(&th);
  jsrt_run(iso, JSRT_RUN_NOWAIT);
  assert_int_equal(tu_eval_number(iso, "posted.length"), 100);
  /* order is kept */
  assert_int_equal(tu_eval_number(iso, "posted.every(function (v, i) { "
                                       "return v === i }) ? 1 : 0"),
                   1);
  assert_int_equal(tu_eval(iso, "clearInterval(keep)"), JSRT_OK);
}

static int freed_posts;
static void count_post(jsrt_isolate *iso, void *arg) {
  (void)arg;
  /* runs before the heap goes: the isolate is still usable */
  assert_non_null(jsrt_context(iso));
  freed_posts++;
}

static void test_posts_before_free_are_run_by_free(void **state) {
  jsrt_isolate *iso = jsrt_isolate_new(NULL);
  (void)state;
  freed_posts = 0;
  assert_int_equal(jsrt_post(iso, count_post, NULL), 0);
  assert_int_equal(jsrt_post(iso, count_post, NULL), 0);
  assert_int_equal(freed_posts, 0);
  jsrt_isolate_free(iso); /* never pumped: free runs them, once each */
  assert_int_equal(freed_posts, 2);
}

static void test_host_can_poll_the_backend_fd(void **state) {
  jsrt_isolate *iso = *state;
  uv_loop_t *loop = jsrt_loop(iso);
  int fd = uv_backend_fd(loop), guard = 0;
  assert_true(fd >= 0);
  assert_int_equal(tu_eval(iso, "var done = 0; setTimeout(function () { "
                                "done = 1 }, 20)"),
                   JSRT_OK);
  while (jsrt_run(iso, JSRT_RUN_NOWAIT) > 0 && guard++ < 1000) {
    struct pollfd pfd = {fd, POLLIN, 0};
    poll(&pfd, 1, uv_backend_timeout(loop));
  }
  assert_int_equal(tu_eval_number(iso, "done"), 1);
}

static void test_immediates_and_ticks_run_in_node_order(void **state) {
  jsrt_isolate *iso = *state;
  char buf[128];
  assert_int_equal(
      tu_eval(iso, "var o = []; setImmediate(function () { o.push('imm');"
                   " process.nextTick(function () { o.push('tick2') }) });"
                   "setTimeout(function () { o.push('timeout') }, 0);"
                   "process.nextTick(function (a, b) { o.push('tick' + a + b)"
                   " }, 1, 2);"
                   "queueMicrotask(function () { o.push('micro') });"
                   "o.push('main')"),
      JSRT_OK);
  /* nextTick and microtasks drained at the end of the eval */
  assert_string_equal(tu_eval_string(iso, "o.join()", buf, sizeof(buf)),
                      "main,tick12,micro");
  assert_int_equal(jsrt_run(iso, JSRT_RUN_DEFAULT), 0);
  assert_string_equal(
      tu_eval_string(iso, "o.slice(3).sort().join()", buf, sizeof(buf)),
      "imm,tick2,timeout");
  assert_int_equal(tu_eval_number(iso, "o.indexOf('tick2') - o.indexOf("
                                       "'imm')"),
                   1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_run_default_returns_when_idle,
                                      tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(test_run_nowait_reports_pending_work,
                                      tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(test_run_once_blocks_for_one_event,
                                      tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(test_unrefed_timer_does_not_keep_the_loop,
                                      tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(test_post_runs_calls_in_order_on_the_loop,
                                      tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(
          test_post_from_another_thread_wakes_the_loop, tu_setup, tu_teardown),
      cmocka_unit_test(test_posts_before_free_are_run_by_free),
      cmocka_unit_test_setup_teardown(test_host_can_poll_the_backend_fd,
                                      tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(
          test_immediates_and_ticks_run_in_node_order, tu_setup, tu_teardown),
  };
  return cmocka_run_group_tests_name("loop", tests, NULL, NULL);
}

/*
 * test_regexp.c - regular expressions on PCRE2 (src/regexp.c) against the
 * isolate's limits: a catastrophic backtracking match is stopped by the
 * budget and by jsrt_interrupt() from another thread, no try/catch holds
 * it, and the isolate runs regexps normally afterwards. With
 * JSRT_HAVE_PCRE2=0 (Duktape's own engine, which ignores the budget) the
 * suite only checks that regexps work.
 */
#include <stdio.h>

#include "testutil.h"

/* /^(a+)+$/ on 30 a's and a '!': about 2^30 backtracking steps (seconds
 * with PCRE2's JIT, 20 s and more with Duktape's engine). */
#define HOSTILE "/^(a+)+$/.test(new Array(31).join('a') + '!')"

static jsrt_isolate *budgeted(uint32_t timeout_ms) {
  jsrt_options o;
  jsrt_isolate *iso;
  jsrt_options_init(&o);
  o.timeout_ms = timeout_ms;
  iso = jsrt_isolate_new(&o);
  assert_non_null(iso);
  return iso;
}

static void test_regexps_work(void **state) {
  jsrt_isolate *iso = budgeted(0);
  char buf[64];
  (void)state;
  assert_string_equal(
      tu_eval_string(iso,
                     "'2024-05-17'.replace(/(\\d+)-(\\d+)-(\\d+)/, "
                     "'$3.$2.$1')",
                     buf, sizeof(buf)),
      "17.05.2024");
  jsrt_isolate_free(iso);
}

#if JSRT_HAVE_PCRE2
static void test_catastrophic_match_is_stopped_by_the_budget(void **state) {
  jsrt_isolate *iso = budgeted(300);
  uint64_t t0 = uv_hrtime(), ms;
  char buf[64];
  (void)state;
  assert_int_equal(tu_eval(iso, HOSTILE), JSRT_ETIMEOUT);
  ms = (uv_hrtime() - t0) / 1000000u;
  assert_non_null(strstr(jsrt_last_error(iso), "timed out"));
  /* within the budget, give or take the last bounded try (and a loaded
   * machine) */
  assert_true(ms >= 250);
  assert_true(ms < tu_timeout(1500));
  /* usable after: regexps included, the cache too */
  assert_string_equal(
      tu_eval_string(iso, "/^(a+)+$/.exec('aaa')[1]", buf, sizeof(buf)), "aaa");
  assert_int_equal(tu_eval_number(iso, "'a b  c'.split(/\\s+/).length"), 3);
  jsrt_isolate_free(iso);
}

static void test_no_catch_holds_the_budget(void **state) {
  jsrt_isolate *iso = budgeted(200);
  (void)state;
  assert_int_equal(
      tu_eval(iso, "for (;;) { try { " HOSTILE " } catch (e) {} }"),
      JSRT_ETIMEOUT);
  assert_int_equal(tu_eval_number(iso, "6 * 7"), 42);
  jsrt_isolate_free(iso);
}

typedef struct {
  jsrt_isolate *iso;
  int stop;
} interrupter;

static void interrupt_thread(void *arg) {
  interrupter *it = arg;
  while (!it->stop) {
    uv_sleep(50);
    jsrt_interrupt(it->iso);
  }
}

static void test_interrupt_stops_a_match(void **state) {
  jsrt_isolate *iso = budgeted(0); /* no budget: only the interrupt */
  interrupter it = {iso, 0};
  uv_thread_t th;
  uint64_t t0 = uv_hrtime();
  (void)state;
  assert_int_equal(uv_thread_create(&th, interrupt_thread, &it), 0);
  assert_int_equal(tu_eval(iso, HOSTILE), JSRT_ETIMEOUT);
  assert_non_null(strstr(jsrt_last_error(iso), "interrupted"));
  /* the tries double: the interrupt is seen within about twice the time
   * already spent */
  assert_true((uv_hrtime() - t0) / 1000000u < tu_timeout(3000));
  it.stop = 1;
  uv_thread_join(&th);
  assert_int_equal(tu_eval_number(iso, "/b+/.exec('abbbc')[0].length"), 3);
  jsrt_isolate_free(iso);
}

/* A long honest match is not cut short by the bounded tries. */
static void test_long_match_without_budget_completes(void **state) {
  jsrt_isolate *iso = budgeted(0);
  (void)state;
  assert_int_equal(
      tu_eval_number(iso, "/^(a+)+$/.test(new Array(23).join('a') + '!') ? 1 "
                          ": 0"),
      0);
  jsrt_isolate_free(iso);
}
#endif

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_regexps_work),
#if JSRT_HAVE_PCRE2
    cmocka_unit_test(test_catastrophic_match_is_stopped_by_the_budget),
    cmocka_unit_test(test_no_catch_holds_the_budget),
    cmocka_unit_test(test_interrupt_stops_a_match),
    cmocka_unit_test(test_long_match_without_budget_completes),
#endif
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

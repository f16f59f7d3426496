/*
 * test_limits.c - the isolate's limits: memory (RangeError in JS,
 * JSRT_ENOMEM at the boundary), the execution budget and jsrt_interrupt()
 * from another thread, catch-everything loops, deep recursion; after each,
 * the isolate runs the next call normally and frees cleanly.
 */
#include <stdio.h>

#include "testutil.h"

static jsrt_isolate *limited(size_t memory, uint32_t timeout_ms) {
  jsrt_options o;
  jsrt_isolate *iso;
  jsrt_options_init(&o);
  o.memory_limit = memory;
  /* The budget also bounds the small evals around the runaway ones (and
   * the memory bomb that must hit the limit first): stretched on slow
   * builds. */
  o.timeout_ms = timeout_ms ? tu_timeout(timeout_ms) : 0;
  iso = jsrt_isolate_new(&o);
  assert_non_null(iso);
  return iso;
}

static void test_memory_bomb_gives_enomem_and_recovers(void **state) {
  jsrt_isolate *iso = limited(4u << 20, 0);
  (void)state;
  assert_int_equal(tu_eval(iso, "var a = []; for (;;) a.push('x' + a.length)"),
                   JSRT_ENOMEM);
  assert_non_null(strstr(jsrt_last_error(iso), "RangeError"));
  /* the garbage is reachable from the global: drop it, then work */
  assert_int_equal(tu_eval(iso, "a = null"), JSRT_OK);
  assert_int_equal(tu_eval_number(iso, "var s = 0; for (var i = 0; i < 1000; "
                                       "i++) s += [i].length; s"),
                   1000);
  jsrt_isolate_free(iso);
}

/* The catch block lets go of the hoard before it allocates: right after the
 * refusal the heap is full, and how much room is left depends on the engine
 * build (ASan, property table growth), not on what is tested here. */
static void test_memory_bomb_is_a_catchable_range_error_in_js(void **state) {
  jsrt_isolate *iso = limited(4u << 20, 0);
  char buf[128];
  (void)state;
  assert_string_equal(
      tu_eval_string(iso,
                     "var r; try { var b = []; for (;;) b.push(new Array(100))"
                     " } catch (e) { b = null; r = (e instanceof RangeError) +"
                     " ':' + e.name } r",
                     buf, sizeof(buf)),
      "true:RangeError");
  jsrt_isolate_free(iso);
}

static void test_one_big_allocation_over_the_limit_fails(void **state) {
  jsrt_isolate *iso = limited(2u << 20, 0);
  (void)state;
  assert_int_equal(tu_eval(iso, "new Uint8Array(8 * 1024 * 1024)"),
                   JSRT_ENOMEM);
  assert_int_equal(tu_eval_number(iso, "new Uint8Array(1024).length"), 1024);
  jsrt_isolate_free(iso);
}

static void test_endless_loop_is_stopped_by_the_budget(void **state) {
  jsrt_isolate *iso = limited(0, 50);
  uint64_t t0 = uv_hrtime();
  (void)state;
  assert_int_equal(tu_eval(iso, "for (;;) {}"), JSRT_ETIMEOUT);
  assert_true(uv_hrtime() - t0 < tu_timeout(5000) * 1000000ull); /* no hang */
  assert_non_null(strstr(jsrt_last_error(iso), "timed out"));
  assert_int_equal(tu_eval_number(iso, "1 + 2"), 3);
  jsrt_isolate_free(iso);
}

static void test_loop_that_catches_every_error_is_still_stopped(void **state) {
  jsrt_isolate *iso = limited(0, 50);
  (void)state;
  assert_int_equal(tu_eval(iso, "var n = 0; while (true) { try { for (;;) "
                                "{} } catch (e) { n++ } finally { n++ } }"),
                   JSRT_ETIMEOUT);
  assert_int_equal(tu_eval(iso, "function f() { try { f() } catch (e) { "
                                "for (;;) {} } } f()"),
                   JSRT_ETIMEOUT);
  assert_int_equal(tu_eval_number(iso, "40 + 2"), 42);
  jsrt_isolate_free(iso);
}

static void test_endless_microtask_chain_is_stopped(void **state) {
  jsrt_isolate *iso = limited(0, 50);
  (void)state;
  assert_int_equal(tu_eval(iso, "function again() { queueMicrotask(again) } "
                                "again()"),
                   JSRT_ETIMEOUT);
  jsrt_isolate_free(iso); /* the queued job is dropped cleanly */
}

/* Promises and their queued jobs live in the heap like everything else:
 * a script that piles them up gets a RangeError (the job queue's growth
 * included), and the isolate works and frees cleanly afterwards. */
static void test_promise_bomb_gives_enomem_and_recovers(void **state) {
  jsrt_isolate *iso = limited(4u << 20, 0);
  (void)state;
  /* As above, the hoard is let go in the catch block: the heap is full
   * right after the refusal (even compiling another eval needs room). */
  assert_int_equal(tu_eval(iso, "var ps = []; function id(v) { return v } "
                                "try { for (;;) { "
                                "var p = Promise.resolve(1), i; "
                                "for (i = 0; i < 50; i++) p = p.then(id); "
                                "ps.push(p, Promise.resolve(2).then(id)) } "
                                "} catch (e) { ps = null; throw e }"),
                   JSRT_ENOMEM);
  /* Its text is formatted from the memory reserve (the heap is full). */
  assert_non_null(strstr(jsrt_last_error(iso), "RangeError"));
  /* The queued jobs hold the chains: jsrt_run drains them first, which
   * settles and frees them; then the isolate works again. */
  assert_int_equal(jsrt_run(iso, JSRT_RUN_DEFAULT), 0);
  assert_int_equal(tu_eval(iso, "var n = 0; Promise.resolve(41)"
                                ".then(function (v) { n = v + 1 })"),
                   JSRT_OK);
  assert_int_equal(jsrt_run(iso, JSRT_RUN_DEFAULT), JSRT_OK);
  assert_int_equal(tu_eval_number(iso, "n"), 42);
  jsrt_isolate_free(iso);
}

static void test_endless_promise_chain_is_stopped(void **state) {
  jsrt_isolate *iso = limited(0, 50);
  (void)state;
  assert_int_equal(tu_eval(iso, "function again() { return Promise.resolve()"
                                ".then(again) } again()"),
                   JSRT_ETIMEOUT);
  assert_int_equal(tu_eval_number(iso, "40 + 2"), 42);
  jsrt_isolate_free(iso);
}

static void test_budget_applies_to_each_callback(void **state) {
  jsrt_isolate *iso = limited(0, 50);
  (void)state;
  assert_int_equal(tu_eval(iso, "var ticks = 0; setTimeout(function () { "
                                "ticks++; for (;;) {} }, 1)"),
                   JSRT_OK);
  /* the runaway callback is stopped and ends the run */
  assert_int_equal(jsrt_run(iso, JSRT_RUN_DEFAULT), 0);
  assert_int_equal(tu_eval_number(iso, "ticks"), 1);
  assert_int_equal(jsrt_exit_code(iso), 1);
  assert_non_null(strstr(jsrt_last_error(iso), "timed out"));
  jsrt_isolate_free(iso);
}

static void test_deep_recursion_is_a_range_error(void **state) {
  jsrt_isolate *iso = limited(0, 0);
  char buf[128];
  (void)state;
  assert_int_equal(tu_eval(iso, "function r(n) { return r(n + 1) + 1 } r(0)"),
                   JSRT_ERROR);
  assert_non_null(strstr(jsrt_last_error(iso), "RangeError"));
  assert_string_equal(tu_eval_string(iso, "try { r(0) } catch (e) { e.name }",
                                     buf, sizeof(buf)),
                      "RangeError");
  jsrt_isolate_free(iso);
}

typedef struct {
  jsrt_isolate *iso;
  int stop;
} interrupter;

static void interrupt_thread(void *arg) {
  interrupter *it = arg;
  /* keep asking until the main thread notices (the loop may not have
   * started yet when we first ask) */
  while (!it->stop) {
    uv_sleep(20);
    jsrt_interrupt(it->iso);
  }
}

static void test_interrupt_from_another_thread_stops_the_script(void **state) {
  jsrt_isolate *iso = limited(0, 0); /* no budget: only the interrupt */
  interrupter it = {iso, 0};
  uv_thread_t th;
  (void)state;
  assert_int_equal(uv_thread_create(&th, interrupt_thread, &it), 0);
  assert_int_equal(tu_eval(iso, "while (true) { try { for (;;) {} } catch (e)"
                                " {} }"),
                   JSRT_ETIMEOUT);
  assert_non_null(strstr(jsrt_last_error(iso), "interrupted"));
  it.stop = 1;
  uv_thread_join(&th);
  /* no effect when nothing runs; the next call runs normally */
  jsrt_interrupt(iso);
  assert_int_equal(tu_eval_number(iso, "7 * 6"), 42);
  jsrt_isolate_free(iso);
}

static void test_other_isolates_carry_on(void **state) {
  jsrt_isolate *bad = limited(2u << 20, 30);
  jsrt_isolate *good = jsrt_isolate_new(NULL);
  (void)state;
  assert_int_equal(tu_eval(good, "var count = 0"), JSRT_OK);
  assert_int_equal(tu_eval(bad, "for (;;) {}"), JSRT_ETIMEOUT);
  assert_int_equal(tu_eval(good, "count++"), JSRT_OK);
  assert_int_equal(tu_eval(bad, "var a = []; for (;;) a.push({})"),
                   JSRT_ENOMEM);
  assert_int_equal(tu_eval_number(good, "++count"), 2);
  jsrt_isolate_free(bad);
  jsrt_isolate_free(good);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_memory_bomb_gives_enomem_and_recovers),
      cmocka_unit_test(test_memory_bomb_is_a_catchable_range_error_in_js),
      cmocka_unit_test(test_one_big_allocation_over_the_limit_fails),
      cmocka_unit_test(test_endless_loop_is_stopped_by_the_budget),
      cmocka_unit_test(test_loop_that_catches_every_error_is_still_stopped),
      cmocka_unit_test(test_endless_microtask_chain_is_stopped),
      cmocka_unit_test(test_promise_bomb_gives_enomem_and_recovers),
      cmocka_unit_test(test_endless_promise_chain_is_stopped),
      cmocka_unit_test(test_budget_applies_to_each_callback),
      cmocka_unit_test(test_deep_recursion_is_a_range_error),
      cmocka_unit_test(test_interrupt_from_another_thread_stops_the_script),
      cmocka_unit_test(test_other_isolates_carry_on),
  };
  return cmocka_run_group_tests_name("limits", tests, NULL, NULL);
}

/*
 * test_native.c - native modules from C (jsrt_register_module with
 * duk_put_function_list) and references that keep JS callbacks alive for
 * async native work (jsrt_ref/jsrt_push_ref/jsrt_unref, uv_queue_work).
 */
#include <stdio.h>

#include "testutil.h"

static duk_ret_t native_add(duk_context *ctx) {
  duk_push_number(ctx, duk_require_number(ctx, 0) + duk_require_number(ctx, 1));
  return 1;
}

static const duk_function_list_entry native_funcs[] = {{"add", native_add, 2},
                                                       {NULL, NULL, 0}};

static int init_calls;

static int native_init(duk_context *ctx, void *udata) {
  init_calls++;
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, native_funcs);
  duk_push_string(ctx, udata);
  duk_put_prop_string(ctx, -2, "tag");
  return 0;
}

static int failing_init(duk_context *ctx, void *udata) {
  (void)ctx;
  (void)udata;
  return -1;
}

static int throwing_init(duk_context *ctx, void *udata) {
  (void)udata;
  return duk_error(ctx, DUK_ERR_TYPE_ERROR, "init refused");
}

static void test_registered_module_is_required_by_name(void **state) {
  jsrt_isolate *iso = *state;
  char buf[64];
  init_calls = 0;
  assert_int_equal(jsrt_register_module(iso, "calc", native_init, (void *)"v1"),
                   0);
  assert_int_equal(tu_eval_number(iso, "require('calc').add(40, 2)"), 42);
  assert_string_equal(
      tu_eval_string(iso, "require('calc').tag", buf, sizeof(buf)), "v1");
  /* cached: init ran once, the same object comes back */
  assert_int_equal(tu_eval_number(iso, "require('calc') === require('calc') ?"
                                       " 1 : 0"),
                   1);
  assert_int_equal(init_calls, 1);
  /* also with the node: prefix */
  assert_int_equal(tu_eval_number(iso, "require('node:calc').add(1, 1)"), 2);
}

static void test_register_module_rejects_bad_arguments(void **state) {
  jsrt_isolate *iso = *state;
  assert_int_equal(jsrt_register_module(iso, NULL, native_init, NULL),
                   JSRT_EINVAL);
  assert_int_equal(jsrt_register_module(iso, "", native_init, NULL),
                   JSRT_EINVAL);
  assert_int_equal(jsrt_register_module(iso, "x", NULL, NULL), JSRT_EINVAL);
}

static void test_failing_init_makes_require_throw(void **state) {
  jsrt_isolate *iso = *state;
  char buf[128];
  assert_int_equal(jsrt_register_module(iso, "bad", failing_init, NULL), 0);
  assert_int_equal(jsrt_register_module(iso, "worse", throwing_init, NULL), 0);
  assert_string_equal(tu_eval_string(iso,
                                     "try { require('bad') } catch (e) "
                                     "{ e.code }",
                                     buf, sizeof(buf)),
                      "ERR_MODULE_INIT");
  assert_string_equal(tu_eval_string(iso,
                                     "try { require('worse') } catch (e)"
                                     " { e.message }",
                                     buf, sizeof(buf)),
                      "init refused");
  assert_string_equal(tu_eval_string(iso,
                                     "try { require('nope') } catch (e) "
                                     "{ e.code }",
                                     buf, sizeof(buf)),
                      "MODULE_NOT_FOUND");
}

static void test_modules_are_per_isolate(void **state) {
  jsrt_isolate *iso = *state, *other = jsrt_isolate_new(NULL);
  char buf[64];
  assert_int_equal(jsrt_register_module(iso, "calc", native_init, (void *)"a"),
                   0);
  assert_string_equal(tu_eval_string(other,
                                     "try { require('calc'); 'found' }"
                                     " catch (e) { e.code }",
                                     buf, sizeof(buf)),
                      "MODULE_NOT_FOUND");
  jsrt_isolate_free(other);
}

static void test_refs_keep_values_alive(void **state) {
  jsrt_isolate *iso = *state;
  duk_context *ctx = jsrt_context(iso);
  int r1, r2, r3;
  duk_push_object(ctx);
  duk_push_int(ctx, 7);
  duk_put_prop_string(ctx, -2, "v");
  r1 = jsrt_ref(ctx, -1);
  duk_pop(ctx);
  duk_push_string(ctx, "two");
  r2 = jsrt_ref(ctx, -1);
  duk_pop(ctx);
  assert_true(r1 > 0 && r2 > 0 && r1 != r2);
  duk_gc(ctx, 0);
  duk_gc(ctx, 0);
  jsrt_push_ref(ctx, r1);
  duk_get_prop_string(ctx, -1, "v");
  assert_int_equal(duk_get_int(ctx, -1), 7);
  duk_pop_2(ctx);
  jsrt_push_ref(ctx, r2);
  assert_string_equal(duk_get_string(ctx, -1), "two");
  duk_pop(ctx);
  /* undefined is never kept */
  duk_push_undefined(ctx);
  assert_int_equal(jsrt_ref(ctx, -1), 0);
  duk_pop(ctx);
  /* after unref the slot reads undefined and is reused */
  jsrt_unref(ctx, r1);
  jsrt_unref(ctx, r1); /* double unref is harmless */
  jsrt_push_ref(ctx, r1);
  assert_true(duk_is_undefined(ctx, -1));
  duk_pop(ctx);
  duk_push_true(ctx);
  r3 = jsrt_ref(ctx, -1);
  duk_pop(ctx);
  assert_int_equal(r3, r1);
  jsrt_push_ref(ctx, 0);
  assert_true(duk_is_undefined(ctx, -1));
  jsrt_push_ref(ctx, 99999);
  assert_true(duk_is_undefined(ctx, -1));
  duk_pop_2(ctx);
  jsrt_unref(ctx, r2);
  jsrt_unref(ctx, r3);
}

/* Async native work: sum(n, callback) adds 1..n on the thread pool and
 * calls back with the result. */
typedef struct {
  uv_work_t req;
  jsrt_isolate *iso;
  int cb;
  double n, result;
} sum_job;

static void sum_work(uv_work_t *req) {
  sum_job *job = req->data;
  double i;
  job->result = 0;
  for (i = 1; i <= job->n; i++)
    job->result += i;
}

static void sum_done(uv_work_t *req, int status) {
  sum_job *job = req->data;
  duk_context *ctx = jsrt_context(job->iso);
  (void)status;
  jsrt_push_ref(ctx, job->cb);
  jsrt_unref(ctx, job->cb);
  duk_push_null(ctx);
  duk_push_number(ctx, job->result);
  if (jsrt_pcall(job->iso, 2) != JSRT_OK)
    fprintf(stderr, "callback failed: %s\n", jsrt_last_error(job->iso));
  duk_pop(ctx);
  free(job);
}

static duk_ret_t native_sum(duk_context *ctx) {
  sum_job *job;
  double n = duk_require_number(ctx, 0);
  duk_require_function(ctx, 1); /* validate before allocating */
  job = calloc(1, sizeof(*job));
  job->iso = jsrt_from_context(ctx);
  job->n = n;
  job->cb = jsrt_ref(ctx, 1);
  job->req.data = job;
  uv_queue_work(jsrt_loop(job->iso), &job->req, sum_work, sum_done);
  return 0;
}

static int async_init(duk_context *ctx, void *udata) {
  (void)udata;
  duk_push_object(ctx);
  duk_push_c_function(ctx, native_sum, 2);
  duk_put_prop_string(ctx, -2, "sum");
  return 0;
}

static void test_async_native_work_calls_back_into_js(void **state) {
  jsrt_isolate *iso = *state;
  char buf[128];
  assert_int_equal(jsrt_register_module(iso, "work", async_init, NULL), 0);
  assert_int_equal(tu_eval(iso, "var got = []; var w = require('work');"
                                "w.sum(100, function (err, r) { got.push(r);"
                                " process.nextTick(function () { "
                                "got.push('tick') }) });"
                                "w.sum(10, function (err, r) { got.push(r) "
                                "}); got.length"),
                   JSRT_OK);
  assert_int_equal(jsrt_run(iso, JSRT_RUN_DEFAULT), 0);
  assert_string_equal(
      tu_eval_string(iso, "got.slice().sort().join()", buf, sizeof(buf)),
      "5050,55,tick");
  /* the nextTick queued by a callback ran right after that callback */
  assert_int_equal(tu_eval_number(iso, "got.indexOf('tick') - got.indexOf("
                                       "5050)"),
                   1);
  assert_string_equal(tu_eval_string(iso,
                                     "try { w.sum(1, 'no') } catch (e) "
                                     "{ e.name }",
                                     buf, sizeof(buf)),
                      "TypeError");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(
          test_registered_module_is_required_by_name, tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(
          test_register_module_rejects_bad_arguments, tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(test_failing_init_makes_require_throw,
                                      tu_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(test_modules_are_per_isolate, tu_setup,
                                      tu_teardown),
      cmocka_unit_test_setup_teardown(test_refs_keep_values_alive, tu_setup,
                                      tu_teardown),
      cmocka_unit_test_setup_teardown(test_async_native_work_calls_back_into_js,
                                      tu_setup, tu_teardown),
  };
  return cmocka_run_group_tests_name("native", tests, NULL, NULL);
}

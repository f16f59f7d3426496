/*
 * fuzz_compile.c - libFuzzer target for the built-in compiler: arbitrary
 * bytes lowered with jsrt_lower as a script, a CommonJS body and strict
 * code. It must return a status (a SyntaxError is fine), never crash, leak
 * or hang; and two differential checks: whatever it lowers must compile
 * under Duktape (the engine the output is for), and the quick ES5 scan
 * (src/compiler/scan.c) passes nothing the parser would lower. Built by
 * `make fuzz`; its corpus is fuzz/corpus_compile/ plus the golden tests
 * (every .js under tests/compiler/).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compiler.h"
#include "jsrt.h"

int jc_scan_es5(const char *src, size_t len, int goal);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static duk_ret_t fz_compile(duk_context *ctx, void *udata) {
  const char **src = udata;
  duk_compile_lstring(ctx, 0, src[0], (duk_size_t)(uintptr_t)src[1]);
  return 1;
}

static void fz_check(duk_context *ctx, const char *code, size_t len,
                     const uint8_t *data, size_t size) {
  const char *args[2];
  args[0] = code;
  args[1] = (const char *)(uintptr_t)len;
  if (duk_safe_call(ctx, fz_compile, (void *)args, 0, 1) != 0) {
    /* The engine's own limits (constants, registers) are not the
     * compiler's fault, nor bytes that are not UTF-8 (the compiler passes
     * them through); a syntax error in what it printed is. */
    const char *msg = duk_safe_to_string(ctx, -1);
    if (strstr(msg, "SyntaxError") != NULL &&
        strstr(msg, "decode failed") == NULL) {
      fprintf(stderr,
              "lowered output does not parse: %s\n--- input\n%.*s\n"
              "--- output\n%s\n",
              msg, (int)size, (const char *)data, code);
      abort();
    }
  }
  duk_pop(ctx);
}

/* "Certainly ES5.1" from the scan must be the parser's verdict too. */
static void fz_scan(const uint8_t *data, size_t size) {
  int goal;
  for (goal = JSC_GOAL_SCRIPT; goal <= JSC_GOAL_FUNCTION; goal += 2) {
    jsc_options o;
    jsc_result r;
    if (!jc_scan_es5((const char *)data, size, goal))
      continue;
    memset(&o, 0, sizeof o);
    o.goal = goal;
    o.flags = JSC_NO_SCAN;
    jsc_compile((const char *)data, size, &o, &r);
    if (r.status == JSC_OK && r.code != NULL) {
      fprintf(stderr,
              "the scan passed what the parser lowers (goal %d):\n%.*s\n", goal,
              (int)size, (const char *)data);
      abort();
    }
    jsc_result_free(&o, &r);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const unsigned modes[] = {0, JSRT_LOWER_COMMONJS, JSRT_LOWER_STRICT};
  duk_context *ctx = duk_create_heap_default();
  size_t i;
  fz_scan(data, size);
  if (ctx == NULL)
    return 0;
  for (i = 0; i < sizeof modes / sizeof modes[0]; i++) {
    char *out = NULL, err[256];
    size_t len = 0;
    int rc = jsrt_lower((const char *)data, size, "fuzz.js", modes[i], &out,
                        &len, err, sizeof err);
    if (rc == JSRT_OK && out != NULL && modes[i] != JSRT_LOWER_COMMONJS)
      fz_check(ctx, out, len, data, size);
    jsrt_lower_free(out);
  }
  duk_destroy_heap(ctx);
  return 0;
}

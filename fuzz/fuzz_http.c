/*
 * fuzz_http.c - libFuzzer target for the server's request path: arbitrary
 * bytes, cut into up to three reads, go through the llhttp parser binding
 * (src/http.c) exactly as a server connection's reads do, and every parsed
 * request is turned into its headers object and answered with a response
 * head built by the same C code http.js uses. Built with clang
 * -fsanitize=fuzzer,address,undefined by `make fuzz`; without libFuzzer the
 * same entry point is driven by fuzz/driver.c (random and corpus inputs).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "jsrt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static jsrt_isolate *fz_iso;

static int fz_module(duk_context *ctx, void *udata) {
  (void)udata;
  return jsrt__open_http(ctx) == 1 ? 0 : -1;
}

static const char fz_setup_js[] =
    "var h = require('fuzzhttp');\n"
    "var p = new h.Parser(0, 8192), n = 0;\n"
    "p.onHeaders = function (maj, min, raw, method, url, st, msg, up, ka, c) "
    "{\n"
    "  var o = h.headersObject(raw === '' ? [] : raw.split('\\u0000'), 50);\n"
    "  var line = 'HTTP/1.1 200 OK';\n"
    "  var b = h.buildMessage(line, ['Content-Type', o['content-type'] || "
    "'x', 'Date', h.date()], url, 0);\n"
    "  if (b.length < line.length) throw new Error('short head');\n"
    "  n++; };\n"
    "p.onBody = function (b) { if (!b.length) throw new Error('empty'); };\n"
    "p.onComplete = function (t, ka) { h.headersObject(t, 0); };\n"
    "globalThis.feed = function (buf) {\n"
    "  var r = p.execute(buf);\n"
    "  if (r instanceof Error) { if (!/^HPE_/.test(r.code)) throw r;"
    "    p.reinitialize(0); }\n"
    "};\n"
    "globalThis.done = function () { p.finish(); p.reinitialize(0); };\n";

static void fz_init(void) {
  jsrt_options o;
  jsrt_options_init(&o);
  o.caps = JSRT_CAP_NET;
  o.memory_limit = 64u << 20;
  fz_iso = jsrt_isolate_new(&o);
  if (fz_iso == NULL)
    abort();
  jsrt_register_module(fz_iso, "fuzzhttp", fz_module, NULL);
  if (jsrt_eval(fz_iso, fz_setup_js, sizeof(fz_setup_js) - 1, "fuzz.js") !=
      JSRT_OK) {
    fprintf(stderr, "%s\n", jsrt_last_error(fz_iso));
    abort();
  }
  duk_pop(jsrt_context(fz_iso));
}

static void fz_feed(const char *fn, const uint8_t *p, size_t n) {
  duk_context *ctx = jsrt_context(fz_iso);
  duk_get_global_string(ctx, fn);
  if (p != NULL) {
    void *b = duk_push_fixed_buffer(ctx, n);
    if (n > 0)
      memcpy(b, p, n);
  }
  if (jsrt_pcall(fz_iso, p != NULL ? 1 : 0) != JSRT_OK) {
    /* A parse error is answered, never thrown: anything else is a bug. */
    fprintf(stderr, "unexpected: %s\n", jsrt_last_error(fz_iso));
    abort();
  }
  duk_pop(ctx);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  size_t a, b;
  if (fz_iso == NULL)
    fz_init();
  /* The first two bytes choose where the reads are cut. */
  if (size < 2) {
    fz_feed("feed", data, size);
    fz_feed("done", NULL, 0);
    return 0;
  }
  a = data[0] % (size - 1);
  b = a + data[1] % (size - 1 - a + 1);
  data += 2;
  size -= 2;
  if (a > size)
    a = size;
  if (b > size)
    b = size;
  fz_feed("feed", data, a);
  fz_feed("feed", data + a, b - a);
  fz_feed("feed", data + b, size - b);
  fz_feed("done", NULL, 0);
  return 0;
}

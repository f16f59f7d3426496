/*
 * fuzz_eval.c - libFuzzer target for the entry into JS: arbitrary bytes run
 * as a script in a fresh isolate with a memory limit, a time budget and no
 * capabilities, then the loop is pumped a few times (timers, immediates,
 * promise jobs, uncaught errors, process.exit). Whatever the script does,
 * the library must return a status and free cleanly: no crash, no leak, no
 * sanitizer report, no hang. Built like fuzz_http.c by `make fuzz`.
 */
#include <stddef.h>
#include <stdint.h>

#include "jsrt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fz_on_error(jsrt_isolate *iso, const char *message,
                        const char *stack, void *userdata) {
  (void)iso;
  (void)message;
  (void)stack;
  (void)userdata; /* uncaught errors are expected here; stay quiet */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  jsrt_options o;
  jsrt_isolate *iso;
  int i;

  jsrt_options_init(&o);
  o.memory_limit = 16u << 20;
  o.timeout_ms = 20;
  o.caps = JSRT_CAP_NONE;
  o.on_error = fz_on_error;
  iso = jsrt_isolate_new(&o);
  if (iso == NULL)
    return 0;
  jsrt_eval(iso, (const char *)data, size, "fuzz.js");
  duk_pop(jsrt_context(iso));
  for (i = 0; i < 4 && jsrt_run(iso, JSRT_RUN_NOWAIT) > 0; i++)
    ;
  jsrt_isolate_free(iso); /* closes whatever the script left running */
  return 0;
}

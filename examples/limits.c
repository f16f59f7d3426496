/*
 * limits.c - hostile scripts against an isolate's limits: an endless loop
 * that catches every error is stopped by the time budget, a memory bomb by
 * the memory limit, and a runaway loop by jsrt_interrupt() from a watchdog
 * thread. The host carries on, and the isolate serves the next call.
 */
#include <stdio.h>

#include "jsrt.h"

static void report(jsrt_isolate *iso, const char *what, int rc) {
  const char *err = jsrt_last_error(iso);
  const char *nl = err;
  while (*nl && *nl != '\n')
    nl++;
  printf("%-20s -> %s (%.*s)\n", what, jsrt_err_name(rc), (int)(nl - err), err);
}

static void watchdog(void *arg) {
  jsrt_isolate *iso = arg;
  int i;
  for (i = 0; i < 50; i++) { /* ask until it stops */
    uv_sleep(40);
    jsrt_interrupt(iso);
  }
}

int main(void) {
  jsrt_options o;
  jsrt_isolate *iso, *unbudgeted;
  uv_thread_t th;
  int rc;

  jsrt_options_init(&o);
  o.memory_limit = 8u << 20; /* 8 MB of JS heap */
  o.timeout_ms = 100;        /* per entry into JS */
  iso = jsrt_isolate_new(&o);
  if (iso == NULL)
    return 1;

  rc = jsrt_eval(iso, "while (true) { try { for (;;) {} } catch (e) {} }",
                 (size_t)-1, "spin.js");
  duk_pop(jsrt_context(iso));
  report(iso, "endless loop", rc);

  rc = jsrt_eval(iso, "var hoard = []; for (;;) hoard.push(new Array(1000))",
                 (size_t)-1, "bomb.js");
  duk_pop(jsrt_context(iso));
  report(iso, "memory bomb", rc);
  jsrt_eval(iso, "hoard = null", (size_t)-1, NULL); /* let it go */
  duk_pop(jsrt_context(iso));

  /* An isolate with no time budget, stopped by a watchdog thread. */
  unbudgeted = jsrt_isolate_new(NULL);
  uv_thread_create(&th, watchdog, unbudgeted);
  rc = jsrt_eval(unbudgeted, "for (;;) {}", (size_t)-1, "forever.js");
  duk_pop(jsrt_context(unbudgeted));
  report(unbudgeted, "interrupted by host", rc);
  uv_thread_join(&th);
  jsrt_isolate_free(unbudgeted);

  rc = jsrt_eval(iso, "'still serving: ' + (6 * 7)", (size_t)-1, "ok.js");
  printf("%-20s -> %s (%s)\n", "next call", jsrt_err_name(rc),
         duk_safe_to_string(jsrt_context(iso), -1));
  duk_pop(jsrt_context(iso));
  jsrt_isolate_free(iso);
  return 0;
}

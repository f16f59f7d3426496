/*
 * embed.c - the smallest host: create an isolate, evaluate a script that
 * schedules work, run the loop until it is done, read a result, free.
 */
#include <stdio.h>

#include "jsrt.h"

int main(void) {
  jsrt_isolate *iso = jsrt_isolate_new(NULL);
  duk_context *ctx;
  const char *script =
      "var greeting = 'hello from JavaScript';\n"
      "console.log(greeting);\n"
      "setTimeout(function () { globalThis.answer = 6 * 7; }, 10);\n";

  if (iso == NULL) {
    fprintf(stderr, "cannot create the isolate\n");
    return 1;
  }
  if (jsrt_eval(iso, script, (size_t)-1, "embed.js") != JSRT_OK) {
    fprintf(stderr, "%s\n", jsrt_last_error(iso));
    jsrt_isolate_free(iso);
    return 1;
  }
  duk_pop(jsrt_context(iso));      /* the completion value */
  jsrt_run(iso, JSRT_RUN_DEFAULT); /* until the timer has fired */

  ctx = jsrt_context(iso);
  duk_get_global_string(ctx, "answer");
  printf("the host read answer = %d\n", duk_get_int(ctx, -1));
  duk_pop(ctx);
  jsrt_isolate_free(iso);
  return 0;
}

/*
 * frame_loop.c - a game-style host loop: every frame the host calls the
 * script's update(dt), then pumps the event loop once without blocking
 * (JSRT_RUN_NOWAIT). The script keeps state across frames and uses timers,
 * which fire between frames.
 */
#include <stdio.h>

#include "jsrt.h"

static const char script[] =
    "var state = { x: 0, events: [] };\n"
    "function update(dt) { state.x += dt * 2; return state.x; }\n"
    "setTimeout(function () { state.events.push('50ms timer'); }, 50);\n"
    "var ticks = 0;\n"
    "var h = setInterval(function () {\n"
    "  if (++ticks === 3) { clearInterval(h); state.events.push('3 ticks'); "
    "}\n"
    "}, 20);\n";

int main(void) {
  jsrt_isolate *iso = jsrt_isolate_new(NULL);
  duk_context *ctx;
  int frame, pending = 1;
  double x = 0;

  if (iso == NULL)
    return 1;
  ctx = jsrt_context(iso);
  if (jsrt_eval(iso, script, sizeof(script) - 1, "game.js") != JSRT_OK) {
    fprintf(stderr, "%s\n", jsrt_last_error(iso));
    return 1;
  }
  duk_pop(ctx);

  for (frame = 0; frame < 1000 && pending > 0; frame++) {
    /* the host's frame: call into the script with its own budget */
    duk_get_global_string(ctx, "update");
    duk_push_number(ctx, 0.5);
    if (jsrt_pcall(iso, 1) == JSRT_OK)
      x = duk_get_number(ctx, -1);
    duk_pop(ctx);
    /* then let timers and I/O callbacks run, without blocking */
    pending = jsrt_run(iso, JSRT_RUN_NOWAIT);
    uv_sleep(5); /* the rest of a 200 fps frame */
  }
  duk_get_global_string(ctx, "state");
  duk_get_prop_string(ctx, -1, "events");
  /* how many frames depends on the machine; that it took several and x
   * followed them does not */
  printf("frames: %s; x tracks the frames: %s; events: %s\n",
         frame > 1 ? "several" : "one", x == frame * 1.0 ? "yes" : "no",
         duk_json_encode(ctx, -1));
  duk_pop_2(ctx);
  jsrt_isolate_free(iso);
  return 0;
}

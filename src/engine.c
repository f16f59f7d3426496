/*
 * engine.c - Duktape itself, compiled from the source duktape-dev ships with
 * the duk_config.h the Makefile derives from it (interrupt counter, exec
 * timeout check and fatal handler routed to us; see mk/duk_config.sed), plus
 * the one internal we need that the public API lacks.
 */
#include "duktape.c"

#include "internal.h"

/* Makes the executor take its interrupt at the next bytecode instruction,
 * where jsrt__exec_timeout_check() decides; used by process.exit() so that
 * the script stops at once instead of up to 256k instructions later. */
void jsrt__duk_request_interrupt(duk_context *ctx) {
  duk_hthread *thr = (duk_hthread *)ctx;
  thr->interrupt_init -= thr->interrupt_counter;
  thr->interrupt_counter = 0;
}

/* Whether Duktape is building an error object right now (the allocator
 * lets that exceed the memory limit a little: see isolate.c). */
int jsrt__duk_creating_error(duk_context *ctx) {
  duk_hthread *thr = (duk_hthread *)ctx;
  return thr->heap != NULL && thr->heap->creating_error;
}

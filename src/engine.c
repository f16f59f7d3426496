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

/* The internal class of the object at idx ("Date", "Uint8Array", ...), which
 * no prototype change or Symbol.toStringTag can fake; NULL for
 * non-objects. util.types is built on it. */
const char *jsrt__duk_class_name(duk_context *ctx, duk_idx_t idx) {
  static const char *const names[DUK_HOBJECT_CLASS_MAX + 1] = {
      "",
      "Object",
      "Array",
      "Function",
      "Arguments",
      "Boolean",
      "Date",
      "Error",
      "JSON",
      "Math",
      "Number",
      "RegExp",
      "String",
      "global",
      "Symbol",
      "ObjEnv",
      "DecEnv",
      "Pointer",
      "Thread",
      "ArrayBuffer",
      "DataView",
      "Int8Array",
      "Uint8Array",
      "Uint8ClampedArray",
      "Int16Array",
      "Uint16Array",
      "Int32Array",
      "Uint32Array",
      "Float32Array",
      "Float64Array"};
  duk_hobject *h = duk_get_hobject((duk_hthread *)ctx, idx);
  duk_small_uint_t cls;
  if (h == NULL)
    return NULL;
  cls = DUK_HOBJECT_GET_CLASS_NUMBER(h);
  return cls <= DUK_HOBJECT_CLASS_MAX ? names[cls] : "";
}

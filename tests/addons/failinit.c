/* failinit.c - an addon whose init fails, for the error path. */
#include "jsrt.h"

JSRT_EXTERN int jsrt_addon_init(duk_context *ctx, void *udata);
JSRT_EXTERN int jsrt_addon_init(duk_context *ctx, void *udata) {
  (void)ctx;
  (void)udata;
  return -1;
}

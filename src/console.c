/*
 * console.c - the native half of console: synchronous writes to fd 1 and 2
 * (as Node does for files, ttys and pipes on POSIX, so nothing is lost at
 * process.exit). Formatting lives in src/js/console.js.
 */
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

static void console_write_all(int fd, const char *p, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      if (errno == EAGAIN) { /* a non-blocking pipe: wait for room */
        usleep(1000);
        continue;
      }
      return; /* EPIPE and friends: console output is best effort */
    }
    p += n;
    len -= (size_t)n;
  }
}

/* write(fd, string) */
static duk_ret_t console_write(duk_context *ctx) {
  int fd = duk_require_int(ctx, 0);
  duk_size_t len;
  const char *s = duk_to_lstring(ctx, 1, &len);
  if (fd != 1 && fd != 2)
    return jsrt__throw_code(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                            "The value of \"fd\" is out of range. It must be "
                            "1 or 2. Received %d",
                            fd);
  {
    size_t ulen;
    char *u = jsrt__cesu8_to_utf8(s, len, &ulen); /* astral characters */
    console_write_all(fd, u != NULL ? u : s, u != NULL ? ulen : len);
    free(u);
  }
  return 0;
}

static const duk_function_list_entry console_funcs[] = {
    {"write", console_write, 2}, {NULL, NULL, 0}};

duk_ret_t jsrt__open_console(duk_context *ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, console_funcs);
  return 1;
}

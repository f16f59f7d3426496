/* print.c - STUB until the printer lands: prints the source unchanged. */
#include <string.h>

#include "ast.h"

char *jc_print(jc_ctx *c, size_t *len) {
  char *out = jc_raw_alloc(c, c->len + 1);
  if (out == NULL)
    return NULL;
  memcpy(out, c->src, c->len);
  out[c->len] = '\0';
  *len = c->len;
  return out;
}

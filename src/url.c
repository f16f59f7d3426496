/*
 * url.c - the native half of internal/url: UTF-8 percent-encoding with the
 * URL Standard's percent-encode sets, a per-byte loop that is far too slow
 * in the interpreter for long paths, queries and fragments.
 */
#include "internal.h"

#include <string.h>

/* Set ids, shared with src/js/internal/url.js. Each set is a 128-bit map
 * of the ASCII bytes it encodes; every non-ASCII code point is encoded by
 * all of them. URL_SET_FORM is application/x-www-form-urlencoded: it also
 * turns a space into '+'. */
enum {
  URL_SET_C0,
  URL_SET_FRAGMENT,
  URL_SET_QUERY,
  URL_SET_SPECIAL_QUERY,
  URL_SET_PATH,
  URL_SET_USERINFO,
  URL_SET_COMPONENT,
  URL_SET_FORM,
  URL_NSETS
};

static const char *const url_set_chars[URL_NSETS] = {
    "",
    " \"<>`",
    " \"#<>",
    " \"#<>'",
    " \"#<>?`{}",
    " \"#<>?`{}/:;=@[\\]^|",
    " \"#<>?`{}/:;=@[\\]^|$%&+,",
    " \"#<>?`{}/:;=@[\\]^|$%&+,!'()~",
};

static int url_in_set(int set, unsigned char c) {
  if (c < 0x20 || c >= 0x7f)
    return 1;
  return strchr(url_set_chars[set], c) != NULL;
}

static char *url_put_pct(char *o, unsigned char b) {
  static const char hex[] = "0123456789ABCDEF";
  *o++ = '%';
  *o++ = hex[b >> 4];
  *o++ = hex[b & 15];
  return o;
}

/* pctEncode(string, set) -> string. Duktape keeps a JS surrogate pair as
 * two 3-byte sequences (CESU-8): they are joined into the code point's
 * 4-byte UTF-8 form. A lone surrogate (the JS side converts them before)
 * becomes U+FFFD. */
static duk_ret_t url_pct_encode(duk_context *ctx) {
  duk_size_t len, i;
  const unsigned char *s =
      (const unsigned char *)duk_require_lstring(ctx, 0, &len);
  int set = duk_require_int(ctx, 1);
  unsigned char map[128];
  char *out, *o;
  int c;

  if (set < 0 || set >= URL_NSETS)
    return jsrt__throw_code(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                            "unknown percent-encode set %d", set);
  for (c = 0; c < 128; c++)
    map[c] = (unsigned char)url_in_set(set, (unsigned char)c);
  for (i = 0; i < len; i++)
    if (s[i] >= 0x80 || map[s[i]])
      break;
  if (i == len) { /* nothing to encode: return the same string */
    duk_dup(ctx, 0);
    return 1;
  }

  /* Worst case: every byte becomes %XX. */
  out = duk_push_fixed_buffer(ctx, len * 3);
  memcpy(out, s, i);
  o = out + i;
  while (i < len) {
    unsigned char b = s[i];
    if (b < 0x80) {
      if (set == URL_SET_FORM && b == ' ')
        *o++ = '+';
      else if (map[b])
        o = url_put_pct(o, b);
      else
        *o++ = (char)b;
      i++;
      continue;
    }
    if (b == 0xed && i + 5 < len && s[i + 1] >= 0xa0 && s[i + 1] <= 0xaf &&
        s[i + 3] == 0xed && s[i + 4] >= 0xb0 && s[i + 4] <= 0xbf) {
      /* CESU-8 surrogate pair -> one 4-byte UTF-8 sequence */
      unsigned hi =
          0xd000u | ((unsigned)(s[i + 1] & 0x3f) << 6) | (s[i + 2] & 0x3fu);
      unsigned lo =
          0xd000u | ((unsigned)(s[i + 4] & 0x3f) << 6) | (s[i + 5] & 0x3fu);
      unsigned cp = 0x10000u + ((hi - 0xd800u) << 10) + (lo - 0xdc00u);
      o = url_put_pct(o, (unsigned char)(0xf0 | (cp >> 18)));
      o = url_put_pct(o, (unsigned char)(0x80 | ((cp >> 12) & 0x3f)));
      o = url_put_pct(o, (unsigned char)(0x80 | ((cp >> 6) & 0x3f)));
      o = url_put_pct(o, (unsigned char)(0x80 | (cp & 0x3f)));
      i += 6;
    } else if (b == 0xed && i + 1 < len && s[i + 1] >= 0xa0) {
      /* lone surrogate -> U+FFFD */
      o = url_put_pct(o, 0xef);
      o = url_put_pct(o, 0xbf);
      o = url_put_pct(o, 0xbd);
      i += 3;
    } else {
      /* any other sequence: its bytes as they are (already UTF-8) */
      size_t n = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      for (; n > 0 && i < len; n--, i++)
        o = url_put_pct(o, s[i]);
    }
  }
  duk_push_lstring(ctx, out, (duk_size_t)(o - out));
  return 1;
}

static const duk_function_list_entry url_funcs[] = {
    {"pctEncode", url_pct_encode, 2}, {NULL, NULL, 0}};

duk_ret_t jsrt__open_url(duk_context *ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, url_funcs);
  return 1;
}

/*
 * buffer.c - the per-byte work behind require('buffer'): string encoding
 * and decoding (utf8, utf16le, latin1, ascii, base64, base64url, hex),
 * search, compare, fill, copy, concat and byte swaps. Buffers are
 * Duktape's Node.js buffer objects (Uint8Array views with Buffer.prototype);
 * argument validation and Node's error messages live in src/js/buffer.js,
 * which calls these with checked, integral offsets.
 */
#include "internal.h"

#include <string.h>

/* Encoding numbers shared with src/js/buffer.js. */
enum {
  BUF_UTF8 = 0,
  BUF_UTF16LE = 1,
  BUF_LATIN1 = 2,
  BUF_ASCII = 3,
  BUF_BASE64 = 4,
  BUF_BASE64URL = 5,
  BUF_HEX = 6
};

/* ---- helpers ---- */

/* Data of the buffer (object or plain) at idx; throws if it is none. */
static uint8_t *buffer_data(duk_context *ctx, duk_idx_t idx, size_t *len) {
  duk_size_t sz = 0;
  void *p;
  if (!duk_is_buffer_data(ctx, idx))
    jsrt__throw_arg_type_raw(ctx, "buffer", "Buffer", idx);
  p = duk_get_buffer_data(ctx, idx, &sz);
  *len = sz;
  return p;
}

/* A new zeroed (or not) Buffer of len bytes: pushes it, returns its data. */
static uint8_t *buffer_push_new(duk_context *ctx, size_t len, int zero) {
  uint8_t *p;
  if (len > 0x7ffffffeUL)
    jsrt__throw_code_raw(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                         "Array buffer allocation failed");
  p = duk_push_buffer_raw(ctx, len, zero ? 0 : DUK_BUF_FLAG_NOZERO);
  duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_NODEJS_BUFFER);
  duk_remove(ctx, -2);
  return p;
}

static size_t buffer_arg_size(duk_context *ctx, duk_idx_t idx, size_t max) {
  double d = duk_get_number_default(ctx, idx, 0);
  if (!(d > 0))
    return 0;
  if (d > (double)max)
    return max;
  return (size_t)d;
}

/*
 * Duktape strings are extended UTF-8; code points above U+FFFF normally sit
 * as two 3-byte surrogates (CESU-8) but may also be 4-byte sequences. The
 * reader yields one code point at a time and never reads past the end.
 */
static uint32_t buffer_next_cp(const uint8_t **pp, const uint8_t *end) {
  const uint8_t *p = *pp;
  uint32_t c = *p++;
  int n;
  if (c < 0x80) {
    *pp = p;
    return c;
  }
  if (c < 0xe0) {
    c &= 0x1f;
    n = 1;
  } else if (c < 0xf0) {
    c &= 0x0f;
    n = 2;
  } else if (c < 0xf8) {
    c &= 0x07;
    n = 3;
  } else {
    c &= 0x03;
    n = 4;
  }
  while (n-- > 0 && p < end)
    c = (c << 6) | (*p++ & 0x3f);
  *pp = p;
  return c;
}

/* The next UTF-16 code unit sequence as a scalar for UTF-8 output: joins
 * surrogate pairs, turns lone surrogates into U+FFFD (as Node does). */
static uint32_t buffer_next_scalar(const uint8_t **pp, const uint8_t *end) {
  uint32_t c = buffer_next_cp(pp, end);
  if (c >= 0xd800 && c <= 0xdbff) {
    const uint8_t *q = *pp;
    if (q < end) {
      uint32_t d = buffer_next_cp(&q, end);
      if (d >= 0xdc00 && d <= 0xdfff) {
        *pp = q;
        return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      }
    }
    return 0xfffd;
  }
  if ((c >= 0xdc00 && c <= 0xdfff) || c > 0x10ffff)
    return 0xfffd;
  return c;
}

static size_t buffer_utf8_len(uint32_t c) {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

static uint8_t *buffer_put_utf8(uint8_t *o, uint32_t c) {
  if (c < 0x80) {
    *o++ = (uint8_t)c;
  } else if (c < 0x800) {
    *o++ = (uint8_t)(0xc0 | (c >> 6));
    *o++ = (uint8_t)(0x80 | (c & 0x3f));
  } else if (c < 0x10000) {
    *o++ = (uint8_t)(0xe0 | (c >> 12));
    *o++ = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
    *o++ = (uint8_t)(0x80 | (c & 0x3f));
  } else {
    *o++ = (uint8_t)(0xf0 | (c >> 18));
    *o++ = (uint8_t)(0x80 | ((c >> 12) & 0x3f));
    *o++ = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
    *o++ = (uint8_t)(0x80 | (c & 0x3f));
  }
  return o;
}

/* Calls fn for each UTF-16 code unit of the string (non-BMP 4-byte
 * sequences split into surrogates). Returns units seen. */
#define BUFFER_FOR_UNITS(s, end, u, BODY)                                      \
  do {                                                                         \
    const uint8_t *p_ = (s);                                                   \
    while (p_ < (end)) {                                                       \
      uint32_t c_ = buffer_next_cp(&p_, (end));                                \
      if (c_ >= 0x10000) {                                                     \
        c_ -= 0x10000;                                                         \
        (u) = 0xd800 + ((c_ >> 10) & 0x3ff);                                   \
        BODY;                                                                  \
        (u) = 0xdc00 + (c_ & 0x3ff);                                           \
        BODY;                                                                  \
      } else {                                                                 \
        (u) = c_;                                                              \
        BODY;                                                                  \
      }                                                                        \
    }                                                                          \
  } while (0)

static const char buffer_b64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char buffer_b64url[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
static const char buffer_hexdig[] = "0123456789abcdef";

/* Decoding table: both alphabets, -1 for anything else. */
static int8_t buffer_b64dec[256];
static int buffer_b64dec_ready;

static void buffer_b64_init(void) {
  int i;
  if (buffer_b64dec_ready)
    return;
  memset(buffer_b64dec, -1, sizeof(buffer_b64dec));
  for (i = 0; i < 64; i++) {
    buffer_b64dec[(uint8_t)buffer_b64[i]] = (int8_t)i;
    buffer_b64dec[(uint8_t)buffer_b64url[i]] = (int8_t)i;
  }
  buffer_b64dec_ready = 1; /* idempotent: racing threads write the same */
}

static int buffer_hexval(uint8_t c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c |= 0x20;
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

/* ---- encoding strings into bytes ---- */

/* Whether Duktape's internal bytes are already valid UTF-8: true unless
 * they hold a surrogate (ED A0..BF ..) or a sequence led by F4..FF (code
 * points past U+10FFFF and Duktape's extended forms). BMP text and 4-byte
 * non-BMP sequences pass as they are. */
static int buffer_plain_utf8(const uint8_t *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    uint8_t c = s[i];
    if (c < 0xed)
      continue;
    if (c == 0xed ? (i + 1 < n && s[i + 1] >= 0xa0) : c >= 0xf4)
      return 0;
  }
  return 1;
}

/* Bytes the string needs in enc (for base64 an upper bound, exact for
 * well-formed input, like Node's byteLength). */
static size_t buffer_byte_length(const uint8_t *s, size_t blen, size_t clen,
                                 int enc) {
  size_t n = 0;
  uint32_t u;
  switch (enc) {
  case BUF_UTF8: {
    const uint8_t *p = s, *end = s + blen;
    if (blen == clen || buffer_plain_utf8(s, blen))
      return blen; /* ASCII, or BMP text without surrogates */
    while (p < end)
      n += buffer_utf8_len(buffer_next_scalar(&p, end));
    return n;
  }
  case BUF_UTF16LE:
    BUFFER_FOR_UNITS(s, s + blen, u, n += 2);
    (void)u;
    return n;
  case BUF_LATIN1:
  case BUF_ASCII:
    if (blen == clen)
      return blen;
    BUFFER_FOR_UNITS(s, s + blen, u, n++);
    (void)u;
    return n;
  case BUF_HEX:
    return clen >> 1;
  default: { /* base64, base64url: Node counts characters; '=' is one byte */
    size_t len = clen;
    if (len > 0 && s[blen - 1] == '=') {
      len--;
      if (len > 1 && s[blen - 2] == '=')
        len--;
    }
    return (len * 3) >> 2;
  }
  }
}

/* Decodes base64 (either alphabet) leniently like Node: characters outside
 * the alphabet are skipped, '=' ends the data. Returns bytes written. */
static size_t buffer_b64_decode(const uint8_t *s, size_t len, uint8_t *out,
                                size_t cap) {
  size_t i = 0, o = 0;
  uint32_t acc = 0;
  int bits = 0;
  buffer_b64_init();
  /* Fast path over complete, clean quads. */
  while (i + 4 <= len && o + 3 <= cap) {
    int a = buffer_b64dec[s[i]], b = buffer_b64dec[s[i + 1]],
        c = buffer_b64dec[s[i + 2]], d = buffer_b64dec[s[i + 3]];
    if ((a | b | c | d) < 0)
      break;
    uint32_t v = ((uint32_t)a << 18) | ((uint32_t)b << 12) |
                 ((uint32_t)c << 6) | (uint32_t)d;
    out[o] = (uint8_t)(v >> 16);
    out[o + 1] = (uint8_t)(v >> 8);
    out[o + 2] = (uint8_t)v;
    o += 3;
    i += 4;
  }
  for (; i < len && o < cap; i++) {
    int v;
    if (s[i] == '=')
      break;
    v = buffer_b64dec[s[i]];
    if (v < 0)
      continue;
    acc = (acc << 6) | (uint32_t)v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (uint8_t)(acc >> bits);
    }
  }
  return o;
}

/* Writes the string (internal bytes s/blen) into out as enc, at most cap
 * bytes and only whole characters. Returns bytes written. */
static size_t buffer_encode(const uint8_t *s, size_t blen, size_t clen, int enc,
                            uint8_t *out, size_t cap) {
  size_t o = 0;
  uint32_t u;
  switch (enc) {
  case BUF_UTF8: {
    const uint8_t *p = s, *end = s + blen;
    if (blen == clen || (blen <= cap && buffer_plain_utf8(s, blen))) {
      o = blen < cap ? blen : cap;
      if (o > 0)
        memcpy(out, s, o);
      return o;
    }
    while (p < end) {
      const uint8_t *save = p;
      uint32_t c = buffer_next_scalar(&p, end);
      if (o + buffer_utf8_len(c) > cap) {
        p = save;
        break;
      }
      o = (size_t)(buffer_put_utf8(out + o, c) - out);
    }
    return o;
  }
  case BUF_UTF16LE:
    BUFFER_FOR_UNITS(s, s + blen, u, {
      if (o + 2 > cap)
        return o;
      out[o++] = (uint8_t)u;
      out[o++] = (uint8_t)(u >> 8);
    });
    return o;
  case BUF_LATIN1:
  case BUF_ASCII:
    if (blen == clen) {
      o = blen < cap ? blen : cap;
      if (o > 0)
        memcpy(out, s, o);
      return o;
    }
    BUFFER_FOR_UNITS(s, s + blen, u, {
      if (o >= cap)
        return o;
      out[o++] = (uint8_t)u;
    });
    return o;
  case BUF_HEX: {
    /* Stops at the first pair that is not hex (Node truncates there). */
    size_t i;
    if (blen != clen) { /* non-ASCII: decode up to the first such char */
      size_t k;
      for (k = 0; k < blen && s[k] < 0x80; k++)
        ;
      blen = k;
    }
    for (i = 0; i + 1 < blen && o < cap; i += 2) {
      int hi = buffer_hexval(s[i]), lo = buffer_hexval(s[i + 1]);
      if (hi < 0 || lo < 0)
        break;
      out[o++] = (uint8_t)((hi << 4) | lo);
    }
    return o;
  }
  default:
    return buffer_b64_decode(s, blen, out, cap);
  }
}

/* Node decodes hex and base64 from a string's UTF-16 code units cut to
 * their low byte (a two-byte V8 string). For a non-ASCII string, pushes
 * those bytes and points s/blen/clen at them; the caller keeps the stack. */
static void buffer_narrow(duk_context *ctx, int enc, const uint8_t **s,
                          size_t *blen, size_t *clen) {
  uint8_t *out;
  size_t o = 0;
  uint32_t u;
  if ((enc != BUF_HEX && enc != BUF_BASE64 && enc != BUF_BASE64URL) ||
      *blen == *clen)
    return;
  out = duk_push_fixed_buffer(ctx, *clen ? *clen : 1);
  BUFFER_FOR_UNITS(*s, *s + *blen, u, {
    if (o < *clen)
      out[o++] = (uint8_t)u;
  });
  *s = out;
  *blen = *clen = o;
}

/* fromString(string, enc) -> Buffer */
static duk_ret_t buffer_from_string(duk_context *ctx) {
  duk_size_t blen;
  const uint8_t *s = (const uint8_t *)duk_require_lstring(ctx, 0, &blen);
  size_t clen = duk_get_length(ctx, 0);
  int enc = duk_get_int(ctx, 1);
  size_t need, n, blen2 = blen;
  buffer_narrow(ctx, enc, &s, &blen2, &clen);
  blen = blen2;
  need = buffer_byte_length(s, blen, clen, enc);
  uint8_t *out;
  if (need > 0x7ffffffeUL)
    jsrt__throw_code_raw(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                         "Array buffer allocation failed");
  out = duk_push_buffer_raw(ctx, need, DUK_BUF_FLAG_NOZERO);
  n = buffer_encode(s, blen, clen, enc, out, need);
  /* Shorter than estimated (bad base64/hex): the view covers what was
   * made; the tail is zeroed so no uninitialised memory is reachable. */
  if (n < need)
    memset(out + n, 0, need - n);
  duk_push_buffer_object(ctx, -1, 0, n, DUK_BUFOBJ_NODEJS_BUFFER);
  return 1;
}

/* byteLength(string, enc) -> number */
static duk_ret_t buffer_byte_length_js(duk_context *ctx) {
  duk_size_t blen;
  const uint8_t *s = (const uint8_t *)duk_require_lstring(ctx, 0, &blen);
  duk_push_number(ctx,
                  (double)buffer_byte_length(s, blen, duk_get_length(ctx, 0),
                                             duk_get_int(ctx, 1)));
  return 1;
}

/* write(buf, string, offset, length, enc) -> bytes written */
static duk_ret_t buffer_write(duk_context *ctx) {
  size_t len, off, max;
  uint8_t *data = buffer_data(ctx, 0, &len);
  duk_size_t blen;
  const uint8_t *s = (const uint8_t *)duk_require_lstring(ctx, 1, &blen);
  size_t blen2 = blen, clen = duk_get_length(ctx, 1);
  int enc = duk_get_int(ctx, 4);
  off = buffer_arg_size(ctx, 2, len);
  max = buffer_arg_size(ctx, 3, len - off);
  buffer_narrow(ctx, enc, &s, &blen2, &clen);
  duk_push_number(ctx,
                  (double)buffer_encode(s, blen2, clen, enc, data + off, max));
  return 1;
}

/* ---- decoding bytes into strings ---- */

/* Pushes bytes [p, p+n) decoded as UTF-8 with WHATWG replacement (U+FFFD
 * per maximal invalid subpart); code points above U+FFFF become surrogate
 * pairs in Duktape's CESU-8 form, so .length counts UTF-16 units. */
static void buffer_push_utf8(duk_context *ctx, const uint8_t *p, size_t n) {
  size_t i = 0, o = 0;
  uint8_t *out;
  /* ASCII prefix check: most data is, and then the bytes are the string. */
  while (i < n && p[i] < 0x80)
    i++;
  if (i == n) {
    duk_push_lstring(ctx, (const char *)p, n);
    return;
  }
  /* Worst case: each invalid byte -> 3 bytes (U+FFFD); 4-byte sequences
   * -> 6 bytes (1.5x). 3x is a safe bound. */
  out = duk_push_fixed_buffer(ctx, n * 3);
  memcpy(out, p, i);
  o = i;
  while (i < n) {
    uint32_t c = p[i];
    if (c < 0x80) {
      out[o++] = (uint8_t)c;
      i++;
      continue;
    }
    {
      int need;
      uint32_t lower = 0x80, upper = 0xbf, cp;
      size_t j;
      if (c >= 0xc2 && c <= 0xdf) {
        need = 1;
        cp = c & 0x1f;
      } else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        cp = c & 0x0f;
        if (c == 0xe0)
          lower = 0xa0;
        if (c == 0xed)
          upper = 0x9f;
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        cp = c & 0x07;
        if (c == 0xf0)
          lower = 0x90;
        if (c == 0xf4)
          upper = 0x8f;
      } else {
        buffer_put_utf8(out + o, 0xfffd);
        o += 3;
        i++;
        continue;
      }
      for (j = 1; j <= (size_t)need; j++) {
        uint8_t b;
        if (i + j >= n)
          break;
        b = p[i + j];
        if (b < lower || b > upper)
          break;
        lower = 0x80;
        upper = 0xbf;
        cp = (cp << 6) | (b & 0x3f);
      }
      if (j <= (size_t)need) { /* invalid: replace the consumed prefix */
        buffer_put_utf8(out + o, 0xfffd);
        o += 3;
        i += j;
        continue;
      }
      i += (size_t)need + 1;
      if (cp >= 0x10000) {
        cp -= 0x10000;
        buffer_put_utf8(out + o, 0xd800 + (cp >> 10));
        buffer_put_utf8(out + o + 3, 0xdc00 + (cp & 0x3ff));
        o += 6;
      } else {
        o = (size_t)(buffer_put_utf8(out + o, cp) - out);
      }
    }
  }
  duk_push_lstring(ctx, (const char *)out, o);
  duk_remove(ctx, -2);
}

static void buffer_push_latin1(duk_context *ctx, const uint8_t *p, size_t n,
                               int ascii) {
  size_t i, o = 0;
  uint8_t *out;
  for (i = 0; i < n && p[i] < 0x80; i++)
    ;
  if (i == n) {
    duk_push_lstring(ctx, (const char *)p, n);
    return;
  }
  out = duk_push_fixed_buffer(ctx, n * 2);
  for (i = 0; i < n; i++) {
    uint8_t c = ascii ? (uint8_t)(p[i] & 0x7f) : p[i];
    if (c < 0x80) {
      out[o++] = c;
    } else {
      out[o++] = (uint8_t)(0xc0 | (c >> 6));
      out[o++] = (uint8_t)(0x80 | (c & 0x3f));
    }
  }
  duk_push_lstring(ctx, (const char *)out, o);
  duk_remove(ctx, -2);
}

static void buffer_push_utf16le(duk_context *ctx, const uint8_t *p, size_t n) {
  size_t i, o = 0;
  uint8_t *out = duk_push_fixed_buffer(ctx, (n / 2) * 3 + 1);
  /* Each unit (surrogates too) is written as its own 1-3 byte sequence:
   * exactly Duktape's representation of a JS string. */
  for (i = 0; i + 1 < n; i += 2)
    o = (size_t)(buffer_put_utf8(out + o,
                                 (uint32_t)p[i] | ((uint32_t)p[i + 1] << 8)) -
                 out);
  duk_push_lstring(ctx, (const char *)out, o);
  duk_remove(ctx, -2);
}

static void buffer_push_hex(duk_context *ctx, const uint8_t *p, size_t n) {
  size_t i;
  uint8_t *out = duk_push_fixed_buffer(ctx, n * 2);
  for (i = 0; i < n; i++) {
    out[2 * i] = (uint8_t)buffer_hexdig[p[i] >> 4];
    out[2 * i + 1] = (uint8_t)buffer_hexdig[p[i] & 15];
  }
  duk_push_lstring(ctx, (const char *)out, n * 2);
  duk_remove(ctx, -2);
}

static void buffer_push_base64(duk_context *ctx, const uint8_t *p, size_t n,
                               int url) {
  const char *tab = url ? buffer_b64url : buffer_b64;
  size_t i, o = 0, outlen = ((n + 2) / 3) * 4;
  uint8_t *out = duk_push_fixed_buffer(ctx, outlen);
  for (i = 0; i + 3 <= n; i += 3) {
    uint32_t v = ((uint32_t)p[i] << 16) | ((uint32_t)p[i + 1] << 8) | p[i + 2];
    out[o++] = (uint8_t)tab[v >> 18];
    out[o++] = (uint8_t)tab[(v >> 12) & 63];
    out[o++] = (uint8_t)tab[(v >> 6) & 63];
    out[o++] = (uint8_t)tab[v & 63];
  }
  if (n - i == 1) {
    uint32_t v = (uint32_t)p[i] << 16;
    out[o++] = (uint8_t)tab[v >> 18];
    out[o++] = (uint8_t)tab[(v >> 12) & 63];
    if (!url) {
      out[o++] = '=';
      out[o++] = '=';
    }
  } else if (n - i == 2) {
    uint32_t v = ((uint32_t)p[i] << 16) | ((uint32_t)p[i + 1] << 8);
    out[o++] = (uint8_t)tab[v >> 18];
    out[o++] = (uint8_t)tab[(v >> 12) & 63];
    out[o++] = (uint8_t)tab[(v >> 6) & 63];
    if (!url)
      out[o++] = '=';
  }
  duk_push_lstring(ctx, (const char *)out, o);
  duk_remove(ctx, -2);
}

static void buffer_push_decoded(duk_context *ctx, const uint8_t *p, size_t n,
                                int enc) {
  switch (enc) {
  case BUF_UTF16LE:
    buffer_push_utf16le(ctx, p, n);
    break;
  case BUF_LATIN1:
    buffer_push_latin1(ctx, p, n, 0);
    break;
  case BUF_ASCII:
    buffer_push_latin1(ctx, p, n, 1);
    break;
  case BUF_BASE64:
  case BUF_BASE64URL:
    buffer_push_base64(ctx, p, n, enc == BUF_BASE64URL);
    break;
  case BUF_HEX:
    buffer_push_hex(ctx, p, n);
    break;
  default:
    buffer_push_utf8(ctx, p, n);
  }
}

/* toString(buf, enc, start, end) -> string (start/end clamped here) */
static duk_ret_t buffer_to_string(duk_context *ctx) {
  size_t len, start, end;
  const uint8_t *data = buffer_data(ctx, 0, &len);
  int enc = duk_get_int(ctx, 1);
  start = buffer_arg_size(ctx, 2, len);
  end = duk_is_undefined(ctx, 3) ? len : buffer_arg_size(ctx, 3, len);
  if (end <= start) {
    duk_push_string(ctx, "");
    return 1;
  }
  buffer_push_decoded(ctx, data + start, end - start, enc);
  return 1;
}

/* ---- views, copies, comparisons ---- */

/* view(buf, start, end) -> Buffer sharing buf's memory (clamped). */
static duk_ret_t buffer_view(duk_context *ctx) {
  size_t len, start, end;
  duk_size_t off;
  (void)buffer_data(ctx, 0, &len);
  start = buffer_arg_size(ctx, 1, len);
  end = buffer_arg_size(ctx, 2, len);
  if (end < start)
    end = start;
  /* .buffer is the ArrayBuffer covering [0, byteOffset + length). */
  duk_get_prop_string(ctx, 0, "byteOffset");
  off = (duk_size_t)duk_get_number(ctx, -1);
  duk_pop(ctx);
  if (duk_is_buffer(ctx, 0)) {
    duk_push_buffer_object(ctx, 0, start, end - start,
                           DUK_BUFOBJ_NODEJS_BUFFER);
    return 1;
  }
  duk_get_prop_string(ctx, 0, "buffer");
  duk_push_buffer_object(ctx, -1, off + start, end - start,
                         DUK_BUFOBJ_NODEJS_BUFFER);
  return 1;
}

/* fromArrayBuffer(ab, offset, length) -> Buffer over ab (checked in JS) */
static duk_ret_t buffer_from_array_buffer(duk_context *ctx) {
  duk_push_buffer_object(ctx, 0, (duk_size_t)duk_require_number(ctx, 1),
                         (duk_size_t)duk_require_number(ctx, 2),
                         DUK_BUFOBJ_NODEJS_BUFFER);
  return 1;
}

/* alloc(size, zero) -> Buffer */
static duk_ret_t buffer_alloc(duk_context *ctx) {
  double d = duk_require_number(ctx, 0);
  buffer_push_new(ctx, d > 0 ? (size_t)d : 0, duk_to_boolean(ctx, 1));
  return 1;
}

/* copy(src, dst, dstStart, srcStart, count): memmove, clamped. */
static duk_ret_t buffer_copy(duk_context *ctx) {
  size_t slen, dlen, ds, ss, n;
  const uint8_t *src = buffer_data(ctx, 0, &slen);
  uint8_t *dst = buffer_data(ctx, 1, &dlen);
  ds = buffer_arg_size(ctx, 2, dlen);
  ss = buffer_arg_size(ctx, 3, slen);
  n = buffer_arg_size(ctx, 4, slen - ss);
  if (n > dlen - ds)
    n = dlen - ds;
  if (n > 0)
    memmove(dst + ds, src + ss, n);
  duk_push_number(ctx, (double)n);
  return 1;
}

static int buffer_cmp(const uint8_t *a, size_t alen, const uint8_t *b,
                      size_t blen) {
  size_t n = alen < blen ? alen : blen;
  int r = n ? memcmp(a, b, n) : 0;
  if (r != 0)
    return r < 0 ? -1 : 1;
  return alen < blen ? -1 : alen > blen ? 1 : 0;
}

/* compare(a, b, aStart, aEnd, bStart, bEnd) -> -1/0/1 */
static duk_ret_t buffer_compare(duk_context *ctx) {
  size_t alen, blen, as, ae, bs, be;
  const uint8_t *a = buffer_data(ctx, 0, &alen);
  const uint8_t *b = buffer_data(ctx, 1, &blen);
  as = buffer_arg_size(ctx, 2, alen);
  ae = duk_is_undefined(ctx, 3) ? alen : buffer_arg_size(ctx, 3, alen);
  bs = buffer_arg_size(ctx, 4, blen);
  be = duk_is_undefined(ctx, 5) ? blen : buffer_arg_size(ctx, 5, blen);
  if (ae < as)
    ae = as;
  if (be < bs)
    be = bs;
  duk_push_int(ctx, buffer_cmp(a + as, ae - as, b + bs, be - bs));
  return 1;
}

/* concat(list, total) -> Buffer, or -(i+1) when list[i] is no Uint8Array.
 * total < 0: the sum of the lengths. */
static duk_ret_t buffer_concat(duk_context *ctx) {
  duk_size_t n = duk_get_length(ctx, 0), i;
  double want = duk_get_number_default(ctx, 1, -1);
  size_t total = 0, pos = 0;
  uint8_t *out;
  for (i = 0; i < n; i++) {
    duk_size_t sz;
    duk_get_prop_index(ctx, 0, (duk_uarridx_t)i);
    if (!duk_is_buffer_data(ctx, -1)) {
      duk_push_number(ctx, -(double)i - 1);
      return 1;
    }
    (void)duk_get_buffer_data(ctx, -1, &sz);
    total += sz;
    duk_pop(ctx);
  }
  if (want >= 0)
    total = (size_t)want;
  out = buffer_push_new(ctx, total, 0);
  for (i = 0; i < n && pos < total; i++) {
    duk_size_t sz;
    const uint8_t *p;
    duk_get_prop_index(ctx, 0, (duk_uarridx_t)i);
    p = duk_get_buffer_data(ctx, -1, &sz);
    if (sz > total - pos)
      sz = total - pos;
    if (sz > 0)
      memcpy(out + pos, p, sz);
    pos += sz;
    duk_pop(ctx);
  }
  if (pos < total)
    memset(out + pos, 0, total - pos);
  return 1;
}

/* fill(buf, value(bytes|number), start, end) -> 0, or -1 when the value
 * encodes to no bytes. */
static duk_ret_t buffer_fill(duk_context *ctx) {
  size_t len, start, end;
  uint8_t *data = buffer_data(ctx, 0, &len);
  start = buffer_arg_size(ctx, 2, len);
  end = buffer_arg_size(ctx, 3, len);
  if (end <= start) {
    duk_push_int(ctx, 0);
    return 1;
  }
  if (duk_is_buffer_data(ctx, 1)) {
    duk_size_t vlen;
    const uint8_t *v = duk_get_buffer_data(ctx, 1, &vlen);
    size_t n = end - start, done;
    if (vlen == 0) {
      duk_push_int(ctx, -1);
      return 1;
    }
    if (vlen == 1) {
      memset(data + start, v[0], n);
    } else {
      /* Copy the value once, then double the filled prefix. May overlap
       * when value is a view of buf: copy through memmove. */
      done = vlen < n ? vlen : n;
      memmove(data + start, v, done);
      while (done < n) {
        size_t k = done < n - done ? done : n - done;
        memcpy(data + start + done, data + start, k);
        done += k;
      }
    }
  } else {
    uint32_t v = duk_to_uint32(ctx, 1);
    memset(data + start, (int)(v & 255), end - start);
  }
  duk_push_int(ctx, 0);
  return 1;
}

/* indexOf(buf, needle(bytes|number), offset, forward, align2) -> index */
static duk_ret_t buffer_index_of(duk_context *ctx) {
  size_t hlen, nlen;
  const uint8_t *h = buffer_data(ctx, 0, &hlen);
  const uint8_t *nd;
  uint8_t byte;
  double offd = duk_to_number(ctx, 2);
  int fwd = duk_to_boolean(ctx, 3), align = duk_to_boolean(ctx, 4);
  int64_t off, len = (int64_t)hlen;
  if (duk_is_buffer_data(ctx, 1)) {
    duk_size_t sz;
    nd = duk_get_buffer_data(ctx, 1, &sz);
    nlen = sz;
  } else {
    byte = (uint8_t)(duk_to_uint32(ctx, 1) & 255);
    nd = &byte;
    nlen = 1;
  }
  /* Node's IndexOfOffset(). */
  off = (offd != offd) ? 0
        : offd > 9e15  ? (int64_t)9e15
        : offd < -9e15 ? (int64_t)-9e15
                       : (int64_t)offd;
  if (off < 0) {
    if (off + len >= 0)
      off = len + off;
    else if (fwd || nlen == 0)
      off = 0;
    else
      off = -1;
  } else if (off + (int64_t)nlen > len) {
    if (nlen == 0)
      off = len;
    else if (fwd)
      off = -1;
    else
      off = len - 1;
  }
  if (nlen == 0) {
    duk_push_number(ctx, (double)off);
    return 1;
  }
  if (len == 0 || off < 0 || (int64_t)nlen > len) {
    duk_push_int(ctx, -1);
    return 1;
  }
  if (fwd) {
    int64_t i = off;
    while (i + (int64_t)nlen <= len) {
      const uint8_t *m =
          memchr(h + i, nd[0], (size_t)(len - (int64_t)nlen - i + 1));
      if (m == NULL)
        break;
      i = m - h;
      if (memcmp(h + i, nd, nlen) == 0 && (!align || (i & 1) == 0)) {
        duk_push_number(ctx, (double)i);
        return 1;
      }
      i++;
    }
  } else {
    int64_t i = off;
    if (i > len - (int64_t)nlen)
      i = len - (int64_t)nlen;
    for (; i >= 0; i--) {
      if (h[i] == nd[0] && memcmp(h + i, nd, nlen) == 0 &&
          (!align || (i & 1) == 0)) {
        duk_push_number(ctx, (double)i);
        return 1;
      }
    }
  }
  duk_push_int(ctx, -1);
  return 1;
}

/* swap(buf, size): byte order of each size-byte group reversed. */
static duk_ret_t buffer_swap(duk_context *ctx) {
  size_t len, i, k;
  uint8_t *p = buffer_data(ctx, 0, &len);
  int size = duk_require_int(ctx, 1);
  for (i = 0; i + (size_t)size <= len; i += (size_t)size)
    for (k = 0; k < (size_t)size / 2; k++) {
      uint8_t t = p[i + k];
      p[i + k] = p[i + (size_t)size - 1 - k];
      p[i + (size_t)size - 1 - k] = t;
    }
  return 0;
}

/* isUtf8(buf) / isAscii(buf) */
static duk_ret_t buffer_is_ascii(duk_context *ctx) {
  size_t len, i;
  const uint8_t *p = buffer_data(ctx, 0, &len);
  for (i = 0; i < len; i++)
    if (p[i] & 0x80)
      break;
  duk_push_boolean(ctx, i == len);
  return 1;
}

static duk_ret_t buffer_is_utf8(duk_context *ctx) {
  size_t len, i = 0;
  const uint8_t *p = buffer_data(ctx, 0, &len);
  while (i < len) {
    uint8_t c = p[i];
    size_t need, j;
    uint8_t lo = 0x80, hi = 0xbf;
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c >= 0xc2 && c <= 0xdf)
      need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c == 0xe0)
        lo = 0xa0;
      if (c == 0xed)
        hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c == 0xf0)
        lo = 0x90;
      if (c == 0xf4)
        hi = 0x8f;
    } else {
      duk_push_false(ctx);
      return 1;
    }
    for (j = 1; j <= need; j++) {
      if (i + j >= len || p[i + j] < lo || p[i + j] > hi) {
        duk_push_false(ctx);
        return 1;
      }
      lo = 0x80;
      hi = 0xbf;
    }
    i += need + 1;
  }
  duk_push_true(ctx);
  return 1;
}

static const duk_function_list_entry buffer_funcs[] = {
    {"fromString", buffer_from_string, 2},
    {"byteLength", buffer_byte_length_js, 2},
    {"write", buffer_write, 5},
    {"toString", buffer_to_string, 4},
    {"view", buffer_view, 3},
    {"fromArrayBuffer", buffer_from_array_buffer, 3},
    {"alloc", buffer_alloc, 2},
    {"copy", buffer_copy, 5},
    {"compare", buffer_compare, 6},
    {"concat", buffer_concat, 2},
    {"fill", buffer_fill, 4},
    {"indexOf", buffer_index_of, 5},
    {"swap", buffer_swap, 2},
    {"isAscii", buffer_is_ascii, 1},
    {"isUtf8", buffer_is_utf8, 1},
    {NULL, NULL, 0}};

duk_ret_t jsrt__open_buffer(duk_context *ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, buffer_funcs);
  return 1;
}

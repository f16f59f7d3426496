/*
 * http.c - the HTTP/1.x parser (llhttp, compiled in from Debian's
 * node-llhttp sources) and message head assembly for http.js. A parser
 * either parses buffers handed to execute() or is attached to a net handle
 * (consume), so a server connection's bytes are parsed in C straight from
 * the read buffer. llhttp's callbacks only collect into C arrays; the
 * results are handed to JS after llhttp_execute returns (never a longjmp
 * through the parser): onHeaders, onBody, onComplete, onError.
 */
#include "internal.h"
#include "net.h"

#include <llhttp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define HTTP_PTR                                                               \
  "\xff"                                                                       \
  "http"
#define HTTP_MAX_HEADER_SIZE_DEFAULT (16 * 1024)

enum { HTTP_EV_HEADERS, HTTP_EV_BODY, HTTP_EV_COMPLETE };

typedef struct {
  int type;
  /* HEADERS: strings [first, first+count) of the arena list (url/status
   * first, then field/value pairs); COMPLETE: its trailers. */
  size_t first, count;
  const char *data; /* BODY: into the buffer being parsed */
  size_t len;
  int method, status, major, minor, upgrade, keepalive;
  int flags; /* HEADERS: 1 a Host header, 2 an Expect header */
} http_event;

typedef struct {
  size_t off, len;
} http_span;

typedef struct {
  llhttp_t p;
  jsrt_isolate *iso;
  int self;                 /* ref to the JS parser while attached */
  int kind;                 /* HTTP_REQUEST or HTTP_RESPONSE */
  jsrt__net_stream *stream; /* attached connection */
  char *arena;
  size_t arena_len, arena_cap;
  http_span *spans;
  size_t nspans, spans_cap;
  size_t msg_first; /* first span of the message being parsed */
  int last_cb;      /* 1: field, 2: value, 0: other */
  int in_headers;   /* between message begin and headers complete */
  int in_trailers;
  size_t header_bytes, max_header_bytes;
  size_t chunk_ext_bytes;
  uint64_t headers_start; /* uv_now at message begin, 0 when not waiting */
  uint64_t msg_start;     /* uv_now at message begin, 0 once complete */
  http_event *events;
  size_t nevents, events_cap;
  int skip_body; /* client: the response to a HEAD request */
  int failed;    /* oom inside a callback */
  int paused;    /* upgrade: stop feeding */
  const char *pause_pos;
} http_parser;

static http_parser *http_cur(llhttp_t *p) { return (http_parser *)p; }

static int http_grow(void **ptr, size_t *cap, size_t need, size_t elem) {
  size_t ncap;
  void *n;
  if (need <= *cap)
    return 0;
  ncap = *cap ? *cap * 2 : 16;
  while (ncap < need)
    ncap *= 2;
  n = realloc(*ptr, ncap * elem);
  if (n == NULL)
    return -1;
  *ptr = n;
  *cap = ncap;
  return 0;
}

static http_event *http_push_event(http_parser *hp, int type) {
  http_event *e;
  if (http_grow((void **)&hp->events, &hp->events_cap, hp->nevents + 1,
                sizeof(http_event)) != 0) {
    hp->failed = 1;
    return NULL;
  }
  e = &hp->events[hp->nevents++];
  memset(e, 0, sizeof(*e));
  e->type = type;
  return e;
}

/* Appends to the current span, or opens a new one when newspan. */
static int http_append(http_parser *hp, const char *at, size_t len,
                       int newspan) {
  if (hp->in_headers || hp->in_trailers) {
    hp->header_bytes += len;
    if (hp->header_bytes > hp->max_header_bytes) {
      llhttp_set_error_reason(&hp->p, "HPE_HEADER_OVERFLOW:Header overflow");
      return HPE_USER;
    }
  }
  if (http_grow((void **)&hp->arena, &hp->arena_cap, hp->arena_len + len, 1) !=
          0 ||
      (newspan && http_grow((void **)&hp->spans, &hp->spans_cap, hp->nspans + 1,
                            sizeof(http_span)) != 0)) {
    hp->failed = 1;
    return -1;
  }
  if (newspan) {
    hp->spans[hp->nspans].off = hp->arena_len;
    hp->spans[hp->nspans].len = 0;
    hp->nspans++;
  }
  if (len > 0)
    memcpy(hp->arena + hp->arena_len, at, len);
  hp->arena_len += len;
  hp->spans[hp->nspans - 1].len += len;
  return 0;
}

static int http_on_message_begin(llhttp_t *p) {
  http_parser *hp = http_cur(p);
  hp->msg_first = hp->nspans;
  hp->in_headers = 1;
  hp->in_trailers = 0;
  hp->header_bytes = 0;
  hp->chunk_ext_bytes = 0;
  hp->last_cb = 0;
  hp->headers_start = uv_now(hp->iso->loop);
  if (hp->headers_start == 0)
    hp->headers_start = 1;
  hp->msg_start = hp->headers_start;
  /* The url (requests) or status text (responses) is always span 0 of a
   * message, even when empty. */
  return http_append(hp, "", 0, 1);
}

static int http_on_url(llhttp_t *p, const char *at, size_t len) {
  return http_append(http_cur(p), at, len, 0);
}

static int http_token_char(unsigned char c);

static int http_on_header_field(llhttp_t *p, const char *at, size_t len) {
  http_parser *hp = http_cur(p);
  size_t i;
  int rc;
  /* llhttp 8 (non-strict build) lets a space through in a field name;
   * Node's newer llhttp refuses it, and so do we (no smuggling by
   * "Transfer-Encoding :" look-alikes). */
  for (i = 0; i < len; i++) {
    if (!http_token_char((unsigned char)at[i])) {
      llhttp_set_error_reason(p, "HPE_INVALID_HEADER_TOKEN:Invalid header "
                                 "token");
      return HPE_USER;
    }
  }
  rc = http_append(hp, at, len, hp->last_cb != 1);
  hp->last_cb = 1;
  return rc;
}

static int http_on_header_value(llhttp_t *p, const char *at, size_t len) {
  http_parser *hp = http_cur(p);
  int rc = http_append(hp, at, len, hp->last_cb != 2);
  hp->last_cb = 2;
  return rc;
}

/* An empty header value gets no on_header_value call: keep pairs even. */
static int http_on_header_field_complete(llhttp_t *p) {
  http_parser *hp = http_cur(p);
  (void)hp;
  return 0;
}

static int http_on_header_value_complete(llhttp_t *p) {
  http_parser *hp = http_cur(p);
  if (hp->last_cb == 1) { /* field without value callback */
    int rc = http_append(hp, "", 0, 1);
    hp->last_cb = 2;
    return rc;
  }
  return 0;
}

static int http_on_headers_complete(llhttp_t *p) {
  http_parser *hp = http_cur(p);
  http_event *e = http_push_event(hp, HTTP_EV_HEADERS);
  if (e == NULL)
    return -1;
  e->first = hp->msg_first;
  e->count = hp->nspans - hp->msg_first;
  e->method = p->method;
  e->status = p->status_code;
  e->major = p->http_major;
  e->minor = p->http_minor;
  e->upgrade = p->upgrade;
  e->keepalive = llhttp_should_keep_alive(p);
  {
    size_t i;
    for (i = e->first + 1; i + 1 < e->first + e->count; i += 2) {
      const char *k = hp->arena + hp->spans[i].off;
      size_t kl = hp->spans[i].len;
      if (kl == 4 && strncasecmp(k, "host", 4) == 0)
        e->flags |= 1;
      else if (kl == 6 && strncasecmp(k, "expect", 6) == 0)
        e->flags |= 2;
    }
  }
  hp->in_headers = 0;
  hp->in_trailers = 1;
  hp->header_bytes = 0;
  hp->headers_start = 0;
  hp->last_cb = 0;
  hp->msg_first = hp->nspans;
  if (hp->kind == HTTP_RESPONSE && hp->skip_body) {
    hp->skip_body = 0;
    return 1;
  }
  return 0;
}

static int http_on_body(llhttp_t *p, const char *at, size_t len) {
  http_parser *hp = http_cur(p);
  http_event *e;
  /* Adjacent body pieces (chunked bodies) merge into one event. */
  if (hp->nevents > 0) {
    e = &hp->events[hp->nevents - 1];
    if (e->type == HTTP_EV_BODY && e->data + e->len == at) {
      e->len += len;
      return 0;
    }
  }
  e = http_push_event(hp, HTTP_EV_BODY);
  if (e == NULL)
    return -1;
  e->data = at;
  e->len = len;
  return 0;
}

static int http_on_message_complete(llhttp_t *p) {
  http_parser *hp = http_cur(p);
  http_event *e = http_push_event(hp, HTTP_EV_COMPLETE);
  if (e == NULL)
    return -1;
  e->first = hp->msg_first;
  e->count = hp->nspans - hp->msg_first;
  e->keepalive = llhttp_should_keep_alive(p);
  hp->msg_start = 0;
  hp->in_trailers = 0;
  hp->in_headers = 0;
  hp->last_cb = 0;
  hp->msg_first = hp->nspans;
  return 0;
}

/* Chunk extensions are parsed and dropped; like Node, more than 16 KiB of
 * them in one message is refused (413), or a client could make us read
 * without end while it never sends a byte of body. */
#define HTTP_MAX_CHUNK_EXT (16 * 1024)
static int http_on_chunk_ext(llhttp_t *p, const char *at, size_t len) {
  http_parser *hp = http_cur(p);
  (void)at;
  hp->chunk_ext_bytes += len;
  if (hp->chunk_ext_bytes > HTTP_MAX_CHUNK_EXT) {
    llhttp_set_error_reason(p, "HPE_CHUNK_EXTENSIONS_OVERFLOW:Chunk "
                               "extensions overflow");
    return HPE_USER;
  }
  return 0;
}

static const llhttp_settings_t http_settings = {
    .on_chunk_extension_name = http_on_chunk_ext,
    .on_chunk_extension_value = http_on_chunk_ext,
    .on_message_begin = http_on_message_begin,
    .on_url = http_on_url,
    .on_status = http_on_url,
    .on_header_field = http_on_header_field,
    .on_header_value = http_on_header_value,
    .on_header_field_complete = http_on_header_field_complete,
    .on_header_value_complete = http_on_header_value_complete,
    .on_headers_complete = http_on_headers_complete,
    .on_body = http_on_body,
    .on_message_complete = http_on_message_complete,
};

static void http_reset_buffers(http_parser *hp) {
  /* Keep the spans of a message still being parsed (split headers). */
  size_t keep_from = hp->msg_first, base, i;
  if (keep_from < hp->nspans) {
    base = hp->spans[keep_from].off;
    if (hp->arena_len > base && base > 0) /* arena may still be NULL */
      memmove(hp->arena, hp->arena + base, hp->arena_len - base);
    hp->arena_len -= base;
    memmove(hp->spans, hp->spans + keep_from,
            (hp->nspans - keep_from) * sizeof(http_span));
    hp->nspans -= keep_from;
    for (i = 0; i < hp->nspans; i++)
      hp->spans[i].off -= base;
  } else {
    hp->nspans = 0;
    hp->arena_len = 0;
  }
  hp->msg_first = 0;
  hp->nevents = 0;
}

/* ---- JS values from parsed data ---- */

/* Pushes bytes from the wire as a string of latin1 characters, as Node
 * does for heads. Never raw: Duktape reads a string starting with byte
 * 0x80-0xff as a Symbol (and would take other high bytes as UTF-8). */
static void http_push_latin1(duk_context *ctx, const char *s, size_t len) {
  size_t i, high = 0;
  char *out, *w;
  for (i = 0; i < len; i++)
    high += (unsigned char)s[i] >= 0x80;
  if (high == 0) {
    duk_push_lstring(ctx, s, len);
    return;
  }
  out = duk_push_fixed_buffer(ctx, len + high);
  for (i = 0, w = out; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      *w++ = (char)c;
    } else {
      *w++ = (char)(0xc0 | (c >> 6));
      *w++ = (char)(0x80 | (c & 0x3f));
    }
  }
  duk_push_lstring(ctx, out, len + high);
  duk_remove(ctx, -2);
}

static void http_push_span(duk_context *ctx, http_parser *hp, size_t i) {
  http_push_latin1(ctx, hp->arena + hp->spans[i].off, hp->spans[i].len);
}

/* Pushes [k, v, k, v...] for spans [first, first+count). */
static void http_push_raw(duk_context *ctx, http_parser *hp, size_t first,
                          size_t count) {
  size_t i;
  duk_push_array(ctx);
  for (i = 0; i < count; i++) {
    http_push_span(ctx, hp, first + i);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
  }
}

static int http_is_single(const char *k) {
  static const char *const single[] = {"content-type",
                                       "content-length",
                                       "user-agent",
                                       "referer",
                                       "host",
                                       "authorization",
                                       "proxy-authorization",
                                       "if-modified-since",
                                       "if-unmodified-since",
                                       "from",
                                       "location",
                                       "max-forwards",
                                       "retry-after",
                                       "etag",
                                       "last-modified",
                                       "server",
                                       "age",
                                       "expires"};
  size_t i;
  for (i = 0; i < JSRT__COUNTOF(single); i++)
    if (strcmp(single[i], k) == 0)
      return 1;
  return 0;
}

/* headersObject(raw[, max]) -> { lowercase: value } with Node's rules for
 * duplicates: set-cookie collects an array, cookie joins with "; ", the
 * single-valued ones keep the first, the rest join with ", ". */
static duk_ret_t http_headers_object(duk_context *ctx) {
  duk_size_t n = duk_get_length(ctx, 0), i;
  duk_size_t max = duk_is_number(ctx, 1) && duk_get_int(ctx, 1) > 0
                       ? (duk_size_t)duk_get_int(ctx, 1) * 2
                       : n;
  char key[256];
  duk_push_object(ctx); /* 2 */
  for (i = 0; i + 1 < n && i < max; i += 2) {
    duk_size_t klen, j;
    const char *k;
    duk_get_prop_index(ctx, 0, (duk_uarridx_t)i);
    k = duk_to_lstring(ctx, -1, &klen);
    if (klen >= sizeof(key)) {
      duk_pop(ctx);
      duk_push_lstring(ctx, k, klen);
      /* rare: lowercase through JS */
      duk_push_string(ctx, "toLowerCase");
      duk_call_prop(ctx, -2, 0);
      duk_remove(ctx, -2);
    } else {
      for (j = 0; j < klen; j++) {
        char c = k[j];
        key[j] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
      }
      key[klen] = '\0';
      duk_pop(ctx);
      duk_push_lstring(ctx, key, klen);
    }
    /* [obj key] */
    k = duk_get_string(ctx, -1);
    duk_get_prop_index(ctx, 0, (duk_uarridx_t)(i + 1)); /* value */
    duk_dup(ctx, -2);
    if (!duk_get_prop(ctx, 2)) { /* [obj key value old] */
      duk_pop(ctx);
      if (strcmp(k, "set-cookie") == 0) {
        duk_push_array(ctx);
        duk_swap_top(ctx, -2);
        duk_put_prop_index(ctx, -2, 0);
      }
      duk_put_prop(ctx, 2);
      continue;
    }
    if (strcmp(k, "set-cookie") == 0) {
      duk_swap_top(ctx, -2); /* [key old value] */
      duk_put_prop_index(ctx, -2, (duk_uarridx_t)duk_get_length(ctx, -2));
      duk_pop_2(ctx);
      continue;
    }
    if (http_is_single(k)) {
      duk_pop_3(ctx);
      continue;
    }
    /* [key value old] -> old + sep + value */
    duk_swap_top(ctx, -2);
    duk_push_string(ctx, strcmp(k, "cookie") == 0 ? "; " : ", ");
    duk_swap_top(ctx, -2);
    duk_concat(ctx, 3);
    duk_put_prop(ctx, 2);
  }
  return 1;
}

/* Pushes the head's [k, v, k, v...] spans as one string joined by NUL
 * (llhttp refuses NUL in names, values and the URL): one string instead
 * of an array and 2n strings; http.js splits it when rawHeaders is read. */
static void http_push_raw_block(duk_context *ctx, http_parser *hp, size_t first,
                                size_t count) {
  size_t i, total = 0, high = 0;
  char *out, *w;
  if (count == 0) {
    duk_push_string(ctx, "");
    return;
  }
  for (i = first; i < first + count; i++) {
    const unsigned char *p =
        (const unsigned char *)hp->arena + hp->spans[i].off;
    size_t j;
    total += hp->spans[i].len + 1;
    for (j = 0; j < hp->spans[i].len; j++)
      high += p[j] >= 0x80;
  }
  total -= 1;
  out = duk_push_buffer_raw(ctx, total + high, DUK_BUF_FLAG_NOZERO);
  w = out;
  for (i = first; i < first + count; i++) {
    const unsigned char *p =
        (const unsigned char *)hp->arena + hp->spans[i].off;
    size_t j, n = hp->spans[i].len;
    if (i > first)
      *w++ = '\0';
    for (j = 0; j < n; j++) {
      unsigned char c = p[j];
      if (c < 0x80) {
        *w++ = (char)c;
      } else { /* latin1, as http_push_latin1 */
        *w++ = (char)(0xc0 | (c >> 6));
        *w++ = (char)(0x80 | (c & 0x3f));
      }
    }
  }
  duk_push_lstring(ctx, out, (duk_size_t)(w - out));
  duk_remove(ctx, -2);
}

/* Calls the parser's JS handler name with the nargs args on the stack:
 * [this args...]. from_loop: through jsrt__callback (a libuv callback);
 * else a plain call whose errors propagate to the caller of execute. */
static void http_call(duk_context *ctx, http_parser *hp, const char *name,
                      duk_idx_t nargs, int from_loop) {
  /* [this args] -> [fn this args] */
  duk_get_prop_string(ctx, -1 - nargs, name);
  duk_insert(ctx, -2 - nargs);
  if (from_loop) {
    jsrt__callback(hp->iso, nargs);
  } else {
    duk_call_method(ctx, nargs);
    duk_pop(ctx);
  }
}

static int http_stopped(http_parser *hp) {
  jsrt_isolate *iso = hp->iso;
  return iso->exited || iso->closing || (hp->stream == NULL && hp->self == -1);
}

/* Hands the collected events to JS. this_idx: the JS parser. */
static void http_dispatch(duk_context *ctx, http_parser *hp, duk_idx_t self,
                          int from_loop) {
  size_t i;
  jsrt__net_stream *stream = hp->stream;
  self = duk_normalize_index(ctx, self);
  for (i = 0; i < hp->nevents; i++) {
    http_event *e = &hp->events[i];
    if (from_loop && (http_stopped(hp) || hp->stream != stream))
      return;
    duk_dup(ctx, self);
    switch (e->type) {
    case HTTP_EV_HEADERS: {
      int complete = 0;
      /* (versionMajor, versionMinor, rawBlock, method, url, statusCode,
       *  statusMessage, upgrade, shouldKeepAlive, complete, flags);
       * rawBlock: the raw header list joined by NUL */
      if (i + 1 < hp->nevents && hp->events[i + 1].type == HTTP_EV_COMPLETE &&
          hp->events[i + 1].count == 0)
        complete = 1;
      duk_push_int(ctx, e->major);
      duk_push_int(ctx, e->minor);
      http_push_raw_block(ctx, hp, e->first + 1, e->count - 1);
      if (hp->kind == HTTP_REQUEST) {
        duk_push_string(ctx, llhttp_method_name((llhttp_method_t)e->method));
        http_push_span(ctx, hp, e->first);
        duk_push_undefined(ctx);
        duk_push_undefined(ctx);
      } else {
        duk_push_undefined(ctx);
        duk_push_undefined(ctx);
        duk_push_int(ctx, e->status);
        http_push_span(ctx, hp, e->first);
      }
      duk_push_boolean(ctx, e->upgrade);
      duk_push_boolean(ctx,
                       complete ? hp->events[i + 1].keepalive : e->keepalive);
      duk_push_boolean(ctx, complete);
      duk_push_int(ctx, e->flags);
      http_call(ctx, hp, "onHeaders", 11, from_loop);
      if (complete)
        i++;
      break;
    }
    case HTTP_EV_BODY:
      jsrt__net_push_buffer(ctx, e->data, e->len);
      http_call(ctx, hp, "onBody", 1, from_loop);
      break;
    default: /* COMPLETE: (trailers, keepAlive) */
      http_push_raw(ctx, hp, e->first, e->count);
      duk_push_boolean(ctx, e->keepalive);
      http_call(ctx, hp, "onComplete", 2, from_loop);
      break;
    }
  }
}

/* Runs llhttp over data; returns the llhttp errno (HPE_OK, HPE_PAUSED for
 * an upgrade, or an error). *consumed: bytes parsed. */
static llhttp_errno_t http_feed(http_parser *hp, const char *data, size_t len,
                                size_t *consumed) {
  llhttp_errno_t err;
  http_reset_buffers(hp);
  if (hp->paused) {
    *consumed = 0;
    return HPE_PAUSED;
  }
  err = len == 0 ? llhttp_finish(&hp->p) : llhttp_execute(&hp->p, data, len);
  *consumed = len;
  if (err == HPE_PAUSED || err == HPE_PAUSED_UPGRADE) {
    *consumed = (size_t)(llhttp_get_error_pos(&hp->p) - data);
    hp->paused = 1;
  } else if (err != HPE_OK) {
    const char *pos = llhttp_get_error_pos(&hp->p);
    *consumed = pos != NULL && pos >= data && pos <= data + len
                    ? (size_t)(pos - data)
                    : 0;
  }
  if (hp->failed && err == HPE_OK)
    err = HPE_INTERNAL;
  return err;
}

/* Pushes the error's code and reason: "HPE_HEADER_OVERFLOW" for our own
 * size limit (set as "CODE:reason"), else llhttp's errno name. */
static void http_push_err(duk_context *ctx, http_parser *hp,
                          llhttp_errno_t err) {
  const char *reason = llhttp_get_error_reason(&hp->p);
  const char *colon;
  if (err == HPE_USER && reason != NULL &&
      (colon = strchr(reason, ':')) != NULL) {
    duk_push_lstring(ctx, reason, (duk_size_t)(colon - reason));
    duk_push_string(ctx, colon + 1);
    return;
  }
  duk_push_string(ctx, hp->failed ? "HPE_INTERNAL" : llhttp_errno_name(err));
  duk_push_string(ctx, reason ? reason : "Parse Error");
}

/* ---- the JS parser object ---- */

static void http_parser_free(http_parser *hp) {
  free(hp->arena);
  free(hp->spans);
  free(hp->events);
  free(hp);
}

static duk_ret_t http_parser_finalizer(duk_context *ctx) {
  http_parser *hp;
  duk_get_prop_string(ctx, 0, HTTP_PTR);
  hp = duk_get_pointer(ctx, -1);
  if (hp != NULL && hp->stream == NULL)
    http_parser_free(hp);
  return 0;
}

static http_parser *http_this(duk_context *ctx) {
  http_parser *hp;
  duk_push_this(ctx);
  duk_get_prop_string(ctx, -1, HTTP_PTR);
  hp = duk_get_pointer(ctx, -1);
  duk_pop_2(ctx);
  if (hp == NULL)
    (void)duk_error(ctx, DUK_ERR_ERROR, "parser is freed");
  return hp;
}

static void http_init_parser(http_parser *hp, int kind) {
  llhttp_init(&hp->p, (llhttp_type_t)kind, &http_settings);
  hp->kind = kind;
  hp->paused = 0;
  hp->in_headers = hp->in_trailers = 0;
  hp->headers_start = 0;
  hp->msg_start = 0;
  hp->nspans = hp->arena_len = hp->nevents = hp->msg_first = 0;
  hp->skip_body = 0;
  hp->failed = 0;
}

/* new Parser(kind, maxHeaderSize): kind 0 request, 1 response. */
static duk_ret_t http_parser_ctor(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  http_parser *hp;
  if (!jsrt__has_cap(iso, JSRT_CAP_NET))
    return jsrt__throw_access_denied(ctx, "http");
  if (!duk_is_constructor_call(ctx))
    return duk_error(ctx, DUK_ERR_TYPE_ERROR, "Parser needs new");
  hp = calloc(1, sizeof(*hp));
  if (hp == NULL)
    return jsrt__throw_oom(ctx);
  hp->iso = iso;
  hp->max_header_bytes = duk_is_number(ctx, 1) && duk_get_number(ctx, 1) > 0
                             ? (size_t)duk_get_number(ctx, 1)
                             : HTTP_MAX_HEADER_SIZE_DEFAULT;
  http_init_parser(hp, duk_to_int(ctx, 0) ? HTTP_RESPONSE : HTTP_REQUEST);
  hp->p.data = hp;
  duk_push_this(ctx);
  duk_push_pointer(ctx, hp);
  duk_put_prop_string(ctx, -2, HTTP_PTR);
  duk_push_c_function(ctx, http_parser_finalizer, 1);
  duk_set_finalizer(ctx, -2);
  return 0;
}

/* reinitialize(kind): ready for a new connection (parsers are pooled). */
static duk_ret_t http_parser_reinit(duk_context *ctx) {
  http_parser *hp = http_this(ctx);
  http_init_parser(hp, duk_to_int(ctx, 0) ? HTTP_RESPONSE : HTTP_REQUEST);
  return 0;
}

/* execute(buf) -> bytes parsed, or an Error (code HPE_*, reason,
 * bytesParsed) for a parse error. Events are dispatched first. */
static duk_ret_t http_parser_execute(duk_context *ctx) {
  http_parser *hp = http_this(ctx);
  duk_size_t len = 0;
  const char *data = NULL;
  size_t consumed;
  llhttp_errno_t err;
  if (duk_is_buffer_data(ctx, 0))
    data = duk_get_buffer_data(ctx, 0, &len);
  else if (duk_is_string(ctx, 0))
    data = duk_get_lstring(ctx, 0, &len);
  else
    return jsrt__throw_arg_type(ctx, "data", "Buffer", 0);
  if (len == 0) {
    duk_push_int(ctx, 0);
    return 1;
  }
  err = http_feed(hp, data, len, &consumed);
  duk_push_this(ctx);
  http_dispatch(ctx, hp, -1, 0);
  if (err != HPE_OK && err != HPE_PAUSED && err != HPE_PAUSED_UPGRADE) {
    duk_push_error_object(ctx, DUK_ERR_ERROR, "Parse Error");
    http_push_err(ctx, hp, err);
    duk_put_prop_string(ctx, -3, "reason");
    duk_put_prop_string(ctx, -2, "code");
    duk_push_number(ctx, (double)consumed);
    duk_put_prop_string(ctx, -2, "bytesParsed");
    return 1;
  }
  duk_push_number(ctx, (double)consumed);
  return 1;
}

/* finish() -> undefined or an Error (a message cut short by EOF). */
static duk_ret_t http_parser_finish(duk_context *ctx) {
  http_parser *hp = http_this(ctx);
  llhttp_errno_t err;
  size_t consumed;
  err = http_feed(hp, NULL, 0, &consumed);
  duk_push_this(ctx);
  http_dispatch(ctx, hp, -1, 0);
  if (err != HPE_OK && err != HPE_PAUSED) {
    duk_push_error_object(ctx, DUK_ERR_ERROR, "Parse Error");
    http_push_err(ctx, hp, err);
    duk_put_prop_string(ctx, -3, "reason");
    duk_put_prop_string(ctx, -2, "code");
    return 1;
  }
  return 0;
}

/* ---- attached to a connection ---- */

static void http_consume(jsrt__net_stream *s, ssize_t nread, const char *data) {
  http_parser *hp = s->consumer_data;
  jsrt_isolate *iso = hp->iso;
  duk_context *ctx = iso->ctx;
  llhttp_errno_t err;
  size_t consumed = 0;
  duk_idx_t self;

  /* The JS parser stays on the stack throughout: a callback may detach it
   * (socket destroyed), and only this reference then keeps hp alive. */
  jsrt_push_ref(ctx, hp->self);
  self = duk_get_top_index(ctx);
  if (nread < 0) {
    /* EOF or error: the JS side decides (finish the message, close). */
    duk_dup(ctx, self);
    duk_push_int(ctx, (int)nread);
    http_call(ctx, hp, "onEnd", 1, 1);
    duk_pop(ctx);
    return;
  }
  err = http_feed(hp, data, (size_t)nread, &consumed);
  http_dispatch(ctx, hp, self, 1);
  if (http_stopped(hp) || hp->stream != s) {
    duk_pop(ctx);
    return;
  }
  if (err == HPE_PAUSED || err == HPE_PAUSED_UPGRADE) {
    /* Upgrade: the rest of the bytes belong to the new protocol. */
    duk_dup(ctx, self);
    jsrt__net_push_buffer(ctx, data + consumed, (size_t)nread - consumed);
    http_call(ctx, hp, "onUpgradeHead", 1, 1);
  } else if (err != HPE_OK) {
    duk_dup(ctx, self);
    http_push_err(ctx, hp, err);
    jsrt__net_push_buffer(ctx, data, (size_t)nread);
    http_call(ctx, hp, "onError", 3, 1);
  }
  duk_pop(ctx);
}

static void http_detach(jsrt__net_stream *s) {
  http_parser *hp = s->consumer_data;
  s->consumer = NULL;
  s->detach = NULL;
  s->consumer_data = NULL;
  if (hp == NULL)
    return;
  hp->stream = NULL;
  if (hp->iso->ctx != NULL)
    jsrt_unref(hp->iso->ctx, hp->self);
  hp->self = -1;
}

/* consume(handle): reads of handle feed this parser from now on. */
static duk_ret_t http_parser_consume(duk_context *ctx) {
  http_parser *hp = http_this(ctx);
  jsrt__net_stream *s = jsrt__net_from(ctx, 0);
  int rc;
  if (s == NULL || s->closing)
    return jsrt__throw_arg_type(ctx, "handle", "net handle", 0);
  if (hp->stream != NULL)
    return duk_error(ctx, DUK_ERR_ERROR, "parser already attached");
  duk_push_this(ctx);
  hp->self = jsrt_ref(ctx, -1);
  hp->stream = s;
  s->consumer = http_consume;
  s->detach = http_detach;
  s->consumer_data = hp;
  rc = jsrt__net_read_start(s);
  duk_push_int(ctx, rc);
  return 1;
}

/* unconsume(): detach; reads go back to the handle's onread. */
static duk_ret_t http_parser_unconsume(duk_context *ctx) {
  http_parser *hp = http_this(ctx);
  if (hp->stream != NULL)
    http_detach(hp->stream);
  return 0;
}

static duk_ret_t http_parser_pause(duk_context *ctx) {
  http_parser *hp = http_this(ctx);
  if (hp->stream != NULL) {
    if (duk_to_boolean(ctx, 0))
      jsrt__net_read_stop(hp->stream);
    else
      jsrt__net_read_start(hp->stream);
  }
  return 0;
}

/* headersAge() -> ms since the current message's head began, or -1. */
static duk_ret_t http_parser_headers_age(duk_context *ctx) {
  http_parser *hp = http_this(ctx);
  if (hp->headers_start == 0 || !hp->in_headers)
    duk_push_int(ctx, -1);
  else
    duk_push_number(ctx, (double)(uv_now(hp->iso->loop) - hp->headers_start));
  return 1;
}

/* requestAge() -> ms since the message being received began, or -1. */
static duk_ret_t http_parser_request_age(duk_context *ctx) {
  http_parser *hp = http_this(ctx);
  if (hp->msg_start == 0)
    duk_push_int(ctx, -1);
  else
    duk_push_number(ctx, (double)(uv_now(hp->iso->loop) - hp->msg_start));
  return 1;
}

/* skipBody(): the next response has no body (the answer to HEAD). */
static duk_ret_t http_parser_skip_body(duk_context *ctx) {
  http_this(ctx)->skip_body = 1;
  return 0;
}

/* ---- writing heads ---- */

typedef struct {
  char *p;
  size_t len, cap;
  char small[2048];
} http_out;

static int http_out_add(http_out *o, const char *s, size_t n) {
  if (o->len + n > o->cap) {
    size_t ncap = o->cap * 2;
    char *np;
    while (ncap < o->len + n)
      ncap *= 2;
    if (o->p == o->small) {
      np = malloc(ncap);
      if (np != NULL)
        memcpy(np, o->p, o->len);
    } else {
      np = realloc(o->p, ncap);
    }
    if (np == NULL)
      return -1;
    o->p = np;
    o->cap = ncap;
  }
  if (n > 0)
    memcpy(o->p + o->len, s, n);
  o->len += n;
  return 0;
}

static int http_token_char(unsigned char c) {
  return c > 32 && c < 127 && strchr("()<>@,;:\\\"/[]?={}", c) == NULL;
}

/* Builds "firstLine\r\n" + "k: v\r\n"... + "\r\n" into o; throws
 * ERR_INVALID_HTTP_TOKEN / ERR_INVALID_CHAR on a bad name or value (no
 * response splitting). */
static void http_build_head(duk_context *ctx, http_out *o, duk_idx_t line,
                            duk_idx_t headers) {
  duk_size_t n, i, len;
  const char *s;
  s = duk_require_lstring(ctx, line, &len);
  http_out_add(o, s, len);
  http_out_add(o, "\r\n", 2);
  n = duk_is_array(ctx, headers) ? duk_get_length(ctx, headers) : 0;
  for (i = 0; i + 1 < n; i += 2) {
    duk_size_t j, klen, vlen;
    const char *k, *v;
    duk_get_prop_index(ctx, headers, (duk_uarridx_t)i);
    duk_get_prop_index(ctx, headers, (duk_uarridx_t)(i + 1));
    k = duk_to_lstring(ctx, -2, &klen);
    v = duk_to_lstring(ctx, -1, &vlen);
    if (klen == 0)
      goto bad_name;
    for (j = 0; j < klen; j++)
      if (!http_token_char((unsigned char)k[j]))
        goto bad_name;
    for (j = 0; j < vlen; j++) {
      unsigned char c = (unsigned char)v[j];
      if ((c < 32 && c != '\t') || c == 127)
        goto bad_value;
    }
    if (http_out_add(o, k, klen) || http_out_add(o, ": ", 2) ||
        http_out_add(o, v, vlen) || http_out_add(o, "\r\n", 2))
      goto oom;
    duk_pop_2(ctx);
  }
  if (http_out_add(o, "\r\n", 2))
    goto oom;
  return;
bad_name:
  if (o->p != o->small)
    free(o->p);
  jsrt__throw_code_raw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_HTTP_TOKEN",
                       "Header name must be a valid HTTP token [\"%s\"]",
                       duk_get_string(ctx, -2));
  return;
bad_value:
  if (o->p != o->small)
    free(o->p);
  jsrt__throw_code_raw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_CHAR",
                       "Invalid character in header content [\"%s\"]",
                       duk_get_string(ctx, -2));
  return;
oom:
  if (o->p != o->small)
    free(o->p);
  jsrt__throw_oom_raw(ctx);
}

static int http_body_buf(duk_context *ctx, duk_idx_t idx, uv_buf_t *b) {
  duk_size_t len = 0;
  if (duk_is_string(ctx, idx))
    b->base = (char *)duk_get_lstring(ctx, idx, &len);
  else if (duk_is_buffer_data(ctx, idx))
    b->base = duk_get_buffer_data(ctx, idx, &len);
  else
    b->base = NULL;
  b->len = len;
  return b->base != NULL;
}

static const char *http_date_str(void) {
  static _Thread_local time_t last;
  static _Thread_local char buf[64];
  time_t now = time(NULL);
  if (now != last || buf[0] == '\0') {
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(buf, sizeof(buf), "%a, %d %b %Y %H:%M:%S GMT", &tm);
    last = now;
  }
  return buf;
}

static char http_crlf[] = "\r\n", http_crlf_last[] = "\r\n0\r\n\r\n";

static int http_getbool(duk_context *ctx, duk_idx_t obj, const char *key) {
  int v;
  duk_get_prop_string(ctx, obj, key);
  v = duk_to_boolean(ctx, -1);
  duk_pop(ctx);
  return v;
}

static void http_putbool(duk_context *ctx, duk_idx_t obj, const char *key,
                         int v) {
  duk_push_boolean(ctx, v);
  duk_put_prop_string(ctx, obj, key);
}

/* Case-insensitive: does the comma list s contain token tok? */
static int http_has_token(const char *s, size_t len, const char *tok) {
  size_t tl = strlen(tok), i = 0;
  while (i < len) {
    size_t j;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == ','))
      i++;
    j = i;
    while (j < len && s[j] != ',')
      j++;
    {
      size_t e = j;
      while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        e--;
      if (e - i == tl && strncasecmp(s + i, tok, tl) == 0)
        return 1;
    }
    i = j;
  }
  return 0;
}

/* Appends "name: value\r\n" for [name value] on the stack top (value may
 * be an array: one line each). Sets *lastval to the value's text for the
 * framing checks (the last one of an array). */
static int http_add_pair(duk_context *ctx, http_out *o, const char **lastval,
                         duk_size_t *lastlen) {
  duk_size_t nlen, vlen, n, i;
  const char *name, *v;
  name = duk_to_lstring(ctx, -2, &nlen);
  if (duk_is_array(ctx, -1)) {
    n = duk_get_length(ctx, -1);
    for (i = 0; i < n; i++) {
      duk_get_prop_index(ctx, -1, (duk_uarridx_t)i);
      v = duk_to_lstring(ctx, -1, &vlen);
      if (http_out_add(o, name, nlen) || http_out_add(o, ": ", 2) ||
          http_out_add(o, v, vlen) || http_out_add(o, "\r\n", 2))
        return -1;
      *lastval = v;
      *lastlen = vlen;
      duk_pop(ctx); /* the array keeps v alive */
    }
  } else {
    v = duk_to_lstring(ctx, -1, &vlen);
    if (http_out_add(o, name, nlen) || http_out_add(o, ": ", 2) ||
        http_out_add(o, v, vlen) || http_out_add(o, "\r\n", 2))
      return -1;
    *lastval = v;
    *lastlen = vlen;
  }
  return 0;
}

/*
 * buildHead(msg, firstLine, bodyLen) -> Buffer: the message head of an
 * OutgoingMessage from its stored headers (msg._hdr: lowercase ->
 * [name, value]) plus what the framing needs, decided here as Node's
 * _storeHeader does: Date, Host (client), Content-Length when the whole
 * body is known (bodyLen >= 0), else chunked on HTTP/1.1 or close;
 * Connection keep-alive/close. Sets msg.chunkedEncoding,
 * msg.shouldKeepAlive, msg._contentLength.
 */
/* What the head assembly needs to know of a message, and what it decided. */
enum {
  HTTP_H_KEEPALIVE = 1,    /* shouldKeepAlive */
  HTTP_H_BODY = 2,         /* _hasBody */
  HTTP_H_DATE = 4,         /* sendDate */
  HTTP_H_CLIENT = 8,       /* _isClient */
  HTTP_H_REQ_NO_BODY = 16, /* _isRequestWithoutBody */
  HTTP_H_CHUNKED_OK = 32,  /* useChunkedEncodingByDefault on HTTP/1.1 */
  HTTP_H_LEN_UNKNOWN = 64  /* respond: frame as if the head had gone out
                              before the body (writeHead, as Node does) */
};

typedef struct {
  int flags;
  duk_idx_t hdr;         /* [lowercase, name, value, ...] or not an array */
  const char *ka, *host; /* Keep-Alive value, default Host; may be NULL */
  duk_size_t ka_len, host_len;
  int keep, chunked;     /* out */
  double content_length; /* out */
} http_head_opts;

/* Fills ho from an OutgoingMessage's fields (pushes 3 values). */
static void http_head_opts_from(duk_context *ctx, duk_idx_t msg,
                                http_head_opts *ho) {
  memset(ho, 0, sizeof(*ho));
  if (http_getbool(ctx, msg, "shouldKeepAlive"))
    ho->flags |= HTTP_H_KEEPALIVE;
  if (http_getbool(ctx, msg, "_hasBody"))
    ho->flags |= HTTP_H_BODY;
  if (http_getbool(ctx, msg, "sendDate"))
    ho->flags |= HTTP_H_DATE;
  if (http_getbool(ctx, msg, "_isClient"))
    ho->flags |= HTTP_H_CLIENT;
  if (http_getbool(ctx, msg, "_isRequestWithoutBody"))
    ho->flags |= HTTP_H_REQ_NO_BODY;
  if (http_getbool(ctx, msg, "useChunkedEncodingByDefault")) {
    duk_get_prop_string(ctx, msg, "_httpMinor");
    if (duk_get_int(ctx, -1) != 0)
      ho->flags |= HTTP_H_CHUNKED_OK;
    duk_pop(ctx);
  }
  duk_get_prop_string(ctx, msg, "_keepAliveHeader");
  ho->ka = duk_get_lstring(ctx, -1, &ho->ka_len);
  duk_get_prop_string(ctx, msg, "_defaultHost");
  ho->host = duk_get_lstring(ctx, -1, &ho->host_len);
  duk_get_prop_string(ctx, msg, "_hdr");
  ho->hdr = duk_get_top_index(ctx);
}

static int http_head_into(duk_context *ctx, http_out *op, http_head_opts *ho,
                          duk_idx_t line_idx, double body_len) {
  int has_cl = 0, has_te = 0, has_conn = 0, has_date = 0, has_host = 0;
  int keep, chunked = 0, has_body, is_client;
  double content_length = -1;
  const char *line;
  duk_size_t line_len;
  char num[32];

  duk_idx_t hdr = ho->hdr;
  line = duk_require_lstring(ctx, line_idx, &line_len);
  keep = (ho->flags & HTTP_H_KEEPALIVE) != 0;
  has_body = (ho->flags & HTTP_H_BODY) != 0;
  is_client = (ho->flags & HTTP_H_CLIENT) != 0;
  if (http_out_add(op, line, line_len) || http_out_add(op, "\r\n", 2))
    goto oom;
  if (duk_is_array(ctx, hdr)) {
    /* [lowercase, name, value, ...] */
    duk_size_t n = duk_get_length(ctx, hdr), i;
    for (i = 0; i + 2 < n; i += 3) {
      duk_size_t klen, vlen = 0;
      const char *k, *v = "";
      duk_get_prop_index(ctx, hdr, (duk_uarridx_t)i);
      duk_get_prop_index(ctx, hdr, (duk_uarridx_t)(i + 1));
      duk_get_prop_index(ctx, hdr, (duk_uarridx_t)(i + 2));
      k = duk_get_lstring(ctx, -3, &klen);
      if (k == NULL)
        k = "", klen = 0;
      if (http_add_pair(ctx, op, &v, &vlen) != 0)
        goto oom;
      if (klen == 4 && memcmp(k, "date", 4) == 0) {
        has_date = 1;
      } else if (klen == 4 && memcmp(k, "host", 4) == 0) {
        has_host = 1;
      } else if (klen == 10 && memcmp(k, "connection", 10) == 0) {
        has_conn = 1;
        if (http_has_token(v, vlen, "close"))
          keep = 0;
      } else if (klen == 14 && memcmp(k, "content-length", 14) == 0) {
        has_cl = 1;
        content_length = strtod(v, NULL);
      } else if (klen == 17 && memcmp(k, "transfer-encoding", 17) == 0) {
        has_te = 1;
        if (vlen >= 7 && strncasecmp(v + vlen - 7, "chunked", 7) == 0)
          chunked = 1;
      }
      duk_pop_3(ctx);
    }
  }
  if (!has_date && (ho->flags & HTTP_H_DATE)) {
    const char *d = http_date_str();
    if (http_out_add(op, "Date: ", 6) || http_out_add(op, d, strlen(d)) ||
        http_out_add(op, "\r\n", 2))
      goto oom;
  }
  if (!has_host && is_client && ho->host != NULL) {
    if (http_out_add(op, "Host: ", 6) ||
        http_out_add(op, ho->host, ho->host_len) || http_out_add(op, "\r\n", 2))
      goto oom;
  }
  if (!has_body) {
    chunked = 0;
  } else if (!has_cl && !has_te) {
    if (body_len >= 0 && !(ho->flags & HTTP_H_REQ_NO_BODY)) {
      /* an integer below 2^53: no printf (its float path is slow) */
      uint64_t v = (uint64_t)body_len;
      int n = 0, k;
      char tmp[24];
      do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
      } while (v > 0);
      for (k = 0; k < n; k++)
        num[k] = tmp[n - 1 - k];
      if (http_out_add(op, "Content-Length: ", 16) ||
          http_out_add(op, num, (size_t)n) || http_out_add(op, "\r\n", 2))
        goto oom;
      content_length = body_len;
    } else if (body_len >= 0) {
      /* a GET/HEAD request without a body: no framing header */
    } else if ((ho->flags & HTTP_H_CHUNKED_OK)) {
      if (http_out_add(op, "Transfer-Encoding: chunked\r\n", 28))
        goto oom;
      chunked = 1;
    } else {
      keep = 0;
    }
  }
  if (!has_conn) {
    if (keep) {
      if (http_out_add(op, "Connection: keep-alive\r\n", 24))
        goto oom;
      if (ho->ka != NULL &&
          (http_out_add(op, "Keep-Alive: ", 12) ||
           http_out_add(op, ho->ka, ho->ka_len) || http_out_add(op, "\r\n", 2)))
        goto oom;
    } else if (http_out_add(op, "Connection: close\r\n", 19)) {
      goto oom;
    }
  }
  if (http_out_add(op, "\r\n", 2))
    goto oom;
  ho->keep = keep;
  ho->chunked = chunked;
  ho->content_length = content_length;
  return chunked;
oom:
  return -1;
}

static void http_out_init(http_out *o) {
  o->p = o->small;
  o->len = 0;
  o->cap = sizeof(o->small);
}

static duk_ret_t http_build_head_js(duk_context *ctx) {
  http_out o;
  char *dst;
  int rc;
  http_head_opts ho;
  http_out_init(&o);
  duk_set_top(ctx, 3);
  http_head_opts_from(ctx, 0, &ho);
  rc = http_head_into(ctx, &o, &ho, 1, duk_to_number(ctx, 2));
  if (rc >= 0) {
    http_putbool(ctx, 0, "chunkedEncoding", ho.chunked);
    http_putbool(ctx, 0, "shouldKeepAlive", ho.keep);
    duk_push_number(ctx, ho.content_length);
    duk_put_prop_string(ctx, 0, "_contentLength");
  }
  if (rc < 0) {
    if (o.p != o.small)
      free(o.p);
    return jsrt__throw_oom(ctx);
  }
  dst = duk_push_fixed_buffer(ctx, o.len);
  memcpy(dst, o.p, o.len);
  if (o.p != o.small)
    free(o.p);
  return 1;
}

/* writeMessage(handle, firstLine|null, headers, body|undefined, flags, cb)
 * flags: 1 chunked framing for body, 2 last chunk ("0\r\n\r\n").
 * One write for head and body. Returns 0 sync, 1 pending, <0 uv error. */
static duk_ret_t http_write_message(duk_context *ctx) {
  jsrt__net_stream *s = jsrt__net_from(ctx, 0);
  int flags = duk_to_int(ctx, 4);
  http_out o;
  uv_buf_t bufs[4], body;
  unsigned n = 0;
  char chunkhdr[24];
  int rc, has_body;
  if (s == NULL || s->closing) {
    duk_push_int(ctx, UV_EPIPE);
    return 1;
  }
  o.p = o.small;
  o.len = 0;
  o.cap = sizeof(o.small);
  if (duk_is_buffer_data(ctx, 1)) {
    duk_size_t hl;
    char *h = duk_get_buffer_data(ctx, 1, &hl);
    if (hl > 0)
      bufs[n++] = uv_buf_init(h, (unsigned)hl);
  } else if (!duk_is_null_or_undefined(ctx, 1)) {
    http_build_head(ctx, &o, 1, 2);
  }
  has_body = http_body_buf(ctx, 3, &body) && body.len > 0;
  if (o.len > 0)
    bufs[n++] = uv_buf_init(o.p, (unsigned)o.len);
  if (has_body) {
    if (flags & 1) {
      int hl = snprintf(chunkhdr, sizeof(chunkhdr), "%zx\r\n", body.len);
      bufs[n++] = uv_buf_init(chunkhdr, (unsigned)hl);
      bufs[n++] = body;
      bufs[n++] = uv_buf_init(flags & 2 ? http_crlf_last : http_crlf,
                              flags & 2 ? 7 : 2);
    } else {
      bufs[n++] = body;
    }
  } else if ((flags & 3) == 3) {
    bufs[n++] = uv_buf_init(http_crlf_last + 2, 5);
  }
  rc = n > 0 ? jsrt__net_write(ctx, s, bufs, n, 5) : 0;
  if (o.p != o.small)
    free(o.p);
  duk_push_int(ctx, rc);
  return 1;
}

static int http_bad_value(duk_context *ctx, duk_idx_t idx) {
  duk_size_t len, j;
  const char *v;
  if (!duk_is_string(ctx, idx))
    return 0;
  v = duk_get_lstring(ctx, idx, &len);
  for (j = 0; j < len; j++) {
    unsigned char c = (unsigned char)v[j];
    if ((c < 32 && c != '\t') || c == 127)
      return 1;
  }
  return 0;
}

/* Checks a header as Node's setHeader does (ERR_INVALID_HTTP_TOKEN,
 * ERR_HTTP_INVALID_HEADER_VALUE, ERR_INVALID_CHAR) and pushes its name in
 * lower case. */
static void http_push_header_key(duk_context *ctx, duk_idx_t name_idx,
                                 duk_idx_t value_idx) {
  duk_size_t len, j;
  const char *name;
  char small[64], *low;
  if (!duk_is_string(ctx, name_idx) || duk_get_length(ctx, name_idx) == 0)
    goto bad_name;
  name = duk_get_lstring(ctx, name_idx, &len);
  for (j = 0; j < len; j++)
    if (!http_token_char((unsigned char)name[j]))
      goto bad_name;
  if (duk_is_undefined(ctx, value_idx)) {
    jsrt__throw_code_raw(ctx, DUK_ERR_TYPE_ERROR,
                         "ERR_HTTP_INVALID_HEADER_VALUE",
                         "Invalid value \"undefined\" for header \"%s\"", name);
    return;
  }
  if (duk_is_array(ctx, value_idx)) {
    duk_size_t n = duk_get_length(ctx, value_idx), i;
    for (i = 0; i < n; i++) {
      int bad;
      duk_get_prop_index(ctx, value_idx, (duk_uarridx_t)i);
      bad = http_bad_value(ctx, -1);
      duk_pop(ctx);
      if (bad)
        goto bad_value;
    }
  } else if (http_bad_value(ctx, value_idx)) {
    goto bad_value;
  }
  low = len < sizeof(small) ? small : duk_push_fixed_buffer(ctx, len);
  for (j = 0; j < len; j++) {
    char c = name[j];
    low[j] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
  }
  duk_push_lstring(ctx, low, len);
  if (low != small)
    duk_remove(ctx, -2);
  return;
bad_name:
  duk_dup(ctx, name_idx);
  jsrt__throw_code_raw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_HTTP_TOKEN",
                       "Header name must be a valid HTTP token [\"%s\"]",
                       duk_safe_to_string(ctx, -1));
  return;
bad_value:
  jsrt__throw_code_raw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_CHAR",
                       "Invalid character in header content [\"%s\"]",
                       duk_get_string(ctx, name_idx));
}

/* headerKey(name, value) -> name in lower case, after Node's checks. */
static duk_ret_t http_header_key(duk_context *ctx) {
  http_push_header_key(ctx, 0, 1);
  return 1;
}

/* headerList(obj) -> [lowercase, name, value, ...] of an object's own
 * enumerable headers, each checked as headerKey does; undefined when obj
 * is an array (the caller's generic path). writeHead's headers when none
 * were set before: one native call instead of a for-in and a setHeader per
 * name; case variants of one name all stay (Node sends each). */
static duk_ret_t http_header_list(duk_context *ctx) {
  duk_uarridx_t n = 0;
  if (!duk_is_object(ctx, 0) || duk_is_array(ctx, 0))
    return 0;
  duk_set_top(ctx, 1);
  duk_push_array(ctx);                            /* 1: the list */
  duk_enum(ctx, 0, DUK_ENUM_OWN_PROPERTIES_ONLY); /* 2 */
  while (duk_next(ctx, 2, 1)) {                   /* 3: name, 4: value */
    http_push_header_key(ctx, 3, 4);              /* 5 */
    duk_put_prop_index(ctx, 1, n);
    duk_dup(ctx, 3);
    duk_put_prop_index(ctx, 1, n + 1);
    duk_put_prop_index(ctx, 1, n + 2);
    duk_pop(ctx);
    n += 3;
  }
  duk_pop(ctx);
  return 1;
}

/* date() -> the IMF-fixdate of now ("Sun, 06 Nov 1994 08:49:37 GMT"),
 * formatted once per second. */
static duk_ret_t http_date(duk_context *ctx) {
  duk_push_string(ctx, http_date_str());
  return 1;
}

/* byteLength(s): UTF-8 length of a string without making a buffer. */
static duk_ret_t http_byte_length(duk_context *ctx) {
  duk_size_t len = 0;
  if (duk_is_string(ctx, 0))
    (void)duk_get_lstring(ctx, 0, &len);
  else if (duk_is_buffer_data(ctx, 0))
    (void)duk_get_buffer_data(ctx, 0, &len);
  duk_push_number(ctx, (double)len);
  return 1;
}

/* buildMessage(firstLine|null, headers, body|undefined, flags) -> Buffer:
 * the bytes writeMessage would send (for a client socket that may still
 * be connecting, written through the Socket). */
static duk_ret_t http_build_message(duk_context *ctx) {
  int flags = duk_to_int(ctx, 3);
  http_out o;
  uv_buf_t body;
  char chunkhdr[24];
  int has_body;
  char *dst;
  o.p = o.small;
  o.len = 0;
  o.cap = sizeof(o.small);
  if (duk_is_buffer_data(ctx, 0)) {
    duk_size_t hl;
    const char *h = duk_get_buffer_data(ctx, 0, &hl);
    if (hl > 0 && http_out_add(&o, h, hl))
      goto oom;
  } else if (!duk_is_null_or_undefined(ctx, 0)) {
    http_build_head(ctx, &o, 0, 1);
  }
  has_body = http_body_buf(ctx, 2, &body) && body.len > 0;
  if (has_body) {
    if (flags & 1) {
      int hl = snprintf(chunkhdr, sizeof(chunkhdr), "%zx\r\n", body.len);
      if (http_out_add(&o, chunkhdr, (size_t)hl) ||
          http_out_add(&o, body.base, body.len) ||
          http_out_add(&o, flags & 2 ? http_crlf_last : http_crlf,
                       flags & 2 ? 7 : 2))
        goto oom;
    } else if (http_out_add(&o, body.base, body.len)) {
      goto oom;
    }
  } else if ((flags & 3) == 3 && http_out_add(&o, http_crlf_last + 2, 5)) {
    goto oom;
  }
  dst = duk_push_fixed_buffer(ctx, o.len);
  memcpy(dst, o.p, o.len);
  if (o.p != o.small)
    free(o.p);
  duk_push_buffer_object(ctx, -1, 0, o.len, DUK_BUFOBJ_NODEJS_BUFFER);
  return 1;
oom:
  if (o.p != o.small)
    free(o.p);
  return jsrt__throw_oom(ctx);
}

/* respond(msg, handle, firstLine, body?, flags, hdrList, keepAliveValue)
 * -> r: a whole message in one write, the head built as buildHead does
 * (flags: HTTP_H_*) with the body's length known. r < 0: uv error; else
 * r >> 1 is 0 (sent) or 1 (pending: msg._onWrite(status) follows) and
 * r & 1 says whether the connection stays open. */
static duk_ret_t http_respond(duk_context *ctx) {
  jsrt__net_stream *s = jsrt__net_from(ctx, 1);
  http_out o;
  http_head_opts ho;
  uv_buf_t bufs[4], body;
  unsigned n = 0;
  char chunkhdr[24];
  int chunked, rc, has_body;
  if (s == NULL || s->closing) {
    duk_push_int(ctx, UV_EPIPE);
    return 1;
  }
  has_body = http_body_buf(ctx, 3, &body);
  if (!has_body)
    body.len = 0;
  memset(&ho, 0, sizeof(ho));
  ho.flags = duk_to_int(ctx, 4);
  ho.hdr = 5;
  ho.ka = duk_get_lstring(ctx, 6, &ho.ka_len);
  http_out_init(&o);
  chunked = http_head_into(
      ctx, &o, &ho, 2, (ho.flags & HTTP_H_LEN_UNKNOWN) ? -1 : (double)body.len);
  if (chunked < 0) {
    if (o.p != o.small)
      free(o.p);
    return jsrt__throw_oom(ctx);
  }
  bufs[n++] = uv_buf_init(o.p, (unsigned)o.len);
  if (!(ho.flags & HTTP_H_BODY)) {
    /* HEAD, 204, 304: the head alone */
  } else if (chunked) {
    if (body.len > 0) {
      int hl = snprintf(chunkhdr, sizeof(chunkhdr), "%zx\r\n", body.len);
      bufs[n++] = uv_buf_init(chunkhdr, (unsigned)hl);
      bufs[n++] = body;
      bufs[n++] = uv_buf_init(http_crlf_last, 7);
    } else {
      bufs[n++] = uv_buf_init(http_crlf_last + 2, 5);
    }
  } else if (body.len > 0) {
    bufs[n++] = body;
  }
  rc = jsrt__net_write(ctx, s, bufs, n, 0);
  if (o.p != o.small)
    free(o.p);
  duk_push_int(ctx, rc < 0 ? rc : rc * 2 + (ho.keep ? 1 : 0));
  return 1;
}

static const duk_function_list_entry http_parser_methods[] = {
    {"execute", http_parser_execute, 1},
    {"finish", http_parser_finish, 0},
    {"reinitialize", http_parser_reinit, 1},
    {"consume", http_parser_consume, 1},
    {"unconsume", http_parser_unconsume, 0},
    {"pause", http_parser_pause, 1},
    {"headersAge", http_parser_headers_age, 0},
    {"requestAge", http_parser_request_age, 0},
    {"skipBody", http_parser_skip_body, 0},
    {NULL, NULL, 0}};

static const duk_function_list_entry http_funcs[] = {
    {"headersObject", http_headers_object, 2},
    {"writeMessage", http_write_message, 6},
    {"buildMessage", http_build_message, 4},
    {"date", http_date, 0},
    {"headerKey", http_header_key, 2},
    {"headerList", http_header_list, 1},
    {"buildHead", http_build_head_js, 3},
    {"respond", http_respond, 7},
    {"byteLength", http_byte_length, 1},
    {NULL, NULL, 0}};

static const char *const http_methods[] = {
#define HTTP_XX(num, name, string) #string,
    HTTP_METHOD_MAP(HTTP_XX)
#undef HTTP_XX
};

duk_ret_t jsrt__open_http(duk_context *ctx) {
  int i;
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, http_funcs);
  duk_push_c_function(ctx, http_parser_ctor, 2);
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, http_parser_methods);
  duk_put_prop_string(ctx, -2, "prototype");
  duk_put_prop_string(ctx, -2, "Parser");
  /* METHODS in llhttp's order; http.js sorts them as Node does. */
  duk_push_array(ctx);
  for (i = 0; i < (int)JSRT__COUNTOF(http_methods); i++) {
    duk_push_string(ctx, http_methods[i]);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
  }
  duk_put_prop_string(ctx, -2, "methods");
  return 1;
}

# Derives libjsrt's duk_config.h from the one duktape-dev ships: the
# interrupt counter and the exec timeout check on (so a running script can be
# stopped), fatal errors routed to libjsrt, fast integers on.
s|^#undef DUK_USE_INTERRUPT_COUNTER$|#define DUK_USE_INTERRUPT_COUNTER|
s|^#undef DUK_USE_EXEC_TIMEOUT_CHECK$|extern int jsrt__exec_timeout_check(void *udata);\n#define DUK_USE_EXEC_TIMEOUT_CHECK(udata) jsrt__exec_timeout_check((udata))|
s|^#undef DUK_USE_FATAL_HANDLER$|extern void jsrt__fatal(void *udata, const char *msg);\n#define DUK_USE_FATAL_HANDLER(udata, msg) jsrt__fatal((udata), (msg))|
s|^#undef DUK_USE_FASTINT$|#define DUK_USE_FASTINT|
# Objects grow their property table geometrically (x1.5: 0 -> 2 -> 5 -> 9
# -> 15 -> 24 -> 38 entries instead of 0 -> 2 -> 4 -> 6 -> 8 -> 11 -> 14 ...):
# an object built by a constructor (ServerResponse, stream states) was
# reallocated once per two or three properties written. The first step
# stays 2 entries: a catch clause's scope (one binding) costs what it did,
# which is what lets a script catch an out-of-memory RangeError with the
# heap full (tests/test_limits.c); 0 -> 6 -> 13 (ADD 24, DIVISOR 4) was
# faster still but broke that under ASan and made an idle isolate 27%
# bigger (bench/http/README.md).
s|^#define DUK_USE_HOBJECT_ENTRY_MINGROW_ADD 16$|#define DUK_USE_HOBJECT_ENTRY_MINGROW_ADD 4|
s|^#define DUK_USE_HOBJECT_ENTRY_MINGROW_DIVISOR 8$|#define DUK_USE_HOBJECT_ENTRY_MINGROW_DIVISOR 2|
# No tail calls: V8 makes none, so a stack names every caller as node's
# does, and Error.captureStackTrace(obj, fn) finds fn's frame even when
# its caller returned fn(...) directly (depd, http-errors rely on it).
s|^#define DUK_USE_TAILCALL$|#undef DUK_USE_TAILCALL|
# Date strings node reads besides ISO 8601 (RFC 7231/2822, toString's form,
# "Jan 1, 1970"...) and toLocaleString's en-US form: src/engine.c.
s|^#undef DUK_USE_DATE_PARSE_STRING$|extern int jsrt__duk_date_parse(void *thr, const char *str);\n#define DUK_USE_DATE_PARSE_STRING(ctx, str) jsrt__duk_date_parse((ctx), (str))|
s|^#undef DUK_USE_DATE_FORMAT_STRING$|extern int jsrt__duk_date_format(void *thr, duk_int_t *parts, duk_int_t tzoffset, duk_small_uint_t flags);\n#define DUK_USE_DATE_FORMAT_STRING(ctx, parts, tzoffset, flags) jsrt__duk_date_format((ctx), (parts), (tzoffset), (flags))|

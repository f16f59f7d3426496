# Derives libjsrt's duk_config.h from the one duktape-dev ships: the
# interrupt counter and the exec timeout check on (so a running script can be
# stopped), fatal errors routed to libjsrt, fast integers on.
s|^#undef DUK_USE_INTERRUPT_COUNTER$|#define DUK_USE_INTERRUPT_COUNTER|
s|^#undef DUK_USE_EXEC_TIMEOUT_CHECK$|extern int jsrt__exec_timeout_check(void *udata);\n#define DUK_USE_EXEC_TIMEOUT_CHECK(udata) jsrt__exec_timeout_check((udata))|
s|^#undef DUK_USE_FATAL_HANDLER$|extern void jsrt__fatal(void *udata, const char *msg);\n#define DUK_USE_FATAL_HANDLER(udata, msg) jsrt__fatal((udata), (msg))|
s|^#undef DUK_USE_FASTINT$|#define DUK_USE_FASTINT|

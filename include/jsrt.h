/*
 * jsrt.h - the public API of libjsrt, an embeddable JavaScript runtime:
 * Duktape runs the JavaScript, libuv runs the event loop, and a Node.js-like
 * set of globals and modules sits on top. This is the only installed header.
 */
#ifndef JSRT_H
#define JSRT_H

#include <stddef.h>
#include <stdint.h>

#include <duktape.h>
#include <uv.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define JSRT_EXTERN __declspec(dllexport)
#elif defined(__GNUC__)
#define JSRT_EXTERN __attribute__((visibility("default")))
#else
#define JSRT_EXTERN
#endif

/* The version, written here only (the Makefile reads these three lines). */
#define JSRT_VERSION_MAJOR 0
#define JSRT_VERSION_MINOR 1
#define JSRT_VERSION_PATCH 0
#define JSRT__STR(x) #x
#define JSRT__XSTR(x) JSRT__STR(x)
#define JSRT_VERSION_STRING                                                    \
  JSRT__XSTR(JSRT_VERSION_MAJOR)                                               \
  "." JSRT__XSTR(JSRT_VERSION_MINOR) "." JSRT__XSTR(JSRT_VERSION_PATCH)

/* The version of the library linked at run time ("MAJOR.MINOR.PATCH"); it
 * may differ from JSRT_VERSION_STRING when a host runs against a newer .so. */
JSRT_EXTERN const char *jsrt_version(void);

/*
 * Status codes. 0 is success, failures are negative. libuv's error codes
 * pass through unchanged (JSRT_ENOENT == UV_ENOENT); codes of our own live
 * in a range of their own. XX(name, value, message).
 */
#define JSRT_STATUS_MAP(XX)                                                    \
  XX(OK, 0, "success")                                                         \
  XX(ERROR, -30001, "JavaScript exception")                                    \
  XX(ETIMEOUT, -30002, "execution budget exhausted or interrupted")            \
  XX(ENOMEM, UV_ENOMEM, "memory limit reached")                                \
  XX(EINVAL, UV_EINVAL, "invalid argument")                                    \
  XX(ENOENT, UV_ENOENT, "file or module not found")                            \
  XX(EACCES, UV_EACCES, "permission denied")                                   \
  XX(ENOTSUP, UV_ENOTSUP, "not supported by this build")

typedef enum {
#define JSRT__STATUS_ENUM(name, value, msg) JSRT_##name = (value),
  JSRT_STATUS_MAP(JSRT__STATUS_ENUM)
#undef JSRT__STATUS_ENUM
} jsrt_status;

/* A static English message for a status (ours or any libuv code). Never
 * NULL; unknown codes give "unknown error". */
JSRT_EXTERN const char *jsrt_strerror(int status);
/* The symbolic name of a status ("JSRT_ETIMEOUT", or libuv's "ECONNREFUSED").
 */
JSRT_EXTERN const char *jsrt_err_name(int status);

/* Capabilities: which built-ins an isolate may use. */
#define JSRT_CAP_NONE 0u
#define JSRT_CAP_FS 1u      /* fs and file-backed streams */
#define JSRT_CAP_NET 2u     /* net, http, dns */
#define JSRT_CAP_PROCESS 4u /* child_process, process.exit/env/chdir/kill */
#define JSRT_CAP_WORKER 8u  /* worker threads */
#define JSRT_CAP_NATIVE 16u /* loading native addons (.so) from files */
#define JSRT_CAP_ALL 0xffffffffu

typedef struct jsrt_isolate jsrt_isolate; /* opaque */

typedef struct jsrt_options {
  uv_loop_t *loop;     /* run on the host's loop; NULL: the isolate owns one */
  size_t memory_limit; /* bytes of JS heap; 0: unlimited */
  uint32_t timeout_ms; /* budget for each entry into JS; 0: none */
  unsigned caps;       /* JSRT_CAP_* bits */
  const char *module_root; /* file modules load only below it; NULL: anywhere */
  int argc;                /* process.argv (copied) */
  char **argv;
  /* Uncaught errors from callbacks (timers, I/O, posted calls). NULL: the
   * stack goes to stderr. Called on the isolate's thread. */
  void (*on_error)(jsrt_isolate *iso, const char *message, const char *stack,
                   void *userdata);
  void *userdata; /* returned by jsrt_userdata() */
  /* fs works only below this directory (symlinks resolved; see fs.c for
   * what is and is not guaranteed); NULL: anywhere the process may go. */
  const char *fs_root;
  /* Nonzero: sources go to Duktape as they are, without the built-in
   * compiler (ES5.1 plus what Duktape parses; see jsrt_lower). */
  int no_lower;
} jsrt_options;

/* Fills o with the defaults: own loop, no limits, JSRT_CAP_ALL, no argv. */
JSRT_EXTERN void jsrt_options_init(jsrt_options *o);

/* Creates an isolate: one JS heap with its globals, module registry and
 * handles. o may be NULL for the defaults; the options are copied. Returns
 * NULL when out of memory or when o is invalid. The isolate belongs to the
 * thread that uses it; several isolates may share one loop on one thread. */
JSRT_EXTERN jsrt_isolate *jsrt_isolate_new(const jsrt_options *o);

/* Closes every handle of the isolate, waits for their close callbacks, runs
 * calls posted before this point (see jsrt_post), and frees everything. An
 * owned loop is closed; a host loop is left running. NULL is a no-op. */
JSRT_EXTERN void jsrt_isolate_free(jsrt_isolate *iso);

/* Runs src (len bytes, or strlen(src) when len is (size_t)-1) as a script in
 * the global scope, then drains process.nextTick and microtasks. Returns
 * JSRT_OK with the completion value left on the Duktape stack top; or
 * JSRT_ERROR (syntax error or uncaught throw), JSRT_ENOMEM, JSRT_ETIMEOUT
 * with the error left there and its text in jsrt_last_error(). The caller
 * pops the one value. NULL iso or src: JSRT_EINVAL, nothing pushed. */
JSRT_EXTERN int jsrt_eval(jsrt_isolate *iso, const char *src, size_t len,
                          const char *filename);

/* Loads the file at path as the main module (require.main === module) and
 * drains nextTick and microtasks; nothing is left on the stack. Does not run
 * the loop: call jsrt_run() next. JSRT_ENOENT when the file is missing. */
JSRT_EXTERN int jsrt_run_main(jsrt_isolate *iso, const char *path);

/* Like duk_pcall(jsrt_context(iso), nargs) but under the isolate's budget
 * and error reporting; the outermost call also drains nextTick and
 * microtasks. Leaves one value (result or error) like duk_pcall. */
JSRT_EXTERN int jsrt_pcall(jsrt_isolate *iso, duk_idx_t nargs);

typedef enum { JSRT_RUN_DEFAULT, JSRT_RUN_ONCE, JSRT_RUN_NOWAIT } jsrt_run_mode;

/* Pumps the loop as uv_run does in the given mode. Returns >0 when the
 * isolate still has work pending (ref'ed handles, requests, posted calls),
 * 0 when it is idle or has exited, <0 on a bad argument. A host that pumps
 * once per frame calls it with JSRT_RUN_NOWAIT. nextTicks and microtasks
 * left queued by an entry that failed (out of memory, budget spent) run
 * first. */
JSRT_EXTERN int jsrt_run(jsrt_isolate *iso, jsrt_run_mode mode);

/* The loop the isolate runs on (its own or the host's). Hosts may poll
 * uv_backend_fd() of it and call jsrt_run(iso, JSRT_RUN_NOWAIT) when ready. */
JSRT_EXTERN uv_loop_t *jsrt_loop(jsrt_isolate *iso);

/* Queues fn(iso, arg) to run on the isolate's thread and wakes its loop.
 * Safe from any thread. Calls still queued when jsrt_isolate_free() starts
 * are run by it (never lost, never run after free); a post made after free
 * started is a use after free, like any other call. Returns 0 or JSRT_EINVAL
 * (NULL iso/fn), JSRT_ENOMEM. */
JSRT_EXTERN int jsrt_post(jsrt_isolate *iso,
                          void (*fn)(jsrt_isolate *iso, void *arg), void *arg);

/* Stops the JavaScript that runs in iso now, from any thread: the current
 * entry returns JSRT_ETIMEOUT, try/catch cannot hold it. No effect when no
 * JavaScript is running. The isolate stays usable. */
JSRT_EXTERN void jsrt_interrupt(jsrt_isolate *iso);

/* "TypeError: msg\n    at f (file.js:3)..." of the last failure on iso,
 * borrowed until the next call on iso; "" when none. */
JSRT_EXTERN const char *jsrt_last_error(jsrt_isolate *iso);

/* The code the isolate ends with: process.exit(n) gives n, process.exitCode
 * is used otherwise, an uncaught error gives 1. */
JSRT_EXTERN int jsrt_exit_code(jsrt_isolate *iso);

/* The userdata of the isolate's options. */
JSRT_EXTERN void *jsrt_userdata(jsrt_isolate *iso);

/*
 * Lowering: the built-in compiler that every isolate runs on each source
 * before Duktape (modern JavaScript, ES2015-ES2023, to ES5.1), for hosts
 * that precompile on a workstation or keep a Duktape of their own.
 * jsrt_lower compiles src[0..len) (UTF-8; len (size_t)-1: strlen) to an
 * ES5.1 program that Duktape 2.7 parses, each token on its original line.
 * Needs no isolate; any thread. filename names the source in messages
 * (NULL: "<input>"). On JSRT_OK, *out is a new NUL-terminated program
 * (a copy of src when it was ES5.1 already) of *out_len bytes (out_len may
 * be NULL), freed with jsrt_lower_free. Lowered code calls runtime helpers
 * (the global __jsrt every isolate has); JSRT_LOWER_INLINE_HELPERS puts
 * them in the output instead, so it runs on a bare Duktape. Returns
 * JSRT_ERROR for a syntax error or a feature not lowered, with
 * "file:line:column: SyntaxError: message" in errbuf (when errlen > 0),
 * JSRT_ENOMEM, JSRT_EINVAL (NULL src or out), JSRT_ENOTSUP when the
 * library was built without the compiler (make JSRT_HAVE_COMPILER=0).
 */
#define JSRT_LOWER_COMMONJS                                                    \
  1u                                 /* src is a CommonJS module body (what    \
                                        require() wraps: top-level return) */
#define JSRT_LOWER_STRICT 2u         /* src starts in strict mode */
#define JSRT_LOWER_INLINE_HELPERS 4u /* the output carries its helpers */
#define JSRT_LOWER_MODULE                                                      \
  8u /* src is an ES module: the output is                                     \
        the body of the loader's function                                      \
        (__jsrt_mod) returning its record */
JSRT_EXTERN int jsrt_lower(const char *src, size_t len, const char *filename,
                           unsigned flags, char **out, size_t *out_len,
                           char *errbuf, size_t errlen);
/* Frees a program from jsrt_lower; NULL is a no-op. */
JSRT_EXTERN void jsrt_lower_free(char *out);

/* Native modules speak Duktape's own stack API: init pushes the module's
 * exports (an object, a function, anything) and returns 0, or returns <0
 * (or throws) to fail the require(). Called on first require(name). */
typedef int (*jsrt_module_init)(duk_context *ctx, void *udata);

/* Makes require(name) return what init pushes, for this isolate only. A
 * registered name wins over a file of the same name and may shadow a
 * built-in. Returns 0, JSRT_EINVAL (NULL/empty name, NULL init), or
 * JSRT_ENOMEM. */
JSRT_EXTERN int jsrt_register_module(jsrt_isolate *iso, const char *name,
                                     jsrt_module_init init, void *udata);

/* Native addons: require('./x.node') (or './x' finding x.node) dlopens the
 * shared object and calls its
 *     JSRT_EXTERN int jsrt_addon_init(duk_context *ctx, void *udata);
 * with the jsrt_module_init contract; udata is the requiring jsrt_isolate.
 * Needs JSRT_CAP_NATIVE. The object's duk_ and jsrt_ references resolve
 * from the program (link it with -rdynamic, or use libjsrt.so). Errors:
 * ERR_DLOPEN_FAILED (not loadable, or no jsrt_addon_init), ERR_MODULE_INIT
 * (init returned <0 or pushed nothing). */
#define JSRT_ADDON_INIT_SYMBOL "jsrt_addon_init"

/* The Duktape context of the isolate, for duk_* calls on its thread. */
JSRT_EXTERN duk_context *jsrt_context(jsrt_isolate *iso);
/* The isolate that owns ctx (any thread context of its heap), or NULL. */
JSRT_EXTERN jsrt_isolate *jsrt_from_context(duk_context *ctx);

/* References (luaL_ref style): jsrt_ref keeps the value at idx alive until
 * jsrt_unref and returns a positive id (0 for undefined, nothing kept);
 * jsrt_push_ref pushes it (undefined for 0 or a released id). Use them to
 * hold JS callbacks across async native work. On the isolate's thread. */
JSRT_EXTERN int jsrt_ref(duk_context *ctx, duk_idx_t idx);
JSRT_EXTERN void jsrt_push_ref(duk_context *ctx, int ref);
JSRT_EXTERN void jsrt_unref(duk_context *ctx, int ref);

/* Native work in flight (a uv_queue_work, a request of the host's own, a
 * thread that will jsrt_post back) that will call back into iso: between
 * jsrt_hold and the matching jsrt_release, jsrt_run() keeps waiting for
 * it and jsrt_isolate_free() runs the loop until it is released. Call
 * jsrt_release after the callback into JS, on the isolate's thread. */
JSRT_EXTERN void jsrt_hold(jsrt_isolate *iso);
JSRT_EXTERN void jsrt_release(jsrt_isolate *iso);

#ifdef __cplusplus
}
#endif
#endif /* JSRT_H */

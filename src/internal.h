/*
 * internal.h - the isolate structure and the jsrt__ functions shared between
 * the files of the library. Nothing here is installed; the struct may change
 * freely. The lifetime rules every binding keeps are written down here.
 */
#ifndef JSRT_INTERNAL_H
#define JSRT_INTERNAL_H

#include "jsrt.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>

/*
 * Lifetimes (see also txiki.js src/private.h): handles, requests and
 * GC-owned native objects.
 *
 * Every libuv handle a binding opens is embedded in a native object that
 * starts with a jsrt__handle, linked into its isolate's list. The object is
 * freed only in its uv_close callback, which also unlinks it. While the
 * handle is active, a jsrt_ref keeps its JS wrapper and callback alive; the
 * close path drops that ref. jsrt_isolate_free() calls ->close on every
 * linked handle and runs the loop until the list is empty, so an owned loop
 * closes with uv_loop_close() == 0.
 *
 * Requests (uv_fs_t, uv_getaddrinfo_t, ...) cannot be cancelled once on the
 * thread pool: a binding counts them with jsrt__req_start/_done, and its
 * callback must not enter JS when iso->closing is set (it only frees). Free
 * waits until the count is 0.
 *
 * Native objects that are no handle or request (the http parser: llhttp's
 * state and buffers behind a JS Parser) are the third kind: the garbage
 * collector owns them. The JS object keeps the pointer in a hidden
 * property and a Duktape finalizer frees it; nothing links it into the
 * isolate, and duk_destroy_heap at isolate free runs the finalizers of
 * what is left. While a handle feeds such an object (a parser consuming a
 * socket), the object holds a jsrt_ref to its own wrapper and the
 * handle's close (its detach) drops it, so the finalizer never frees what
 * a handle still uses.
 *
 * Per-module state (iso->state, below) is the isolate's: freed through
 * the module table after the heap, whatever its module left in it.
 *
 * Never longjmp through libuv frames: callbacks enter JS only through
 * jsrt__callback() (or jsrt_pcall), which catch everything. After it
 * returns, re-check uv_is_closing(): the script may have closed the handle.
 */
typedef struct jsrt__handle jsrt__handle;
struct jsrt__handle {
  jsrt__handle *next, *prev;
  jsrt_isolate *iso;
  uv_handle_t *uv; /* for liveness (active and ref'ed); may be NULL */
  /* Starts closing the handle (idempotent); called at isolate free/exit. */
  void (*close)(jsrt__handle *h);
};

/* A queued job runs in C, given its arg on the stack top (errors thrown
 * propagate as from a JS job); the runtime's own jobs (promise reactions)
 * skip a call through Duktape this way. */
typedef void (*jsrt__job_fn)(duk_context *ctx);

/* A queued call: fn(arg) or fn(...arg) when spread is set; or cfn(arg).
 * The queue's values live in a record (engine.c), two slots per job: fn
 * and arg of items[i] at 2i and 2i+1; no ref per job. */
typedef struct {
  int spread;
  jsrt__job_fn cfn;
} jsrt__job;

typedef struct {
  jsrt__job *items;
  size_t head, len, cap; /* ring buffer */
  void *vals;            /* heap pointer of the values record */
  int vals_ref;          /* keeps it reachable */
} jsrt__jobq;

typedef struct jsrt__native_mod jsrt__native_mod;
struct jsrt__native_mod {
  jsrt__native_mod *next;
  jsrt_module_init init;
  void *udata;
  char name[];
};

typedef struct jsrt__post jsrt__post;
struct jsrt__post {
  jsrt__post *next;
  void (*fn)(jsrt_isolate *iso, void *arg);
  void *arg;
};

/*
 * Per-module state. A built-in whose C half keeps state per isolate has a
 * slot here; it makes its state on first use and reaches it as
 * iso->state[JSRT__STATE_<NAME>]. Its row in modules.c's table names the
 * slot and the function that frees it: jsrt_isolate_free frees every slot
 * through the table after the heap is gone, so the isolate knows no
 * module's private state. A new module with state adds a slot here and a
 * row there; isolate.c does not change.
 */
typedef enum {
  JSRT__STATE_NONE, /* rows without state */
  JSRT__STATE_TIMERS,
  JSRT__STATE_PROMISE,
  JSRT__STATE_REGEXP,
  JSRT__NSTATES
} jsrt__state_slot;

struct jsrt_isolate {
  duk_context *ctx;
  uv_loop_t *loop;
  uv_loop_t own_loop;
  bool owns_loop;

  uint64_t start_ns; /* uv_hrtime() at creation: process.uptime() */
  jsrt_options opts; /* copy; argv and module_root below are our copies */
  char **argv;
  char *module_root;
  char *fs_root; /* realpath of opts.fs_root, or NULL */

  /* Memory accounting (heap.c). */
  size_t mem_used, mem_peak, mem_limit;
  bool oom;       /* an allocation was refused during the current entry */
  bool reporting; /* formatting an error's text (may use the reserve) */

  /* Execution budget (loop.c): armed while sessions > 0; depth counts
   * nested protected calls into JS. */
  int sessions;
  int depth;
  uint64_t deadline_ns; /* 0: none */
  atomic_int interrupt; /* set by jsrt_interrupt from any thread */
  atomic_int running;   /* depth > 0, readable from other threads */
  bool timed_out;       /* sticky for the current outermost entry */

  /* Exit state (process.exit, uncaught errors). */
  int exit_code;
  bool exiting;       /* unwinding JS after process.exit(): uncatchable */
  bool exited;        /* the run has ended: handles closed, no more callbacks */
  bool closing;       /* jsrt_isolate_free in progress */
  bool fatal;         /* the engine hit a fatal error: heap unusable */
  jmp_buf *fatal_jmp; /* armed by the outermost entry (loop.c) */

  char *last_error;

  /* Handles and requests (see above). */
  jsrt__handle *handles;
  unsigned nreqs;

  /* jsrt_post (loop.c). */
  uv_async_t post_async;
  uv_mutex_t post_mu;
  jsrt__post *post_head, *post_tail;
  bool post_closed; /* post_async's close callback ran */

  /* process.nextTick and microtask queues (loop.c). */
  jsrt__jobq ticks, microtasks;
  bool draining;
  bool after_drain_hook; /* the "afterDrain" hook is set (loop_set_hook) */
  /* Built-ins' own state, one slot each (see jsrt__state_slot). */
  void *state[JSRT__NSTATES];

  /* jsrt_ref slots (refs.c): values live in a stash array. */
  int *ref_free;
  unsigned char *ref_used; /* ref_used[ref]: the slot holds a value */
  int ref_nfree, ref_cap, ref_top;
  void *refs_array; /* heap pointer of the stash's refs array, once found */

  jsrt__native_mod *native_mods;
};

/* Stash keys (all in the heap stash, hidden from scripts). */
#define JSRT__STASH_REFS                                                       \
  "\xff"                                                                       \
  "refs"
#define JSRT__STASH_MODCACHE                                                   \
  "\xff"                                                                       \
  "modcache"
#define JSRT__STASH_HOOKS                                                      \
  "\xff"                                                                       \
  "hooks"
#define JSRT__STASH_PINNED                                                     \
  "\xff"                                                                       \
  "pinned"

/* heap.c: the heap and its allocator (isolate.c creates and frees it) */
/* The isolate's allocator (counts against memory_limit; size 0 frees), for
 * memory that is not Duktape's: the compiler's. */
void *jsrt__isolate_realloc(void *iso, void *ptr, size_t size);
void jsrt__fatal(void *udata, const char *msg);
/* A new Duktape heap on the allocator above, for iso; NULL on failure. */
duk_context *jsrt__heap_new(jsrt_isolate *iso);
/* error.c: the host's copy of a failure's text (jsrt_last_error). */
void jsrt__set_last_error(jsrt_isolate *iso, const char *fmt, ...);

/* engine.c (duktape.c compiled with our config, plus internals access) */
void jsrt__duk_request_interrupt(duk_context *ctx);
int jsrt__duk_creating_error(duk_context *ctx);
const char *jsrt__duk_class_name(duk_context *ctx, duk_idx_t idx);
int jsrt__duk_push_regexp_bytecode(duk_context *ctx, duk_idx_t idx);
/* Fast slots (engine.c): own hidden properties by key heap pointer (a
 * "\xff" string kept reachable by the caller) and records, prototype-less
 * arrays of n slots read and written in place. */
void jsrt__duk_push_object_slots(duk_context *ctx, void *proto,
                                 void *const *keys, unsigned n, int enumerable);
int jsrt__duk_put_own_existing(duk_context *ctx, duk_idx_t obj, void *key);
int jsrt__duk_constructor_is(duk_context *ctx, duk_idx_t obj, void *proto,
                             void *ctor);
/* The same for any key (a heap string kept reachable by the caller). */
int jsrt__duk_inherited_is(duk_context *ctx, duk_idx_t obj, void *proto,
                           void *key, void *value);
int jsrt__duk_get_own(duk_context *ctx, duk_idx_t obj, void *key);
void jsrt__duk_take_own(duk_context *ctx, duk_idx_t obj, void *key);
int jsrt__duk_get_own_int(duk_context *ctx, duk_idx_t obj, void *key, int dflt);
void jsrt__duk_put_own(duk_context *ctx, duk_idx_t obj, void *key);
void jsrt__duk_put_own_int(duk_context *ctx, duk_idx_t obj, void *key, int v);
void jsrt__duk_push_record(duk_context *ctx, unsigned n);
void jsrt__duk_record_get(duk_context *ctx, duk_idx_t rec, unsigned i);
int jsrt__duk_record_get_int(duk_context *ctx, duk_idx_t rec, unsigned i);
void jsrt__duk_record_put(duk_context *ctx, duk_idx_t rec, unsigned i);
/* The same by the record's heap pointer; i must be within its slots.
 * take pushes slot i's value and empties the slot. */
void jsrt__duk_record_put_ptr(duk_context *ctx, void *rec, unsigned i);
void jsrt__duk_record_take_ptr(duk_context *ctx, void *rec, unsigned i);

/* engine.c: an error's traceback as frames (V8's stack API in error.c):
 * [...] -> [... [[name, file, line, JSRT__FRAME_* flags, fn], ...]]. */
#define JSRT__FRAME_NATIVE 1
#define JSRT__FRAME_CONSTRUCT 2
#define JSRT__FRAME_STRICT 4
#define JSRT__FRAME_EVAL 8
int jsrt__duk_push_error_frames(duk_context *ctx, duk_idx_t err_idx,
                                duk_idx_t fn_idx);
void jsrt__duk_set_varargs(duk_context *ctx, duk_idx_t idx);
/* error.c: Error.captureStackTrace, stackTraceLimit, the stack getter. */
void jsrt__error_stack_init(duk_context *ctx);

/* engine.c: the compile hook (see engine.c). Compiles src with Duktape's
 * own compiler, as duk_js_compile: [... filename] -> [... template]. */
void jsrt__duk_js_compile(duk_context *ctx, const char *src, size_t len,
                          unsigned flags);
#define JSRT__EVAL_INDIRECT 0
#define JSRT__EVAL_DIRECT 1
#define JSRT__EVAL_IN_FUNCTION 2
int jsrt__duk_eval_caller(duk_context *ctx);

/* compile.c: the one compile entry. Every source goes through the built-in
 * compiler (lowered to ES5.1 when newer) and then Duktape. */
enum {
  JSRT__SRC_SCRIPT, /* jsrt_eval, -e: eval code, completion value kept */
  JSRT__SRC_CJS,    /* a CommonJS module body: function (exports, require,
                       module, __filename, __dirname) {...} */
  JSRT__SRC_GLUE,   /* a built-in's JS half: the same plus `native` */
  JSRT__SRC_MODULE  /* an ES module: function (__jsrt_mod) {...} returning
                       its record (src/compiler/lower_module.c) */
};
/* Bytes a caller may leave free before and after the source so that the
 * module wrapper goes around it in place (room != 0). */
#define JSRT__COMPILE_ROOM 80
/* A flag of Duktape's compile calls (an unused bit): the source is lowered
 * already, compile it as it is. */
#define JSRT__DUK_COMPILE_LOWERED (1u << 15)
/* Hidden property of a SyntaxError: node's "file:line\n<line>\n   ^\n",
 * printed before the stack when it is reported uncaught. */
#define JSRT__ERR_ARROW                                                        \
  "\xff"                                                                       \
  "arrow"
/* [...] -> [... fn]: compiles src[0..len) of kind (JSRT__SRC_*) named
 * filename. With room, src is writable with JSRT__COMPILE_ROOM bytes free
 * on both sides (the loader reads files so: no copy for ES5.1); a module's
 * BOM and #! line are neutralised. Throws SyntaxError "<message>
 * (file:line:column)" with fileName/lineNumber/columnNumber, RangeError when
 * the compiler ran out of memory or time. */
void jsrt__compile(duk_context *ctx, char *src, size_t len,
                   const char *filename, int kind, int room);
/* engine.c's hook calls this for every other compile (Duktape flags;
 * caller: JSRT__EVAL_*). [... filename] -> [... template] */
void jsrt__compile_hook(duk_context *ctx, const char *src, size_t len,
                        unsigned flags, int caller);
/* [err] -> [err]: fileName, lineNumber, columnNumber and node's source
 * arrow (JSRT__ERR_ARROW) for line/bcol (1-based; bcol in bytes, 0:
 * unknown) of src, as a SyntaxError of the compiler gets them. */
void jsrt__error_locate(duk_context *ctx, const char *src, size_t len,
                        const char *filename, unsigned line, unsigned bcol);

/* loop.c: entry into JS. A session is one budgeted entry (a callback and
 * the queue drain after it); sessions nest, the outermost arms the budget.
 * Duktape asks jsrt__exec_timeout_check (DUK_USE_EXEC_TIMEOUT_CHECK in
 * mk/duk_config.sed) whether the budget is spent. */
int jsrt__exec_timeout_check(void *udata);
uint64_t jsrt__now_ns(void);
void jsrt__session_begin(jsrt_isolate *iso);
int jsrt__session_end(jsrt_isolate *iso, int status);
/* Calls the function below nargs args under the budget; leaves one value.
 * Does not drain the queues. Records last_error on failure. */
int jsrt__pcall(jsrt_isolate *iso, duk_idx_t nargs);
/* The same for [fn this args...]. */
int jsrt__pcall_method(jsrt_isolate *iso, duk_idx_t nargs);
/* For loop callbacks: [fn this args...] is called with nargs args, then the
 * queues drain; an error goes to the uncaught path. Pops the call and its
 * result. Returns the status.
 * When the isolate has exited (or is closing) it pops and returns at once. */
int jsrt__callback(jsrt_isolate *iso, duk_idx_t nargs);
/* Drains nextTick then microtasks until both are empty (outermost only).
 * Returns JSRT_OK, or JSRT_ETIMEOUT when the budget ran out meanwhile. */
int jsrt__drain(jsrt_isolate *iso);
/* The error on the stack top was not caught by the script: hand it to
 * process 'uncaughtException' or on_error, end the run if unhandled. Pops. */
void jsrt__uncaught(jsrt_isolate *iso);
/* Ends the isolate's run: closes every handle, no more callbacks. */
void jsrt__exit(jsrt_isolate *iso, int code);
void jsrt__jobq_push(jsrt_isolate *iso, jsrt__jobq *q, duk_idx_t fn,
                     duk_idx_t arg, int spread);
/* Reserves the value stack for n more values (an argument each): a binding
 * that pushes per argument or element calls it first, or a few hundred
 * arguments abort the process. Throws a RangeError beyond the engine's
 * limit, so only where an error is caught (a JS call, a protected call). */
void jsrt__require_args(duk_context *ctx, duk_size_t n);
/* Pushes arr[start..] (arr at idx) and returns how many; reserves first. */
duk_idx_t jsrt__push_spread(duk_context *ctx, duk_idx_t arr, duk_size_t start);
/* (fn, arr[, start]) called with a this: fn.apply(this, arr.slice(start)).
 * A libuv callback has no protection of its own while it pushes: it calls
 * this through jsrt__callback instead of spreading arguments itself (the
 * reservation, and the array's getters, may throw). */
duk_ret_t jsrt__js_spread_call(duk_context *ctx);
void jsrt__jobq_push_c(jsrt_isolate *iso, jsrt__jobq *q, jsrt__job_fn cfn,
                       duk_idx_t arg);
/* Dequeues q's oldest job: pushes [fn arg] (undefined when absent) and
 * returns its spread flag and C function through *job. */
void jsrt__jobq_shift(jsrt_isolate *iso, jsrt__jobq *q, jsrt__job *job);
void jsrt__jobq_free(jsrt_isolate *iso, jsrt__jobq *q);
duk_ret_t jsrt__js_queue_microtask(duk_context *ctx);
duk_ret_t jsrt__js_next_tick(duk_context *ctx);
/* process.exit(): ends the run and unwinds the script uncatchably. */
duk_ret_t jsrt__js_exit(duk_context *ctx, int code);
/* Looks up stash hook name (set by JS glue) for the nargs args on the stack
 * top: returns 1 with [fn args...] ready for a call, or 0 with the args
 * popped when no hook is set. */
int jsrt__call_hook(jsrt_isolate *iso, const char *name, duk_idx_t nargs);
/* Fires process 'exit' (once; see loop.c). */
void jsrt__emit_exit(jsrt_isolate *iso);
/* jsrt_post's queue and its async handle: init at isolate creation;
 * close starts closing the handle (iso->post_closed once it is closed),
 * free follows that; drain runs the calls posted so far. */
int jsrt__post_init(jsrt_isolate *iso);
void jsrt__post_close(jsrt_isolate *iso);
void jsrt__post_free(jsrt_isolate *iso);
void jsrt__post_drain(jsrt_isolate *iso);

/* Handles and requests. */
void jsrt__handle_link(jsrt_isolate *iso, jsrt__handle *h, uv_handle_t *uv,
                       void (*close)(jsrt__handle *h));
void jsrt__handle_unlink(jsrt__handle *h);
void jsrt__close_all_handles(jsrt_isolate *iso);
void jsrt__req_start(jsrt_isolate *iso);
void jsrt__req_done(jsrt_isolate *iso);

/* refs.c */
void jsrt__refs_free(jsrt_isolate *iso);
/* Makes the next n jsrt_ref calls unable to throw (they may still run no
 * JS): call it before allocating what those refs would be stored in. */
void jsrt__refs_reserve(duk_context *ctx, int n);
/* A handle's close: clears the native pointer that the JS object *ref
 * holds under key (later calls on it find no handle), then drops *ref. */
void jsrt__unref_holder(duk_context *ctx, int *ref, const char *key);
/* Interns s and keeps it for the life of the heap; returns its heap
 * pointer (a key for engine.c's fast slots). */
void *jsrt__pin_string(duk_context *ctx, const char *s);

/*
 * error.c: Node-style errors. The jsrt__throw_* never return: each is a
 * no-return function (its _raw form) in a comma expression of type
 * duk_ret_t, as Duktape's duk_throw is, so a C function writes
 * `return jsrt__throw_x(...)` and the compiler knows it as well as the
 * reader. A statement that only throws calls the _raw form (a bare comma
 * expression would be an unused value).
 */
/* Pushes Error: "<CODE>: <uv message>, <syscall> '<path>' -> '<dest>'" with
 * code, errno, syscall, path, dest. path/dest may be NULL. */
void jsrt__push_uv_error(duk_context *ctx, int err, const char *syscall,
                         const char *path, const char *dest);
DUK_NORETURN(void jsrt__throw_uv_raw(duk_context *ctx, int err,
                                     const char *syscall, const char *path,
                                     const char *dest));
#define jsrt__throw_uv(ctx, err, syscall, path, dest)                          \
  (jsrt__throw_uv_raw((ctx), (err), (syscall), (path), (dest)), (duk_ret_t)0)
/* Pushes the string a uv getter of the (buffer, &size) kind fills in
 * (uv_cwd, uv_os_homedir...), or throws its error named after syscall. */
duk_ret_t jsrt__push_uv_string(duk_context *ctx, int (*get)(char *, size_t *),
                               const char *syscall);
/* process.cwd(), also the module loader's: pushes the cwd or throws. */
duk_ret_t jsrt__js_cwd(duk_context *ctx);
/* Pushes new <type>(message) with .code = code. type: DUK_ERR_*. */
void jsrt__push_code_error(duk_context *ctx, duk_errcode_t type,
                           const char *code, const char *fmt, ...);
DUK_NORETURN(void jsrt__throw_code_raw(duk_context *ctx, duk_errcode_t type,
                                       const char *code, const char *fmt, ...));
#define jsrt__throw_code(...) (jsrt__throw_code_raw(__VA_ARGS__), (duk_ret_t)0)
/* TypeError ERR_INVALID_ARG_TYPE: 'The "name" argument must be of type
 * <expected>. Received ...' */
DUK_NORETURN(void jsrt__throw_arg_type_raw(duk_context *ctx, const char *name,
                                           const char *expected,
                                           duk_idx_t idx));
#define jsrt__throw_arg_type(ctx, name, expected, idx)                         \
  (jsrt__throw_arg_type_raw((ctx), (name), (expected), (idx)), (duk_ret_t)0)
/* Error ERR_ACCESS_DENIED: the isolate lacks the capability for what. */
DUK_NORETURN(void jsrt__throw_access_denied_raw(duk_context *ctx,
                                                const char *what));
#define jsrt__throw_access_denied(ctx, what)                                   \
  (jsrt__throw_access_denied_raw((ctx), (what)), (duk_ret_t)0)
/* RangeError "out of memory": a malloc of ours failed. (A block the
 * memory limit refused is Duktape's Error "alloc failed", which
 * globals_err_create in globals.c turns into a RangeError.) */
DUK_NORETURN(void jsrt__throw_oom_raw(duk_context *ctx));
#define jsrt__throw_oom(ctx) (jsrt__throw_oom_raw(ctx), (duk_ret_t)0)
/* Validators that throw Node's errors. */
void jsrt__require_function(duk_context *ctx, duk_idx_t idx, const char *name);
/* Copies "Name: message\n    at ..." of the value at idx (safe). */
char *jsrt__error_text(duk_context *ctx, duk_idx_t idx);

/* stdio.c: Duktape strings are CESU-8 (a character outside the BMP is two
 * 3-byte surrogates); output wants UTF-8. Returns a malloc'ed UTF-8 copy,
 * or NULL when s needs no change (or on out of memory: write s as is). */
char *jsrt__cesu8_to_utf8(const char *s, size_t len, size_t *outlen);

/* modules.c */
void jsrt__modules_init(jsrt_isolate *iso);
/* Frees the host's registered modules and, through the table's free
 * column, every built-in's state; after the heap is destroyed. */
void jsrt__modules_free(jsrt_isolate *iso);
/* Pushes the exports of built-in or registered module name; throws
 * MODULE_NOT_FOUND / ERR_ACCESS_DENIED. */
void jsrt__require_builtin(duk_context *ctx, const char *name);
static inline int jsrt__has_cap(jsrt_isolate *iso, unsigned cap) {
  return (iso->opts.caps & cap) == cap;
}

/* globals.c: the global object as scripts see it (lazy where possible). */
void jsrt__globals_init(jsrt_isolate *iso);
#if JSRT_HAVE_PCRE2
/* regexp.c: Duktape's regexp compiler and matcher on PCRE2 (engine.c calls
 * them; [... pattern flags] -> [... source bytecode], [... re input] ->
 * [... result]), the accessors Duktape lacks (globals.c, at isolate
 * creation) and the per-isolate cache (iso->state[JSRT__STATE_REGEXP]). */
void jsrt__regexp_compile(duk_context *ctx);
void jsrt__regexp_match(duk_context *ctx, int force_global);
void jsrt__regexp_init(duk_context *ctx);
void jsrt__regexp_state_free(void *state);
#endif

/* Built-in module openers (dukopen_ convention): push the native half. */
typedef duk_ret_t (*jsrt__opener)(duk_context *ctx);
duk_ret_t jsrt__open_process(duk_context *ctx);
duk_ret_t jsrt__open_console(duk_context *ctx);
duk_ret_t jsrt__open_timers(duk_context *ctx);
duk_ret_t jsrt__open_os(duk_context *ctx);
duk_ret_t jsrt__open_url(duk_context *ctx);
duk_ret_t jsrt__open_module(duk_context *ctx);
duk_ret_t jsrt__open_fs(duk_context *ctx);
duk_ret_t jsrt__open_hooks(duk_context *ctx); /* loop.c: internal/hooks */
duk_ret_t jsrt__open_collections(duk_context *ctx);
duk_ret_t jsrt__open_promise(duk_context *ctx);
duk_ret_t jsrt__open_buffer(duk_context *ctx);
duk_ret_t jsrt__open_util_types(duk_context *ctx);
duk_ret_t jsrt__open_encoding(duk_context *ctx);
duk_ret_t jsrt__open_stdio(duk_context *ctx);
duk_ret_t jsrt__open_net(duk_context *ctx);
duk_ret_t jsrt__open_http(duk_context *ctx);
duk_ret_t jsrt__open_events(duk_context *ctx);
duk_ret_t jsrt__open_dns(duk_context *ctx);
#if JSRT_HAVE_ZLIB
duk_ret_t jsrt__open_zlib(duk_context *ctx);
#endif
#if JSRT_HAVE_OPENSSL
duk_ret_t jsrt__open_crypto(duk_context *ctx); /* crypto/crypto.c */
#endif

/* Generated at build time from src/js/ (tools/js2c.c): Duktape bytecode of
 * each JS glue file, wrapped as function (exports, require, module,
 * __filename, __dirname, native). Sorted by name. */
typedef struct {
  const char *name;
  const unsigned char *code;
  size_t len;
} jsrt__js_blob;
extern const jsrt__js_blob jsrt__js_blobs[];
extern const size_t jsrt__js_nblobs;
const jsrt__js_blob *jsrt__find_js(const char *name);

#define JSRT__COUNTOF(a) (sizeof(a) / sizeof((a)[0]))

#endif /* JSRT_INTERNAL_H */

/* compiler.h - the built-in compiler's one interface: ECMAScript 2015-2023
 * source in, ES5.1 out (what Duktape parses), every token on its original
 * line so stack traces need no source map.
 *
 * Pure C over bytes: no Duktape or libuv types, no longjmp. Memory comes
 * from the allocator the caller passes (the isolate's, so memory_limit
 * covers the compiler), time from a callback it polls every few thousand
 * nodes (the isolate's deadline and jsrt_interrupt). The rest of the library
 * includes this header only; the phases' own headers stay in this folder. */
#ifndef JSRT_COMPILER_H
#define JSRT_COMPILER_H

#include <stddef.h>

/* Status codes (0 or negative, as everywhere in libjsrt). */
#define JSC_OK 0
#define JSC_ESYNTAX (-1)      /* bad input: message/line/column say where */
#define JSC_ENOMEM (-2)       /* the allocator refused */
#define JSC_ETIMEOUT (-3)     /* the interrupt callback said stop */
#define JSC_EUNSUPPORTED (-4) /* valid ES, but not lowered (BigInt, ...) */

/* What the source is (the ECMAScript goal symbol and its context). */
enum {
  JSC_GOAL_SCRIPT = 0,   /* a Script: jsrt_eval, -e, the main file */
  JSC_GOAL_MODULE = 1,   /* a Module: import/export, strict, TLA */
  JSC_GOAL_FUNCTION = 2, /* a CommonJS module body: a function body, so
                            `return` is allowed (the loader wraps it) */
  JSC_GOAL_EVAL = 3      /* the argument of eval()/new Function */
};

/* jsc_options.flags */
#define JSC_STRICT 0x01      /* starts in strict mode (strict eval caller) */
#define JSC_FORCE 0x02       /* print even when nothing needs lowering */
#define JSC_IN_FUNCTION 0x04 /* eval inside a function: new.target ok */
#define JSC_IN_METHOD 0x08   /* eval inside a method: super.x ok */
#define JSC_INLINE_HELPERS                                                     \
  0x10 /* prepend the runtime helpers the output                               \
          uses, so it runs on a bare Duktape */
#define JSC_NO_SCAN                                                            \
  0x20 /* decide ES5.1 by the parser, not the quick                            \
          scan (which may pass a file with a syntax                            \
          error to its engine: run again with this for                         \
          the parser's message) */

typedef void *(*jsc_realloc_fn)(void *ud, void *ptr, size_t size);

typedef struct jsc_options {
  int goal;               /* JSC_GOAL_* */
  unsigned flags;         /* JSC_* above */
  const char *filename;   /* for messages; may be NULL */
  jsc_realloc_fn realloc; /* NULL: the C library's; size 0 frees */
  void *alloc_ud;
  int (*interrupt)(void *ud); /* polled now and then; nonzero: stop */
  void *interrupt_ud;
  unsigned max_depth; /* nesting bound; 0: the default (1000) */
} jsc_options;

typedef struct jsc_result {
  int status;            /* JSC_OK or a negative JSC_E* */
  char *code;            /* the ES5.1 program, NUL-terminated, from the
                            options' allocator; NULL with JSC_OK means the
                            source is ES5.1 already: run it as it is */
  size_t len;            /* bytes of code */
  unsigned line, column; /* of a failure: 1-based line, 1-based column */
  char message[256];     /* "Unexpected token '}'" (no file, no position) */
} jsc_result;

/* Compiles src[0..len) (UTF-8; need not be NUL-terminated). Always fills
 * *res; returns res->status. Frees everything it allocated except
 * res->code, which the caller frees with jsc_result_free. */
int jsc_compile(const char *src, size_t len, const jsc_options *opt,
                jsc_result *res);

/* Frees res->code with the allocator of opt (the one given to
 * jsc_compile); a NULL code is a no-op. */
void jsc_result_free(const jsc_options *opt, jsc_result *res);

/* The source of the runtime helpers lowered code calls as __jsrt.NAME
 * (src/compiler/helpers.js): the library loads it on first use of the
 * global __jsrt; JSC_INLINE_HELPERS prepends it. */
extern const char jsc_helpers_js[];
extern const size_t jsc_helpers_js_len;

#endif

/* lower.h - the one traversal (lower.c) and the transforms it drives (one
 * lower_<feature>.c each, as SWC keeps one file per transform and esbuild
 * lowers in one visit).
 *
 * The traversal walks the whole tree once. Entering a node it calls the
 * kind's `enter` hooks (context: the function and loop stacks are kept by
 * the driver); after the children are lowered it calls the kind's `leave`
 * hooks, in the order of the table in lower.c, each taking the node and
 * returning its replacement (already ES5.1, because children were lowered
 * first). A hook that changes nothing returns its argument.
 *
 * Every node a transform makes comes from jc_synth(c, kind, at) with `at`
 * the node it replaces, so the printer puts it on that line. A transform
 * that changes a node sets JC_MK_DIRTY on it (jc_lw_dirty).
 *
 * Driver rules (lower.c):
 * - A leave hook may return another node, NULL (removes a statement from
 *   its list) or, in a statement position, a list of statements linked by
 *   `next` (spliced into the list, or made a block where one statement
 *   goes). Once a hook returns a node of another kind, the kind's later
 *   hooks are skipped.
 * - jc_lw_before inserts before the statement of the nearest enclosing
 *   statement list (a loop's test runs more often than that: use temps
 *   there, not statements).
 * - FUNCTION leave hooks run while w->func is still that function (their
 *   temps go into it); after them the driver puts `var _this = this, ...,
 *   temps;` and w->func->prologue at the top of its body.
 * - w->parent is the parent of the node whose hooks run. */
#ifndef JSRT_COMPILER_LOWER_H
#define JSRT_COMPILER_LOWER_H

#include "ast.h"

typedef struct jc_lw jc_lw;

/* One entry per function being visited (the program counts as one). */
typedef struct jc_lw_func {
  jc_node *node; /* FUNCTION or PROGRAM */
  struct jc_lw_func *up;
  struct jc_lw_func *self; /* nearest non-arrow function (own this) */
  jc_atom *this_name;      /* "_this" once an arrow inside needs it */
  jc_atom *args_name;      /* "_arguments" likewise */
  jc_atom *newtarget_name;
  jc_node *temps;      /* IDENTs to declare: `var a, b;` at the top */
  jc_node *prologue;   /* statements to put first in the body */
  unsigned loop_depth; /* loops around the current node, this function */
} jc_lw_func;

struct jc_lw {
  jc_ctx *c;
  jc_lw_func *func;     /* innermost function being visited */
  jc_node *stmt_before; /* statements to insert before the current
                           statement of the enclosing list (spliced by
                           the driver) */
  jc_node *parent;      /* parent of the node being visited */
};

typedef jc_node *(*jc_lw_hook)(jc_lw *w, jc_node *n);

/* A fresh temporary declared with `var` in the current function. */
jc_node *jc_lw_temp(jc_lw *w, const char *hint, const jc_node *at);
/* Queues a statement before the statement being lowered. */
void jc_lw_before(jc_lw *w, jc_node *stmt);
/* A call of the runtime helper __jsrt.NAME(args...) at `at`'s line. */
jc_node *jc_lw_helper(jc_lw *w, const char *name, jc_node *args,
                      const jc_node *at);
/* Reading n twice is the same as reading it once (no side effect, no
 * getter): `this` and resolved local bindings (lower_optional.c). */
int jc_lw_simple(const jc_node *n);
/* A fresh read of a temporary or of a simple expression (lower_optional.c). */
jc_node *jc_lw_reuse(jc_ctx *c, const jc_node *t, const jc_node *at);
/* Marks n changed: printed, not copied. A transform that changes a node
 * below one it did not get from the traversal (the driver marks nodes on
 * the way up) marks the nodes on the path too. */
static inline jc_node *jc_lw_dirty(jc_node *n) {
  n->mark = (uint8_t)((n->mark | JC_MK_DIRTY) & ~JC_MK_VERBATIM);
  return n;
}

/* The transforms (one file each). Each exports the hooks listed in
 * lower.c's table; a file may export enter and leave hooks for several
 * kinds. */
jc_node *jc_lower_block_scope(jc_lw *w, jc_node *n); /* lower_block_scope.c */
/* Whether the body of loop n becomes a function of its own (a binding
 * per iteration that a closure captures): the driver gives that body its
 * own temporaries (lower_block_scope.c). */
int jc_block_scope_wraps(jc_lw *w, const jc_node *n);
/* Makes body (a lowered statement) the function `_loop = function
 * (params) {...}` put before the current statement, and returns what
 * replaces it: the call with args and the dispatch of break/continue/
 * return that leave it. is_loop: body is a loop's (continue ends the
 * call); copies: `outer = inner;` statements run before each next
 * iteration. NULL on failure (status set). */
/* `x = __jsrt.tdz;` statements for the bindings of scope s that may be
 * used before their initialization (NULL: none). */
jc_node *jc_block_scope_sentinels(jc_lw *w, const jc_scope *s,
                                  const jc_node *at);
jc_node *jc_block_scope_wrap(jc_lw *w, jc_node *body, int is_loop,
                             jc_node *params, jc_node *args, jc_node *copies,
                             const jc_node *at);
jc_node *jc_lower_arrow(jc_lw *w, jc_node *n);       /* lower_arrow.c */
jc_node *jc_lower_this(jc_lw *w, jc_node *n);        /* lower_arrow.c */
jc_node *jc_lower_params(jc_lw *w, jc_node *n);      /* lower_params.c */
jc_node *jc_lower_destructure(jc_lw *w, jc_node *n); /* lower_destructure.c */
jc_node *jc_lower_spread(jc_lw *w, jc_node *n);      /* lower_spread.c */
jc_node *jc_lower_object(jc_lw *w, jc_node *n);      /* lower_object.c */
jc_node *jc_lower_class(jc_lw *w, jc_node *n);       /* lower_class.c */
jc_node *jc_lower_template(jc_lw *w, jc_node *n);    /* lower_template.c */
jc_node *jc_lower_for_of(jc_lw *w, jc_node *n);      /* lower_for_of.c */
jc_node *jc_lower_optional(jc_lw *w, jc_node *n);    /* lower_optional.c */
jc_node *jc_lower_operators(jc_lw *w, jc_node *n);   /* lower_operators.c:
                                                      ** ?? &&= ||= ??= */
jc_node *jc_lower_module(jc_lw *w, jc_node *n);      /* lower_module.c */
/* PROGRAM enter hook of lower_module.c: the module's imports and exports,
 * read before the traversal changes them. */
jc_node *jc_lower_module_enter(jc_lw *w, jc_node *n);
jc_node *jc_lower_generator(jc_lw *w, jc_node *n); /* lower_generator.c */
jc_node *jc_lower_generator_wrap(jc_lw *w, jc_node *n);
/* fn's body (lowered but for its yields) as the state machine, its body
 * now `return __jsrt.gen(null, function (_g) {...}, tries);` (for
 * lower_async.c's inner generator). 0 on failure. */
int jc_generator_body(jc_lw *w, jc_node *fn);
jc_node *jc_lower_async(jc_lw *w, jc_node *n); /* lower_async.c */
/* The awaits of an async function's (gen: async generator's) code in blk,
 * not in functions, as its inner generator's yields (for a loop body
 * lower_block_scope.c makes a generator). */
void jc_async_awaits(jc_lw *w, jc_node *blk, int gen);
jc_node *jc_lower_literals(jc_lw *w, jc_node *n); /* lower_literals.c:
                                                     numbers, strings,
                                                     regexps */

/* lower_class.c also lowers a CLASS when the traversal ENTERS it (an enter
 * hook of CLASS): it returns ES5 nodes (an IIFE, or `var C = IIFE` for a
 * declaration) that still hold the members' un-lowered code (methods'
 * params and bodies, arrows, `this`, new.target, initializers), which the
 * driver then visits as any other code, so the arrow transform captures the
 * `this` that `super.x` became. The driver must descend into the node an
 * enter hook returns (and call the leave hooks of its kind). jc_lower_class
 * (leave) then sees no CLASS; alone, it is a fallback that gets `super` and
 * a derived constructor's `this` inside arrows wrong. */
jc_node *jc_lower_class_enter(jc_lw *w, jc_node *n);

/* lower_destructure.c's engine, for the transforms that meet a pattern in
 * a head they rewrite (for-of):
 * `pattern = value` as an expression (its value is value's if want_value);
 * `kind pattern = value;` as a VAR of simple declarators (kind: JC_DECL_*).
 * Temporaries come from jc_lw_temp. */
jc_node *jc_dstr_assign(jc_lw *w, jc_node *pattern, jc_node *value,
                        int want_value, const jc_node *at);
jc_node *jc_dstr_declare(jc_lw *w, int kind, jc_node *pattern, jc_node *value,
                         const jc_node *at);

#endif

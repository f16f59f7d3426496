/* lower_dstr.h - what lower_params.c, lower_destructure.c, lower_spread.c
 * and lower_object.c share (node builders and the destructuring engine).
 * Internal to those four files; other transforms use the entry points in
 * lower.h (jc_dstr_assign, jc_dstr_declare). */
#ifndef JSRT_COMPILER_LOWER_DSTR_H
#define JSRT_COMPILER_LOWER_DSTR_H

#include "lower.h"

/* Marks n changed: DIRTY, and no longer VERBATIM (print.c would copy the
 * source text of a VERBATIM node whatever its children became). */
static inline jc_node *jc_ds_touch(jc_node *n) {
  n->mark = (uint8_t)((n->mark | JC_MK_DIRTY) & ~JC_MK_VERBATIM);
  return n;
}

/* ---- node builders (every node synthetic, placed at `at`) ---- */
jc_node *jc_ds_copy(jc_ctx *c, const jc_node *n); /* shallow, next = NULL */
jc_node *jc_ds_num(jc_ctx *c, double v, const jc_node *at);
jc_node *jc_ds_str(jc_ctx *c, const char *s, size_t n, const jc_node *at);
jc_node *jc_ds_name(jc_ctx *c, const char *s, const jc_node *at);
jc_node *jc_ds_void0(jc_ctx *c, const jc_node *at);
jc_node *jc_ds_paren(jc_ctx *c, jc_node *e); /* wraps compound exprs */
jc_node *jc_ds_dot(jc_ctx *c, jc_node *obj, const char *prop,
                   const jc_node *at);
jc_node *jc_ds_index(jc_ctx *c, jc_node *obj, jc_node *key, const jc_node *at);
jc_node *jc_ds_assign(jc_ctx *c, jc_node *target, jc_node *value,
                      const jc_node *at);
jc_node *jc_ds_binary(jc_ctx *c, int kind, int op, jc_node *l, jc_node *r,
                      const jc_node *at);
jc_node *jc_ds_cond(jc_ctx *c, jc_node *test, jc_node *then, jc_node *else_,
                    const jc_node *at);
jc_node *jc_ds_call(jc_ctx *c, jc_node *callee, jc_node *args,
                    const jc_node *at);
/* (e1, e2, ...) from a list; a one-element list is returned as is. */
jc_node *jc_ds_seq(jc_ctx *c, jc_node *list, const jc_node *at);
jc_node *jc_ds_stmt(jc_ctx *c, jc_node *expr, const jc_node *at);
jc_node *jc_ds_var(jc_ctx *c, int op, jc_node *decls, const jc_node *at);
jc_node *jc_ds_decl(jc_ctx *c, jc_node *target, jc_node *init,
                    const jc_node *at);
/* A PAREN/ASSIGN-wrapped view of a pattern node: the pattern kind a node
 * stands for in a destructuring target (the parser may leave ARRAY/OBJECT/
 * SPREAD/ASSIGN in assignment targets). */
int jc_ds_is_pattern(const jc_node *n);
/* Body statements start after the directive prologue: the link to patch. */
jc_node **jc_ds_after_directives(jc_node **body);

/* lower_spread.c: a list of arguments/elements with SPREADs as one Array
 * expression (for_call: a lone spread may be the iterable itself when it is
 * a fast Array, as apply reads it at once). */
jc_node *jc_sp_array(jc_lw *w, jc_node *elems, const jc_node *at, int for_call);

/* lower_destructure.c: `(t = value)` checked inline for an array-like
 * with unmodified iteration of at least n elements (n < 0: any length):
 * t itself, else __jsrt.SLOW(t[, n]). NULL outside a program. */
jc_node *jc_ds_fast_array(jc_lw *w, jc_node *t, jc_node *value, long n,
                          const char *slow, const jc_node *at);

/* lower_object.c: names an anonymous function expression fn (parentheses
 * allowed) after key (IDENT or STR) through its own binding, when that
 * is an identifier nothing inside fn refers to; nonzero when it did. */
int jc_ob_name(jc_ctx *c, jc_node *key, jc_node *fn);

/* ---- the destructuring engine ----
 * Binds a pattern to a value, producing declarators (decl) or assignment
 * expressions. Temporaries come from `temp` (jc_lw_temp in statements; the
 * params lowering declares its own inside the function). */
typedef struct jc_ds jc_ds;
struct jc_ds {
  jc_lw *w;
  jc_ctx *c;
  int decl;                                      /* declarators? */
  jc_node *(*temp)(jc_ds *d, const jc_node *at); /* fresh temporary */
  jc_node *temps;                                /* own temps (params) */
  jc_node *items, *items_tail; /* DECLARATORs or expressions */
  jc_node *pend, *pend_tail;   /* decl: effects before the next init */
};
void jc_ds_init(jc_ds *d, jc_lw *w, int decl);
/* Binds target (a pattern or a simple target) to value. */
void jc_ds_bind(jc_ds *d, jc_node *target, jc_node *value);
/* Decl mode: attaches pending effects; returns the DECLARATOR list. */
jc_node *jc_ds_finish_decls(jc_ds *d, const jc_node *at);

#endif

/* lower_params.c - default, rest and pattern parameters.
 *
 * The lowered function keeps the spec's .length: the parameters before the
 * first default or rest stay real parameters (a pattern among them becomes
 * a temporary parameter destructured first thing in the body); the others
 * are read from `arguments` in the body, left to right, each default
 * evaluated only for `undefined`:
 *   function f(a, b = 1, ...c) {}   (length 1)
 *   function f(a) { var b = (_ref = arguments[1]) === void 0 ? 1 : _ref,
 *                       c = __jsrt.rest(arguments, 2); }
 * Arrows get the same treatment: their `arguments` references made here are
 * synthetic (JC_MK_SYNTH) and mean the lowered function's own arguments,
 * which is what an arrow turned into a function expression has.
 *
 * Deviations (written down, not lowered):
 * - the defaults run in the body's scope, not a scope of their own: a
 *   default naming a variable the body declares with `var` sees the body's
 *   (undefined) binding instead of the outer one, and a closure in a default
 *   sees later assignments made by the body;
 * - a later parameter read by an earlier default is `undefined`, not a TDZ
 *   ReferenceError;
 * - the kept leading parameters stay mapped to `arguments` (Duktape's
 *   sloppy arguments object), where the spec has it unmapped for a
 *   function with non-simple parameters. */
#include "lower_dstr.h"

static int pr_is_default(const jc_node *p) {
  return p->kind == JC_ASSIGN_PAT ||
         (p->kind == JC_ASSIGN && p->op == JC_OP_ASSIGN);
}

jc_node *jc_lower_params(jc_lw *w, jc_node *fn) {
  jc_ctx *c = w->c;
  jc_node *p, *next, *params = NULL, *ptail = NULL, *body, *stmts = NULL;
  jc_node **link;
  unsigned len = 0, i = 0;
  int simple = 1;
  jc_ds d;
  if (fn == NULL || fn->kind != JC_FUNCTION || c->status != JSC_OK)
    return fn;
  for (p = fn->b; p != NULL; p = p->next)
    if (p->kind != JC_IDENT)
      simple = 0;
  if (simple)
    return fn;
  for (p = fn->b; p != NULL; p = p->next) {
    if (pr_is_default(p) || p->kind == JC_REST)
      break;
    len++;
  }
  jc_ds_init(&d, w, 1); /* temps: jc_lw_temp, in this function (lower.h) */
  for (p = fn->b; p != NULL; p = next, i++) {
    next = p->next;
    p->next = NULL;
    if (i < len) {
      jc_node *id = p;
      if (p->kind != JC_IDENT) {
        id = jc_ident(c, jc_fresh_name(c, "ref"), p);
        if (id == NULL)
          return fn;
        jc_ds_bind(&d, p, jc_ds_copy(c, id));
      }
      if (params == NULL)
        params = id;
      else
        ptail->next = id;
      ptail = id;
      continue;
    }
    if (p->kind == JC_REST) {
      jc_node *args = jc_ds_name(c, "arguments", p);
      if (args == NULL)
        return fn;
      args->next = jc_ds_num(c, i, p);
      jc_ds_bind(&d, p->a, jc_lw_helper(w, "rest", args, p));
      continue;
    }
    jc_ds_bind(
        &d, p,
        jc_ds_index(c, jc_ds_name(c, "arguments", p), jc_ds_num(c, i, p), p));
  }
  if (d.items != NULL || d.pend != NULL)
    stmts = jc_ds_var(c, JC_DECL_VAR, jc_ds_finish_decls(&d, fn), fn);
  if (c->status != JSC_OK)
    return fn;
  body = fn->c;
  if (fn->flags & JC_F_EXPR_BODY) {
    jc_node *ret = jc_synth(c, JC_RETURN, body), *block;
    block = jc_synth(c, JC_BLOCK, body);
    if (ret == NULL || block == NULL)
      return fn;
    ret->a = body;
    block->a = ret;
    body = fn->c = block;
    fn->flags &= (uint16_t)~JC_F_EXPR_BODY;
  }
  if (body != NULL && stmts != NULL) {
    jc_node *last = stmts;
    while (last->next != NULL)
      last = last->next;
    link = jc_ds_after_directives(&body->a);
    last->next = *link;
    *link = stmts;
    jc_ds_touch(body);
  }
  fn->b = params;
  fn->flags |= JC_F_SIMPLE_PARAMS;
  return jc_ds_touch(fn);
}

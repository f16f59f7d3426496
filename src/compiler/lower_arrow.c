/* lower_arrow.c - arrow functions (ES2015) into function expressions.
 *
 * `this`, `arguments` and `new.target` inside an arrow mean those of the
 * nearest non-arrow function (w->func->self); each use becomes a variable
 * that function declares in its prologue, only when some arrow uses it:
 *   function f() { return () => this.x; }
 *   -> function f() { var _this = this; return function () { return
 *      _this.x; }; }
 * (a loop body that block scope wraps in a function borrows the same way).
 * An expression body becomes `{ return expr; }` on the same lines.
 *
 * Names: `const f = () => {}` gives the arrow the name "f" (the spec's
 * NamedEvaluation, for declarators and plain assignments to an
 * identifier; anonymous function expressions there too, since Duktape
 * leaves them nameless) by naming the function expression, when nothing in its
 * body refers to that name (a named function expression would capture
 * it); otherwise the name stays "" (a known deviation, as is `new` of a
 * lowered arrow, which constructs instead of throwing a TypeError).
 * `super` inside arrows is left for lower_class.c. */
#include <string.h>

#include "lower.h"

static jc_node *arrow_var_use(jc_lw *w, jc_atom *name, jc_lw_func *self,
                              const jc_node *at) {
  jc_ctx *c = w->c;
  jc_node *id = jc_ident(c, name, at);
  jc_binding *b = jc_alloc(c, sizeof *b);
  if (id == NULL || b == NULL)
    return NULL;
  b->name = b->out = name;
  b->kind = JC_B_VAR;
  b->flags = JC_BF_TEMP;
  b->scope = self->node->u.scope;
  id->u.binding = b;
  return id;
}

/* this / arguments / new.target of the enclosing non-arrow function. */
jc_node *jc_lower_this(jc_lw *w, jc_node *n) {
  jc_lw_func *f = w->func, *self;
  jc_atom **slot;
  const char *hint;
  if (f == NULL || f->self == f || f->self == NULL)
    return n; /* not inside an arrow (or a wrapped loop body) */
  self = f->self;
  switch (n->kind) {
  case JC_THIS:
    slot = &self->this_name;
    hint = "_this";
    break;
  case JC_IDENT:
    if (n->atom == NULL || n->atom->len != 9 ||
        memcmp(n->atom->text, "arguments", 9) != 0)
      return n;
    if (n->u.binding != NULL && !(n->u.binding->flags & JC_BF_IMPLICIT))
      return n; /* a declared `arguments` */
    if (w->parent != NULL &&
        ((w->parent->kind == JC_MEMBER && w->parent->b == n &&
          !(w->parent->flags & JC_F_COMPUTED)) ||
         ((w->parent->kind == JC_PROPERTY || w->parent->kind == JC_METHOD) &&
          w->parent->a == n && !(w->parent->flags & JC_F_COMPUTED) &&
          w->parent->b != n)))
      return n; /* a property name */
    if (self->node->kind == JC_PROGRAM && w->c->opt->goal != JSC_GOAL_FUNCTION)
      return n; /* a script's `arguments` is a global name */
    slot = &self->args_name;
    hint = "_arguments";
    break;
  case JC_META:
    if (n->op != JC_META_NEW_TARGET)
      return n;
    slot = &self->newtarget_name;
    hint = "_newTarget";
    break;
  default:
    return n;
  }
  if (*slot == NULL) {
    *slot = jc_fresh_name(w->c, hint);
    if (*slot == NULL)
      return n;
  }
  {
    jc_node *id = arrow_var_use(w, *slot, self, n);
    return id != NULL ? id : n;
  }
}

/* Whether an IDENT named name occurs in the subtree (any role:
 * conservative). */
static int arrow_mentions(const jc_node *n, const jc_atom *name,
                          unsigned depth) {
  for (; n != NULL; n = n->next) {
    if (n->kind == JC_IDENT && n->atom == name)
      return 1;
    if (depth > 200)
      return 1;
    switch (n->kind) {
    case JC_NUM:
    case JC_STR:
    case JC_REGEXP:
    case JC_RAW:
    case JC_BIGINT:
    case JC_TEMPLATE_ELEM:
      continue;
    default:
      break;
    }
    if (arrow_mentions(n->a, name, depth + 1) ||
        arrow_mentions(n->b, name, depth + 1) ||
        arrow_mentions(n->c, name, depth + 1) ||
        arrow_mentions(n->d, name, depth + 1))
      return 1;
  }
  return 0;
}

/* Names a lowered arrow after the binding it initializes (holder: the
 * DECLARATOR or ASSIGN, printed anew then). */
static int arrow_name(jc_lw *w, jc_node *holder, jc_node *fn,
                      const jc_node *target) {
  jc_ctx *c = w->c;
  jc_node *id;
  const jc_binding *b;
  while (fn != NULL && fn->kind == JC_PAREN) {
    jc_lw_dirty(fn);
    fn = fn->a;
  }
  if (fn == NULL || fn->kind != JC_FUNCTION || fn->a != NULL ||
      (fn->flags & JC_F_METHOD) || target == NULL || target->kind != JC_IDENT ||
      target->atom == NULL)
    return 0;
  if (fn->u.scope != NULL && fn->u.scope->has_eval)
    return 0;
  /* A named function expression's name would capture uses of the name
   * inside; harmless when they mean this very binding and it keeps the
   * function (a const, or never assigned again). */
  b = target->u.binding;
  if (!(b != NULL && (b->kind == JC_B_CONST || !b->assigned) &&
        b->decl == target) &&
      (arrow_mentions(fn->b, target->atom, 0) ||
       arrow_mentions(fn->c, target->atom, 0)))
    return 0;
  id = jc_ident(c, target->atom, target);
  if (id == NULL)
    return 0;
  id->line = fn->line;
  id->col = fn->col;
  fn->a = id;
  jc_lw_dirty(fn);
  jc_lw_dirty(holder);
  return 1;
}

jc_node *jc_lower_arrow(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  if (n->kind == JC_FUNCTION) {
    if (!(n->flags & JC_F_ARROW))
      return n;
    if (n->flags & JC_F_EXPR_BODY) {
      jc_node *e = n->c, *ret, *blk;
      ret = jc_synth(c, JC_RETURN, e != NULL ? e : n);
      blk = jc_synth(c, JC_BLOCK, e != NULL ? e : n);
      if (ret == NULL || blk == NULL)
        return n;
      ret->a = e;
      blk->a = ret;
      n->c = blk;
      n->flags &= (uint16_t)~JC_F_EXPR_BODY;
    }
    n->flags &= (uint16_t)~JC_F_ARROW;
    return jc_lw_dirty(n);
  }
  if (n->kind == JC_VAR) {
    /* the declarators themselves are not entered when nothing in them is
     * modern (`let f = function () {}`) */
    jc_node *d;
    for (d = n->a; d != NULL; d = d->next)
      if (d->kind == JC_DECLARATOR && arrow_name(w, d, d->b, d->a))
        jc_lw_dirty(n);
  } else if (n->kind == JC_ASSIGN && n->op == JC_OP_ASSIGN) {
    arrow_name(w, n, n->b, n->a);
  }
  return n;
}

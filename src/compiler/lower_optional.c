/* lower_optional.c - optional chaining (ES2020): a?.b, a?.[k], f?.(),
 * a.m?.() keeping `this`, and delete a?.b, into conditionals over temps.
 *
 * A CHAIN node holds the whole chain (where short-circuiting stops). Its
 * spine runs from the outermost link down through MEMBER objects and CALL
 * callees to the base. The innermost optional link L, with object O:
 *   <chain>  ->  (t = O) == null ? void 0 : <chain with O := t>
 * and the consequent is lowered again for the next optional link outward,
 * so a?.b?.c gives (t = a) == null ? void 0 : (u = t.b) == null ? void 0 :
 * u.c. An optional call of a member, a.m?.(x), also keeps the receiver:
 * (t = (r = a).m) == null ? void 0 : t.call(r, x). `delete a?.b` is true
 * when short-circuited. */
#include "lower.h"

/* Reading n twice is the same as reading it once (no side effect, no
 * getter): `this` and resolved local bindings. */
int jc_lw_simple(const jc_node *n) {
  return n->kind == JC_THIS || (n->kind == JC_IDENT && n->u.binding != NULL);
}

/* A fresh read of the temporary or simple expression t (`this` or an
 * identifier with its binding), at `at`'s line. */
jc_node *jc_lw_reuse(jc_ctx *c, const jc_node *t, const jc_node *at) {
  jc_node *n;
  if (t->kind == JC_THIS)
    return jc_synth(c, JC_THIS, at);
  n = jc_ident(c, t->atom, at);
  if (n != NULL)
    n->u.binding = t->u.binding;
  return n;
}

/* `(t = e) == null` with t a fresh temp, or `e == null` when e is simple;
 * *use gets the expression that reads the value again. */
static jc_node *optional_test(jc_lw *w, jc_node *e, jc_node **use) {
  jc_ctx *c = w->c;
  jc_node *test = jc_synth(c, JC_BINARY, e), *lhs;
  if (test == NULL)
    return NULL;
  test->op = JC_OP_EQ;
  if (jc_lw_simple(e)) {
    lhs = e;
    *use = jc_lw_reuse(c, e, e);
  } else {
    jc_node *t = jc_lw_temp(w, "_o", e);
    if (t == NULL)
      return NULL;
    lhs = jc_synth(c, JC_ASSIGN, e);
    if (lhs == NULL)
      return NULL;
    lhs->op = JC_OP_ASSIGN;
    lhs->a = jc_lw_reuse(c, t, e);
    lhs->b = e;
    *use = jc_lw_reuse(c, t, e);
  }
  test->a = lhs;
  test->b = jc_synth(c, JC_NULL_LIT, e);
  return *use != NULL && test->b != NULL ? test : NULL;
}

/* The innermost optional link of the spine below top, or NULL. */
static jc_node *optional_innermost(jc_node *top) {
  jc_node *found = NULL, *n = top;
  while (n != NULL && (n->kind == JC_MEMBER || n->kind == JC_CALL)) {
    if (n->flags & JC_F_OPTIONAL)
      found = n;
    n = n->a;
  }
  return found;
}

/* Spread in the calls of a chain was left to us (lower_spread.c skips calls
 * in a chain): once no link is optional, lower each in place, innermost
 * first. */
static void optional_spreads(jc_lw *w, jc_node *n) {
  jc_node *a, *r, *next;
  if (n == NULL || (n->kind != JC_CALL && n->kind != JC_MEMBER))
    return;
  optional_spreads(w, n->a);
  if (n->kind != JC_CALL)
    return;
  for (a = n->b; a != NULL && a->kind != JC_SPREAD; a = a->next)
    ;
  if (a == NULL || (r = jc_lower_spread(w, n)) == NULL || r == n)
    return;
  next = n->next;
  *n = *r;
  n->next = next;
}

static jc_node *optional_chain(jc_lw *w, jc_node *top, int is_delete) {
  jc_ctx *c = w->c;
  jc_node *link = optional_innermost(top), *test, *use, *cond, *alt;
  if (link == NULL) {
    jc_node *d;
    optional_spreads(w, top);
    if (!is_delete)
      return top;
    d = jc_synth(c, JC_UNARY, top);
    if (d != NULL) {
      d->op = JC_OP_DELETE;
      d->a = top;
    }
    return d;
  }
  link->flags &= (uint16_t)~JC_F_OPTIONAL;
  {
    /* Every link from the top down to this one prints anew. */
    jc_node *s;
    for (s = top; s != link; s = s->a)
      jc_lw_dirty(s);
    jc_lw_dirty(link);
  }
  if (link->kind == JC_CALL && link->a->kind == JC_MEMBER &&
      link->a->a->kind != JC_SUPER) {
    /* a.m?.(args): keep the receiver in a temp of its own. */
    jc_node *member = link->a, *recv, *callm;
    jc_node *r = member->a;
    if (!jc_lw_simple(r)) {
      jc_node *t = jc_lw_temp(w, "_r", r), *as;
      if (t == NULL)
        return NULL;
      as = jc_synth(c, JC_ASSIGN, r);
      if (as == NULL)
        return NULL;
      as->op = JC_OP_ASSIGN;
      as->a = jc_lw_reuse(c, t, r);
      as->b = r;
      member->a = as;
      jc_lw_dirty(member);
      recv = jc_lw_reuse(c, t, r);
    } else {
      recv = jc_lw_reuse(c, r, r);
    }
    test = optional_test(w, member, &use);
    if (test == NULL || recv == NULL)
      return NULL;
    callm = jc_synth(c, JC_MEMBER, link);
    if (callm == NULL)
      return NULL;
    callm->a = use;
    callm->b = jc_ident(c, jc_atom_lit(c, "call"), link);
    recv->next = link->b;
    link->a = callm;
    link->b = recv;
  } else {
    test = optional_test(w, link->a, &use);
    if (test == NULL)
      return NULL;
    link->a = use;
  }
  alt = optional_chain(w, top, is_delete);
  cond = jc_synth(c, JC_COND, top);
  if (alt == NULL || cond == NULL)
    return NULL;
  cond->a = test;
  cond->b =
      is_delete ? jc_synth(c, JC_TRUE_LIT, top) : jc_raw(c, "void 0", top);
  cond->c = alt;
  return cond->b != NULL ? cond : NULL;
}

/* Marks the conditional a `delete` chain became (in jc_node.extra), so the
 * delete around it, visited next, steps aside. */
#define OPTIONAL_DELETE_DONE 0x4f44

/* Leave hook for CHAIN, and for the UNARY delete around one: the chain is
 * visited first (children first), so it looks at its parent to know that
 * it is deleted, and the delete then returns what the chain became. */
jc_node *jc_lower_optional(jc_lw *w, jc_node *n) {
  jc_node *out;
  if (n->kind == JC_UNARY) {
    if (n->op == JC_OP_DELETE && n->a != NULL &&
        n->a->extra == OPTIONAL_DELETE_DONE) {
      n->a->extra = 0;
      return n->a;
    }
    return n;
  }
  if (n->kind != JC_CHAIN)
    return n;
  if (w->parent != NULL && w->parent->kind == JC_UNARY &&
      w->parent->op == JC_OP_DELETE && w->parent->a == n) {
    out = optional_chain(w, n->a, 1);
    if (out != NULL)
      out->extra = OPTIONAL_DELETE_DONE;
  } else {
    out = optional_chain(w, n->a, 0);
  }
  return out != NULL ? out : n; /* NULL: out of memory, c->status says so */
}

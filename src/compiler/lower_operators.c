/* lower_operators.c - ES2019-ES2021 small syntax into ES5.1: nullish
 * coalescing `a ?? b`, the logical assignments `a ||= b`, `a &&= b`,
 * `a ??= b` (the target is evaluated once and assigned only when the
 * operator says so), and `catch {` without a binding. `**` and `**=` stay:
 * Duktape 2.7 runs them as the spec says, faster than a call to Math.pow. */
#include "lower.h"

static jc_node *operators_bin(jc_ctx *c, jc_kind kind, int op, jc_node *a,
                              jc_node *b, const jc_node *at) {
  jc_node *n = jc_synth(c, kind, at);
  if (n == NULL || a == NULL || b == NULL)
    return NULL;
  n->op = (uint8_t)op;
  n->a = a;
  n->b = b;
  return n;
}

/* e itself when reading it twice is harmless, else `(t = e)`; *again gets
 * the expression reading the same value once more. */
static jc_node *operators_once(jc_lw *w, jc_node *e, jc_node **again) {
  jc_node *t;
  if (jc_lw_simple(e)) {
    *again = jc_lw_reuse(w->c, e, e);
    return e;
  }
  t = jc_lw_temp(w, "_v", e);
  if (t == NULL)
    return NULL;
  *again = jc_lw_reuse(w->c, t, e);
  return operators_bin(w->c, JC_ASSIGN, JC_OP_ASSIGN, jc_lw_reuse(w->c, t, e),
                       e, e);
}

/* a ?? b  ->  (t = a) != null ? t : b */
static jc_node *operators_nullish(jc_lw *w, jc_node *n) {
  jc_node *again, *first = operators_once(w, n->a, &again), *cond;
  jc_node *test = operators_bin(w->c, JC_BINARY, JC_OP_NE, first,
                                jc_synth(w->c, JC_NULL_LIT, n), n);
  cond = jc_synth(w->c, JC_COND, n);
  if (test == NULL || cond == NULL || again == NULL)
    return n;
  cond->a = test;
  cond->b = again;
  cond->c = n->b;
  return cond;
}

/* The target read once and written later: for a.p / a[k] the object (and a
 * non-simple key) go to temps; *read gets the first read, *write a fresh
 * copy of the target to assign. */
static int operators_target(jc_lw *w, jc_node *target, jc_node **read,
                            jc_node **write) {
  jc_ctx *c = w->c;
  if (target->kind == JC_MEMBER && target->a->kind != JC_SUPER) {
    jc_node *obj_again, *key_again = NULL, *obj, *key = target->b;
    jc_node *r = jc_synth(c, JC_MEMBER, target);
    jc_node *wr = jc_synth(c, JC_MEMBER, target);
    if (r == NULL || wr == NULL)
      return -1;
    obj = operators_once(w, target->a, &obj_again);
    if (obj == NULL || obj_again == NULL)
      return -1;
    r->flags = wr->flags = target->flags & JC_F_COMPUTED;
    if (target->flags & JC_F_COMPUTED) {
      if (key->kind == JC_STR || key->kind == JC_NUM) {
        key_again = jc_synth(c, key->kind, key);
        if (key_again == NULL)
          return -1;
        key_again->atom = key->atom;
        key_again->raw = key->raw;
        key_again->u = key->u;
        key_again->mark = (uint8_t)(key_again->mark & ~JC_MK_SYNTH);
      } else {
        key = operators_once(w, key, &key_again);
        if (key == NULL || key_again == NULL)
          return -1;
      }
    } else {
      key_again = jc_ident(c, key->atom, key);
    }
    r->a = obj;
    r->b = key;
    wr->a = obj_again;
    wr->b = key_again;
    *read = r;
    *write = wr;
    return wr->b != NULL ? 0 : -1;
  }
  /* An identifier (or super.x): read and written by name. */
  *read = target;
  if (target->kind == JC_IDENT) {
    *write = jc_lw_reuse(c, target, target);
  } else {
    jc_node *m = jc_synth(c, JC_MEMBER, target);
    if (m == NULL)
      return -1;
    *m = *target;
    m->next = NULL;
    m->mark |= JC_MK_SYNTH | JC_MK_DIRTY;
    *write = m;
  }
  return *write != NULL ? 0 : -1;
}

/* a ||= b -> a || (a = b); a &&= b -> a && (a = b);
 * a ??= b -> (t = a) != null ? t : (a = b) */
static jc_node *operators_logical_assign(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_node *read, *write, *assign;
  if (operators_target(w, n->a, &read, &write) != 0)
    return n;
  assign = operators_bin(c, JC_ASSIGN, JC_OP_ASSIGN, write, n->b, n);
  if (assign == NULL)
    return n;
  if (n->op == JC_OP_NULLISH) {
    jc_node *again, *first = operators_once(w, read, &again);
    jc_node *test = operators_bin(c, JC_BINARY, JC_OP_NE, first,
                                  jc_synth(c, JC_NULL_LIT, n), n);
    jc_node *cond = jc_synth(c, JC_COND, n);
    if (test == NULL || cond == NULL || again == NULL)
      return n;
    cond->a = test;
    cond->b = again;
    cond->c = assign;
    return cond;
  }
  return operators_bin(c, JC_LOGICAL, n->op, read, assign, n);
}

/* Leave hook for LOGICAL (??), ASSIGN (||=, &&=, ??=) and CATCH: an
 * optional catch binding (ES2019) gets a name nothing else uses. */
jc_node *jc_lower_operators(jc_lw *w, jc_node *n) {
  jc_node *out = n;
  if (n->kind == JC_CATCH) {
    if (n->a == NULL) {
      jc_atom *name = jc_fresh_name(w->c, "_unused");
      if (name != NULL && (n->a = jc_ident(w->c, name, n)) != NULL)
        jc_lw_dirty(n);
    }
    return n;
  }
  if (n->kind == JC_LOGICAL && n->op == JC_OP_NULLISH)
    out = operators_nullish(w, n);
  else if (n->kind == JC_ASSIGN &&
           (n->op == JC_OP_AND || n->op == JC_OP_OR || n->op == JC_OP_NULLISH))
    out = operators_logical_assign(w, n);
  if (out != n)
    out->next = n->next;
  return out;
}

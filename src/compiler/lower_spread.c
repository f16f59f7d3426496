/* lower_spread.c - spread in calls, `new` and array literals.
 *
 *   f(...a)        ->  f.apply(void 0, __jsrt.spr(a))
 *   o.m(x, ...a)   ->  (_o = o).m.apply(_o, __jsrt.cat([x], a))
 *   new C(...a)    ->  __jsrt.construct(C, __jsrt.spr(a))
 *   [x, ...a, y]   ->  __jsrt.cat([x], a, [y])
 * __jsrt.spr(v) is v itself for a real Array with unmodified iteration
 * (apply reads it at once, so no copy is needed), else the Array of its
 * iterator's values; __jsrt.cat(chunk, iterable, chunk, ...) appends the
 * iterables' values to the first chunk (array literals, holes kept, made
 * fresh by the caller). Deviation: `f(...a)` with f a direct `eval` is an
 * indirect eval after lowering. */
#include "lower_dstr.h"

static int sp_has_spread(const jc_node *list) {
  for (; list != NULL; list = list->next)
    if (list->kind == JC_SPREAD)
      return 1;
  return 0;
}

/* The elements as one Array expression: chunks of the plain elements as
 * array literals alternating with the spread values. */
jc_node *jc_sp_array(jc_lw *w, jc_node *elems, const jc_node *at,
                     int for_call) {
  jc_ctx *c = w->c;
  jc_node *e, *next, *args = NULL, *atail = NULL, *chunk = NULL;
  jc_node *ctail = NULL;
  if (for_call && elems != NULL && elems->kind == JC_SPREAD &&
      elems->next == NULL) {
    jc_node *v = elems->a, *t = jc_lw_temp(w, "args", at), *r;
    v->next = NULL;
    r = t != NULL ? jc_ds_fast_array(w, t, v, -1, "spr", at) : NULL;
    return r != NULL ? r : jc_lw_helper(w, "spr", v, at);
  }
  for (e = elems; e != NULL; e = next) {
    next = e->next;
    e->next = NULL;
    if (e->kind == JC_SPREAD) {
      jc_node *arr = jc_synth(c, JC_ARRAY, e), *v = e->a;
      if (arr == NULL)
        return NULL;
      arr->a = chunk;
      chunk = ctail = NULL;
      v->next = NULL;
      arr->next = v;
      if (args == NULL)
        args = arr;
      else
        atail->next = arr;
      atail = v;
    } else {
      if (e->kind == JC_SEQ)
        e = jc_ds_paren(c, e);
      if (chunk == NULL)
        chunk = e;
      else
        ctail->next = e;
      ctail = e;
    }
  }
  if (chunk != NULL) {
    jc_node *arr = jc_synth(c, JC_ARRAY, at);
    if (arr == NULL)
      return NULL;
    arr->a = chunk;
    atail->next = arr;
  }
  return jc_lw_helper(w, "cat", args, at);
}

static int sp_is_super(const jc_node *n) {
  return n != NULL &&
         (n->kind == JC_SUPER ||
          (n->kind == JC_MEMBER && n->a != NULL && n->a->kind == JC_SUPER));
}

/* A call in an optional chain (a?.b(...x), f?.(...x)): the chain's lowering
 * comes later and lowers the spread itself (lower_optional.c). */
static int sp_in_chain(const jc_node *n) {
  for (; n != NULL && (n->kind == JC_CALL || n->kind == JC_MEMBER); n = n->a)
    if (n->flags & JC_F_OPTIONAL)
      return 1;
  return 0;
}

static jc_node *sp_call(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_node *callee = n->a, *arr, *thisv, *fn, *apply, *out;
  while (callee->kind == JC_PAREN && callee->a->kind != JC_SEQ)
    callee = callee->a;
  if (sp_in_chain(n) || sp_is_super(callee))
    return n; /* lower_optional.c / lower_class.c own these */
  arr = jc_sp_array(w, n->b, n, 1);
  if (arr == NULL)
    return n;
  if (callee->kind == JC_MEMBER && !(callee->flags & JC_F_OPTIONAL)) {
    jc_node *obj = callee->a;
    if (obj->kind == JC_THIS) {
      thisv = jc_synth(c, JC_THIS, obj);
    } else {
      jc_node *t = jc_lw_temp(w, "obj", obj);
      if (t == NULL)
        return n;
      callee->a = jc_ds_paren(c, jc_ds_assign(c, t, obj, obj));
      thisv = jc_ds_copy(c, t);
    }
    fn = jc_ds_touch(callee);
  } else {
    thisv = jc_ds_void0(c, n);
    fn = n->a;
  }
  apply = jc_ds_dot(c, fn, "apply", n);
  if (thisv == NULL || apply == NULL)
    return n;
  thisv->next = arr;
  out = jc_ds_call(c, apply, thisv, n);
  if (out == NULL)
    return n;
  out->next = n->next;
  return out;
}

static jc_node *sp_new(jc_lw *w, jc_node *n) {
  jc_node *arr = jc_sp_array(w, n->b, n, 1), *out, *callee = n->a;
  if (arr == NULL)
    return n;
  callee->next = arr;
  out = jc_lw_helper(w, "construct", callee, n);
  if (out == NULL)
    return n;
  out->next = n->next;
  return out;
}

jc_node *jc_lower_spread(jc_lw *w, jc_node *n) {
  if (n == NULL || w->c->status != JSC_OK)
    return n;
  switch (n->kind) {
  case JC_CALL:
    return sp_has_spread(n->b) ? sp_call(w, n) : n;
  case JC_NEW:
    return sp_has_spread(n->b) ? sp_new(w, n) : n;
  case JC_ARRAY:
    if (sp_has_spread(n->a)) {
      jc_node *out;
      /* an array literal that is a destructuring target is a pattern */
      if (w->parent != NULL && w->parent->kind == JC_ASSIGN &&
          w->parent->a == n)
        return n;
      out = jc_sp_array(w, n->a, n, 0);
      if (out == NULL)
        return n;
      out->next = n->next;
      return out;
    }
    return n;
  default:
    return n;
  }
}

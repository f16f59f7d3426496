/* lower_params.c - default, rest and pattern parameters.
 *
 * Every parameter but a rest one stays a real parameter (Duktape reads
 * named parameters much faster than `arguments`: building the arguments
 * object made a one-default function 20x slower); a pattern becomes a
 * temporary parameter destructured at the top of the body, a default an
 * `undefined` test, in order, each seeing the parameters before it:
 *   function f(a, b = 1, [c], ...d) {}
 *   function f(a, b, _ref) { if (b === void 0) b = 1;
 *     var c = (_ref2 = __jsrt.ary(_ref, 1))[0], d = __jsrt.rest(arguments, 3);
 *   }
 * .length is the spec's (the parameters before the first default or rest):
 * with a default the lowered function has more parameters, so its length
 * is set once when it is made: __jsrt.len(function (a, b) {...}, 1) for an
 * expression, a `__jsrt.len(f, 1);` statement where a declaration's scope
 * starts (it is hoisted), and for a method of an object literal the
 * FUNCTION keeps the length in `extra` (length + 1) for lower_object.c,
 * which wraps it once it is named (accessors written in an ES5 literal
 * keep the parameter count).
 *
 * Deviations (written down, not lowered):
 * - the defaults run in the body's scope, not a scope of their own: a
 *   default naming a variable the body declares with `var` sees the body's
 *   (undefined) binding instead of the outer one, and a closure in a default
 *   sees later assignments made by the body;
 * - a later parameter read by an earlier default is `undefined`, not a TDZ
 *   ReferenceError;
 * - `arguments` is unmapped as the spec has it (see pr_unmap), except that
 *   a direct eval reading it is not noticed;
 * - in a class constructor the defaults run before the class-call check. */
#include <string.h>

#include "lower_dstr.h"

static int pr_is_default(const jc_node *p) {
  return p->kind == JC_ASSIGN_PAT ||
         (p->kind == JC_ASSIGN && p->op == JC_OP_ASSIGN);
}

/* Statements built in order: declarators are gathered in d and flushed
 * into one VAR before any other statement. */
typedef struct pr_out {
  jc_ds d;
  jc_node *head, *tail;
} pr_out;

static void pr_push(pr_out *o, jc_node *st) {
  if (st == NULL)
    return;
  st->next = NULL;
  if (o->head == NULL)
    o->head = st;
  else
    o->tail->next = st;
  o->tail = st;
}

static void pr_flush(pr_out *o, const jc_node *at) {
  jc_node *decls;
  if (o->d.items == NULL && o->d.pend == NULL)
    return;
  decls = jc_ds_finish_decls(&o->d, at);
  pr_push(o, jc_ds_var(o->d.c, JC_DECL_VAR, decls, at));
  o->d.items = o->d.items_tail = NULL;
}

/* if (x === void 0) x = dflt; */
static jc_node *pr_default_if(jc_ctx *c, jc_node *id, jc_node *dflt,
                              const jc_node *at) {
  jc_node *st = jc_synth(c, JC_IF, at);
  if (st == NULL)
    return NULL;
  st->a = jc_ds_binary(c, JC_BINARY, JC_OP_SEQ, jc_ds_copy(c, id),
                       jc_ds_void0(c, at), at);
  st->b = jc_ds_stmt(c, jc_ds_assign(c, jc_ds_copy(c, id), dflt, at), at);
  return st;
}

/* __jsrt.len(fn, n[, "name"]) */
static jc_node *pr_len_call(jc_lw *w, jc_node *fn, unsigned len,
                            const jc_atom *name, const jc_node *at) {
  jc_node *n = jc_ds_num(w->c, len, at);
  if (n == NULL)
    return NULL;
  fn->next = n;
  if (name != NULL)
    n->next = jc_ds_str(w->c, name->text, name->len, at);
  return jc_lw_helper(w, "len", fn, at);
}

/* Where a lowered function's spec length is set (see the top). */
static jc_node *pr_fix_length(jc_lw *w, jc_node *fn, unsigned len) {
  jc_ctx *c = w->c;
  jc_node *parent = w->parent;
  if (parent != NULL && parent->kind == JC_PROPERTY && parent->b == fn) {
    fn->extra = (uint16_t)(len + 1); /* lower_object.c wraps it */
    return fn;
  }
  if ((fn->flags & JC_F_DECL) && fn->a != NULL) {
    jc_lw_func *up = w->func != NULL ? w->func->up : NULL;
    const jc_node *at = fn;
    jc_node *id, *st;
    int top = 0;
    /* directly in a function body or the program: with the hoisting, on
     * the line where that body starts */
    if (up != NULL && up->node->kind == JC_PROGRAM && parent == up->node) {
      top = 1;
      at = up->node->a != NULL ? up->node->a : up->node;
    } else if (up != NULL && up->node->kind == JC_FUNCTION &&
               up->node->c != NULL && parent == up->node->c) {
      top = 1;
      at = up->node->c;
    }
    id = jc_ident(c, fn->a->atom, at);
    if (id == NULL)
      return fn;
    id->u.binding = fn->a->u.binding;
    st = jc_ds_stmt(c, pr_len_call(w, id, len, NULL, at), at);
    if (st == NULL)
      return fn;
    if (top)
      up->prologue = jc_list_append(up->prologue, st);
    else
      jc_lw_before(w, st);
    return fn;
  }
  {
    jc_node *after = fn->next, *call;
    const jc_atom *name = NULL;
    /* `var f = function (a = 1) {}`: the name the wrapper hides from the
     * arrow transform's naming (lower_arrow.c) is given at run time */
    if (fn->a == NULL && parent != NULL && parent->b == fn &&
        parent->a != NULL && parent->a->kind == JC_IDENT &&
        (parent->kind == JC_DECLARATOR ||
         (parent->kind == JC_ASSIGN && parent->op == JC_OP_ASSIGN)))
      name = parent->a->atom;
    fn->next = NULL;
    call = pr_len_call(w, fn, len, name, fn);
    if (call == NULL)
      return fn;
    call->next = after;
    return call;
  }
}

/* Does the function's own code read `arguments` (nested functions have
 * their own; arrows inside were turned into functions reading _arguments,
 * which the driver then takes from this function's arguments)? */
static int pr_uses_arguments(jc_ctx *c, const jc_node *n) {
  for (; n != NULL; n = n->next) {
    if (jc_tick(c))
      return 1;
    if (n->kind == JC_FUNCTION || n->kind == JC_CLASS)
      continue;
    if (n->kind == JC_IDENT && n->atom != NULL && n->atom->len == 9 &&
        memcmp(n->atom->text, "arguments", 9) == 0)
      return 1;
    if (n->kind == JC_RAW)
      return 1;
    if ((n->a && pr_uses_arguments(c, n->a)) ||
        (n->b && pr_uses_arguments(c, n->b)) ||
        (n->c && pr_uses_arguments(c, n->c)) ||
        (n->d && pr_uses_arguments(c, n->d)))
      return 1;
  }
  return 0;
}

/* A sloppy function with non-simple parameters has an unmapped arguments
 * object: writing arguments[0] must not change the first parameter. Duktape
 * maps every named parameter of a sloppy function, so when the function
 * reads arguments its parameters get fresh names and are copied into
 * variables of the original names first thing. */
static jc_node *pr_unmap(jc_lw *w, jc_node *fn, jc_node **params) {
  jc_ctx *c = w->c;
  jc_node **pp, *decls = NULL, *tail = NULL;
  int strict =
      (fn->flags & JC_F_STRICT) || (fn->u.scope != NULL && fn->u.scope->strict);
  if (strict || !((w->func != NULL && w->func->args_name != NULL) ||
                  pr_uses_arguments(c, fn->c)))
    return NULL;
  for (pp = params; *pp != NULL; pp = &(*pp)->next) {
    jc_node *p = *pp, *fresh, *dc;
    if (p->kind != JC_IDENT || p->u.binding == NULL)
      continue; /* a temporary already */
    fresh = jc_ident(c, jc_fresh_name(c, p->atom->text), p);
    if (fresh == NULL)
      return NULL;
    dc = jc_ds_decl(c, jc_ds_touch(p), jc_ds_copy(c, fresh), p);
    if (dc == NULL)
      return NULL;
    fresh->next = p->next;
    p->next = NULL;
    *pp = fresh;
    if (decls == NULL)
      decls = dc;
    else
      tail->next = dc;
    tail = dc;
  }
  return decls != NULL ? jc_ds_var(c, JC_DECL_VAR, decls, fn) : NULL;
}

jc_node *jc_lower_params(jc_lw *w, jc_node *fn) {
  jc_ctx *c = w->c;
  jc_node *p, *next, *params = NULL, *ptail = NULL, *body;
  jc_node **link;
  unsigned len = 0, i = 0;
  int simple = 1, has_default = 0;
  pr_out o;
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
  o.head = o.tail = NULL;
  jc_ds_init(&o.d, w, 1); /* temps: jc_lw_temp, in this function (lower.h) */
  for (p = fn->b; p != NULL; p = next, i++) {
    jc_node *id = p;
    next = p->next;
    p->next = NULL;
    if (p->kind == JC_REST) {
      jc_node *args = jc_ds_name(c, "arguments", p);
      if (args == NULL)
        return fn;
      args->next = jc_ds_num(c, i, p);
      jc_ds_bind(&o.d, p->a, jc_lw_helper(w, "rest", args, p));
      break; /* the last one */
    }
    if (pr_is_default(p)) {
      has_default = 1;
      if (p->a->kind == JC_IDENT) {
        id = p->a;
        pr_flush(&o, p);
        pr_push(&o, pr_default_if(c, id, p->b, p));
      } else {
        jc_node *test;
        id = jc_ident(c, jc_fresh_name(c, "ref"), p);
        if (id == NULL)
          return fn;
        test = jc_ds_binary(c, JC_BINARY, JC_OP_SEQ, jc_ds_copy(c, id),
                            jc_ds_void0(c, p), p);
        jc_ds_bind(&o.d, p->a, jc_ds_cond(c, test, p->b, jc_ds_copy(c, id), p));
      }
    } else if (p->kind != JC_IDENT) {
      id = jc_ident(c, jc_fresh_name(c, "ref"), p);
      if (id == NULL)
        return fn;
      jc_ds_bind(&o.d, p, jc_ds_copy(c, id));
    }
    id->next = NULL;
    if (params == NULL)
      params = id;
    else
      ptail->next = id;
    ptail = id;
  }
  pr_flush(&o, fn);
  if (c->status != JSC_OK)
    return fn;
  {
    jc_node *copies = pr_unmap(w, fn, &params);
    if (copies != NULL) {
      copies->next = o.head;
      o.head = copies;
      if (o.tail == NULL)
        o.tail = copies;
    }
  }
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
  if (body != NULL && o.head != NULL) {
    link = jc_ds_after_directives(&body->a);
    o.tail->next = *link;
    *link = o.head;
    jc_ds_touch(body);
  }
  fn->b = params;
  fn->flags |= JC_F_SIMPLE_PARAMS;
  jc_ds_touch(fn);
  if (has_default && jc_list_len(params) != len)
    return pr_fix_length(w, fn, len);
  return fn;
}

/* lower_async.c - async functions, arrows and methods (ES2017) and async
 * generators (ES2018): the syntax only. Each becomes a plain function that
 * hands a generator function to a runtime driver (helpers.js, section
 * "async", written by the async runtime), and lower_generator.c makes that
 * generator a state machine:
 *
 *   async function f(a, b = 1) { BODY }
 *   -> function f(a, b) { return __jsrt.async(this, arguments,
 *        function* (a, b = 1) { BODY with each `await x` as `yield x` }); }
 *      __jsrt.asyncFn(f);        (where f is made: its prototype chain)
 *
 *   async function* g(a) { BODY }
 *   -> function g(a) { return __jsrt.asyncGen(this, arguments,
 *        function* (a) { BODY' }, g); }
 *      __jsrt.asyncGenFn(g);
 *   BODY': `await x` -> `yield __jsrt.await(x)`, `yield x` as is,
 *   `yield* x` -> `yield __jsrt.asyncStar(x)`, `return x` ->
 *   `return yield __jsrt.await(x)` (a plain `return;` stays).
 *
 * (That is the contract with the driver: genFn.apply(thisArg, args) runs
 * inside it, so an error of a parameter default rejects the promise; the
 * outer function keeps the parameters before the first default or rest,
 * for .length.) An async arrow was made a function by lower_arrow.c
 * first: its this/arguments are the enclosing function's already.
 *
 * Deviations: an anonymous async generator expression (and method) passes
 * no function to asyncGen: its objects inherit %AsyncGeneratorPrototype%
 * directly, not through its own .prototype. A loop body that
 * lower_block_scope.c makes a function (a closure captures its let) is a
 * generator when an await or yield is inside: jc_async_awaits rewrites its
 * awaits, and the loop delegates to it with `yield*` (Babel's shape). */
#include <string.h>

#include "lower.h"

typedef struct {
  jc_lw *w;
  jc_ctx *c;
  int gen;  /* an async generator */
  int loop; /* a loop body's function: its returns are result codes */
  int failed;
} as_ctx;

static jc_node *as_call(as_ctx *a, const char *name, jc_node *arg,
                        const jc_node *at) {
  jc_node *call = jc_lw_helper(a->w, name, arg, at);
  if (call == NULL)
    a->failed = 1;
  return call;
}

static jc_node *as_yield(as_ctx *a, jc_node *arg, const jc_node *at) {
  jc_node *y = jc_synth(a->c, JC_YIELD, at);
  if (y == NULL) {
    a->failed = 1;
    return NULL;
  }
  y->a = arg;
  return jc_lw_dirty(y);
}

/* Rewrites the awaits (and, in an async generator, yield* and return) of
 * the body, not entering nested functions. */
static jc_node *as_walk(as_ctx *a, jc_node *n) {
  jc_node **kids[4];
  int i;
  if (n == NULL || a->failed)
    return n;
  if (n->kind == JC_FUNCTION)
    return n;
  kids[0] = &n->a;
  kids[1] = &n->b;
  kids[2] = &n->c;
  kids[3] = &n->d;
  for (i = 0; i < 4; i++) {
    jc_node **pp = kids[i];
    while (*pp != NULL) {
      jc_node *k = *pp, *next = k->next, *r;
      k->next = NULL;
      r = as_walk(a, k);
      if (r != k)
        jc_lw_dirty(n);
      *pp = r;
      r->next = next;
      pp = &r->next;
    }
  }
  switch (n->kind) {
  case JC_AWAIT:
    if (a->gen)
      return as_yield(a, as_call(a, "await", n->a, n), n);
    return as_yield(a, n->a, n);
  case JC_YIELD:
    /* (pad_: the yield* of a loop body's generator, lower_block_scope.c) */
    if (a->gen && (n->flags & JC_F_DELEGATE) && !n->pad_) {
      n->flags &= (uint16_t)~JC_F_DELEGATE;
      n->a = as_call(a, "asyncStar", n->a, n);
      return jc_lw_dirty(n);
    }
    return n;
  case JC_RETURN:
    if (a->gen && !a->loop && n->a != NULL) {
      n->a = as_yield(a, as_call(a, "await", n->a, n), n);
      return jc_lw_dirty(n);
    }
    return n;
  default:
    return n;
  }
}

void jc_async_awaits(jc_lw *w, jc_node *blk, int gen) {
  as_ctx a;
  jc_node **pp = &blk->a;
  memset(&a, 0, sizeof a);
  a.w = w;
  a.c = w->c;
  a.gen = gen;
  a.loop = 1;
  while (*pp != NULL && !a.failed) {
    jc_node *k = *pp, *next = k->next, *r;
    k->next = NULL;
    r = as_walk(&a, k);
    *pp = r;
    r->next = next;
    pp = &r->next;
  }
}

/* The outer function's parameters: those before the first default or
 * rest (the spec's length), as plain names. */
static jc_node *as_outer_params(as_ctx *a, jc_node *params) {
  jc_node *p, *head = NULL, **pp = &head;
  for (p = params; p != NULL; p = p->next) {
    jc_node *id;
    if (p->kind == JC_ASSIGN_PAT || p->kind == JC_REST ||
        (p->kind == JC_ASSIGN && p->op == JC_OP_ASSIGN))
      break;
    if (p->kind == JC_IDENT) {
      jc_atom *name = p->u.binding != NULL && p->u.binding->out != NULL
                          ? p->u.binding->out
                          : p->atom;
      id = jc_ident(a->c, name, p);
    } else {
      id = jc_ident(a->c, jc_fresh_name(a->c, "_p"), p);
    }
    if (id == NULL) {
      a->failed = 1;
      return NULL;
    }
    *pp = id;
    pp = &id->next;
  }
  return head;
}

/* FUNCTION leave hook, after lower_arrow.c and before lower_params.c. */
jc_node *jc_lower_async(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  as_ctx a;
  jc_node *body = n->c, *inner, *ibody, **slot, *stmts, *args, *call, *ret;
  jc_node *self = NULL;
  if (!(n->flags & JC_F_ASYNC))
    return n;
  memset(&a, 0, sizeof a);
  a.w = w;
  a.c = c;
  a.gen = (n->flags & JC_F_GENERATOR) != 0;
  if (body == NULL || body->kind != JC_BLOCK) {
    /* an arrow's expression body no hook turned into a block */
    jc_node *r = jc_synth(c, JC_RETURN, body != NULL ? body : n);
    jc_node *blk = jc_synth(c, JC_BLOCK, body != NULL ? body : n);
    if (r == NULL || blk == NULL)
      return n;
    r->a = body;
    blk->a = r;
    n->c = body = blk;
    n->flags &= (uint16_t)~JC_F_EXPR_BODY;
  }
  /* directives stay on the outer function */
  slot = &body->a;
  while (*slot != NULL && (*slot)->kind == JC_EXPR_STMT &&
         (*slot)->atom != NULL)
    slot = &(*slot)->next;
  stmts = *slot;
  *slot = NULL;
  ibody = jc_synth(c, JC_BLOCK, body);
  inner = jc_synth(c, JC_FUNCTION, n);
  if (ibody == NULL || inner == NULL)
    return n;
  {
    jc_node *k, *next, **tail = &ibody->a;
    for (k = stmts; k != NULL; k = next) {
      jc_node *r;
      next = k->next;
      k->next = NULL;
      r = as_walk(&a, k);
      *tail = r;
      tail = &r->next;
    }
  }
  if (a.failed || c->status != JSC_OK)
    return n;
  inner->b = n->b;
  inner->c = ibody;
  inner->flags = (uint16_t)((n->flags & (JC_F_STRICT | JC_F_SIMPLE_PARAMS)) |
                            JC_F_GENERATOR);
  inner->u.scope = n->u.scope;
  inner->extra = 0;
  n->b = as_outer_params(&a, inner->b);
  if (a.failed)
    return n;
  /* the inner generator's parameters, then its state machine */
  inner = jc_lower_params(w, inner);
  if (inner != NULL && inner->kind == JC_CALL && inner->b != NULL &&
      inner->b->kind == JC_FUNCTION) {
    /* __jsrt.len(inner, n): the length is the outer function's */
    inner = inner->b;
    inner->next = NULL;
  }
  if (inner == NULL || c->status != JSC_OK || inner->kind != JC_FUNCTION)
    return n;
  if (!jc_generator_body(w, inner))
    return n;
  inner->flags &= (uint16_t)~JC_F_GENERATOR;
  inner->extra = 0;
  /* return __jsrt.async(this, arguments, inner [, self]) */
  args = jc_synth(c, JC_THIS, n);
  if (args == NULL)
    return n;
  args->next = jc_ident(c, jc_atom_lit(c, "arguments"), n);
  if (args->next == NULL)
    return n;
  args->next->next = inner;
  if (a.gen && n->a != NULL) {
    self = jc_ident(c, n->a->atom, n);
    if (self == NULL)
      return n;
    self->u.binding = n->a->u.binding;
    inner->next = self;
  }
  call = jc_lw_helper(w, a.gen ? "asyncGen" : "async", args, n);
  ret = jc_synth(c, JC_RETURN, n);
  if (call == NULL || ret == NULL)
    return n;
  ret->a = call;
  *slot = ret;
  jc_lw_dirty(body);
  n->flags &= (uint16_t) ~(JC_F_ASYNC | JC_F_GENERATOR);
  n->flags |= JC_F_SIMPLE_PARAMS;
  n->pad_ |= a.gen ? 8 : 4; /* for jc_lower_generator_wrap */
  return jc_lw_dirty(n);
}

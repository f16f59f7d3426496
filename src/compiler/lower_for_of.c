/* lower_for_of.c - for-of (ES2015) over the iterator protocol, with an
 * index loop for arrays in the same loop (one body, no closure per
 * iteration):
 *
 *   for (const x of xs) BODY
 *   ->
 *   for (_a = xs, _it = __jsrt.forOf(_a), _i = 0, _s = null;
 *        _it ? (_s = null, !(_s = _it.next()).done) : _i < _a.length;
 *        ++_i) { var x = _it ? _s.value : _a[_i]; BODY }
 *
 * (a truthiness test is one instruction less than `=== null` in Duktape;
 * the two tests per iteration cost about 1.5x a hand-written index loop
 * with an empty body, 1.1-1.3x with a call in it).
 *
 * __jsrt.forOf gives null for an Array whose iteration is the built-in
 * one (Array.prototype[Symbol.iterator] and %ArrayIteratorPrototype%.next
 * untouched): indexing it is what the iterator would do, step by step
 * (live length). Anything else goes through GetIterator/IteratorStep.
 *
 * When the body may leave the loop early (break, return, a labeled jump,
 * or a throw - anything that calls, reads a property or throws), the loop
 * is wrapped once, not per iteration, in
 *   try { LOOP } catch (e) { if (open) { _s = null; __jsrt.close(_it, true); }
 *   throw e; } finally { if (open) __jsrt.close(_it); }
 * (open: `_it !== null && _s !== null && !_s.done`; a throwing next()
 * leaves _s null, so the iterator is not closed then, as the spec says).
 *
 * The head takes each value as `var x = ...`, `x = ...` or a pattern
 * (lowered by jc_lower_destructure). A let/const head a closure captures
 * gets a binding per iteration: the body becomes a function taking it
 * (jc_block_scope_wrap).
 *
 * for await (ES2018), inside an async function or generator, with AWAIT
 * nodes that lower_async.c turns into its suspensions afterwards:
 *
 *   for await (const x of xs) BODY
 *   ->
 *   for (_it = __jsrt.asyncIter(xs), _nx = _it.next, _s = null;
 *        _s = null, !(_s = __jsrt.ires(await _nx.call(_it))).done; )
 *     { var x = _s.value; BODY }
 *
 * (asyncIter: GetIterator(xs, async), a sync iterable through
 * CreateAsyncFromSyncIterator; next is read once, as the iterator record
 * keeps it; ires: the awaited result must be an object.) Leaving the loop
 * early runs AsyncIteratorClose:
 *   try { LOOP } catch (e) { if (open) { _s = null; try { _m = _it.return;
 *     if (_m != null) await _m.call(_it); } catch (e2) {} } throw e; }
 *   finally { if (open) { _m = _it.return;
 *     if (_m != null) __jsrt.ires(await _m.call(_it)); } }
 * Deviation: a `return` that is not callable gives Duktape's "not
 * callable" TypeError, not V8's text. */
#include <string.h>

#include "lower.h"

static jc_node *fo_node(jc_ctx *c, jc_kind kind, int op, jc_node *a, jc_node *b,
                        const jc_node *at) {
  jc_node *n = jc_synth(c, kind, at);
  if (n == NULL || a == NULL)
    return NULL;
  n->op = (uint8_t)op;
  n->a = a;
  n->b = b;
  return n;
}

static jc_node *fo_use(jc_ctx *c, const jc_node *t, const jc_node *at) {
  jc_node *id = jc_ident(c, t->atom, at);
  if (id != NULL)
    id->u.binding = t->u.binding;
  return id;
}

static jc_node *fo_name(jc_ctx *c, const char *s, const jc_node *at) {
  return jc_ident(c, jc_atom_get(c, s, strlen(s)), at);
}

static jc_node *fo_member(jc_ctx *c, jc_node *obj, const char *prop,
                          const jc_node *at) {
  return fo_node(c, JC_MEMBER, 0, obj, fo_name(c, prop, at), at);
}

static jc_node *fo_null(jc_ctx *c, const jc_node *at) {
  return jc_synth(c, JC_NULL_LIT, at);
}

static jc_node *fo_cond(jc_ctx *c, jc_node *a, jc_node *b, jc_node *e,
                        const jc_node *at) {
  jc_node *n = jc_synth(c, JC_COND, at);
  if (n == NULL || a == NULL || b == NULL || e == NULL)
    return NULL;
  n->a = a;
  n->b = b;
  n->c = e;
  return n;
}

static jc_node *fo_seq(jc_ctx *c, jc_node *list, const jc_node *at) {
  jc_node *s = jc_synth(c, JC_SEQ, at);
  if (s == NULL)
    return NULL;
  s->a = list;
  return s;
}

static jc_node *fo_paren(jc_ctx *c, jc_node *e, const jc_node *at) {
  return fo_node(c, JC_PAREN, 0, e, NULL, at);
}

static jc_node *fo_stmt(jc_ctx *c, jc_node *e, const jc_node *at) {
  return fo_node(c, JC_EXPR_STMT, 0, e, NULL, at);
}

static jc_node *fo_assign(jc_ctx *c, jc_node *t, jc_node *v,
                          const jc_node *at) {
  return fo_node(c, JC_ASSIGN, JC_OP_ASSIGN, t, v, at);
}

/* Whether the body may end the loop other than by its test: jumps and
 * returns, and anything that may throw (calls, property reads, new,
 * throw, ...). Nested functions are made, not run: not counted. */
static int fo_abrupt(const jc_node *n, unsigned depth) {
  for (; n != NULL; n = n->next) {
    if (depth > 200)
      return 1;
    switch (n->kind) {
    case JC_FUNCTION:
      continue;
    case JC_CALL:
    case JC_NEW:
    case JC_THROW:
    case JC_MEMBER:
    case JC_RETURN:
    case JC_BREAK:
    case JC_CONTINUE:
    case JC_TAGGED_TEMPLATE:
    case JC_YIELD:
    case JC_AWAIT:
    case JC_CLASS:
    case JC_OBJECT_PATTERN:
    case JC_ARRAY_PATTERN:
    case JC_SPREAD:
    case JC_WITH:
      return 1;
    case JC_IDENT:
      if (n->u.binding == NULL)
        return 1; /* an undeclared name may throw ReferenceError */
      continue;
    case JC_BINARY:
      if (n->op == JC_OP_IN || n->op == JC_OP_INSTANCEOF)
        return 1;
      break;
    case JC_UNARY:
      if (n->op == JC_OP_DELETE)
        return 1;
      break;
    default:
      break;
    }
    if (fo_abrupt(n->a, depth + 1) || fo_abrupt(n->b, depth + 1) ||
        fo_abrupt(n->c, depth + 1) || fo_abrupt(n->d, depth + 1))
      return 1;
  }
  return 0;
}

/* `_it !== null && _s !== null && !_s.done` */
static jc_node *fo_open(jc_ctx *c, const jc_node *it, const jc_node *st,
                        const jc_node *at) {
  jc_node *a =
      fo_node(c, JC_BINARY, JC_OP_SNE, fo_use(c, it, at), fo_null(c, at), at);
  jc_node *b =
      fo_node(c, JC_BINARY, JC_OP_SNE, fo_use(c, st, at), fo_null(c, at), at);
  jc_node *d = fo_node(c, JC_UNARY, JC_OP_NOT,
                       fo_member(c, fo_use(c, st, at), "done", at), NULL, at);
  return fo_node(c, JC_LOGICAL, JC_OP_AND,
                 fo_node(c, JC_LOGICAL, JC_OP_AND, a, b, at), d, at);
}

static jc_node *fo_if(jc_ctx *c, jc_node *test, jc_node *then,
                      const jc_node *at) {
  return fo_node(c, JC_IF, 0, test, then, at);
}

static jc_node *fo_block(jc_ctx *c, jc_node *list, const jc_node *at) {
  jc_node *b = jc_synth(c, JC_BLOCK, at);
  if (b != NULL)
    b->a = list;
  return list != NULL ? b : NULL;
}

static jc_node *fo_await(jc_ctx *c, jc_node *e, const jc_node *at) {
  return jc_lw_dirty(fo_node(c, JC_AWAIT, 0, e, NULL, at));
}

/* f.call(obj) */
static jc_node *fo_call_on(jc_ctx *c, jc_node *f, jc_node *obj,
                           const jc_node *at) {
  jc_node *call = jc_synth(c, JC_CALL, at);
  if (call == NULL || obj == NULL)
    return NULL;
  call->a = fo_member(c, f, "call", at);
  call->b = obj;
  call->flags |= JC_F_PARENS_ARGS;
  return call->a != NULL ? call : NULL;
}

/* `_m = _it.return; if (_m != null) STMT(await _m.call(_it))`, where
   check wraps the await in __jsrt.ires. */
static jc_node *fo_async_close(jc_lw *w, const jc_node *it, const jc_node *m,
                               int check, const jc_node *at) {
  jc_ctx *c = w->c;
  jc_node *get =
      fo_stmt(c,
              fo_assign(c, fo_use(c, m, at),
                        fo_member(c, fo_use(c, it, at), "return", at), at),
              at);
  jc_node *aw =
      fo_await(c, fo_call_on(c, fo_use(c, m, at), fo_use(c, it, at), at), at);
  jc_node *test =
      fo_node(c, JC_BINARY, JC_OP_NE, fo_use(c, m, at), fo_null(c, at), at);
  jc_node *iff;
  if (check)
    aw = jc_lw_helper(w, "ires", aw, at);
  iff = fo_if(c, test, fo_stmt(c, aw, at), at);
  if (get == NULL || iff == NULL)
    return NULL;
  get->next = iff;
  return get;
}

/* try { loop } catch (e) {...} finally {...} around a for await loop. */
static jc_node *fo_try_async(jc_lw *w, jc_node *loop, const jc_node *it,
                             const jc_node *st, const jc_node *at) {
  jc_ctx *c = w->c;
  jc_node *tr = jc_synth(c, JC_TRY, at), *cat = jc_synth(c, JC_CATCH, at);
  jc_node *itr = jc_synth(c, JC_TRY, at), *icat = jc_synth(c, JC_CATCH, at);
  jc_atom *ename = jc_fresh_name(c, "_e"), *ename2 = jc_fresh_name(c, "_e");
  jc_node *m = jc_lw_temp(w, "_m", at);
  jc_node *close_abrupt, *close_normal, *rethrow, *empty;
  if (tr == NULL || cat == NULL || itr == NULL || icat == NULL ||
      ename == NULL || ename2 == NULL || m == NULL)
    return NULL;
  /* catch: if (open) { _s = null; try { close } catch (e2) {} } throw e; */
  empty = jc_synth(c, JC_BLOCK, at);
  if (empty == NULL)
    return NULL;
  icat->a = jc_ident(c, ename2, at);
  icat->b = empty;
  itr->a = fo_block(c, fo_async_close(w, it, m, 0, at), at);
  itr->b = icat;
  if (itr->a == NULL || icat->a == NULL)
    return NULL;
  close_abrupt =
      fo_if(c, fo_open(c, it, st, at),
            fo_block(c,
                     jc_list_append(fo_stmt(c,
                                            fo_assign(c, fo_use(c, st, at),
                                                      fo_null(c, at), at),
                                            at),
                                    itr),
                     at),
            at);
  rethrow = fo_node(c, JC_THROW, 0, jc_ident(c, ename, at), NULL, at);
  if (close_abrupt == NULL || rethrow == NULL)
    return NULL;
  close_abrupt->next = rethrow;
  cat->a = jc_ident(c, ename, at);
  cat->b = fo_block(c, close_abrupt, at);
  /* finally: if (open) { close, checked } */
  close_normal = fo_if(c, fo_open(c, it, st, at),
                       fo_block(c, fo_async_close(w, it, m, 1, at), at), at);
  tr->a = fo_block(c, loop, at);
  tr->b = cat;
  tr->c = fo_block(c, close_normal, at);
  if (tr->a == NULL || cat->a == NULL || cat->b == NULL || tr->c == NULL)
    return NULL;
  return tr;
}

/* try { loop } catch (e) {...} finally {...} around the loop. */
static jc_node *fo_try(jc_lw *w, jc_node *loop, const jc_node *it,
                       const jc_node *st, const jc_node *at) {
  jc_ctx *c = w->c;
  jc_node *tr = jc_synth(c, JC_TRY, at), *cat = jc_synth(c, JC_CATCH, at);
  jc_atom *ename = jc_fresh_name(c, "_e");
  jc_node *close_abrupt, *close_normal, *rethrow, *ev, *args;
  if (tr == NULL || cat == NULL || ename == NULL)
    return NULL;
  /* catch: if (open) { _s = null; __jsrt.close(_it, true); } throw e; */
  args = fo_use(c, it, at);
  if (args == NULL)
    return NULL;
  args->next = jc_synth(c, JC_TRUE_LIT, at);
  close_abrupt = fo_if(
      c, fo_open(c, it, st, at),
      fo_block(
          c,
          jc_list_append(
              fo_stmt(c, fo_assign(c, fo_use(c, st, at), fo_null(c, at), at),
                      at),
              fo_stmt(c, jc_lw_helper(w, "close", args, at), at)),
          at),
      at);
  ev = jc_ident(c, ename, at);
  rethrow = fo_node(c, JC_THROW, 0, ev, NULL, at);
  if (close_abrupt == NULL || rethrow == NULL)
    return NULL;
  close_abrupt->next = rethrow;
  cat->a = jc_ident(c, ename, at);
  cat->b = fo_block(c, close_abrupt, at);
  /* finally: if (open) __jsrt.close(_it); */
  close_normal = fo_if(
      c, fo_open(c, it, st, at),
      fo_stmt(c, jc_lw_helper(w, "close", fo_use(c, it, at), at), at), at);
  tr->a = fo_block(c, loop, at);
  tr->b = cat;
  tr->c = fo_block(c, close_normal, at);
  if (tr->a == NULL || cat->a == NULL || cat->b == NULL || tr->c == NULL)
    return NULL;
  return tr;
}

jc_node *jc_lower_for_of(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_node *a, *it, *i, *st, *init, *test, *update, *value, *head = NULL;
  jc_node *loop, *body = n->c, *param = NULL, *nx = NULL;
  int wraps, abrupt, isawait;
  if (n->kind != JC_FOR_OF)
    return n;
  isawait = (n->flags & JC_F_AWAIT) != 0;
  wraps = jc_block_scope_wraps(w, n);
  abrupt = fo_abrupt(body, 0); /* the body as written, before the head */
  if (n->a == NULL || n->a->kind != JC_IDENT) {
    /* a head that may throw while assigning (a setter, a pattern) */
    const jc_node *t = n->a != NULL && n->a->kind == JC_VAR && n->a->a != NULL
                           ? n->a->a->a
                           : n->a;
    if (t == NULL || t->kind != JC_IDENT)
      abrupt = 1;
  }
  if (n->u.scope != NULL && n->u.scope->kind == JC_S_FOR) {
    /* for (let x of f(x)): x is in TDZ while the right side runs */
    jc_node *s = jc_block_scope_sentinels(w, n->u.scope, n);
    if (s != NULL)
      jc_lw_before(w, s);
  }
  a = isawait ? NULL : jc_lw_temp(w, "_a", n);
  it = jc_lw_temp(w, "_it", n);
  i = isawait ? NULL : jc_lw_temp(w, "_i", n);
  st = jc_lw_temp(w, "_s", n);
  if (it == NULL || st == NULL || (!isawait && (a == NULL || i == NULL)))
    return n;
  if (isawait) {
    /* _it = __jsrt.asyncIter(xs), _nx = _it.next, _s = null */
    jc_node *e1, *e2, *e3, *reset, *call, *step, *notdone;
    nx = jc_lw_temp(w, "_nx", n);
    if (nx == NULL)
      return n;
    e1 = fo_assign(c, it, jc_lw_helper(w, "asyncIter", n->b, n), n);
    e2 = fo_assign(c, nx, fo_member(c, fo_use(c, it, n), "next", n), n);
    e3 = fo_assign(c, st, fo_null(c, n), n);
    if (e1 == NULL || e2 == NULL || e3 == NULL)
      return n;
    e1->next = e2;
    e2->next = e3;
    init = fo_seq(c, e1, n);
    /* _s = null, !(_s = __jsrt.ires(await _nx.call(_it))).done */
    reset = fo_assign(c, fo_use(c, st, n), fo_null(c, n), n);
    call = jc_lw_helper(
        w, "ires",
        fo_await(c, fo_call_on(c, fo_use(c, nx, n), fo_use(c, it, n), n), n),
        n);
    step = fo_paren(c, fo_assign(c, fo_use(c, st, n), call, n), n);
    notdone =
        fo_node(c, JC_UNARY, JC_OP_NOT, fo_member(c, step, "done", n), NULL, n);
    if (reset == NULL || notdone == NULL)
      return n;
    reset->next = notdone;
    test = fo_seq(c, reset, n);
    update = NULL;
    value = fo_member(c, fo_use(c, st, n), "value", n);
    if (init == NULL || test == NULL || value == NULL)
      return n;
    abrupt = 1;
  } else {
    /* _a = xs, _it = __jsrt.forOf(_a), _i = 0, _s = null */
    {
      jc_node *e1 = fo_assign(c, a, n->b, n);
      jc_node *e2 =
          fo_assign(c, it, jc_lw_helper(w, "forOf", fo_use(c, a, n), n), n);
      jc_node *zero = jc_synth(c, JC_NUM, n);
      jc_node *e3, *e4;
      if (zero == NULL)
        return n;
      zero->raw.p = "0";
      zero->raw.len = 1;
      e3 = fo_assign(c, i, zero, n);
      e4 = fo_assign(c, st, fo_null(c, n), n);
      if (e1 == NULL || e2 == NULL || e3 == NULL || e4 == NULL)
        return n;
      e1->next = e2;
      e2->next = e3;
      e3->next = e4;
      init = fo_seq(c, e1, n);
    }
    /* _it === null ? _i < _a.length : (_s = null, !(_s = _it.next()).done) */
    {
      jc_node *lt = fo_node(c, JC_BINARY, JC_OP_LT, fo_use(c, i, n),
                            fo_member(c, fo_use(c, a, n), "length", n), n);
      jc_node *reset = fo_assign(c, fo_use(c, st, n), fo_null(c, n), n);
      jc_node *call = jc_synth(c, JC_CALL, n), *step, *notdone;
      if (call == NULL || reset == NULL)
        return n;
      call->a = fo_member(c, fo_use(c, it, n), "next", n);
      call->flags |= JC_F_PARENS_ARGS;
      step = fo_paren(c, fo_assign(c, fo_use(c, st, n), call, n), n);
      notdone = fo_node(c, JC_UNARY, JC_OP_NOT, fo_member(c, step, "done", n),
                        NULL, n);
      if (notdone == NULL)
        return n;
      reset->next = notdone;
      test = fo_cond(c, fo_use(c, it, n), fo_paren(c, fo_seq(c, reset, n), n),
                     lt, n);
    }
    update = fo_node(c, JC_UPDATE, JC_OP_INC, fo_use(c, i, n), NULL, n);
    if (update != NULL)
      update->flags |= JC_F_PREFIX;
    /* _it === null ? _a[_i] : _s.value */
    {
      jc_node *idx =
          fo_node(c, JC_MEMBER, 0, fo_use(c, a, n), fo_use(c, i, n), n);
      if (idx == NULL)
        return n;
      idx->flags |= JC_F_COMPUTED;
      value = fo_cond(c, fo_use(c, it, n),
                      fo_member(c, fo_use(c, st, n), "value", n), idx, n);
    }
    if (init == NULL || test == NULL || update == NULL || value == NULL)
      return n;
  }
  /* the head */
  {
    jc_node *left = n->a;
    if (left != NULL && left->kind == JC_VAR && left->a != NULL) {
      jc_node *target = left->a->a;
      if (wraps && target != NULL && target->kind == JC_IDENT) {
        /* a binding per iteration: the body's parameter */
        param = target;
      } else {
        jc_node *var = jc_synth(c, JC_VAR, left),
                *d = jc_synth(c, JC_DECLARATOR, left);
        if (var == NULL || d == NULL)
          return n;
        var->op = JC_DECL_VAR;
        d->a = target;
        d->b = value;
        var->a = d;
        head = target != NULL && target->kind != JC_IDENT
                   ? jc_lower_destructure(w, var)
                   : var;
      }
    } else if (left != NULL) {
      jc_node *as = fo_assign(c, left, value, n);
      if (as == NULL)
        return n;
      if (left->kind != JC_IDENT && left->kind != JC_MEMBER &&
          left->kind != JC_PAREN)
        as = jc_lower_destructure(w, as);
      head = as != NULL && as->kind == JC_ASSIGN ? fo_stmt(c, as, n) : as;
    }
    if (c->status != JSC_OK)
      return n;
  }
  if (wraps) {
    jc_node *r, *blk;
    jc_node *arg = param != NULL ? value : NULL;
    if (head != NULL) {
      jc_node *nb = jc_synth(c, JC_BLOCK, body);
      if (nb == NULL)
        return n;
      head->next = body;
      nb->a = head;
      body = nb;
    }
    r = jc_block_scope_wrap(w, body, 1, param, arg, NULL, n);
    if (r == NULL)
      return n;
    blk = jc_synth(c, JC_BLOCK, n->c);
    if (blk == NULL)
      return n;
    blk->a = r;
    body = blk;
  } else if (head != NULL) {
    jc_node *nb = jc_synth(c, JC_BLOCK, body);
    if (nb == NULL)
      return n;
    if (body->kind == JC_BLOCK) {
      /* keep the body's own block (its scope, its braces' lines) */
      head->next = body->a;
      body->a = head;
      jc_lw_dirty(body);
    } else {
      head->next = body;
      nb->a = head;
      body = nb;
    }
  }
  loop = jc_synth(c, JC_FOR, n);
  if (loop == NULL)
    return n;
  loop->a = init;
  loop->b = test;
  loop->c = update;
  loop->d = body;
  if (abrupt) {
    jc_node *tr, *inner = loop;
    if (w->parent != NULL && w->parent->kind == JC_LABELED &&
        w->parent->a == n) {
      /* `L: for (x of y)` -> `_L: try { L: for (...) } ...`: continue L
         must still name the loop */
      jc_atom *outer = jc_fresh_name(c, "_L");
      inner = jc_synth(c, JC_LABELED, n);
      if (inner == NULL || outer == NULL)
        return n;
      inner->atom = w->parent->atom;
      inner->a = loop;
      w->parent->atom = outer;
      jc_lw_dirty(w->parent);
    }
    tr = isawait ? fo_try_async(w, inner, it, st, n)
                 : fo_try(w, inner, it, st, n);
    return tr != NULL ? tr : n;
  }
  return loop;
}

/* lower_generator.c - generators (ES2015) into a state machine that one
 * small runtime driver runs (helpers.js, section "generator"), in the
 * manner of regenerator and TypeScript's __generator (our own code):
 *
 *   function* g(a) { var x = yield a; return x + 1; }
 *   ->
 *   function g(a) { var x;
 *     return __jsrt.gen(g, function (_g, _s) {
 *       for (;;) switch (_g.n) {
 *       case 0: _g.n = 1; return a;            // yield a
 *       case 1: x = _s; return _g.r(x + 1);  // the value next() sent
 *       } }, null); }
 *
 * The hook runs when the traversal leaves the FUNCTION, so the body is ES5
 * already but for its YIELD nodes (let/const are vars, for-of is a loop
 * over the iterator protocol, destructuring is assignments). Every `var`
 * of the body and every function declaration moves to the outer function
 * (they live across suspensions); temporaries of the traversal are the
 * outer function's already. The body runs as `body.call(this, _g)`, so
 * `this` is the generator's; `arguments` becomes the outer `_arguments`.
 *
 * Statements without a yield stay as they are (native loops, try, ...),
 * with `return v` -> `return _g.r(v)` and break/continue that leave them
 * -> a jump. A statement with a yield inside is "exploded": each place
 * code may resume or jump to is a `case` (a location; numbers in order of
 * emission, so a try statement covers a range of them). Expressions with
 * a yield inside are evaluated left to right with the operands before a
 * yield spilled into temporaries; && || ?: become jumps.
 *
 * Locations and the driver (the contract with helpers.js):
 *   _g.n  the next location; _g.p the one being run (try ranges use it;
 *         `switch (_g.p = _g.n)` only when the body has a try)
 *   _s    the body's second parameter: the value sent by next(v) (the
 *         value of the yield expression, read in the case it resumes)
 *   (the outer function: `return __jsrt.gen(F, body, tries, new.target)`)
 *   yield v      `_g.n = L; return v;`        then `case L:`
 *   yield* it    `_g.n = L; return _g.d(it);` its result is _s at L
 *   return v     `return _g.r(v);`  (runs the finally blocks around it)
 *   a jump       `_g.n = L; break;`, or `return _g.j(L);` across a finally
 *                or from inside a native loop
 *   catch (e)    `e = _g.c();` at its location (the exception)
 *   finally end  `return _g.f(i);` (i: the try's index; resumes what
 *                entered the finally block: fall-through, throw, return,
 *                jump)
 *   for-in       `_t = _g.k(o)`, then `_g.kn(_t)` / `_t.v` per key
 * tries: a flat array [try, catch, finally, after, ...] per try statement
 * in order of their try location (-1: no catch / no finally), or null.
 *
 * Generator objects: __jsrt.gen(F, body, tries) makes one whose
 * prototype is F.prototype (%GeneratorPrototype% when that is not an
 * object); __jsrt.genFn(fn, name) makes fn a generator function
 * (prototype %GeneratorFunction.prototype%, a fresh .prototype inheriting
 * %GeneratorPrototype%), run where the function is made: around a
 * function expression, in the enclosing function's prologue for a
 * declaration (and lazily by the first call otherwise).
 *
 * Deviations: generator functions and %GeneratorPrototype%'s methods are
 * constructors to Reflect.construct (`new g()` throws, through
 * new.target); a `with` statement around a yield is not supported; a
 * direct eval inside a generator sees the renamed
 * catch parameters; the callee of a call `o.m(yield)` is read after the
 * arguments. */
#include <string.h>

#include "lower.h"

#define GS_BF_SPILL 0x80 /* jc_binding.flags: a temporary spilled here */

enum { GE_LOOP = 1, GE_SWITCH, GE_LABEL, GE_TRY };

typedef struct {
  int kind;
  jc_atom *label;
  int brk, cont; /* locations; -1 none */
  int fin;       /* GE_TRY: has a finally block */
} gs_ent;

typedef struct {
  int tryl, catchl, finl, afterl;
} gs_try;

typedef struct {
  jc_node *num;
  int loc;
} gs_fixup;

typedef struct {
  int loops, breaks; /* native loops / loops+switches around */
  jc_atom *labels[32];
  int nlabels;
} gs_fc;

typedef struct {
  jc_lw *w;
  jc_ctx *c;
  jc_node *fn;
  jc_node *at;
  jc_atom *g;
  jc_atom *sent;           /* the body's second parameter: the value sent in */
  jc_node *cases, **ctail; /* the CASE list */
  jc_node **tail;          /* where the next statement of the case goes */
  int *locv;
  jc_node **loccase; /* the CASE a marked location starts */
  int *locsig;       /* the try region it is in (gs.sig) */
  int nloc, caploc, ncase;
  int sig;                /* the try region being emitted: -1 none, 2i the
                             try block of try i, 2i+1 its catch block */
  jc_node *cur;           /* the CASE being emitted */
  int cur_dispatch;       /* ... entered only through the switch: _g.n is its
                             own location in its straight-line code */
  int cur_value, cur_sig; /* its number and try region */
  gs_fixup *fix;
  int nfix, capfix;
  gs_try *tries;
  int ntry, captry;
  gs_ent *ent;
  int nent, capent;
  jc_node *decls; /* IDENTs to declare in the outer function */
  jc_node *funcs; /* function declarations moved out */
  int changed;    /* the native fixer changed something */
  int failed;
} gs;

static int gs_grow(gs *s, void **p, int *cap, int n, size_t elt) {
  void *q;
  int nc;
  if (n < *cap)
    return 1;
  nc = *cap ? *cap * 2 : 16;
  q = jc_alloc(s->c, (size_t)nc * elt);
  if (q == NULL) {
    s->failed = 1;
    return 0;
  }
  if (*p != NULL)
    memcpy(q, *p, (size_t)*cap * elt);
  *p = q;
  *cap = nc;
  return 1;
}

static void gs_fail(gs *s, const jc_node *at, const char *what) {
  if (!s->failed)
    jc_error(s->c, JSC_ESYNTAX, at->start, "%s is not supported yet", what);
  s->failed = 1;
}

/* ---- node builders ---- */

static jc_node *gs_n(gs *s, jc_kind kind, int op, jc_node *a, jc_node *b,
                     const jc_node *at) {
  jc_node *n = jc_synth(s->c, kind, at != NULL ? at : s->at);
  if (n == NULL) {
    s->failed = 1;
    return NULL;
  }
  n->op = (uint8_t)op;
  n->a = a;
  n->b = b;
  return n;
}

static jc_node *gs_name(gs *s, const char *name, const jc_node *at) {
  return jc_ident(s->c, jc_atom_get(s->c, name, strlen(name)),
                  at != NULL ? at : s->at);
}

static jc_node *gs_gref(gs *s, const jc_node *at) {
  return jc_ident(s->c, s->g, at != NULL ? at : s->at);
}

/* _g.NAME */
static jc_node *gs_gm(gs *s, const char *name, const jc_node *at) {
  return gs_n(s, JC_MEMBER, 0, gs_gref(s, at), gs_name(s, name, at), at);
}

/* _g.NAME(args) */
static jc_node *gs_gcall(gs *s, const char *name, jc_node *args,
                         const jc_node *at) {
  jc_node *call = gs_n(s, JC_CALL, 0, gs_gm(s, name, at), args, at);
  if (call != NULL)
    call->flags |= JC_F_PARENS_ARGS;
  return call;
}

static jc_node *gs_num(gs *s, double v, const jc_node *at) {
  jc_node *n = gs_n(s, JC_NUM, 0, NULL, NULL, at);
  if (n != NULL)
    n->u.num = v;
  return n;
}

/* A reference to location loc (its number is known once it is marked). */
static jc_node *gs_locref(gs *s, int loc, const jc_node *at) {
  jc_node *n = gs_num(s, -1, at);
  if (n == NULL ||
      !gs_grow(s, (void **)&s->fix, &s->capfix, s->nfix, sizeof *s->fix))
    return NULL;
  s->fix[s->nfix].num = n;
  s->fix[s->nfix].loc = loc;
  s->nfix++;
  n->extra = (uint16_t)1; /* a location reference (gs_clone) */
  return n;
}

static jc_node *gs_assign(gs *s, jc_node *t, jc_node *v, const jc_node *at) {
  return gs_n(s, JC_ASSIGN, JC_OP_ASSIGN, t, v, at);
}

static jc_node *gs_stmt(gs *s, jc_node *e, const jc_node *at) {
  return gs_n(s, JC_EXPR_STMT, 0, e, NULL, at);
}

static jc_node *gs_ret(gs *s, jc_node *e, const jc_node *at) {
  return gs_n(s, JC_RETURN, 0, e, NULL, at);
}

static jc_node *gs_ref(gs *s, const jc_node *t, const jc_node *at) {
  return jc_lw_reuse(s->c, t, at);
}

static jc_node *gs_undef(gs *s, const jc_node *at) {
  return gs_n(s, JC_UNARY, JC_OP_VOID, gs_num(s, 0, at), NULL, at);
}

/* ---- emission ---- */

static int gs_loc(gs *s) {
  int cap = s->caploc, cap2 = s->caploc, cap3 = s->caploc;
  if (!gs_grow(s, (void **)&s->locv, &cap, s->nloc, sizeof *s->locv) ||
      !gs_grow(s, (void **)&s->loccase, &cap2, s->nloc, sizeof *s->loccase) ||
      !gs_grow(s, (void **)&s->locsig, &cap3, s->nloc, sizeof *s->locsig))
    return 0;
  s->caploc = cap;
  s->locv[s->nloc] = -1;
  s->loccase[s->nloc] = NULL;
  s->locsig[s->nloc] = -1;
  return s->nloc++;
}

static void gs_emit(gs *s, jc_node *st) {
  if (st == NULL)
    return;
  *s->tail = st;
  while (*s->tail != NULL)
    s->tail = &(*s->tail)->next;
}

static void gs_mark(gs *s, int loc, const jc_node *at) {
  jc_node *cs;
  if (s->cur != NULL && s->cur->b == NULL && s->cur_sig == s->sig) {
    /* nothing in the case yet: the location is that case's too */
    s->locv[loc] = s->cur_value;
    s->loccase[loc] = s->cur;
    s->locsig[loc] = s->sig;
    return;
  }
  cs = gs_n(s, JC_CASE, 0, gs_num(s, s->ncase, at), NULL, at);
  if (cs == NULL)
    return;
  {
    const jc_node *st = s->cur != NULL ? s->cur->b : NULL;
    while (st != NULL && st->next != NULL)
      st = st->next;
    s->cur_dispatch = s->cur == NULL || (st != NULL && (st->kind == JC_RETURN ||
                                                        st->kind == JC_BREAK ||
                                                        st->kind == JC_THROW));
  }
  s->cur_value = s->ncase;
  s->cur_sig = s->sig;
  s->locv[loc] = s->ncase++;
  s->loccase[loc] = cs;
  s->locsig[loc] = s->sig;
  s->cur = cs;
  *s->ctail = cs;
  s->ctail = &cs->next;
  s->tail = &cs->b;
}

/* `_g.p = L;` where code may fall into a try range */
static void gs_setp(gs *s, int loc, const jc_node *at) {
  gs_emit(s,
          gs_stmt(s, gs_assign(s, gs_gm(s, "p", at), gs_locref(s, loc, at), at),
                  at));
}

/* `_g.n = L; break;` */
static jc_node *gs_jump_list(gs *s, int loc, const jc_node *at) {
  jc_node *a = gs_stmt(
      s, gs_assign(s, gs_gm(s, "n", at), gs_locref(s, loc, at), at), at);
  jc_node *b = gs_n(s, JC_BREAK, 0, NULL, NULL, at);
  if (a == NULL || b == NULL)
    return NULL;
  a->next = b;
  return a;
}

/* A copy of a statement of the state machine (location references
 * included). */
static jc_node *gs_clone(gs *s, const jc_node *n) {
  jc_node *k, **slots[4];
  int i;
  if (n == NULL)
    return NULL;
  k = jc_alloc(s->c, sizeof *k);
  if (k == NULL) {
    s->failed = 1;
    return NULL;
  }
  *k = *n;
  k->next = NULL;
  if (n->kind == JC_NUM && n->extra == 1) {
    for (i = s->nfix - 1; i >= 0; i--)
      if (s->fix[i].num == n)
        break;
    if (i < 0 ||
        !gs_grow(s, (void **)&s->fix, &s->capfix, s->nfix, sizeof *s->fix))
      return k;
    s->fix[s->nfix].num = k;
    s->fix[s->nfix].loc = s->fix[i].loc;
    s->nfix++;
    return k;
  }
  if (n->kind == JC_FUNCTION)
    return k; /* (shared: no state machine code inside) */
  slots[0] = &k->a;
  slots[1] = &k->b;
  slots[2] = &k->c;
  slots[3] = &k->d;
  for (i = 0; i < 4; i++) {
    const jc_node *e;
    jc_node *head = NULL, **pp = &head;
    for (e = *slots[i]; e != NULL; e = e->next) {
      *pp = gs_clone(s, e);
      if (*pp == NULL)
        return k;
      pp = &(*pp)->next;
    }
    *slots[i] = head;
  }
  return k;
}

/* The CASE of L when st is `_g.n = L;`, else NULL. */
static const jc_node *gs_sets_n_to(gs *s, const jc_node *st) {
  const jc_node *a, *m;
  int i;
  if (st->kind != JC_EXPR_STMT || (a = st->a)->kind != JC_ASSIGN ||
      a->op != JC_OP_ASSIGN || (m = a->a)->kind != JC_MEMBER ||
      m->a->kind != JC_IDENT || m->a->atom != s->g || m->b->atom == NULL ||
      m->b->atom->len != 1 || m->b->atom->text[0] != 'n' ||
      a->b->kind != JC_NUM || a->b->extra != 1)
    return NULL;
  for (i = s->nfix - 1; i >= 0; i--)
    if (s->fix[i].num == a->b)
      return s->locv[s->fix[i].loc] >= 0 ? s->loccase[s->fix[i].loc] : NULL;
  return NULL;
}

/* A backward jump to a short case that ends in a return or a jump (a loop
 * head up to its yield) is that case's code again: one dispatch less per
 * iteration. Only within one try region. */
static int gs_thread(gs *s, int loc, const jc_node *at) {
  const jc_node *cs, *st, *last = NULL;
  int n = 0;
  (void)at;
  if (s->locv[loc] < 0 || s->locsig[loc] != s->sig)
    return 0;
  cs = s->loccase[loc];
  if (cs == NULL || cs == s->cur)
    return 0;
  for (st = cs->b; st != NULL; st = st->next) {
    if (++n > 6 || st->kind == JC_FUNCTION)
      return 0;
    last = st;
  }
  if (last == NULL || (last->kind != JC_RETURN && last->kind != JC_BREAK &&
                       last->kind != JC_THROW))
    return 0;
  for (st = cs->b; st != NULL; st = st->next) {
    if (s->cur_dispatch && gs_sets_n_to(s, st) == s->cur)
      continue; /* `_g.n = L;` where _g.n is L already */
    gs_emit(s, gs_clone(s, st));
  }
  return 1;
}

static void gs_jump(gs *s, int loc, const jc_node *at) {
  if (gs_thread(s, loc, at))
    return;
  gs_emit(s, gs_jump_list(s, loc, at));
}

/* if (test) { jump } */
static void gs_jump_if(gs *s, jc_node *test, int loc, const jc_node *at) {
  jc_node *blk = gs_n(s, JC_BLOCK, 0, gs_jump_list(s, loc, at), NULL, at);
  jc_node *iff = gs_n(s, JC_IF, 0, test, blk, at);
  gs_emit(s, iff);
}

static jc_node *gs_not(gs *s, jc_node *e, const jc_node *at) {
  return gs_n(s, JC_UNARY, JC_OP_NOT, e, NULL, at);
}

/* ---- what contains a yield ---- */

static int gs_has_yield(gs *s, const jc_node *n) {
  const jc_node *k;
  int i;
  if (n == NULL)
    return 0;
  if (n->kind == JC_YIELD)
    return 1;
  if (n->kind == JC_FUNCTION) {
    /* A yield still inside a function here is one of ours in a function
     * another transform made (a loop body of lower_block_scope.c). */
    if (gs_has_yield(s, n->c))
      gs_fail(s, n,
              "yield inside a loop body whose bindings a closure "
              "captures");
    return 0;
  }
  for (i = 0; i < 4; i++) {
    const jc_node *slot = i == 0 ? n->a : i == 1 ? n->b : i == 2 ? n->c : n->d;
    for (k = slot; k != NULL; k = k->next)
      if (gs_has_yield(s, k))
        return 1;
  }
  return 0;
}

/* ---- var hoisting ---- */

static void gs_declare(gs *s, jc_node *id) {
  jc_node *d;
  if (id == NULL || id->kind != JC_IDENT) {
    if (id != NULL)
      gs_fail(s, id, "this declaration in a generator");
    return;
  }
  d = jc_ident(s->c, id->atom, s->at); /* on the body's first line */
  if (d == NULL) {
    s->failed = 1;
    return;
  }
  d->u.binding = id->u.binding;
  s->decls = jc_list_append(s->decls, d);
}

/* ---- jumps: the entries of the statements being exploded ---- */

static void gs_push(gs *s, int kind, jc_atom *label, int brk, int cont,
                    int fin) {
  int cap = s->capent;
  if (!gs_grow(s, (void **)&s->ent, &cap, s->nent, sizeof *s->ent))
    return;
  s->capent = cap;
  s->ent[s->nent].kind = kind;
  s->ent[s->nent].label = label;
  s->ent[s->nent].brk = brk;
  s->ent[s->nent].cont = cont;
  s->ent[s->nent].fin = fin;
  s->nent++;
}

/* The location a break/continue (label or NULL) goes to; *fin: whether a
 * finally block is left on the way. -1: none. */
static int gs_target(gs *s, int is_cont, jc_atom *label, int *fin) {
  int i;
  *fin = 0;
  for (i = s->nent - 1; i >= 0; i--) {
    gs_ent *e = &s->ent[i];
    if (e->kind == GE_TRY) {
      if (e->fin)
        *fin = 1;
      continue;
    }
    if (label != NULL) {
      if (e->label != label)
        continue;
      if (is_cont)
        return e->kind == GE_LOOP ? e->cont : -1;
      return e->brk;
    }
    if (e->kind == GE_LOOP)
      return is_cont ? e->cont : e->brk;
    if (e->kind == GE_SWITCH && !is_cont)
      return e->brk;
  }
  return -1;
}

/* ---- the native fixer: a statement or expression without yield, as
 * code of the body function ---- */

static jc_node *gs_fix(gs *s, jc_node *n, gs_fc *fc, const jc_node *parent,
                       int slot);

/* A read of the outer function's `_this` / `_arguments` (declared in its
 * prologue by lower.c). */
static jc_node *gs_outer(gs *s, jc_atom **slot, const char *hint,
                         const jc_node *at) {
  jc_lw_func *f = s->w->func;
  jc_node *id;
  jc_binding *b;
  if (*slot == NULL)
    *slot = jc_fresh_name(s->c, hint);
  b = jc_alloc(s->c, sizeof *b);
  id = *slot != NULL ? jc_ident(s->c, *slot, at) : NULL;
  if (id == NULL || b == NULL) {
    s->failed = 1;
    return NULL;
  }
  b->name = b->out = *slot;
  b->kind = JC_B_VAR;
  b->flags = JC_BF_TEMP | GS_BF_SPILL;
  b->scope = f->node->u.scope;
  id->u.binding = b;
  s->changed++;
  return id;
}

static int gs_is_args(const jc_node *n) {
  return n->atom != NULL && n->atom->len == 9 &&
         memcmp(n->atom->text, "arguments", 9) == 0 && n->u.binding != NULL &&
         (n->u.binding->flags & JC_BF_IMPLICIT);
}

/* `var a = 1, b;` -> `a = 1` (NULL when nothing is assigned). */
static jc_node *gs_var_expr(gs *s, jc_node *n, gs_fc *fc) {
  jc_node *d, *out = NULL, *last = NULL;
  for (d = n->a; d != NULL; d = d->next) {
    jc_node *e;
    gs_declare(s, d->a);
    if (d->b == NULL)
      continue;
    {
      jc_node *init = d->b;
      init->next = NULL;
      init = fc != NULL ? gs_fix(s, init, fc, d, 1) : init;
      e = gs_assign(s, gs_ref(s, d->a, d), init, d);
    }
    if (e == NULL)
      return NULL;
    if (out == NULL) {
      out = e;
    } else {
      if (last == NULL) {
        last = gs_n(s, JC_SEQ, 0, out, NULL, n);
        if (last == NULL)
          return NULL;
        out = last;
      }
      jc_list_append(last->a, e);
    }
  }
  return out;
}

static jc_node *gs_fix_jump(gs *s, jc_node *n, gs_fc *fc) {
  int is_cont = n->kind == JC_CONTINUE, i, fin, loc;
  if (n->atom != NULL) {
    for (i = 0; i < fc->nlabels; i++)
      if (fc->labels[i] == n->atom)
        return n;
  } else if (is_cont ? fc->loops > 0 : fc->breaks > 0) {
    return n;
  }
  loc = gs_target(s, is_cont, n->atom, &fin);
  if (loc < 0) {
    gs_fail(s, n, "this jump in a generator");
    return n;
  }
  s->changed++;
  if (fin || fc->breaks > 0 || n->atom != NULL)
    return gs_ret(s, gs_gcall(s, "j", gs_locref(s, loc, n), n), n);
  return gs_n(s, JC_BLOCK, 0, gs_jump_list(s, loc, n), NULL, n);
}

static void gs_fix_kids(gs *s, jc_node *n, gs_fc *fc) {
  jc_node **kids[4];
  int i, before = s->changed;
  kids[0] = &n->a;
  kids[1] = &n->b;
  kids[2] = &n->c;
  kids[3] = &n->d;
  for (i = 0; i < 4 && !s->failed; i++) {
    jc_node **pp = kids[i];
    int body = 0;
    if (*pp == NULL)
      continue;
    switch (n->kind) {
    case JC_FOR:
      body = i == 3;
      break;
    case JC_FOR_IN:
    case JC_FOR_OF:
      body = i == 2;
      break;
    case JC_WHILE:
      body = i == 1;
      break;
    case JC_DO_WHILE:
      body = i == 0;
      break;
    case JC_SWITCH:
      body = i == 1 ? 2 : 0;
      break;
    default:
      break;
    }
    if (body == 1)
      fc->loops++;
    if (body)
      fc->breaks++;
    while (*pp != NULL) {
      jc_node *k = *pp, *next = k->next, *r;
      k->next = NULL;
      r = gs_fix(s, k, fc, n, i);
      if (r == NULL && n->kind == JC_FOR && i == 0) {
        *pp = next;
        continue;
      }
      if (r == NULL)
        r = gs_n(s, JC_EMPTY, 0, NULL, NULL, k);
      if (r == NULL)
        return;
      *pp = r;
      while (*pp != NULL)
        pp = &(*pp)->next;
      *pp = next;
    }
    if (body == 1)
      fc->loops--;
    if (body)
      fc->breaks--;
  }
  if (s->changed != before)
    jc_lw_dirty(n);
}

static jc_node *gs_fix(gs *s, jc_node *n, gs_fc *fc, const jc_node *parent,
                       int slot) {
  if (n == NULL || s->failed)
    return n;
  switch (n->kind) {
  case JC_FUNCTION:
    gs_has_yield(s, n);
    return n;
  case JC_IDENT:
    if (gs_is_args(n) &&
        !(parent != NULL && ((parent->kind == JC_MEMBER && slot == 1 &&
                              !(parent->flags & JC_F_COMPUTED)) ||
                             (parent->kind == JC_PROPERTY && slot == 0 &&
                              !(parent->flags & JC_F_COMPUTED))))) {
      jc_node *id = gs_outer(s, &s->w->func->args_name, "_arguments", n);
      return id != NULL ? id : n;
    }
    if (n->u.binding != NULL && n->u.binding->out != n->u.binding->name) {
      s->changed++;
      jc_lw_dirty(n);
    }
    return n;
  case JC_THIS: {
    jc_node *id = gs_outer(s, &s->w->func->this_name, "_this", n);
    return id != NULL ? id : n;
  }
  case JC_VAR: {
    jc_node *e;
    if (n->op != JC_DECL_VAR) {
      gs_fail(s, n, "this declaration in a generator");
      return n;
    }
    s->changed++;
    if (parent != NULL && parent->kind == JC_FOR_IN && slot == 0) {
      gs_declare(s, n->a->a);
      return gs_ref(s, n->a->a, n);
    }
    e = gs_var_expr(s, n, fc);
    if (parent != NULL && parent->kind == JC_FOR && slot == 0)
      return e;
    return e != NULL ? gs_stmt(s, e, n) : gs_n(s, JC_EMPTY, 0, NULL, NULL, n);
  }
  case JC_RETURN: {
    jc_node *arg = n->a;
    if (arg != NULL)
      arg = gs_fix(s, arg, fc, n, 0);
    s->changed++;
    return gs_ret(s, gs_gcall(s, "r", arg, n), n);
  }
  case JC_BREAK:
  case JC_CONTINUE:
    return gs_fix_jump(s, n, fc);
  case JC_LABELED: {
    if (fc->nlabels >= 32) {
      gs_fail(s, n, "this many labels");
      return n;
    }
    fc->labels[fc->nlabels++] = n->atom;
    gs_fix_kids(s, n, fc);
    fc->nlabels--;
    return n;
  }
  default:
    gs_fix_kids(s, n, fc);
    return n;
  }
}

static jc_node *gs_fix0(gs *s, jc_node *n) {
  gs_fc fc;
  memset(&fc, 0, sizeof fc);
  return gs_fix(s, n, &fc, NULL, 0);
}

/* ---- expressions ---- */

static jc_node *gs_expr(gs *s, jc_node *e, int ignore);

static int gs_constant(const jc_node *n) {
  switch (n->kind) {
  case JC_NUM:
  case JC_STR:
  case JC_TRUE_LIT:
  case JC_FALSE_LIT:
  case JC_NULL_LIT:
  case JC_THIS:
  case JC_FUNCTION:
  case JC_REGEXP:
    return 1;
  case JC_IDENT:
    return n->u.binding != NULL && (n->u.binding->flags & GS_BF_SPILL);
  case JC_UNARY:
    return n->op == JC_OP_VOID && n->a->kind == JC_NUM;
  default:
    return 0;
  }
}

/* `_t = e;` and a read of _t (e as is when it cannot change). */
static jc_node *gs_spill(gs *s, jc_node *e, const jc_node *at) {
  jc_node *t;
  if (e == NULL || gs_constant(e))
    return e;
  t = jc_lw_temp(s->w, "_t", at);
  if (t == NULL) {
    s->failed = 1;
    return e;
  }
  t->u.binding->flags |= GS_BF_SPILL;
  gs_emit(s, gs_stmt(s, gs_assign(s, t, e, at), at));
  return gs_ref(s, t, at);
}

/* Operands in evaluation order: those before the last one with a yield
 * are spilled. */
static void gs_operands(gs *s, jc_node ***ops, int n, const jc_node *at) {
  int i, last = -1;
  for (i = 0; i < n; i++)
    if (gs_has_yield(s, *ops[i]))
      last = i;
  for (i = 0; i < n && !s->failed; i++) {
    jc_node *v = gs_expr(s, *ops[i], 0);
    if (i < last)
      v = gs_spill(s, v, at);
    *ops[i] = v;
  }
}

#define GS_MAXOPS 64

/* A list slot (arguments, elements) as operands; rebuilt after. */
static int gs_list_ops(jc_node **slot, jc_node ***ops, int n, int max,
                       jc_node **store) {
  jc_node *k = *slot, *next;
  int m = 0;
  for (; k != NULL && n + m < max; k = next) {
    next = k->next;
    k->next = NULL;
    store[m] = k;
    m++;
  }
  for (int i = 0; i < m; i++)
    ops[n + i] = &store[i];
  return k == NULL ? m : -1;
}

static jc_node *gs_relink(jc_node **store, int m) {
  jc_node *head = NULL, **pp = &head;
  int i;
  for (i = 0; i < m; i++) {
    if (store[i] == NULL)
      continue;
    store[i]->next = NULL;
    *pp = store[i];
    pp = &store[i]->next;
  }
  return head;
}

static jc_node *gs_expr(gs *s, jc_node *e, int ignore) {
  jc_node **ops[GS_MAXOPS];
  jc_node *store[GS_MAXOPS];
  int n = 0, m;
  if (e == NULL || s->failed)
    return e;
  if (!gs_has_yield(s, e))
    return gs_fix0(s, e);
  switch (e->kind) {
  case JC_YIELD: {
    jc_node *arg = e->a != NULL ? gs_expr(s, e->a, 0) : NULL;
    int loc = gs_loc(s);
    gs_emit(
        s,
        gs_stmt(s, gs_assign(s, gs_gm(s, "n", e), gs_locref(s, loc, e), e), e));
    if (e->flags & JC_F_DELEGATE)
      arg = gs_gcall(s, "d", arg != NULL ? arg : gs_undef(s, e), e);
    gs_emit(s, gs_ret(s, arg, e));
    gs_mark(s, loc, e);
    return ignore ? NULL : jc_ident(s->c, s->sent, e);
  }
  case JC_PAREN:
    return gs_expr(s, e->a, ignore);
  case JC_SEQ: {
    jc_node *k = e->a, *next, *r = NULL;
    for (; k != NULL; k = next) {
      next = k->next;
      k->next = NULL;
      r = gs_expr(s, k, next != NULL ? 1 : ignore);
      if (next != NULL && r != NULL)
        gs_emit(s, gs_stmt(s, r, k));
    }
    return r;
  }
  case JC_LOGICAL:
    if (gs_has_yield(s, e->b)) {
      int after = gs_loc(s);
      jc_node *l = gs_expr(s, e->a, 0), *t = NULL, *test, *r;
      if (!ignore) {
        t = jc_lw_temp(s->w, "_t", e);
        if (t == NULL) {
          s->failed = 1;
          return e;
        }
        gs_emit(s, gs_stmt(s, gs_assign(s, t, l, e), e));
        test = gs_ref(s, t, e);
      } else {
        test = l;
      }
      gs_jump_if(s, e->op == JC_OP_AND ? gs_not(s, test, e) : test, after, e);
      r = gs_expr(s, e->b, ignore);
      if (!ignore)
        gs_emit(s, gs_stmt(s, gs_assign(s, gs_ref(s, t, e), r, e), e));
      else if (r != NULL)
        gs_emit(s, gs_stmt(s, r, e));
      gs_mark(s, after, e);
      return ignore ? NULL : gs_ref(s, t, e);
    }
    ops[n++] = &e->a;
    break;
  case JC_COND:
    if (gs_has_yield(s, e->b) || gs_has_yield(s, e->c)) {
      int els = gs_loc(s), after = gs_loc(s);
      jc_node *t = NULL, *r;
      jc_node *test = gs_expr(s, e->a, 0);
      if (!ignore) {
        t = jc_lw_temp(s->w, "_t", e);
        if (t == NULL) {
          s->failed = 1;
          return e;
        }
      }
      gs_jump_if(s, gs_not(s, test, e), els, e);
      r = gs_expr(s, e->b, ignore);
      if (!ignore)
        gs_emit(s, gs_stmt(s, gs_assign(s, gs_ref(s, t, e), r, e), e));
      else if (r != NULL)
        gs_emit(s, gs_stmt(s, r, e));
      gs_jump(s, after, e);
      gs_mark(s, els, e);
      r = gs_expr(s, e->c, ignore);
      if (!ignore)
        gs_emit(s, gs_stmt(s, gs_assign(s, gs_ref(s, t, e), r, e), e));
      else if (r != NULL)
        gs_emit(s, gs_stmt(s, r, e));
      gs_mark(s, after, e);
      return ignore ? NULL : gs_ref(s, t, e);
    }
    ops[n++] = &e->a;
    break;
  case JC_ASSIGN: {
    jc_node *tg = e->a;
    if (tg->kind == JC_MEMBER) {
      ops[n++] = &tg->a;
      if (tg->flags & JC_F_COMPUTED)
        ops[n++] = &tg->b;
    } else if (tg->kind != JC_IDENT) {
      gs_fail(s, e, "yield in this assignment");
      return e;
    }
    if (e->op != JC_OP_ASSIGN && gs_has_yield(s, e->b)) {
      /* x op= (yield): x is read first */
      jc_node *old, *v;
      int i;
      for (i = 0; i < n; i++)
        *ops[i] = gs_spill(s, gs_expr(s, *ops[i], 0), e);
      tg = gs_fix0(s, tg);
      old = gs_spill(s, gs_ref(s, tg, e), e);
      if (tg->kind == JC_MEMBER) {
        old =
            gs_n(s, JC_MEMBER, 0, gs_ref(s, tg->a, e),
                 (tg->flags & JC_F_COMPUTED) ? gs_ref(s, tg->b, e) : tg->b, e);
        if (old != NULL)
          old->flags = tg->flags;
        old = gs_spill(s, old, e);
      }
      v = gs_expr(s, e->b, 0);
      e->b = gs_n(s, JC_BINARY, e->op, old, v, e);
      e->op = JC_OP_ASSIGN;
      e->a = tg;
      jc_lw_dirty(tg);
      return jc_lw_dirty(e);
    }
    ops[n++] = &e->b;
    gs_operands(s, ops, n, e);
    if (tg->kind == JC_IDENT)
      e->a = gs_fix0(s, tg);
    jc_lw_dirty(tg);
    return jc_lw_dirty(e);
  }
  case JC_UNARY:
  case JC_UPDATE:
  case JC_SPREAD:
    if (e->a->kind == JC_MEMBER &&
        (e->op == JC_OP_DELETE || e->kind == JC_UPDATE)) {
      jc_node *tg = e->a;
      ops[n++] = &tg->a;
      if (tg->flags & JC_F_COMPUTED)
        ops[n++] = &tg->b;
      gs_operands(s, ops, n, e);
      jc_lw_dirty(tg);
      return jc_lw_dirty(e);
    }
    ops[n++] = &e->a;
    break;
  case JC_BINARY:
    ops[n++] = &e->a;
    ops[n++] = &e->b;
    break;
  case JC_MEMBER:
    ops[n++] = &e->a;
    if (e->flags & JC_F_COMPUTED)
      ops[n++] = &e->b;
    break;
  case JC_CALL:
  case JC_NEW: {
    jc_node *callee = e->a;
    if (e->kind == JC_CALL && callee->kind == JC_MEMBER) {
      ops[n++] = &callee->a;
      if (callee->flags & JC_F_COMPUTED)
        ops[n++] = &callee->b;
      jc_lw_dirty(callee);
    } else {
      ops[n++] = &e->a;
    }
    m = gs_list_ops(&e->b, ops, n, GS_MAXOPS, store);
    if (m < 0) {
      gs_fail(s, e, "a call with this many arguments around a yield");
      return e;
    }
    gs_operands(s, ops, n + m, e);
    e->b = gs_relink(store, m);
    return jc_lw_dirty(e);
  }
  case JC_ARRAY: {
    int i;
    m = gs_list_ops(&e->a, ops, 0, GS_MAXOPS, store);
    if (m < 0) {
      gs_fail(s, e, "an array of this many elements around a yield");
      return e;
    }
    /* holes stay holes */
    {
      jc_node **ops2[GS_MAXOPS];
      int k = 0;
      for (i = 0; i < m; i++)
        if (store[i]->kind != JC_HOLE)
          ops2[k++] = &store[i];
      gs_operands(s, ops2, k, e);
    }
    e->a = gs_relink(store, m);
    return jc_lw_dirty(e);
  }
  case JC_OBJECT: {
    jc_node *p;
    for (p = e->a; p != NULL && n < GS_MAXOPS; p = p->next) {
      if (p->kind != JC_PROPERTY || (p->flags & JC_F_COMPUTED)) {
        gs_fail(s, e, "yield in this object literal");
        return e;
      }
      if (p->op == JC_P_INIT) {
        ops[n++] = &p->b;
        jc_lw_dirty(p);
      }
    }
    if (p != NULL) {
      gs_fail(s, e, "an object of this many properties around a yield");
      return e;
    }
    break;
  }
  default:
    gs_fail(s, e, "yield in this expression");
    return e;
  }
  gs_operands(s, ops, n, e);
  return jc_lw_dirty(e);
}

/* ---- statements ---- */

static void gs_stmt_x(gs *s, jc_node *n, jc_atom *label);

static void gs_stmts_x(gs *s, jc_node *list) {
  jc_node *k, *next;
  for (k = list; k != NULL && !s->failed; k = next) {
    next = k->next;
    k->next = NULL;
    gs_stmt_x(s, k, NULL);
  }
}

/* A loop's test: jump to after when it is false. */
static void gs_test(gs *s, jc_node *test, int after, const jc_node *at) {
  jc_node *t;
  if (test == NULL)
    return;
  t = gs_expr(s, test, 0);
  gs_jump_if(s, gs_not(s, t, at), after, at);
}

static void gs_try_x(gs *s, jc_node *n) {
  int idx = s->ntry, cap = s->captry, outer;
  int tryl = gs_loc(s), catchl = n->b != NULL ? gs_loc(s) : -1;
  int finl = n->c != NULL ? gs_loc(s) : -1, after = gs_loc(s);
  if (!gs_grow(s, (void **)&s->tries, &cap, s->ntry, sizeof *s->tries))
    return;
  s->captry = cap;
  s->tries[idx].tryl = tryl;
  s->tries[idx].catchl = catchl;
  s->tries[idx].finl = finl;
  s->tries[idx].afterl = after;
  s->ntry++;
  outer = s->sig;
  s->sig = 2 * idx;
  gs_mark(s, tryl, n);
  gs_setp(s, tryl, n);
  gs_push(s, GE_TRY, NULL, -1, -1, finl >= 0);
  gs_stmts_x(s, n->a->a);
  gs_jump(s, finl >= 0 ? finl : after, n);
  if (n->b != NULL) {
    jc_node *cat = n->b, *param = cat->a, *get;
    s->sig = 2 * idx + 1;
    gs_mark(s, catchl, cat);
    get = gs_gcall(s, "c", NULL, cat);
    if (param != NULL) {
      jc_binding *b = param->u.binding;
      if (param->kind != JC_IDENT) {
        gs_fail(s, cat, "this catch parameter in a generator");
        return;
      }
      /* the parameter becomes a var of the outer function: renamed, as
       * another var of the same name may exist (a transform's temporary
       * has no binding and a fresh name already) */
      if (b != NULL)
        b->out = jc_fresh_name(s->c, b->name->text);
      gs_declare(s, param);
      get = gs_assign(s, gs_ref(s, param, cat), get, cat);
    }
    gs_emit(s, gs_stmt(s, get, cat));
    gs_stmts_x(s, cat->b->a);
    gs_jump(s, finl >= 0 ? finl : after, cat);
  }
  s->nent--;
  s->sig = outer;
  if (n->c != NULL) {
    gs_mark(s, finl, n->c);
    gs_stmts_x(s, n->c->a);
    gs_emit(s, gs_ret(s, gs_gcall(s, "f", gs_num(s, idx, n->c), n->c), n->c));
  }
  gs_mark(s, after, n);
  gs_setp(s, after, n);
}

static void gs_stmt_x(gs *s, jc_node *n, jc_atom *label) {
  if (s->failed || n == NULL)
    return;
  if (n->kind == JC_FUNCTION) {
    /* a declaration: hoisted to the outer function */
    s->funcs = jc_list_append(s->funcs, n);
    return;
  }
  if (!gs_has_yield(s, n)) {
    gs_emit(s, gs_fix0(s, n));
    return;
  }
  switch (n->kind) {
  case JC_BLOCK:
    gs_stmts_x(s, n->a);
    return;
  case JC_EXPR_STMT: {
    jc_node *e = gs_expr(s, n->a, 1);
    if (e != NULL)
      gs_emit(s, gs_stmt(s, e, n));
    return;
  }
  case JC_VAR: {
    jc_node *d, *next;
    if (n->op != JC_DECL_VAR) {
      gs_fail(s, n, "this declaration in a generator");
      return;
    }
    for (d = n->a; d != NULL; d = next) {
      next = d->next;
      gs_declare(s, d->a);
      if (d->b != NULL) {
        jc_node *v = gs_expr(s, d->b, 0);
        gs_emit(s, gs_stmt(s, gs_assign(s, gs_ref(s, d->a, d), v, d), d));
      }
    }
    return;
  }
  case JC_IF: {
    int els = n->c != NULL ? gs_loc(s) : -1, after = gs_loc(s);
    jc_node *t = gs_expr(s, n->a, 0);
    gs_jump_if(s, gs_not(s, t, n), els >= 0 ? els : after, n);
    gs_stmt_x(s, n->b, NULL);
    if (n->c != NULL) {
      gs_jump(s, after, n);
      gs_mark(s, els, n->c);
      gs_stmt_x(s, n->c, NULL);
    }
    gs_mark(s, after, n);
    return;
  }
  case JC_WHILE: {
    int head = gs_loc(s), after = gs_loc(s);
    gs_mark(s, head, n);
    gs_test(s, n->a, after, n);
    gs_push(s, GE_LOOP, label, after, head, 0);
    gs_stmt_x(s, n->b, NULL);
    s->nent--;
    gs_jump(s, head, n);
    gs_mark(s, after, n);
    return;
  }
  case JC_DO_WHILE: {
    int body = gs_loc(s), test = gs_loc(s), after = gs_loc(s);
    jc_node *t;
    gs_mark(s, body, n);
    gs_push(s, GE_LOOP, label, after, test, 0);
    gs_stmt_x(s, n->a, NULL);
    s->nent--;
    gs_mark(s, test, n->b);
    t = gs_expr(s, n->b, 0);
    gs_jump_if(s, t, body, n->b);
    gs_mark(s, after, n);
    return;
  }
  case JC_FOR: {
    int head = gs_loc(s), update = gs_loc(s), after = gs_loc(s);
    if (n->a != NULL) {
      if (n->a->kind == JC_VAR) {
        n->a->next = NULL;
        gs_stmt_x(s, n->a, NULL);
      } else {
        jc_node *e = gs_expr(s, n->a, 1);
        if (e != NULL)
          gs_emit(s, gs_stmt(s, e, n));
      }
    }
    gs_mark(s, head, n);
    gs_test(s, n->b, after, n);
    gs_push(s, GE_LOOP, label, after, update, 0);
    gs_stmt_x(s, n->d, NULL);
    s->nent--;
    gs_mark(s, update, n);
    if (n->c != NULL) {
      jc_node *e = gs_expr(s, n->c, 1);
      if (e != NULL)
        gs_emit(s, gs_stmt(s, e, n));
    }
    gs_jump(s, head, n);
    gs_mark(s, after, n);
    return;
  }
  case JC_FOR_IN: {
    int head = gs_loc(s), after = gs_loc(s);
    jc_node *keys = jc_lw_temp(s->w, "_k", n), *left = n->a, *obj, *cur;
    if (keys == NULL) {
      s->failed = 1;
      return;
    }
    obj = gs_expr(s, n->b, 0);
    gs_emit(s, gs_stmt(s, gs_assign(s, keys, gs_gcall(s, "k", obj, n), n), n));
    gs_mark(s, head, n);
    gs_jump_if(s, gs_not(s, gs_gcall(s, "kn", gs_ref(s, keys, n), n), n), after,
               n);
    if (left->kind == JC_VAR) {
      gs_declare(s, left->a->a);
      left = gs_ref(s, left->a->a, n);
    } else if (gs_has_yield(s, left)) {
      gs_fail(s, n, "yield in a for-in head");
      return;
    } else {
      left = gs_fix0(s, left);
    }
    cur = gs_n(s, JC_MEMBER, 0, gs_ref(s, keys, n), gs_name(s, "v", n), n);
    gs_emit(s, gs_stmt(s, gs_assign(s, left, cur, n), n));
    gs_push(s, GE_LOOP, label, after, head, 0);
    gs_stmt_x(s, n->c, NULL);
    s->nent--;
    gs_jump(s, head, n);
    gs_mark(s, after, n);
    return;
  }
  case JC_LABELED: {
    jc_node *b = n->a;
    int after;
    if (b->kind == JC_FOR || b->kind == JC_WHILE || b->kind == JC_DO_WHILE ||
        b->kind == JC_FOR_IN) {
      gs_stmt_x(s, b, n->atom);
      return;
    }
    after = gs_loc(s);
    gs_push(s, GE_LABEL, n->atom, after, -1, 0);
    gs_stmt_x(s, b, NULL);
    s->nent--;
    gs_mark(s, after, n);
    return;
  }
  case JC_SWITCH: {
    int after = gs_loc(s), dflt = -1, i, ncase = 0;
    jc_node *d = gs_expr(s, n->a, 0), *cs, *t;
    int locs[256];
    t = jc_lw_temp(s->w, "_t", n);
    if (t == NULL) {
      s->failed = 1;
      return;
    }
    t->u.binding->flags |= GS_BF_SPILL;
    gs_emit(s, gs_stmt(s, gs_assign(s, t, d, n), n));
    for (cs = n->b; cs != NULL; cs = cs->next) {
      if (ncase >= 256) {
        gs_fail(s, n, "a switch of this many cases around a yield");
        return;
      }
      locs[ncase] = gs_loc(s);
      if (cs->a == NULL)
        dflt = locs[ncase];
      else
        gs_jump_if(s,
                   gs_n(s, JC_BINARY, JC_OP_SEQ, gs_ref(s, t, cs),
                        gs_expr(s, cs->a, 0), cs),
                   locs[ncase], cs);
      ncase++;
    }
    gs_jump(s, dflt >= 0 ? dflt : after, n);
    gs_push(s, GE_SWITCH, label, after, -1, 0);
    for (cs = n->b, i = 0; cs != NULL; cs = cs->next, i++) {
      gs_mark(s, locs[i], cs);
      gs_stmts_x(s, cs->b);
    }
    s->nent--;
    gs_mark(s, after, n);
    return;
  }
  case JC_RETURN: {
    jc_node *v = gs_expr(s, n->a, 0);
    gs_emit(s, gs_ret(s, gs_gcall(s, "r", v, n), n));
    return;
  }
  case JC_THROW: {
    jc_node *v = gs_expr(s, n->a, 0);
    gs_emit(s, gs_n(s, JC_THROW, 0, v, NULL, n));
    return;
  }
  case JC_TRY:
    gs_try_x(s, n);
    return;
  default:
    gs_fail(s, n, "yield in this statement");
    return;
  }
}

/* The location numbers, now that every location is marked. */
static void gs_patch(gs *s) {
  int i;
  for (i = 0; i < s->nfix; i++) {
    int l = s->fix[i].loc;
    s->fix[i].num->u.num = l >= 0 ? s->locv[l] : -1;
  }
}

static jc_node *gs_tries(gs *s, const jc_node *at) {
  jc_node *arr, *head = NULL, **pp = &head;
  int i, j;
  if (s->ntry == 0)
    return gs_n(s, JC_NULL_LIT, 0, NULL, NULL, at);
  /* sorted by try location (they are made in order of emission) */
  for (i = 0; i < s->ntry; i++) {
    int v[4];
    v[0] = s->locv[s->tries[i].tryl];
    v[1] = s->tries[i].catchl >= 0 ? s->locv[s->tries[i].catchl] : -1;
    v[2] = s->tries[i].finl >= 0 ? s->locv[s->tries[i].finl] : -1;
    v[3] = s->locv[s->tries[i].afterl];
    for (j = 0; j < 4; j++) {
      jc_node *k =
          v[j] >= 0 ? gs_num(s, v[j], at)
                    : gs_n(s, JC_UNARY, JC_OP_NEG, gs_num(s, 1, at), NULL, at);
      if (k == NULL)
        return NULL;
      *pp = k;
      pp = &k->next;
    }
  }
  arr = gs_n(s, JC_ARRAY, 0, head, NULL, at);
  return arr;
}

/* The inferred name of an anonymous generator expression. */
static jc_node *gs_fn_name(gs *s, jc_node *fn) {
  jc_node *p = s->w->parent, *key = NULL;
  jc_atom *name = NULL;
  jc_node *str;
  if (fn->a != NULL) {
    name = fn->a->atom;
  } else if (p != NULL) {
    if (p->kind == JC_DECLARATOR && p->b == fn && p->a->kind == JC_IDENT)
      key = p->a;
    else if (p->kind == JC_ASSIGN && p->b == fn && p->op == JC_OP_ASSIGN &&
             p->a->kind == JC_IDENT)
      key = p->a;
    else if (p->kind == JC_ASSIGN_PAT && p->b == fn && p->a->kind == JC_IDENT)
      key = p->a;
    else if ((p->kind == JC_PROPERTY || p->kind == JC_METHOD) && p->b == fn &&
             !(p->flags & JC_F_COMPUTED) &&
             (p->a->kind == JC_IDENT || p->a->kind == JC_STR))
      key = p->a;
    if (key != NULL)
      name = key->atom;
  }
  str = gs_n(s, JC_STR, 0, NULL, NULL, fn);
  if (str == NULL)
    return NULL;
  str->atom = name != NULL ? name : jc_atom_lit(s->c, "");
  return str;
}

/* The body of generator function fn (lowered but for its yields) as the
 * state machine; returns the new statements of fn's body after its
 * directives. F: the function's own name (NULL: %GeneratorPrototype%). */
static int gs_lower_body(jc_lw *w, jc_node *fn, jc_node *F) {
  jc_ctx *c = w->c;
  gs s;
  jc_node *body = fn->c, **slot, *stmts, *cases_fn, *sw, *loop, *fbody;
  jc_node *call, *args, *out = NULL, *param;
  memset(&s, 0, sizeof s);
  s.w = w;
  s.c = c;
  s.fn = fn;
  s.at = body;
  s.g = jc_fresh_name(c, "_g");
  s.sent = jc_fresh_name(c, "_s");
  s.ctail = &s.cases;
  s.sig = -1;
  if (s.g == NULL)
    return 0;
  slot = &body->a;
  while (*slot != NULL && (*slot)->kind == JC_EXPR_STMT &&
         (*slot)->atom != NULL)
    slot = &(*slot)->next;
  stmts = *slot;
  *slot = NULL;
  gs_mark(&s, gs_loc(&s), body);
  gs_stmts_x(&s, stmts);
  gs_emit(&s, gs_ret(&s, gs_gcall(&s, "r", NULL, body), body));
  if (s.failed || c->status != JSC_OK)
    return 0;
  gs_patch(&s);
  /* for (;;) switch (_g.p = _g.n) { cases } (_g.n without a try) */
  sw = gs_n(&s, JC_SWITCH, 0,
            s.ntry > 0 ? gs_assign(&s, gs_gm(&s, "p", body),
                                   gs_gm(&s, "n", body), body)
                       : gs_gm(&s, "n", body),
            s.cases, body);
  loop = jc_synth(c, JC_FOR, body);
  fbody = gs_n(&s, JC_BLOCK, 0, loop, NULL, body);
  cases_fn = jc_synth(c, JC_FUNCTION, body);
  param = jc_ident(c, s.g, body);
  if (param != NULL)
    param->next = jc_ident(c, s.sent, body);
  if (loop == NULL || cases_fn == NULL || param == NULL || fbody == NULL ||
      sw == NULL)
    return 0;
  loop->d = sw;
  cases_fn->b = param;
  cases_fn->c = fbody;
  cases_fn->flags |= JC_F_SIMPLE_PARAMS;
  /* __jsrt.gen(F, function (_g, _s) {...}, tries, new.target) */
  args = F != NULL ? F : gs_n(&s, JC_NULL_LIT, 0, NULL, NULL, body);
  if (args == NULL)
    return 0;
  args->next = cases_fn;
  cases_fn->next = gs_tries(&s, body);
  if (F != NULL && cases_fn->next != NULL) {
    /* new.target: `new g()` throws */
    jc_node *nt = gs_n(&s, JC_META, JC_META_NEW_TARGET, NULL, NULL, body);
    if (nt == NULL)
      return 0;
    cases_fn->next->next = nt;
  }
  call = jc_lw_helper(w, "gen", args, body);
  if (s.decls != NULL) {
    jc_node *var = gs_n(&s, JC_VAR, JC_DECL_VAR, NULL, NULL, body), *d, *next;
    if (var == NULL)
      return 0;
    for (d = s.decls; d != NULL; d = next) {
      jc_node *dd = gs_n(&s, JC_DECLARATOR, 0, d, NULL, body);
      next = d->next;
      d->next = NULL;
      if (dd == NULL)
        return 0;
      var->a = jc_list_append(var->a, dd);
    }
    out = var;
  }
  /* function declarations after the return (hoisted all the same), so
   * every line stays in order */
  out = jc_list_append(out, gs_ret(&s, call, body));
  out = jc_list_append(out, s.funcs);
  *slot = out;
  jc_lw_dirty(body);
  jc_lw_dirty(fn);
  return !s.failed && c->status == JSC_OK;
}

int jc_generator_body(jc_lw *w, jc_node *fn) {
  return gs_lower_body(w, fn, NULL);
}

/* FUNCTION leave hook, before lower_params.c (parameters stay on the
 * outer function: their defaults run at the call, as the spec says). */
jc_node *jc_lower_generator(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_node *F;
  if (!(n->flags & JC_F_GENERATOR) || (n->flags & JC_F_ASYNC))
    return n;
  if (n->a == NULL) {
    /* an anonymous expression gets a name to refer to itself; its .name
     * is set back by __jsrt.genFn */
    n->a = jc_ident(c, jc_fresh_name(c, "_gen"), n);
    if (n->a == NULL)
      return n;
    n->pad_ = 1; /* named here: __jsrt.genFn gets the inferred name */
  }
  F = jc_ident(c, n->a->atom, n);
  if (F == NULL)
    return n;
  F->u.binding = n->a->u.binding;
  if (!gs_lower_body(w, n, F))
    return n;
  n->flags &= (uint16_t)~JC_F_GENERATOR;
  n->pad_ |= 2; /* for jc_lower_generator_wrap */
  return n;
}

/* FUNCTION leave hook, last: a generator expression becomes
 * __jsrt.genFn(function ... {}, "name"); a declaration is marked in the
 * prologue of the enclosing function. */
jc_node *jc_lower_generator_wrap(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_node *name, *call;
  const char *mark;
  gs s;
  int named_here = n->pad_ & 1;
  if (!(n->pad_ & (2 | 4 | 8)))
    return n;
  mark = (n->pad_ & 2) ? "genFn" : (n->pad_ & 4) ? "asyncFn" : "asyncGenFn";
  memset(&s, 0, sizeof s);
  s.w = w;
  s.c = c;
  s.at = n;
  if (n->flags & JC_F_DECL) {
    jc_node *id = jc_ident(c, n->a->atom, n), *st;
    jc_lw_func *up = w->func->up;
    n->pad_ = 0;
    if (id == NULL)
      return n;
    id->u.binding = n->a->u.binding;
    st = gs_stmt(&s, jc_lw_helper(w, mark, id, n), n);
    if (st == NULL)
      return n;
    if (up != NULL && (up->node->kind == JC_PROGRAM ||
                       (up->node->kind == JC_FUNCTION && w->parent != NULL &&
                        w->parent == up->node->c)))
      up->prologue = jc_list_append(up->prologue, st);
    else
      jc_lw_before(w, st);
    return n;
  }
  if (named_here) {
    /* named here to refer to itself: the name it would have had */
    jc_node *a = n->a;
    n->a = NULL;
    name = gs_fn_name(&s, n);
    n->a = a;
  } else {
    name = gs_fn_name(&s, n);
  }
  n->pad_ = 0;
  if (name == NULL)
    return n;
  n->next = NULL;
  if (mark[0] == 'g') {
    n->next = name; /* __jsrt.genFn(fn, name) */
    call = jc_lw_helper(w, mark, n, n);
  } else {
    /* __jsrt.asyncFn(__jsrt.named(fn, name)) for an anonymous one */
    jc_node *fn = n;
    if (n->a == NULL && name->atom->len > 0) {
      n->next = name;
      fn = jc_lw_helper(w, "named", n, n);
      if (fn == NULL)
        return n;
    }
    call = jc_lw_helper(w, mark, fn, n);
  }
  if (call != NULL && n->extra != 0) {
    /* a method's spec length, which lower_params.c left for
     * lower_object.c: it sees a call now */
    jc_node *len = gs_num(&s, n->extra - 1, n);
    n->extra = 0;
    if (len == NULL)
      return call;
    call->next = len;
    call = jc_lw_helper(w, "len", call, n);
  }
  return call != NULL ? call : n;
}

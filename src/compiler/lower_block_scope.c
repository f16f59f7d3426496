/* lower_block_scope.c - let, const and block-level functions (ES2015) as
 * ES5 vars.
 *
 * - `let`/`const` become `var` of their function, under the name scope.c
 *   chose (binding->out: a fresh one where the plain name would clash).
 *   `let x;` inside a loop is `var x = void 0`, so each iteration starts
 *   from undefined.
 * - TDZ, only for bindings scope.c found may be used before their
 *   declaration ran (binding->tdz; none in the common case): the binding
 *   holds the sentinel __jsrt.tdz from its scope's entry, and each use
 *   checks `(x === __jsrt.tdz ? __jsrt.tdz("x") : x)` (ReferenceError).
 * - Assignment to a const evaluates the value, then throws TypeError
 *   "Assignment to constant variable." (__jsrt.constAssign).
 * - A fresh binding per iteration, only when a closure captures one
 *   (binding->captured): the loop body becomes a function called once per
 *   iteration, as Babel's _loop:
 *     var _loop = function (i) { fns.push(function () { return i; }); };
 *     for (var i = 0; i < 3; i++) _loop(i);
 *   break/continue (labels too) and return inside come out as a result
 *   code (`return 1` -> `if (_ret === 1) break;`, `return {v: x}` ->
 *   `return _ret.v`); `var`s inside stay the outer function's; the loop
 *   variables of `for (let ...;;)` are copied back when the body writes
 *   them (CreatePerIterationEnvironment). A block in a loop that declares
 *   a captured binding becomes such a function itself. With a yield or an
 *   await inside (in a generator or async function) the function is a
 *   generator and the call `yield* _loop(i)`, as Babel does.
 * - Function declarations in blocks: `var f = function f() {...}` at the
 *   top of the block (initialized on entry, as the spec's block
 *   instantiation does), and in sloppy code, where Annex B makes it a var
 *   of the function too, the function's var takes the value where the
 *   declaration stands. */
#include <stdio.h>
#include <string.h>

#include "lower.h"

/* ---- small builders ---- */

static jc_node *bs_ref(jc_ctx *c, jc_binding *b, const jc_node *at) {
  jc_node *id = jc_ident(c, b->name, at);
  if (id != NULL)
    id->u.binding = b;
  return id;
}

static jc_node *bs_node2(jc_ctx *c, jc_kind kind, int op, jc_node *a,
                         jc_node *b, const jc_node *at) {
  jc_node *n = jc_synth(c, kind, at);
  if (n == NULL || a == NULL ||
      (b == NULL && kind != JC_UNARY && kind != JC_EXPR_STMT &&
       kind != JC_PAREN && kind != JC_RETURN))
    return NULL;
  n->op = (uint8_t)op;
  n->a = a;
  n->b = b;
  return n;
}

static jc_node *bs_num(jc_ctx *c, int v, const jc_node *at) {
  jc_node *n = jc_synth(c, JC_NUM, at);
  char buf[16];
  int len = snprintf(buf, sizeof buf, "%d", v);
  if (n == NULL)
    return NULL;
  n->u.num = v;
  n->raw.p = jc_strndup(c, buf, (size_t)len);
  n->raw.len = (uint32_t)len;
  return n->raw.p != NULL ? n : NULL;
}

static jc_node *bs_str(jc_ctx *c, const jc_atom *a, const jc_node *at) {
  jc_node *n = jc_synth(c, JC_STR, at);
  char *raw;
  size_t i, k = 0;
  if (n == NULL)
    return NULL;
  raw = jc_alloc(c, a->len * 6 + 3);
  if (raw == NULL)
    return NULL;
  raw[k++] = '"';
  for (i = 0; i < a->len; i++) {
    unsigned char ch = (unsigned char)a->text[i];
    if (ch == '"' || ch == '\\') {
      raw[k++] = '\\';
      raw[k++] = (char)ch;
    } else if (ch < 0x20) {
      k += (size_t)snprintf(raw + k, 7, "\\u%04x", ch);
    } else {
      raw[k++] = (char)ch;
    }
  }
  raw[k++] = '"';
  raw[k] = '\0';
  n->atom = (jc_atom *)a;
  n->raw.p = raw;
  n->raw.len = (uint32_t)k;
  return n;
}

static jc_node *bs_void0(jc_ctx *c, const jc_node *at) {
  return bs_node2(c, JC_UNARY, JC_OP_VOID, bs_num(c, 0, at), NULL, at);
}

static jc_node *bs_paren(jc_ctx *c, jc_node *e, const jc_node *at) {
  return bs_node2(c, JC_PAREN, 0, e, NULL, at);
}

static jc_node *bs_stmt(jc_ctx *c, jc_node *e, const jc_node *at) {
  return bs_node2(c, JC_EXPR_STMT, 0, e, NULL, at);
}

static jc_node *bs_assign(jc_ctx *c, jc_node *t, jc_node *v,
                          const jc_node *at) {
  return bs_node2(c, JC_ASSIGN, JC_OP_ASSIGN, t, v, at);
}

/* __jsrt.tdz: the sentinel an uninitialized binding holds. */
static jc_node *bs_sentinel(jc_lw *w, const jc_node *at) {
  jc_ctx *c = w->c;
  jc_node *m = jc_synth(c, JC_MEMBER, at);
  if (m == NULL)
    return NULL;
  m->a = jc_ident(c, jc_atom_lit(c, "__jsrt"), at);
  m->b = jc_ident(c, jc_atom_lit(c, "tdz"), at);
  c->helpers |= 1;
  return m->a != NULL && m->b != NULL ? m : NULL;
}

static jc_node *bs_seq(jc_ctx *c, jc_node *a, jc_node *b, const jc_node *at) {
  jc_node *s = jc_synth(c, JC_SEQ, at);
  if (s == NULL || a == NULL || b == NULL)
    return NULL;
  a->next = b;
  s->a = a;
  return s;
}

static int bs_lexical(const jc_binding *b) {
  return b != NULL && (b->kind == JC_B_LET || b->kind == JC_B_CONST ||
                       b->kind == JC_B_CLASS);
}

static int bs_const(const jc_binding *b) {
  return b != NULL &&
         (b->kind == JC_B_CONST || (b->kind == JC_B_CLASS && b->scope != NULL &&
                                    b->scope->kind == JC_S_CLASS));
}

/* `x === __jsrt.tdz && __jsrt.tdz("x")`: throws while x is uninitialized. */
static jc_node *bs_tdz_test(jc_lw *w, jc_binding *b, const jc_node *at) {
  jc_ctx *c = w->c;
  jc_node *eq = bs_node2(c, JC_BINARY, JC_OP_SEQ, bs_ref(c, b, at),
                         bs_sentinel(w, at), at);
  jc_node *call = jc_lw_helper(w, "tdz", bs_str(c, b->name, at), at);
  return bs_node2(c, JC_LOGICAL, JC_OP_AND, eq, call, at);
}

/* ---- TDZ and const on uses ---- */

static int bs_is_target(const jc_lw *w, const jc_node *n) {
  const jc_node *p = w->parent;
  if (p == NULL)
    return 0;
  switch (p->kind) {
  case JC_ASSIGN:
  case JC_DECLARATOR:
  case JC_FOR_IN:
  case JC_FOR_OF:
  case JC_FUNCTION:
  case JC_CLASS:
    return p->a == n;
  case JC_UPDATE:
  case JC_ARRAY_PATTERN:
  case JC_OBJECT_PATTERN:
  case JC_ASSIGN_PAT:
  case JC_REST:
  case JC_PROPERTY:
  case JC_CATCH:
    return 1;
  default:
    return 0;
  }
}

static jc_node *bs_ident(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_binding *b = n->u.binding;
  jc_node *cond;
  if (b == NULL || !b->tdz || !bs_lexical(b) || n == b->decl ||
      bs_is_target(w, n))
    return n;
  /* (x === __jsrt.tdz ? __jsrt.tdz("x") : x) */
  cond = jc_synth(c, JC_COND, n);
  if (cond == NULL)
    return n;
  cond->a =
      bs_node2(c, JC_BINARY, JC_OP_SEQ, bs_ref(c, b, n), bs_sentinel(w, n), n);
  cond->b = jc_lw_helper(w, "tdz", bs_str(c, b->name, n), n);
  cond->c = n;
  if (cond->a == NULL || cond->b == NULL)
    return n;
  return bs_paren(c, cond, n);
}

/* x = v, x += v, x++ on a const (TypeError after the value) or on a
 * binding in TDZ (ReferenceError first). */
static jc_node *bs_write(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_node *t = n->a, *r = n;
  jc_binding *b;
  while (t != NULL && t->kind == JC_PAREN)
    t = t->a;
  if (t == NULL || t->kind != JC_IDENT || (b = t->u.binding) == NULL ||
      t == b->decl)
    return n;
  if (bs_const(b)) {
    jc_node *err = jc_lw_helper(w, "constAssign", bs_str(c, b->name, n), n);
    if (n->kind == JC_ASSIGN) {
      jc_node *v = bs_seq(c, n->b, err, n);
      if (v == NULL || (v = bs_paren(c, v, n)) == NULL)
        return n;
      n->b = v;
      jc_lw_dirty(n);
    } else {
      /* x++: reads (and converts) x, then fails */
      jc_node *rd = bs_node2(c, JC_UNARY, JC_OP_POS, bs_ref(c, b, n), NULL, n);
      jc_node *s = bs_seq(c, rd, err, n);
      if (s == NULL || (r = bs_paren(c, s, n)) == NULL)
        return n;
    }
  }
  if (b->tdz && bs_lexical(b)) {
    jc_node *s = bs_seq(c, bs_tdz_test(w, b, n), r, n);
    if (s != NULL && (s = bs_paren(c, s, n)) != NULL)
      r = s;
  }
  return r;
}

/* ---- declarations ---- */

static jc_binding *bs_first_binding(const jc_node *p) {
  const jc_node *e;
  jc_binding *b;
  if (p == NULL)
    return NULL;
  switch (p->kind) {
  case JC_IDENT:
    return p->u.binding;
  case JC_ARRAY_PATTERN:
  case JC_OBJECT_PATTERN:
    for (e = p->a; e != NULL; e = e->next)
      if ((b = bs_first_binding(e->kind == JC_PROPERTY ? e->b : e)) != NULL)
        return b;
    return NULL;
  case JC_ASSIGN_PAT:
  case JC_REST:
  case JC_PAREN:
    return bs_first_binding(p->a);
  default:
    return NULL;
  }
}

/* let/const -> var. */
static jc_node *bs_var(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_node *d, *p = w->parent;
  int head =
      p != NULL && (p->kind == JC_FOR_IN || p->kind == JC_FOR_OF) && p->a == n;
  if (n->op != JC_DECL_LET && n->op != JC_DECL_CONST)
    return n;
  n->op = JC_DECL_VAR;
  jc_lw_dirty(n);
  if (head)
    return n;
  for (d = n->a; d != NULL; d = d->next) {
    jc_binding *b = bs_first_binding(d->a);
    if (d->b == NULL && d->a != NULL && d->a->kind == JC_IDENT && b != NULL &&
        (b->tdz || (b->scope != NULL && b->scope->in_loop))) {
      d->b = bs_void0(c, d->a);
      jc_lw_dirty(d);
    }
  }
  return n;
}

/* `x = __jsrt.tdz;` for each binding of scope that may be used early. */
jc_node *jc_block_scope_sentinels(jc_lw *w, const jc_scope *s,
                                  const jc_node *at) {
  jc_ctx *c = w->c;
  jc_node *list = NULL;
  const jc_binding *b;
  if (s == NULL)
    return NULL;
  for (b = s->bindings; b != NULL; b = b->next)
    if (b->tdz && bs_lexical(b))
      list = jc_list_append(list,
                            bs_stmt(c,
                                    bs_assign(c, bs_ref(c, (jc_binding *)b, at),
                                              bs_sentinel(w, at), at),
                                    at));
  return list;
}

/* Block functions to `var f = function f() {}` at the block's top. */
static void bs_block_functions(jc_lw *w, jc_node *blk) {
  jc_ctx *c = w->c;
  jc_node **pp = &blk->a, *hoisted = NULL;
  while (*pp != NULL) {
    jc_node *st = *pp;
    jc_binding *b;
    if (st->kind == JC_FUNCTION && (st->flags & JC_F_DECL) && st->a != NULL &&
        (b = st->a->u.binding) != NULL && b->scope == blk->u.scope) {
      jc_node *var = jc_synth(c, JC_VAR, st),
              *d = jc_synth(c, JC_DECLARATOR, st);
      jc_node *id = jc_ident(c, st->a->atom, st->a), *repl = NULL;
      if (var == NULL || d == NULL || id == NULL)
        return;
      if (b->flags & JC_BF_ANNEXB) {
        jc_binding *twin = NULL, *o;
        for (o = b->scope->func != NULL ? b->scope->func->bindings : NULL;
             o != NULL; o = o->next)
          if (o->name == b->name) {
            twin = o;
            break;
          }
        if (twin != NULL && twin->out != b->out)
          repl = bs_stmt(
              c, bs_assign(c, bs_ref(c, twin, st), bs_ref(c, b, st), st), st);
      }
      d->a = jc_lw_dirty(st->a); /* the declaring IDENT, bound to b (the
                                    function may have been copied whole) */
      st->a = id;                /* the function keeps its name */
      st->flags &= (uint16_t)~JC_F_DECL;
      jc_lw_dirty(st);
      d->b = st;
      var->op = JC_DECL_VAR;
      var->a = d;
      /* unlink st, put repl (or nothing) in its place */
      if (repl != NULL) {
        repl->next = st->next;
        *pp = repl;
        pp = &repl->next;
      } else {
        *pp = st->next;
      }
      st->next = NULL;
      hoisted = jc_list_append(hoisted, var);
      continue;
    }
    pp = &st->next;
  }
  if (hoisted != NULL) {
    blk->a = jc_list_append(hoisted, blk->a);
    jc_lw_dirty(blk);
  }
}

/* ---- a fresh binding per iteration: the body as a function ---- */

static int bs_scope_captured(const jc_scope *s) {
  const jc_binding *b;
  if (s == NULL)
    return 0;
  for (b = s->bindings; b != NULL; b = b->next)
    if (b->captured && (bs_lexical(b) || b->kind == JC_B_FUNCTION))
      return 1;
  return 0;
}

static jc_node *bs_loop_body(const jc_node *n) {
  switch (n->kind) {
  case JC_FOR:
    return n->d;
  case JC_FOR_IN:
  case JC_FOR_OF:
    return n->c;
  case JC_WHILE:
    return n->b;
  case JC_DO_WHILE:
    return n->a;
  default:
    return NULL;
  }
}

static int bs_is_loop(const jc_node *n) {
  return n != NULL &&
         (n->kind == JC_FOR || n->kind == JC_FOR_IN || n->kind == JC_FOR_OF ||
          n->kind == JC_WHILE || n->kind == JC_DO_WHILE);
}

int jc_block_scope_wraps(jc_lw *w, const jc_node *n) {
  const jc_node *body;
  if (n->kind == JC_BLOCK) {
    const jc_node *p = w->parent;
    if (n->u.scope == NULL || !n->u.scope->in_loop ||
        n->u.scope->kind != JC_S_BLOCK || !bs_scope_captured(n->u.scope))
      return 0;
    if (bs_is_loop(p) && bs_loop_body(p) == n)
      return 0; /* the loop wraps its body */
    return 1;
  }
  if (!bs_is_loop(n))
    return 0;
  if ((n->kind == JC_FOR || n->kind == JC_FOR_IN || n->kind == JC_FOR_OF) &&
      n->u.scope != NULL && n->u.scope->kind == JC_S_FOR &&
      bs_scope_captured(n->u.scope))
    return 1;
  body = bs_loop_body(n);
  return body != NULL && body->kind == JC_BLOCK && body->u.scope != NULL &&
         body->u.scope->kind == JC_S_BLOCK && bs_scope_captured(body->u.scope);
}

#define BS_MAX_LABELS 64
#define BS_MAX_CODES 32

typedef struct bs_jump {
  uint8_t kind; /* JC_BREAK or JC_CONTINUE */
  jc_atom *label;
} bs_jump;

typedef struct bs_wrap {
  jc_lw *w;
  jc_lw_func *home;  /* the real function: vars of the body go there */
  int is_loop;       /* wrapping a loop's body (else a block in a loop) */
  int loops, breaks; /* loops / breakable statements inside, around here */
  jc_atom *labels[BS_MAX_LABELS];
  int nlabels;
  bs_jump codes[BS_MAX_CODES];
  int ncodes;
  int returns;
  jc_node *copies; /* statements that copy loop variables back */
  int failed;
} bs_wrap;

static int bs_label_inside(const bs_wrap *s, const jc_atom *l) {
  int i;
  for (i = 0; i < s->nlabels; i++)
    if (s->labels[i] == l)
      return 1;
  return 0;
}

static int bs_code(bs_wrap *s, int kind, jc_atom *label) {
  int i;
  for (i = 0; i < s->ncodes; i++)
    if (s->codes[i].kind == kind && s->codes[i].label == label)
      return i + 1;
  if (s->ncodes == BS_MAX_CODES) {
    s->failed = 1;
    return 1;
  }
  s->codes[s->ncodes].kind = (uint8_t)kind;
  s->codes[s->ncodes].label = label;
  return ++s->ncodes;
}

/* Copies of the copy-back statements (each use needs its own nodes). */
static jc_node *bs_copies(bs_wrap *s, const jc_node *at) {
  jc_ctx *c = s->w->c;
  jc_node *out = NULL, *st;
  for (st = s->copies; st != NULL; st = st->next) {
    jc_node *as = st->a;
    out = jc_list_append(out,
                         bs_stmt(c,
                                 bs_assign(c, bs_ref(c, as->a->u.binding, at),
                                           bs_ref(c, as->b->u.binding, at), at),
                                 at));
  }
  return out;
}

static int bs_var_kind(const jc_binding *b) {
  return b != NULL &&
         (b->kind == JC_B_VAR || b->kind == JC_B_PARAM ||
          (b->kind == JC_B_FUNCTION && b->scope != NULL &&
           (b->scope->kind == JC_S_FUNCTION || b->scope->kind == JC_S_PROGRAM ||
            b->scope->kind == JC_S_MODULE)));
}

/* Declares b in the real function around the wrapped body. */
static void bs_declare_outer(bs_wrap *s, jc_binding *b, const jc_node *at) {
  jc_node *id = bs_ref(s->w->c, b, at);
  if (id == NULL) {
    s->failed = 1;
    return;
  }
  s->home->temps = jc_list_append(s->home->temps, id);
}

/* `var a = 1, b;` (a var of the function) -> `a = 1;` */
static jc_node *bs_hoist_var(bs_wrap *s, jc_node *var, int as_expr) {
  jc_ctx *c = s->w->c;
  jc_node *d, *expr = NULL;
  jc_binding *first = bs_first_binding(var->a != NULL ? var->a->a : NULL);
  if (!bs_var_kind(first) || (first->flags & JC_BF_TEMP))
    return NULL; /* let/const (now var), temps of the body: stay */
  for (d = var->a; d != NULL; d = d->next) {
    jc_node *t = d->a;
    if (t == NULL || t->kind != JC_IDENT || t->u.binding == NULL) {
      s->failed = 1;
      return NULL;
    }
    bs_declare_outer(s, t->u.binding, t);
    if (d->b != NULL) {
      jc_node *as = bs_assign(c, bs_ref(c, t->u.binding, t), d->b, d);
      expr = expr == NULL ? as : bs_seq(c, expr, as, d);
      if (expr == NULL) {
        s->failed = 1;
        return NULL;
      }
    }
  }
  if (as_expr)
    return expr; /* may be NULL: nothing left */
  if (expr == NULL)
    return jc_synth(c, JC_EMPTY, var);
  return bs_stmt(c, expr, var);
}

static int bs_walk(bs_wrap *s, jc_node **slot);

static int bs_walk_list(bs_wrap *s, jc_node **slot) {
  int changed = 0;
  while (*slot != NULL && !s->failed) {
    changed |= bs_walk(s, slot);
    slot = &(*slot)->next;
  }
  return changed;
}

/* The statement in *slot, jumps out of the body rewritten. */
static int bs_walk(bs_wrap *s, jc_node **slot) {
  jc_ctx *c = s->w->c;
  jc_node *n = *slot, *r = NULL;
  int ch = 0;
  if (n == NULL || s->failed)
    return 0;
  switch (n->kind) {
  case JC_BLOCK:
    ch = bs_walk_list(s, &n->a);
    break;
  case JC_IF:
    ch = bs_walk(s, &n->b) | bs_walk(s, &n->c);
    break;
  case JC_FOR:
    if (n->a != NULL && n->a->kind == JC_VAR &&
        bs_var_kind(bs_first_binding(n->a->a != NULL ? n->a->a->a : NULL))) {
      n->a = bs_hoist_var(s, n->a, 1);
      ch = 1;
    }
    s->loops++, s->breaks++;
    ch |= bs_walk(s, &n->d);
    s->loops--, s->breaks--;
    break;
  case JC_FOR_IN:
  case JC_FOR_OF:
    if (n->a != NULL && n->a->kind == JC_VAR && n->a->a != NULL &&
        n->a->a->a != NULL && n->a->a->a->kind == JC_IDENT &&
        bs_var_kind(n->a->a->a->u.binding)) {
      jc_node *t = n->a->a->a;
      bs_declare_outer(s, t->u.binding, t);
      n->a = bs_ref(c, t->u.binding, t);
      ch = 1;
    }
    s->loops++, s->breaks++;
    ch |= bs_walk(s, &n->c);
    s->loops--, s->breaks--;
    break;
  case JC_WHILE:
    s->loops++, s->breaks++;
    ch = bs_walk(s, &n->b);
    s->loops--, s->breaks--;
    break;
  case JC_DO_WHILE:
    s->loops++, s->breaks++;
    ch = bs_walk(s, &n->a);
    s->loops--, s->breaks--;
    break;
  case JC_LABELED:
    if (s->nlabels == BS_MAX_LABELS) {
      s->failed = 1;
      return 0;
    }
    s->labels[s->nlabels++] = n->atom;
    ch = bs_walk(s, &n->a);
    s->nlabels--;
    break;
  case JC_SWITCH: {
    jc_node *k;
    s->breaks++;
    for (k = n->b; k != NULL; k = k->next)
      if (bs_walk_list(s, &k->b)) {
        jc_lw_dirty(k);
        ch = 1;
      }
    s->breaks--;
    break;
  }
  case JC_TRY:
    ch = bs_walk(s, &n->a);
    if (n->b != NULL && bs_walk(s, &n->b->b)) {
      jc_lw_dirty(n->b);
      ch = 1;
    }
    ch |= bs_walk(s, &n->c);
    break;
  case JC_WITH:
    ch = bs_walk(s, &n->b);
    break;
  case JC_VAR:
    r = bs_hoist_var(s, n, 0);
    if (r == NULL)
      return 0;
    break;
  case JC_RETURN: {
    /* return {v: x} */
    jc_node *obj = jc_synth(c, JC_OBJECT, n), *p = jc_synth(c, JC_PROPERTY, n);
    if (obj == NULL || p == NULL) {
      s->failed = 1;
      return 0;
    }
    p->op = JC_P_INIT;
    p->a = jc_ident(c, jc_atom_lit(c, "v"), n);
    p->b = n->a != NULL ? n->a : bs_void0(c, n);
    obj->a = p;
    r = bs_node2(c, JC_RETURN, 0, obj, NULL, n);
    s->returns = 1;
    break;
  }
  case JC_BREAK:
  case JC_CONTINUE: {
    int escapes;
    if (n->atom != NULL)
      escapes = !bs_label_inside(s, n->atom);
    else
      escapes = n->kind == JC_BREAK ? s->breaks == 0 : s->loops == 0;
    if (!escapes)
      return 0;
    if (s->is_loop && n->kind == JC_CONTINUE && n->atom == NULL) {
      /* the next iteration: copy the loop variables back, leave */
      jc_node *ret = jc_synth(c, JC_RETURN, n);
      jc_node *copies = bs_copies(s, n);
      if (ret == NULL) {
        s->failed = 1;
        return 0;
      }
      if (copies != NULL) {
        r = jc_synth(c, JC_BLOCK, n);
        if (r == NULL) {
          s->failed = 1;
          return 0;
        }
        r->a = jc_list_append(copies, ret);
      } else {
        r = ret;
      }
    } else if (s->is_loop && n->kind == JC_BREAK && n->atom == NULL) {
      r = bs_node2(c, JC_RETURN, 0, bs_num(c, bs_code(s, JC_BREAK, NULL), n),
                   NULL, n);
    } else {
      jc_node *copies = n->kind == JC_CONTINUE ? bs_copies(s, n) : NULL, *ret;
      ret = bs_node2(c, JC_RETURN, 0,
                     bs_num(c, bs_code(s, n->kind, n->atom), n), NULL, n);
      if (copies != NULL && ret != NULL) {
        r = jc_synth(c, JC_BLOCK, n);
        if (r != NULL)
          r->a = jc_list_append(copies, ret);
      } else {
        r = ret;
      }
    }
    break;
  }
  default:
    return 0;
  }
  if (r == NULL) {
    if (ch)
      jc_lw_dirty(n);
    return ch;
  }
  r->next = n->next;
  *slot = r;
  return 1;
}

/* Whether something in n writes b (ASSIGN/UPDATE of an IDENT bound to
 * it; closures included). */
static int bs_writes(const jc_node *n, const jc_binding *b, unsigned depth) {
  for (; n != NULL; n = n->next) {
    if ((n->kind == JC_ASSIGN || n->kind == JC_UPDATE) && n->a != NULL) {
      const jc_node *t = n->a;
      while (t->kind == JC_PAREN && t->a != NULL)
        t = t->a;
      if (t->kind == JC_IDENT && t->u.binding == b)
        return 1;
    }
    if (depth > 400)
      return 1;
    if (n->kind == JC_IDENT || n->kind == JC_NUM || n->kind == JC_STR ||
        n->kind == JC_REGEXP || n->kind == JC_RAW ||
        n->kind == JC_TEMPLATE_ELEM)
      continue;
    if (bs_writes(n->a, b, depth + 1) || bs_writes(n->b, b, depth + 1) ||
        bs_writes(n->c, b, depth + 1) || bs_writes(n->d, b, depth + 1))
      return 1;
  }
  return 0;
}

/* Points the IDENTs bound to from at to instead (for-head copies). */
static int bs_retarget(jc_node *n, const jc_binding *from, jc_binding *to,
                       unsigned depth) {
  int any = 0;
  for (; n != NULL && depth < 400; n = n->next) {
    int ch;
    if (n->kind == JC_IDENT) {
      if (n->u.binding == from) {
        n->u.binding = to;
        jc_lw_dirty(n);
        any = 1;
      }
      continue;
    }
    if (n->kind == JC_NUM || n->kind == JC_STR || n->kind == JC_REGEXP ||
        n->kind == JC_RAW || n->kind == JC_TEMPLATE_ELEM)
      continue;
    ch = bs_retarget(n->a, from, to, depth + 1) |
         bs_retarget(n->b, from, to, depth + 1) |
         bs_retarget(n->c, from, to, depth + 1) |
         bs_retarget(n->d, from, to, depth + 1);
    if (ch) {
      jc_lw_dirty(n);
      any = 1;
    }
  }
  return any;
}

/* Whether a yield or an await is in the statements (not in functions). */
static int bs_suspends(const jc_node *n) {
  for (; n != NULL; n = n->next) {
    if (n->kind == JC_YIELD || n->kind == JC_AWAIT)
      return 1;
    if (n->kind == JC_FUNCTION)
      continue;
    if (bs_suspends(n->a) || bs_suspends(n->b) || bs_suspends(n->c) ||
        bs_suspends(n->d))
      return 1;
  }
  return 0;
}

static jc_lw_func *bs_home(jc_lw *w) {
  jc_lw_func *f = w->func;
  while (f != NULL && f->node->kind != JC_FUNCTION &&
         f->node->kind != JC_PROGRAM)
    f = f->up;
  return f;
}

/* The body (a statement; lowered) as `_loop = function (params) {...}`
 * before the current statement, and what replaces it: the call and the
 * dispatch of its result. copies: `outer = inner;` statements run before
 * each next iteration. NULL on failure (status set). */
jc_node *jc_block_scope_wrap(jc_lw *w, jc_node *body, int is_loop,
                             jc_node *params, jc_node *args, jc_node *copies,
                             const jc_node *at) {
  jc_ctx *c = w->c;
  bs_wrap s;
  jc_node *fn, *fbody, *loopvar, *call, *out = NULL, *stmts;
  int i, suspends = 0;
  memset(&s, 0, sizeof s);
  s.w = w;
  s.home = bs_home(w);
  s.is_loop = is_loop;
  s.copies = copies;
  if (s.home == NULL)
    return NULL;
  if (body->kind == JC_BLOCK) {
    bs_walk_list(&s, &body->a);
    stmts = body->a;
  } else {
    stmts = body;
    bs_walk(&s, &stmts);
  }
  if (s.failed) {
    jc_error(c, JSC_EUNSUPPORTED, at->start,
             "cannot lower this loop body to a function");
    return NULL;
  }
  /* function (params) { body; copies } */
  fbody = jc_synth(c, JC_BLOCK, body);
  fn = jc_synth(c, JC_FUNCTION, at);
  if (fbody == NULL || fn == NULL)
    return NULL;
  fbody->a = jc_list_append(stmts, bs_copies(&s, body));
  fn->b = params;
  fn->c = fbody;
  fn->flags |= JC_F_SIMPLE_PARAMS;
  /* a yield or an await inside: the function is a generator the loop
   * delegates to with yield* (Babel's shape); lowered here, as the
   * traversal is past it */
  if ((s.home->node->flags & (JC_F_GENERATOR | JC_F_ASYNC)) &&
      bs_suspends(fbody->a)) {
    if (s.home->node->flags & JC_F_ASYNC)
      jc_async_awaits(w, fbody, (s.home->node->flags & JC_F_GENERATOR) != 0);
    fn->flags |= JC_F_GENERATOR;
    if (c->status != JSC_OK || !jc_generator_body(w, fn))
      return NULL;
    fn->flags &= (uint16_t)~JC_F_GENERATOR;
    suspends = 1;
  }
  loopvar = jc_lw_temp(w, "_loop", at);
  if (loopvar == NULL)
    return NULL;
  jc_lw_before(w, bs_stmt(c, bs_assign(c, loopvar, fn, at), at));
  call = jc_synth(c, JC_CALL, at);
  if (call == NULL)
    return NULL;
  call->a = bs_ref(c, loopvar->u.binding, at);
  call->b = args;
  call->flags |= JC_F_PARENS_ARGS;
  if (suspends) {
    /* yield* _loop(i); pad_ tells lower_async.c it is no async yield* */
    jc_node *y = jc_synth(c, JC_YIELD, at);
    if (y == NULL)
      return NULL;
    y->a = call;
    y->flags |= JC_F_DELEGATE;
    y->pad_ = 1;
    call = y;
  }
  if (s.ncodes == 0 && !s.returns)
    return bs_stmt(c, call, at);
  {
    jc_node *ret = jc_lw_temp(w, "_ret", at);
    if (ret == NULL)
      return NULL;
    out = bs_stmt(c, bs_assign(c, ret, call, at), at);
    if (s.returns) {
      /* if (typeof _ret === "object") return _ret.v; */
      jc_node *ty = bs_node2(c, JC_UNARY, JC_OP_TYPEOF,
                             bs_ref(c, ret->u.binding, at), NULL, at);
      jc_node *test = bs_node2(c, JC_BINARY, JC_OP_SEQ, ty,
                               bs_str(c, jc_atom_lit(c, "object"), at), at);
      jc_node *m = jc_synth(c, JC_MEMBER, at), *iff = jc_synth(c, JC_IF, at);
      if (m == NULL || iff == NULL)
        return NULL;
      m->a = bs_ref(c, ret->u.binding, at);
      m->b = jc_ident(c, jc_atom_lit(c, "v"), at);
      iff->a = test;
      iff->b = bs_node2(c, JC_RETURN, 0, m, NULL, at);
      out = jc_list_append(out, iff);
    }
    for (i = 0; i < s.ncodes; i++) {
      jc_node *iff = jc_synth(c, JC_IF, at);
      jc_node *jump = jc_synth(c, (jc_kind)s.codes[i].kind, at);
      if (iff == NULL || jump == NULL)
        return NULL;
      jump->atom = s.codes[i].label;
      iff->a = bs_node2(c, JC_BINARY, JC_OP_SEQ, bs_ref(c, ret->u.binding, at),
                        bs_num(c, i + 1, at), at);
      iff->b = jump;
      out = jc_list_append(out, iff);
    }
  }
  return out;
}

/* The loop's body replaced by the call of its function. */
static jc_node *bs_wrap_loop(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_node **body, *params = NULL, *args = NULL, *copies = NULL, *r, *blk;
  switch (n->kind) {
  case JC_FOR:
    body = &n->d;
    break;
  case JC_FOR_IN:
  case JC_FOR_OF:
    body = &n->c;
    break;
  case JC_WHILE:
    body = &n->b;
    break;
  default:
    body = &n->a;
    break;
  }
  if (n->u.scope != NULL && n->u.scope->kind == JC_S_FOR &&
      n->kind != JC_WHILE && n->kind != JC_DO_WHILE) {
    jc_binding *b;
    for (b = n->u.scope->bindings; b != NULL; b = b->next) {
      jc_binding *outer = b;
      if (n->kind == JC_FOR && bs_writes(*body, b, 0)) {
        /* the head's variable under another name, copied back */
        outer = jc_alloc(c, sizeof *outer);
        if (outer == NULL)
          return n;
        *outer = *b;
        outer->out = jc_fresh_name(c, b->name->text);
        outer->next = NULL;
        outer->captured = 0;
        if (outer->out == NULL)
          return n;
        bs_retarget(n->a, b, outer, 0);
        bs_retarget(n->b, b, outer, 0);
        bs_retarget(n->c, b, outer, 0);
        copies = jc_list_append(
            copies,
            bs_stmt(c, bs_assign(c, bs_ref(c, outer, n), bs_ref(c, b, n), n),
                    n));
      }
      params = jc_list_append(params, bs_ref(c, b, n));
      args = jc_list_append(args, bs_ref(c, outer, n));
    }
  }
  r = jc_block_scope_wrap(w, *body, 1, params, args, copies, n);
  if (r == NULL)
    return n;
  blk = jc_synth(c, JC_BLOCK, *body);
  if (blk == NULL)
    return n;
  blk->a = r;
  *body = blk;
  return jc_lw_dirty(n);
}

jc_node *jc_lower_block_scope(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  switch (n->kind) {
  case JC_IDENT:
    return bs_ident(w, n);
  case JC_ASSIGN:
  case JC_UPDATE:
    return bs_write(w, n);
  case JC_VAR:
    return bs_var(w, n);
  case JC_PROGRAM:
  case JC_FUNCTION:
    if (n->u.scope != NULL) {
      jc_node *s = jc_block_scope_sentinels(w, n->u.scope, n);
      if (s != NULL)
        w->func->prologue = jc_list_append(w->func->prologue, s);
    }
    return n;
  case JC_BLOCK: {
    jc_node *s;
    if (n->u.scope == NULL || n->u.scope->kind != JC_S_BLOCK)
      return n;
    bs_block_functions(w, n);
    s = jc_block_scope_sentinels(w, n->u.scope, n);
    if (s != NULL) {
      n->a = jc_list_append(s, n->a);
      jc_lw_dirty(n);
    }
    if (jc_block_scope_wraps(w, n)) {
      jc_node *r = jc_block_scope_wrap(w, n, 0, NULL, NULL, NULL, n);
      jc_node *blk;
      if (r == NULL)
        return n;
      blk = jc_synth(c, JC_BLOCK, n);
      if (blk == NULL)
        return n;
      blk->a = r;
      return blk;
    }
    return n;
  }
  case JC_SWITCH:
  case JC_FOR:
  case JC_FOR_IN:
    if (n->u.scope != NULL && n->u.scope->kind != JC_S_BLOCK) {
      jc_node *s = jc_block_scope_sentinels(w, n->u.scope, n);
      if (s != NULL)
        jc_lw_before(w, s);
    }
    if (n->kind != JC_SWITCH && jc_block_scope_wraps(w, n))
      return bs_wrap_loop(w, n);
    return n;
  case JC_WHILE:
  case JC_DO_WHILE:
    if (jc_block_scope_wraps(w, n))
      return bs_wrap_loop(w, n);
    return n;
  default:
    return n;
  }
}

/* lower_destructure.c - destructuring in every place it is written:
 * var/let/const declarators, assignment expressions, catch parameters,
 * for-in heads (for-of heads and parameters call the engine below through
 * jc_dstr_declare/jc_dstr_assign and lower_params.c).
 *
 * Object patterns become inline ES5 over a temporary:
 *   var {x, y} = o   ->  var x = ((_r = o) == null && __jsrt.dnull(_r),
 *                                  _r.x), y = _r.y;
 * (RequireObjectCoercible first, then the reads in order; computed keys are
 * evaluated in order; a rest property is __jsrt.orest(_r, [keys])).
 * Array patterns run the iterator protocol in one helper call:
 *   var [a, b] = v      ->  var a = (_r = __jsrt.ary(v, 2))[0], b = _r[1];
 * __jsrt.ary returns v itself for a real Array whose iteration is
 * unmodified (the fast path: index reads), else an Array of the first n
 * values (all of them for a rest element), closing the iterator when it is
 * not done. Deviation from the spec: the values are taken before the
 * targets and defaults are evaluated, so a side effect of a default or a
 * target that the iterator could observe happens after the iteration (the
 * same next/return calls happen, in the same number). Defaults apply to
 * `undefined` only: (_t = _r[0]) === void 0 ? dflt : _t. */
#include <stdio.h>
#include <string.h>

#include "lower_dstr.h"

/* ---- node builders ---- */

jc_node *jc_ds_copy(jc_ctx *c, const jc_node *n) {
  jc_node *m = jc_alloc(c, sizeof *m);
  if (m == NULL)
    return NULL;
  *m = *n;
  m->next = NULL;
  m->mark |= JC_MK_DIRTY;
  m->mark &= (uint8_t)~JC_MK_VERBATIM;
  return m;
}

jc_node *jc_ds_num(jc_ctx *c, double v, const jc_node *at) {
  jc_node *n = jc_synth(c, JC_NUM, at);
  char buf[32];
  int len;
  if (n == NULL)
    return NULL;
  n->u.num = v;
  len = snprintf(buf, sizeof buf, "%.17g", v);
  n->raw.p = jc_strndup(c, buf, (size_t)len);
  n->raw.len = (uint32_t)len;
  return n;
}

jc_node *jc_ds_str(jc_ctx *c, const char *s, size_t len, const jc_node *at) {
  jc_node *n = jc_synth(c, JC_STR, at);
  char *q;
  size_t i, k = 0;
  if (n == NULL)
    return NULL;
  n->atom = jc_atom_get(c, s, len);
  q = jc_alloc(c, len * 6 + 3);
  if (q == NULL)
    return NULL;
  q[k++] = '"';
  for (i = 0; i < len; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch == '"' || ch == '\\') {
      q[k++] = '\\';
      q[k++] = (char)ch;
    } else if (ch < 0x20) {
      k += (size_t)snprintf(q + k, 7, "\\u%04x", ch);
    } else {
      q[k++] = (char)ch;
    }
  }
  q[k++] = '"';
  q[k] = '\0';
  n->raw.p = q;
  n->raw.len = (uint32_t)k;
  return n;
}

jc_node *jc_ds_name(jc_ctx *c, const char *s, const jc_node *at) {
  return jc_ident(c, jc_atom_get(c, s, strlen(s)), at);
}

jc_node *jc_ds_void0(jc_ctx *c, const jc_node *at) {
  jc_node *n = jc_synth(c, JC_UNARY, at);
  if (n == NULL)
    return NULL;
  n->op = JC_OP_VOID;
  n->a = jc_ds_num(c, 0, at);
  return n;
}

/* print.c parenthesizes by precedence: nothing to add here. */
jc_node *jc_ds_paren(jc_ctx *c, jc_node *e) {
  (void)c;
  return e;
}

jc_node *jc_ds_dot(jc_ctx *c, jc_node *obj, const char *prop,
                   const jc_node *at) {
  jc_node *m = jc_synth(c, JC_MEMBER, at);
  if (m == NULL)
    return NULL;
  m->a = jc_ds_paren(c, obj);
  m->b = jc_ds_name(c, prop, at);
  return m;
}

jc_node *jc_ds_index(jc_ctx *c, jc_node *obj, jc_node *key, const jc_node *at) {
  jc_node *m = jc_synth(c, JC_MEMBER, at);
  if (m == NULL)
    return NULL;
  m->a = jc_ds_paren(c, obj);
  m->b = key;
  m->flags |= JC_F_COMPUTED;
  return m;
}

jc_node *jc_ds_assign(jc_ctx *c, jc_node *target, jc_node *value,
                      const jc_node *at) {
  jc_node *n = jc_synth(c, JC_ASSIGN, at);
  if (n == NULL)
    return NULL;
  n->op = JC_OP_ASSIGN;
  n->a = target;
  n->b = value != NULL && value->kind == JC_SEQ ? jc_ds_paren(c, value) : value;
  return n;
}

jc_node *jc_ds_binary(jc_ctx *c, int kind, int op, jc_node *l, jc_node *r,
                      const jc_node *at) {
  jc_node *n = jc_synth(c, (jc_kind)kind, at);
  if (n == NULL)
    return NULL;
  n->op = (uint8_t)op;
  n->a = jc_ds_paren(c, l);
  n->b = jc_ds_paren(c, r);
  return n;
}

jc_node *jc_ds_cond(jc_ctx *c, jc_node *test, jc_node *then, jc_node *else_,
                    const jc_node *at) {
  jc_node *n = jc_synth(c, JC_COND, at);
  if (n == NULL)
    return NULL;
  n->a = jc_ds_paren(c, test);
  n->b = then != NULL && then->kind == JC_SEQ ? jc_ds_paren(c, then) : then;
  n->c = else_ != NULL && else_->kind == JC_SEQ ? jc_ds_paren(c, else_) : else_;
  return n;
}

jc_node *jc_ds_call(jc_ctx *c, jc_node *callee, jc_node *args,
                    const jc_node *at) {
  jc_node *n = jc_synth(c, JC_CALL, at), **link;
  if (n == NULL)
    return NULL;
  n->a = jc_ds_paren(c, callee);
  n->flags |= JC_F_PARENS_ARGS;
  n->b = args;
  for (link = &n->b; *link != NULL; link = &(*link)->next)
    if ((*link)->kind == JC_SEQ) { /* the list link moves to the wrapper */
      jc_node *p = jc_synth(c, JC_PAREN, *link);
      if (p == NULL)
        return NULL;
      p->a = *link;
      p->next = p->a->next;
      p->a->next = NULL;
      *link = p;
    }
  return n;
}

jc_node *jc_ds_seq(jc_ctx *c, jc_node *list, const jc_node *at) {
  jc_node *n;
  if (list == NULL || list->next == NULL)
    return list;
  n = jc_synth(c, JC_SEQ, at);
  if (n == NULL)
    return NULL;
  n->a = list;
  return n;
}

jc_node *jc_ds_stmt(jc_ctx *c, jc_node *expr, const jc_node *at) {
  jc_node *n = jc_synth(c, JC_EXPR_STMT, at);
  if (n == NULL)
    return NULL;
  n->a = expr;
  return n;
}

jc_node *jc_ds_var(jc_ctx *c, int op, jc_node *decls, const jc_node *at) {
  jc_node *n = jc_synth(c, JC_VAR, at);
  if (n == NULL)
    return NULL;
  n->op = (uint8_t)op;
  n->a = decls;
  return n;
}

jc_node *jc_ds_decl(jc_ctx *c, jc_node *target, jc_node *init,
                    const jc_node *at) {
  jc_node *n = jc_synth(c, JC_DECLARATOR, at);
  if (n == NULL)
    return NULL;
  n->a = target;
  n->b = init != NULL && init->kind == JC_SEQ ? jc_ds_paren(c, init) : init;
  return n;
}

static jc_node *ds_unparen(jc_node *n) {
  while (n != NULL && n->kind == JC_PAREN)
    n = n->a;
  return n;
}

int jc_ds_is_pattern(const jc_node *n) {
  return n != NULL &&
         (n->kind == JC_ARRAY_PATTERN || n->kind == JC_OBJECT_PATTERN ||
          n->kind == JC_ARRAY || n->kind == JC_OBJECT);
}

jc_node **jc_ds_after_directives(jc_node **body) {
  while (*body != NULL && (*body)->kind == JC_EXPR_STMT &&
         (*body)->atom != NULL)
    body = &(*body)->next;
  return body;
}

/* A call of __jsrt.NAME with its arguments given as a NULL-ended list. */
static jc_node *ds_helper(jc_ds *d, const char *name, const jc_node *at,
                          jc_node *a0, jc_node *a1) {
  if (a0 != NULL)
    a0->next = a1;
  return jc_lw_helper(d->w, name, a0, at);
}

/* ---- the engine ---- */

static jc_node *ds_lw_temp(jc_ds *d, const jc_node *at) {
  return jc_lw_temp(d->w, "ref", at);
}

void jc_ds_init(jc_ds *d, jc_lw *w, int decl) {
  memset(d, 0, sizeof *d);
  d->w = w;
  d->c = w->c;
  d->decl = decl;
  d->temp = ds_lw_temp;
}

static void ds_push(jc_node **head, jc_node **tail, jc_node *n) {
  if (n == NULL)
    return;
  n->next = NULL;
  if (*head == NULL)
    *head = n;
  else
    (*tail)->next = n;
  *tail = n;
}

/* An expression evaluated for its effect, in order. */
static void ds_effect(jc_ds *d, jc_node *e) {
  if (d->decl)
    ds_push(&d->pend, &d->pend_tail, e);
  else
    ds_push(&d->items, &d->items_tail, e);
}

/* target = value for a simple target (IDENT, MEMBER). */
static void ds_emit(jc_ds *d, jc_node *target, jc_node *value,
                    const jc_node *at) {
  jc_ctx *c = d->c;
  target->next = NULL;
  if (target->kind == JC_IDENT) /* printed by binding: it may be renamed */
    jc_ds_touch(target);
  if (d->decl) {
    jc_node *init = value;
    if (d->pend != NULL) {
      ds_push(&d->pend, &d->pend_tail, value);
      init = jc_ds_seq(c, d->pend, at);
      d->pend = d->pend_tail = NULL;
    }
    ds_push(&d->items, &d->items_tail, jc_ds_decl(c, target, init, at));
  } else {
    jc_node *as = jc_ds_assign(c, target, value, at);
    /* the const and TDZ checks of the assignment (lower_block_scope.c's
     * ASSIGN hook, which a destructuring assignment replaced) */
    if (as != NULL && target->kind == JC_IDENT)
      as = jc_lower_block_scope(d->w, as);
    ds_push(&d->items, &d->items_tail, as);
  }
}

/* A temporary holding value: an expression already a temp is reused. */
static jc_node *ds_hold(jc_ds *d, jc_node *value, jc_node **first,
                        const jc_node *at) {
  jc_node *t;
  if (value->kind == JC_IDENT && (value->mark & JC_MK_SYNTH) &&
      (value->u.binding == NULL
#ifdef JC_BF_TEMP
       || (value->u.binding->flags & JC_BF_TEMP)
#endif
           )) {
    *first = value;
    return value;
  }
  t = d->temp(d, at);
  if (t == NULL)
    return NULL;
  *first = jc_ds_paren(d->c, jc_ds_assign(d->c, t, value, at));
  return t;
}

static jc_node *ds_use(jc_ds *d, jc_node *t) { return jc_ds_copy(d->c, t); }

static int ds_is_default(const jc_node *n) {
  return n != NULL && (n->kind == JC_ASSIGN_PAT ||
                       (n->kind == JC_ASSIGN && n->op == JC_OP_ASSIGN));
}

static void ds_object(jc_ds *d, jc_node *pat, jc_node *value);
static void ds_array(jc_ds *d, jc_node *pat, jc_node *value);

void jc_ds_bind(jc_ds *d, jc_node *target, jc_node *value) {
  jc_ctx *c = d->c;
  if (c->status != JSC_OK || target == NULL || value == NULL)
    return;
  if (jc_tick(c))
    return;
  target = ds_unparen(target);
  if (ds_is_default(target)) {
    /* (_t = value) === void 0 ? dflt : _t */
    jc_node *t = d->temp(d, target), *test, *inner = ds_unparen(target->a);
    if (t == NULL)
      return;
    /* {f = function () {}}: the function is named f */
    if (inner != NULL && inner->kind == JC_IDENT)
      jc_ob_name(c, inner, target->b);
    test =
        jc_ds_binary(c, JC_BINARY, JC_OP_SEQ, jc_ds_assign(c, t, value, target),
                     jc_ds_void0(c, target), target);
    jc_ds_bind(d, target->a,
               jc_ds_cond(c, test, target->b, ds_use(d, t), target));
    return;
  }
  switch (target->kind) {
  case JC_OBJECT_PATTERN:
  case JC_OBJECT:
    ds_object(d, target, value);
    break;
  case JC_ARRAY_PATTERN:
  case JC_ARRAY:
    ds_array(d, target, value);
    break;
  default:
    ds_emit(d, target, value, target);
    break;
  }
}

/* The key of a non-computed property as a string node (for the rest
 * property's exclusions). */
static jc_node *ds_key_str(jc_ctx *c, jc_node *key) {
  if (key->kind == JC_IDENT || key->kind == JC_STR)
    return jc_ds_str(c, key->atom->text, key->atom->len, key);
  return jc_ds_copy(c, key); /* NUM: ToPropertyKey in the helper */
}

static void ds_object(jc_ds *d, jc_node *pat, jc_node *value) {
  jc_ctx *c = d->c;
  jc_node *first, *r, *p, *next, *excl = NULL, *excl_tail = NULL;
  int has_rest = 0;
  for (p = pat->a; p != NULL; p = p->next)
    if (p->kind == JC_REST || p->kind == JC_SPREAD)
      has_rest = 1;
  r = ds_hold(d, value, &first, pat);
  if (r == NULL)
    return;
  /* RequireObjectCoercible: (_r = v) == null && __jsrt.dnull(_r) */
  ds_effect(d,
            jc_ds_binary(c, JC_LOGICAL, JC_OP_AND,
                         jc_ds_binary(c, JC_BINARY, JC_OP_EQ, first,
                                      jc_synth(c, JC_NULL_LIT, pat), pat),
                         ds_helper(d, "dnull", pat, ds_use(d, r), NULL), pat));
  for (p = pat->a; p != NULL; p = next) {
    jc_node *key, *tgt, *get;
    next = p->next;
    if (p->kind == JC_REST || p->kind == JC_SPREAD) {
      jc_node *arr = jc_synth(c, JC_ARRAY, p);
      if (arr == NULL)
        return;
      arr->a = excl;
      jc_ds_bind(d, p->a, ds_helper(d, "orest", p, ds_use(d, r), arr));
      continue;
    }
    if (p->kind != JC_PROPERTY)
      continue;
    key = p->a;
    tgt = p->b != NULL ? p->b : p->a;
    if (p->flags & JC_F_SHORTHAND) {
      /* {a} / {a = 1}: the target is the binding, the key its name */
      if (tgt == key)
        tgt = jc_ds_copy(c, key);
      key = jc_ident(c, key->atom, key);
    }
    if (p->flags & JC_F_COMPUTED) {
      jc_node *k = key;
      if (has_rest) {
        jc_node *t = d->temp(d, key);
        if (t == NULL)
          return;
        k = jc_ds_paren(c, jc_ds_assign(c, t, key, key));
        ds_push(&excl, &excl_tail, ds_use(d, t));
      }
      get = jc_ds_index(c, ds_use(d, r), k, p);
    } else {
      if (has_rest)
        ds_push(&excl, &excl_tail, ds_key_str(c, key));
      if (key->kind == JC_IDENT)
        get = jc_ds_dot(c, ds_use(d, r), key->atom->text, key);
      else
        get = jc_ds_index(c, ds_use(d, r), jc_ds_copy(c, key), key);
    }
    jc_ds_bind(d, tgt, get);
  }
}

/* ---- the inline fast check of arrays ----
 * A call costs more than the whole of `var a = arr[0], b = arr[1]` under
 * Duktape, so the common case is checked inline against the originals the
 * helpers keep, read once into program-level variables (the first line):
 *   (_r = v)[_S] === _AV && _AIP.next === _AIN && _r.length >= n
 *     ? _r : __jsrt.ary(_r, n)
 * _S is Symbol.iterator, _AV the original Array.prototype.values, _AIP
 * %ArrayIteratorPrototype% and _AIN its original next: an array-like whose
 * @@iterator is still that function, with that next, is read by index. */
#define DS_FAST_MARK 0xd5d5

static jc_node *ds_fast_names(jc_lw *w, jc_atom **names) {
  static const char *const what[4] = {"S", "AV", "AIP", "AIN"};
  jc_ctx *c = w->c;
  jc_lw_func *f = w->func;
  jc_node *st, *decls = NULL, *tail = NULL, *at;
  int i;
  while (f != NULL && f->node->kind != JC_PROGRAM)
    f = f->up;
  if (f == NULL)
    return NULL;
  for (st = f->prologue; st != NULL; st = st->next)
    if (st->kind == JC_VAR && st->extra == DS_FAST_MARK) {
      jc_node *dc = st->a;
      for (i = 0; i < 4 && dc != NULL; i++, dc = dc->next)
        names[i] = dc->a->atom;
      return st;
    }
  at = f->node->a != NULL ? f->node->a : f->node;
  for (i = 0; i < 4; i++) {
    char hint[8];
    jc_node *dc;
    snprintf(hint, sizeof hint, "%s", what[i]);
    names[i] = jc_fresh_name(c, hint);
    if (names[i] == NULL)
      return NULL;
    dc = jc_ds_decl(c, jc_ident(c, names[i], at),
                    jc_ds_dot(c, jc_ds_name(c, "__jsrt", at), what[i], at), at);
    if (dc == NULL)
      return NULL;
    if (decls == NULL)
      decls = dc;
    else
      tail->next = dc;
    tail = dc;
  }
  c->helpers |= 1;
  st = jc_ds_var(c, JC_DECL_VAR, decls, at);
  if (st == NULL)
    return NULL;
  st->extra = DS_FAST_MARK;
  f->prologue = jc_list_append(f->prologue, st);
  return st;
}

jc_node *jc_ds_fast_array(jc_lw *w, jc_node *t, jc_node *value, long n,
                          const char *slow, const jc_node *at) {
  jc_ctx *c = w->c;
  jc_atom *nm[4];
  jc_node *test, *slow_args;
  if (ds_fast_names(w, nm) == NULL)
    return NULL;
  /* (_r = v)[_S] === _AV && _AIP.next === _AIN [&& _r.length >= n] */
  test = jc_ds_binary(
      c, JC_LOGICAL, JC_OP_AND,
      jc_ds_binary(c, JC_BINARY, JC_OP_SEQ,
                   jc_ds_index(c, jc_ds_assign(c, jc_ds_copy(c, t), value, at),
                               jc_ident(c, nm[0], at), at),
                   jc_ident(c, nm[1], at), at),
      jc_ds_binary(c, JC_BINARY, JC_OP_SEQ,
                   jc_ds_dot(c, jc_ident(c, nm[2], at), "next", at),
                   jc_ident(c, nm[3], at), at),
      at);
  if (n >= 0)
    test =
        jc_ds_binary(c, JC_LOGICAL, JC_OP_AND, test,
                     jc_ds_binary(c, JC_BINARY, JC_OP_GE,
                                  jc_ds_dot(c, jc_ds_copy(c, t), "length", at),
                                  jc_ds_num(c, (double)n, at), at),
                     at);
  slow_args = jc_ds_copy(c, t);
  if (slow_args == NULL)
    return NULL;
  if (n >= 0)
    slow_args->next = jc_ds_num(c, (double)n, at);
  return jc_ds_cond(c, test, jc_ds_copy(c, t),
                    jc_lw_helper(w, slow, slow_args, at), at);
}

static void ds_array(jc_ds *d, jc_node *pat, jc_node *value) {
  jc_ctx *c = d->c;
  jc_node *first, *r, *e, *next, *t;
  long n = 0, i = 0;
  int has_rest = 0;
  for (e = pat->a; e != NULL; e = e->next) {
    if (e->kind == JC_REST || e->kind == JC_SPREAD)
      has_rest = 1;
    else
      n++;
  }
  t = d->temp(d, pat);
  if (t == NULL)
    return;
  r = t;
  if (has_rest) {
    first = jc_ds_assign(
        c, t, ds_helper(d, "ary", pat, value, jc_ds_num(c, -1, pat)), pat);
  } else {
    jc_node *v = jc_ds_fast_array(d->w, t, value, n, "ary", pat);
    if (v == NULL) /* no program frame: the helper alone */
      v = ds_helper(d, "ary", pat, value, jc_ds_num(c, (double)n, pat));
    first = jc_ds_assign(c, jc_ds_copy(c, t), v, pat);
  }
  if (pat->a == NULL || (pat->a->kind == JC_HOLE && !has_rest)) {
    ds_effect(d, first);
    first = NULL;
  }
  for (e = pat->a; e != NULL; e = next, i++) {
    jc_node *get;
    next = e->next;
    if (e->kind == JC_HOLE)
      continue;
    if (e->kind == JC_REST || e->kind == JC_SPREAD) {
      jc_node *obj = first != NULL ? first : ds_use(d, r);
      first = NULL;
      get = jc_ds_call(c, jc_ds_dot(c, obj, "slice", e),
                       jc_ds_num(c, (double)i, e), e);
      jc_ds_bind(d, e->a, get);
      continue;
    }
    if (first != NULL) {
      get = jc_ds_index(c, first, jc_ds_num(c, (double)i, e), e);
      first = NULL;
    } else {
      get = jc_ds_index(c, ds_use(d, r), jc_ds_num(c, (double)i, e), e);
    }
    jc_ds_bind(d, e, get);
  }
  if (first != NULL) /* only holes */
    ds_effect(d, first);
}

jc_node *jc_ds_finish_decls(jc_ds *d, const jc_node *at) {
  jc_ctx *c = d->c;
  if (d->pend != NULL) {
    if (d->items != NULL) {
      /* last = (_v = init, effects..., _v) */
      jc_node *last = d->items_tail, *t = d->temp(d, at), *list;
      if (t == NULL)
        return NULL;
      list = jc_ds_assign(c, t, last->b, at);
      list->next = d->pend;
      d->pend_tail->next = ds_use(d, t);
      last->b = jc_ds_paren(c, jc_ds_seq(c, list, at));
    } else {
      /* nothing bound: a declarator of its own, fresh name */
      jc_node *id = jc_ident(c, jc_fresh_name(c, "unused"), at);
      ds_push(&d->items, &d->items_tail,
              jc_ds_decl(c, id, jc_ds_seq(c, d->pend, at), at));
    }
    d->pend = d->pend_tail = NULL;
  }
  return d->items;
}

/* ---- the entry points ---- */

jc_node *jc_dstr_assign(jc_lw *w, jc_node *pattern, jc_node *value,
                        int want_value, const jc_node *at) {
  jc_ds d;
  jc_ctx *c = w->c;
  jc_node *v = value;
  jc_ds_init(&d, w, 0);
  if (want_value) {
    jc_node *first;
    v = ds_hold(&d, value, &first, at);
    if (v == NULL)
      return NULL;
    if (first != v)
      ds_effect(&d, first);
    v = ds_use(&d, v);
  }
  jc_ds_bind(&d, pattern, v);
  if (want_value)
    ds_push(&d.items, &d.items_tail, ds_use(&d, v));
  if (d.items == NULL)
    return jc_ds_void0(c, at);
  return jc_ds_paren(c, jc_ds_seq(c, d.items, at));
}

jc_node *jc_dstr_declare(jc_lw *w, int kind, jc_node *pattern, jc_node *value,
                         const jc_node *at) {
  jc_ds d;
  jc_ds_init(&d, w, 1);
  jc_ds_bind(&d, pattern, value);
  return jc_ds_var(w->c, kind, jc_ds_finish_decls(&d, at), at);
}

/* VAR: each declarator with a pattern becomes simple declarators. */
static jc_node *ds_lower_var(jc_lw *w, jc_node *n) {
  jc_node *decl, *next, *out = NULL, *tail = NULL;
  int any = 0;
  for (decl = n->a; decl != NULL; decl = decl->next)
    if (decl->kind == JC_DECLARATOR && jc_ds_is_pattern(decl->a) &&
        decl->b != NULL)
      any = 1;
  if (!any)
    return n;
  for (decl = n->a; decl != NULL; decl = next) {
    next = decl->next;
    if (decl->kind == JC_DECLARATOR && jc_ds_is_pattern(decl->a) &&
        decl->b != NULL) {
      jc_ds d;
      jc_node *list, *l;
      jc_ds_init(&d, w, 1);
      jc_ds_bind(&d, decl->a, decl->b);
      list = jc_ds_finish_decls(&d, decl);
      if (list == NULL)
        continue;
      for (l = list; l->next != NULL; l = l->next)
        ;
      if (out == NULL)
        out = list;
      else
        tail->next = list;
      tail = l;
    } else {
      decl->next = NULL;
      if (out == NULL)
        out = decl;
      else
        tail->next = decl;
      tail = decl;
    }
  }
  n->a = out;
  return jc_ds_touch(n);
}

/* catch ({a, b}) {...} -> catch (_e) { var a = _e.a, b = _e.b; ... } */
static jc_node *ds_lower_catch(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_node *param = n->a, *id, *var, *body = n->b;
  if (!jc_ds_is_pattern(param) || body == NULL)
    return n;
  id = jc_ident(c, jc_fresh_name(c, "e"), param);
  var = jc_dstr_declare(w, JC_DECL_VAR, param, jc_ds_copy(c, id), param);
  if (var == NULL)
    return n;
  var->next = body->a;
  body->a = var;
  jc_ds_touch(body);
  n->a = id;
  return jc_ds_touch(n);
}

/* for (var [a, b] in o) body -> for (var _k in o) { var [a, b] = _k; body }
 * and for ([a, b] in o) likewise with an assignment. */
static jc_node *ds_lower_for_in(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_node *left = n->a, *pat, *id, *first, *block;
  int kind = 0;
  if (left == NULL)
    return n;
  if (left->kind == JC_VAR) {
    if (left->a == NULL || !jc_ds_is_pattern(left->a->a))
      return n;
    pat = left->a->a;
    kind = left->op;
  } else {
    pat = ds_unparen(left);
    if (!jc_ds_is_pattern(pat))
      return n;
  }
  id = jc_ident(c, jc_fresh_name(c, "key"), left);
  if (kind != 0) {
    first = jc_dstr_declare(w, kind == JC_DECL_VAR ? JC_DECL_VAR : kind, pat,
                            jc_ds_copy(c, id), left);
    left->a->a = id;
    left->op = JC_DECL_VAR;
    jc_ds_touch(left->a);
    jc_ds_touch(left);
  } else {
    first =
        jc_ds_stmt(c, jc_dstr_assign(w, pat, jc_ds_copy(c, id), 0, left), left);
    n->a = jc_ds_var(c, JC_DECL_VAR, jc_ds_decl(c, id, NULL, left), left);
  }
  if (first == NULL)
    return n;
  if (n->c != NULL && n->c->kind == JC_BLOCK) {
    block = n->c;
    first->next = block->a;
    block->a = first;
  } else {
    block = jc_synth(c, JC_BLOCK, n->c != NULL ? n->c : n);
    if (block == NULL)
      return n;
    if (n->c != NULL)
      n->c->next = NULL;
    first->next = n->c;
    block->a = first;
  }
  n->c = jc_ds_touch(block);
  return jc_ds_touch(n);
}

jc_node *jc_lower_destructure(jc_lw *w, jc_node *n) {
  if (n == NULL || w->c->status != JSC_OK)
    return n;
  switch (n->kind) {
  case JC_VAR:
    return ds_lower_var(w, n);
  case JC_ASSIGN:
    if (n->op == JC_OP_ASSIGN && jc_ds_is_pattern(ds_unparen(n->a))) {
      int want = !(w->parent != NULL && w->parent->kind == JC_EXPR_STMT);
      jc_node *e = jc_dstr_assign(w, ds_unparen(n->a), n->b, want, n);
      if (e == NULL)
        return n;
      e->next = n->next;
      return e;
    }
    return n;
  case JC_CATCH:
    return ds_lower_catch(w, n);
  case JC_FOR_IN:
    return ds_lower_for_in(w, n);
  default:
    return n;
  }
}

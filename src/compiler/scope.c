/* scope.c - scopes and bindings: every declaration gets a jc_binding in
 * the scope the spec puts it in, every IDENT reference its binding (NULL:
 * a global), and each block-scoped binding what lowering it to `var` needs
 * to know.
 *
 * Three passes, none of them deep in state:
 * 1. declare: one walk makes the scopes (program, function, block, catch,
 *    class, for-heads, switch) and declares names there. Lexical names
 *    (let/const/class, block functions) are declared when their block is
 *    entered, as the spec's BlockDeclarationInstantiation does, var names
 *    when met; since nothing is resolved in this pass, hoisting is free.
 * 2. resolve: a second walk resolves each reference by walking up the
 *    scopes (a hash of (scope, name) makes each step one probe), and
 *    computes per binding: captured (a closure made inside the loop body
 *    it lives in refers to it: a fresh copy per iteration is needed),
 *    assigned, tdz (see sc_ref). It also records, for each function with
 *    block-scoped bindings inside, the names its code refers to that live
 *    outside it, and marks subtrees the traversal must enter (JC_MK_LOWER).
 * 3. rename: block-scoped bindings become `var`s of their function; one
 *    that would clash there (a name declared in the function, another
 *    block's binding of the same name, or a name some code in the function
 *    means from outside) gets a fresh name (binding->out), unless a direct
 *    eval could see it.
 *
 * Early errors for duplicate declarations are the parser's (parse.c); a
 * redeclaration here just reuses the binding. */
#include <stdio.h>
#include <string.h>

#include "ast.h"

/* A binding with what analysis needs beyond jc_binding (only scope.c
 * makes these and only scope.c looks past the public part). */
typedef struct sc_bind {
  jc_binding b;
  uint32_t init_end;        /* lexical: initialized once code reaches here */
  uint32_t case_end;        /* declared in a switch case: its end */
  uint32_t min_ref;         /* earliest reference (function declarations) */
  const jc_node *init;      /* the declarator's initializer (unwrapped) */
  struct sc_bind *lex_next; /* in its function's list of nested lexicals */
} sc_bind;

typedef struct sc_scope {
  jc_scope s;
  uint8_t arrow;        /* FUNCTION scope of an arrow */
  uint8_t static_block; /* FUNCTION scope of a class static block */
  sc_bind *lex_first;   /* function scopes: block-scoped bindings in
                           nested blocks, in source order */
  sc_bind **lex_tail;
  struct sc_scope *lex_func_next; /* the next function with lex_first */
} sc_scope;

/* (key, name, tag) -> value, open addressing. */
enum { SC_T_BIND = 1, SC_T_PASS, SC_T_HOIST };
typedef struct sc_slot {
  const void *key;
  const jc_atom *name;
  void *val;
  uint32_t tag;
} sc_slot;

typedef struct sc_pending {
  sc_bind *b;     /* the lexical binding read from a function decl */
  jc_binding *fn; /* that declaration's binding */
  struct sc_pending *next;
} sc_pending;

typedef struct sc {
  jc_ctx *c;
  int pass;
  sc_scope *cur;  /* innermost scope */
  sc_scope *func; /* var's home */
  unsigned loop_depth;
  int strict;
  sc_slot *tab;
  uint32_t cap, n;
  sc_pending *pending;
  sc_scope *lex_funcs, **lex_funcs_tail; /* functions with nested lexicals */
  jc_atom *a_arguments, *a_eval;
} sc;

/* ---- the hash ---- */

static uint32_t sc_hash(const void *key, const jc_atom *name, uint32_t tag) {
  uintptr_t k = (uintptr_t)key;
  uint32_t h = (uint32_t)(k >> 4) * 2654435761u;
  h ^= name->hash + tag * 0x9e3779b9u;
  h ^= h >> 15;
  return h * 2246822519u;
}

static sc_slot *sc_find(sc *s, const void *key, const jc_atom *name,
                        uint32_t tag) {
  uint32_t i;
  if (s->cap == 0)
    return NULL;
  i = sc_hash(key, name, tag) & (s->cap - 1);
  for (;;) {
    sc_slot *e = &s->tab[i];
    if (e->key == NULL)
      return NULL;
    if (e->key == key && e->name == name && e->tag == tag)
      return e;
    i = (i + 1) & (s->cap - 1);
  }
}

static int sc_put(sc *s, const void *key, const jc_atom *name, uint32_t tag,
                  void *val) {
  uint32_t i;
  if ((s->n + 1) * 2 > s->cap) {
    uint32_t cap = s->cap ? s->cap * 2 : 1024, j;
    sc_slot *t = jc_raw_alloc(s->c, cap * sizeof *t);
    if (t == NULL)
      return -1;
    memset(t, 0, cap * sizeof *t);
    for (j = 0; j < s->cap; j++) {
      sc_slot *e = &s->tab[j];
      if (e->key != NULL) {
        uint32_t k = sc_hash(e->key, e->name, e->tag) & (cap - 1);
        while (t[k].key != NULL)
          k = (k + 1) & (cap - 1);
        t[k] = *e;
      }
    }
    jc_raw_free(s->c, s->tab);
    s->tab = t;
    s->cap = cap;
  }
  i = sc_hash(key, name, tag) & (s->cap - 1);
  while (s->tab[i].key != NULL) {
    if (s->tab[i].key == key && s->tab[i].name == name &&
        s->tab[i].tag == tag) {
      s->tab[i].val = val;
      return 0;
    }
    i = (i + 1) & (s->cap - 1);
  }
  s->tab[i].key = key;
  s->tab[i].name = name;
  s->tab[i].tag = tag;
  s->tab[i].val = val;
  s->n++;
  return 0;
}

static sc_bind *sc_get(sc *s, const sc_scope *scope, const jc_atom *name) {
  sc_slot *e = sc_find(s, scope, name, SC_T_BIND);
  return e != NULL ? e->val : NULL;
}

/* ---- public helpers ---- */

jc_binding *jc_scope_lookup(jc_scope *s, jc_atom *name) {
  for (; s != NULL; s = s->parent) {
    jc_binding *b;
    for (b = s->bindings; b != NULL; b = b->next)
      if (b->name == name)
        return b;
  }
  return NULL;
}

/* Whether an atom of this text exists (any identifier, key or string of
 * the program, or a name made before). Same hash as ast.c's atoms. */
static int sc_atom_exists(const jc_ctx *c, const char *s, size_t n) {
  uint32_t h = 2166136261u;
  size_t i;
  const jc_atom *a;
  if (c->atoms_cap == 0)
    return 0;
  for (i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  for (a = c->atoms[h & (c->atoms_cap - 1)]; a != NULL; a = a->next)
    if (a->hash == h && a->len == n && memcmp(a->text, s, n) == 0)
      return 1;
  return 0;
}

/* The next suffix to try per hint, so that the n-th `_loop` costs one
 * probe, not n. */
#define SC_FRESH_BUCKETS 256
typedef struct sc_fresh {
  const jc_atom *base;
  unsigned next;
  struct sc_fresh *link;
} sc_fresh;

jc_atom *jc_fresh_name(jc_ctx *c, const char *hint) {
  char buf[96];
  size_t n;
  unsigned k;
  int len;
  sc_fresh **tab, *e;
  const jc_atom *base;
  int existed;
  if (hint == NULL || hint[0] == '\0')
    hint = "ref";
  len = snprintf(buf, sizeof buf - 12, "%s%s", hint[0] == '_' ? "" : "_", hint);
  if (len < 0 || (size_t)len >= sizeof buf - 12)
    len = (int)sizeof buf - 13;
  n = (size_t)len;
  if (c->fresh_tab == NULL) {
    c->fresh_tab = jc_alloc(c, SC_FRESH_BUCKETS * sizeof(sc_fresh *));
    if (c->fresh_tab == NULL)
      return NULL;
  }
  tab = c->fresh_tab;
  existed = sc_atom_exists(c, buf, n);
  base = jc_atom_get(c, buf, n); /* interned: taken from now on */
  if (base == NULL)
    return NULL;
  for (e = tab[base->hash % SC_FRESH_BUCKETS]; e != NULL; e = e->link)
    if (e->base == base)
      break;
  if (e == NULL) {
    e = jc_alloc(c, sizeof *e);
    if (e == NULL)
      return NULL;
    e->base = base;
    e->next = 1;
    e->link = tab[base->hash % SC_FRESH_BUCKETS];
    tab[base->hash % SC_FRESH_BUCKETS] = e;
    if (!existed) {
      e->next = 2;
      c->fresh++;
      return (jc_atom *)base;
    }
  }
  for (k = e->next < 2 ? 2 : e->next;; k++) {
    size_t m = n + (size_t)snprintf(buf + n, 12, "%u", k);
    if (!sc_atom_exists(c, buf, m)) {
      e->next = k + 1;
      c->fresh++;
      return jc_atom_get(c, buf, m);
    }
  }
}

/* ---- making scopes and bindings ---- */

static sc_scope *sc_new_scope(sc *s, jc_scope_kind kind, jc_node *node) {
  sc_scope *x = jc_alloc(s->c, sizeof *x);
  if (x == NULL)
    return NULL;
  x->s.kind = (uint8_t)kind;
  x->s.strict = (uint8_t)s->strict;
  x->s.parent = s->cur != NULL ? &s->cur->s : NULL;
  x->s.node = node;
  if (kind == JC_S_FUNCTION || kind == JC_S_PROGRAM || kind == JC_S_MODULE) {
    x->s.func = &x->s;
    x->lex_tail = &x->lex_first;
  } else {
    x->s.func = s->func != NULL ? &s->func->s : NULL;
    x->s.in_loop = s->loop_depth > 0;
  }
  return x;
}

static int sc_lexical_kind(int kind) {
  return kind == JC_B_LET || kind == JC_B_CONST || kind == JC_B_CLASS;
}

/* Declares id's name in scope; a redeclaration (var twice, a function
 * over a var) reuses the binding. */
static sc_bind *sc_declare(sc *s, sc_scope *scope, jc_node *id, int kind) {
  sc_bind *b;
  if (id == NULL || id->kind != JC_IDENT || id->atom == NULL || scope == NULL)
    return NULL;
  b = sc_get(s, scope, id->atom);
  if (b != NULL) {
    if (kind == JC_B_FUNCTION && b->b.kind == JC_B_VAR)
      b->b.kind = JC_B_FUNCTION;
    id->u.binding = &b->b;
    return b;
  }
  b = jc_alloc(s->c, sizeof *b);
  if (b == NULL || sc_put(s, scope, id->atom, SC_T_BIND, b) != 0)
    return NULL;
  b->b.name = b->b.out = id->atom;
  b->b.scope = &scope->s;
  b->b.decl = id;
  b->b.kind = (uint8_t)kind;
  b->min_ref = UINT32_MAX;
  b->b.next = scope->s.bindings;
  scope->s.bindings = &b->b;
  id->u.binding = &b->b;
  /* Block-scoped bindings of nested blocks are what pass 3 renames. */
  if ((sc_lexical_kind(kind) || kind == JC_B_FUNCTION) &&
      (scope->s.kind == JC_S_BLOCK || scope->s.kind == JC_S_FOR ||
       scope->s.kind == JC_S_SWITCH) &&
      s->func != NULL) {
    if (s->func->lex_first == NULL) {
      *s->lex_funcs_tail = s->func;
      s->lex_funcs_tail = &s->func->lex_func_next;
    }
    *s->func->lex_tail = b;
    s->func->lex_tail = &b->lex_next;
  }
  return b;
}

static const jc_node *sc_unparen(const jc_node *n) {
  while (n != NULL && n->kind == JC_PAREN)
    n = n->a;
  return n;
}

/* The names a binding pattern declares. */
static void sc_declare_pattern(sc *s, sc_scope *scope, jc_node *p, int kind,
                               const jc_node *decl) {
  jc_node *e;
  if (p == NULL)
    return;
  switch (p->kind) {
  case JC_IDENT: {
    sc_bind *b = sc_declare(s, scope, p, kind);
    if (b != NULL && decl != NULL && sc_lexical_kind(kind)) {
      b->init_end = decl->end;
      b->init = sc_unparen(decl->kind == JC_DECLARATOR ? decl->b : NULL);
    }
    break;
  }
  case JC_ARRAY_PATTERN:
    for (e = p->a; e != NULL; e = e->next)
      sc_declare_pattern(s, scope, e, kind, decl);
    break;
  case JC_OBJECT_PATTERN:
    for (e = p->a; e != NULL; e = e->next)
      sc_declare_pattern(s, scope, e->kind == JC_PROPERTY ? e->b : e, kind,
                         decl);
    break;
  case JC_ASSIGN_PAT:
  case JC_REST:
    sc_declare_pattern(s, scope, p->a, kind, decl);
    break;
  case JC_PAREN:
    sc_declare_pattern(s, scope, p->a, kind, decl);
    break;
  default:
    break;
  }
}

/* A function declaration's name: var-like at the top of a function,
 * block-scoped in a block; in sloppy code a block function is also a var
 * of the function when that does not clash (Annex B.3.3). */
static void sc_declare_function(sc *s, jc_node *fn) {
  sc_scope *sc_, *f = s->func;
  sc_bind *b;
  jc_node *id = fn->a;
  if (id == NULL || id->u.binding != NULL)
    return;
  if (s->cur == f || f == NULL) {
    sc_declare(s, s->cur, id, JC_B_FUNCTION);
    return;
  }
  b = sc_declare(s, s->cur, id, JC_B_FUNCTION);
  if (b == NULL || s->strict || (fn->flags & (JC_F_ASYNC | JC_F_GENERATOR)))
    return;
  for (sc_ = (sc_scope *)s->cur->s.parent; sc_ != NULL && sc_ != f;
       sc_ = (sc_scope *)sc_->s.parent) {
    sc_bind *o = sc_get(s, sc_, id->atom);
    if (o != NULL && o->b.kind != JC_B_CATCH)
      return; /* a lexical binding between: no var */
  }
  {
    sc_bind *o = sc_get(s, f, id->atom);
    if (o != NULL && (sc_lexical_kind(o->b.kind) || o->b.kind == JC_B_PARAM))
      return;
    if (o == NULL) {
      jc_node *twin = jc_ident(s->c, id->atom, id);
      if (twin == NULL)
        return;
      twin->mark &= (uint8_t) ~(JC_MK_SYNTH | JC_MK_DIRTY);
      o = sc_declare(s, f, twin, JC_B_VAR);
      if (o == NULL)
        return;
      o->b.decl = NULL;
    }
  }
  b->b.flags |= JC_BF_ANNEXB;
  id->u.binding = &b->b;
}

/* Declares the lexical names of a statement list (let, const, class,
 * function declarations) in scope: done when the list's block is entered,
 * so closures before a declaration resolve to it. case_end: the end of
 * the switch case holding the list, or 0. */
static void sc_hoist_lexical(sc *s, jc_node *list, uint32_t case_end) {
  jc_node *st;
  for (st = list; st != NULL; st = st->next) {
    jc_node *d = st;
    /* modules: the declaration inside an export; imports' bindings */
    if (d->kind == JC_EXPORT_NAMED && d->c != NULL)
      d = d->c;
    else if (d->kind == JC_EXPORT_DEFAULT && d->a != NULL)
      d = d->a;
    if (d->kind == JC_IMPORT) {
      jc_node *sp;
      for (sp = d->a; sp != NULL; sp = sp->next)
        sc_declare(s, s->cur, sp->b, JC_B_IMPORT);
      continue;
    }
    if (d->kind == JC_VAR && d->op != JC_DECL_VAR) {
      jc_node *dl;
      int kind = d->op == JC_DECL_CONST ? JC_B_CONST : JC_B_LET;
      for (dl = d->a; dl != NULL; dl = dl->next) {
        sc_declare_pattern(s, s->cur, dl->a, kind, dl);
        if (case_end) {
          /* every name of this declarator */
          jc_binding *b;
          for (b = s->cur->s.bindings; b != NULL; b = b->next)
            if (((sc_bind *)b)->init_end == dl->end)
              ((sc_bind *)b)->case_end = case_end;
        }
      }
    } else if (d->kind == JC_CLASS && (d->flags & JC_F_DECL) && d->a) {
      sc_bind *b = sc_declare(s, s->cur, d->a, JC_B_CLASS);
      if (b != NULL) {
        b->init_end = d->end;
        b->case_end = case_end;
      }
    } else if (d->kind == JC_FUNCTION && (d->flags & JC_F_DECL)) {
      sc_declare_function(s, d);
      if (d->a != NULL && d->a->u.binding != NULL && case_end)
        ((sc_bind *)d->a->u.binding)->case_end = case_end;
    }
  }
}

static int sc_has_lexical(const jc_node *list) {
  for (; list != NULL; list = list->next)
    if ((list->kind == JC_VAR && list->op != JC_DECL_VAR) ||
        (list->kind == JC_CLASS && (list->flags & JC_F_DECL)) ||
        (list->kind == JC_FUNCTION && (list->flags & JC_F_DECL)))
      return 1;
  return 0;
}

/* ---- resolving ---- */

enum { SC_NEED = 1 };

/* Resolves a reference (pass 2) and returns SC_NEED when the traversal
 * must see it. TDZ: a binding may be read before it is initialized when a
 * reference in the same function comes textually before the declaration
 * ends (or, in a switch, from a later case), or a closure does: a
 * function expression made before the declaration ends (unless it is the
 * initializer itself: making a function runs nothing), or a function
 * declaration (hoisted) that something refers to before the declaration
 * ends (decided after the walk, see sc_pending). */
static int sc_ref(sc *s, jc_node *id, int write) {
  sc_scope *x, *crossed = NULL, *first_func = NULL;
  sc_bind *b = NULL;
  jc_atom *name = id->atom;
  int need = 0;
  if (name == NULL)
    return 0;
  for (x = s->cur; x != NULL; x = (sc_scope *)x->s.parent) {
    b = sc_get(s, x, name);
    if (b != NULL)
      break;
    if (x->s.kind == JC_S_FUNCTION && name == s->a_arguments && !x->arrow &&
        !x->static_block && x->s.node != NULL &&
        x->s.node->kind == JC_FUNCTION && x->s.node->u.scope == &x->s) {
      /* the implicit `arguments` of a non-arrow function */
      jc_node *decl = jc_ident(s->c, name, x->s.node);
      if (decl == NULL)
        return 0;
      b = sc_declare(s, x, decl, JC_B_VAR);
      if (b == NULL)
        return 0;
      b->b.decl = NULL;
      b->b.flags |= JC_BF_IMPLICIT;
      break;
    }
    if (x->s.kind == JC_S_FUNCTION || x->s.kind == JC_S_PROGRAM ||
        x->s.kind == JC_S_MODULE) {
      if (x->lex_first != NULL && sc_put(s, x, name, SC_T_PASS, x) != 0)
        return 0;
      if (x->s.kind == JC_S_FUNCTION) {
        crossed = x;
        if (first_func == NULL)
          first_func = x;
      }
    }
  }
  if (b == NULL) {
    id->u.binding = NULL;
    return 0;
  }
  id->u.binding = &b->b;
  if (write)
    b->b.assigned = 1;
  if (b->min_ref == UINT32_MAX)
    b->min_ref = id->start;
  if (b->b.kind == JC_B_IMPORT)
    return SC_NEED; /* read through a namespace (lower_module.c) */
  if (b->b.flags & JC_BF_IMPLICIT) {
    /* `arguments` seen through an arrow */
    return first_func != NULL && first_func->arrow ? SC_NEED : 0;
  }
  if (!(sc_lexical_kind(b->b.kind) ||
        (b->b.kind == JC_B_FUNCTION && b->b.scope->kind != JC_S_FUNCTION &&
         b->b.scope->kind != JC_S_PROGRAM && b->b.scope->kind != JC_S_MODULE)))
    return 0;
  need = SC_NEED;
  if (b->b.scope->kind == JC_S_CLASS || b->b.kind == JC_B_FUNCTION)
    return need; /* initialized on entry (functions), or by the class */
  if (crossed != NULL) {
    jc_node *fn = crossed->s.node;
    if (b->b.scope->in_loop || b->b.scope->kind == JC_S_FOR) {
      b->b.captured = 1;
      fn->mark |= JC_MK_CAPTURED;
    }
    if (fn->flags & JC_F_DECL) {
      sc_pending *p;
      if (fn->a == NULL || fn->a->u.binding == NULL || b->b.tdz)
        return need;
      p = jc_alloc(s->c, sizeof *p);
      if (p == NULL)
        return need;
      p->b = b;
      p->fn = fn->a->u.binding;
      p->next = s->pending;
      s->pending = p;
    } else if ((fn->start < b->init_end && fn != b->init) ||
               (b->case_end && fn->start >= b->case_end)) {
      b->b.tdz = 1;
    }
  } else if (id->start < b->init_end ||
             (b->case_end && id->start >= b->case_end)) {
    b->b.tdz = 1;
  }
  return need;
}

/* ---- the walk (passes 1 and 2) ---- */

static int sc_walk(sc *s, jc_node *n);

static int sc_list(sc *s, jc_node *n) {
  int need = 0;
  for (; n != NULL && s->c->status == JSC_OK; n = n->next)
    need |= sc_walk(s, n);
  return need;
}

/* An assignment target: identifiers in it are written. */
static int sc_target(sc *s, jc_node *t) {
  jc_node *e;
  int need = 0;
  if (t == NULL)
    return 0;
  switch (t->kind) {
  case JC_IDENT:
    need = s->pass == 2 ? sc_ref(s, t, 1) : 0;
    break;
  case JC_PAREN:
  case JC_REST:
    need = sc_target(s, t->a);
    break;
  case JC_ASSIGN_PAT:
    need = sc_target(s, t->a) | sc_walk(s, t->b);
    break;
  case JC_ARRAY_PATTERN:
  case JC_ARRAY:
    for (e = t->a; e != NULL; e = e->next)
      need |= sc_target(s, e);
    break;
  case JC_OBJECT_PATTERN:
  case JC_OBJECT:
    for (e = t->a; e != NULL; e = e->next) {
      if (e->kind == JC_PROPERTY) {
        if (e->flags & JC_F_COMPUTED)
          need |= sc_walk(s, e->a);
        need |= sc_target(s, e->b);
      } else {
        need |= sc_target(s, e);
      }
    }
    break;
  case JC_ASSIGN: /* a default written as an assignment */
    need = sc_target(s, t->a) | sc_walk(s, t->b);
    break;
  default:
    need = sc_walk(s, t);
    break;
  }
  if (need)
    t->mark |= JC_MK_LOWER;
  return need;
}

/* The expressions inside a binding pattern (defaults, computed keys). */
static int sc_pattern_exprs(sc *s, jc_node *p) {
  jc_node *e;
  int need = 0;
  if (p == NULL)
    return 0;
  switch (p->kind) {
  case JC_IDENT:
    return 0;
  case JC_ARRAY_PATTERN:
    for (e = p->a; e != NULL; e = e->next)
      need |= sc_pattern_exprs(s, e);
    break;
  case JC_OBJECT_PATTERN:
    for (e = p->a; e != NULL; e = e->next) {
      if (e->kind == JC_PROPERTY) {
        if (e->flags & JC_F_COMPUTED)
          need |= sc_walk(s, e->a);
        need |= sc_pattern_exprs(s, e->b);
      } else {
        need |= sc_pattern_exprs(s, e);
      }
    }
    break;
  case JC_ASSIGN_PAT:
    need = sc_pattern_exprs(s, p->a) | sc_walk(s, p->b);
    break;
  case JC_REST:
  case JC_PAREN:
    need = sc_pattern_exprs(s, p->a);
    break;
  default:
    need = sc_walk(s, p);
    break;
  }
  if (need)
    p->mark |= JC_MK_LOWER;
  return need;
}

static int sc_function(sc *s, jc_node *n) {
  sc_scope *saved_cur = s->cur, *saved_func = s->func, *fs, *ns = NULL;
  unsigned saved_loops = s->loop_depth;
  int saved_strict = s->strict, need = 0;
  jc_node *p;
  if (s->pass == 1) {
    if ((n->flags & JC_F_DECL) && n->a != NULL && n->a->u.binding == NULL)
      sc_declare_function(s, n); /* a declaration outside a list */
    s->strict = s->strict || (n->flags & JC_F_STRICT);
    if (!(n->flags & JC_F_DECL) && n->a != NULL && !(n->flags & JC_F_ARROW)) {
      /* a named function expression: its name in a scope of its own */
      ns = sc_new_scope(s, JC_S_FUNCTION, n);
      if (ns == NULL)
        return 0;
      s->cur = ns;
      s->func = ns;
      sc_declare(s, ns, n->a, JC_B_FUNCTION);
    }
    fs = sc_new_scope(s, JC_S_FUNCTION, n);
    if (fs == NULL)
      return 0;
    fs->arrow = (n->flags & JC_F_ARROW) != 0;
    n->u.scope = &fs->s;
    s->cur = s->func = fs;
    s->loop_depth = 0;
    for (p = n->b; p != NULL; p = p->next)
      sc_declare_pattern(s, fs, p, JC_B_PARAM, NULL);
    if (n->c != NULL && n->c->kind == JC_BLOCK && !(n->flags & JC_F_EXPR_BODY))
      sc_hoist_lexical(s, n->c->a, 0);
  } else {
    fs = (sc_scope *)n->u.scope;
    if (fs == NULL)
      return 0;
    s->strict = fs->s.strict;
    s->cur = s->func = fs;
    s->loop_depth = 0;
  }
  for (p = n->b; p != NULL; p = p->next)
    need |= sc_pattern_exprs(s, p);
  if (n->c != NULL) {
    if (n->c->kind == JC_BLOCK && !(n->flags & JC_F_EXPR_BODY)) {
      if (sc_list(s, n->c->a))
        n->c->mark |= JC_MK_LOWER, need = 1;
    } else {
      need |= sc_walk(s, n->c);
    }
  }
  s->cur = saved_cur;
  s->func = saved_func;
  s->loop_depth = saved_loops;
  s->strict = saved_strict;
  return need;
}

/* A block's statements in a scope of its own when it declares lexical
 * names. */
static int sc_block(sc *s, jc_node *n) {
  sc_scope *saved = s->cur;
  int need;
  if (s->pass == 1) {
    if (sc_has_lexical(n->a)) {
      sc_scope *x = sc_new_scope(s, JC_S_BLOCK, n);
      if (x == NULL)
        return 0;
      n->u.scope = &x->s;
      s->cur = x;
      sc_hoist_lexical(s, n->a, 0);
    } else {
      n->u.scope = NULL;
    }
  } else if (n->u.scope != NULL) {
    s->cur = (sc_scope *)n->u.scope;
  }
  need = sc_list(s, n->a);
  s->cur = saved;
  return need;
}

/* for/for-in/for-of: a scope for a let/const head. */
static int sc_loop(sc *s, jc_node *n) {
  sc_scope *saved = s->cur;
  jc_node *head = n->a, **body;
  int need = 0,
      lexical = head != NULL && head->kind == JC_VAR && head->op != JC_DECL_VAR;
  if (lexical) {
    if (s->pass == 1) {
      sc_scope *x = sc_new_scope(s, JC_S_FOR, n);
      jc_node *d;
      int kind = head->op == JC_DECL_CONST ? JC_B_CONST : JC_B_LET;
      if (x == NULL)
        return 0;
      x->s.in_loop = 1;
      n->u.scope = &x->s;
      s->cur = x;
      for (d = head->a; d != NULL; d = d->next) {
        jc_binding *b;
        sc_declare_pattern(s, x, d->a, kind, d);
        if (n->kind != JC_FOR)
          for (b = x->s.bindings; b != NULL; b = b->next) {
            /* for-in/of: the right side runs with the names in TDZ */
            ((sc_bind *)b)->init_end = n->b != NULL ? n->b->end : n->end;
            ((sc_bind *)b)->init = NULL;
          }
      }
    } else {
      s->cur = (sc_scope *)n->u.scope;
    }
    {
      jc_node *d;
      for (d = head->a; d != NULL; d = d->next) {
        need |= sc_pattern_exprs(s, d->a) | sc_walk(s, d->b);
        if (need)
          d->mark |= JC_MK_LOWER;
      }
      if (need)
        head->mark |= JC_MK_LOWER;
    }
  } else if (n->kind == JC_FOR || (head != NULL && head->kind == JC_VAR)) {
    need |= sc_walk(s, head);
  } else {
    need |= sc_target(s, head);
  }
  if (n->kind == JC_FOR) {
    need |= sc_walk(s, n->b) | sc_walk(s, n->c);
    body = &n->d;
  } else {
    need |= sc_walk(s, n->b);
    body = &n->c;
  }
  s->loop_depth++;
  need |= sc_walk(s, *body);
  s->loop_depth--;
  s->cur = saved;
  return need;
}

static int sc_class(sc *s, jc_node *n) {
  sc_scope *saved = s->cur, *x;
  int saved_strict = s->strict, need = 0;
  jc_node *m;
  if (s->pass == 1) {
    s->strict = 1;
    x = sc_new_scope(s, JC_S_CLASS, n);
    if (x == NULL)
      return 0;
    n->u.scope = &x->s;
    if (n->a != NULL && n->a->kind == JC_IDENT) {
      /* the inner, immutable binding of the class name (its decl is a
         copy: the written id declares the outer binding) */
      jc_node *inner = jc_ident(s->c, n->a->atom, n->a);
      sc_bind *b;
      if (inner == NULL)
        return 0;
      inner->mark &= (uint8_t) ~(JC_MK_SYNTH | JC_MK_DIRTY);
      b = sc_declare(s, x, inner, JC_B_CLASS);
      if (b != NULL)
        b->b.decl = NULL;
      if (!(n->flags & JC_F_DECL))
        n->a->u.binding = b != NULL ? &b->b : NULL;
    }
  } else {
    x = (sc_scope *)n->u.scope;
    s->strict = 1;
  }
  s->cur = x;
  need |= sc_walk(s, n->b);
  for (m = n->c; m != NULL && s->c->status == JSC_OK; m = m->next) {
    int mn = 0;
    if (m->kind == JC_METHOD || m->kind == JC_FIELD) {
      if (m->flags & JC_F_COMPUTED)
        mn |= sc_walk(s, m->a);
      mn |= sc_walk(s, m->b);
    } else if (m->kind == JC_STATIC_BLOCK) {
      sc_scope *saved_func = s->func, *fs;
      unsigned saved_loops = s->loop_depth;
      if (s->pass == 1) {
        fs = sc_new_scope(s, JC_S_FUNCTION, m);
        if (fs == NULL)
          return 0;
        fs->static_block = 1;
        m->u.scope = &fs->s;
        s->cur = s->func = fs;
        if (m->a != NULL && m->a->kind == JC_BLOCK)
          sc_hoist_lexical(s, m->a->a, 0);
        else
          sc_hoist_lexical(s, m->a, 0);
      } else {
        fs = (sc_scope *)m->u.scope;
        s->cur = s->func = fs;
      }
      s->loop_depth = 0;
      if (m->a != NULL && m->a->kind == JC_BLOCK)
        mn |= sc_list(s, m->a->a);
      else
        mn |= sc_list(s, m->a);
      s->cur = x;
      s->func = saved_func;
      s->loop_depth = saved_loops;
    } else {
      mn |= sc_walk(s, m);
    }
    if (mn)
      m->mark |= JC_MK_LOWER;
    need |= mn;
  }
  s->cur = saved;
  s->strict = saved_strict;
  return need;
}

static int sc_switch(sc *s, jc_node *n) {
  sc_scope *saved = s->cur;
  jc_node *k;
  int need = sc_walk(s, n->a);
  if (s->pass == 1) {
    int lexical = 0;
    for (k = n->b; k != NULL; k = k->next)
      lexical |= sc_has_lexical(k->b);
    n->u.scope = NULL;
    if (lexical) {
      sc_scope *x = sc_new_scope(s, JC_S_SWITCH, n);
      if (x == NULL)
        return 0;
      n->u.scope = &x->s;
      s->cur = x;
      for (k = n->b; k != NULL; k = k->next)
        sc_hoist_lexical(s, k->b, k->end);
    }
  } else if (n->u.scope != NULL) {
    s->cur = (sc_scope *)n->u.scope;
  }
  for (k = n->b; k != NULL && s->c->status == JSC_OK; k = k->next) {
    int kn = sc_walk(s, k->a) | sc_list(s, k->b);
    if (kn)
      k->mark |= JC_MK_LOWER;
    need |= kn;
  }
  s->cur = saved;
  return need;
}

static int sc_catch(sc *s, jc_node *n) {
  sc_scope *saved = s->cur;
  int need = 0;
  if (n->a != NULL) {
    if (s->pass == 1) {
      sc_scope *x = sc_new_scope(s, JC_S_CATCH, n);
      if (x == NULL)
        return 0;
      n->u.scope = &x->s;
      s->cur = x;
      sc_declare_pattern(s, x, n->a, JC_B_CATCH, NULL);
    } else {
      s->cur = (sc_scope *)n->u.scope;
    }
    need |= sc_pattern_exprs(s, n->a);
  }
  need |= sc_walk(s, n->b);
  s->cur = saved;
  return need;
}

static int sc_walk(sc *s, jc_node *n) {
  jc_ctx *c = s->c;
  int need = 0;
  if (n == NULL || jc_tick(c))
    return 0;
  if (++c->depth > c->max_depth) {
    jc_error(c, JSC_ESYNTAX, n->start, "too deeply nested");
    c->depth--;
    return 0;
  }
  switch (n->kind) {
  case JC_PROGRAM:
  case JC_EMPTY:
  case JC_NUM:
  case JC_STR:
  case JC_BIGINT:
  case JC_REGEXP:
  case JC_NULL_LIT:
  case JC_TRUE_LIT:
  case JC_FALSE_LIT:
  case JC_TEMPLATE_ELEM:
  case JC_PRIVATE_NAME:
  case JC_HOLE:
  case JC_BREAK:
  case JC_CONTINUE:
  case JC_DEBUGGER:
  case JC_RAW:
  case JC_IMPORT:
  case JC_IMPORT_SPEC:
  case JC_EXPORT_SPEC:
  case JC_EXPORT_ALL:
    break;
  case JC_IDENT:
    if (s->pass == 2)
      need = sc_ref(s, n, 0);
    break;
  case JC_THIS:
  case JC_SUPER:
  case JC_META:
    if (s->pass == 2 && s->func != NULL && s->func->arrow)
      need = SC_NEED;
    break;
  case JC_FUNCTION:
    need = sc_function(s, n);
    break;
  case JC_CLASS:
    need = sc_class(s, n);
    break;
  case JC_BLOCK:
    need = sc_block(s, n);
    break;
  case JC_FOR:
  case JC_FOR_IN:
  case JC_FOR_OF:
    need = sc_loop(s, n);
    break;
  case JC_WHILE:
    need = sc_walk(s, n->a);
    s->loop_depth++;
    need |= sc_walk(s, n->b);
    s->loop_depth--;
    break;
  case JC_DO_WHILE:
    s->loop_depth++;
    need = sc_walk(s, n->a);
    s->loop_depth--;
    need |= sc_walk(s, n->b);
    break;
  case JC_SWITCH:
    need = sc_switch(s, n);
    break;
  case JC_CATCH:
    need = sc_catch(s, n);
    break;
  case JC_VAR: {
    jc_node *d;
    for (d = n->a; d != NULL; d = d->next) {
      int dn;
      if (s->pass == 1) {
        if (n->op == JC_DECL_VAR)
          sc_declare_pattern(s, s->func, d->a, JC_B_VAR, d);
        else if (d->a != NULL && d->a->kind == JC_IDENT &&
                 d->a->u.binding == NULL) /* not hoisted: no block */
          sc_declare_pattern(s, s->cur, d->a,
                             n->op == JC_DECL_CONST ? JC_B_CONST : JC_B_LET, d);
      }
      dn = sc_pattern_exprs(s, d->a) | sc_walk(s, d->b);
      if (dn)
        d->mark |= JC_MK_LOWER;
      need |= dn;
    }
    break;
  }
  case JC_MEMBER:
    need = sc_walk(s, n->a);
    if (n->flags & JC_F_COMPUTED)
      need |= sc_walk(s, n->b);
    break;
  case JC_PROPERTY:
    if (n->flags & JC_F_COMPUTED)
      need |= sc_walk(s, n->a);
    if (n->b == n->a && !(n->flags & JC_F_COMPUTED) && n->b != NULL &&
        n->b->kind == JC_IDENT) {
      if (s->pass == 2)
        need |= sc_ref(s, n->b, 0);
    } else {
      need |= sc_walk(s, n->b);
    }
    break;
  case JC_METHOD:
  case JC_FIELD:
    if (n->flags & JC_F_COMPUTED)
      need |= sc_walk(s, n->a);
    need |= sc_walk(s, n->b);
    break;
  case JC_ASSIGN:
    need = sc_target(s, n->a) | sc_walk(s, n->b);
    break;
  case JC_UPDATE:
    need = sc_target(s, n->a);
    break;
  case JC_CALL:
    need = sc_walk(s, n->a) | sc_list(s, n->b);
    if (s->pass == 2 && n->a != NULL && n->a->kind == JC_IDENT &&
        n->a->atom == s->a_eval && n->a->u.binding == NULL &&
        !(n->flags & JC_F_OPTIONAL)) {
      jc_scope *x;
      for (x = &s->cur->s; x != NULL; x = x->parent)
        x->has_eval = 1;
    }
    break;
  case JC_TEMPLATE:
    need = sc_list(s, n->b);
    break;
  case JC_PRIVATE_IN:
    need = sc_walk(s, n->b);
    break;
  case JC_ARRAY_PATTERN:
  case JC_OBJECT_PATTERN:
  case JC_ASSIGN_PAT:
  case JC_REST:
    need = sc_target(s, n);
    break;
  case JC_EXPORT_NAMED:
    need = sc_walk(s, n->c);
    break;
  case JC_LABELED:
    need = sc_walk(s, n->a);
    break;
  default:
    need = sc_list(s, n->a) | sc_list(s, n->b) | sc_list(s, n->c) |
           sc_list(s, n->d);
    break;
  }
  c->depth--;
  if (need)
    n->mark |= JC_MK_LOWER;
  return need;
}

static void sc_program(sc *s, jc_node *prog) {
  sc_scope *x;
  if (s->pass == 1) {
    int goal = s->c->opt->goal;
    s->strict = (prog->flags & JC_F_STRICT) || goal == JSC_GOAL_MODULE ||
                (s->c->opt->flags & JSC_STRICT);
    x = sc_new_scope(s, goal == JSC_GOAL_MODULE ? JC_S_MODULE : JC_S_PROGRAM,
                     prog);
    if (x == NULL)
      return;
    prog->u.scope = &x->s;
    s->c->top = &x->s;
    s->cur = s->func = x;
    sc_hoist_lexical(s, prog->a, 0);
  } else {
    x = (sc_scope *)prog->u.scope;
    s->strict = x->s.strict;
    s->cur = s->func = x;
  }
  s->loop_depth = 0;
  if (sc_list(s, prog->a))
    prog->mark |= JC_MK_LOWER;
}

/* ---- pass 3: names of block-scoped bindings lowered to var ---- */

static int sc_clash(sc *s, sc_scope *f, sc_bind *b) {
  jc_atom *name = b->b.name;
  sc_bind *o = sc_get(s, f, name);
  jc_scope *x;
  if (name == s->a_arguments || name == s->a_eval)
    return 1;
  if (o != NULL && !((b->b.flags & JC_BF_ANNEXB) && o->b.kind == JC_B_VAR &&
                     o->b.decl == NULL))
    return 1;
  if (sc_find(s, f, name, SC_T_PASS) != NULL ||
      sc_find(s, f, name, SC_T_HOIST) != NULL)
    return 1;
  for (x = b->b.scope->parent; x != NULL && x != &f->s; x = x->parent)
    if (x->kind == JC_S_CATCH && sc_get(s, (sc_scope *)x, name) != NULL)
      return 1;
  return 0;
}

static void sc_rename(sc *s, sc_scope *f) {
  sc_bind *b;
  for (b = f->lex_first; b != NULL; b = b->lex_next) {
    int rename;
    if (f->s.has_eval)
      rename = !b->b.scope->has_eval; /* eval may see it: keep the name */
    else
      rename = sc_clash(s, f, b);
    if (rename && !(f->s.has_eval && b->b.scope->has_eval)) {
      jc_atom *fresh = jc_fresh_name(s->c, b->b.name->text);
      if (fresh == NULL)
        return;
      b->b.out = fresh;
    } else if (sc_put(s, f, b->b.name, SC_T_HOIST, b) != 0) {
      return;
    }
  }
}

int jc_scope_analyze(jc_ctx *c) {
  sc s;
  sc_pending *p;
  if (c->status != JSC_OK || c->program == NULL)
    return c->status;
  memset(&s, 0, sizeof s);
  s.c = c;
  s.lex_funcs_tail = &s.lex_funcs;
  s.a_arguments = jc_atom_lit(c, "arguments");
  s.a_eval = jc_atom_lit(c, "eval");
  if (s.a_arguments == NULL || s.a_eval == NULL)
    return c->status;
  s.pass = 1;
  sc_program(&s, c->program);
  if (c->status == JSC_OK) {
    s.pass = 2;
    sc_program(&s, c->program);
  }
  /* A function declaration reading a lexical binding: TDZ when anything
   * refers to the function before the binding is initialized. */
  for (p = s.pending; p != NULL && c->status == JSC_OK; p = p->next) {
    sc_bind *fb = (sc_bind *)p->fn;
    if (fb->min_ref < p->b->init_end)
      p->b->b.tdz = 1;
  }
  /* Pass 3, function by function in source order. */
  {
    sc_scope *f;
    for (f = s.lex_funcs; f != NULL && c->status == JSC_OK;
         f = f->lex_func_next)
      sc_rename(&s, f);
  }
  jc_raw_free(c, s.tab);
  return c->status;
}

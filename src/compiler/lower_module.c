/* lower_module.c - ES modules (ES2015+): import/export, import.meta and
 * import() as one ES5 function the loader (src/js/internal/esm.js) calls.
 *
 * The shape. compile.c wraps the output as `function (__jsrt_mod) {...}`;
 * its body is the module's scope, and calling it runs no user code: it
 * declares every top-level binding (var, let, const, class, functions,
 * hoisted to this scope as vars) and returns the module's record:
 *
 *   "use strict";
 *   var x, C, _m, _m2;                 // top-level bindings, namespaces
 *   var _r = function () { x = 1; C = ...; f(_m.y); };   // the statements
 *   function f() {...}                  // declarations stay where they are
 *   return {j: '{"d": ["./a.js", ...],    // requests, in source order
 *                "t": [null, "json"],     // their `with { type }`
 *                "i": [[0, "y", line, col]],  // named imports, checked
 *                "e": ["x", "f"],         // local exports: cases of g
 *                "l": ["x", "f"],         // ... their local names
 *                "r": {"z": [1, "w"], "ns": [1, null]},  // indirect
 *                "s": [1]}',              // export * from requests[1]
 *           g: function ($, $0, $1) {
 *             if ($ < 0) { _m = $0; _m2 = $1; return; }  // namespaces
 *             switch ($) { case 0: return x; ... } },    // getters
 *           run: [_r]};                                  // evaluation
 *
 * The static part is one JSON string and the getters one switch: Duktape
 * compiles a function per function literal, and the record's literals
 * were most of a small module's compile time.
 *
 * So the loader can instantiate the whole graph (every hoisted function
 * exists, every namespace is filled) before evaluating any module: the
 * spec's Link() then Evaluate(). This is SystemJS's System.register shape
 * (declare -> setters + execute), chosen because it is the known ES5 form
 * that gives hoisted function exports in cycles; it differs in how a
 * binding stays live: System.register re-runs setters on every assignment
 * to an export (_export("x", x = v)), here an importer reads through the
 * exporter's namespace object (`y` -> `_m.y`, a getter over the
 * exporter's local: g bound to the export's index), so nothing in the
 * exporter is rewritten and an
 * assignment is seen at once. Reads of imports are a property get on a
 * namespace; a call `y()` becomes `(0, _m.y)()` (this undefined).
 *
 * The statements go into chunk functions (`var _r = function () {...};`),
 * one per run of statements between top-level function declarations, so
 * every token stays on its line; `var` declarations in them become
 * assignments (their names are declared in the outer scope). `this` at top
 * level is the chunk's: undefined (strict, called plainly). An exported
 * let/const/class (and an `export default` expression) holds __jsrt.tdz
 * from instantiation until its declaration runs, and the loader's getter
 * throws ReferenceError on it in a cycle, as the spec's uninitialized
 * binding does. Reads inside the module itself are checked only where
 * scope.c finds them possibly early (checking every read of every
 * exported binding doubled Duktape's compile time of a small module).
 *
 * import.meta is `__jsrt_mod.meta`; import(x, o) in a module is
 * `__jsrt_mod.dynamicImport(x, o)`, elsewhere `__jsrt.dynamicImport(x, o,
 * "<filename>")` (the referrer is the compiled file's name).
 *
 * An anonymous default export is named "default" (__jsrt.defaultName);
 * an assignment to an import evaluates its value, then throws TypeError
 * "Assignment to constant variable." (__jsrt.constAssign).
 *
 * Deviations: a hoisted function of a module that a cycle calls before
 * the module ran reads its uninitialized exported let/const as the
 * sentinel rather than throwing; a destructuring assignment to an import writes
 * the namespace (a TypeError of its own); a top-level `arguments` is the chunk
 * function's; top-level await is not lowered yet. */
#include <stdio.h>
#include <string.h>

#include "lower.h"

/* jc_node.extra of the reads mod_ident makes: an assignment to one is
 * the TypeError of an immutable import binding. */
#define MOD_IMPORT_READ 0x4d31

/* ---- the module's tables ---- */

typedef struct mod_req {
  jc_atom *spec, *type;
  jc_atom *ns; /* the local holding its namespace */
  int idx;
  struct mod_req *next;
} mod_req;

typedef struct mod_imp {
  jc_binding *b;
  mod_req *req;
  jc_atom *name; /* imported name; NULL: the namespace */
  unsigned line, col;
  struct mod_imp *next;
} mod_imp;

typedef struct mod_exp {
  jc_atom *exported;
  jc_binding *local;   /* a local export */
  jc_atom *local_name; /* ... of a binding the lowering made (_default) */
  mod_req *req;        /* an indirect export: req's `imported` */
  jc_atom *imported;   /* NULL with req: the namespace */
  int lexical;
  struct mod_exp *next;
} mod_exp;

typedef struct mod_state {
  mod_req *reqs, **req_tail;
  int nreq;
  mod_imp *imps;
  mod_exp *exps, **exp_tail;
  mod_req *stars[64];
  int nstars;
  jc_atom *dflt;  /* the local of an anonymous default export */
  int dflt_fn;    /* ... which is a function declaration */
  int dflt_anon;  /* ... or an anonymous function/class expression */
  jc_node *hoist; /* IDENTs to declare in the outer scope */
} mod_state;

/* ---- a growable text buffer in the arena ---- */

typedef struct mb {
  jc_ctx *c;
  char *p;
  size_t len, cap;
} mb;

static void mb_put(mb *b, const char *s, size_t n) {
  if (b->c->status != JSC_OK)
    return;
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 256;
    char *np;
    while (cap < b->len + n + 1)
      cap *= 2;
    np = jc_alloc(b->c, cap);
    if (np == NULL)
      return;
    if (b->len)
      memcpy(np, b->p, b->len);
    b->p = np;
    b->cap = cap;
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = '\0';
}
static void mb_s(mb *b, const char *s) { mb_put(b, s, strlen(s)); }
static void mb_atom(mb *b, const jc_atom *a) { mb_put(b, a->text, a->len); }
static void mb_quote(mb *b, const jc_atom *a) {
  uint32_t i;
  mb_s(b, "\"");
  for (i = 0; i < a->len; i++) {
    unsigned char ch = (unsigned char)a->text[i];
    char e[8];
    if (ch == '"' || ch == '\\') {
      e[0] = '\\';
      e[1] = (char)ch;
      mb_put(b, e, 2);
    } else if (ch < 0x20) {
      snprintf(e, sizeof e, "\\u%04x", ch);
      mb_s(b, e);
    } else {
      mb_put(b, (const char *)&a->text[i], 1);
    }
  }
  mb_s(b, "\"");
}
static void mb_int(mb *b, long v) {
  char e[24];
  snprintf(e, sizeof e, "%ld", v);
  mb_s(b, e);
}

/* ---- collecting (PROGRAM enter) ---- */

static jc_binding *mod_lookup(jc_ctx *c, jc_atom *name) {
  jc_binding *b;
  if (c->top == NULL || name == NULL)
    return NULL;
  for (b = c->top->bindings; b != NULL; b = b->next)
    if (b->name == name)
      return b;
  return NULL;
}

static int mod_is_lexical(const jc_binding *b) {
  return b != NULL && (b->kind == JC_B_LET || b->kind == JC_B_CONST ||
                       b->kind == JC_B_CLASS);
}

/* The `type` of `with { type: 'json' }`, or NULL. */
static jc_atom *mod_attr_type(jc_ctx *c, jc_node *attrs) {
  jc_node *p;
  if (attrs == NULL || attrs->kind != JC_OBJECT)
    return NULL;
  for (p = attrs->a; p != NULL; p = p->next)
    if (p->kind == JC_PROPERTY && p->a != NULL && p->a->atom != NULL &&
        p->a->atom == jc_atom_lit(c, "type") && p->b != NULL &&
        p->b->kind == JC_STR)
      return p->b->atom;
  return NULL;
}

static mod_req *mod_req_get(jc_ctx *c, mod_state *m, jc_node *src,
                            jc_node *attrs) {
  mod_req *r;
  jc_atom *type = mod_attr_type(c, attrs);
  if (src == NULL || src->atom == NULL)
    return NULL;
  for (r = m->reqs; r != NULL; r = r->next)
    if (r->spec == src->atom && r->type == type)
      return r;
  r = jc_alloc(c, sizeof *r);
  if (r == NULL)
    return NULL;
  r->spec = src->atom;
  r->type = type;
  r->idx = m->nreq++;
  r->ns = jc_fresh_name(c, "_m");
  *m->req_tail = r;
  m->req_tail = &r->next;
  return r;
}

static mod_exp *mod_exp_add(jc_ctx *c, mod_state *m, jc_atom *exported) {
  mod_exp *e = jc_alloc(c, sizeof *e);
  if (e == NULL)
    return NULL;
  e->exported = exported;
  *m->exp_tail = e;
  m->exp_tail = &e->next;
  return e;
}

/* A local export of binding b (or of an import: then indirect). */
static void mod_export_local(jc_ctx *c, mod_state *m, jc_atom *exported,
                             jc_binding *b, jc_atom *name) {
  mod_exp *e = mod_exp_add(c, m, exported);
  mod_imp *im;
  if (e == NULL)
    return;
  if (b != NULL && b->kind == JC_B_IMPORT) {
    for (im = m->imps; im != NULL; im = im->next)
      if (im->b == b) {
        e->req = im->req;
        e->imported = im->name;
        return;
      }
  }
  e->local = b;
  e->local_name = b != NULL ? NULL : name;
  if (mod_is_lexical(b))
    e->lexical = 1; /* holds __jsrt.tdz until its declaration runs */
}

/* Every name a declaration's target binds. */
static void mod_export_pattern(jc_ctx *c, mod_state *m, jc_node *t) {
  jc_node *p;
  if (t == NULL)
    return;
  switch (t->kind) {
  case JC_IDENT:
    mod_export_local(c, m, t->atom, mod_lookup(c, t->atom), t->atom);
    break;
  case JC_ARRAY_PATTERN:
  case JC_OBJECT_PATTERN:
    for (p = t->a; p != NULL; p = p->next)
      mod_export_pattern(c, m, p->kind == JC_PROPERTY ? p->b : p);
    break;
  case JC_ASSIGN_PAT:
  case JC_REST:
    mod_export_pattern(c, m, t->a);
    break;
  default:
    break;
  }
}

jc_node *jc_lower_module_enter(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  mod_state *m;
  jc_node *s, *sp;
  if (c->opt->goal != JSC_GOAL_MODULE || n->kind != JC_PROGRAM)
    return n;
  m = jc_alloc(c, sizeof *m);
  if (m == NULL)
    return n;
  m->req_tail = &m->reqs;
  m->exp_tail = &m->exps;
  c->module = m;
  /* imports first: exports of imported bindings are indirect */
  for (s = n->a; s != NULL; s = s->next) {
    mod_req *r;
    /* requests in source order (the spec's [[RequestedModules]]) */
    if (s->kind == JC_EXPORT_NAMED && s->b != NULL)
      mod_req_get(c, m, s->b, s->d);
    else if (s->kind == JC_EXPORT_ALL)
      mod_req_get(c, m, s->b, s->c);
    if (s->kind != JC_IMPORT)
      continue;
    r = mod_req_get(c, m, s->b, s->c);
    if (r == NULL)
      return n;
    for (sp = s->a; sp != NULL; sp = sp->next) {
      mod_imp *im;
      if (sp->b == NULL)
        continue;
      im = jc_alloc(c, sizeof *im);
      if (im == NULL)
        return n;
      im->b = mod_lookup(c, sp->b->atom);
      im->req = r;
      im->name = sp->op == JC_IS_NS        ? NULL
                 : sp->op == JC_IS_DEFAULT ? jc_atom_lit(c, "default")
                                           : sp->a->atom;
      jc_position(c, sp->a != NULL ? sp->a->start : sp->start, &im->line,
                  &im->col);
      im->next = m->imps;
      m->imps = im;
    }
  }
  for (s = n->a; s != NULL; s = s->next) {
    switch (s->kind) {
    case JC_EXPORT_NAMED:
      if (s->c != NULL) {
        jc_node *d = s->c;
        if (d->kind == JC_VAR) {
          jc_node *dc;
          for (dc = d->a; dc != NULL; dc = dc->next)
            mod_export_pattern(c, m, dc->a);
        } else if ((d->kind == JC_FUNCTION || d->kind == JC_CLASS) &&
                   d->a != NULL) {
          mod_export_pattern(c, m, d->a);
        }
      } else if (s->b != NULL) {
        mod_req *r = mod_req_get(c, m, s->b, s->d);
        if (r == NULL)
          return n;
        for (sp = s->a; sp != NULL; sp = sp->next) {
          mod_exp *e = mod_exp_add(c, m, sp->b ? sp->b->atom : sp->a->atom);
          if (e == NULL)
            return n;
          e->req = r;
          e->imported = sp->a->atom;
        }
      } else {
        for (sp = s->a; sp != NULL; sp = sp->next)
          mod_export_local(c, m, sp->b ? sp->b->atom : sp->a->atom,
                           mod_lookup(c, sp->a->atom), sp->a->atom);
      }
      break;
    case JC_EXPORT_ALL: {
      mod_req *r = mod_req_get(c, m, s->b, s->c);
      if (r == NULL)
        return n;
      if (s->a != NULL) {
        mod_exp *e = mod_exp_add(c, m, s->a->atom);
        if (e == NULL)
          return n;
        e->req = r;
      } else if (m->nstars < (int)(sizeof m->stars / sizeof m->stars[0])) {
        m->stars[m->nstars++] = r;
      }
      break;
    }
    case JC_EXPORT_DEFAULT: {
      jc_node *d = s->a;
      jc_atom *dflt = jc_atom_lit(c, "default");
      if (d != NULL && (d->kind == JC_FUNCTION || d->kind == JC_CLASS) &&
          (d->flags & JC_F_DECL) && d->a != NULL) {
        mod_export_local(c, m, dflt, mod_lookup(c, d->a->atom), d->a->atom);
      } else {
        mod_exp *e;
        if (d != NULL && d->kind == JC_CLASS)
          d->flags &= (uint16_t)~JC_F_DECL; /* `export default class {}`:
                                               lowered as an expression */
        m->dflt = jc_fresh_name(c, "_default");
        e = mod_exp_add(c, m, dflt);
        if (e == NULL || m->dflt == NULL)
          return n;
        e->local_name = m->dflt;
        m->dflt_fn =
            d != NULL && d->kind == JC_FUNCTION && (d->flags & JC_F_DECL);
        e->lexical = !m->dflt_fn;
        while (d != NULL && d->kind == JC_PAREN)
          d = d->a;
        m->dflt_anon = d != NULL &&
                       (d->kind == JC_FUNCTION || d->kind == JC_CLASS) &&
                       d->a == NULL;
      }
      break;
    }
    case JC_IMPORT:
      mod_req_get(c, m, s->b, s->c); /* keeps source order */
      break;
    default:
      break;
    }
  }
  return n;
}

/* ---- references (leave hooks) ---- */

static jc_node *mod_member(jc_ctx *c, jc_atom *obj, jc_atom *prop,
                           const jc_node *at) {
  jc_node *mem = jc_synth(c, JC_MEMBER, at);
  jc_node *o = jc_ident(c, obj, at), *p;
  int ident = prop->len > 0;
  uint32_t i;
  if (mem == NULL || o == NULL)
    return NULL;
  for (i = 0; i < prop->len && ident; i++) {
    unsigned char ch = (unsigned char)prop->text[i];
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' ||
          ch == '$' || (i > 0 && ch >= '0' && ch <= '9')))
      ident = 0;
  }
  if (ident) {
    p = jc_ident(c, prop, at);
  } else {
    mb b = {c, NULL, 0, 0};
    mb_quote(&b, prop);
    p = b.p != NULL ? jc_raw(c, b.p, at) : NULL;
    mem->flags |= JC_F_COMPUTED;
  }
  if (p == NULL)
    return NULL;
  mem->a = o;
  mem->b = p;
  return mem;
}

static jc_node *mod_ident(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  mod_state *m = c->module;
  mod_imp *im;
  jc_node *r, *par = w->parent;
  jc_binding *b = n->u.binding;
  if (m == NULL || b == NULL || b->kind != JC_B_IMPORT || b->decl == n)
    return n;
  for (im = m->imps; im != NULL; im = im->next)
    if (im->b == b)
      break;
  if (im == NULL)
    return n;
  if (im->name == NULL)
    r = jc_ident(c, im->req->ns, n);
  else
    r = mod_member(c, im->req->ns, im->name, n);
  if (r == NULL)
    return n;
  r->extra = MOD_IMPORT_READ;
  if (im->name == NULL)
    return jc_lw_dirty(r);
  if (par != NULL && ((par->kind == JC_CALL && par->a == n) ||
                      (par->kind == JC_TAGGED_TEMPLATE && par->a == n))) {
    /* (0, _m.f)(): called with this undefined */
    jc_node *seq = jc_synth(c, JC_SEQ, n), *zero = jc_raw(c, "0", n);
    jc_node *paren = jc_synth(c, JC_PAREN, n);
    if (seq == NULL || zero == NULL || paren == NULL)
      return n;
    zero->next = r;
    seq->a = zero;
    paren->a = seq;
    return jc_lw_dirty(paren);
  }
  return jc_lw_dirty(r);
}

/* `x = v`, `x += v`, `x++` with x an import: v is evaluated, then
 * TypeError "Assignment to constant variable." */
static jc_node *mod_write(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_node *t = n->a, *seq, *call, *paren, *first;
  if (t == NULL || t->extra != MOD_IMPORT_READ)
    return n;
  first = n->kind == JC_ASSIGN ? n->b : t;
  call = jc_lw_helper(w, "constAssign", NULL, n);
  seq = jc_synth(c, JC_SEQ, n);
  paren = jc_synth(c, JC_PAREN, n);
  if (call == NULL || seq == NULL || paren == NULL || first == NULL)
    return n;
  first->next = call;
  seq->a = first;
  paren->a = seq;
  return jc_lw_dirty(paren);
}

static jc_node *mod_quoted(jc_ctx *c, const char *s, const jc_node *at) {
  mb b = {c, NULL, 0, 0};
  mb_quote(&b, jc_atom_get(c, s, strlen(s)));
  return b.p != NULL ? jc_raw(c, b.p, at) : NULL;
}

static jc_node *mod_import_call(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_node *args = n->a, *call;
  if (n->b != NULL)
    args->next = n->b;
  if (c->opt->goal == JSC_GOAL_MODULE) {
    jc_node *callee = mod_member(c, jc_atom_lit(c, "__jsrt_mod"),
                                 jc_atom_lit(c, "dynamicImport"), n);
    call = jc_synth(c, JC_CALL, n);
    if (callee == NULL || call == NULL)
      return n;
    call->a = callee;
    call->b = args;
    call->flags |= JC_F_PARENS_ARGS;
  } else {
    jc_node *opts = n->b != NULL ? n->b : jc_raw(c, "void 0", n);
    jc_node *ref =
        mod_quoted(c, c->opt->filename != NULL ? c->opt->filename : "", n);
    if (opts == NULL || ref == NULL)
      return n;
    args->next = opts;
    opts->next = ref;
    call = jc_lw_helper(w, "dynamicImport", args, n);
    if (call == NULL)
      return n;
  }
  return jc_lw_dirty(call);
}

/* ---- the module function (PROGRAM leave) ---- */

static void mod_hoist(jc_ctx *c, mod_state *m, jc_node *id) {
  jc_node *h, *x;
  for (x = m->hoist; x != NULL; x = x->next)
    if (x->atom == id->atom && x->u.binding == id->u.binding)
      return;
  h = jc_ident(c, id->atom, id);
  if (h == NULL)
    return;
  h->u.binding = id->u.binding;
  m->hoist = jc_list_append(m->hoist, h);
}

static jc_node *mod_assign(jc_ctx *c, jc_node *target, jc_node *value,
                           const jc_node *at) {
  jc_node *a = jc_synth(c, JC_ASSIGN, at);
  if (a == NULL)
    return NULL;
  a->op = JC_OP_ASSIGN;
  a->a = target;
  a->b = value;
  return a;
}

/* A VAR of the outer scope's names as an expression of its initializers
 * (NULL: none); its names are hoisted. */
static jc_node *mod_var_expr(jc_ctx *c, mod_state *m, jc_node *var) {
  jc_node *d, *list = NULL, *seq;
  int n = 0;
  for (d = var->a; d != NULL; d = d->next) {
    if (d->a == NULL || d->a->kind != JC_IDENT)
      continue;
    mod_hoist(c, m, d->a);
    if (d->b == NULL && mod_is_lexical(d->a->u.binding))
      d->b = jc_raw(c, "void 0", d); /* `let x;`: from the sentinel */
    if (d->b != NULL) {
      jc_node *a = mod_assign(c, d->a, d->b, d);
      if (a == NULL)
        return NULL;
      list = jc_list_append(list, a);
      n++;
    }
  }
  if (n <= 1)
    return list;
  seq = jc_synth(c, JC_SEQ, var);
  if (seq == NULL)
    return NULL;
  seq->a = list;
  return seq;
}

static jc_node *mod_stmt(jc_ctx *c, mod_state *m, jc_node *s);

static void mod_stmts(jc_ctx *c, mod_state *m, jc_node **pp) {
  while (*pp != NULL) {
    jc_node *s = *pp, *next = s->next, *r;
    s->next = NULL;
    r = mod_stmt(c, m, s);
    if (r == NULL)
      r = jc_synth(c, JC_EMPTY, s);
    if (r == NULL)
      return;
    r->next = next;
    *pp = r;
    pp = &r->next;
  }
}

static void mod_one(jc_ctx *c, mod_state *m, jc_node **slot) {
  jc_node *r;
  if (*slot == NULL)
    return;
  r = mod_stmt(c, m, *slot);
  if (r == NULL)
    r = jc_synth(c, JC_EMPTY, *slot);
  *slot = r;
}

/* Rewrites the vars of statement s (not entering functions) into
 * assignments; returns its replacement. */
static jc_node *mod_stmt(jc_ctx *c, mod_state *m, jc_node *s) {
  jc_node *e, *cs;
  if (c->status != JSC_OK)
    return s;
  switch (s->kind) {
  case JC_VAR:
    e = mod_var_expr(c, m, s);
    if (e == NULL)
      return jc_synth(c, JC_EMPTY, s);
    cs = jc_synth(c, JC_EXPR_STMT, s);
    if (cs != NULL)
      cs->a = e;
    return cs;
  case JC_BLOCK:
    mod_stmts(c, m, &s->a);
    break;
  case JC_IF:
    mod_one(c, m, &s->b);
    mod_one(c, m, &s->c);
    break;
  case JC_FOR:
    if (s->a != NULL && s->a->kind == JC_VAR)
      s->a = mod_var_expr(c, m, s->a);
    mod_one(c, m, &s->d);
    break;
  case JC_FOR_IN:
  case JC_FOR_OF:
    if (s->a != NULL && s->a->kind == JC_VAR && s->a->a != NULL &&
        s->a->a->a != NULL && s->a->a->a->kind == JC_IDENT) {
      jc_node *d = s->a->a;
      mod_hoist(c, m, d->a);
      if (d->b != NULL) {
        /* for (var k = init in o): the init runs first */
        jc_node *pre = jc_synth(c, JC_EXPR_STMT, s), *blk;
        blk = jc_synth(c, JC_BLOCK, s);
        if (pre == NULL || blk == NULL)
          return s;
        pre->a = mod_assign(c, d->a, d->b, d);
        s->a = d->a;
        mod_one(c, m, &s->c);
        pre->next = s;
        blk->a = pre;
        return jc_lw_dirty(blk);
      }
      s->a = d->a;
    }
    mod_one(c, m, &s->c);
    break;
  case JC_WHILE:
  case JC_WITH:
    mod_one(c, m, &s->b);
    break;
  case JC_DO_WHILE:
  case JC_LABELED:
    mod_one(c, m, &s->a);
    break;
  case JC_TRY:
    mod_one(c, m, &s->a);
    if (s->b != NULL)
      mod_one(c, m, &s->b->b);
    mod_one(c, m, &s->c);
    break;
  case JC_SWITCH:
    for (cs = s->b; cs != NULL; cs = cs->next)
      mod_stmts(c, m, &cs->b);
    break;
  default:
    return s;
  }
  return jc_lw_dirty(s);
}

static jc_node *mod_fn_expr(jc_ctx *c, jc_node *body, const jc_node *at) {
  jc_node *fn = jc_synth(c, JC_FUNCTION, at), *blk = jc_synth(c, JC_BLOCK, at);
  if (fn == NULL || blk == NULL)
    return NULL;
  blk->a = body;
  fn->c = blk;
  fn->flags |= JC_F_STRICT | JC_F_SIMPLE_PARAMS;
  return fn;
}

/* The getter body's read of an export. */
static void mod_read(mb *b, mod_state *m, const mod_exp *e) {
  const jc_atom *name;
  if (e->req != NULL) {
    mb_atom(b, e->req->ns);
    if (e->imported != NULL) {
      mb_s(b, "[");
      mb_quote(b, e->imported);
      mb_s(b, "]");
    }
    return;
  }
  name = e->local != NULL ? (e->local->out ? e->local->out : e->local->name)
                          : e->local_name;
  (void)m;
  mb_atom(b, name);
}

/* The record's static part as JSON (JSON.parse is cheaper than Duktape
 * compiling the literal): {"d": requests, "t": types, "i": [[req, name,
 * line, col]...], "e": local export names (index k is case k of g), "r":
 * {name: [req, name|null]}, "s": star requests}. */
static void mod_json(mb *b, mod_state *m) {
  mod_req *r;
  mod_imp *im;
  mod_exp *e;
  int i, first;
  mb_s(b, "{\"d\":[");
  for (r = m->reqs; r != NULL; r = r->next) {
    if (r != m->reqs)
      mb_s(b, ",");
    mb_quote(b, r->spec);
  }
  mb_s(b, "],\"t\":[");
  for (r = m->reqs; r != NULL; r = r->next) {
    if (r != m->reqs)
      mb_s(b, ",");
    if (r->type != NULL)
      mb_quote(b, r->type);
    else
      mb_s(b, "null");
  }
  mb_s(b, "],\"i\":[");
  first = 1;
  for (im = m->imps; im != NULL; im = im->next) {
    if (im->name == NULL)
      continue;
    if (!first)
      mb_s(b, ",");
    first = 0;
    mb_s(b, "[");
    mb_int(b, im->req->idx);
    mb_s(b, ",");
    mb_quote(b, im->name);
    mb_s(b, ",");
    mb_int(b, (long)im->line);
    mb_s(b, ",");
    mb_int(b, (long)im->col);
    mb_s(b, "]");
  }
  mb_s(b, "],\"e\":[");
  first = 1;
  for (e = m->exps; e != NULL; e = e->next) {
    if (e->req != NULL)
      continue;
    if (!first)
      mb_s(b, ",");
    first = 0;
    mb_quote(b, e->exported);
  }
  mb_s(b, "],\"l\":[");
  first = 1;
  for (e = m->exps; e != NULL; e = e->next) {
    if (e->req != NULL)
      continue;
    if (!first)
      mb_s(b, ",");
    first = 0;
    mb_quote(b, e->local != NULL ? e->local->name : e->exported);
  }
  mb_s(b, "],\"r\":{");
  first = 1;
  for (e = m->exps; e != NULL; e = e->next) {
    if (e->req == NULL)
      continue;
    if (!first)
      mb_s(b, ",");
    first = 0;
    mb_quote(b, e->exported);
    mb_s(b, ":[");
    mb_int(b, e->req->idx);
    mb_s(b, ",");
    if (e->imported != NULL)
      mb_quote(b, e->imported);
    else
      mb_s(b, "null");
    mb_s(b, "]");
  }
  mb_s(b, "},\"s\":[");
  for (i = 0; i < m->nstars; i++) {
    if (i)
      mb_s(b, ",");
    mb_int(b, m->stars[i]->idx);
  }
  mb_s(b, "]}");
}

/* `return {j: '<json>', g: function ($, $0, ...) { if ($ < 0) { _m =
 * $0; ... return; } switch ($) { case 0: return x; ... } }, run: [_r,
 * ...]};`: one function whatever the number of exports and requests (the
 * loader makes each export's getter of g and its index, and sets the
 * namespaces with g(-1, ...)), the chunks run in order. */
static jc_node *mod_record(jc_ctx *c, mod_state *m, jc_atom **chunks,
                           int nchunks, const jc_node *at) {
  mb b = {c, NULL, 0, 0}, j = {c, NULL, 0, 0};
  mod_req *r;
  mod_exp *e;
  size_t k;
  int i;
  jc_node *ret, *raw;
  if (m->dflt_fn) {
    /* export default function () {}: named "default" */
    mb_s(&b, "(__jsrt.defaultName(");
    mb_atom(&b, m->dflt);
    mb_s(&b, "), ");
    c->helpers |= 1;
  }
  mod_json(&j, m);
  mb_s(&b, "{j: '");
  for (k = 0; k < j.len; k++) {
    char ch = j.p[k];
    if (ch == '\'' || ch == '\\')
      mb_put(&b, "\\", 1);
    mb_put(&b, &ch, 1);
  }
  mb_s(&b, "', g: function ($");
  for (r = m->reqs; r != NULL; r = r->next) {
    mb_s(&b, ", $");
    mb_int(&b, r->idx);
  }
  mb_s(&b, ") {");
  if (m->reqs != NULL) {
    /* g(-1, ns0, ns1...): the namespaces of the requests */
    mb_s(&b, " if ($ < 0) {");
    for (r = m->reqs; r != NULL; r = r->next) {
      mb_s(&b, " ");
      mb_atom(&b, r->ns);
      mb_s(&b, " = $");
      mb_int(&b, r->idx);
      mb_s(&b, ";");
    }
    mb_s(&b, " return; }");
  }
  mb_s(&b, " switch ($) {");
  i = 0;
  for (e = m->exps; e != NULL; e = e->next) {
    if (e->req != NULL)
      continue;
    mb_s(&b, " case ");
    mb_int(&b, i++);
    mb_s(&b, ": return ");
    mod_read(&b, m, e);
    mb_s(&b, ";");
  }
  mb_s(&b, " } }, run: [");
  for (i = 0; i < nchunks; i++) {
    if (i)
      mb_s(&b, ", ");
    mb_atom(&b, chunks[i]);
  }
  mb_s(&b, "]");
  mb_s(&b, m->dflt_fn ? "})" : "}");
  if (c->status != JSC_OK)
    return NULL;
  raw = jc_raw(c, b.p, at);
  ret = jc_synth(c, JC_RETURN, at);
  if (raw == NULL || ret == NULL)
    return NULL;
  ret->a = raw;
  return ret;
}

static jc_node *mod_program(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  mod_state *m = c->module;
  jc_node *s, *next, *out = NULL, *chunk = NULL, *last = n, *dir, *var;
  jc_atom *chunks[256];
  int nchunks = 0;
  if (m == NULL)
    return n;
  /* "use strict" */
  dir = jc_synth(c, JC_EXPR_STMT, n->a != NULL ? n->a : n);
  if (dir == NULL)
    return n;
  dir->atom = jc_atom_lit(c, "use strict");
  dir->a = jc_raw(c, "\"use strict\"", dir);
  out = dir;
  var = jc_synth(c, JC_VAR, dir);
  if (var == NULL)
    return n;
  var->op = JC_DECL_VAR;
  out = jc_list_append(out, var);
  for (s = n->a; s != NULL; s = next) {
    jc_node *st = s;
    next = s->next;
    s->next = NULL;
    last = s;
    if (st->kind == JC_EXPR_STMT && st->atom != NULL && st->a != NULL &&
        st->a->kind == JC_STR)
      continue; /* a directive of the module: "use strict" is ours */
    if (st->kind == JC_IMPORT || st->kind == JC_EXPORT_ALL ||
        (st->kind == JC_EXPORT_NAMED && st->c == NULL))
      continue;
    if (st->kind == JC_EXPORT_NAMED)
      st = st->c;
    else if (st->kind == JC_EXPORT_DEFAULT) {
      jc_node *d = st->a;
      if (d != NULL && d->kind == JC_FUNCTION && (d->flags & JC_F_DECL) &&
          m->dflt != NULL && d->a == NULL) {
        d->a = jc_ident(c, m->dflt, d);
        st = jc_lw_dirty(d);
      } else if (d != NULL && (d->kind == JC_FUNCTION || d->kind == JC_VAR) &&
                 m->dflt == NULL) {
        st = d; /* a named declaration (a class lowered to a var) */
      } else if (d != NULL && m->dflt != NULL) {
        jc_node *es = jc_synth(c, JC_EXPR_STMT, st);
        jc_node *id = jc_ident(c, m->dflt, st);
        if (es == NULL || id == NULL)
          return n;
        if (m->dflt_anon) {
          /* export default (class {}): named "default" */
          d = jc_lw_helper(w, "defaultName", d, st);
          if (d == NULL)
            return n;
        }
        es->a = mod_assign(c, id, d, st);
        st = es;
      } else {
        continue;
      }
    }
    if (st == NULL)
      continue;
    st->next = NULL;
    if (st->kind == JC_FUNCTION && (st->flags & JC_F_DECL)) {
      chunk = NULL;
      out = jc_list_append(out, st);
      continue;
    }
    st = mod_stmt(c, m, st);
    if (st == NULL)
      continue;
    if (chunk == NULL) {
      jc_node *d = jc_synth(c, JC_DECLARATOR, st),
              *cv = jc_synth(c, JC_VAR, st);
      jc_atom *name = jc_fresh_name(c, "_r");
      if (d == NULL || cv == NULL || name == NULL ||
          nchunks >= (int)(sizeof chunks / sizeof chunks[0]))
        return n;
      chunks[nchunks++] = name;
      d->a = jc_ident(c, name, st);
      d->b = chunk = mod_fn_expr(c, NULL, st);
      if (d->a == NULL || chunk == NULL)
        return n;
      cv->op = JC_DECL_VAR;
      cv->a = d;
      out = jc_list_append(out, cv);
    }
    chunk->c->a = jc_list_append(chunk->c->a, st);
  }
  if (c->status != JSC_OK)
    return n;
  /* the outer scope's names: hoisted vars, default, namespaces */
  {
    mod_req *r;
    jc_node *list = NULL, *h;
    if (m->dflt != NULL && !m->dflt_fn) {
      jc_node *id = jc_ident(c, m->dflt, dir);
      jc_node *d = jc_synth(c, JC_DECLARATOR, dir);
      if (id == NULL || d == NULL)
        return n;
      d->a = id;
      /* uninitialized until `export default expr` runs */
      d->b = jc_raw(c, "__jsrt.tdz", dir);
      c->helpers |= 1;
      list = jc_list_append(list, d);
    }
    for (h = m->hoist; h != NULL;) {
      jc_node *hn = h->next, *d = jc_synth(c, JC_DECLARATOR, dir);
      mod_exp *e;
      if (d == NULL)
        return n;
      h->next = NULL;
      h->line = dir->line;
      h->col = dir->col;
      d->a = h;
      for (e = m->exps; e != NULL; e = e->next)
        if (e->lexical && e->local != NULL && e->local == h->u.binding) {
          /* uninitialized until its declaration runs: the namespace's
           * getter throws ReferenceError on this sentinel */
          d->b = jc_raw(c, "__jsrt.tdz", dir);
          c->helpers |= 1;
          break;
        }
      list = jc_list_append(list, d);
      h = hn;
    }
    for (r = m->reqs; r != NULL; r = r->next) {
      jc_node *d = jc_synth(c, JC_DECLARATOR, dir);
      if (d == NULL)
        return n;
      d->a = jc_ident(c, r->ns, dir);
      list = jc_list_append(list, d);
    }
    if (list == NULL)
      var->kind = JC_EMPTY;
    else
      var->a = list;
  }
  out = jc_list_append(out, mod_record(c, m, chunks, nchunks, last));
  n->a = out;
  n->flags |= JC_F_STRICT;
  return jc_lw_dirty(n);
}

jc_node *jc_lower_module(jc_lw *w, jc_node *n) {
  switch (n->kind) {
  case JC_IDENT:
    return mod_ident(w, n);
  case JC_IMPORT_CALL:
    return mod_import_call(w, n);
  case JC_META:
    if (n->op == JC_META_IMPORT_META) {
      jc_node *r = mod_member(w->c, jc_atom_lit(w->c, "__jsrt_mod"),
                              jc_atom_lit(w->c, "meta"), n);
      return r != NULL ? jc_lw_dirty(r) : n;
    }
    return n;
  case JC_PROGRAM:
    return mod_program(w, n);
  case JC_ASSIGN:
  case JC_UPDATE:
    return w->c->module != NULL ? mod_write(w, n) : n;
  case JC_AWAIT:
  case JC_FOR_OF:
    /* top-level await (and for await) of a module: the module function
     * would have to be async (TODO: lower the body as an async function
     * once lower_async.c is in) */
    if (w->c->module != NULL && w->func != NULL &&
        w->func->node->kind == JC_PROGRAM &&
        (n->kind == JC_AWAIT || (n->flags & JC_F_AWAIT)))
      jc_error(w->c, JSC_ESYNTAX, n->start,
               "top-level await is not supported yet");
    return n;
  default:
    return n;
  }
}

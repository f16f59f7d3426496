/* parse.c - tokens to the AST of ast.h: recursive descent for statements,
 * precedence climbing for binary operators, the ES2023 grammar for scripts
 * and modules, with the early errors programs rely on.
 *
 * Cover grammars are handled as Acorn does, without backtracking: a
 * parenthesized expression, an array or an object literal is parsed as an
 * expression and reinterpreted as a pattern when `=>` or `=` (or `of`/`in`
 * in a for head) follows; what is only valid as a pattern (`{a = 1}`) is
 * recorded in p->cover and reported when the literal stays an expression.
 *
 * Marks: a node whose own syntax is newer than ES5.1 gets JC_MK_MODERN,
 * and JC_MK_HAS_MODERN is set on it and on every ancestor (p_finish ORs
 * the children's bits in), so the traversal can skip clean subtrees; the
 * JC_FEAT_* bits go to c->features. An ES5.1 program ends with features
 * 0 (a direct eval sets JC_FEAT_DIRECT_EVAL only).
 *
 * Duplicate lexical declarations are checked here (a light scope stack of
 * declared names per block/function), not in scope.c, so that every
 * SyntaxError comes from the parse, before any transform runs.
 *
 * After the first error (c->status set) the lexer returns EOF and every
 * loop here stops: functions return what they have, and nobody looks at
 * the tree. */
#include <string.h>

#include "lex.h"

/* ---- parser state ---- */

typedef struct p_label {
  jc_atom *name;
  uint32_t stmt; /* start of the statement it labels */
  uint8_t loop;
} p_label;

/* What the current function allows (saved and restored around each
 * function, arrow, class field initializer and static block). */
typedef struct p_fn {
  uint8_t strict;
  uint8_t generator; /* yield is an operator */
  uint8_t async;     /* await is an operator */
  uint8_t arrow;
  uint8_t ret;        /* return allowed */
  uint8_t new_target; /* new.target allowed */
  uint8_t super_prop; /* super.x allowed */
  uint8_t super_call; /* super() allowed */
  uint8_t field;      /* class field initializer: no `arguments` */
  uint8_t in_params;  /* parsing formal parameters */
  uint8_t no_await;   /* class static block: await is reserved */
  uint16_t loops;     /* iteration statements around (this function) */
  uint16_t breakable; /* loops + switches */
  uint32_t labels;    /* first label of this function */
  struct p_scope *scope_base;
} p_fn;

/* Declared names for the duplicate-declaration errors: one per block,
 * function body or catch clause; an open-addressing set keyed by atom. */
typedef struct p_decl {
  jc_atom *name;
  uint8_t kind; /* P_D_* */
} p_decl;
enum {
  P_D_VAR = 1,    /* var (or a var that passed through this block) */
  P_D_LEX,        /* let, const, class, function in a block/strict */
  P_D_FUNC,       /* function at function top level (var-like) */
  P_D_PARAM,      /* parameter */
  P_D_CATCH,      /* simple catch parameter */
  P_D_SLOPPY_FUNC /* sloppy block function (Annex B: may repeat) */
};
typedef struct p_scope {
  struct p_scope *up;
  p_decl *tab;
  uint32_t cap, n;
  uint8_t func; /* function/program top level (vars stop here) */
} p_scope;

/* The private names of a class body being parsed: declared ones, and
 * references not yet resolved (resolved at the end of the body, else
 * passed to the enclosing class; none left at the top: an error). */
typedef struct p_priv {
  struct p_priv *up;
  p_scope *names; /* kind: P_PN_* bits */
  jc_node **refs;
  uint32_t nrefs, cap;
} p_priv;
enum { P_PN_PLAIN = 1, P_PN_GET = 2, P_PN_SET = 4, P_PN_STATIC = 8 };

typedef struct P {
  jc_ctx *c;
  jc_lexer lx;
  jc_tok *t;
  uint32_t prev_end;
  p_fn fn;
  p_label *labels;
  uint32_t nlabels, labels_cap;
  p_scope *scope;
  uint8_t no_in;  /* parsing a for-init: `in` is not an operator */
  uint8_t module; /* goal MODULE */
  uint32_t cover; /* 1 + offset of a CoverInitializedName '=' (or a
                     duplicate __proto__) not yet reinterpreted */
  uint8_t cover_proto;
  p_priv *priv;         /* innermost class body */
  p_scope *exports;     /* module: exported names (duplicates) */
  jc_node *export_refs; /* module: EXPORT_SPECs naming local bindings */
  uint32_t ya_count;    /* yield/await expressions made so far */
  uint32_t await_ids;   /* `await` used as an identifier so far */
  uintptr_t stack_base; /* the stack pointer where the parse began */
  jc_node dummy;        /* returned when out of memory (status set) */
} P;

#define P_ERR(p) ((p)->c->status != JSC_OK)
#define P_T(p) ((p)->t->type)

static jc_node *p_assign(P *p, int cover_ok);
static jc_node *p_expression(P *p);
static jc_node *p_statement(P *p, int ctx);
static jc_node *p_unary(P *p);
static jc_node *p_lhs(P *p);
static jc_node *p_class(P *p, int decl);
static jc_node *p_binding_target(P *p, int kind);
static jc_node *p_function_rest(P *p, jc_node *fn, int method);
static jc_node *p_template(P *p, int tagged);
static jc_node *p_subscripts(P *p, jc_node *base, int no_call);
static void p_finish_keep(jc_node *n);
static jc_tok p_peek(P *p);
static int p_is_bare_arrow(const jc_node *n);
static jc_node *p_import_expr(P *p);

/* statement contexts */
enum { P_LIST = 0, P_SINGLE, P_LABELED, P_IF_BODY };

static void p_next(P *p) {
  p->prev_end = p->t->end;
  jc_lex_next(&p->lx);
}

static int p_is(P *p, int kw) {
  return P_T(p) == JC_T_NAME && p->t->atom->keyword == kw &&
         !(p->t->flags & JC_TF_ESCAPED);
}

static int p_fail(P *p, uint32_t at, const char *msg) {
  return jc_error(p->c, JSC_ESYNTAX, at, "%s", msg);
}

static void p_unexpected(P *p) {
  jc_tok *t = p->t;
  jc_ctx *c = p->c;
  if (P_ERR(p))
    return;
  switch (t->type) {
  case JC_T_EOF:
    jc_error(c, JSC_ESYNTAX, t->start, "Unexpected end of input");
    return;
  case JC_T_NAME: {
    int kw = t->atom->keyword;
    if (kw && kw <= JC_KW_LAST_RESERVED && !(t->flags & JC_TF_ESCAPED))
      jc_error(c, JSC_ESYNTAX, t->start, "Unexpected token '%s'",
               t->atom->text);
    else if (kw && kw <= JC_KW_LAST_RESERVED)
      jc_error(c, JSC_ESYNTAX, t->start,
               "Keyword must not contain escaped characters");
    else if (kw > JC_KW_LAST_RESERVED && kw <= JC_KW_LAST_STRICT &&
             p->fn.strict)
      jc_error(c, JSC_ESYNTAX, t->start,
               "Unexpected strict mode reserved word");
    else
      jc_error(c, JSC_ESYNTAX, t->start, "Unexpected identifier '%s'",
               t->atom->text);
    return;
  }
  case JC_T_PRIVATE:
    jc_error(c, JSC_ESYNTAX, t->start, "Unexpected identifier '#%s'",
             t->atom->text);
    return;
  case JC_T_NUM:
  case JC_T_BIGINT:
    jc_error(c, JSC_ESYNTAX, t->start, "Unexpected number");
    return;
  case JC_T_STR:
    jc_error(c, JSC_ESYNTAX, t->start, "Unexpected string");
    return;
  case JC_T_TEMPLATE:
    jc_error(c, JSC_ESYNTAX, t->start, "Unexpected template string");
    return;
  case JC_T_REGEXP:
    jc_error(c, JSC_ESYNTAX, t->start, "Unexpected regular expression");
    return;
  case JC_T_ERROR:
    return;
  default:
    if (t->type >= JC_T_ARROW)
      jc_error(c, JSC_ESYNTAX, t->start, "Unexpected token '%s'",
               jc_lex_punct_text(t->type));
    else
      jc_error(c, JSC_ESYNTAX, t->start, "Unexpected token '%c'", t->type);
  }
}

static int p_expect(P *p, int type) {
  if (P_T(p) != type) {
    p_unexpected(p);
    return 0;
  }
  p_next(p);
  return 1;
}

/* Automatic semicolon insertion (ES 12.10). */
static void p_semicolon(P *p) {
  if (P_T(p) == ';') {
    p_next(p);
    return;
  }
  if (P_T(p) == '}' || P_T(p) == JC_T_EOF || p->t->nl)
    return;
  p_unexpected(p);
}

/* Nesting is bounded twice: by max_depth (counted once per expression,
 * statement, pattern and class level) and by the bytes of C stack the
 * parse has used, so frames that a build makes bigger (ASan) cannot
 * overflow a small thread stack either. */
#define P_STACK_MAX (640u * 1024u)

#if defined(__GNUC__)
#define P_SP() ((uintptr_t)__builtin_frame_address(0))
#define P_NOINLINE __attribute__((noinline))
#else
#define P_SP() ((uintptr_t)&p)
#define P_NOINLINE
#endif

static P_NOINLINE int p_enter(P *p) {
  uintptr_t sp = P_SP();
  uintptr_t used = p->stack_base > sp ? p->stack_base - sp : sp - p->stack_base;
  if (++p->c->depth > p->c->max_depth || used > P_STACK_MAX) {
    p_fail(p, p->t->start, "Maximum nesting depth exceeded");
    return 0;
  }
  return 1;
}
#define p_leave(p) ((p)->c->depth--)

/* ---- nodes ---- */

static jc_node *p_new(P *p, int kind) {
  jc_node *n = jc_alloc(p->c, sizeof *n);
  if (n == NULL) {
    memset(&p->dummy, 0, sizeof p->dummy);
    n = &p->dummy;
  }
  n->kind = (uint8_t)kind;
  n->start = p->t->start;
  n->line = p->t->line;
  n->col = p->t->col;
  return n;
}

/* A node that starts where `first` does. */
static jc_node *p_new_at(P *p, int kind, const jc_node *first) {
  jc_node *n = p_new(p, kind);
  n->start = first->start;
  n->line = first->line;
  n->col = first->col;
  return n;
}

static int p_has_modern(const jc_node *x) {
  for (; x != NULL; x = x->next)
    if (x->mark & JC_MK_HAS_MODERN)
      return 1;
  return 0;
}

static jc_node *p_finish(P *p, jc_node *n) {
  n->end = p->prev_end;
  if ((n->mark & JC_MK_MODERN) || p_has_modern(n->a) || p_has_modern(n->b) ||
      p_has_modern(n->c) || p_has_modern(n->d))
    n->mark |= JC_MK_HAS_MODERN;
  return n;
}

static void p_modern(P *p, jc_node *n, unsigned feat) {
  n->mark |= JC_MK_MODERN | JC_MK_HAS_MODERN;
  p->c->features |= feat;
}

/* A feature newer than ES5 with no bit of its own in ast.h (trailing
 * commas in parameter and argument lists): printing the node drops it. */
#define P_FEAT_SYNTAX JC_FEAT_PARAMS

/* ---- names ---- */

/* Checks that the current NAME token may be an identifier here.
 * binding: it declares a name (eval/arguments are not allowed in strict
 * code). Returns 1 when fine (error set otherwise). */
static int p_check_name(P *p, const jc_tok *t, int binding) {
  int kw = t->atom->keyword;
  if (kw == 0)
    return 1;
  if (kw <= JC_KW_LAST_RESERVED) {
    if (t->flags & JC_TF_ESCAPED)
      p_fail(p, t->start, "Keyword must not contain escaped characters");
    else
      jc_error(p->c, JSC_ESYNTAX, t->start, "Unexpected token '%s'",
               t->atom->text);
    return 0;
  }
  if (kw == JC_KW_YIELD) {
    if (p->fn.generator || p->fn.strict) {
      p_fail(p, t->start,
             p->fn.strict ? "Unexpected strict mode reserved word"
                          : "Unexpected identifier 'yield'");
      return 0;
    }
    return 1;
  }
  if (kw <= JC_KW_LAST_STRICT) {
    if (p->fn.strict) {
      p_fail(p, t->start, "Unexpected strict mode reserved word");
      return 0;
    }
    return 1;
  }
  if (kw == JC_KW_AWAIT && (p->fn.async || p->module || p->fn.no_await)) {
    p_fail(p, t->start, "Unexpected reserved word");
    return 0;
  }
  if (kw == JC_KW_AWAIT)
    p->await_ids++; /* async arrow parameters may not have it */
  if (binding && p->fn.strict && (kw == JC_KW_EVAL || kw == JC_KW_ARGUMENTS)) {
    p_fail(p, t->start, "Unexpected eval or arguments in strict mode");
    return 0;
  }
  if (kw == JC_KW_ARGUMENTS && p->fn.field && !binding) {
    p_fail(p, t->start,
           "'arguments' is not allowed in class field initializer or "
           "static initialization block");
    return 0;
  }
  return 1;
}

static int p_is_ident_start(P *p) {
  int kw;
  if (P_T(p) != JC_T_NAME)
    return 0;
  kw = p->t->atom->keyword;
  return kw == 0 || kw > JC_KW_LAST_RESERVED;
}

static jc_node *p_ident(P *p, int binding) {
  jc_node *n;
  if (P_T(p) != JC_T_NAME) {
    p_unexpected(p);
    return &p->dummy;
  }
  if (!p_check_name(p, p->t, binding))
    return &p->dummy;
  n = p_new(p, JC_IDENT);
  n->atom = p->t->atom;
  if (p->t->flags & JC_TF_MODERN)
    p_modern(p, n, JC_FEAT_LITERALS);
  p_next(p);
  return p_finish(p, n);
}

/* Any IdentifierName (after '.', as a property key). */
static jc_node *p_name(P *p) {
  jc_node *n;
  if (P_T(p) != JC_T_NAME) {
    p_unexpected(p);
    return &p->dummy;
  }
  n = p_new(p, JC_IDENT);
  n->atom = p->t->atom;
  if (p->t->flags & JC_TF_MODERN)
    p_modern(p, n, JC_FEAT_LITERALS);
  p_next(p);
  return p_finish(p, n);
}

/* ---- declared names (duplicate declarations) ---- */

/* Scopes come from the arena (not the C stack: deep nesting keeps small
 * frames). */
static p_scope *p_scope_open(P *p, int func) {
  p_scope *s = jc_alloc(p->c, sizeof *s);
  if (s == NULL) {
    static p_scope none; /* out of memory: status is set, never written */
    return &none;
  }
  s->up = p->scope;
  s->func = (uint8_t)func;
  p->scope = s;
  return s;
}

static void p_scope_close(P *p) {
  if (p->scope != NULL)
    p->scope = p->scope->up;
}

static p_decl *p_scope_find(p_scope *s, jc_atom *name) {
  uint32_t i;
  if (s->cap == 0)
    return NULL;
  for (i = (name->hash) & (s->cap - 1);; i = (i + 1) & (s->cap - 1)) {
    if (s->tab[i].name == name)
      return &s->tab[i];
    if (s->tab[i].name == NULL)
      return NULL;
  }
}

static p_decl *p_scope_add(P *p, p_scope *s, jc_atom *name, int kind) {
  uint32_t i;
  if ((s->n + 1) * 2 > s->cap) {
    uint32_t cap = s->cap ? s->cap * 2 : 8, j;
    p_decl *t = jc_alloc(p->c, cap * sizeof *t);
    if (t == NULL)
      return NULL;
    for (j = 0; j < s->cap; j++)
      if (s->tab[j].name != NULL) {
        for (i = s->tab[j].name->hash & (cap - 1); t[i].name != NULL;
             i = (i + 1) & (cap - 1))
          ;
        t[i] = s->tab[j];
      }
    s->tab = t;
    s->cap = cap;
  }
  for (i = name->hash & (s->cap - 1); s->tab[i].name != NULL;
       i = (i + 1) & (s->cap - 1))
    ;
  s->tab[i].name = name;
  s->tab[i].kind = (uint8_t)kind;
  s->n++;
  return &s->tab[i];
}

static void p_redeclared(P *p, const jc_node *id) {
  jc_error(p->c, JSC_ESYNTAX, id->start,
           "Identifier '%s' has already been declared", id->atom->text);
}

/* Declares the name of IDENT id with P_D_* kind in the current scope. */
static void p_declare(P *p, const jc_node *id, int kind) {
  p_scope *s = p->scope;
  p_decl *d;
  if (s == NULL || id->kind != JC_IDENT || id->atom == NULL)
    return;
  if (kind == P_D_VAR) {
    /* clashes with a lexical name in any block up to the function */
    for (; s != NULL; s = s->up) {
      d = p_scope_find(s, id->atom);
      if (d != NULL && (d->kind == P_D_LEX || d->kind == P_D_SLOPPY_FUNC ||
                        (d->kind == P_D_FUNC && !s->func && 0))) {
        p_redeclared(p, id);
        return;
      }
      if (d == NULL)
        p_scope_add(p, s, id->atom, P_D_VAR);
      if (s->func)
        return;
    }
    return;
  }
  d = p_scope_find(s, id->atom);
  if (d != NULL) {
    int ok = 0;
    if (kind == P_D_FUNC &&
        (d->kind == P_D_FUNC || d->kind == P_D_VAR || d->kind == P_D_PARAM))
      ok = 1; /* function f(){} twice at the top, or after var */
    if (kind == P_D_SLOPPY_FUNC && d->kind == P_D_SLOPPY_FUNC)
      ok = 1; /* Annex B.3.3.4 */
    if (kind == P_D_PARAM && d->kind == P_D_PARAM)
      ok = 1; /* checked by the parameter list rules */
    if (!ok) {
      p_redeclared(p, id);
      return;
    }
    if (kind == P_D_FUNC)
      d->kind = P_D_FUNC;
    return;
  }
  p_scope_add(p, s, id->atom, kind);
}

/* Declares every name bound by a pattern. */
static void p_declare_pattern(P *p, const jc_node *n, int kind) {
  if (n == NULL || P_ERR(p))
    return;
  switch (n->kind) {
  case JC_IDENT:
    p_declare(p, n, kind);
    break;
  case JC_ARRAY_PATTERN:
  case JC_OBJECT_PATTERN:
    for (n = n->a; n != NULL && !P_ERR(p); n = n->next)
      p_declare_pattern(p, n->kind == JC_PROPERTY ? n->b : n, kind);
    break;
  case JC_ASSIGN_PAT:
    p_declare_pattern(p, n->a, kind);
    break;
  case JC_REST:
    p_declare_pattern(p, n->a, kind);
    break;
  default:
    break;
  }
}

/* Lexically declared names of the current block must not be var-declared
 * in it (var before let: `var a; let a;`). */
static void p_declare_lexical(P *p, const jc_node *id) {
  p_scope *s = p->scope;
  p_decl *d;
  if (s == NULL || id->kind != JC_IDENT)
    return;
  d = p_scope_find(s, id->atom);
  if (d != NULL) {
    p_redeclared(p, id);
    return;
  }
  p_scope_add(p, s, id->atom, P_D_LEX);
}

static void p_declare_lexical_pattern(P *p, const jc_node *n) {
  if (n == NULL || P_ERR(p))
    return;
  switch (n->kind) {
  case JC_IDENT:
    if (n->atom->keyword == JC_KW_LET) {
      p_fail(p, n->start, "let is disallowed as a lexically bound name");
      return;
    }
    p_declare_lexical(p, n);
    break;
  case JC_ARRAY_PATTERN:
  case JC_OBJECT_PATTERN:
    for (n = n->a; n != NULL && !P_ERR(p); n = n->next)
      p_declare_lexical_pattern(p, n->kind == JC_PROPERTY ? n->b : n);
    break;
  case JC_ASSIGN_PAT:
  case JC_REST:
    p_declare_lexical_pattern(p, n->a);
    break;
  default:
    break;
  }
}

/* ---- private names ---- */

static void p_priv_ref(P *p, jc_node *name) {
  p_priv *pv = p->priv;
  if (pv == NULL) {
    jc_error(p->c, JSC_ESYNTAX, name->start,
             "Private field '#%s' must be declared in an enclosing class",
             name->atom->text);
    return;
  }
  if (pv->nrefs == pv->cap) {
    uint32_t cap = pv->cap ? pv->cap * 2 : 8;
    jc_node **r = jc_alloc(p->c, cap * sizeof *r);
    if (r == NULL)
      return;
    if (pv->nrefs)
      memcpy(r, pv->refs, pv->nrefs * sizeof *r);
    pv->refs = r;
    pv->cap = cap;
  }
  pv->refs[pv->nrefs++] = name;
}

static void p_priv_declare(P *p, const jc_node *key, int kind) {
  p_priv *pv = p->priv;
  p_decl *d;
  if (pv == NULL || pv->names == NULL)
    return;
  d = p_scope_find(pv->names, key->atom);
  if (d == NULL) {
    p_scope_add(p, pv->names, key->atom, kind);
    return;
  }
  /* a getter and a setter (both static or neither) may share a name */
  if ((kind & (P_PN_GET | P_PN_SET)) && !(d->kind & P_PN_PLAIN) &&
      !(d->kind & kind & (P_PN_GET | P_PN_SET)) &&
      (d->kind & P_PN_STATIC) == (kind & P_PN_STATIC)) {
    d->kind |= (uint8_t)kind;
    return;
  }
  jc_error(p->c, JSC_ESYNTAX, key->start,
           "Identifier '#%s' has already been declared", key->atom->text);
}

static void p_priv_close(P *p, p_priv *pv) {
  uint32_t i;
  p->priv = pv->up;
  for (i = 0; i < pv->nrefs && !P_ERR(p); i++) {
    if (pv->names != NULL && p_scope_find(pv->names, pv->refs[i]->atom))
      continue;
    p_priv_ref(p, pv->refs[i]);
  }
}

/* ---- labels ---- */

static void p_label_push(P *p, jc_atom *name, uint32_t stmt) {
  if (p->nlabels == p->labels_cap) {
    uint32_t cap = p->labels_cap ? p->labels_cap * 2 : 16;
    p_label *l = jc_alloc(p->c, cap * sizeof *l);
    if (l == NULL)
      return;
    if (p->nlabels)
      memcpy(l, p->labels, p->nlabels * sizeof *l);
    p->labels = l;
    p->labels_cap = cap;
  }
  p->labels[p->nlabels].name = name;
  p->labels[p->nlabels].stmt = stmt;
  p->labels[p->nlabels].loop = 0;
  p->nlabels++;
}

/* The statement at the current token is a loop: labels on it are loop
 * labels. */
static void p_label_loop(P *p) {
  uint32_t i = p->nlabels;
  while (i > p->fn.labels && p->labels[i - 1].stmt == p->t->start) {
    p->labels[i - 1].loop = 1;
    i--;
  }
}

static p_label *p_label_find(P *p, jc_atom *name) {
  uint32_t i;
  for (i = p->nlabels; i > p->fn.labels; i--)
    if (p->labels[i - 1].name == name)
      return &p->labels[i - 1];
  return NULL;
}

/* ---- patterns ---- */

/* Reinterprets an expression as an assignment target (destructuring
 * assignment, for-in/of heads). pattern: nested patterns allowed. */
static void p_to_target(P *p, jc_node *n, int pattern);

static void p_to_pattern_list(P *p, jc_node *n) {
  jc_node *e;
  if (n->kind == JC_ARRAY) {
    n->kind = JC_ARRAY_PATTERN;
    for (e = n->a; e != NULL && !P_ERR(p); e = e->next) {
      if (e->kind == JC_HOLE)
        continue;
      if (e->kind == JC_SPREAD) {
        if (e->next != NULL || e->extra) {
          p_fail(p, e->start, "Rest element must be last element");
          return;
        }
        e->kind = JC_REST;
        if (e->a->kind == JC_ASSIGN) {
          p_fail(p, e->a->start, "Invalid destructuring assignment target");
          return;
        }
        p_to_target(p, e->a, 1);
      } else if (e->kind == JC_ASSIGN && e->op == JC_OP_ASSIGN) {
        e->kind = JC_ASSIGN_PAT;
        e->op = 0;
        p_to_target(p, e->a, 1);
        p_modern(p, e, JC_FEAT_DESTRUCT);
      } else
        p_to_target(p, e, 1);
      p_finish_keep(e);
    }
  } else {
    n->kind = JC_OBJECT_PATTERN;
    for (e = n->a; e != NULL && !P_ERR(p); e = e->next) {
      if (e->kind == JC_SPREAD) {
        if (e->next != NULL || e->extra) {
          p_fail(p, e->start, "Rest element must be last element");
          return;
        }
        e->kind = JC_REST;
        e->extra = 0;
        if (e->a->kind != JC_IDENT && e->a->kind != JC_MEMBER) {
          p_fail(p, e->a->start,
                 "`...` must be followed by an assignable "
                 "reference in assignment contexts");
          return;
        }
        p_to_target(p, e->a, 0);
      } else if (e->op == JC_P_INIT || e->op == JC_P_PROTO) {
        jc_node *v = e->b;
        e->op = JC_P_INIT;
        if (v->kind == JC_ASSIGN && v->op == JC_OP_ASSIGN) {
          v->kind = JC_ASSIGN_PAT;
          v->op = 0;
          p_to_target(p, v->a, 1);
          p_modern(p, v, JC_FEAT_DESTRUCT);
        } else
          p_to_target(p, v, 1);
        p_finish_keep(v);
      } else {
        p_fail(p, e->start, "Invalid destructuring assignment target");
        return;
      }
      p_finish_keep(e);
    }
  }
  p_modern(p, n, JC_FEAT_DESTRUCT);
}

static void p_to_target(P *p, jc_node *n, int pattern) {
  if (P_ERR(p))
    return;
  switch (n->kind) {
  case JC_IDENT:
    if (p->fn.strict &&
        (n->atom->keyword == JC_KW_EVAL || n->atom->keyword == JC_KW_ARGUMENTS))
      p_fail(p, n->start, "Unexpected eval or arguments in strict mode");
    return;
  case JC_MEMBER:
    return;
  case JC_CALL:
    /* Annex B: f() = 1 is a runtime ReferenceError in sloppy code */
    if (!pattern && !p->fn.strict)
      return;
    break;
  case JC_ARRAY_PATTERN:
  case JC_OBJECT_PATTERN:
    if (pattern)
      return; /* converted already (`[{} = x] = y`) */
    break;
  case JC_PAREN: {
    jc_node *in = n->a;
    while (in->kind == JC_PAREN)
      in = in->a;
    if (in->kind == JC_IDENT || in->kind == JC_MEMBER) {
      p_to_target(p, in, 0);
      return;
    }
    break;
  }
  case JC_ARRAY:
  case JC_OBJECT:
    if (pattern) {
      p_to_pattern_list(p, n);
      return;
    }
    break;
  default:
    break;
  }
  p_fail(p, n->start,
         pattern ? "Invalid destructuring assignment target"
                 : "Invalid left-hand side in assignment");
}

/* Recomputes HAS_MODERN of a node whose children changed. */
static void p_finish_keep(jc_node *n) {
  if ((n->mark & JC_MK_MODERN) || p_has_modern(n->a) || p_has_modern(n->b) ||
      p_has_modern(n->c) || p_has_modern(n->d))
    n->mark |= JC_MK_HAS_MODERN;
}

/* Reinterprets an expression as a binding (arrow parameters). */
static void p_to_binding(P *p, jc_node *n) {
  jc_node *e;
  if (P_ERR(p))
    return;
  switch (n->kind) {
  case JC_IDENT: {
    jc_tok t;
    memset(&t, 0, sizeof t);
    t.atom = n->atom;
    t.start = n->start;
    p_check_name(p, &t, 1);
    if (n->atom->keyword == JC_KW_AWAIT && p->fn.async)
      p_fail(p, n->start, "Unexpected reserved word");
    return;
  }
  case JC_ASSIGN:
    if (n->op != JC_OP_ASSIGN)
      break;
    n->kind = JC_ASSIGN_PAT;
    n->op = 0;
    p_to_binding(p, n->a);
    p_modern(p, n, JC_FEAT_DESTRUCT);
    p_finish_keep(n);
    return;
  case JC_ASSIGN_PAT:
  case JC_REST:
    /* already a pattern (`[a] = b` inside the parentheses) */
    p_to_binding(p, n->a);
    return;
  case JC_ARRAY_PATTERN:
    for (e = n->a; e != NULL && !P_ERR(p); e = e->next)
      if (e->kind != JC_HOLE)
        p_to_binding(p, e);
    return;
  case JC_OBJECT_PATTERN:
    for (e = n->a; e != NULL && !P_ERR(p); e = e->next)
      p_to_binding(p, e->kind == JC_PROPERTY ? e->b : e);
    return;
  case JC_ARRAY:
    n->kind = JC_ARRAY_PATTERN;
    for (e = n->a; e != NULL && !P_ERR(p); e = e->next) {
      if (e->kind == JC_HOLE)
        continue;
      if (e->kind == JC_SPREAD) {
        if (e->next != NULL || e->extra) {
          p_fail(p, e->start, "Rest element must be last element");
          return;
        }
        e->kind = JC_REST;
        if (e->a->kind == JC_ASSIGN) {
          p_fail(p, e->a->start, "Invalid destructuring assignment target");
          return;
        }
        p_to_binding(p, e->a);
      } else
        p_to_binding(p, e);
      p_finish_keep(e);
    }
    p_modern(p, n, JC_FEAT_DESTRUCT);
    p_finish_keep(n);
    return;
  case JC_OBJECT:
    n->kind = JC_OBJECT_PATTERN;
    for (e = n->a; e != NULL && !P_ERR(p); e = e->next) {
      if (e->kind == JC_SPREAD) {
        if (e->next != NULL || e->extra) {
          p_fail(p, e->start, "Rest element must be last element");
          return;
        }
        e->kind = JC_REST;
        e->extra = 0;
        if (e->a->kind != JC_IDENT) {
          p_fail(p, e->a->start,
                 "`...` must be followed by an identifier "
                 "in declaration contexts");
          return;
        }
        p_to_binding(p, e->a);
      } else if (e->op == JC_P_INIT || e->op == JC_P_PROTO) {
        e->op = JC_P_INIT;
        p_to_binding(p, e->b);
      } else {
        p_fail(p, e->start, "Invalid destructuring assignment target");
        return;
      }
      p_finish_keep(e);
    }
    p_modern(p, n, JC_FEAT_DESTRUCT);
    p_finish_keep(n);
    return;
  default:
    break;
  }
  if (!P_ERR(p))
    p_fail(p, n->start, "Invalid destructuring assignment target");
}

/* An arrow parameter: a default there is JC_FEAT_PARAMS. */
static void p_to_param(P *p, jc_node *e) {
  if (e->kind == JC_ASSIGN && e->op == JC_OP_ASSIGN) {
    e->kind = JC_ASSIGN_PAT;
    e->op = 0;
    p_to_binding(p, e->a);
    p_modern(p, e, JC_FEAT_PARAMS);
    p_finish_keep(e);
  } else if (e->kind != JC_REST)
    p_to_binding(p, e);
  else
    p_to_binding(p, e->a);
}

/* ---- binding patterns (declarations, parameters, catch) ---- */

/* kind: P_D_* to declare, or 0 */
static jc_node *p_binding_elem(P *p, int kind) {
  jc_node *t = p_binding_target(p, kind);
  if (P_T(p) == '=') {
    jc_node *n = p_new_at(p, JC_ASSIGN_PAT, t);
    p_next(p);
    n->a = t;
    n->b = p_assign(p, 0);
    /* a parameter's default is JC_FEAT_PARAMS, a pattern's DESTRUCT */
    p_modern(p, n, p->fn.in_params == 1 ? JC_FEAT_PARAMS : JC_FEAT_DESTRUCT);
    return p_finish(p, n);
  }
  return t;
}

static jc_node *p_property_key(P *p, jc_node *prop);

static jc_node *p_binding_target(P *p, int kind) {
  jc_node *n, *head = NULL, **tail = &head;
  uint8_t in_params = p->fn.in_params;
  if (!p_enter(p))
    return &p->dummy;
  if (in_params == 1 && (P_T(p) == '[' || P_T(p) == '{')) {
    p->fn.in_params = 2;
    n = p_binding_target(p, kind);
    p->fn.in_params = in_params;
    p_leave(p);
    return n;
  }
  if (P_T(p) == '[') {
    n = p_new(p, JC_ARRAY_PATTERN);
    p_next(p);
    while (P_T(p) != ']' && !P_ERR(p)) {
      jc_node *e;
      if (P_T(p) == ',') {
        e = p_new(p, JC_HOLE);
        p_next(p);
        *tail = p_finish(p, e);
        tail = &e->next;
        continue;
      }
      if (P_T(p) == JC_T_ELLIPSIS) {
        e = p_new(p, JC_REST);
        p_next(p);
        e->a = p_binding_target(p, kind);
        p_modern(p, e, JC_FEAT_DESTRUCT);
        *tail = p_finish(p, e);
        tail = &e->next;
        if (P_T(p) != ']') {
          p_fail(p, p->t->start, "Rest element must be last element");
          break;
        }
        break;
      }
      e = p_binding_elem(p, kind);
      *tail = e;
      tail = &e->next;
      if (P_T(p) != ']' && !p_expect(p, ','))
        break;
    }
    p_expect(p, ']');
    n->a = head;
    p_modern(p, n, JC_FEAT_DESTRUCT);
    p_leave(p);
    return p_finish(p, n);
  }
  if (P_T(p) == '{') {
    n = p_new(p, JC_OBJECT_PATTERN);
    p_next(p);
    while (P_T(p) != '}' && !P_ERR(p)) {
      jc_node *e;
      if (P_T(p) == JC_T_ELLIPSIS) {
        e = p_new(p, JC_REST);
        p_next(p);
        e->a = p_ident(p, 1);
        if (kind)
          p_declare_pattern(p, e->a, kind);
        p_modern(p, e, JC_FEAT_DESTRUCT);
        *tail = p_finish(p, e);
        tail = &e->next;
        if (P_T(p) != '}')
          p_fail(p, p->t->start, "Rest element must be last element");
        break;
      }
      e = p_new(p, JC_PROPERTY);
      e->op = JC_P_INIT;
      {
        jc_tok kt = *p->t;
        e->a = p_property_key(p, e);
        if (P_T(p) == ':') {
          p_next(p);
          e->b = p_binding_elem(p, kind);
        } else {
          jc_node *id;
          if (kt.type != JC_T_NAME || (e->flags & JC_F_COMPUTED)) {
            p_unexpected(p);
            break;
          }
          if (!p_check_name(p, &kt, 1))
            break;
          id = p_new_at(p, JC_IDENT, e->a);
          id->atom = e->a->atom;
          id->mark = e->a->mark;
          p_finish(p, id);
          if (kind)
            p_declare(p, id, kind);
          e->flags |= JC_F_SHORTHAND;
          if (P_T(p) == '=') {
            jc_node *ap = p_new_at(p, JC_ASSIGN_PAT, id);
            p_next(p);
            ap->a = id;
            ap->b = p_assign(p, 0);
            p_modern(p, ap, JC_FEAT_DESTRUCT);
            id = p_finish(p, ap);
          }
          e->b = id;
        }
      }
      *tail = p_finish(p, e);
      tail = &e->next;
      if (P_T(p) != '}' && !p_expect(p, ','))
        break;
    }
    p_expect(p, '}');
    n->a = head;
    p_modern(p, n, JC_FEAT_DESTRUCT);
    p_leave(p);
    return p_finish(p, n);
  }
  n = p_ident(p, 1);
  if (kind == P_D_LEX)
    p_declare_lexical_pattern(p, n);
  else if (kind)
    p_declare(p, n, kind);
  p_leave(p);
  return n;
}

/* ---- literals ---- */

static jc_node *p_num(P *p) {
  jc_node *n;
  jc_tok *t = p->t;
  if ((t->flags & JC_TF_OCTAL) && p->fn.strict) {
    p_fail(p, t->start,
           t->esc ? "Octal literals are not allowed in strict mode."
                  : "Decimals with leading zeros are not allowed in strict "
                    "mode.");
    return &p->dummy;
  }
  n = p_new(p, t->type == JC_T_BIGINT ? JC_BIGINT : JC_NUM);
  n->u.num = t->num;
  n->raw.p = p->c->src + t->start;
  n->raw.len = t->end - t->start;
  if (t->type == JC_T_BIGINT || (t->flags & JC_TF_MODERN))
    p_modern(p, n, JC_FEAT_LITERALS);
  p_next(p);
  return p_finish(p, n);
}

static void p_check_octal_str(P *p, const jc_tok *t) {
  if ((t->flags & JC_TF_OCTAL) && p->fn.strict) {
    const char *s = p->c->src + t->esc;
    p_fail(p, t->esc,
           (t->esc + 1 < p->c->len && (s[1] == '8' || s[1] == '9'))
               ? "\\8 and \\9 are not allowed in strict mode."
               : "Octal escape sequences are not allowed in strict mode.");
  }
}

static jc_node *p_str(P *p) {
  jc_node *n;
  jc_tok *t = p->t;
  p_check_octal_str(p, t);
  n = p_new(p, JC_STR);
  n->atom = t->atom;
  n->raw.p = p->c->src + t->start;
  n->raw.len = t->end - t->start;
  if (t->flags & JC_TF_MODERN)
    p_modern(p, n, JC_FEAT_LITERALS);
  p_next(p);
  return p_finish(p, n);
}

static jc_node *p_regexp(P *p) {
  jc_node *n;
  jc_tok *t = p->t;
  const char *s = p->c->src;
  uint32_t i;
  jc_lex_regexp(&p->lx);
  if (P_ERR(p))
    return &p->dummy;
  n = p_new(p, JC_REGEXP);
  n->raw.p = s + t->start;
  n->raw.len = t->end - t->start;
  for (i = t->end; i > t->start && s[i - 1] != '/'; i--)
    ;
  n->atom = jc_atom_get(p->c, s + t->start + 1, i - 1 - (t->start + 1));
  n->u.str.p = s + i;
  n->u.str.len = t->end - i;
  if (t->flags & JC_TF_MODERN)
    p_modern(p, n, JC_FEAT_REGEXP);
  p_next(p);
  return p_finish(p, n);
}

static jc_node *p_template(P *p, int tagged) {
  jc_node *n = p_new(p, JC_TEMPLATE), *qh = NULL, **qt = &qh, *eh = NULL,
          **et = &eh;
  uint8_t no_in = p->no_in;
  p->no_in = 0;
  p_modern(p, n, JC_FEAT_TEMPLATE);
  for (;;) {
    jc_tok *t = p->t;
    jc_node *q;
    if (P_T(p) != JC_T_TEMPLATE) {
      p_unexpected(p);
      break;
    }
    if (!tagged && (t->flags & JC_TF_BADESC)) {
      const char *s = p->c->src + t->esc;
      p_fail(p, t->esc,
             s[1] == 'x' ? "Invalid hexadecimal escape sequence"
             : s[1] == 'u'
                 ? "Invalid Unicode escape sequence"
                 : "Octal escape sequences are not allowed in template "
                   "strings");
      break;
    }
    q = p_new(p, JC_TEMPLATE_ELEM);
    q->atom = t->atom;
    q->raw.p = p->c->src + t->start + 1;
    q->raw.len = t->end - t->start - 1 - (t->tail ? 1 : 2);
    q->start = t->start + 1;
    q->col++;
    {
      int tail = t->tail;
      p_next(p);
      q->end = p->prev_end - (tail ? 1 : 2);
      *qt = q;
      qt = &q->next;
      if (tail)
        break;
    }
    {
      jc_node *e = p_expression(p);
      *et = e;
      et = &e->next;
    }
    if (P_T(p) != '}') {
      p_unexpected(p);
      break;
    }
    jc_lex_template_continue(&p->lx);
    if (P_ERR(p))
      break;
  }
  p->no_in = no_in;
  n->a = qh;
  n->b = eh;
  return p_finish(p, n);
}

/* ---- functions ---- */

/* Checks the names of a parameter list: duplicates when not allowed,
 * eval/arguments/reserved in strict code (also after the fact, when the
 * body's directive made the function strict). */
static void p_collect_names(jc_node *n, jc_node **out, uint32_t *cnt,
                            uint32_t max) {
  if (n == NULL)
    return;
  switch (n->kind) {
  case JC_IDENT:
    if (*cnt < max)
      out[*cnt] = n;
    (*cnt)++;
    break;
  case JC_ARRAY_PATTERN:
  case JC_OBJECT_PATTERN:
    for (n = n->a; n != NULL; n = n->next)
      p_collect_names(n->kind == JC_PROPERTY ? n->b : n, out, cnt, max);
    break;
  case JC_ASSIGN_PAT:
  case JC_REST:
    p_collect_names(n->a, out, cnt, max);
    break;
  default:
    break;
  }
}

static void p_check_params(P *p, jc_node *params, int unique) {
  jc_node *small[64], **names = small;
  uint32_t n = 0, i, j;
  jc_node *e;
  for (e = params; e != NULL; e = e->next)
    p_collect_names(e, names, &n, 64);
  if (n > 64) {
    names = jc_alloc(p->c, n * sizeof *names);
    if (names == NULL)
      return;
    i = 0;
    for (e = params; e != NULL; e = e->next)
      p_collect_names(e, names, &i, n);
  }
  for (i = 0; i < n && !P_ERR(p); i++) {
    int kw = names[i]->atom->keyword;
    if (p->fn.strict &&
        (kw == JC_KW_EVAL || kw == JC_KW_ARGUMENTS ||
         (kw > JC_KW_LAST_RESERVED && kw <= JC_KW_LAST_STRICT))) {
      p_fail(p, names[i]->start,
             kw == JC_KW_EVAL || kw == JC_KW_ARGUMENTS
                 ? "Unexpected eval or arguments in strict mode"
                 : "Unexpected strict mode reserved word");
      return;
    }
    if (unique || p->fn.strict) {
      if (n <= 64) {
        for (j = 0; j < i; j++)
          if (names[j]->atom == names[i]->atom) {
            p_fail(p, names[i]->start,
                   "Duplicate parameter name not allowed in this context");
            return;
          }
      }
    }
  }
  if (n > 64 && (unique || p->fn.strict)) {
    /* many parameters: a scope set instead of the quadratic scan */
    p_scope *s = p_scope_open(p, 0);
    for (i = 0; i < n && !P_ERR(p); i++) {
      if (p_scope_find(s, names[i]->atom) != NULL)
        p_fail(p, names[i]->start,
               "Duplicate parameter name not allowed in this context");
      else
        p_scope_add(p, s, names[i]->atom, P_D_PARAM);
    }
    p_scope_close(p);
  }
}

static jc_node *p_statement_list(P *p, int end, jc_node *owner);

/* The body { ... } of a function whose parameters are parsed: directives,
 * strictness (retroactive checks of the name and parameters). */
static jc_node *p_function_body(P *p, jc_node *fn) {
  jc_node *body = p_new(p, JC_BLOCK);
  if (!p_expect(p, '{'))
    return body;
  body->a = p_statement_list(p, '}', fn);
  p_expect(p, '}');
  return p_finish(p, body);
}

/* Parses (params) {body} of fn (FUNCTION node, flags set: GENERATOR,
 * ASYNC, METHOD). method: 0 plain, 1 object/class method, 2 class
 * constructor of a derived class, 3 getter, 4 setter. */
static jc_node *p_function_rest(P *p, jc_node *fn, int method) {
  p_fn saved = p->fn;
  uint32_t ya = p->ya_count, aw = p->await_ids;
  jc_node *head = NULL, **tail = &head;
  int simple = 1, trailing = 0;
  uint8_t no_in = p->no_in;
  p->no_in = 0;
  p->fn.generator = (fn->flags & JC_F_GENERATOR) != 0;
  p->fn.async = (fn->flags & JC_F_ASYNC) != 0;
  p->fn.arrow = 0;
  p->fn.ret = 1;
  p->fn.new_target = 1;
  p->fn.field = 0;
  p->fn.no_await = 0;
  if (method) {
    p->fn.super_prop = 1;
    p->fn.super_call = method == 2;
  } else {
    p->fn.super_prop = 0;
    p->fn.super_call = 0;
  }
  p->fn.loops = p->fn.breakable = 0;
  p->fn.labels = p->nlabels;
  p_scope_open(p, 1);
  p->fn.in_params = 1;
  if (p_expect(p, '(')) {
    while (P_T(p) != ')' && !P_ERR(p)) {
      jc_node *e;
      if (P_T(p) == JC_T_ELLIPSIS) {
        e = p_new(p, JC_REST);
        p_next(p);
        e->a = p_binding_target(p, P_D_PARAM);
        p_modern(p, e, JC_FEAT_PARAMS);
        *tail = p_finish(p, e);
        tail = &e->next;
        simple = 0;
        if (P_T(p) != ')') {
          p_fail(p, p->t->start,
                 "Rest parameter must be last formal "
                 "parameter");
        }
        break;
      }
      e = p_binding_elem(p, P_D_PARAM);
      if (e->kind != JC_IDENT) {
        simple = 0;
        if (e->kind == JC_ASSIGN_PAT)
          p->c->features |= JC_FEAT_PARAMS;
      }
      *tail = e;
      tail = &e->next;
      if (P_T(p) == ')')
        break;
      if (!p_expect(p, ','))
        break;
      if (P_T(p) == ')')
        trailing = 1;
    }
    p_expect(p, ')');
  }
  p->fn.in_params = 0;
  fn->b = head;
  if (simple)
    fn->flags |= JC_F_SIMPLE_PARAMS;
  if (trailing)
    p_modern(p, fn, P_FEAT_SYNTAX);
  if (method == 3 && head != NULL && !P_ERR(p))
    p_fail(p, head->start, "Getter must not have any formal parameters.");
  if (method == 4 &&
      (head == NULL || head->next != NULL || head->kind == JC_REST) &&
      !P_ERR(p))
    p_fail(p, fn->start, "Setter must have exactly one formal parameter.");
  fn->c = p_function_body(p, fn);
  if (!P_ERR(p))
    p_check_params(p, head, !simple || method);
  if (p->fn.strict)
    fn->flags |= JC_F_STRICT;
  p_scope_close(p);
  p->fn = saved;
  p->no_in = no_in;
  p->ya_count = ya; /* yields inside do not count for the outer params */
  p->await_ids = aw;
  if (fn->flags & JC_F_GENERATOR)
    p_modern(p, fn, JC_FEAT_GENERATOR);
  if (fn->flags & JC_F_ASYNC)
    p_modern(p, fn, JC_FEAT_ASYNC);
  return p_finish(p, fn);
}

/* `function` [*] [name] (...) {...}, at `function` (or at `async` with
 * async set). decl: 1 declaration, 2 export default (name optional). */
static jc_node *p_function(P *p, int decl, int async, int ctx) {
  jc_node *fn = p_new(p, JC_FUNCTION);
  if (async) {
    fn->flags |= JC_F_ASYNC;
    p_next(p); /* async */
  }
  p_next(p); /* function */
  if (P_T(p) == '*') {
    fn->flags |= JC_F_GENERATOR;
    p_next(p);
  }
  if (decl)
    fn->flags |= JC_F_DECL;
  if (P_T(p) == JC_T_NAME) {
    if (decl) {
      fn->a = p_ident(p, 1);
    } else {
      /* the name of an expression is checked in its own context */
      uint8_t g = p->fn.generator, a = p->fn.async, na = p->fn.no_await;
      p->fn.generator = (fn->flags & JC_F_GENERATOR) != 0;
      p->fn.async = (fn->flags & JC_F_ASYNC) != 0;
      p->fn.no_await = 0;
      fn->a = p_ident(p, 1);
      p->fn.generator = g;
      p->fn.async = a;
      p->fn.no_await = na;
    }
  } else if (decl == 1) {
    p_unexpected(p);
    return fn;
  }
  if (decl && fn->a != NULL) {
    int top = p->scope != NULL && p->scope->func;
    (void)ctx;
    if (top && p->module && p->scope->up == NULL)
      p_declare_lexical(p, fn->a); /* a module's top level: lexical */
    else if (top)
      p_declare(p, fn->a, P_D_FUNC);
    else if (!p->fn.strict && !(fn->flags & (JC_F_ASYNC | JC_F_GENERATOR)))
      p_declare(p, fn->a, P_D_SLOPPY_FUNC);
    else
      p_declare_lexical(p, fn->a);
  }
  p_function_rest(p, fn, 0);
  if (fn->a != NULL && (fn->flags & JC_F_STRICT) && !P_ERR(p)) {
    int kw = fn->a->atom->keyword;
    if (kw == JC_KW_EVAL || kw == JC_KW_ARGUMENTS)
      p_fail(p, fn->a->start, "Unexpected eval or arguments in strict mode");
    else if (kw > JC_KW_LAST_RESERVED && kw <= JC_KW_LAST_STRICT)
      p_fail(p, fn->a->start, "Unexpected strict mode reserved word");
  }
  return fn;
}

/* An arrow function whose parameters (already bindings) are `params`;
 * the current token is `=>`. start: the node to start at. */
static jc_node *p_arrow(P *p, const jc_node *start, jc_node *params,
                        int async) {
  jc_node *fn = p_new_at(p, JC_FUNCTION, start), *e;
  p_fn saved = p->fn;
  uint32_t ya = p->ya_count, aw = p->await_ids;
  int simple = 1;
  fn->flags |= JC_F_ARROW;
  if (async)
    fn->flags |= JC_F_ASYNC;
  p_modern(p, fn, JC_FEAT_ARROW);
  if (async)
    p_modern(p, fn, JC_FEAT_ASYNC);
  if (P_T(p) != JC_T_ARROW || p->t->nl) {
    p_unexpected(p);
    return fn;
  }
  p_next(p);
  for (e = params; e != NULL; e = e->next) {
    if (e->kind != JC_IDENT)
      simple = 0;
    if (e->kind == JC_ASSIGN_PAT || e->kind == JC_REST) {
      p->c->features |= JC_FEAT_PARAMS;
    }
  }
  fn->b = params;
  if (simple)
    fn->flags |= JC_F_SIMPLE_PARAMS;
  p->fn.generator = 0;
  p->fn.async = (uint8_t)async;
  p->fn.arrow = 1;
  p->fn.ret = 1;
  p->fn.in_params = 0;
  p->fn.no_await = 0; /* a function boundary for static blocks */
  p->fn.loops = p->fn.breakable = 0;
  p->fn.labels = p->nlabels;
  p_scope_open(p, 1);
  for (e = params; e != NULL; e = e->next)
    p_declare_pattern(p, e, P_D_PARAM);
  if (P_T(p) == '{') {
    uint8_t no_in = p->no_in;
    p->no_in = 0;
    fn->c = p_function_body(p, fn);
    p->no_in = no_in;
  } else {
    fn->flags |= JC_F_EXPR_BODY;
    fn->c = p_assign(p, 0);
  }
  if (!P_ERR(p))
    p_check_params(p, params, 1);
  if (p->fn.strict)
    fn->flags |= JC_F_STRICT;
  p_scope_close(p);
  p->fn = saved;
  p->ya_count = ya;
  p->await_ids = aw;
  return p_finish(p, fn);
}

/* ---- object literals and class members ---- */

/* A property key at the current token into prop (sets JC_F_COMPUTED). */
static jc_node *p_property_key(P *p, jc_node *prop) {
  switch (P_T(p)) {
  case JC_T_NAME:
    return p_name(p);
  case JC_T_STR:
    return p_str(p);
  case JC_T_NUM:
  case JC_T_BIGINT:
    return p_num(p);
  case '[': {
    jc_node *k;
    uint8_t no_in = p->no_in;
    p->no_in = 0;
    p_next(p);
    prop->flags |= JC_F_COMPUTED;
    p_modern(p, prop, JC_FEAT_OBJECT);
    k = p_assign(p, 0);
    p_expect(p, ']');
    p->no_in = no_in;
    return k;
  }
  default:
    p_unexpected(p);
    return &p->dummy;
  }
}

static int p_key_starts(P *p) {
  int t = P_T(p);
  return t == JC_T_NAME || t == JC_T_STR || t == JC_T_NUM || t == JC_T_BIGINT ||
         t == '[' || t == JC_T_PRIVATE;
}

static int p_key_is(const jc_node *prop, const jc_node *key, int kw) {
  if (prop->flags & JC_F_COMPUTED)
    return 0;
  return (key->kind == JC_IDENT || key->kind == JC_STR) && key->atom != NULL &&
         key->atom->keyword == kw &&
         (key->kind == JC_STR ? key->raw.len == key->atom->len + 2 : 1);
}

/* A method's function: the key is parsed, the current token is '('. */
static jc_node *p_method_fn(P *p, const jc_node *at, unsigned flags,
                            int method) {
  jc_node *fn = p_new_at(p, JC_FUNCTION, at);
  fn->flags = (uint16_t)(flags | JC_F_METHOD);
  fn->start = p->t->start;
  fn->line = p->t->line;
  fn->col = p->t->col;
  return p_function_rest(p, fn, method);
}

static jc_node *p_object(P *p) {
  jc_node *n = p_new(p, JC_OBJECT), *head = NULL, **tail = &head;
  int has_proto = 0;
  uint8_t no_in = p->no_in;
  p->no_in = 0;
  p_next(p);
  while (P_T(p) != '}' && !P_ERR(p)) {
    jc_node *e;
    if (P_T(p) == JC_T_ELLIPSIS) {
      e = p_new(p, JC_SPREAD);
      p_next(p);
      e->a = p_assign(p, 1);
      p_modern(p, e, JC_FEAT_OBJECT | JC_FEAT_SPREAD);
      *tail = p_finish(p, e);
      tail = &e->next;
      if (P_T(p) == ',')
        e->extra = 1; /* a rest element must be last */
    } else {
      unsigned fflags = 0;
      int kind = 0; /* 0 plain, JC_P_GET/SET */
      jc_tok kt;
      e = p_new(p, JC_PROPERTY);
      if (P_T(p) == JC_T_NAME && !(p->t->flags & JC_TF_ESCAPED) &&
          (p->t->atom->keyword == JC_KW_GET ||
           p->t->atom->keyword == JC_KW_SET ||
           p->t->atom->keyword == JC_KW_ASYNC)) {
        int kw = p->t->atom->keyword;
        jc_tok save = *p->t;
        p_next(p);
        if (p_key_starts(p) || (P_T(p) == '*' && kw == JC_KW_ASYNC)) {
          if (kw == JC_KW_ASYNC) {
            if (p->t->nl) {
              p_unexpected(p);
              break;
            }
            fflags |= JC_F_ASYNC;
            if (P_T(p) == '*') {
              fflags |= JC_F_GENERATOR;
              p_next(p);
            }
          } else
            kind = kw == JC_KW_GET ? JC_P_GET : JC_P_SET;
        } else {
          /* the name itself: { get: 1 }, { get() {} }, { async } */
          jc_node *k = p_new(p, JC_IDENT);
          k->start = save.start;
          k->line = save.line;
          k->col = save.col;
          k->atom = save.atom;
          k->end = save.end;
          e->a = k;
          kt = save;
          goto have_key;
        }
      } else if (P_T(p) == '*') {
        fflags |= JC_F_GENERATOR;
        p_next(p);
      }
      kt = *p->t;
      if (P_T(p) == JC_T_PRIVATE) {
        p_unexpected(p);
        break;
      }
      e->a = p_property_key(p, e);
    have_key:
      if (kind) {
        e->op = (uint8_t)kind;
        if (P_T(p) != '(') {
          p_unexpected(p);
          break;
        }
        e->b = p_method_fn(p, e, 0, kind == JC_P_GET ? 3 : 4);
        if (e->flags & JC_F_COMPUTED)
          p_modern(p, e, JC_FEAT_OBJECT);
      } else if (fflags || P_T(p) == '(') {
        e->op = JC_P_METHOD;
        if (P_T(p) != '(') {
          p_unexpected(p);
          break;
        }
        e->b = p_method_fn(p, e, fflags, 1);
        p_modern(p, e, JC_FEAT_OBJECT);
      } else if (P_T(p) == ':') {
        p_next(p);
        e->op = JC_P_INIT;
        e->b = p_assign(p, 1);
        if (p_key_is(e, e->a, JC_KW_PROTO)) {
          e->op = JC_P_PROTO;
          p_modern(p, e, JC_FEAT_OBJECT);
          if (has_proto && !p->cover) {
            p->cover = e->a->start + 1;
            p->cover_proto = 1;
          }
          has_proto = 1;
        }
      } else {
        /* shorthand {a} or CoverInitializedName {a = 1} */
        jc_node *id;
        if (kt.type != JC_T_NAME || (e->flags & JC_F_COMPUTED)) {
          p_unexpected(p);
          break;
        }
        if (!p_check_name(p, &kt, 0))
          break;
        if (kt.atom->keyword == JC_KW_AWAIT && p->fn.in_params && p->fn.async) {
          p_fail(p, kt.start, "Unexpected reserved word");
          break;
        }
        e->op = JC_P_INIT;
        e->flags |= JC_F_SHORTHAND;
        p_modern(p, e, JC_FEAT_OBJECT);
        id = p_new_at(p, JC_IDENT, e->a);
        id->atom = e->a->atom;
        id->mark = e->a->mark;
        id->end = e->a->end;
        if (P_T(p) == '=') {
          jc_node *as = p_new_at(p, JC_ASSIGN, id);
          if (!p->cover) {
            p->cover = p->t->start + 1;
            p->cover_proto = 0;
          }
          p_next(p);
          as->op = JC_OP_ASSIGN;
          as->a = id;
          as->b = p_assign(p, 0);
          id = p_finish(p, as);
        }
        e->b = id;
      }
      *tail = p_finish(p, e);
      tail = &e->next;
    }
    if (P_T(p) != '}' && !p_expect(p, ','))
      break;
  }
  p_expect(p, '}');
  p->no_in = no_in;
  n->a = head;
  return p_finish(p, n);
}

static jc_node *p_array(P *p) {
  jc_node *n = p_new(p, JC_ARRAY), *head = NULL, **tail = &head;
  uint8_t no_in = p->no_in;
  p->no_in = 0;
  p_next(p);
  while (P_T(p) != ']' && !P_ERR(p)) {
    jc_node *e;
    if (P_T(p) == ',') {
      e = p_new(p, JC_HOLE);
      p_next(p);
      *tail = p_finish(p, e);
      tail = &e->next;
      continue;
    }
    if (P_T(p) == JC_T_ELLIPSIS) {
      e = p_new(p, JC_SPREAD);
      p_next(p);
      e->a = p_assign(p, 1);
      p_modern(p, e, JC_FEAT_SPREAD);
      p_finish(p, e);
      if (P_T(p) == ',')
        e->extra = 1; /* a rest element must be last */
    } else
      e = p_assign(p, 1);
    *tail = e;
    tail = &e->next;
    if (P_T(p) != ']' && !p_expect(p, ','))
      break;
  }
  p_expect(p, ']');
  p->no_in = no_in;
  n->a = head;
  return p_finish(p, n);
}

/* ( ... ) : a parenthesized expression or arrow parameters. */
static jc_node *p_paren(P *p, int async_start, const jc_node *async_at) {
  jc_node *start = p_new(p, JC_PAREN), *head = NULL, **tail = &head;
  uint32_t cover = p->cover, rest_at = 0, trailing_at = 0;
  uint8_t cover_proto = p->cover_proto, no_in = p->no_in;
  uint32_t ya = p->ya_count;
  int count = 0;
  (void)async_start;
  (void)async_at;
  p->cover = 0;
  p->no_in = 0;
  p_next(p);
  while (P_T(p) != ')' && !P_ERR(p)) {
    jc_node *e;
    if (P_T(p) == JC_T_ELLIPSIS) {
      e = p_new(p, JC_REST);
      rest_at = p->t->start + 1;
      p_next(p);
      e->a = p_binding_target(p, 0);
      p_modern(p, e, JC_FEAT_PARAMS);
      p_finish(p, e);
      *tail = e;
      tail = &e->next;
      count++;
      if (P_T(p) != ')') {
        p_fail(p, p->t->start, "Rest parameter must be last formal parameter");
        break;
      }
      break;
    }
    e = p_assign(p, 1);
    *tail = e;
    tail = &e->next;
    count++;
    if (P_T(p) != ')') {
      if (!p_expect(p, ','))
        break;
      if (P_T(p) == ')')
        trailing_at = p->prev_end;
    }
  }
  p_expect(p, ')');
  p->no_in = no_in;
  if (P_T(p) == JC_T_ARROW && !p->t->nl) {
    jc_node *e;
    p->cover = cover;
    p->cover_proto = cover_proto;
    if (p->ya_count != ya) {
      p_fail(p, start->start,
             p->fn.generator
                 ? "Yield expression not allowed in formal parameter"
                 : "Illegal await-expression in formal parameters of async "
                   "function");
      return start;
    }
    for (e = head; e != NULL && !P_ERR(p); e = e->next)
      p_to_param(p, e);
    if (trailing_at)
      p->c->features |= P_FEAT_SYNTAX;
    return p_arrow(p, start, head, 0);
  }
  if (P_ERR(p))
    return start;
  if (count == 0) {
    /* () not followed by => */
    jc_error(p->c, JSC_ESYNTAX, p->prev_end - 1, "Unexpected token ')'");
    return start;
  }
  if (rest_at || trailing_at) {
    if (P_T(p) == JC_T_EOF)
      p_unexpected(p);
    else if (rest_at)
      p_fail(p, rest_at - 1, "Unexpected token '...'");
    else
      jc_error(p->c, JSC_ESYNTAX, p->prev_end - 1, "Unexpected token ')'");
    return start;
  }
  if (p->cover) {
    p_fail(p, p->cover - 1,
           p->cover_proto ? "Duplicate __proto__ fields are not allowed in "
                            "object literals"
                          : "Invalid shorthand property initializer");
    return start;
  }
  p->cover = cover;
  p->cover_proto = cover_proto;
  if (head->next != NULL) {
    jc_node *seq = p_new_at(p, JC_SEQ, head);
    seq->a = head;
    seq->end = p->prev_end - 1;
    p_finish_keep(seq);
    {
      jc_node *last = head;
      while (last->next != NULL)
        last = last->next;
      seq->end = last->end;
    }
    start->a = seq;
  } else
    start->a = head;
  return p_finish(p, start);
}

/* ---- classes ---- */

static jc_node *p_class(P *p, int decl) {
  jc_node *n = p_new(p, JC_CLASS), *head = NULL, **tail = &head;
  uint8_t strict = p->fn.strict;
  p_priv *pv;
  int has_ctor = 0;
  p_modern(p, n, JC_FEAT_CLASS);
  if (!p_enter(p))
    return n;
  p_next(p);
  p->fn.strict = 1;
  if (decl)
    n->flags |= JC_F_DECL;
  if (P_T(p) == JC_T_NAME && !p_is(p, JC_KW_EXTENDS)) {
    n->a = p_ident(p, 1);
    if (decl && n->a->kind == JC_IDENT) {
      p->c->features |= JC_FEAT_BLOCK_SCOPE;
      p_declare_lexical(p, n->a);
    }
  } else if (decl == 1) {
    p_unexpected(p);
    p->fn.strict = strict;
    p_leave(p);
    return n;
  }
  if (p_is(p, JC_KW_EXTENDS)) {
    p_next(p);
    n->b = p_lhs(p);
    if (p_is_bare_arrow(n->b)) {
      p_fail(p, n->b->start, "Unexpected token '=>'");
      p->fn.strict = strict;
      p_leave(p);
      return n;
    }
  }
  if (!p_expect(p, '{')) {
    p->fn.strict = strict;
    p_leave(p);
    return n;
  }
  pv = jc_alloc(p->c, sizeof *pv);
  if (pv == NULL) {
    p_leave(p);
    return n;
  }
  pv->names = jc_alloc(p->c, sizeof *pv->names);
  pv->up = p->priv;
  p->priv = pv;
  while (P_T(p) != '}' && !P_ERR(p)) {
    jc_node *m;
    unsigned fflags = 0, mflags = 0;
    int kind = 0;
    jc_tok kt;
    if (P_T(p) == ';') {
      p_next(p);
      continue;
    }
    m = p_new(p, JC_METHOD);
    p_modern(p, m, JC_FEAT_CLASS);
    if (p_is(p, JC_KW_STATIC)) {
      jc_tok save = *p->t;
      p_next(p);
      if (P_T(p) == '{') {
        /* static { ... } */
        p_fn saved = p->fn;
        m->kind = JC_STATIC_BLOCK;
        p_next(p);
        p->fn.generator = 0;
        p->fn.async = 0;
        p->fn.arrow = 0;
        p->fn.ret = 0;
        p->fn.new_target = 1;
        p->fn.super_prop = 1;
        p->fn.super_call = 0;
        p->fn.field = 1;
        p->fn.in_params = 0;
        p->fn.no_await = 1;
        p->fn.loops = p->fn.breakable = 0;
        p->fn.labels = p->nlabels;
        p_scope_open(p, 1);
        m->a = p_statement_list(p, '}', NULL);
        p_scope_close(p);
        p->fn = saved;
        p_expect(p, '}');
        *tail = p_finish(p, m);
        tail = &m->next;
        continue;
      }
      if (P_T(p) == '(' || P_T(p) == '=' || P_T(p) == ';' || P_T(p) == '}' ||
          (p->t->nl && !p_key_starts(p) && P_T(p) != '*')) {
        jc_node *k = p_new(p, JC_IDENT);
        k->start = save.start;
        k->line = save.line;
        k->col = save.col;
        k->atom = save.atom;
        k->end = save.end;
        m->a = k;
        kt = save;
        goto have_key;
      }
      mflags |= JC_F_STATIC;
    }
    if (P_T(p) == JC_T_NAME && !(p->t->flags & JC_TF_ESCAPED) &&
        (p->t->atom->keyword == JC_KW_GET || p->t->atom->keyword == JC_KW_SET ||
         p->t->atom->keyword == JC_KW_ASYNC)) {
      int kw = p->t->atom->keyword;
      jc_tok save = *p->t;
      p_next(p);
      if ((p_key_starts(p) || (P_T(p) == '*' && kw == JC_KW_ASYNC)) &&
          !(p->t->nl && kw == JC_KW_ASYNC) &&
          !(p->t->nl && P_T(p) != '[' && 0)) {
        if (kw == JC_KW_ASYNC) {
          fflags |= JC_F_ASYNC;
          if (P_T(p) == '*') {
            fflags |= JC_F_GENERATOR;
            p_next(p);
          }
        } else
          kind = kw == JC_KW_GET ? JC_P_GET : JC_P_SET;
      } else {
        jc_node *k = p_new(p, JC_IDENT);
        k->start = save.start;
        k->line = save.line;
        k->col = save.col;
        k->atom = save.atom;
        k->end = save.end;
        m->a = k;
        kt = save;
        goto have_key;
      }
    } else if (P_T(p) == '*') {
      fflags |= JC_F_GENERATOR;
      p_next(p);
    }
    kt = *p->t;
    if (P_T(p) == JC_T_PRIVATE) {
      jc_node *k = p_new(p, JC_PRIVATE_NAME);
      k->atom = p->t->atom;
      p_modern(p, k, JC_FEAT_PRIVATE);
      if (strcmp(k->atom->text, "constructor") == 0) {
        p_fail(p, k->start,
               "Classes may not have a private field named "
               "'#constructor'");
        break;
      }
      p_next(p);
      m->a = p_finish(p, k);
    } else
      m->a = p_property_key(p, m);
  have_key:
    m->flags |= (uint16_t)mflags;
    if (m->flags & JC_F_COMPUTED)
      p->c->features |= JC_FEAT_CLASS;
    if (kind || fflags || P_T(p) == '(') {
      int is_ctor = !(mflags & JC_F_STATIC) && m->a->kind != JC_PRIVATE_NAME &&
                    p_key_is(m, m->a, JC_KW_CONSTRUCTOR);
      if (P_T(p) != '(') {
        p_unexpected(p);
        break;
      }
      if (is_ctor) {
        if (kind || fflags) {
          p_fail(p, m->a->start,
                 kind ? "Class constructor may not be an accessor"
                 : (fflags & JC_F_GENERATOR)
                     ? "Class constructor may not be a generator"
                     : "Class constructor may not be an async method");
          break;
        }
        if (has_ctor) {
          p_fail(p, m->a->start, "A class may only have one constructor");
          break;
        }
        has_ctor = 1;
        m->op = JC_M_CTOR;
      } else
        m->op = (uint8_t)(kind ? kind : JC_M_METHOD);
      if ((mflags & JC_F_STATIC) && p_key_is(m, m->a, JC_KW_PROTOTYPE)) {
        p_fail(p, m->a->start,
               "Classes may not have a static property named 'prototype'");
        break;
      }
      if (m->a->kind == JC_PRIVATE_NAME)
        p_priv_declare(p, m->a,
                       (kind == JC_P_GET   ? P_PN_GET
                        : kind == JC_P_SET ? P_PN_SET
                                           : P_PN_PLAIN) |
                           ((mflags & JC_F_STATIC) ? P_PN_STATIC : 0));
      m->b = p_method_fn(p, m, fflags,
                         kind == JC_P_GET   ? 3
                         : kind == JC_P_SET ? 4
                         : is_ctor && n->b  ? 2
                                            : 1);
    } else {
      /* a field */
      m->kind = JC_FIELD;
      if (m->a->kind == JC_PRIVATE_NAME)
        p_priv_declare(p, m->a,
                       P_PN_PLAIN | ((mflags & JC_F_STATIC) ? P_PN_STATIC : 0));
      if (p_key_is(m, m->a, JC_KW_CONSTRUCTOR) ||
          ((mflags & JC_F_STATIC) && p_key_is(m, m->a, JC_KW_PROTOTYPE))) {
        p_fail(p, m->a->start,
               "Classes may not have a field named 'constructor'");
        break;
      }
      if (P_T(p) == '=') {
        p_fn saved = p->fn;
        p_next(p);
        p->fn.generator = 0;
        p->fn.async = 0;
        p->fn.arrow = 1; /* arrows inside inherit this */
        p->fn.new_target = 1;
        p->fn.super_prop = 1;
        p->fn.super_call = 0;
        p->fn.field = 1;
        p->fn.in_params = 0;
        m->b = p_assign(p, 0);
        p->fn = saved;
      }
      p_semicolon(p);
    }
    (void)kt;
    *tail = p_finish(p, m);
    tail = &m->next;
  }
  p_expect(p, '}');
  p_priv_close(p, pv);
  p->fn.strict = strict;
  n->c = head;
  p_leave(p);
  return p_finish(p, n);
}

/* ---- expressions ---- */

static int p_is_bare_arrow(const jc_node *n) {
  return n->kind == JC_FUNCTION && (n->flags & JC_F_ARROW);
}

/* Arguments ( ... ) into call->b; cover_ok: the call may turn out to be
 * async arrow parameters. Returns the trailing comma offset + 1 or 0. */
static uint32_t p_arguments(P *p, jc_node *call, int cover_ok) {
  jc_node *head = NULL, **tail = &head;
  uint32_t trailing = 0;
  uint8_t no_in = p->no_in;
  p->no_in = 0;
  p_next(p); /* ( */
  while (P_T(p) != ')' && !P_ERR(p)) {
    jc_node *e;
    if (P_T(p) == JC_T_ELLIPSIS) {
      e = p_new(p, JC_SPREAD);
      p_next(p);
      e->a = p_assign(p, cover_ok);
      p_modern(p, e, JC_FEAT_SPREAD);
      p_finish(p, e);
    } else
      e = p_assign(p, cover_ok);
    *tail = e;
    tail = &e->next;
    if (P_T(p) != ')') {
      if (!p_expect(p, ','))
        break;
      if (P_T(p) == ')')
        trailing = p->prev_end;
    }
  }
  p_expect(p, ')');
  p->no_in = no_in;
  call->b = head;
  if (trailing)
    p_modern(p, call, P_FEAT_SYNTAX);
  return trailing;
}

/* `async` seen as an identifier at the current token: async function,
 * async arrow, or just the name. */
static jc_node *p_async(P *p) {
  jc_tok at = *p->t;
  jc_node *id;
  if (!(p->t->flags & JC_TF_ESCAPED)) {
    /* async function: needs the token after: peek by re-lexing */
    jc_lexer save = p->lx;
    uint32_t prev = p->prev_end;
    p_next(p);
    if (p_is(p, JC_KW_FUNCTION) && !p->t->nl) {
      p->lx = save;
      p->prev_end = prev;
      return p_function(p, 0, 1, 0);
    }
    if (p_is_ident_start(p) && !p->t->nl && p_peek(p).type == JC_T_ARROW) {
      /* async x => ... */
      jc_node *param;
      jc_node *start = p_new(p, JC_IDENT);
      start->start = at.start;
      start->line = at.line;
      start->col = at.col;
      {
        uint8_t a = p->fn.async;
        p->fn.async = 1;
        param = p_ident(p, 1);
        p->fn.async = a;
      }
      if (P_T(p) != JC_T_ARROW || p->t->nl) {
        p_unexpected(p);
        return start;
      }
      return p_arrow(p, start, param, 1);
    }
    id = p_new(p, JC_IDENT);
    id->start = at.start;
    id->line = at.line;
    id->col = at.col;
    id->atom = at.atom;
    id->end = at.end;
    if (P_T(p) == '(' && !p->t->nl) {
      /* async(...) : a call, or async arrow parameters */
      jc_node *call = p_new_at(p, JC_CALL, id);
      uint32_t cover = p->cover, ya = p->ya_count, aw = p->await_ids;
      uint8_t cover_proto = p->cover_proto;
      uint32_t trailing;
      p->cover = 0;
      call->a = id;
      trailing = p_arguments(p, call, 1);
      if (P_T(p) == JC_T_ARROW && !p->t->nl) {
        jc_node *e;
        uint8_t a = p->fn.async;
        if (p->ya_count != ya || p->await_ids != aw) {
          p_fail(p, id->start,
                 p->ya_count != ya
                     ? "Illegal await-expression in formal parameters of "
                       "async function"
                     : "Unexpected reserved word");
          return call;
        }
        p->fn.async = 1;
        for (e = call->b; e != NULL && !P_ERR(p); e = e->next) {
          if (e->kind == JC_SPREAD) {
            if (e->next != NULL || trailing) {
              p_fail(p, e->start, "Rest element must be last element");
              break;
            }
            e->kind = JC_REST;
            p_modern(p, e, JC_FEAT_PARAMS);
            if (e->a->kind == JC_ASSIGN) {
              p_fail(p, e->a->start,
                     "Rest parameter may not have a default initializer");
              break;
            }
            p_to_binding(p, e->a);
          } else
            p_to_param(p, e);
        }
        p->fn.async = a;
        p->cover = cover;
        p->cover_proto = cover_proto;
        return p_arrow(p, id, call->b, 1);
      }
      if (p->cover) {
        p_fail(p, p->cover - 1,
               p->cover_proto ? "Duplicate __proto__ fields are not allowed "
                                "in object literals"
                              : "Invalid shorthand property initializer");
        return call;
      }
      p->cover = cover;
      p->cover_proto = cover_proto;
      return p_finish(p, call);
    }
    if (P_T(p) == JC_T_ARROW && !p->t->nl)
      return p_arrow(p, id, id, 0);
    return id;
  }
  return p_ident(p, 0);
}

static jc_node *p_primary(P *p) {
  jc_node *n;
  switch (P_T(p)) {
  case JC_T_NAME:
    if (!(p->t->flags & JC_TF_ESCAPED)) {
      switch (p->t->atom->keyword) {
      case JC_KW_THIS:
        n = p_new(p, JC_THIS);
        p_next(p);
        return p_finish(p, n);
      case JC_KW_NULL:
        n = p_new(p, JC_NULL_LIT);
        p_next(p);
        return p_finish(p, n);
      case JC_KW_TRUE:
        n = p_new(p, JC_TRUE_LIT);
        p_next(p);
        return p_finish(p, n);
      case JC_KW_FALSE:
        n = p_new(p, JC_FALSE_LIT);
        p_next(p);
        return p_finish(p, n);
      case JC_KW_FUNCTION:
        return p_function(p, 0, 0, 0);
      case JC_KW_CLASS:
        return p_class(p, 0);
      case JC_KW_ASYNC:
        return p_async(p);
      default:
        break;
      }
    }
    n = p_ident(p, 0);
    if (P_T(p) == JC_T_ARROW && !p->t->nl && !P_ERR(p)) {
      p_to_binding(p, n);
      return p_arrow(p, n, n, 0);
    }
    return n;
  case JC_T_NUM:
  case JC_T_BIGINT:
    return p_num(p);
  case JC_T_STR:
    return p_str(p);
  case JC_T_TEMPLATE:
    return p_template(p, 0);
  case '/':
  case JC_T_DIV_ASSIGN:
    return p_regexp(p);
  case '(':
    return p_paren(p, 0, NULL);
  case '[':
    return p_array(p);
  case '{':
    return p_object(p);
  default:
    p_unexpected(p);
    return &p->dummy;
  }
}

/* super / import / new.target heads and the member/call chain. */
static jc_node *p_new_expr(P *p) {
  jc_node *n = p_new(p, JC_NEW), *callee;
  if (!p_enter(p))
    return n;
  p_next(p); /* new */
  if (P_T(p) == '.') {
    p_next(p);
    if (!p_is(p, JC_KW_TARGET)) {
      p_unexpected(p);
      p_leave(p);
      return n;
    }
    if (!p->fn.new_target) {
      p_fail(p, n->start, "new.target expression is not allowed here");
      p_leave(p);
      return n;
    }
    p_next(p);
    n->kind = JC_META;
    n->op = JC_META_NEW_TARGET;
    p_modern(p, n, JC_FEAT_NEW_TARGET);
    p_leave(p);
    return p_finish(p, n);
  }
  if (p_is(p, JC_KW_NEW))
    callee = p_new_expr(p);
  else if (p_is(p, JC_KW_IMPORT) && p_peek(p).type != '.') {
    p_fail(p, p->t->start, "Cannot use new with import");
    p_leave(p);
    return n;
  } else if (p_is(p, JC_KW_IMPORT))
    callee = p_import_expr(p);
  else if (p_is(p, JC_KW_SUPER)) {
    callee = p_lhs(p); /* super.x only; super() is rejected there */
  } else
    callee = p_primary(p);
  callee = p_subscripts(p, callee, 1);
  n->a = callee;
  if (P_T(p) == '(') {
    n->flags |= JC_F_PARENS_ARGS;
    p_arguments(p, n, 0);
  }
  p_leave(p);
  return p_finish(p, n);
}

static jc_node *p_super(P *p) {
  jc_node *n = p_new(p, JC_SUPER);
  p_modern(p, n, JC_FEAT_CLASS);
  p_next(p);
  if (P_T(p) == '(') {
    if (!p->fn.super_call)
      p_fail(p, n->start, "'super' keyword unexpected here");
  } else if (P_T(p) == '.' || P_T(p) == '[') {
    if (!p->fn.super_prop)
      p_fail(p, n->start, "'super' keyword unexpected here");
  } else
    p_fail(p, n->start, "'super' keyword unexpected here");
  return p_finish(p, n);
}

static jc_node *p_import_expr(P *p) {
  jc_node *n = p_new(p, JC_IMPORT_CALL);
  p_next(p);
  if (P_T(p) == '.') {
    p_next(p);
    if (!p_is(p, JC_KW_META)) {
      p_unexpected(p);
      return n;
    }
    if (!p->module) {
      p_fail(p, n->start, "Cannot use 'import.meta' outside a module");
      return n;
    }
    p_next(p);
    n->kind = JC_META;
    n->op = JC_META_IMPORT_META;
    p_modern(p, n, JC_FEAT_MODULE);
    return p_finish(p, n);
  }
  if (P_T(p) != '(') {
    p_unexpected(p);
    return n;
  }
  {
    uint8_t no_in = p->no_in;
    p->no_in = 0;
    p_next(p);
    if (P_T(p) == ')') {
      p_unexpected(p);
      return n;
    }
    n->a = p_assign(p, 0);
    if (P_T(p) == ',') {
      p_next(p);
      if (P_T(p) != ')') {
        n->b = p_assign(p, 0);
        if (P_T(p) == ',')
          p_next(p);
      }
    }
    p_expect(p, ')');
    p->no_in = no_in;
  }
  p_modern(p, n, JC_FEAT_MODULE);
  return p_finish(p, n);
}

/* .x [x] (args) `tpl` ?. after base. no_call: a `new` callee. */
static jc_node *p_subscripts(P *p, jc_node *base, int no_call) {
  int chain = 0;
  if (p_is_bare_arrow(base))
    return base;
  while (!P_ERR(p)) {
    jc_node *n;
    int t = P_T(p);
    if (t == '.') {
      n = p_new_at(p, JC_MEMBER, base);
      p_next(p);
      n->a = base;
      if (P_T(p) == JC_T_PRIVATE) {
        jc_node *k = p_new(p, JC_PRIVATE_NAME);
        k->atom = p->t->atom;
        p_modern(p, k, JC_FEAT_PRIVATE);
        if (base->kind == JC_SUPER) {
          p_fail(p, p->t->start, "Unexpected private field");
          return base;
        }
        p_next(p);
        n->b = p_finish(p, k);
        p_priv_ref(p, k);
      } else
        n->b = p_name(p);
    } else if (t == JC_T_OPTCHAIN) {
      if (no_call) {
        p_fail(p, p->t->start, "Invalid optional chain from new expression");
        return base;
      }
      chain = 1;
      p_next(p);
      if (P_T(p) == '(') {
        n = p_new_at(p, JC_CALL, base);
        n->a = base;
        p_arguments(p, n, 0);
      } else if (P_T(p) == '[') {
        uint8_t no_in = p->no_in;
        n = p_new_at(p, JC_MEMBER, base);
        n->a = base;
        n->flags |= JC_F_COMPUTED;
        p->no_in = 0;
        p_next(p);
        n->b = p_expression(p);
        p->no_in = no_in;
        p_expect(p, ']');
      } else if (P_T(p) == JC_T_PRIVATE) {
        jc_node *k = p_new(p, JC_PRIVATE_NAME);
        n = p_new_at(p, JC_MEMBER, base);
        n->a = base;
        k->atom = p->t->atom;
        p_modern(p, k, JC_FEAT_PRIVATE);
        p_next(p);
        n->b = p_finish(p, k);
        p_priv_ref(p, k);
      } else if (P_T(p) == JC_T_TEMPLATE) {
        p_fail(p, p->t->start, "Invalid tagged template on optional chain");
        return base;
      } else {
        n = p_new_at(p, JC_MEMBER, base);
        n->a = base;
        n->b = p_name(p);
      }
      n->flags |= JC_F_OPTIONAL;
      p_modern(p, n, JC_FEAT_OPTCHAIN);
    } else if (t == '[') {
      uint8_t no_in = p->no_in;
      n = p_new_at(p, JC_MEMBER, base);
      n->a = base;
      n->flags |= JC_F_COMPUTED;
      p->no_in = 0;
      p_next(p);
      n->b = p_expression(p);
      p->no_in = no_in;
      p_expect(p, ']');
    } else if (t == '(' && !no_call) {
      n = p_new_at(p, JC_CALL, base);
      n->a = base;
      p_arguments(p, n, 0);
      if (base->kind == JC_IDENT && base->atom->keyword == JC_KW_EVAL)
        p->c->features |= JC_FEAT_DIRECT_EVAL;
    } else if (t == JC_T_TEMPLATE) {
      if (chain) {
        p_fail(p, p->t->start, "Invalid tagged template on optional chain");
        return base;
      }
      n = p_new_at(p, JC_TAGGED_TEMPLATE, base);
      n->a = base;
      n->b = p_template(p, 1);
      p_modern(p, n, JC_FEAT_TEMPLATE);
    } else
      break;
    base = p_finish(p, n);
  }
  if (chain) {
    jc_node *c = p_new_at(p, JC_CHAIN, base);
    c->a = base;
    p_modern(p, c, JC_FEAT_OPTCHAIN);
    base = p_finish(p, c);
  }
  return base;
}

static jc_node *p_lhs(P *p) {
  jc_node *base;
  if (P_T(p) == JC_T_NAME && !(p->t->flags & JC_TF_ESCAPED)) {
    int kw = p->t->atom->keyword;
    if (kw == JC_KW_NEW)
      return p_subscripts(p, p_new_expr(p), 0);
    if (kw == JC_KW_SUPER)
      return p_subscripts(p, p_super(p), 0);
    if (kw == JC_KW_IMPORT)
      return p_subscripts(p, p_import_expr(p), 0);
  }
  base = p_primary(p);
  return p_subscripts(p, base, 0);
}

static jc_node *p_unparen(jc_node *n) {
  while (n->kind == JC_PAREN)
    n = n->a;
  return n;
}

/* A simple assignment target (for ++, --, op=)? */
static int p_simple_target(P *p, jc_node *n) {
  while (n->kind == JC_PAREN)
    n = n->a;
  if (n->kind == JC_IDENT) {
    if (p->fn.strict && (n->atom->keyword == JC_KW_EVAL ||
                         n->atom->keyword == JC_KW_ARGUMENTS)) {
      p_fail(p, n->start, "Unexpected eval or arguments in strict mode");
      return 1;
    }
    return 1;
  }
  if (n->kind == JC_CALL && !p->fn.strict)
    return 1; /* Annex B: a runtime ReferenceError */
  return n->kind == JC_MEMBER;
}

static jc_node *p_unary(P *p) {
  jc_node *n;
  int t = P_T(p), op = 0;
  /* only the prefix operators recurse here: they count the depth */
  switch (t) {
  case '!':
    op = JC_OP_NOT;
    break;
  case '~':
    op = JC_OP_BITNOT;
    break;
  case '+':
    op = JC_OP_POS;
    break;
  case '-':
    op = JC_OP_NEG;
    break;
  case JC_T_INC:
  case JC_T_DEC:
    n = p_new(p, JC_UPDATE);
    n->op = t == JC_T_INC ? JC_OP_INC : JC_OP_DEC;
    n->flags |= JC_F_PREFIX;
    p_next(p);
    if (!p_enter(p))
      return n;
    n->a = p_unary(p);
    if (!P_ERR(p) && !p_simple_target(p, n->a))
      p_fail(p, n->a->start,
             "Invalid left-hand side expression in prefix operation");
    p_leave(p);
    return p_finish(p, n);
  case JC_T_NAME:
    if (!(p->t->flags & JC_TF_ESCAPED)) {
      int kw = p->t->atom->keyword;
      if (kw == JC_KW_TYPEOF)
        op = JC_OP_TYPEOF;
      else if (kw == JC_KW_VOID)
        op = JC_OP_VOID;
      else if (kw == JC_KW_DELETE)
        op = JC_OP_DELETE;
      else if (kw == JC_KW_AWAIT && p->fn.async) {
        if (p->fn.in_params) {
          p_fail(p, p->t->start,
                 "Illegal await-expression in formal parameters of async "
                 "function");
          return &p->dummy;
        }
        n = p_new(p, JC_AWAIT);
        p->ya_count++;
        p_next(p);
        if (!p_enter(p))
          return n;
        n->a = p_unary(p);
        p_modern(p, n, JC_FEAT_ASYNC);
        p_leave(p);
        return p_finish(p, n);
      }
    }
    break;
  default:
    break;
  }
  if (op) {
    n = p_new(p, JC_UNARY);
    n->op = (uint8_t)op;
    p_next(p);
    if (!p_enter(p))
      return n;
    n->a = p_unary(p);
    if (op == JC_OP_DELETE && !P_ERR(p)) {
      jc_node *a = n->a;
      while (a->kind == JC_PAREN)
        a = a->a;
      if (a->kind == JC_IDENT && p->fn.strict)
        p_fail(p, n->a->start,
               "Delete of an unqualified identifier in strict mode.");
      else if (a->kind == JC_MEMBER && a->b->kind == JC_PRIVATE_NAME)
        p_fail(p, a->b->start, "Private fields can not be deleted");
    }
    p_leave(p);
    return p_finish(p, n);
  }
  n = p_lhs(p);
  if ((P_T(p) == JC_T_INC || P_T(p) == JC_T_DEC) && !p->t->nl &&
      !p_is_bare_arrow(n)) {
    jc_node *u = p_new_at(p, JC_UPDATE, n);
    u->op = P_T(p) == JC_T_INC ? JC_OP_INC : JC_OP_DEC;
    if (!P_ERR(p) && !p_simple_target(p, n))
      p_fail(p, n->start,
             "Invalid left-hand side expression in postfix operation");
    p_next(p);
    u->a = n;
    n = p_finish(p, u);
  }
  return n;
}

/* Binary precedence of the current token (0: not a binary operator). */
static int p_binprec(P *p, int *op) {
  switch (P_T(p)) {
  case JC_T_NULLISH:
    *op = JC_OP_NULLISH;
    return 1;
  case JC_T_OR:
    *op = JC_OP_OR;
    return 2;
  case JC_T_AND:
    *op = JC_OP_AND;
    return 3;
  case '|':
    *op = JC_OP_BITOR;
    return 4;
  case '^':
    *op = JC_OP_BITXOR;
    return 5;
  case '&':
    *op = JC_OP_BITAND;
    return 6;
  case JC_T_EQ:
    *op = JC_OP_EQ;
    return 7;
  case JC_T_NE:
    *op = JC_OP_NE;
    return 7;
  case JC_T_SEQ:
    *op = JC_OP_SEQ;
    return 7;
  case JC_T_SNE:
    *op = JC_OP_SNE;
    return 7;
  case '<':
    *op = JC_OP_LT;
    return 8;
  case '>':
    *op = JC_OP_GT;
    return 8;
  case JC_T_LE:
    *op = JC_OP_LE;
    return 8;
  case JC_T_GE:
    *op = JC_OP_GE;
    return 8;
  case JC_T_SHL:
    *op = JC_OP_SHL;
    return 9;
  case JC_T_SHR:
    *op = JC_OP_SHR;
    return 9;
  case JC_T_USHR:
    *op = JC_OP_USHR;
    return 9;
  case '+':
    *op = JC_OP_ADD;
    return 10;
  case '-':
    *op = JC_OP_SUB;
    return 10;
  case '*':
    *op = JC_OP_MUL;
    return 11;
  case '/':
    *op = JC_OP_DIV;
    return 11;
  case '%':
    *op = JC_OP_MOD;
    return 11;
  case JC_T_EXP:
    *op = JC_OP_EXP;
    return 12;
  case JC_T_NAME:
    if (p->t->flags & JC_TF_ESCAPED)
      return 0;
    if (p->t->atom->keyword == JC_KW_INSTANCEOF) {
      *op = JC_OP_INSTANCEOF;
      return 8;
    }
    if (p->t->atom->keyword == JC_KW_IN && !p->no_in) {
      *op = JC_OP_IN;
      return 8;
    }
    return 0;
  default:
    return 0;
  }
}

static int p_is_logical_mix(const jc_node *n, int nullish) {
  if (n->kind != JC_LOGICAL)
    return 0;
  return nullish ? n->op != JC_OP_NULLISH : n->op == JC_OP_NULLISH;
}

static jc_node *p_binary(P *p, int minprec) {
  jc_node *left;
  int prec, op = 0;
  if (P_T(p) == JC_T_PRIVATE) {
    /* #x in obj */
    jc_node *k = p_new(p, JC_PRIVATE_NAME), *n;
    k->atom = p->t->atom;
    p_modern(p, k, JC_FEAT_PRIVATE);
    p_next(p);
    p_finish(p, k);
    if (!p_is(p, JC_KW_IN) || p->no_in || minprec >= 8) {
      jc_error(p->c, JSC_ESYNTAX, k->start, "Unexpected identifier '#%s'",
               k->atom->text);
      return k;
    }
    p_next(p);
    p_priv_ref(p, k);
    n = p_new_at(p, JC_PRIVATE_IN, k);
    n->a = k;
    if (!p_enter(p))
      return n;
    n->b = p_binary(p, 8);
    p_leave(p);
    if (p_is_bare_arrow(n->b)) {
      p_fail(p, n->b->start, "Unexpected token '=>'");
      return n;
    }
    p_modern(p, n, JC_FEAT_PRIVATE);
    left = p_finish(p, n);
  } else
    left = p_unary(p);
  if (p_is_bare_arrow(left))
    return left;
  while (!P_ERR(p) && (prec = p_binprec(p, &op)) > minprec) {
    jc_node *n;
    if (op == JC_OP_EXP && (left->kind == JC_UNARY || left->kind == JC_AWAIT)) {
      p_fail(p, p->t->start,
             "Unary operator used immediately before exponentiation "
             "expression. Parenthesis must be used to disambiguate operator "
             "precedence");
      return left;
    }
    if ((op == JC_OP_AND || op == JC_OP_OR || op == JC_OP_NULLISH) &&
        p_is_logical_mix(left, op == JC_OP_NULLISH)) {
      /* a ?? b || c, a || b ?? c: parentheses are required */
      p_unexpected(p);
      return left;
    }
    n = p_new_at(p,
                 op == JC_OP_AND || op == JC_OP_OR || op == JC_OP_NULLISH
                     ? JC_LOGICAL
                     : JC_BINARY,
                 left);
    n->op = (uint8_t)op;
    p_next(p);
    n->a = left;
    if (op == JC_OP_EXP) {
      if (!p_enter(p))
        return left;
      n->b = p_binary(p, prec - 1);
      p_leave(p);
      p_modern(p, n, JC_FEAT_EXP);
    } else
      /* the right of ?? stops before && and || (they may not mix) */
      n->b = p_binary(p, op == JC_OP_NULLISH ? 3 : prec);
    if (op == JC_OP_NULLISH)
      p_modern(p, n, JC_FEAT_NULLISH);
    left = p_finish(p, n);
  }
  return left;
}

static jc_node *p_cond(P *p) {
  jc_node *test = p_binary(p, 0), *n;
  uint8_t no_in;
  if (P_T(p) != '?' || p_is_bare_arrow(test))
    return test;
  n = p_new_at(p, JC_COND, test);
  n->a = test;
  p_next(p);
  no_in = p->no_in;
  p->no_in = 0;
  n->b = p_assign(p, 0);
  p->no_in = no_in;
  p_expect(p, ':');
  n->c = p_assign(p, 0);
  return p_finish(p, n);
}

static int p_starts_expr(P *p) {
  switch (P_T(p)) {
  case JC_T_NAME:
    return !(p->t->atom->keyword == JC_KW_IN &&
             !(p->t->flags & JC_TF_ESCAPED)) &&
           !(p->t->atom->keyword == JC_KW_OF && 0);
  case JC_T_NUM:
  case JC_T_BIGINT:
  case JC_T_STR:
  case JC_T_TEMPLATE:
  case JC_T_PRIVATE:
  case '(':
  case '[':
  case '{':
  case '+':
  case '-':
  case '!':
  case '~':
  case '/':
  case JC_T_DIV_ASSIGN:
  case JC_T_INC:
  case JC_T_DEC:
  case '*':
    return 1;
  default:
    return 0;
  }
}

static jc_node *p_yield(P *p) {
  jc_node *n = p_new(p, JC_YIELD);
  if (p->fn.in_params) {
    p_fail(p, n->start, "Yield expression not allowed in formal parameter");
    return n;
  }
  p_next(p);
  p->ya_count++;
  p_modern(p, n, JC_FEAT_GENERATOR);
  if (!p->t->nl) {
    if (P_T(p) == '*') {
      n->flags |= JC_F_DELEGATE;
      p_next(p);
      n->a = p_assign(p, 0);
    } else if (p_starts_expr(p) && P_T(p) != '*')
      n->a = p_assign(p, 0);
  }
  return p_finish(p, n);
}

static int p_assign_op(int t) {
  switch (t) {
  case '=':
    return JC_OP_ASSIGN;
  case JC_T_ADD_ASSIGN:
    return JC_OP_ADD;
  case JC_T_SUB_ASSIGN:
    return JC_OP_SUB;
  case JC_T_MUL_ASSIGN:
    return JC_OP_MUL;
  case JC_T_DIV_ASSIGN:
    return JC_OP_DIV;
  case JC_T_MOD_ASSIGN:
    return JC_OP_MOD;
  case JC_T_EXP_ASSIGN:
    return JC_OP_EXP;
  case JC_T_SHL_ASSIGN:
    return JC_OP_SHL;
  case JC_T_SHR_ASSIGN:
    return JC_OP_SHR;
  case JC_T_USHR_ASSIGN:
    return JC_OP_USHR;
  case JC_T_AND_ASSIGN:
    return JC_OP_BITAND;
  case JC_T_OR_ASSIGN:
    return JC_OP_BITOR;
  case JC_T_XOR_ASSIGN:
    return JC_OP_BITXOR;
  case JC_T_LAND_ASSIGN:
    return JC_OP_AND;
  case JC_T_LOR_ASSIGN:
    return JC_OP_OR;
  case JC_T_NULLISH_ASSIGN:
    return JC_OP_NULLISH;
  default:
    return 0;
  }
}

static jc_node *p_assign(P *p, int cover_ok) {
  jc_node *left, *n;
  uint32_t cover = p->cover;
  uint8_t cover_proto = p->cover_proto;
  int op;
  if (!p_enter(p))
    return &p->dummy;
  if (p_is(p, JC_KW_YIELD) && p->fn.generator) {
    n = p_yield(p);
    p_leave(p);
    return n;
  }
  p->cover = 0;
  left = p_cond(p);
  op = p_assign_op(P_T(p));
  if (op && !p_is_bare_arrow(left) && !P_ERR(p)) {
    if (op == JC_OP_ASSIGN &&
        (left->kind == JC_OBJECT || left->kind == JC_ARRAY)) {
      p_to_target(p, left, 1);
      p_finish_keep(left);
      p->cover = 0;
    } else if (!p_simple_target(p, left) ||
               ((op == JC_OP_AND || op == JC_OP_OR || op == JC_OP_NULLISH) &&
                p_unparen(left)->kind == JC_CALL)) {
      p_fail(p, left->start, "Invalid left-hand side in assignment");
      p_leave(p);
      return left;
    }
    if (p->cover) {
      p_fail(p, p->cover - 1,
             p->cover_proto ? "Duplicate __proto__ fields are not allowed in "
                              "object literals"
                            : "Invalid shorthand property initializer");
      p_leave(p);
      return left;
    }
    n = p_new_at(p, JC_ASSIGN, left);
    n->op = (uint8_t)op;
    p_next(p);
    n->a = left;
    n->b = p_assign(p, 0);
    if (op == JC_OP_EXP)
      p_modern(p, n, JC_FEAT_EXP);
    else if (op == JC_OP_NULLISH)
      p_modern(p, n, JC_FEAT_NULLISH | JC_FEAT_LOGICAL_ASSIGN);
    else if (op == JC_OP_AND || op == JC_OP_OR)
      p_modern(p, n, JC_FEAT_LOGICAL_ASSIGN);
    left = p_finish(p, n);
  } else if (p->cover) {
    if (!(cover_ok && (left->kind == JC_OBJECT || left->kind == JC_ARRAY))) {
      p_fail(p, p->cover - 1,
             p->cover_proto ? "Duplicate __proto__ fields are not allowed in "
                              "object literals"
                            : "Invalid shorthand property initializer");
      p_leave(p);
      return left;
    }
  }
  if (cover) {
    p->cover = cover;
    p->cover_proto = cover_proto;
  }
  p_leave(p);
  return left;
}

static jc_node *p_expression(P *p) {
  jc_node *first = p_assign(p, 0), *seq, **tail;
  if (P_T(p) != ',')
    return first;
  seq = p_new_at(p, JC_SEQ, first);
  seq->a = first;
  tail = &first->next;
  while (P_T(p) == ',' && !P_ERR(p)) {
    jc_node *e;
    p_next(p);
    e = p_assign(p, 0);
    *tail = e;
    tail = &e->next;
  }
  return p_finish(p, seq);
}

/* ---- statements ---- */

/* The token after the current one (re-lexes; rare: let, async, import). */
static jc_tok p_peek(P *p) {
  jc_lexer save = p->lx;
  jc_tok t;
  jc_lex_next(&p->lx);
  t = p->lx.t;
  p->lx = save;
  return t;
}

static int p_peek_is_decl_start(const jc_tok *t) {
  if (t->type == '[' || t->type == '{')
    return 1;
  if (t->type == JC_T_NAME) {
    int kw = t->atom->keyword;
    return !(kw == JC_KW_IN || kw == JC_KW_INSTANCEOF) ||
           (t->flags & JC_TF_ESCAPED);
  }
  return 0;
}

/* var/let/const declarations; the current token is the keyword.
 * in_for: a for head (no semicolon, initializers checked by the caller). */
static jc_node *p_var(P *p, int kind, int in_for) {
  jc_node *n = p_new(p, JC_VAR), *head = NULL, **tail = &head;
  n->op = (uint8_t)kind;
  if (kind != JC_DECL_VAR)
    p_modern(p, n, JC_FEAT_BLOCK_SCOPE);
  p_next(p);
  for (;;) {
    jc_node *d = p_new(p, JC_DECLARATOR);
    d->a = p_binding_target(p, kind == JC_DECL_VAR ? P_D_VAR : P_D_LEX);
    if (P_T(p) == '=') {
      p_next(p);
      d->b = p_assign(p, 0);
    } else if (!in_for && !P_ERR(p)) {
      if (kind == JC_DECL_CONST) {
        p_fail(p, p->t->start, "Missing initializer in const declaration");
      } else if (d->a->kind != JC_IDENT) {
        p_fail(p, p->t->start,
               "Missing initializer in destructuring declaration");
      }
    }
    *tail = p_finish(p, d);
    tail = &d->next;
    if (P_T(p) != ',' || P_ERR(p))
      break;
    p_next(p);
  }
  n->a = head;
  return p_finish(p, n);
}

static jc_node *p_block(P *p) {
  jc_node *n = p_new(p, JC_BLOCK);
  p_scope_open(p, 0);
  p_next(p);
  n->a = p_statement_list(p, '}', NULL);
  p_expect(p, '}');
  p_scope_close(p);
  return p_finish(p, n);
}

static jc_node *p_loop_body(P *p) {
  jc_node *b;
  p->fn.loops++;
  p->fn.breakable++;
  b = p_statement(p, P_SINGLE);
  p->fn.loops--;
  p->fn.breakable--;
  return b;
}

static jc_node *p_paren_expr(P *p) {
  jc_node *e;
  uint8_t no_in = p->no_in;
  if (!p_expect(p, '('))
    return &p->dummy;
  p->no_in = 0;
  e = p_expression(p);
  p->no_in = no_in;
  p_expect(p, ')');
  return e;
}

static jc_node *p_if(P *p) {
  jc_node *root = p_new(p, JC_IF), *cur = root, *up;
  for (;;) {
    p_next(p); /* if */
    cur->a = p_paren_expr(p);
    cur->b = p_statement(p, P_IF_BODY);
    if (!p_is(p, JC_KW_ELSE) || P_ERR(p))
      break;
    p_next(p);
    if (p_is(p, JC_KW_IF)) {
      /* else if: a loop, not a recursion (long chains are common) */
      jc_node *n = p_new(p, JC_IF);
      cur->c = n;
      n->next = cur; /* parent link until finished */
      cur = n;
      continue;
    }
    cur->c = p_statement(p, P_IF_BODY);
    break;
  }
  for (; cur != NULL; cur = up) {
    up = cur == root ? NULL : cur->next;
    cur->next = NULL;
    p_finish(p, cur);
  }
  return root;
}

static jc_node *p_for(P *p) {
  jc_node *n = p_new(p, JC_FOR), *init = NULL;
  int is_await = 0, decl = 0;
  p_label_loop(p);
  p_next(p);
  if (p_is(p, JC_KW_AWAIT)) {
    if (!p->fn.async) {
      p_unexpected(p);
      return n;
    }
    is_await = 1;
    p_next(p);
  }
  if (!p_expect(p, '('))
    return n;
  p_scope_open(p, 0);
  p->no_in = 1;
  if (P_T(p) == ';') {
    /* no init */
  } else if (p_is(p, JC_KW_VAR)) {
    init = p_var(p, JC_DECL_VAR, 1);
    decl = 1;
  } else if (p_is(p, JC_KW_CONST)) {
    init = p_var(p, JC_DECL_CONST, 1);
    decl = 1;
  } else if (p_is(p, JC_KW_LET)) {
    jc_tok nt = p_peek(p);
    if (p->fn.strict || p_peek_is_decl_start(&nt)) {
      init = p_var(p, JC_DECL_LET, 1);
      decl = 1;
    }
  }
  if (!decl && P_T(p) != ';') {
    jc_tok first = *p->t;
    uint32_t cover = p->cover;
    p->cover = 0;
    init = p_assign(p, 1);
    if (p_is(p, JC_KW_OF) && first.type == JC_T_NAME &&
        first.atom->keyword == JC_KW_ASYNC && !(first.flags & JC_TF_ESCAPED) &&
        init->kind == JC_IDENT && !is_await) {
      p_fail(p, first.start,
             "The left-hand side of a for-of loop may not be 'async'.");
    } else if (p_is(p, JC_KW_OF) || p_is(p, JC_KW_IN)) {
      if (p_is(p, JC_KW_OF) && first.type == JC_T_NAME &&
          first.atom->keyword == JC_KW_LET && init->kind == JC_IDENT) {
        p_fail(p, first.start,
               "The left-hand side of a for-of loop may not "
               "be 'let'.");
      }
      if (init->kind == JC_CALL && !p->fn.strict)
        ; /* Annex B: a runtime ReferenceError */
      else
        p_to_target(p, init, 1);
      p_finish_keep(init);
      p->cover = 0;
    } else {
      if (p->cover)
        p_fail(p, p->cover - 1, "Invalid shorthand property initializer");
      if (P_T(p) == ',') {
        jc_node *seq = p_new_at(p, JC_SEQ, init), **tail = &init->next;
        seq->a = init;
        while (P_T(p) == ',' && !P_ERR(p)) {
          jc_node *e;
          p_next(p);
          e = p_assign(p, 0);
          *tail = e;
          tail = &e->next;
        }
        init = p_finish(p, seq);
      }
    }
    p->cover = cover;
  }
  p->no_in = 0;
  if ((p_is(p, JC_KW_OF) || p_is(p, JC_KW_IN)) && init != NULL && !P_ERR(p)) {
    int of = p_is(p, JC_KW_OF);
    if (init->kind == JC_VAR) {
      jc_node *d = init->a;
      if (d->next != NULL) {
        p_fail(p, init->start,
               of ? "Invalid left-hand side in for-of loop: Must have a "
                    "single binding."
                  : "Invalid left-hand side in for-in loop: Must have a "
                    "single binding.");
        goto out;
      }
      if (d->b != NULL && (of || p->fn.strict || init->op != JC_DECL_VAR ||
                           d->a->kind != JC_IDENT)) {
        p_fail(p, init->start,
               of ? "for-of loop variable declaration may not have an "
                    "initializer."
                  : "for-in loop variable declaration may not have an "
                    "initializer.");
        goto out;
      }
    }
    n->kind = of ? JC_FOR_OF : JC_FOR_IN;
    if (of) {
      p_modern(p, n, JC_FEAT_FOR_OF);
      if (is_await) {
        n->flags |= JC_F_AWAIT;
        p_modern(p, n, JC_FEAT_ASYNC);
      }
    } else if (is_await) {
      p_unexpected(p);
      goto out;
    }
    p_next(p);
    n->a = init;
    n->b = of ? p_assign(p, 0) : p_expression(p);
    p_expect(p, ')');
    n->c = p_loop_body(p);
    goto out;
  }
  if (is_await) {
    p_unexpected(p);
    goto out;
  }
  if (init != NULL && init->kind == JC_VAR && !P_ERR(p)) {
    jc_node *d;
    for (d = init->a; d != NULL; d = d->next)
      if (d->b == NULL) {
        if (init->op == JC_DECL_CONST) {
          p_fail(p, d->end, "Missing initializer in const declaration");
          break;
        }
        if (d->a->kind != JC_IDENT) {
          p_fail(p, d->end, "Missing initializer in destructuring declaration");
          break;
        }
      }
  }
  n->a = init;
  if (!p_expect(p, ';'))
    goto out;
  if (P_T(p) != ';')
    n->b = p_expression(p);
  if (!p_expect(p, ';'))
    goto out;
  if (P_T(p) != ')')
    n->c = p_expression(p);
  if (!p_expect(p, ')'))
    goto out;
  n->d = p_loop_body(p);
out:
  p->no_in = 0;
  p_scope_close(p);
  return p_finish(p, n);
}

static jc_node *p_switch(P *p) {
  jc_node *n = p_new(p, JC_SWITCH), *head = NULL, **tail = &head;
  int has_default = 0;
  p_next(p);
  n->a = p_paren_expr(p);
  if (!p_expect(p, '{'))
    return n;
  p_scope_open(p, 0);
  p->fn.breakable++;
  while (P_T(p) != '}' && !P_ERR(p)) {
    jc_node *c = p_new(p, JC_CASE), *bh = NULL, **bt = &bh;
    if (p_is(p, JC_KW_CASE)) {
      p_next(p);
      c->a = p_expression(p);
    } else if (p_is(p, JC_KW_DEFAULT)) {
      if (has_default) {
        p_fail(p, p->t->start,
               "More than one default clause in switch statement");
        break;
      }
      has_default = 1;
      p_next(p);
    } else {
      p_unexpected(p);
      break;
    }
    p_expect(p, ':');
    while (P_T(p) != '}' && !p_is(p, JC_KW_CASE) && !p_is(p, JC_KW_DEFAULT) &&
           P_T(p) != JC_T_EOF && !P_ERR(p)) {
      jc_node *st = p_statement(p, P_LIST);
      *bt = st;
      bt = &st->next;
    }
    c->b = bh;
    *tail = p_finish(p, c);
    tail = &c->next;
  }
  p->fn.breakable--;
  p_expect(p, '}');
  p_scope_close(p);
  n->b = head;
  return p_finish(p, n);
}

static jc_node *p_try(P *p) {
  jc_node *n = p_new(p, JC_TRY);
  p_next(p);
  if (P_T(p) != '{') {
    p_unexpected(p);
    return n;
  }
  n->a = p_block(p);
  if (p_is(p, JC_KW_CATCH)) {
    jc_node *c = p_new(p, JC_CATCH);
    p_scope_open(p, 0);
    p_next(p);
    if (P_T(p) == '(') {
      p_next(p);
      if (P_T(p) == '[' || P_T(p) == '{')
        c->a = p_binding_target(p, P_D_LEX);
      else
        c->a = p_binding_target(p, P_D_CATCH);
      p_expect(p, ')');
    } else
      p_modern(p, c, JC_FEAT_OPT_CATCH);
    if (P_T(p) != '{')
      p_unexpected(p);
    else {
      /* the body shares the parameter's scope (redeclaring it with let
       * is an error, with var it is allowed for a simple parameter) */
      jc_node *b = p_new(p, JC_BLOCK);
      p_next(p);
      b->a = p_statement_list(p, '}', NULL);
      p_expect(p, '}');
      c->b = p_finish(p, b);
    }
    p_scope_close(p);
    n->b = p_finish(p, c);
  }
  if (p_is(p, JC_KW_FINALLY)) {
    p_next(p);
    if (P_T(p) != '{')
      p_unexpected(p);
    else
      n->c = p_block(p);
  }
  if (n->b == NULL && n->c == NULL && !P_ERR(p))
    p_fail(p, p->t->start, "Missing catch or finally after try");
  return p_finish(p, n);
}

static jc_node *p_jump(P *p, int kind) {
  jc_node *n = p_new(p, kind);
  p_next(p);
  if (P_T(p) == JC_T_NAME && !p->t->nl && p_is_ident_start(p)) {
    p_label *l = p_label_find(p, p->t->atom);
    if (l == NULL) {
      jc_error(p->c, JSC_ESYNTAX, p->t->start, "Undefined label '%s'",
               p->t->atom->text);
      return n;
    }
    if (kind == JC_CONTINUE && !l->loop) {
      jc_error(p->c, JSC_ESYNTAX, p->t->start,
               "Illegal continue statement: '%s' does not denote an "
               "iteration statement",
               p->t->atom->text);
      return n;
    }
    n->atom = p->t->atom;
    p_next(p);
  } else if (kind == JC_BREAK && !p->fn.breakable) {
    p_fail(p, n->start, "Illegal break statement");
    return n;
  } else if (kind == JC_CONTINUE && !p->fn.loops) {
    p_fail(p, n->start,
           "Illegal continue statement: no surrounding iteration statement");
    return n;
  }
  p_semicolon(p);
  return p_finish(p, n);
}

static jc_node *p_string_or_name(P *p) {
  if (P_T(p) == JC_T_STR) {
    jc_node *s = p_str(p);
    return s;
  }
  return p_name(p);
}

static jc_node *p_attributes(P *p) {
  if ((p_is(p, JC_KW_WITH) || (P_T(p) == JC_T_NAME && !p->t->nl &&
                               strcmp(p->t->atom->text, "assert") == 0)) &&
      !P_ERR(p)) {
    p_next(p);
    if (P_T(p) != '{') {
      p_unexpected(p);
      return NULL;
    }
    return p_object(p);
  }
  return NULL;
}

static jc_node *p_module_source(P *p) {
  if (!p_is(p, JC_KW_FROM)) {
    p_unexpected(p);
    return &p->dummy;
  }
  p_next(p);
  if (P_T(p) != JC_T_STR) {
    p_unexpected(p);
    return &p->dummy;
  }
  return p_str(p);
}

/* Module export names: no duplicates, and well-formed strings. */
static int p_wellformed(P *p, const jc_node *n) {
  uint32_t i;
  if (n->kind != JC_STR || n->atom == NULL)
    return 1;
  for (i = 0; i + 1 < n->atom->len; i++)
    if ((unsigned char)n->atom->text[i] == 0xED &&
        (unsigned char)n->atom->text[i + 1] >= 0xA0) {
      p_fail(p, n->start,
             "Invalid module export name: contains unpaired surrogate");
      return 0;
    }
  return 1;
}

static void p_export_name(P *p, const jc_node *n, jc_atom *name) {
  if (name == NULL || P_ERR(p) || !p_wellformed(p, n))
    return;
  if (p->exports == NULL) {
    p->exports = jc_alloc(p->c, sizeof *p->exports);
    if (p->exports == NULL)
      return;
  }
  if (p_scope_find(p->exports, name) != NULL) {
    jc_error(p->c, JSC_ESYNTAX, n->start, "Duplicate export of '%s'",
             name->text);
    return;
  }
  p_scope_add(p, p->exports, name, 1);
}

static void p_export_decl_names(P *p, const jc_node *decl) {
  if (decl == NULL)
    return;
  if (decl->kind == JC_VAR) {
    const jc_node *d;
    for (d = decl->a; d != NULL; d = d->next) {
      jc_node *small[64];
      uint32_t n = 0, i;
      p_collect_names((jc_node *)d->a, small, &n, 64);
      for (i = 0; i < n && i < 64; i++)
        p_export_name(p, small[i], small[i]->atom);
    }
  } else if ((decl->kind == JC_FUNCTION || decl->kind == JC_CLASS) &&
             decl->a != NULL)
    p_export_name(p, decl->a, decl->a->atom);
}

/* Duplicate keys of `with { type: 'json' }`. */
static void p_check_attributes(P *p, const jc_node *obj) {
  const jc_node *a, *b;
  if (obj == NULL)
    return;
  for (a = obj->a; a != NULL && !P_ERR(p); a = a->next) {
    if (a->kind != JC_PROPERTY || (a->flags & JC_F_COMPUTED) ||
        a->op != JC_P_INIT || a->b == NULL || a->b->kind != JC_STR ||
        (a->a->kind != JC_IDENT && a->a->kind != JC_STR)) {
      p_fail(p, a->start, "Invalid import attribute");
      return;
    }
    for (b = obj->a; b != a; b = b->next)
      if (b->a->atom == a->a->atom) {
        jc_error(p->c, JSC_ESYNTAX, a->start,
                 "Import attribute has duplicate key '%s'", a->a->atom->text);
        return;
      }
  }
}

static jc_node *p_import(P *p) {
  jc_node *n = p_new(p, JC_IMPORT), *head = NULL, **tail = &head;
  p_modern(p, n, JC_FEAT_MODULE);
  p_next(p);
  if (P_T(p) == JC_T_STR) {
    n->b = p_str(p);
  } else {
    if (p_is_ident_start(p)) {
      jc_node *sp = p_new(p, JC_IMPORT_SPEC);
      sp->op = JC_IS_DEFAULT;
      sp->b = p_binding_target(p, P_D_LEX);
      *tail = p_finish(p, sp);
      tail = &sp->next;
      if (P_T(p) == ',')
        p_next(p);
      else
        goto from;
    }
    if (P_T(p) == '*') {
      jc_node *sp = p_new(p, JC_IMPORT_SPEC);
      sp->op = JC_IS_NS;
      p_next(p);
      if (!p_is(p, JC_KW_AS)) {
        p_unexpected(p);
        return n;
      }
      p_next(p);
      sp->b = p_binding_target(p, P_D_LEX);
      *tail = p_finish(p, sp);
      tail = &sp->next;
    } else if (P_T(p) == '{') {
      p_next(p);
      while (P_T(p) != '}' && !P_ERR(p)) {
        jc_node *sp = p_new(p, JC_IMPORT_SPEC);
        jc_tok it = *p->t;
        sp->op = JC_IS_NAMED;
        sp->a = p_string_or_name(p);
        if (!p_wellformed(p, sp->a))
          break;
        if (p_is(p, JC_KW_AS)) {
          p_next(p);
          sp->b = p_binding_target(p, P_D_LEX);
        } else {
          jc_node *id;
          if (it.type != JC_T_NAME) {
            p_unexpected(p);
            break;
          }
          if (!p_check_name(p, &it, 1))
            break;
          id = p_new_at(p, JC_IDENT, sp->a);
          id->atom = sp->a->atom;
          id->end = sp->a->end;
          p_declare_lexical(p, id);
          sp->b = id;
        }
        *tail = p_finish(p, sp);
        tail = &sp->next;
        if (P_T(p) != '}' && !p_expect(p, ','))
          break;
      }
      p_expect(p, '}');
    } else {
      p_unexpected(p);
      return n;
    }
  from:
    n->b = p_module_source(p);
  }
  n->a = head;
  n->c = p_attributes(p);
  p_check_attributes(p, n->c);
  p_semicolon(p);
  return p_finish(p, n);
}

static jc_node *p_export(P *p) {
  jc_node *n = p_new(p, JC_EXPORT_NAMED);
  p_modern(p, n, JC_FEAT_MODULE);
  p_next(p);
  if (P_T(p) == '*') {
    n->kind = JC_EXPORT_ALL;
    p_next(p);
    if (p_is(p, JC_KW_AS)) {
      p_next(p);
      n->a = p_string_or_name(p);
      p_export_name(p, n->a, n->a->atom);
    }
    n->b = p_module_source(p);
    n->c = p_attributes(p);
    p_check_attributes(p, n->c);
    p_semicolon(p);
    return p_finish(p, n);
  }
  if (p_is(p, JC_KW_DEFAULT)) {
    n->kind = JC_EXPORT_DEFAULT;
    p_export_name(p, n, jc_atom_lit(p->c, "default"));
    p_next(p);
    if (p_is(p, JC_KW_FUNCTION)) {
      n->a = p_function(p, 2, 0, P_LIST);
    } else if (p_is(p, JC_KW_ASYNC)) {
      jc_tok nt = p_peek(p);
      if (nt.type == JC_T_NAME && nt.atom->keyword == JC_KW_FUNCTION &&
          !nt.nl && !(nt.flags & JC_TF_ESCAPED))
        n->a = p_function(p, 2, 1, P_LIST);
      else {
        n->a = p_assign(p, 0);
        p_semicolon(p);
      }
    } else if (p_is(p, JC_KW_CLASS)) {
      n->a = p_class(p, 2);
    } else {
      n->a = p_assign(p, 0);
      p_semicolon(p);
    }
    return p_finish(p, n);
  }
  if (P_T(p) == '{') {
    jc_node *head = NULL, **tail = &head;
    int has_str = 0;
    p_next(p);
    while (P_T(p) != '}' && !P_ERR(p)) {
      jc_node *sp = p_new(p, JC_EXPORT_SPEC);
      if (P_T(p) == JC_T_STR)
        has_str = 1;
      else if (P_T(p) == JC_T_NAME && p->t->atom->keyword &&
               p->t->atom->keyword <= JC_KW_LAST_RESERVED)
        has_str = 1; /* `export {default}` needs `from` */
      sp->a = p_string_or_name(p);
      if (p_is(p, JC_KW_AS)) {
        p_next(p);
        sp->b = p_string_or_name(p);
      }
      *tail = p_finish(p, sp);
      tail = &sp->next;
      if (P_T(p) != '}' && !p_expect(p, ','))
        break;
    }
    p_expect(p, '}');
    n->a = head;
    if (p_is(p, JC_KW_FROM)) {
      n->b = p_module_source(p);
      n->d = p_attributes(p);
      p_check_attributes(p, n->d);
    } else if (has_str && !P_ERR(p)) {
      p_unexpected(p);
      return n;
    }
    {
      jc_node *sp;
      for (sp = head; sp != NULL && !P_ERR(p); sp = sp->next) {
        jc_node *ex = sp->b != NULL ? sp->b : sp->a;
        p_wellformed(p, sp->a);
        p_export_name(p, ex, ex->atom);
        if (n->b == NULL && sp->a->kind == JC_IDENT) {
          /* checked against the top-level names at the end */
          jc_node *ref = p_new_at(p, JC_IDENT, sp->a);
          ref->atom = sp->a->atom;
          ref->next = p->export_refs;
          p->export_refs = ref;
        }
      }
    }
    p_semicolon(p);
    return p_finish(p, n);
  }
  if (p_is(p, JC_KW_VAR) || p_is(p, JC_KW_CONST) || p_is(p, JC_KW_LET)) {
    int kind = p_is(p, JC_KW_VAR)     ? JC_DECL_VAR
               : p_is(p, JC_KW_CONST) ? JC_DECL_CONST
                                      : JC_DECL_LET;
    n->c = p_var(p, kind, 0);
    p_semicolon(p);
  } else if (p_is(p, JC_KW_FUNCTION)) {
    n->c = p_function(p, 1, 0, P_LIST);
  } else if (p_is(p, JC_KW_ASYNC)) {
    n->c = p_function(p, 1, 1, P_LIST);
  } else if (p_is(p, JC_KW_CLASS)) {
    n->c = p_class(p, 1);
  } else {
    p_unexpected(p);
    return n;
  }
  p_export_decl_names(p, n->c);
  return p_finish(p, n);
}

static jc_node *p_statement_inner(P *p, int ctx) {
  jc_node *n;
  switch (P_T(p)) {
  case '{':
    return p_block(p);
  case ';':
    n = p_new(p, JC_EMPTY);
    p_next(p);
    return p_finish(p, n);
  case JC_T_NAME:
    if (p->t->flags & JC_TF_ESCAPED)
      break;
    switch (p->t->atom->keyword) {
    case JC_KW_VAR:
      n = p_var(p, JC_DECL_VAR, 0);
      p_semicolon(p);
      return p_finish(p, n);
    case JC_KW_CONST:
      if (ctx != P_LIST) {
        p_fail(p, p->t->start,
               "Lexical declaration cannot appear in a "
               "single-statement context");
        return &p->dummy;
      }
      n = p_var(p, JC_DECL_CONST, 0);
      p_semicolon(p);
      return p_finish(p, n);
    case JC_KW_LET: {
      jc_tok nt = p_peek(p);
      if (ctx == P_LIST) {
        if (p_peek_is_decl_start(&nt) || p->fn.strict) {
          n = p_var(p, JC_DECL_LET, 0);
          p_semicolon(p);
          return p_finish(p, n);
        }
      } else if (nt.type == '[' ||
                 (p_peek_is_decl_start(&nt) && !nt.nl && nt.type != '{')) {
        p_fail(p, p->t->start,
               "Lexical declaration cannot appear in a "
               "single-statement context");
        return &p->dummy;
      }
      break;
    }
    case JC_KW_IF:
      return p_if(p);
    case JC_KW_FOR:
      return p_for(p);
    case JC_KW_WHILE:
      n = p_new(p, JC_WHILE);
      p_label_loop(p);
      p_next(p);
      n->a = p_paren_expr(p);
      n->b = p_loop_body(p);
      return p_finish(p, n);
    case JC_KW_DO:
      n = p_new(p, JC_DO_WHILE);
      p_label_loop(p);
      p_next(p);
      n->a = p_loop_body(p);
      if (!p_is(p, JC_KW_WHILE)) {
        p_unexpected(p);
        return n;
      }
      p_next(p);
      n->b = p_paren_expr(p);
      if (P_T(p) == ';')
        p_next(p);
      return p_finish(p, n);
    case JC_KW_CONTINUE:
      return p_jump(p, JC_CONTINUE);
    case JC_KW_BREAK:
      return p_jump(p, JC_BREAK);
    case JC_KW_RETURN:
      if (!p->fn.ret) {
        p_fail(p, p->t->start, "Illegal return statement");
        return &p->dummy;
      }
      n = p_new(p, JC_RETURN);
      p_next(p);
      if (P_T(p) != ';' && P_T(p) != '}' && P_T(p) != JC_T_EOF && !p->t->nl)
        n->a = p_expression(p);
      p_semicolon(p);
      return p_finish(p, n);
    case JC_KW_THROW:
      n = p_new(p, JC_THROW);
      p_next(p);
      if (p->t->nl) {
        p_fail(p, p->t->start, "Illegal newline after throw");
        return n;
      }
      n->a = p_expression(p);
      p_semicolon(p);
      return p_finish(p, n);
    case JC_KW_TRY:
      return p_try(p);
    case JC_KW_SWITCH:
      return p_switch(p);
    case JC_KW_WITH:
      if (p->fn.strict) {
        p_fail(p, p->t->start,
               "Strict mode code may not include a with statement");
        return &p->dummy;
      }
      n = p_new(p, JC_WITH);
      p_next(p);
      n->a = p_paren_expr(p);
      n->b = p_statement(p, P_SINGLE);
      return p_finish(p, n);
    case JC_KW_DEBUGGER:
      n = p_new(p, JC_DEBUGGER);
      p_next(p);
      p_semicolon(p);
      return p_finish(p, n);
    case JC_KW_FUNCTION:
      if (ctx == P_SINGLE || (ctx != P_LIST && p->fn.strict)) {
        p_fail(p, p->t->start,
               p->fn.strict
                   ? "In strict mode code, functions can only be declared at "
                     "top level or inside a block."
                   : "In non-strict mode code, functions can only be "
                     "declared at top level, inside a block, or as the body "
                     "of an if statement.");
        return &p->dummy;
      }
      if (ctx == P_IF_BODY) {
        /* Annex B.3.4: as if in a block of its own */
        p_scope_open(p, 0);
        n = p_function(p, 1, 0, ctx);
        p_scope_close(p);
      } else
        n = p_function(p, 1, 0, ctx);
      if (ctx != P_LIST && (n->flags & (JC_F_GENERATOR))) {
        p_fail(p, n->start,
               "Generators can only be declared at the top "
               "level or inside a block.");
        return n;
      }
      if (ctx == P_IF_BODY || (p->scope != NULL && !p->scope->func)) {
        p_modern(p, n, JC_FEAT_FN_IN_BLOCK);
      }
      return n;
    case JC_KW_ASYNC: {
      jc_tok nt = p_peek(p);
      if (nt.type == JC_T_NAME && nt.atom->keyword == JC_KW_FUNCTION &&
          !nt.nl && !(nt.flags & JC_TF_ESCAPED)) {
        if (ctx != P_LIST) {
          p_fail(p, p->t->start,
                 "Async functions can only be declared at "
                 "the top level or inside a block.");
          return &p->dummy;
        }
        return p_function(p, 1, 1, ctx);
      }
      break;
    }
    case JC_KW_CLASS:
      if (ctx != P_LIST) {
        p_unexpected(p);
        return &p->dummy;
      }
      return p_class(p, 1);
    case JC_KW_IMPORT: {
      jc_tok nt = p_peek(p);
      if (nt.type == '(' || nt.type == '.')
        break;
      if (!p->module) {
        p_fail(p, p->t->start, "Cannot use import statement outside a module");
        return &p->dummy;
      }
      if (ctx != P_LIST || p->scope == NULL || p->scope->up != NULL) {
        p_unexpected(p);
        return &p->dummy;
      }
      return p_import(p);
    }
    case JC_KW_EXPORT:
      if (!p->module || ctx != P_LIST || p->scope == NULL ||
          p->scope->up != NULL) {
        p_unexpected(p);
        return &p->dummy;
      }
      return p_export(p);
    default:
      break;
    }
    break;
  default:
    break;
  }
  /* an expression statement, or a labeled statement */
  {
    jc_tok first = *p->t;
    jc_node *e = p_expression(p);
    if (e->kind == JC_IDENT && P_T(p) == ':' && first.type == JC_T_NAME &&
        e->start == first.start && e->end == first.end && !P_ERR(p)) {
      uint32_t i;
      n = p_new_at(p, JC_LABELED, e);
      n->atom = e->atom;
      p_next(p);
      for (i = p->nlabels; i > p->fn.labels; i--)
        if (p->labels[i - 1].name == e->atom) {
          jc_error(p->c, JSC_ESYNTAX, e->start,
                   "Label '%s' has already been declared", e->atom->text);
          return n;
        }
      /* labels of a labeled statement label what this one labels */
      for (i = p->nlabels; i > p->fn.labels; i--) {
        if (p->labels[i - 1].stmt != e->start)
          break;
        p->labels[i - 1].stmt = p->t->start;
      }
      p_label_push(p, e->atom, p->t->start);
      /* a labelled function only where a declaration could be */
      n->a = p_statement(p, ctx == P_LIST || ctx == P_LABELED ? P_LABELED
                                                              : P_SINGLE);
      p->nlabels--;
      while (p->nlabels > p->fn.labels &&
             p->labels[p->nlabels - 1].stmt == p->t->start && 0)
        p->nlabels--;
      return p_finish(p, n);
    }
    n = p_new_at(p, JC_EXPR_STMT, e);
    n->a = e;
    p_semicolon(p);
    return p_finish(p, n);
  }
}

static jc_node *p_statement(P *p, int ctx) {
  jc_node *n;
  if (!p_enter(p))
    return &p->dummy;
  n = p_statement_inner(p, ctx);
  p_leave(p);
  return n;
}

static jc_node *p_statement_list(P *p, int end, jc_node *owner) {
  jc_node *head = NULL, **tail = &head;
  int prologue = owner != NULL;
  uint32_t octal_at = 0;
  while (P_T(p) != end && P_T(p) != JC_T_EOF && !P_ERR(p)) {
    jc_node *s;
    if (prologue && P_T(p) == JC_T_STR) {
      jc_tok t = *p->t;
      s = p_statement(p, P_LIST);
      if (s->kind == JC_EXPR_STMT && s->a->kind == JC_STR &&
          s->a->start == t.start && s->a->end == t.end) {
        s->atom =
            jc_atom_get(p->c, p->c->src + t.start + 1, t.end - t.start - 2);
        if ((t.flags & JC_TF_OCTAL) && !octal_at)
          octal_at = t.esc + 1;
        if (s->atom != NULL && s->atom->keyword == JC_KW_USE_STRICT) {
          if (owner->kind == JC_FUNCTION &&
              !(owner->flags & JC_F_SIMPLE_PARAMS)) {
            p_fail(p, t.start,
                   "Illegal 'use strict' directive in function with "
                   "non-simple parameter list");
          }
          p->fn.strict = 1;
          if (octal_at)
            p_fail(p, octal_at - 1,
                   "Octal escape sequences are not allowed in strict mode.");
        }
      } else
        prologue = 0;
    } else {
      prologue = 0;
      s = p_statement(p, P_LIST);
    }
    *tail = s;
    tail = &s->next;
  }
  return head;
}

/* ---- the program ---- */

int jc_parse(jc_ctx *c) {
  P p;
  jc_node *prog;
  int goal = c->opt->goal;
  unsigned flags = c->opt->flags;
  memset(&p, 0, sizeof p);
  p.c = c;
  p.t = &p.lx.t;
  p.stack_base = P_SP();
  p.module = goal == JSC_GOAL_MODULE;
  c->features = 0;
  if (jc_lex_init(&p.lx, c, p.module) != JSC_OK)
    return c->status;
  p.fn.strict = p.module || (flags & JSC_STRICT) != 0;
  p.fn.ret = goal == JSC_GOAL_FUNCTION;
  p.fn.async = p.module; /* top-level await */
  p.fn.new_target = goal == JSC_GOAL_FUNCTION || (flags & JSC_IN_FUNCTION) != 0;
  p.fn.super_prop = (flags & JSC_IN_METHOD) != 0;
  p_scope_open(&p, 1);
  jc_lex_next(&p.lx);
  prog = p_new(&p, JC_PROGRAM);
  prog->start = 0;
  prog->line = 1;
  prog->col = 0;
  prog->op = (uint8_t)goal;
  prog->a = p_statement_list(&p, JC_T_EOF, prog);
  if (P_T(&p) != JC_T_EOF)
    p_unexpected(&p);
  if (p.fn.strict)
    prog->flags |= JC_F_STRICT;
  if (p.module) {
    jc_node *r;
    p_modern(&p, prog, JC_FEAT_MODULE);
    for (r = p.export_refs; r != NULL && c->status == JSC_OK; r = r->next)
      if (p_scope_find(p.scope, r->atom) == NULL)
        jc_error(c, JSC_ESYNTAX, r->start,
                 "Export '%s' is not defined in module", r->atom->text);
  }
  p.prev_end = (uint32_t)c->len;
  p_finish(&p, prog);
  p_scope_close(&p);
  c->program = c->status == JSC_OK ? prog : NULL;
  return c->status;
}

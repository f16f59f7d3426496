/* lower_class.c - classes to ES5.1 (issue 11, "Classes").
 *
 * A class becomes an IIFE that builds an ES5 constructor function, so its
 * methods are plain functions on the prototype and calls on instances cost
 * what hand-written ES5 costs:
 *
 *   class B extends A { x = 1; constructor(v) { super(v); } m() { super.m() } }
 * ->
 *   var B = (function (_super) {
 *     "use strict";
 *     var _sk;
 *     _sk = __jsrt.classSetup(B, _super, true);
 *     function _init() { "x" in this ? __jsrt.field(this, "x", 1) : this.x = 1;
 * } function B(v) { if (!new.target && !this) __jsrt.classCall("B"); var _this,
 * _r;
 *       (_r = _sk === 0 ? _super.call(this, v)
 *                       : __jsrt.superNative(_sk, _super, this, [v]),
 *        _this !== void 0 && __jsrt.superTwice(),
 *        _this = _r === void 0 || _r === this ? this : __jsrt.superRet(_r,
 * this), _init.call(_this), _this); return _this;
 *     }
 *     __jsrt.defMethod(B.prototype, "m", function () {
 *       __jsrt.superGet(B.prototype, "m", this).call(this); }, 0);
 *     return B;
 *   })(A);
 *
 * It runs when the traversal ENTERS a CLASS (jc_lower_class_enter): the
 * members' code is moved, still modern, into the ES5 shape, and the
 * traversal then lowers it as any other code. That is what makes `this` and
 * `super` come out right in arrows inside methods: `super.x` becomes a
 * helper call whose receiver is a real THIS node, which the arrow transform
 * then captures like any other `this`; in a derived constructor `this` is
 * the variable _this that super() assigns, which closures see directly.
 *
 * Semantics and their deviations (documented, test262 decides):
 * - the class-call check is `!new.target && !this` (cheap: a parent called
 *   by super() has an object as this): C() throws, C.call(obj) does not;
 * - super(...) calls an ES5/lowered parent on the object `new` made (its
 *   prototype is new.target.prototype), constructs a native or bound parent
 *   (Error, Array, Map, Promise, ...) and gives the result that prototype:
 *   real instances with their internal slots;
 * - new.target in a constructor is `new.target || this.constructor`
 *   (Duktape has new.target, but a parent called by super() sees none);
 * - #private names are WeakMap records per class evaluation (helpers.js);
 *   o.#x op= v and o.#x++ need o to be `this` or a name; optional chains and
 *   destructuring targets through #x are not lowered (SyntaxError);
 * - computed keys are evaluated inside the class's strict IIFE, which is
 *   called with .call(this) when one of them uses `this`; `arguments` in a
 *   computed key is the IIFE's. */
#include <stdio.h>
#include <string.h>

#include "lower.h"

/* ---- small node builders ---- */

typedef struct cls_priv {
  jc_atom *name; /* without '#' */
  jc_atom *var;  /* the record's variable; NULL: shadowed (nested class) */
  int kind;      /* 0 field, 1 method, 2 accessor */
  int is_static;
  struct cls_priv *next;
} cls_priv;

typedef struct cls_pscope {
  cls_priv *privs;
  struct cls_pscope *up;
} cls_pscope;

typedef struct cls_ctx {
  jc_lw *w;
  jc_ctx *c;
  jc_node *cls;
  jc_atom *name;     /* the constructor function's name (inner binding) */
  jc_atom *super_v;  /* _super */
  jc_atom *sk_v;     /* kind of the parent (helpers.js classSetup) */
  jc_atom *brand_v;  /* instance brand (private methods/accessors) */
  jc_atom *sbrand_v; /* static brand */
  jc_atom *this_v;   /* _this of the derived constructor */
  jc_atom *init_v;   /* _init: instance fields of the derived class */
  jc_atom *tmp_v;    /* _v: a field value being defined */
  jc_atom *r_v;      /* _r: what the parent constructor returned */
  jc_atom *a_v;      /* _a: super(...)'s arguments when not plain names */
  int derived;
  int outer_this; /* a computed key uses the outer `this` */
  cls_priv *privs;
} cls_ctx;

/* The walk over the members' code before it is lowered. */
typedef struct cls_walk {
  cls_ctx *k;
  cls_pscope *ps;
  int home;      /* super.x: 0 none, 1 C.prototype, 2 C */
  int this_mode; /* 0 keep, 1 _this (derived ctor), 2 C (static init) */
  int checked;   /* this_mode 1: `this` may be in its TDZ */
  int ctor;      /* super(...) allowed: in a derived constructor */
  int ret;       /* RETURN is the derived constructor's own */
  int nt;        /* new.target: 0 keep, 1 constructor form, 2 undefined */
  int top_super; /* a top-level super(...) statement was seen */
  unsigned depth;
} cls_walk;

static jc_node *cls_new(cls_ctx *k, jc_kind kind, const jc_node *at) {
  return jc_synth(k->c, kind, at);
}

static jc_node *cls_id(cls_ctx *k, jc_atom *a, const jc_node *at) {
  return jc_ident(k->c, a, at);
}

static jc_node *cls_idlit(cls_ctx *k, const char *s, const jc_node *at) {
  return jc_ident(k->c, jc_atom_get(k->c, s, strlen(s)), at);
}

static jc_node *cls_str(cls_ctx *k, const char *s, size_t n,
                        const jc_node *at) {
  jc_node *r = cls_new(k, JC_STR, at);
  char *q;
  size_t i, o = 0;
  if (r == NULL)
    return NULL;
  r->atom = jc_atom_get(k->c, s, n);
  q = jc_alloc(k->c, n * 6 + 3);
  if (q == NULL || r->atom == NULL)
    return NULL;
  q[o++] = '"';
  for (i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch == '"' || ch == '\\') {
      q[o++] = '\\';
      q[o++] = (char)ch;
    } else if (ch < 0x20) {
      o += (size_t)sprintf(q + o, "\\u%04x", ch);
    } else {
      q[o++] = (char)ch;
    }
  }
  q[o++] = '"';
  q[o] = '\0';
  r->raw.p = q;
  r->raw.len = (uint32_t)o;
  return r;
}

static jc_node *cls_strlit(cls_ctx *k, const char *s, const jc_node *at) {
  return cls_str(k, s, strlen(s), at);
}

static jc_node *cls_num(cls_ctx *k, int v, const jc_node *at) {
  jc_node *r = cls_new(k, JC_NUM, at);
  char buf[16];
  int n = snprintf(buf, sizeof buf, "%d", v);
  if (r == NULL)
    return NULL;
  r->u.num = v;
  r->raw.p = jc_strndup(k->c, buf, (size_t)n);
  r->raw.len = (uint32_t)n;
  return r;
}

static jc_node *cls_2(cls_ctx *k, jc_kind kind, jc_node *a, jc_node *b,
                      const jc_node *at) {
  jc_node *r = cls_new(k, kind, at);
  if (r == NULL)
    return NULL;
  r->a = a;
  r->b = b;
  return r;
}

static jc_node *cls_paren(cls_ctx *k, jc_node *e) {
  return cls_2(k, JC_PAREN, e, NULL, e);
}

/* obj.name */
static jc_node *cls_dot(cls_ctx *k, jc_node *obj, const char *name,
                        const jc_node *at) {
  return cls_2(k, JC_MEMBER, obj, cls_idlit(k, name, at), at);
}

/* A list from up to 6 nodes (NULL ends it). */
static jc_node *cls_list(jc_node *a, jc_node *b, jc_node *c, jc_node *d,
                         jc_node *e, jc_node *f) {
  jc_node *v[6];
  jc_node *head = NULL, *tail = NULL;
  int i;
  v[0] = a, v[1] = b, v[2] = c, v[3] = d, v[4] = e, v[5] = f;
  for (i = 0; i < 6 && v[i] != NULL; i++) {
    v[i]->next = NULL;
    if (tail == NULL)
      head = v[i];
    else
      tail->next = v[i];
    tail = v[i];
  }
  return head;
}

/* __jsrt.NAME(args) */
static jc_node *cls_helper(cls_ctx *k, const char *name, jc_node *args,
                           const jc_node *at) {
  k->c->helpers |= 1; /* as jc_lw_helper: the output uses __jsrt */
  return cls_2(k, JC_CALL, cls_dot(k, cls_idlit(k, "__jsrt", at), name, at),
               args, at);
}

static jc_node *cls_stmt(cls_ctx *k, jc_node *e) {
  return cls_2(k, JC_EXPR_STMT, e, NULL, e);
}

/* var name = init; */
static jc_node *cls_var(cls_ctx *k, jc_atom *name, jc_node *init,
                        const jc_node *at) {
  jc_node *v = cls_new(k, JC_VAR, at);
  if (v == NULL)
    return NULL;
  v->op = JC_DECL_VAR;
  v->a = cls_2(k, JC_DECLARATOR, cls_id(k, name, at), init, at);
  return v;
}

static jc_node *cls_void0(cls_ctx *k, const jc_node *at) {
  jc_node *u = cls_2(k, JC_UNARY, cls_num(k, 0, at), NULL, at);
  if (u != NULL)
    u->op = JC_OP_VOID;
  return u;
}

static jc_node *cls_bool(cls_ctx *k, int v, const jc_node *at) {
  return cls_new(k, v ? JC_TRUE_LIT : JC_FALSE_LIT, at);
}

static jc_node *cls_assign(cls_ctx *k, jc_node *t, jc_node *v,
                           const jc_node *at) {
  jc_node *a = cls_2(k, JC_ASSIGN, t, v, at);
  if (a != NULL)
    a->op = JC_OP_ASSIGN;
  return a;
}

static jc_atom *cls_fresh(cls_ctx *k, const char *hint) {
  return jc_fresh_name(k->c, hint);
}

static void cls_touch(jc_node *n) { n->mark |= JC_MK_DIRTY | JC_MK_HAS_MODERN; }

/* A copy of a leaf (IDENT, THIS, literal) to use twice. */
static jc_node *cls_clone_leaf(cls_ctx *k, const jc_node *n) {
  jc_node *r = jc_alloc(k->c, sizeof *r);
  if (r == NULL)
    return NULL;
  *r = *n;
  r->next = NULL;
  r->mark |= JC_MK_DIRTY;
  return r;
}

static int cls_is_leaf(const jc_node *n) {
  switch (n->kind) {
  case JC_IDENT:
  case JC_THIS:
  case JC_NUM:
  case JC_STR:
  case JC_NULL_LIT:
  case JC_TRUE_LIT:
  case JC_FALSE_LIT:
    return 1;
  default:
    return 0;
  }
}

/* The property key of a member as an expression: a name becomes a string;
 * literals stay; a computed key is whatever was given. */
static jc_node *cls_key_expr(cls_ctx *k, jc_node *key) {
  if (key->kind == JC_IDENT)
    return cls_str(k, key->atom->text, key->atom->len, key);
  return key;
}

/* ---- private names ---- */

static cls_priv *cls_priv_find(cls_priv *p, jc_atom *name) {
  for (; p != NULL; p = p->next)
    if (p->name == name)
      return p;
  return NULL;
}

/* NULL: not declared by the classes the walk knows (leave the node). */
static cls_priv *cls_priv_resolve(cls_walk *s, jc_atom *name) {
  cls_pscope *sc;
  for (sc = s->ps; sc != NULL; sc = sc->up) {
    cls_priv *p = cls_priv_find(sc->privs, name);
    if (p != NULL)
      return p->var != NULL ? p : NULL;
  }
  return NULL;
}

/* The private names a class body declares (var NULL: for shadowing). */
static cls_priv *cls_priv_collect(cls_ctx *k, jc_node *members, int make) {
  cls_priv *list = NULL;
  jc_node *m;
  for (m = members; m != NULL; m = m->next) {
    cls_priv *p;
    int kind;
    if ((m->kind != JC_METHOD && m->kind != JC_FIELD) || m->a == NULL ||
        m->a->kind != JC_PRIVATE_NAME)
      continue;
    kind = m->kind == JC_FIELD ? 0 : m->op == JC_P_METHOD ? 1 : 2;
    p = cls_priv_find(list, m->a->atom);
    if (p != NULL)
      continue; /* the other half of an accessor pair */
    p = jc_alloc(k->c, sizeof *p);
    if (p == NULL)
      return NULL;
    p->name = m->a->atom;
    p->kind = kind;
    p->is_static = (m->flags & JC_F_STATIC) != 0;
    if (make) {
      /* an ASCII name for the record (Duktape takes few Unicode ones) */
      char hint[48];
      size_t i, o = 1;
      hint[0] = '_';
      for (i = 0; i < m->a->atom->len && o < 40; i++) {
        char ch = m->a->atom->text[i];
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
            (ch >= '0' && ch <= '9') || ch == '_' || ch == '$')
          hint[o++] = ch;
      }
      if (o == 1)
        hint[o++] = 'p';
      hint[o] = '\0';
      p->var = cls_fresh(k, hint);
    }
    p->next = list;
    list = p;
  }
  return list;
}

/* ---- the walk ---- */

static jc_node *cls_walk_node(cls_walk *s, jc_node *n);

static void cls_walk_kids(cls_walk *s, jc_node *n) {
  jc_node **slot[4];
  int i;
  slot[0] = &n->a, slot[1] = &n->b, slot[2] = &n->c, slot[3] = &n->d;
  for (i = 0; i < 4; i++) {
    jc_node **p;
    for (p = slot[i]; *p != NULL; p = &(*p)->next) {
      jc_node *old = *p, *r = cls_walk_node(s, old);
      if (r == NULL)
        return;
      if (r != old) {
        r->next = old->next;
        *p = r;
      }
      if (r->mark & JC_MK_DIRTY)
        cls_touch(n);
    }
  }
}

/* `this` where the walk is. */
static jc_node *cls_this(cls_walk *s, const jc_node *at) {
  cls_ctx *k = s->k;
  if (s->this_mode == 1) {
    jc_node *t = cls_id(k, k->this_v, at);
    if (!s->checked)
      return t;
    return cls_helper(k, "thisCheck", t, at);
  }
  if (s->this_mode == 2)
    return cls_id(k, k->name, at);
  return cls_new(k, JC_THIS, at);
}

/* The home object's expression: C.prototype or C. */
static jc_node *cls_home(cls_walk *s, const jc_node *at) {
  jc_node *c = cls_id(s->k, s->k->name, at);
  return s->home == 1 ? cls_dot(s->k, c, "prototype", at) : c;
}

/* The key of super.x / super[x] / o.#x's MEMBER as an expression. */
static jc_node *cls_member_key(cls_walk *s, jc_node *m) {
  if (m->flags & JC_F_COMPUTED)
    return cls_walk_node(s, m->b);
  return cls_str(s->k, m->b->atom->text, m->b->atom->len, m->b);
}

static jc_node *cls_super_get(cls_walk *s, jc_node *m) {
  jc_node *key = cls_member_key(s, m);
  return cls_helper(
      s->k, "superGet",
      cls_list(cls_home(s, m), key, cls_this(s, m), NULL, NULL, NULL), m);
}

static int cls_is_super_member(cls_walk *s, const jc_node *m) {
  return m->kind == JC_MEMBER && m->a != NULL && m->a->kind == JC_SUPER &&
         s->home != 0;
}

static cls_priv *cls_private_member(cls_walk *s, const jc_node *m) {
  if (m->kind != JC_MEMBER || m->b == NULL || m->b->kind != JC_PRIVATE_NAME ||
      (m->flags & JC_F_OPTIONAL))
    return NULL;
  return cls_priv_resolve(s, m->b->atom);
}

/* The value of a compound assignment `t op= v` given t's current value. */
static jc_node *cls_compound(cls_ctx *k, int op, jc_node *cur, jc_node *v,
                             const jc_node *at) {
  jc_node *r;
  if (op == JC_OP_AND || op == JC_OP_OR || op == JC_OP_NULLISH) {
    r = cls_2(k, JC_LOGICAL, cur, cls_paren(k, v), at);
    if (r != NULL)
      r->op = (uint8_t)op;
    return r;
  }
  r = cls_2(k, JC_BINARY, cur, cls_paren(k, v), at);
  if (r != NULL)
    r->op = (uint8_t)op;
  return r;
}

static jc_node *cls_unsupported(cls_walk *s, jc_node *n, const char *what) {
  jc_error(s->k->c, JSC_ESYNTAX, n->start, "%s is not supported yet", what);
  return NULL;
}

static jc_node *cls_walk_member(cls_walk *s, jc_node *n) {
  cls_priv *p;
  if (cls_is_super_member(s, n))
    return cls_super_get(s, n);
  p = cls_private_member(s, n);
  if (p != NULL) {
    jc_node *o = cls_walk_node(s, n->a);
    if (o == NULL)
      return NULL;
    return cls_helper(
        s->k, "pget",
        cls_list(o, cls_id(s->k, p->var, n->b), NULL, NULL, NULL, NULL), n);
  }
  cls_walk_kids(s, n);
  return n;
}

static jc_node *cls_bin(cls_ctx *k, int op, jc_node *a, jc_node *b,
                        const jc_node *at) {
  jc_node *r = cls_2(k, JC_BINARY, a, b, at);
  if (r != NULL)
    r->op = (uint8_t)op;
  return r;
}

static jc_node *cls_cond(cls_ctx *k, jc_node *t, jc_node *a, jc_node *b,
                         const jc_node *at) {
  jc_node *r = cls_new(k, JC_COND, at);
  if (r == NULL)
    return NULL;
  r->a = t, r->b = a, r->c = b;
  return r;
}

/* super(args) in a derived constructor (args: the lowered argument list,
 * or NULL with use_arguments for the default constructor):
 *   (_r = _sk === 0 ? _super.call(this, a, b)
 *                   : __jsrt.superNative(_sk, _super, this, [a, b]),
 *    _this !== void 0 && __jsrt.superTwice(),
 *    _this = _r === void 0 || _r === this ? this : __jsrt.superRet(_r, this),
 *    _init.call(_this), _this)
 * An ES5 or lowered parent is called on the object `new` made; arguments
 * that are not plain names or literals are evaluated once into _a. */
static jc_node *cls_super_expr(cls_ctx *k, jc_node *args, int use_arguments,
                               const jc_node *at) {
  jc_node *a, *first = NULL, *call, *nat, *r, *twice, *ret, *tail;
  int leaves = !use_arguments;
  for (a = args; a != NULL; a = a->next)
    if (!cls_is_leaf(a))
      leaves = 0;
  if (k->r_v == NULL)
    k->r_v = cls_fresh(k, "_r");
  if (leaves) {
    /* _super.call(this, a, b) and [a, b] with copies of the leaves */
    jc_node *copy = NULL, **cp = &copy, *t = cls_new(k, JC_THIS, at);
    for (a = args; a != NULL; a = a->next) {
      *cp = cls_clone_leaf(k, a);
      if (*cp == NULL)
        return NULL;
      cp = &(*cp)->next;
    }
    if (t == NULL)
      return NULL;
    t->next = args;
    call = cls_2(k, JC_CALL, cls_dot(k, cls_id(k, k->super_v, at), "call", at),
                 t, at);
    nat = cls_2(k, JC_ARRAY, copy, NULL, at);
  } else {
    jc_node *t = cls_new(k, JC_THIS, at), *arr;
    if (use_arguments) {
      arr = cls_idlit(k, "arguments", at);
    } else {
      if (k->a_v == NULL)
        k->a_v = cls_fresh(k, "_a");
      first = cls_assign(k, cls_id(k, k->a_v, at),
                         cls_2(k, JC_ARRAY, args, NULL, at), at);
      arr = cls_id(k, k->a_v, at);
    }
    if (t == NULL || arr == NULL)
      return NULL;
    t->next = arr;
    call = cls_2(k, JC_CALL, cls_dot(k, cls_id(k, k->super_v, at), "apply", at),
                 t, at);
    nat = cls_clone_leaf(k, arr);
  }
  nat = cls_helper(k, "superNative",
                   cls_list(cls_id(k, k->sk_v, at), cls_id(k, k->super_v, at),
                            cls_new(k, JC_THIS, at), nat, NULL, NULL),
                   at);
  r = cls_assign(k, cls_id(k, k->r_v, at),
                 cls_cond(k,
                          cls_bin(k, JC_OP_SEQ, cls_id(k, k->sk_v, at),
                                  cls_num(k, 0, at), at),
                          call, nat, at),
                 at);
  twice = cls_2(
      k, JC_LOGICAL,
      cls_bin(k, JC_OP_SNE, cls_id(k, k->this_v, at), cls_void0(k, at), at),
      cls_helper(k, "superTwice", NULL, at), at);
  if (twice == NULL)
    return NULL;
  twice->op = JC_OP_AND;
  {
    jc_node *undef =
        cls_bin(k, JC_OP_SEQ, cls_id(k, k->r_v, at), cls_void0(k, at), at);
    jc_node *same = cls_bin(k, JC_OP_SEQ, cls_id(k, k->r_v, at),
                            cls_new(k, JC_THIS, at), at);
    jc_node *either = cls_2(k, JC_LOGICAL, undef, same, at);
    if (either == NULL)
      return NULL;
    either->op = JC_OP_OR;
    ret = cls_assign(k, cls_id(k, k->this_v, at),
                     cls_cond(k, either, cls_new(k, JC_THIS, at),
                              cls_helper(k, "superRet",
                                         cls_list(cls_id(k, k->r_v, at),
                                                  cls_new(k, JC_THIS, at), NULL,
                                                  NULL, NULL, NULL),
                                         at),
                              at),
                     at);
  }
  if (r == NULL || ret == NULL)
    return NULL;
  if (first != NULL) {
    first->next = r;
  } else {
    first = r;
  }
  r->next = twice;
  twice->next = ret;
  tail = ret;
  if (k->init_v != NULL) {
    jc_node *ic =
        cls_2(k, JC_CALL, cls_dot(k, cls_id(k, k->init_v, at), "call", at),
              cls_id(k, k->this_v, at), at);
    if (ic == NULL)
      return NULL;
    tail->next = ic;
    tail = ic;
  }
  tail->next = cls_id(k, k->this_v, at);
  return cls_paren(k, cls_2(k, JC_SEQ, first, NULL, at));
}

static jc_node *cls_walk_call(cls_walk *s, jc_node *n) {
  cls_ctx *k = s->k;
  jc_node *callee = n->a, *t;
  cls_priv *p;
  if (callee->kind == JC_SUPER) {
    if (!s->ctor)
      return cls_unsupported(s, n, "'super' call here");
    {
      jc_node **q;
      for (q = &n->b; *q != NULL; q = &(*q)->next) {
        jc_node *old = *q, *rr = cls_walk_node(s, old);
        if (rr == NULL)
          return NULL;
        rr->next = old->next;
        *q = rr;
      }
    }
    return cls_super_expr(k, n->b, 0, n);
  }
  if (callee->kind == JC_MEMBER && cls_is_super_member(s, callee)) {
    /* super.m(args): the method with this as the receiver */
    jc_node *f = cls_super_get(s, callee), **q;
    if (f == NULL)
      return NULL;
    for (q = &n->b; *q != NULL; q = &(*q)->next) {
      jc_node *old = *q, *rr = cls_walk_node(s, old);
      if (rr == NULL)
        return NULL;
      rr->next = old->next;
      *q = rr;
    }
    t = cls_this(s, n);
    t->next = n->b;
    return cls_2(k, JC_CALL, cls_dot(k, f, "call", n), t, n);
  }
  p = callee->kind == JC_MEMBER ? cls_private_member(s, callee) : NULL;
  if (p != NULL) {
    jc_node *o = cls_walk_node(s, callee->a), **q;
    if (o == NULL)
      return NULL;
    for (q = &n->b; *q != NULL; q = &(*q)->next) {
      jc_node *old = *q, *rr = cls_walk_node(s, old);
      if (rr == NULL)
        return NULL;
      rr->next = old->next;
      *q = rr;
    }
    if (cls_is_leaf(o)) {
      jc_node *f = cls_helper(
          k, "pget",
          cls_list(o, cls_id(k, p->var, callee->b), NULL, NULL, NULL, NULL),
          callee);
      t = cls_clone_leaf(k, o);
      t->next = n->b;
      return cls_2(k, JC_CALL, cls_dot(k, f, "call", n), t, n);
    }
    return cls_helper(k, "pcall",
                      cls_list(o, cls_id(k, p->var, callee->b),
                               cls_2(k, JC_ARRAY, n->b, NULL, n), NULL, NULL,
                               NULL),
                      n);
  }
  cls_walk_kids(s, n);
  return n;
}

static jc_node *cls_walk_assign(cls_walk *s, jc_node *n) {
  cls_ctx *k = s->k;
  jc_node *t = n->a;
  cls_priv *p;
  if (t->kind == JC_MEMBER && cls_is_super_member(s, t)) {
    jc_node *key, *v;
    if (n->op != JC_OP_ASSIGN && (t->flags & JC_F_COMPUTED) &&
        !cls_is_leaf(t->b))
      return cls_unsupported(s, n, "compound assignment to super[expr]");
    key = cls_member_key(s, t);
    v = cls_walk_node(s, n->b);
    if (key == NULL || v == NULL)
      return NULL;
    if (n->op != JC_OP_ASSIGN) {
      jc_node *cur = cls_helper(k, "superGet",
                                cls_list(cls_home(s, t), cls_clone_leaf(k, key),
                                         cls_this(s, t), NULL, NULL, NULL),
                                t);
      v = cls_compound(k, n->op, cur, v, n);
    }
    return cls_helper(
        k, "superSet",
        cls_list(cls_home(s, t), key, v, cls_this(s, t), NULL, NULL), n);
  }
  p = t->kind == JC_MEMBER ? cls_private_member(s, t) : NULL;
  if (p != NULL) {
    jc_node *o = cls_walk_node(s, t->a), *v;
    if (o == NULL)
      return NULL;
    v = cls_walk_node(s, n->b);
    if (v == NULL)
      return NULL;
    if (n->op != JC_OP_ASSIGN) {
      jc_node *cur;
      if (!cls_is_leaf(o))
        return cls_unsupported(s, n, "compound assignment to expr.#name");
      cur = cls_helper(k, "pget",
                       cls_list(cls_clone_leaf(k, o), cls_id(k, p->var, t->b),
                                NULL, NULL, NULL, NULL),
                       t);
      v = cls_compound(k, n->op, cur, v, n);
    }
    return cls_helper(k, "pset",
                      cls_list(o, cls_id(k, p->var, t->b), v, NULL, NULL, NULL),
                      n);
  }
  cls_walk_kids(s, n);
  return n;
}

static jc_node *cls_walk_update(cls_walk *s, jc_node *n) {
  cls_ctx *k = s->k;
  jc_node *t = n->a;
  cls_priv *p;
  jc_node *delta = cls_num(k, n->op == JC_OP_INC ? 1 : -1, n);
  jc_node *prefix = cls_bool(k, (n->flags & JC_F_PREFIX) != 0, n);
  if (t->kind == JC_MEMBER && cls_is_super_member(s, t)) {
    jc_node *key;
    if ((t->flags & JC_F_COMPUTED) && !cls_is_leaf(t->b))
      return cls_unsupported(s, n, "super[expr]++");
    key = cls_member_key(s, t);
    if (key == NULL)
      return NULL;
    return cls_helper(
        k, "superUpdate",
        cls_list(cls_home(s, t), key, cls_this(s, t), delta, prefix, NULL), n);
  }
  p = t->kind == JC_MEMBER ? cls_private_member(s, t) : NULL;
  if (p != NULL) {
    jc_node *o = cls_walk_node(s, t->a);
    if (o == NULL)
      return NULL;
    return cls_helper(
        k, "pupdate",
        cls_list(o, cls_id(k, p->var, t->b), delta, prefix, NULL, NULL), n);
  }
  cls_walk_kids(s, n);
  return n;
}

/* A nested class inside the members: its heritage and computed keys are in
 * our context; its own members are function boundaries, and its private
 * names shadow ours. Its own lowering comes when the traversal enters it. */
static jc_node *cls_walk_class(cls_walk *s, jc_node *n) {
  cls_walk in = *s;
  cls_pscope sc;
  jc_node *m;
  if (n->b != NULL) {
    jc_node *r = cls_walk_node(s, n->b);
    if (r == NULL)
      return NULL;
    r->next = n->b->next;
    n->b = r;
  }
  sc.privs = cls_priv_collect(s->k, n->c, 0);
  sc.up = s->ps;
  in.ps = &sc;
  in.home = 0, in.this_mode = 0, in.ctor = 0, in.ret = 0, in.nt = 0;
  for (m = n->c; m != NULL; m = m->next) {
    if ((m->kind == JC_METHOD || m->kind == JC_FIELD) &&
        (m->flags & JC_F_COMPUTED) && m->a != NULL) {
      jc_node *r = cls_walk_node(s, m->a);
      if (r == NULL)
        return NULL;
      m->a = r;
    }
    if (m->b != NULL) {
      jc_node *r = cls_walk_node(&in, m->b);
      if (r == NULL)
        return NULL;
      m->b = r;
    }
    if (m->kind == JC_STATIC_BLOCK && m->a != NULL)
      cls_walk_kids(&in, m);
    if (m->mark & JC_MK_DIRTY)
      cls_touch(n);
  }
  cls_touch(n);
  return n;
}

static jc_node *cls_walk_node(cls_walk *s, jc_node *n) {
  cls_ctx *k = s->k;
  jc_node *r = n;
  if (n == NULL || jc_tick(k->c))
    return NULL;
  if (++s->depth > k->c->max_depth) {
    jc_error(k->c, JSC_ESYNTAX, n->start, "Maximum nesting depth exceeded");
    return NULL;
  }
  switch (n->kind) {
  case JC_FUNCTION: {
    cls_walk in = *s;
    in.ret = 0;
    if (!(n->flags & JC_F_ARROW)) {
      in.home = 0, in.this_mode = 0, in.ctor = 0, in.nt = 0;
    }
    cls_walk_kids(&in, n);
    break;
  }
  case JC_CLASS:
    r = cls_walk_class(s, n);
    break;
  case JC_THIS:
    if (s->this_mode != 0)
      r = cls_this(s, n);
    break;
  case JC_META:
    if (n->op == JC_META_NEW_TARGET && s->nt == 1) {
      jc_node *t = cls_new(k, JC_THIS, n);
      r = cls_2(k, JC_LOGICAL, cls_new(k, JC_META, n),
                cls_dot(k, t, "constructor", n), n);
      if (r != NULL) {
        r->a->op = JC_META_NEW_TARGET;
        r->op = JC_OP_OR;
        r = cls_paren(k, r);
      }
    } else if (n->op == JC_META_NEW_TARGET && s->nt == 2) {
      r = cls_void0(k, n);
    }
    break;
  case JC_MEMBER:
    r = cls_walk_member(s, n);
    break;
  case JC_CALL:
    r = cls_walk_call(s, n);
    break;
  case JC_ASSIGN:
    r = cls_walk_assign(s, n);
    break;
  case JC_UPDATE:
    r = cls_walk_update(s, n);
    break;
  case JC_PRIVATE_IN: {
    cls_priv *p = n->a != NULL ? cls_priv_resolve(s, n->a->atom) : NULL;
    if (p != NULL) {
      jc_node *o = cls_walk_node(s, n->b);
      if (o == NULL)
        return NULL;
      r = cls_helper(
          k, "pin",
          cls_list(o, cls_id(k, p->var, n->a), NULL, NULL, NULL, NULL), n);
    } else {
      cls_walk_kids(s, n);
    }
    break;
  }
  case JC_RETURN:
    cls_walk_kids(s, n);
    if (s->ret) {
      jc_node *t = cls_id(k, k->this_v, n);
      jc_node *v;
      if (n->a == NULL)
        v = s->checked ? cls_helper(k, "thisCheck", t, n) : t;
      else
        v = cls_helper(k, "derivedReturn",
                       cls_list(n->a, t, NULL, NULL, NULL, NULL), n);
      n->a = v;
      cls_touch(n);
    }
    break;
  default:
    cls_walk_kids(s, n);
    break;
  }
  s->depth--;
  if (r != NULL && r != n)
    cls_touch(r);
  return k->c->status == JSC_OK ? r : NULL;
}

/* Walks a statement list of a derived constructor's body: `this` needs no
 * TDZ check after a top-level super(...) statement. */
static void cls_walk_ctor_body(cls_walk *s, jc_node *block) {
  jc_node **p;
  s->checked = 1;
  for (p = &block->a; *p != NULL; p = &(*p)->next) {
    jc_node *old = *p, *r;
    int is_super = old->kind == JC_EXPR_STMT && old->a != NULL &&
                   old->a->kind == JC_CALL && old->a->a != NULL &&
                   old->a->a->kind == JC_SUPER;
    r = cls_walk_node(s, old);
    if (r == NULL)
      return;
    r->next = old->next;
    *p = r;
    if (is_super) {
      s->checked = 0;
      s->top_super = 1;
    }
  }
  cls_touch(block);
}

/* Does e use the `this` of its context (not inside a non-arrow function)? */
static int cls_uses_this(const jc_node *e, unsigned depth) {
  const jc_node *v[4];
  int i;
  if (e == NULL || depth > 200)
    return e != NULL;
  if (e->kind == JC_THIS)
    return 1;
  if (e->kind == JC_FUNCTION && !(e->flags & JC_F_ARROW))
    return 0;
  v[0] = e->a, v[1] = e->b, v[2] = e->c, v[3] = e->d;
  for (i = 0; i < 4; i++) {
    const jc_node *p;
    for (p = v[i]; p != NULL; p = p->next)
      if (cls_uses_this(p, depth + 1))
        return 1;
  }
  return 0;
}

/* ---- the class ---- */

static jc_node *cls_stmts_add(jc_node **tail, jc_node *st) {
  if (st == NULL)
    return NULL;
  st->next = NULL;
  (*tail)->next = st;
  *tail = st;
  return st;
}

/* The inferred name of an anonymous class expression from its parent. */
static jc_atom *cls_infer_name(jc_lw *w, jc_node *n) {
  jc_node *p = w->parent;
  if (p == NULL)
    return NULL;
  if (p->kind == JC_DECLARATOR && p->b == n && p->a != NULL &&
      p->a->kind == JC_IDENT)
    return p->a->atom;
  if (p->kind == JC_ASSIGN && p->b == n && p->op == JC_OP_ASSIGN &&
      p->a != NULL && p->a->kind == JC_IDENT)
    return p->a->atom;
  if ((p->kind == JC_PROPERTY || p->kind == JC_ASSIGN_PAT) && p->b == n &&
      p->a != NULL && !(p->flags & JC_F_COMPUTED) &&
      (p->a->kind == JC_IDENT || p->a->kind == JC_STR))
    return p->a->atom;
  return NULL;
}

/* The walk's context for a member's function or initializer. */
static void cls_walk_init(cls_walk *s, cls_ctx *k, cls_pscope *ps, int home,
                          int this_mode, int nt) {
  memset(s, 0, sizeof *s);
  s->k = k;
  s->ps = ps;
  s->home = home;
  s->this_mode = this_mode;
  s->nt = nt;
}

/* `if (!new.target && !this) __jsrt.classCall("name");`: `new` gives a
 * new.target (cheap to test in Duktape); a parent called by super() gets
 * none but an object as this; a call without `new` has this undefined (the
 * constructor is strict). C.call(obj) is the case this lets through. */
static jc_node *cls_call_check(cls_ctx *k, jc_atom *shown, const jc_node *at) {
  jc_node *nt = cls_new(k, JC_META, at), *not1, *not2, *both, *st;
  if (nt == NULL)
    return NULL;
  nt->op = JC_META_NEW_TARGET;
  not1 = cls_2(k, JC_UNARY, nt, NULL, at);
  not2 = cls_2(k, JC_UNARY, cls_new(k, JC_THIS, at), NULL, at);
  both = cls_2(k, JC_LOGICAL, not1, not2, at);
  if (not1 == NULL || not2 == NULL || both == NULL)
    return NULL;
  not1->op = not2->op = JC_OP_NOT;
  both->op = JC_OP_AND;
  st = cls_new(k, JC_IF, at);
  if (st == NULL)
    return NULL;
  st->a = both;
  st->b = cls_stmt(k, cls_helper(k, "classCall",
                                 shown != NULL
                                     ? cls_str(k, shown->text, shown->len, at)
                                     : cls_strlit(k, "", at),
                                 at));
  return st;
}

/* An anonymous function or class as a field's value is named after the
 * field: __jsrt.fnName(value, key). */
static jc_node *cls_name_value(cls_ctx *k, jc_node *m, jc_node *key,
                               cls_priv *p, jc_node *v) {
  jc_node *e = v, *name;
  while (e->kind == JC_PAREN && e->a != NULL)
    e = e->a;
  if (!((e->kind == JC_FUNCTION || e->kind == JC_CLASS) && e->a == NULL))
    return v;
  if (p != NULL) {
    char *t = jc_alloc(k->c, p->name->len + 2);
    if (t == NULL)
      return NULL;
    t[0] = '#';
    memcpy(t + 1, p->name->text, p->name->len + 1);
    name = cls_str(k, t, p->name->len + 1, m);
  } else {
    name = cls_clone_leaf(k, key);
  }
  if (name == NULL)
    return NULL;
  v->next = name;
  return cls_helper(k, "fnName", v, m);
}

/* The statement that defines one instance field on `this`. */
static jc_node *cls_field_stmt(cls_ctx *k, jc_node *m, jc_node *key,
                               jc_node *value, cls_priv *p, jc_node *obj) {
  jc_node *v = value != NULL ? value : cls_void0(k, m);
  if (p != NULL)
    return cls_stmt(
        k, cls_helper(k, "padd",
                      cls_list(obj, cls_id(k, p->var, m), v, NULL, NULL, NULL),
                      m));
  /* "k" in o ? __jsrt.field(o, "k", _v) : o["k"] = _v: a plain store
   * unless the prototype chain has the key (a setter or read-only
   * property must not run) */
  {
    jc_node *val = v, *pre = NULL, *in, *def, *set, *mem, *cond;
    if (!cls_is_leaf(v) && !(v->kind == JC_UNARY && v->op == JC_OP_VOID)) {
      if (k->tmp_v == NULL)
        k->tmp_v = cls_fresh(k, "_v");
      pre = cls_assign(k, cls_id(k, k->tmp_v, m), v, m);
      val = cls_id(k, k->tmp_v, m);
    }
    in = cls_2(k, JC_BINARY, cls_clone_leaf(k, key), cls_clone_leaf(k, obj), m);
    if (in == NULL)
      return NULL;
    in->op = JC_OP_IN;
    def = cls_helper(k, "field",
                     cls_list(cls_clone_leaf(k, obj), cls_clone_leaf(k, key),
                              cls_clone_leaf(k, val), NULL, NULL, NULL),
                     m);
    mem = cls_2(k, JC_MEMBER, obj, key, m);
    if (mem == NULL)
      return NULL;
    mem->flags |= JC_F_COMPUTED;
    set = cls_paren(k, cls_assign(k, mem, val, m));
    cond = cls_new(k, JC_COND, m);
    if (cond == NULL)
      return NULL;
    cond->a = in, cond->b = def, cond->c = set;
    if (pre != NULL) {
      pre->next = cond;
      return cls_stmt(k, cls_2(k, JC_SEQ, pre, NULL, m));
    }
    return cls_stmt(k, cond);
  }
}

static jc_node *cls_lower(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  cls_ctx K, *k = &K;
  cls_pscope ps;
  jc_node *m, *ctor = NULL, *body_head, *tail, *iife_fn, *call, *ret;
  jc_node *statics = NULL, *statics_tail = NULL;
  jc_node *inits = NULL, *inits_tail = NULL;
  jc_node *first_field = NULL;
  jc_atom *shown; /* the class's .name */
  jc_binding *inner = NULL;
  int has_inst_brand = 0, has_static_brand = 0, nkeys = 0;
  int is_decl = (n->flags & JC_F_DECL) != 0;

  memset(k, 0, sizeof *k);
  k->w = w;
  k->c = c;
  k->cls = n;
  k->derived = n->b != NULL;
  if (n->a != NULL) {
    jc_binding *b;
    shown = n->a->atom;
    if (n->u.scope != NULL)
      for (b = n->u.scope->bindings; b != NULL; b = b->next)
        if (b->name == n->a->atom)
          inner = b;
    if (inner == NULL)
      inner = n->a->u.binding;
    k->name = inner != NULL && inner->out != NULL ? inner->out : n->a->atom;
  } else {
    shown = cls_infer_name(w, n);
    k->name = cls_fresh(k, "_class");
  }
  k->super_v = cls_fresh(k, "_super");
  k->sk_v = cls_fresh(k, "_sk");
  k->this_v = cls_fresh(k, "_this");
  k->privs = cls_priv_collect(k, n->c, 1);
  if (c->status != JSC_OK)
    return NULL;
  ps.privs = k->privs;
  ps.up = NULL;
  for (m = n->c; m != NULL; m = m->next) {
    if (m->kind == JC_METHOD && m->op == JC_M_CTOR)
      ctor = m;
    if (m->kind == JC_METHOD && m->a != NULL && m->a->kind == JC_PRIVATE_NAME) {
      if (m->flags & JC_F_STATIC)
        has_static_brand = 1;
      else
        has_inst_brand = 1;
    }
    if (m->kind == JC_FIELD && !(m->flags & JC_F_STATIC) && first_field == NULL)
      first_field = m;
    if ((m->kind == JC_METHOD || m->kind == JC_FIELD) &&
        (m->flags & JC_F_COMPUTED) && cls_uses_this(m->a, 0))
      k->outer_this = 1;
  }
  if (has_inst_brand)
    k->brand_v = cls_fresh(k, "_brand");
  if (has_static_brand)
    k->sbrand_v = cls_fresh(k, "_sbrand");
  /* instance fields of a derived class, or of a base class with its own
   * constructor (whose parameters could shadow the initializers' names),
   * go in a function _init called on the new instance */
  if (first_field != NULL || has_inst_brand)
    if (k->derived || ctor != NULL)
      k->init_v = cls_fresh(k, "_init");

  /* the IIFE's body */
  body_head = cls_stmt(k, cls_strlit(k, "use strict", n));
  if (body_head == NULL)
    return NULL;
  body_head->atom = jc_atom_lit(c, "use strict");
  tail = body_head;
  if (k->derived)
    cls_stmts_add(&tail, cls_var(k, k->sk_v, NULL, n));
  if (k->brand_v != NULL)
    cls_stmts_add(
        &tail, cls_var(k, k->brand_v,
                       cls_helper(k, "brand",
                                  shown != NULL
                                      ? cls_str(k, shown->text, shown->len, n)
                                      : cls_strlit(k, "", n),
                                  n),
                       n));
  if (k->sbrand_v != NULL)
    cls_stmts_add(
        &tail, cls_var(k, k->sbrand_v,
                       cls_helper(k, "brand",
                                  shown != NULL
                                      ? cls_str(k, shown->text, shown->len, n)
                                      : cls_strlit(k, "", n),
                                  n),
                       n));
  {
    cls_priv *p;
    jc_node *decls = NULL;
    /* records in declaration order (the list is reversed) */
    for (p = k->privs; p != NULL; p = p->next) {
      jc_node *brand =
          p->kind == 0 ? cls_void0(k, n)
                       : cls_id(k, p->is_static ? k->sbrand_v : k->brand_v, n);
      jc_node *rec = cls_var(k, p->var,
                             cls_helper(k, "priv",
                                        cls_list(cls_str(k, "#", 1, n), NULL,
                                                 NULL, NULL, NULL, NULL),
                                        n),
                             n);
      jc_node *name;
      char *t;
      if (rec == NULL || brand == NULL)
        return NULL;
      t = jc_alloc(c, p->name->len + 2);
      if (t == NULL)
        return NULL;
      t[0] = '#';
      memcpy(t + 1, p->name->text, p->name->len + 1);
      name = cls_str(k, t, p->name->len + 1, n);
      name->next = cls_num(k, p->kind, n);
      name->next->next = brand;
      rec->a->b->b = name;
      rec->next = decls;
      decls = rec;
    }
    while (decls != NULL) {
      jc_node *next = decls->next;
      cls_stmts_add(&tail, decls);
      decls = next;
    }
  }
  {
    /* classSetup first: a derived class gets its prototype object here */
    jc_node *setup = cls_helper(
        k, "classSetup",
        cls_list(cls_id(k, k->name, n),
                 k->derived ? cls_id(k, k->super_v, n) : cls_void0(k, n),
                 cls_bool(k, k->derived, n), NULL, NULL, NULL),
        n);
    if (k->derived)
      setup = cls_assign(k, cls_id(k, k->sk_v, n), setup, n);
    cls_stmts_add(&tail, cls_stmt(k, setup));
    if (shown != k->name)
      cls_stmts_add(
          &tail, cls_stmt(k, cls_helper(k, "setName",
                                        cls_list(cls_id(k, k->name, n),
                                                 shown != NULL
                                                     ? cls_str(k, shown->text,
                                                               shown->len, n)
                                                     : cls_strlit(k, "", n),
                                                 NULL, NULL, NULL, NULL),
                                        n)));
  }

  /* members, in order */
  for (m = n->c; m != NULL; m = m->next) {
    int is_static = (m->flags & JC_F_STATIC) != 0;
    cls_priv *p = (m->kind == JC_METHOD || m->kind == JC_FIELD) &&
                          m->a != NULL && m->a->kind == JC_PRIVATE_NAME
                      ? cls_priv_find(k->privs, m->a->atom)
                      : NULL;
    jc_node *key = NULL;
    if (jc_tick(c))
      return NULL;
    if ((m->kind == JC_METHOD || m->kind == JC_FIELD) &&
        (m->flags & JC_F_COMPUTED)) {
      /* computed keys: in the outer context (our privates are visible) */
      cls_walk s;
      cls_walk_init(&s, k, &ps, 0, 0, 0);
      key = cls_walk_node(&s, m->a);
      if (key == NULL)
        return NULL;
      if (m->kind == JC_FIELD) {
        /* evaluated now, used when instances are made */
        char hint[16];
        jc_atom *kv;
        snprintf(hint, sizeof hint, "_key%d", ++nkeys);
        kv = cls_fresh(k, hint);
        cls_stmts_add(&tail, cls_var(k, kv, cls_helper(k, "toKey", key, m), m));
        key = cls_id(k, kv, m);
      }
    } else if (m->a != NULL && p == NULL) {
      key = cls_key_expr(k, m->a);
    }
    if (m->kind == JC_METHOD && m->op == JC_M_CTOR) {
      continue; /* placed below, at the first field or here */
    }
    if (m->kind == JC_METHOD) {
      cls_walk s;
      jc_node *fn = m->b, *st;
      cls_walk_init(&s, k, &ps, is_static ? 2 : 1, 0, 0);
      cls_walk_kids(&s, fn);
      if (c->status != JSC_OK)
        return NULL;
      fn->flags &= (uint16_t) ~(JC_F_METHOD | JC_F_DECL);
      fn->a = NULL;
      cls_touch(fn);
      fn->next = NULL;
      if (p != NULL) {
        /* __jsrt.pfn(_m, "f"|"g"|"s", function () {...}) */
        const char *slot = m->op == JC_P_METHOD ? "f"
                           : m->op == JC_P_GET  ? "g"
                                                : "s";
        st = cls_stmt(
            k, cls_helper(k, "pfn",
                          cls_list(cls_id(k, p->var, m), cls_strlit(k, slot, m),
                                   fn, NULL, NULL, NULL),
                          m));
      } else {
        jc_node *target = cls_id(k, k->name, m);
        if (!is_static)
          target = cls_dot(k, target, "prototype", m);
        st = cls_stmt(k, cls_helper(k, "defMethod",
                                    cls_list(target, key, fn,
                                             cls_num(k,
                                                     m->op == JC_P_GET   ? 1
                                                     : m->op == JC_P_SET ? 2
                                                                         : 0,
                                                     m),
                                             NULL, NULL),
                                    m));
      }
      cls_stmts_add(&tail, st);
    } else if (m->kind == JC_FIELD) {
      cls_walk s;
      jc_node *v = m->b;
      /* a static initializer that uses `this` (or may, through a direct
       * eval) runs as (function () { return v; }).call(C); else `this`
       * in it is C by name */
      int wrap = is_static && v != NULL &&
                 (cls_uses_this(v, 0) || (c->features & JC_FEAT_DIRECT_EVAL));
      cls_walk_init(&s, k, &ps, is_static ? 2 : 1, is_static && !wrap ? 2 : 0,
                    2);
      if (v != NULL) {
        v = cls_walk_node(&s, v);
        if (v == NULL)
          return NULL;
        v = cls_name_value(k, m, key, p, v);
        if (v == NULL)
          return NULL;
        if (wrap) {
          jc_node *fn = cls_new(k, JC_FUNCTION, v), *blk, *rs;
          blk = cls_new(k, JC_BLOCK, v);
          rs = cls_new(k, JC_RETURN, v);
          if (fn == NULL || blk == NULL || rs == NULL)
            return NULL;
          rs->a = v;
          blk->a = rs;
          fn->c = blk;
          fn->flags |= JC_F_SIMPLE_PARAMS;
          v = cls_2(k, JC_CALL, cls_dot(k, cls_paren(k, fn), "call", m),
                    cls_id(k, k->name, m), m);
          if (v == NULL)
            return NULL;
        }
      }
      if (is_static) {
        jc_node *st;
        jc_node *obj = cls_id(k, k->name, m);
        if (p != NULL)
          st = cls_stmt(k, cls_helper(k, "padd",
                                      cls_list(obj, cls_id(k, p->var, m),
                                               v != NULL ? v : cls_void0(k, m),
                                               NULL, NULL, NULL),
                                      m));
        else
          st = cls_stmt(
              k, cls_helper(k, "field",
                            cls_list(obj, key, v != NULL ? v : cls_void0(k, m),
                                     NULL, NULL, NULL),
                            m));
        if (st == NULL)
          return NULL;
        if (statics == NULL)
          statics = st;
        else
          statics_tail->next = st;
        statics_tail = st;
      } else {
        jc_node *st = cls_field_stmt(k, m, key, v, p, cls_new(k, JC_THIS, m));
        if (st == NULL)
          return NULL;
        if (inits == NULL)
          inits = st;
        else
          inits_tail->next = st;
        inits_tail = st;
      }
    } else if (m->kind == JC_STATIC_BLOCK) {
      /* (function () { ... }).call(C) */
      cls_walk s;
      jc_node *fn = cls_new(k, JC_FUNCTION, m), *blk, *st;
      cls_walk_init(&s, k, &ps, 2, 0, 2);
      blk = cls_new(k, JC_BLOCK, m);
      if (fn == NULL || blk == NULL)
        return NULL;
      blk->a = m->a;
      cls_walk_kids(&s, blk);
      if (c->status != JSC_OK)
        return NULL;
      fn->c = blk;
      fn->flags |= JC_F_SIMPLE_PARAMS;
      st =
          cls_stmt(k, cls_2(k, JC_CALL, cls_dot(k, cls_paren(k, fn), "call", m),
                            cls_id(k, k->name, m), m));
      if (st == NULL)
        return NULL;
      if (statics == NULL)
        statics = st;
      else
        statics_tail->next = st;
      statics_tail = st;
    }
  }

  /* instance brand first, then the fields in order */
  if (k->brand_v != NULL) {
    jc_node *st = cls_stmt(
        k, cls_helper(k, "pbrand",
                      cls_list(cls_new(k, JC_THIS, n), cls_id(k, k->brand_v, n),
                               NULL, NULL, NULL, NULL),
                      n));
    if (st == NULL)
      return NULL;
    st->next = inits;
    inits = st;
  }
  if (k->tmp_v != NULL && inits != NULL) {
    jc_node *d = cls_var(k, k->tmp_v, NULL, n);
    d->next = inits;
    inits = d;
  }
  if (k->init_v != NULL) {
    /* function _init() { fields } */
    jc_node *fn = cls_new(k, JC_FUNCTION, first_field ? first_field : n);
    jc_node *blk = cls_new(k, JC_BLOCK, first_field ? first_field : n);
    if (fn == NULL || blk == NULL)
      return NULL;
    blk->a = inits;
    fn->a = cls_id(k, k->init_v, fn);
    fn->c = blk;
    fn->flags |= JC_F_DECL | JC_F_SIMPLE_PARAMS;
    cls_stmts_add(&tail, fn);
    inits = NULL;
  }

  /* the constructor */
  {
    jc_node *fn, *blk, *pre, *pre_tail, *check;
    if (ctor != NULL) {
      cls_walk s;
      fn = ctor->b;
      blk = fn->c;
      cls_walk_init(&s, k, &ps, 1, k->derived ? 1 : 0, 1);
      if (k->derived) {
        jc_node *p2, **q;
        s.ctor = 1;
        s.ret = 1;
        /* params first (defaults may use this), then the body */
        s.checked = 1;
        for (q = &fn->b; *q != NULL; q = &(*q)->next) {
          jc_node *old = *q, *r = cls_walk_node(&s, old);
          if (r == NULL)
            return NULL;
          r->next = old->next;
          *q = r;
        }
        cls_walk_ctor_body(&s, blk);
        if (c->status != JSC_OK)
          return NULL;
        /* falls off the end: return this */
        for (p2 = blk->a; p2 != NULL && p2->next != NULL; p2 = p2->next)
          ;
        if (p2 == NULL || p2->kind != JC_RETURN) {
          jc_node *r = cls_new(k, JC_RETURN, ctor);
          jc_node *t = cls_id(k, k->this_v, ctor);
          if (r == NULL)
            return NULL;
          r->a = s.top_super ? t : cls_helper(k, "thisCheck", t, ctor);
          blk->a = jc_list_append(blk->a, r);
        }
      } else {
        cls_walk_kids(&s, fn);
        if (c->status != JSC_OK)
          return NULL;
      }
      fn->flags &= (uint16_t)~JC_F_METHOD;
    } else {
      jc_node *at = first_field != NULL ? first_field : n;
      fn = cls_new(k, JC_FUNCTION, at);
      blk = cls_new(k, JC_BLOCK, at);
      if (fn == NULL || blk == NULL)
        return NULL;
      fn->c = blk;
      fn->flags |= JC_F_SIMPLE_PARAMS;
      if (k->derived) {
        /* super(...arguments), without the iterator (as the spec's
         * default constructor) */
        jc_node *r = cls_super_expr(k, NULL, 1, at);
        jc_node *st = cls_stmt(k, r), *rt = cls_new(k, JC_RETURN, at);
        if (st == NULL || rt == NULL)
          return NULL;
        rt->a = cls_id(k, k->this_v, at);
        st->next = rt;
        blk->a = st;
      } else {
        blk->a = inits; /* inline: nothing can shadow them */
        inits = NULL;
      }
    }
    fn->a = cls_id(k, k->name, fn);
    fn->flags |= JC_F_DECL;
    fn->next = NULL;
    cls_touch(fn);
    cls_touch(blk);
    /* the check, _this, the fields of a base class */
    check = cls_call_check(k, shown, fn);
    if (check == NULL)
      return NULL;
    pre = pre_tail = check;
    if (k->derived) {
      jc_node *v = cls_var(k, k->this_v, NULL, fn);
      if (v == NULL)
        return NULL;
      if (k->r_v != NULL)
        v->a->next = cls_2(k, JC_DECLARATOR, cls_id(k, k->r_v, fn), NULL, fn);
      if (k->a_v != NULL && v->a->next != NULL)
        v->a->next->next =
            cls_2(k, JC_DECLARATOR, cls_id(k, k->a_v, fn), NULL, fn);
      cls_stmts_add(&pre_tail, v);
    } else if (k->init_v != NULL) {
      cls_stmts_add(
          &pre_tail,
          cls_stmt(k, cls_2(k, JC_CALL,
                            cls_dot(k, cls_id(k, k->init_v, fn), "call", fn),
                            cls_new(k, JC_THIS, fn), fn)));
    }
    /* after the directive prologue of the body, if any */
    {
      jc_node **q = &blk->a;
      while (*q != NULL && (*q)->kind == JC_EXPR_STMT && (*q)->atom != NULL)
        q = &(*q)->next;
      pre_tail->next = *q;
      *q = pre;
    }
    cls_stmts_add(&tail, fn);
  }

  /* static private methods' brand, then static fields and blocks */
  if (k->sbrand_v != NULL)
    cls_stmts_add(&tail,
                  cls_stmt(k, cls_helper(k, "pbrand",
                                         cls_list(cls_id(k, k->name, n),
                                                  cls_id(k, k->sbrand_v, n),
                                                  NULL, NULL, NULL, NULL),
                                         n)));
  if (statics != NULL) {
    tail->next = statics;
    tail = statics_tail;
  }
  ret = cls_new(k, JC_RETURN, n);
  if (ret == NULL)
    return NULL;
  ret->a = cls_id(k, k->name, n);
  cls_stmts_add(&tail, ret);
  if (c->status != JSC_OK)
    return NULL;

  /* (function (_super) { ... })(heritage) */
  iife_fn = cls_new(k, JC_FUNCTION, n);
  if (iife_fn == NULL)
    return NULL;
  iife_fn->c = cls_new(k, JC_BLOCK, n);
  if (iife_fn->c == NULL)
    return NULL;
  iife_fn->c->a = body_head;
  iife_fn->flags |= JC_F_STRICT | JC_F_SIMPLE_PARAMS;
  if (k->derived)
    iife_fn->b = cls_id(k, k->super_v, n);
  if (k->derived)
    n->b->next = NULL;
  if (k->outer_this) {
    /* (function (_super) {...}).call(this, heritage): computed keys see
     * the outer this */
    jc_node *t = cls_new(k, JC_THIS, n);
    if (t == NULL)
      return NULL;
    t->next = k->derived ? n->b : NULL;
    call =
        cls_2(k, JC_CALL, cls_dot(k, cls_paren(k, iife_fn), "call", n), t, n);
  } else {
    call =
        cls_2(k, JC_CALL, cls_paren(k, iife_fn), k->derived ? n->b : NULL, n);
  }
  if (call == NULL)
    return NULL;
  if (is_decl) {
    jc_node *v = cls_new(k, JC_VAR, n);
    if (v == NULL)
      return NULL;
    v->op = JC_DECL_VAR;
    v->a = cls_2(k, JC_DECLARATOR, n->a, call, n);
    if (v->a == NULL)
      return NULL;
    n->a->next = NULL;
    cls_touch(n->a); /* printed as its binding's (maybe renamed) name */
    return v;
  }
  return cls_paren(k, call);
}

/* Marks what the class became so the traversal enters it: every made or
 * changed node (an unchanged original subtree keeps its marks and may be
 * copied verbatim). */
static void cls_mark(jc_ctx *c, jc_node *n, unsigned depth) {
  for (; n != NULL; n = n->next) {
    if (!(n->mark & (JC_MK_SYNTH | JC_MK_DIRTY)) || depth > c->max_depth + 64)
      continue;
    n->mark |= JC_MK_HAS_MODERN;
    cls_mark(c, n->a, depth + 1);
    cls_mark(c, n->b, depth + 1);
    cls_mark(c, n->c, depth + 1);
    cls_mark(c, n->d, depth + 1);
  }
}

jc_node *jc_lower_class_enter(jc_lw *w, jc_node *n) {
  jc_node *r;
  if (n->kind != JC_CLASS)
    return n;
  r = cls_lower(w, n);
  if (r != NULL) {
    jc_node *next = r->next;
    r->next = NULL;
    cls_mark(w->c, r, 0);
    r->next = next;
  }
  return r;
}

jc_node *jc_lower_class(jc_lw *w, jc_node *n) {
  /* After jc_lower_class_enter no CLASS is left; a driver that only calls
   * leave hooks still gets classes lowered (arrows in methods were lowered
   * first then: `super` and a derived constructor's `this` in them are the
   * cases that need the enter hook). */
  if (n->kind != JC_CLASS)
    return n;
  return cls_lower(w, n);
}

/* lower_object.c - object literal extensions.
 *
 * In the literal itself (ES5 can say it): shorthand `{a}` -> `{a: a}`,
 * methods `{m() {}}` -> `{m: function m() {}}`, and the inferred .name of
 * an anonymous function value `{f: function () {}}` -> `function f() {}`
 * (only when the name is an identifier that nothing inside the function
 * refers to, so naming it cannot capture a reference).
 *
 * From the first property ES5 cannot write in a literal on (a computed key,
 * `__proto__: v`, a spread) the properties are defined in order on a
 * temporary, keys and values evaluated left to right:
 *   {a: 1, [k]: v, b: 2, ...s}
 *   -> (_o = {a: 1}, __jsrt.dp(_o, k, v), _o.b = 2, __jsrt.cdp(_o, s), _o)
 * __jsrt.dp defines an own data property (so ['__proto__']: x is an own
 * property, and an anonymous function value gets the key as its name),
 * __jsrt.acc an accessor half, __jsrt.sproto sets [[Prototype]] when the
 * value is an object or null (as `__proto__: v` does), __jsrt.cdp is
 * CopyDataProperties (own enumerable string and symbol keys, getters
 * invoked, null/undefined ignored). A method using super is defined there
 * too, with its home object (see ob_home).
 *
 * Not lowered: methods stay constructible (the spec makes `new o.m()` a
 * TypeError); getters are named "x", not "get x" (in the literal part);
 * `super` inside an arrow inside a method reads the arrow's `this` after
 * lowering; compound assignments and updates of super.x are not lowered. */
#include <string.h>

#include "lower_dstr.h"

static int ob_reserved(const char *s) {
  static const char *const words[] = {
      "break",    "case",       "catch",  "class",   "const",      "continue",
      "debugger", "default",    "delete", "do",      "else",       "enum",
      "export",   "extends",    "false",  "finally", "for",        "function",
      "if",       "implements", "import", "in",      "instanceof", "interface",
      "let",      "new",        "null",   "package", "private",    "protected",
      "public",   "return",     "static", "super",   "switch",     "this",
      "throw",    "true",       "try",    "typeof",  "var",        "void",
      "while",    "with",       "yield",  "await",   "eval",       "arguments",
      NULL};
  int i;
  for (i = 0; words[i] != NULL; i++)
    if (strcmp(words[i], s) == 0)
      return 1;
  return 0;
}

static int ob_ident_text(const jc_atom *a) {
  uint32_t i;
  if (a == NULL || a->len == 0)
    return 0;
  for (i = 0; i < a->len; i++) {
    unsigned char ch = (unsigned char)a->text[i];
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' ||
          ch == '$' || (i > 0 && ch >= '0' && ch <= '9')))
      return 0;
  }
  return !ob_reserved(a->text);
}

/* Does an identifier spelled `name` occur in n (property names aside)? */
static int ob_mentions(jc_ctx *c, const jc_node *n, const jc_atom *name) {
  for (; n != NULL; n = n->next) {
    if (jc_tick(c))
      return 1;
    if (n->kind == JC_IDENT && n->atom == name)
      return 1;
    if (n->kind == JC_MEMBER && !(n->flags & JC_F_COMPUTED)) {
      if (ob_mentions(c, n->a, name))
        return 1;
      continue;
    }
    if ((n->kind == JC_PROPERTY || n->kind == JC_METHOD) &&
        !(n->flags & JC_F_COMPUTED) && !(n->flags & JC_F_SHORTHAND)) {
      if (ob_mentions(c, n->b, name))
        return 1;
      continue;
    }
    if (n->kind == JC_RAW)
      return 1; /* text we cannot see into */
    if (n->a && ob_mentions(c, n->a, name))
      return 1;
    if (n->b && ob_mentions(c, n->b, name))
      return 1;
    if (n->c && ob_mentions(c, n->c, name))
      return 1;
    if (n->d && ob_mentions(c, n->d, name))
      return 1;
  }
  return 0;
}

/* Names an anonymous function expression after its property key. */
int jc_ob_name(jc_ctx *c, jc_node *key, jc_node *fn) {
  jc_node *id, *outer = fn;
  while (fn != NULL && fn->kind == JC_PAREN)
    fn = fn->a;
  if (fn == NULL || fn->kind != JC_FUNCTION || fn->a != NULL ||
      (fn->flags & (JC_F_ARROW | JC_F_DECL)))
    return 0;
  if (key->kind != JC_IDENT && key->kind != JC_STR)
    return 0;
  if (!ob_ident_text(key->atom))
    return 0;
  if (ob_mentions(c, fn->b, key->atom) || ob_mentions(c, fn->c, key->atom))
    return 0;
  id = jc_ident(c, key->atom, key);
  if (id == NULL)
    return 0;
  fn->a = id;
  jc_ds_touch(fn);
  for (; outer != fn; outer = outer->a) /* printed, not copied */
    jc_ds_touch(outer);
  return 1;
}

/* ---- super.x in methods ----
 * A method that uses super gets a name binding F (its own, or a fresh one)
 * and its home object at creation: __jsrt.home(function F() {...}, _o);
 * super.x is __jsrt.sget(F, "x", this), super.x(...) calls that with this,
 * super.x = v is __jsrt.sset(F, "x", v, this). */

static int ob_is_super_ref(const jc_node *n) {
  return n != NULL && n->kind == JC_MEMBER && n->a != NULL &&
         n->a->kind == JC_SUPER;
}

/* Does the method's code use super (nested non-arrow functions and classes
 * have their own)? */
static int ob_uses_super(jc_ctx *c, const jc_node *n) {
  for (; n != NULL; n = n->next) {
    if (jc_tick(c))
      return 0;
    if (n->kind == JC_SUPER)
      return 1;
    if ((n->kind == JC_FUNCTION && !(n->flags & JC_F_ARROW)) ||
        n->kind == JC_CLASS)
      continue;
    if ((n->a && ob_uses_super(c, n->a)) || (n->b && ob_uses_super(c, n->b)) ||
        (n->c && ob_uses_super(c, n->c)) || (n->d && ob_uses_super(c, n->d)))
      return 1;
  }
  return 0;
}

/* The key of super.x / super[x] as an expression. */
static jc_node *ob_super_key(jc_ctx *c, jc_node *m) {
  if (m->flags & JC_F_COMPUTED)
    return m->b;
  return jc_ds_str(c, m->b->atom->text, m->b->atom->len, m->b);
}

static jc_node *ob_sget(jc_lw *w, jc_atom *f, jc_node *m) {
  jc_ctx *c = w->c;
  jc_node *fid = jc_ident(c, f, m), *key = ob_super_key(c, m);
  jc_node *self = jc_synth(c, JC_THIS, m);
  if (fid == NULL || key == NULL || self == NULL)
    return NULL;
  fid->next = key;
  key->next = self;
  return jc_lw_helper(w, "sget", fid, m);
}

static void ob_super_rewrite(jc_lw *w, jc_node **slot, jc_atom *f) {
  jc_ctx *c = w->c;
  for (; *slot != NULL; slot = &(*slot)->next) {
    jc_node *n = *slot, *r = NULL;
    if (c->status != JSC_OK || jc_tick(c))
      return;
    if ((n->kind == JC_FUNCTION && !(n->flags & JC_F_ARROW)) ||
        n->kind == JC_CLASS)
      continue;
    /* children first; the super reference itself is handled below (its
     * computed key may hold more) */
    if (ob_is_super_ref(n)) {
      if (n->flags & JC_F_COMPUTED)
        ob_super_rewrite(w, &n->b, f);
    } else if ((n->kind == JC_CALL || n->kind == JC_ASSIGN) &&
               ob_is_super_ref(n->a)) {
      if (n->a->flags & JC_F_COMPUTED)
        ob_super_rewrite(w, &n->a->b, f);
      if (n->b)
        ob_super_rewrite(w, &n->b, f);
    } else {
      if (n->a)
        ob_super_rewrite(w, &n->a, f);
      if (n->b)
        ob_super_rewrite(w, &n->b, f);
    }
    if (n->c)
      ob_super_rewrite(w, &n->c, f);
    if (n->d)
      ob_super_rewrite(w, &n->d, f);
    if (n->kind == JC_CALL && ob_is_super_ref(n->a)) {
      /* super.m(args) -> __jsrt.sget(F, "m", this).call(this, args) */
      jc_node *get = ob_sget(w, f, n->a), *self = jc_synth(c, JC_THIS, n);
      int spread = 0;
      jc_node *a;
      for (a = n->b; a != NULL; a = a->next)
        if (a->kind == JC_SPREAD)
          spread = 1;
      if (get == NULL || self == NULL)
        return;
      if (spread) {
        self->next = jc_sp_array(w, n->b, n, 1);
        r = jc_ds_call(c, jc_ds_dot(c, get, "apply", n), self, n);
      } else {
        self->next = n->b;
        r = jc_ds_call(c, jc_ds_dot(c, get, "call", n), self, n);
      }
    } else if (ob_is_super_ref(n)) {
      r = ob_sget(w, f, n);
    } else if (n->kind == JC_ASSIGN && n->op == JC_OP_ASSIGN &&
               ob_is_super_ref(n->a)) {
      jc_node *fid = jc_ident(c, f, n), *key = ob_super_key(c, n->a);
      jc_node *self = jc_synth(c, JC_THIS, n);
      if (fid == NULL || key == NULL || self == NULL)
        return;
      fid->next = key;
      key->next = n->b;
      n->b->next = self;
      r = jc_lw_helper(w, "sset", fid, n);
    }
    if (r != NULL) {
      r->next = n->next;
      *slot = r;
    }
  }
}

/* Gives the method fn a name binding and rewrites its super references;
 * returns __jsrt.home(fn, _o[, "name"]). */
static jc_node *ob_len(jc_lw *w, jc_node *v);

static jc_node *ob_home(jc_lw *w, jc_node *p, jc_node *fn, jc_node *o) {
  jc_ctx *c = w->c;
  jc_node *oref = jc_ds_copy(c, o), *name = NULL;
  if (fn->a == NULL) {
    fn->a = jc_ident(c, jc_fresh_name(c, "method"), fn);
    if (fn->a == NULL)
      return NULL;
    if (!(p->flags & JC_F_COMPUTED) && p->op != JC_P_GET && p->op != JC_P_SET &&
        p->a->atom != NULL)
      name = jc_ds_str(c, p->a->atom->text, p->a->atom->len, p->a);
  }
  jc_ds_touch(fn);
  if (fn->b != NULL)
    ob_super_rewrite(w, &fn->b, fn->a->atom);
  if (fn->c != NULL)
    ob_super_rewrite(w, &fn->c, fn->a->atom);
  if (oref == NULL)
    return NULL;
  fn = ob_len(w, fn);
  fn->next = oref;
  oref->next = name;
  return jc_lw_helper(w, "home", fn, p);
}

static jc_node *ob_key_expr(jc_lw *w, jc_node *p) {
  jc_ctx *c = w->c;
  jc_node *key = p->a;
  if (p->flags & JC_F_COMPUTED) {
    /* ToPropertyKey runs before the value is evaluated */
    if (key->kind == JC_STR || key->kind == JC_NUM)
      return key;
    key->next = NULL;
    return jc_lw_helper(w, "toKey", key, key);
  }
  if (key->kind == JC_IDENT)
    return jc_ds_str(c, key->atom->text, key->atom->len, key);
  return jc_ds_copy(c, key);
}

static int ob_is_proto_key(const jc_node *key) {
  return (key->kind == JC_IDENT || key->kind == JC_STR) && key->atom != NULL &&
         key->atom->len == 9 && memcmp(key->atom->text, "__proto__", 9) == 0;
}

static jc_node *ob_args(jc_node *a, jc_node *b, jc_node *c3, jc_node *d4) {
  a->next = b;
  b->next = c3;
  if (c3 != NULL)
    c3->next = d4;
  return a;
}

/* A function whose spec length differs from its parameter count
 * (lower_params.c left it in extra): __jsrt.len(fn, n). */
static jc_node *ob_len(jc_lw *w, jc_node *v) {
  jc_node *n;
  if (v == NULL || v->kind != JC_FUNCTION || v->extra == 0)
    return v;
  n = jc_ds_num(w->c, v->extra - 1, v);
  if (n == NULL)
    return v;
  v->extra = 0;
  v->next = n;
  return jc_lw_helper(w, "len", v, v);
}

/* One property from the first special one on, as an expression. */
static jc_node *ob_step(jc_lw *w, jc_node *o, jc_node *p) {
  jc_ctx *c = w->c;
  jc_node *t = jc_ds_copy(c, o);
  int named;
  if (t == NULL)
    return NULL;
  if (p->kind == JC_SPREAD) {
    p->a->next = NULL;
    return jc_lw_helper(w, "cdp", ob_args(t, p->a, NULL, NULL), p);
  }
  p->b->next = NULL;
  named = p->b->kind == JC_FUNCTION && p->b->a == NULL;
  if (p->extra && p->b->kind == JC_FUNCTION) {
    jc_node *h = ob_home(w, p, p->b, o);
    if (h == NULL)
      return NULL;
    p->b = h;
    named = 0;
  }
  p->b = ob_len(w, p->b);
  switch (p->op) {
  case JC_P_PROTO:
    return jc_lw_helper(w, "sproto", ob_args(t, p->b, NULL, NULL), p);
  case JC_P_GET:
  case JC_P_SET:
    /* the accessor's function becomes a function expression */
    if (p->b->kind == JC_FUNCTION)
      jc_ds_touch(p->b)->flags &= (uint16_t)~JC_F_METHOD;
    return jc_lw_helper(
        w, "acc",
        ob_args(t, ob_key_expr(w, p), p->b, jc_ds_num(c, p->op == JC_P_SET, p)),
        p);
  default:
    if (!(p->flags & JC_F_COMPUTED) && !ob_is_proto_key(p->a)) {
      jc_node *m = p->a->kind == JC_IDENT
                       ? jc_ds_dot(c, t, p->a->atom->text, p->a)
                       : jc_ds_index(c, t, jc_ds_copy(c, p->a), p->a);
      return jc_ds_assign(c, m, p->b, p);
    }
    /* an anonymous function value is named after the key at run time */
    return jc_lw_helper(w, named ? "dpn" : "dp",
                        ob_args(t, ob_key_expr(w, p), p->b, NULL), p);
  }
}

jc_node *jc_lower_object(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_node *p, *prev = NULL, *special = NULL, *o, *list, *tail, *next;
  jc_node *after;
  int changed = 0;
  if (n == NULL || n->kind != JC_OBJECT || c->status != JSC_OK)
    return n;
  /* an object literal that is a destructuring target is a pattern */
  if (w->parent != NULL && w->parent->kind == JC_ASSIGN && w->parent->a == n)
    return n;
  for (p = n->a; p != NULL; p = p->next) {
    int pc = 0;
    if (p->kind != JC_PROPERTY)
      continue;
    p->extra = 0;
    if ((p->op == JC_P_METHOD || p->op == JC_P_GET || p->op == JC_P_SET) &&
        p->b != NULL && p->b->kind == JC_FUNCTION &&
        (ob_uses_super(c, p->b->b) || ob_uses_super(c, p->b->c)))
      p->extra = 1; /* needs its home object */
    if (p->flags & JC_F_SHORTHAND) {
      jc_node *key = jc_ident(c, p->a->atom, p->a);
      if (key == NULL)
        return n;
      if (p->b == NULL || p->b == p->a)
        p->b = jc_ds_copy(c, p->a);
      p->a = key;
      p->flags &= (uint16_t)~JC_F_SHORTHAND;
      pc = 1;
    }
    if (p->op == JC_P_METHOD) {
      p->op = JC_P_INIT;
      if (p->b != NULL)
        jc_ds_touch(p->b)->flags &= (uint16_t)~JC_F_METHOD;
      pc = 1;
    }
    if (p->op == JC_P_INIT && !(p->flags & JC_F_COMPUTED) && p->b != NULL &&
        jc_ob_name(c, p->a, p->b))
      pc = 1;
    if (pc) {
      jc_ds_touch(p);
      changed = 1;
    }
  }
  for (p = n->a; p != NULL; prev = p, p = p->next)
    if (p->kind == JC_SPREAD || (p->flags & JC_F_COMPUTED) ||
        p->op == JC_P_PROTO || (p->kind == JC_PROPERTY && p->extra)) {
      special = p;
      break;
    }
  for (p = n->a; p != NULL && p != special; p = p->next)
    if (p->kind == JC_PROPERTY && p->op == JC_P_INIT && p->b != NULL &&
        p->b->kind == JC_FUNCTION && p->b->extra != 0) {
      p->b = ob_len(w, p->b);
      jc_ds_touch(p);
      changed = 1;
    }
  if (special == NULL)
    return changed ? jc_ds_touch(n) : n;
  /* (_o = {before}, steps..., _o) */
  if (prev != NULL)
    prev->next = NULL;
  else
    n->a = NULL;
  jc_ds_touch(n);
  o = jc_lw_temp(w, "obj", n);
  if (o == NULL)
    return n;
  after = n->next;
  n->next = NULL;
  list = tail = jc_ds_assign(c, jc_ds_copy(c, o), n, n);
  for (p = special; p != NULL && tail != NULL; p = next) {
    jc_node *s;
    next = p->next;
    p->next = NULL;
    s = ob_step(w, o, p);
    if (s == NULL)
      return n;
    tail->next = s;
    tail = s;
  }
  if (tail == NULL)
    return n;
  tail->next = jc_ds_copy(c, o);
  list = jc_ds_paren(c, jc_ds_seq(c, list, n));
  if (list != NULL)
    list->next = after;
  return list;
}

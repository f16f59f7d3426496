/* lower_template.c - template literals to ES5.1.
 *
 * Untagged: `a${x}b${y}` is ToString of each substitution, in order, each
 * converted before the next is evaluated. `"a" + x` would be
 * ToPrimitive(default) (valueOf first, Symbol.toPrimitive with "default"),
 * so an operand that may be an object goes through String.prototype.concat
 * (ToString on each argument), one call per substitution so conversions
 * stay in order: "a".concat(x, "b").concat(y). An operand that is a
 * primitive by its form (literals, any unary/binary/update result) uses
 * `+`, where ToPrimitive is the identity. Under Duktape the chain costs
 * what `"a" + x + "b"` does (both make one string per step).
 *
 * Tagged: tag`a${x}` calls tag(strings, x) with one frozen strings array
 * per site (cooked values, `raw` a frozen array of the raw texts, an
 * invalid escape's cooked value undefined), made on first evaluation by
 * the helper tpl (helpers.js) and kept in a program-level variable:
 *   tag(_t || (_t = __jsrt.tpl(["a"], ["a"])), x)
 * In scripts and eval code the variable's name is unique per compile:
 * their program-level vars outlive one evaluation, and the same source
 * evaluated again is another site. A member tag keeps its `this` (a.b`x`
 * is a.b(...)).
 *
 * Lines: each string part is made at its template element, so the parts
 * and substitutions stay on their lines; a part's newlines print as \n. */
#include <stdio.h>
#include <string.h>

#include "lower.h"

/* A primitive whatever its operands are: ToString(v) is ToPrimitive(v)
 * then ToString, so `+` converts it exactly as the template does. */
static int tpl_primitive(const jc_node *n) {
  while (n->kind == JC_PAREN && n->a != NULL)
    n = n->a;
  switch (n->kind) {
  case JC_NUM:
  case JC_STR:
  case JC_TRUE_LIT:
  case JC_FALSE_LIT:
  case JC_NULL_LIT:
  case JC_UNARY:
  case JC_UPDATE:
  case JC_BINARY:
  case JC_PRIVATE_IN:
    return 1;
  default:
    return 0;
  }
}

static jc_node *tpl_str(jc_ctx *c, jc_atom *value, const jc_node *at) {
  jc_node *s = jc_synth(c, JC_STR, at);
  if (s != NULL)
    s->atom = value;
  return s;
}

static jc_node *tpl_binary(jc_ctx *c, jc_node *l, jc_node *r,
                           const jc_node *at) {
  jc_node *b = jc_synth(c, JC_BINARY, at);
  if (b == NULL)
    return NULL;
  b->op = JC_OP_ADD;
  b->a = l;
  b->b = r;
  return b;
}

static jc_node *tpl_method_call(jc_ctx *c, jc_node *obj, const char *name,
                                jc_node *args, const jc_node *at) {
  jc_node *call = jc_synth(c, JC_CALL, at), *m = jc_synth(c, JC_MEMBER, at);
  jc_node *prop = jc_ident(c, jc_atom_get(c, name, strlen(name)), at);
  if (call == NULL || m == NULL || prop == NULL)
    return NULL;
  m->a = obj;
  m->b = prop;
  call->a = m;
  call->b = args;
  call->flags |= JC_F_PARENS_ARGS;
  return call;
}

static jc_node *tpl_untagged(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_node *q = n->a, *e = n->b, *out, *open_call = NULL;
  if (q == NULL)
    return tpl_str(c, jc_atom_lit(c, ""), n);
  out = tpl_str(c, q->atom, q);
  for (q = q->next; q != NULL && e != NULL && out != NULL; q = q->next) {
    jc_node *next_e = e->next;
    e->next = NULL;
    /* the made nodes start where the template does (their first token
       is its first part); the substitutions keep their lines */
    if (tpl_primitive(e)) {
      out = tpl_binary(c, out, e, n);
      open_call = NULL;
    } else {
      out = tpl_method_call(c, out, "concat", e, n);
      open_call = out;
    }
    if (out != NULL && q->atom != NULL && q->atom->len > 0) {
      jc_node *s = tpl_str(c, q->atom, q);
      if (s == NULL)
        return NULL;
      if (open_call != NULL) /* "a".concat(x, "b"): a string needs no
                                order of its own */
        open_call->b->next = s;
      else
        out = tpl_binary(c, out, s, n);
    }
    e = next_e;
  }
  return out;
}

/* The raw text of a template part as its value: CR LF and CR read as LF. */
static jc_atom *tpl_raw(jc_ctx *c, const jc_node *q) {
  const char *s = q->raw.p;
  uint32_t i, n = q->raw.len, o = 0;
  char *buf;
  if (memchr(s, '\r', n) == NULL)
    return jc_atom_get(c, s, n);
  buf = jc_alloc(c, n + 1);
  if (buf == NULL)
    return NULL;
  for (i = 0; i < n; i++) {
    if (s[i] == '\r') {
      buf[o++] = '\n';
      if (i + 1 < n && s[i + 1] == '\n')
        i++;
    } else
      buf[o++] = s[i];
  }
  return jc_atom_get(c, buf, o);
}

/* A process-wide count, so scripts and eval code (whose program-level vars
 * are shared between evaluations) each get caches of their own. */
static unsigned tpl_compiles;

/* The per-site strings object: _t || (_t = __jsrt.tpl(cooked, raw)). */
static jc_node *tpl_strings(jc_lw *w, jc_node *tpl) {
  jc_ctx *c = w->c;
  jc_node *cooked = jc_synth(c, JC_ARRAY, tpl),
          *raw = jc_synth(c, JC_ARRAY, tpl);
  jc_node **ct, **rt, *q, *make, *assign, * or, *var, *var2;
  jc_lw_func *func = w->func, *top = w->func;
  char hint[40] = "templateObject";
  if (cooked == NULL || raw == NULL)
    return NULL;
  ct = &cooked->a;
  rt = &raw->a;
  for (q = tpl->a; q != NULL; q = q->next) {
    jc_node *cs =
        q->atom != NULL ? tpl_str(c, q->atom, q) : jc_raw(c, "void 0", q);
    jc_node *rs = tpl_str(c, tpl_raw(c, q), q);
    if (cs == NULL || rs == NULL || rs->atom == NULL)
      return NULL;
    *ct = cs;
    ct = &cs->next;
    *rt = rs;
    rt = &rs->next;
  }
  cooked->next = raw;
  make = jc_lw_helper(w, "tpl", cooked, tpl);
  if (make == NULL)
    return NULL;
  /* one per site: the cache lives at the program level */
  while (top->up != NULL)
    top = top->up;
  if (c->opt->goal == JSC_GOAL_SCRIPT || c->opt->goal == JSC_GOAL_EVAL)
    snprintf(hint, sizeof hint, "templateObject_%u",
             __atomic_add_fetch(&tpl_compiles, 1, __ATOMIC_RELAXED));
  w->func = top;
  var = jc_lw_temp(w, hint, tpl);
  w->func = func;
  if (var == NULL)
    return NULL;
  var2 = jc_alloc(c, sizeof *var2);
  assign = jc_synth(c, JC_ASSIGN, tpl);
  or = jc_synth(c, JC_LOGICAL, tpl);
  if (var2 == NULL || assign == NULL || or == NULL)
    return NULL;
  *var2 = *var;
  assign->op = JC_OP_ASSIGN;
  assign->a = var2;
  assign->b = make;
  or->op = JC_OP_OR;
  or->a = var;
  or->b = assign;
  return or ;
}

static jc_node *tpl_tagged(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  jc_node *tpl = n->b, *call, *strings;
  if (tpl == NULL || tpl->kind != JC_TEMPLATE)
    return n;
  strings = tpl_strings(w, tpl);
  call = jc_synth(c, JC_CALL, n);
  if (strings == NULL || call == NULL)
    return n;
  strings->next = tpl->b; /* the substitutions, in order */
  call->a = n->a;
  call->b = strings;
  call->flags |= JC_F_PARENS_ARGS;
  return call;
}

jc_node *jc_lower_template(jc_lw *w, jc_node *n) {
  jc_node *out;
  switch (n->kind) {
  case JC_TEMPLATE:
    /* the template of a tag is the tag's business */
    if (w->parent != NULL && w->parent->kind == JC_TAGGED_TEMPLATE &&
        w->parent->b == n)
      return n;
    out = tpl_untagged(w, n);
    break;
  case JC_TAGGED_TEMPLATE:
    out = tpl_tagged(w, n);
    break;
  default:
    return n;
  }
  if (out == NULL) {
    if (w->c->status == JSC_OK)
      jc_error(w->c, JSC_ENOMEM, n->start, "out of memory");
    return n;
  }
  return jc_lw_dirty(out);
}

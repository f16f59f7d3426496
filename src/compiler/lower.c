/* lower.c - the one traversal: walks the tree once, children first, and
 * runs each kind's transforms (the table below) on the way out, so every
 * hook sees children that are ES5.1 already.
 *
 * The driver keeps the context the hooks need: the function stack
 * (jc_lw_func; `self` is the nearest non-arrow function, whose `this` an
 * arrow inside borrows), loop depth, the statement list being visited (so
 * jc_lw_before can put statements before the current one), temporaries
 * (declared `var _a, _b;` at the top of their function, on its first line)
 * and the prologue (`var _this = this, _arguments = arguments;`).
 *
 * A subtree with no modern syntax and nothing scope.c flagged inside
 * (JC_MK_LOWER: references to lexical bindings, `this` inside an arrow) is
 * not entered at all; it is marked JC_MK_VERBATIM so print.c copies it.
 * Every node whose whole subtree came through unchanged is marked so too;
 * a node with a changed child gets JC_MK_DIRTY.
 *
 * What the engine cannot run and no transform lowers yet (generators,
 * async functions, modules) is a SyntaxError "... is not supported yet" at
 * the node; BigInt is JSC_EUNSUPPORTED. */
#include <string.h>

#include "lower.h"

/* ---- defaults for transforms not written yet ----
 * Each transform lives in its own file; until that file exists, its hook
 * passes nodes through (or reports the feature), so the library links.
 * The Makefile rebuilds lower.o when a lower_*.c appears. */
#if !__has_include("lower_params.c")
jc_node *jc_lower_params(jc_lw *w, jc_node *n) {
  (void)w;
  return n;
}
#endif
#if !__has_include("lower_destructure.c")
jc_node *jc_lower_destructure(jc_lw *w, jc_node *n) {
  (void)w;
  return n;
}
#endif
#if !__has_include("lower_spread.c")
jc_node *jc_lower_spread(jc_lw *w, jc_node *n) {
  (void)w;
  return n;
}
#endif
#if !__has_include("lower_object.c")
jc_node *jc_lower_object(jc_lw *w, jc_node *n) {
  (void)w;
  return n;
}
#endif
#if !__has_include("lower_class.c")
jc_node *jc_lower_class(jc_lw *w, jc_node *n) {
  jc_error(w->c, JSC_ESYNTAX, n->start, "class is not supported yet");
  return n;
}
jc_node *jc_lower_class_enter(jc_lw *w, jc_node *n) {
  (void)w;
  return n;
}
#endif
#if !__has_include("lower_template.c")
jc_node *jc_lower_template(jc_lw *w, jc_node *n) {
  (void)w;
  return n;
}
#endif
#if !__has_include("lower_literals.c")
jc_node *jc_lower_literals(jc_lw *w, jc_node *n) {
  (void)w;
  return n;
}
#endif
#if !__has_include("lower_optional.c")
jc_node *jc_lower_optional(jc_lw *w, jc_node *n) {
  (void)w;
  return n;
}
#endif
#if !__has_include("lower_operators.c")
jc_node *jc_lower_operators(jc_lw *w, jc_node *n) {
  (void)w;
  return n;
}
#endif
#if !__has_include("lower_for_of.c")
jc_node *jc_lower_for_of(jc_lw *w, jc_node *n) {
  (void)w;
  return n;
}
#endif
#if !__has_include("lower_arrow.c")
jc_node *jc_lower_arrow(jc_lw *w, jc_node *n) {
  (void)w;
  return n;
}
jc_node *jc_lower_this(jc_lw *w, jc_node *n) {
  (void)w;
  return n;
}
#endif
#if !__has_include("lower_generator.c")
jc_node *jc_lower_generator(jc_lw *w, jc_node *n) {
  if (n->flags & JC_F_GENERATOR)
    jc_error(w->c, JSC_ESYNTAX, n->start, "generators are not supported yet");
  return n;
}
jc_node *jc_lower_generator_wrap(jc_lw *w, jc_node *n) {
  (void)w;
  return n;
}
#endif
#if !__has_include("lower_async.c")
jc_node *jc_lower_async(jc_lw *w, jc_node *n) {
  if (n->flags & JC_F_ASYNC)
    jc_error(w->c, JSC_ESYNTAX, n->start,
             "async functions are not supported yet");
  return n;
}
#endif
#if !__has_include("lower_block_scope.c")
jc_node *jc_lower_block_scope(jc_lw *w, jc_node *n) {
  (void)w;
  return n;
}
int jc_block_scope_wraps(jc_lw *w, const jc_node *n) {
  (void)w;
  (void)n;
  return 0;
}
#endif

/* ---- the table: each kind's leave hooks, in the order they run ----
 * Order matters where two transforms touch one kind:
 * - FUNCTION: the arrow becomes a function (expression body -> block)
 *   before parameters are lowered (they add statements to that block).
 * - VAR: destructuring splits patterns into declarators, then block scope
 *   turns let/const into var (renames, TDZ, loop re-initialization), then
 *   function names from the declarators (`const f = () => {}`).
 * - ASSIGN: destructuring first; block scope (const assignment, TDZ
 *   writes) before the logical-assignment operators, which rewrite
 *   `x ??= v` into `x ?? (x = v)` around the (checked) value; arrow names
 *   (`f = () => {}`) last.
 * - IDENT: imports (lower_module.c: a read of the exporter's namespace),
 *   `arguments` inside arrows, then TDZ reads, then escapes.
 * - PROGRAM: block scope's sentinels, then the module function (its
 *   prologue, temps and sentinels land in the module's outer scope).
 * - FUNCTION: a generator's body becomes its state machine before the
 *   parameters are lowered (their code stays in the outer function, run at
 *   the call); an async function's body becomes an inner generator
 *   (lower_async.c, which lowers that one's parameters and state machine
 *   itself) handed to __jsrt.async; a generator or async expression is
 *   wrapped in __jsrt.genFn/asyncFn/asyncGenFn last. */
#define LOWER_MAX_HOOKS 6

static const jc_lw_hook lower_leave[JC_NKINDS][LOWER_MAX_HOOKS] = {
    [JC_PROGRAM] = {jc_lower_block_scope, jc_lower_module},
    [JC_FUNCTION] = {jc_lower_arrow, jc_lower_generator, jc_lower_async,
                     jc_lower_params, jc_lower_block_scope,
                     jc_lower_generator_wrap},
    [JC_CLASS] = {jc_lower_class},
    [JC_VAR] = {jc_lower_destructure, jc_lower_block_scope, jc_lower_arrow},
    [JC_BLOCK] = {jc_lower_block_scope},
    [JC_FOR] = {jc_lower_block_scope},
    [JC_FOR_IN] = {jc_lower_destructure, jc_lower_block_scope},
    [JC_FOR_OF] = {jc_lower_module, jc_lower_for_of},
    [JC_AWAIT] = {jc_lower_module},
    [JC_WHILE] = {jc_lower_block_scope},
    [JC_DO_WHILE] = {jc_lower_block_scope},
    [JC_SWITCH] = {jc_lower_block_scope},
    [JC_CATCH] = {jc_lower_destructure, jc_lower_operators},
    [JC_IDENT] = {jc_lower_module, jc_lower_this, jc_lower_block_scope,
                  jc_lower_literals},
    [JC_THIS] = {jc_lower_this},
    [JC_META] = {jc_lower_module, jc_lower_this},
    [JC_IMPORT_CALL] = {jc_lower_module},
    [JC_NUM] = {jc_lower_literals},
    [JC_STR] = {jc_lower_literals},
    [JC_REGEXP] = {jc_lower_literals},
    [JC_TEMPLATE] = {jc_lower_template},
    [JC_TAGGED_TEMPLATE] = {jc_lower_template},
    [JC_ARRAY] = {jc_lower_spread},
    [JC_OBJECT] = {jc_lower_object},
    [JC_CALL] = {jc_lower_spread},
    [JC_NEW] = {jc_lower_spread},
    [JC_CHAIN] = {jc_lower_optional},
    [JC_UNARY] = {jc_lower_optional},
    [JC_UPDATE] = {jc_lower_module, jc_lower_block_scope},
    [JC_LOGICAL] = {jc_lower_operators},
    [JC_BINARY] = {jc_lower_operators},
    [JC_ASSIGN] = {jc_lower_module, jc_lower_destructure, jc_lower_block_scope,
                   jc_lower_operators, jc_lower_arrow},
};

/* Enter hooks: run before a node's children are visited; a node of
 * another kind returned is visited instead (children, then its leave
 * hooks). CLASS: lower_class.c builds the ES5 shape around the members'
 * un-lowered code, so arrows in methods see `this` and `super` as code. */
static const jc_lw_hook lower_enter[JC_NKINDS] = {
    [JC_CLASS] = jc_lower_class_enter,
    [JC_PROGRAM] = jc_lower_module_enter,
};

/* How the driver treats each child slot of a kind:
 * 'e' a node or a list of nodes (expressions, declarators, members...),
 * 'L' a statement list (jc_lw_before and multi-statement results are
 *     spliced in),
 * 's' one statement (a result of several statements becomes a block),
 * 'b' a loop body (a statement, counted in loop_depth; may be wrapped in
 *     a function by block scope: own temporaries, then),
 * 'l' a label's statement: as 's', but jc_lw_before statements go before
 *     the labeled statement (a label must stay on its loop). */
static const char *const lower_slots[JC_NKINDS] = {
    [JC_PROGRAM] = "L",
    [JC_BLOCK] = "L",
    [JC_EXPR_STMT] = "e",
    [JC_VAR] = "e",
    [JC_DECLARATOR] = "ee",
    [JC_FUNCTION] = "eee",
    [JC_CLASS] = "eee",
    [JC_METHOD] = "ee",
    [JC_FIELD] = "ee",
    [JC_STATIC_BLOCK] = "L",
    [JC_IF] = "ess",
    [JC_FOR] = "eeeb",
    [JC_FOR_IN] = "eeb",
    [JC_FOR_OF] = "eeb",
    [JC_WHILE] = "eb",
    [JC_DO_WHILE] = "be",
    [JC_RETURN] = "e",
    [JC_THROW] = "e",
    [JC_TRY] = "eee",
    [JC_CATCH] = "ee",
    [JC_SWITCH] = "ee",
    [JC_CASE] = "eL",
    [JC_LABELED] = "l",
    [JC_WITH] = "es",
    [JC_IMPORT] = "eee",
    [JC_IMPORT_SPEC] = "ee",
    [JC_EXPORT_NAMED] = "eeee",
    [JC_EXPORT_SPEC] = "ee",
    [JC_EXPORT_DEFAULT] = "e",
    [JC_EXPORT_ALL] = "eee",
    [JC_TEMPLATE] = "ee",
    [JC_TAGGED_TEMPLATE] = "ee",
    [JC_ARRAY] = "e",
    [JC_OBJECT] = "e",
    [JC_PROPERTY] = "ee",
    [JC_SPREAD] = "e",
    [JC_UNARY] = "e",
    [JC_UPDATE] = "e",
    [JC_BINARY] = "ee",
    [JC_LOGICAL] = "ee",
    [JC_ASSIGN] = "ee",
    [JC_COND] = "eee",
    [JC_CALL] = "ee",
    [JC_NEW] = "ee",
    [JC_MEMBER] = "ee",
    [JC_CHAIN] = "e",
    [JC_SEQ] = "e",
    [JC_PAREN] = "e",
    [JC_YIELD] = "e",
    [JC_AWAIT] = "e",
    [JC_IMPORT_CALL] = "ee",
    [JC_PRIVATE_IN] = "ee",
    [JC_ARRAY_PATTERN] = "e",
    [JC_OBJECT_PATTERN] = "e",
    [JC_ASSIGN_PAT] = "ee",
    [JC_REST] = "e",
};

/* ---- helpers for the transforms ---- */

static jc_scope *lower_frame_scope(const jc_lw_func *f) {
  jc_node *n = f->node;
  switch (n->kind) {
  case JC_PROGRAM:
  case JC_FUNCTION:
  case JC_BLOCK:
  case JC_FOR:
  case JC_FOR_IN:
  case JC_FOR_OF:
  case JC_SWITCH:
  case JC_CATCH:
  case JC_CLASS:
    return n->u.scope;
  default:
    return NULL;
  }
}

jc_node *jc_lw_temp(jc_lw *w, const char *hint, const jc_node *at) {
  jc_ctx *c = w->c;
  jc_atom *name = jc_fresh_name(c, hint);
  jc_binding *b;
  jc_node *id, *decl;
  if (name == NULL || w->func == NULL)
    return NULL;
  b = jc_alloc(c, sizeof *b);
  id = jc_ident(c, name, at);
  decl = jc_ident(c, name, at);
  if (b == NULL || id == NULL || decl == NULL)
    return NULL;
  b->name = b->out = name;
  b->kind = JC_B_VAR;
  b->flags = JC_BF_TEMP;
  b->scope = lower_frame_scope(w->func);
  b->decl = decl;
  id->u.binding = decl->u.binding = b;
  w->func->temps = jc_list_append(w->func->temps, decl);
  return id;
}

void jc_lw_before(jc_lw *w, jc_node *stmt) {
  w->stmt_before = jc_list_append(w->stmt_before, stmt);
}

jc_node *jc_lw_helper(jc_lw *w, const char *name, jc_node *args,
                      const jc_node *at) {
  jc_ctx *c = w->c;
  jc_node *call = jc_synth(c, JC_CALL, at), *mem = jc_synth(c, JC_MEMBER, at);
  jc_node *obj = jc_ident(c, jc_atom_lit(c, "__jsrt"), at);
  jc_node *prop = jc_ident(c, jc_atom_get(c, name, strlen(name)), at);
  if (call == NULL || mem == NULL || obj == NULL || prop == NULL)
    return NULL;
  mem->a = obj;
  mem->b = prop;
  call->a = mem;
  call->b = args;
  call->flags |= JC_F_PARENS_ARGS;
  c->helpers |= 1;
  return call;
}

/* ---- the walk ---- */

static jc_node *lower_visit(jc_lw *w, jc_node *n);

/* The statements of a function body or program after its directives:
 * returns the slot where the prologue goes. */
static jc_node **lower_after_directives(jc_node **slot) {
  while (*slot != NULL && (*slot)->kind == JC_EXPR_STMT &&
         (*slot)->atom != NULL)
    slot = &(*slot)->next;
  return slot;
}

static jc_node *lower_declarator(jc_ctx *c, jc_atom *name, jc_node *init,
                                 const jc_node *at) {
  jc_node *d = jc_synth(c, JC_DECLARATOR, at);
  jc_node *id = jc_ident(c, name, at);
  if (d == NULL || id == NULL)
    return NULL;
  d->a = id;
  d->b = init;
  return d;
}

/* `new.target` for the prologue of a function whose arrows use it:
 * Duktape runs new.target in functions itself (lower_class.c rewrites it
 * in constructors). */
static jc_node *lower_new_target(jc_ctx *c, const jc_node *at) {
  jc_node *m = jc_synth(c, JC_META, at);
  if (m != NULL)
    m->op = JC_META_NEW_TARGET;
  return m;
}

/* Puts a finished function's prologue and temporaries at the top of its
 * body (after the directives), on the body's first line. */
static void lower_finish_func(jc_lw *w, jc_lw_func *f) {
  jc_ctx *c = w->c;
  jc_node *fn = f->node, *at, **slot, *decls = NULL, *var, *stmts = NULL;
  if (f->this_name == NULL && f->args_name == NULL &&
      f->newtarget_name == NULL && f->temps == NULL && f->prologue == NULL)
    return;
  if (fn->kind == JC_PROGRAM) {
    slot = &fn->a;
    at = fn->a != NULL ? fn->a : fn;
  } else if (fn->kind == JC_FUNCTION) {
    jc_node *body = fn->c;
    if (body == NULL || body->kind != JC_BLOCK) {
      /* An expression body no hook turned into a block. */
      jc_node *ret = jc_synth(c, JC_RETURN, body != NULL ? body : fn);
      jc_node *blk = jc_synth(c, JC_BLOCK, body != NULL ? body : fn);
      if (ret == NULL || blk == NULL)
        return;
      ret->a = body;
      blk->a = ret;
      fn->c = body = blk;
      fn->flags &= (uint16_t)~JC_F_EXPR_BODY;
    }
    jc_lw_dirty(body);
    slot = &body->a;
    at = body;
  } else {
    return;
  }
  if (f->this_name != NULL)
    decls = jc_list_append(
        decls, lower_declarator(c, f->this_name, jc_synth(c, JC_THIS, at), at));
  if (f->args_name != NULL)
    decls = jc_list_append(
        decls,
        lower_declarator(c, f->args_name,
                         jc_ident(c, jc_atom_lit(c, "arguments"), at), at));
  if (f->newtarget_name != NULL)
    decls =
        jc_list_append(decls, lower_declarator(c, f->newtarget_name,
                                               lower_new_target(c, at), at));
  {
    jc_node *t, *next;
    for (t = f->temps; t != NULL; t = next) {
      jc_node *d = jc_synth(c, JC_DECLARATOR, at);
      next = t->next;
      if (d == NULL)
        return;
      t->next = NULL;
      t->line = at->line;
      t->col = at->col;
      d->a = t;
      decls = jc_list_append(decls, d);
    }
  }
  if (decls != NULL) {
    var = jc_synth(c, JC_VAR, at);
    if (var == NULL)
      return;
    var->op = JC_DECL_VAR;
    var->a = decls;
    stmts = var;
  }
  stmts = jc_list_append(stmts, f->prologue);
  slot = lower_after_directives(slot);
  jc_list_append(stmts, *slot);
  *slot = stmts;
  jc_lw_dirty(fn);
}

static int lower_unsupported(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  const char *what = NULL;
  switch (n->kind) {
  case JC_BIGINT:
    return jc_error(c, JSC_EUNSUPPORTED, n->start, "BigInt is not supported");
  default:
    break;
  }
  if (what == NULL)
    return 0;
  return jc_error(c, JSC_ESYNTAX, n->start, "%s %s not supported yet", what,
                  n->kind == JC_FUNCTION ? "are" : "is");
}

/* Whether a node came through the walk unchanged (print.c may copy it). */
static int lower_same(const jc_node *n) {
  return (n->mark & JC_MK_VERBATIM) != 0;
}

/* Visits one slot: a node, a list of nodes, or statements (mode as in
 * lower_slots). Returns nonzero when something in it changed. */
static int lower_slot(jc_lw *w, jc_node *parent, jc_node **slot, char mode) {
  jc_ctx *c = w->c;
  jc_node **pp = slot;
  int changed = 0;
  while (*pp != NULL && c->status == JSC_OK) {
    jc_node *s = *pp, *next = s->next, *r, *saved_before = w->stmt_before;
    jc_node *saved_parent = w->parent;
    s->next = NULL;
    if (mode != 'e' && mode != 'l')
      w->stmt_before = NULL;
    w->parent = parent;
    r = lower_visit(w, s);
    w->parent = saved_parent;
    if (mode != 'e' && mode != 'l') {
      if (w->stmt_before != NULL) {
        r = jc_list_append(w->stmt_before, r);
        changed = 1;
      }
      w->stmt_before = saved_before;
    }
    if (c->status != JSC_OK)
      return 1;
    if (r != s || (r != NULL && !lower_same(r)))
      changed = 1;
    if (r != NULL && r->next != NULL && mode != 'L' && mode != 'e') {
      /* Several statements where one goes: a block. */
      jc_node *blk = jc_synth(c, JC_BLOCK, s);
      if (blk == NULL)
        return 1;
      blk->a = r;
      r = blk;
    }
    if (r == NULL && mode != 'L' && mode != 'e') {
      r = jc_synth(c, JC_EMPTY, s);
      if (r == NULL)
        return 1;
    }
    *pp = r;
    while (*pp != NULL)
      pp = &(*pp)->next;
    *pp = next;
  }
  return changed;
}

/* A loop body (mode 'b') or a block's statements ('L') that block scope
 * makes a function of its own: visited in a frame of their own (their
 * temporaries are declared at their top; `this` is the outer function's,
 * since self is). */
static int lower_wrapped(jc_lw *w, jc_node *n, jc_node **slot, char mode) {
  jc_ctx *c = w->c;
  jc_lw_func wrap, *cur = w->func;
  jc_node *var, *t, **top;
  int changed;
  memset(&wrap, 0, sizeof wrap);
  wrap.node = n;
  wrap.up = cur;
  wrap.self = cur->self;
  w->func = &wrap;
  changed = lower_slot(w, n, slot, mode == 'b' ? 's' : 'L');
  w->func = cur;
  if (wrap.temps == NULL || c->status != JSC_OK)
    return changed;
  if (mode == 'b') {
    jc_node *body = *slot;
    if (body->kind != JC_BLOCK) {
      jc_node *blk = jc_synth(c, JC_BLOCK, body);
      if (blk == NULL)
        return 1;
      blk->a = body;
      *slot = body = blk;
    }
    top = &body->a;
    jc_lw_dirty(body);
  } else {
    top = slot;
  }
  var = jc_synth(c, JC_VAR, *top != NULL ? *top : n);
  if (var == NULL)
    return 1;
  var->op = JC_DECL_VAR;
  for (t = wrap.temps; t != NULL;) {
    jc_node *next = t->next, *d = jc_synth(c, JC_DECLARATOR, var);
    if (d == NULL)
      return 1;
    t->next = NULL;
    d->a = t;
    var->a = jc_list_append(var->a, d);
    t = next;
  }
  var->next = *top;
  *top = var;
  return 1;
}

/* A declarator whose name scope.c renamed (a `let` that would clash as a
 * `var`): its bytes cannot be copied as they are, though nothing in it is
 * newer than ES5 (yargs: `const t` in a block of a method with a `let t`). */
static int lower_renames_target(const jc_node *n) {
  const jc_node *id = n->kind == JC_DECLARATOR ? n->a
                      : n->kind == JC_IDENT    ? n
                                               : NULL;
  return id != NULL && id->kind == JC_IDENT && id->u.binding != NULL &&
         id->u.binding->out != id->u.binding->name;
}

static jc_node *lower_visit(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  const char *slots;
  jc_lw_func frame, *outer = w->func;
  int changed = 0, is_func, i;
  jc_node *r, *saved_parent;
  jc_node **kids[4];
  if (jc_tick(c))
    return n;
  if (!(n->mark & (JC_MK_MODERN | JC_MK_HAS_MODERN | JC_MK_LOWER | JC_MK_SYNTH |
                   JC_MK_DIRTY)) &&
      n->kind != JC_PROGRAM && !lower_renames_target(n)) {
    n->mark |= JC_MK_VERBATIM;
    return n;
  }
  if (lower_unsupported(w, n))
    return n;
  if (lower_enter[n->kind] != NULL) {
    jc_node *e = lower_enter[n->kind](w, n);
    if (e == NULL || c->status != JSC_OK)
      return n;
    if (e != n)
      return lower_visit(w, e);
  }
  if (++c->depth > c->max_depth) {
    jc_error(c, JSC_ESYNTAX, n->start, "too deeply nested");
    c->depth--;
    return n;
  }
  is_func = n->kind == JC_FUNCTION || n->kind == JC_PROGRAM;
  if (is_func) {
    memset(&frame, 0, sizeof frame);
    frame.node = n;
    frame.up = outer;
    frame.self =
        (n->kind == JC_FUNCTION && (n->flags & JC_F_ARROW) && outer != NULL)
            ? outer->self
            : &frame;
    w->func = &frame;
  }
  slots = lower_slots[n->kind];
  kids[0] = &n->a;
  kids[1] = &n->b;
  kids[2] = &n->c;
  kids[3] = &n->d;
  for (i = 0; slots != NULL && slots[i] != '\0' && c->status == JSC_OK; i++) {
    char mode = slots[i];
    if (*kids[i] == NULL)
      continue;
    if ((mode == 'b' || (mode == 'L' && n->kind == JC_BLOCK)) &&
        jc_block_scope_wraps(w, n)) {
      changed |= lower_wrapped(w, n, kids[i], mode);
    } else if (mode == 'b') {
      w->func->loop_depth++;
      changed |= lower_slot(w, n, kids[i], 's');
      w->func->loop_depth--;
    } else {
      changed |= lower_slot(w, n, kids[i], mode);
    }
  }
  /* The kind's transforms. */
  r = n;
  saved_parent = w->parent;
  for (i = 0; i < LOWER_MAX_HOOKS && c->status == JSC_OK; i++) {
    jc_lw_hook h = lower_leave[n->kind][i];
    if (h == NULL)
      break;
    r = h(w, r);
    if (r == NULL || r->kind != n->kind)
      break; /* removed, or became another kind: its hooks are done */
  }
  w->parent = saved_parent;
  if (is_func) {
    if (r != NULL && r->kind == n->kind)
      frame.node = r;
    if (c->status == JSC_OK)
      lower_finish_func(w, &frame);
    w->func = outer;
  }
  c->depth--;
  if (r == NULL)
    return NULL;
  if (changed)
    r->mark |= JC_MK_DIRTY;
  if (r == n && !changed &&
      !(n->mark & (JC_MK_MODERN | JC_MK_SYNTH | JC_MK_DIRTY)) &&
      !(n->kind == JC_IDENT && n->u.binding != NULL &&
        n->u.binding->out != n->u.binding->name))
    n->mark |= JC_MK_VERBATIM;
  return r;
}

int jc_lower(jc_ctx *c) {
  jc_lw w;
  if (c->status != JSC_OK || c->program == NULL)
    return c->status;
  memset(&w, 0, sizeof w);
  w.c = c;
  c->program = lower_visit(&w, c->program);
  return c->status;
}

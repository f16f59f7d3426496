/* ast.c - what every phase of the compiler shares: the arena (one chain of
 * blocks from the caller's allocator, freed at once), interned names, node
 * constructors, error positions and the interrupt tick. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

const char *const jc_kind_names[JC_NKINDS] = {
#define JC_NAME_(k, a, b, c, d) #k,
    JC_NODE_KINDS(JC_NAME_)
#undef JC_NAME_
};

const char *const jc_op_text[JC_NOPS] = {"",
#define JC_OPTEXT_(k, s) s,
                                         JC_OPERATORS(JC_OPTEXT_)
#undef JC_OPTEXT_
};

/* ---- arena ---- */

typedef struct ast_block {
  struct ast_block *next;
  size_t size;
} ast_block;

#define AST_BLOCK_MIN (64 * 1024)

void *jc_raw_alloc(jc_ctx *c, size_t n) {
  void *p;
  if (c->opt != NULL && c->opt->realloc != NULL)
    p = c->opt->realloc(c->opt->alloc_ud, NULL, n);
  else
    p = malloc(n);
  if (p == NULL && c->status == JSC_OK) {
    c->status = JSC_ENOMEM;
    snprintf(c->err_msg, sizeof c->err_msg, "out of memory");
  }
  return p;
}

void jc_raw_free(jc_ctx *c, void *p) {
  if (p == NULL)
    return;
  if (c->opt != NULL && c->opt->realloc != NULL)
    (void)c->opt->realloc(c->opt->alloc_ud, p, 0);
  else
    free(p);
}

void *jc_alloc(jc_ctx *c, size_t n) {
  char *p;
  n = (n + 7) & ~(size_t)7;
  if ((size_t)(c->arena_end - c->arena_p) < n) {
    size_t size = n + sizeof(ast_block) > AST_BLOCK_MIN ? n + sizeof(ast_block)
                                                        : AST_BLOCK_MIN;
    ast_block *b;
    if (c->status == JSC_ENOMEM)
      return NULL;
    b = jc_raw_alloc(c, size);
    if (b == NULL)
      return NULL;
    b->next = c->arena_blocks;
    b->size = size;
    c->arena_blocks = b;
    c->arena_p = (char *)b + ((sizeof(ast_block) + 7) & ~(size_t)7);
    c->arena_end = (char *)b + size;
  }
  p = c->arena_p;
  c->arena_p += n;
  memset(p, 0, n);
  return p;
}

char *jc_strndup(jc_ctx *c, const char *s, size_t n) {
  char *p = jc_alloc(c, n + 1);
  if (p == NULL)
    return NULL;
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

void jc_arena_free(jc_ctx *c) {
  ast_block *b = c->arena_blocks;
  while (b != NULL) {
    ast_block *next = b->next;
    jc_raw_free(c, b);
    b = next;
  }
  c->arena_blocks = NULL;
  c->arena_p = c->arena_end = NULL;
  jc_raw_free(c, c->atoms);
  c->atoms = NULL;
  jc_raw_free(c, c->lines);
  c->lines = NULL;
}

/* ---- atoms ---- */

static uint32_t ast_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u; /* FNV-1a */
  size_t i;
  for (i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static int ast_atoms_grow(jc_ctx *c) {
  uint32_t cap = c->atoms_cap ? c->atoms_cap * 2 : 1024, i;
  jc_atom **t = jc_raw_alloc(c, cap * sizeof *t);
  if (t == NULL)
    return -1;
  memset(t, 0, cap * sizeof *t);
  for (i = 0; i < c->atoms_cap; i++) {
    jc_atom *a = c->atoms[i];
    while (a != NULL) {
      jc_atom *next = a->next;
      a->next = t[a->hash & (cap - 1)];
      t[a->hash & (cap - 1)] = a;
      a = next;
    }
  }
  jc_raw_free(c, c->atoms);
  c->atoms = t;
  c->atoms_cap = cap;
  return 0;
}

jc_atom *jc_atom_get(jc_ctx *c, const char *s, size_t n) {
  uint32_t h = ast_hash(s, n);
  jc_atom *a;
  if ((uint64_t)c->atoms_n * 4 >= (uint64_t)c->atoms_cap * 3 &&
      ast_atoms_grow(c) != 0)
    return NULL;
  for (a = c->atoms[h & (c->atoms_cap - 1)]; a != NULL; a = a->next)
    if (a->hash == h && a->len == n && memcmp(a->text, s, n) == 0)
      return a;
  a = jc_alloc(c, sizeof *a);
  if (a == NULL)
    return NULL;
  a->text = jc_strndup(c, s, n);
  if (a->text == NULL)
    return NULL;
  a->len = (uint32_t)n;
  a->hash = h;
  a->next = c->atoms[h & (c->atoms_cap - 1)];
  c->atoms[h & (c->atoms_cap - 1)] = a;
  c->atoms_n++;
  return a;
}

/* ---- nodes ---- */

jc_node *jc_node_new(jc_ctx *c, jc_kind kind, const jc_node *at) {
  jc_node *n = jc_alloc(c, sizeof *n);
  if (n == NULL)
    return NULL;
  n->kind = (uint8_t)kind;
  if (at != NULL) {
    n->start = at->start;
    n->end = at->end;
    n->line = at->line;
    n->col = at->col;
  }
  return n;
}

jc_node *jc_synth(jc_ctx *c, jc_kind kind, const jc_node *at) {
  jc_node *n = jc_node_new(c, kind, at);
  if (n != NULL)
    n->mark |= JC_MK_SYNTH | JC_MK_DIRTY;
  return n;
}

jc_node *jc_ident(jc_ctx *c, jc_atom *name, const jc_node *at) {
  jc_node *n = jc_synth(c, JC_IDENT, at);
  if (n != NULL)
    n->atom = name;
  return n;
}

jc_node *jc_raw(jc_ctx *c, const char *text, const jc_node *at) {
  jc_node *n = jc_synth(c, JC_RAW, at);
  if (n != NULL) {
    n->u.str.p = text;
    n->u.str.len = (uint32_t)strlen(text);
  }
  return n;
}

jc_node *jc_list_append(jc_node *a, jc_node *b) {
  jc_node *t;
  if (a == NULL)
    return b;
  for (t = a; t->next != NULL; t = t->next)
    ;
  t->next = b;
  return a;
}

size_t jc_list_len(const jc_node *first) {
  size_t n = 0;
  for (; first != NULL; first = first->next)
    n++;
  return n;
}

/* ---- errors, positions, budget ---- */

void jc_position(const jc_ctx *c, uint32_t offset, unsigned *line,
                 unsigned *col) {
  uint32_t lo = 0, hi = c->nlines;
  if (c->lines == NULL || c->nlines == 0) {
    /* No line table (yet): count. */
    uint32_t i, l = 1, s = 0;
    for (i = 0; i < offset && i < c->len; i++)
      if (c->src[i] == '\n') {
        l++;
        s = i + 1;
      }
    *line = l;
    *col = offset - s + 1;
    return;
  }
  while (hi - lo > 1) { /* last line start <= offset */
    uint32_t mid = lo + (hi - lo) / 2;
    if (c->lines[mid] <= offset)
      lo = mid;
    else
      hi = mid;
  }
  *line = lo + 1;
  *col = offset - c->lines[lo] + 1;
}

int jc_error(jc_ctx *c, int status, uint32_t offset, const char *fmt, ...) {
  va_list ap;
  if (c->status != JSC_OK)
    return c->status;
  c->status = status;
  jc_position(c, offset, &c->err_line, &c->err_col);
  va_start(ap, fmt);
  vsnprintf(c->err_msg, sizeof c->err_msg, fmt, ap);
  va_end(ap);
  return status;
}

#define AST_TICK_PERIOD 4096

int jc_tick(jc_ctx *c) {
  if (c->status != JSC_OK)
    return 1;
  if (++c->ticks % AST_TICK_PERIOD != 0)
    return 0;
  if (c->opt != NULL && c->opt->interrupt != NULL &&
      c->opt->interrupt(c->opt->interrupt_ud) != 0) {
    c->status = JSC_ETIMEOUT;
    snprintf(c->err_msg, sizeof c->err_msg, "compile interrupted");
    return 1;
  }
  return 0;
}

/* print.c - the AST back to ES5.1 text, every original token on its
 * original line (Babel's retainLines), so stack traces need no source map.
 *
 * Lines: before the first token of a node the printer emits newlines until
 * the output is on node->line (never backwards); tokens that are no node of
 * their own (`)`, `}`, `else`, operators) stay where the output is. Where a
 * newline would change the meaning (after return/throw/yield, between a
 * method's modifiers and its name) the printer does not break; for
 * return/throw/yield it opens a paren first, so the argument can move to
 * its line inside it. Every statement ends with `;`, so nothing can glue
 * onto the statement before it.
 *
 * Parentheses come from precedence (synthetic nodes have no PAREN; source
 * PAREN nodes print as parens), plus the positions where the grammar
 * forbids a form: function/class/object at the start of a statement or an
 * object at the start of an arrow body (tracked by token count, as esbuild
 * does), `in` inside a for head, a call inside `new`'s callee, `??` mixed
 * with || or &&, a unary operand of `**`, an optional chain continued.
 *
 * Subtrees marked JC_MK_VERBATIM are copied from the source byte for byte
 * (their comments too). Output goes to a buffer from the caller's
 * allocator (it outlives the arena), doubled as it fills. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

/* Precedence, low to high (ECMAScript's expression levels). */
enum {
  PR_SEQ = 1,
  PR_ASSIGN, /* = op= yield arrow, spread */
  PR_COND,
  PR_OR, /* || and ?? (ShortCircuitExpression) */
  PR_AND,
  PR_BITOR,
  PR_BITXOR,
  PR_BITAND,
  PR_EQ,
  PR_REL,
  PR_SHIFT,
  PR_ADD,
  PR_MUL,
  PR_EXP,
  PR_UNARY,   /* ! ~ - + typeof void delete await, prefix ++ -- */
  PR_POSTFIX, /* x++ */
  PR_NEW,     /* new X without arguments (NewExpression) */
  PR_CALL,    /* f(), a?.b (CallExpression, OptionalExpression) */
  PR_MEMBER,  /* a.b, a[b], new X(), tag`x` (MemberExpression) */
  PR_PRIMARY,
  PR_FORCE = 100 /* as a minimum: always parenthesize */
};

#define PR_NONE ((uint32_t)-1)

typedef struct pr {
  jc_ctx *c;
  char *buf;
  size_t len, cap;
  uint32_t line;        /* line the output is on (1-based) */
  unsigned char last;   /* last byte emitted, 0 at the start */
  uint32_t ntok;        /* tokens emitted so far */
  uint32_t stmt_start;  /* ntok where an expression statement began */
  uint32_t arrow_start; /* ntok where an arrow's expression body began */
  int no_in;            /* in a for head: `in` must be parenthesized */
  int nonl;             /* newlines would change the meaning here */
  unsigned depth, max_depth;
  int failed;
} pr;

static void pr_expr(pr *p, jc_node *n, int min);
static void pr_stmt(pr *p, jc_node *n);
static void pr_function(pr *p, jc_node *n, int method);
static void pr_class(pr *p, jc_node *n);

/* ---- output ---- */

static int pr_grow(pr *p, size_t need) {
  size_t cap = p->cap ? p->cap : need + 1 > 4096 ? need + 1 : 4096;
  char *b;
  while (cap < p->len + need + 1) {
    if (cap > ((size_t)-1) / 2)
      return -1;
    cap *= 2;
  }
  b = jc_raw_alloc(p->c, cap);
  if (b == NULL)
    return -1;
  if (p->len)
    memcpy(b, p->buf, p->len);
  jc_raw_free(p->c, p->buf);
  p->buf = b;
  p->cap = cap;
  return 0;
}

/* Appends s[0..n) as it is, counting its newlines. */
static void pr_put(pr *p, const char *s, size_t n) {
  size_t i;
  if (p->failed || n == 0)
    return;
  if (p->len + n + 1 > p->cap && pr_grow(p, n) != 0) {
    p->failed = 1;
    return;
  }
  memcpy(p->buf + p->len, s, n);
  p->len += n;
  for (i = 0; i < n; i++)
    if (s[i] == '\n')
      p->line++;
  p->last = (unsigned char)s[n - 1];
}

static int pr_idchar(unsigned char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
         (ch >= '0' && ch <= '9') || ch == '_' || ch == '$' || ch == '\\' ||
         ch >= 0x80;
}

/* Would a followed directly by b make other tokens (or a comment)? */
static int pr_glue(unsigned char a, unsigned char b) {
  if (pr_idchar(a) && pr_idchar(b))
    return 1;
  switch (a) {
  case '+':
  case '-':
    return b == a || (a == '-' && b == '>'); /* + +, - -, no --> */
  case '/':
    return b == '/' || b == '*'; /* a / /re/, /re/ * x */
  case '<':
    return b == '!'; /* no <!-- */
  case '?':
    return b == '.'; /* a ? .5 : b */
  default:
    return 0;
  }
}

static int pr_isspace(unsigned char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == 0;
}

/* A token: a separating space where gluing would change it; a leading
 * space in s is dropped at the start of a line or after a space. */
static void pr_tokn(pr *p, const char *s, size_t n) {
  if (n == 0)
    return;
  if (s[0] == ' ' && pr_isspace(p->last)) {
    s++;
    n--;
    if (n == 0)
      return;
  }
  if (pr_glue(p->last, (unsigned char)s[0]))
    pr_put(p, " ", 1);
  pr_put(p, s, n);
  p->ntok++;
}

static void pr_tok(pr *p, const char *s) { pr_tokn(p, s, strlen(s)); }

/* Moves the output down to `line` (never up), with that line's
 * indentation from the source. */
static void pr_advance(pr *p, uint32_t line) {
  jc_ctx *c = p->c;
  if (p->nonl || line <= p->line || p->failed)
    return;
  while (p->len > 0 &&
         (p->buf[p->len - 1] == ' ' || p->buf[p->len - 1] == '\t'))
    p->len--; /* no trailing blanks */
  while (p->line < line)
    pr_put(p, "\n", 1);
  if (c->lines != NULL && line <= c->nlines) {
    size_t i = c->lines[line - 1], j = i;
    while (j < c->len && (c->src[j] == ' ' || c->src[j] == '\t'))
      j++;
    pr_put(p, c->src + i, j - i);
  }
}

/* ---- literals ---- */

/* The decimal text of a finite v >= 0 that reads back as v. */
static void pr_num_text(double v, char *b, size_t size) {
  int prec;
  char *q;
  if (v == 0) {
    snprintf(b, size, "0");
    return;
  }
  if (v < 1e21 && v == floor(v)) {
    snprintf(b, size, "%.0f", v);
    return;
  }
  for (prec = 15; prec <= 17; prec++) {
    snprintf(b, size, "%.*g", prec, v);
    if (strtod(b, NULL) == v)
      break;
  }
  for (q = b; *q; q++) /* a host's LC_NUMERIC may write ',' */
    if (*q == ',')
      *q = '.';
}

/* A NUM's text as printed: its source text, or made from its value. */
static const char *pr_num(const jc_node *n, char *b, size_t size, size_t *len) {
  double v = n->u.num;
  if (n->raw.len > 0 && !(n->mark & JC_MK_DIRTY)) {
    *len = n->raw.len;
    return n->raw.p;
  }
  if (v != v)
    snprintf(b, size, "(0 / 0)");
  else if (isinf(v))
    snprintf(b, size, v > 0 ? "(1 / 0)" : "(-1 / 0)");
  else if (signbit(v)) {
    b[0] = '-';
    pr_num_text(-v, b + 1, size - 1);
  } else
    pr_num_text(v, b, size);
  *len = strlen(b);
  return b;
}

/* Only digits: `1.x` would read as `1.` then x. */
static int pr_plain_int(const char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9')
      return 0;
  return n > 0;
}

/* s[0..n) (WTF-8) as the body of a string literal quoted with q. */
static void pr_escaped(pr *p, const char *s, size_t n, char q) {
  size_t i, run = 0;
  char esc[16];
  for (i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)s[i];
    const char *e = NULL;
    size_t skip = 1;
    if (ch == (unsigned char)q || ch == '\\') {
      esc[0] = '\\';
      esc[1] = (char)ch;
      esc[2] = 0;
      e = esc;
    } else if (ch < 0x20) {
      switch (ch) {
      case '\b':
        e = "\\b";
        break;
      case '\t':
        e = "\\t";
        break;
      case '\n':
        e = "\\n";
        break;
      case '\v':
        e = "\\v";
        break;
      case '\f':
        e = "\\f";
        break;
      case '\r':
        e = "\\r";
        break;
      default:
        snprintf(esc, sizeof esc, "\\x%02X", ch);
        e = esc;
      }
    } else if (ch == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
               ((unsigned char)s[i + 2] == 0xA8 ||
                (unsigned char)s[i + 2] == 0xA9)) {
      e = (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029";
      skip = 3;
    } else if (ch == 0xED && i + 2 < n && (unsigned char)s[i + 1] >= 0xA0) {
      /* a lone surrogate (WTF-8): as an escape, UTF-8 cannot hold it */
      unsigned cp = ((ch & 0x0Fu) << 12) |
                    (((unsigned char)s[i + 1] & 0x3Fu) << 6) |
                    ((unsigned char)s[i + 2] & 0x3Fu);
      snprintf(esc, sizeof esc, "\\u%04X", cp);
      e = esc;
      skip = 3;
    }
    if (e == NULL) {
      run++;
      continue;
    }
    pr_put(p, s + i - run, run);
    run = 0;
    pr_put(p, e, strlen(e));
    i += skip - 1;
  }
  pr_put(p, s + n - run, run);
}

static void pr_string(pr *p, const jc_node *n) {
  if (n->raw.len > 0 && !(n->mark & JC_MK_DIRTY)) {
    pr_tokn(p, n->raw.p, n->raw.len);
    return;
  }
  pr_tok(p, "\"");
  if (n->atom != NULL)
    pr_escaped(p, n->atom->text, n->atom->len, '"');
  pr_put(p, "\"", 1);
}

static void pr_name(pr *p, const jc_atom *a) {
  if (a != NULL)
    pr_tokn(p, a->text, a->len);
}

static void pr_ident(pr *p, const jc_node *n) {
  if (n->u.binding != NULL && n->u.binding->out != NULL)
    pr_name(p, n->u.binding->out);
  else
    pr_name(p, n->atom);
}

/* ---- precedence ---- */

static int pr_binary_prec(int op) {
  switch (op) {
  case JC_OP_OR:
  case JC_OP_NULLISH:
    return PR_OR;
  case JC_OP_AND:
    return PR_AND;
  case JC_OP_BITOR:
    return PR_BITOR;
  case JC_OP_BITXOR:
    return PR_BITXOR;
  case JC_OP_BITAND:
    return PR_BITAND;
  case JC_OP_EQ:
  case JC_OP_NE:
  case JC_OP_SEQ:
  case JC_OP_SNE:
    return PR_EQ;
  case JC_OP_LT:
  case JC_OP_GT:
  case JC_OP_LE:
  case JC_OP_GE:
  case JC_OP_IN:
  case JC_OP_INSTANCEOF:
    return PR_REL;
  case JC_OP_SHL:
  case JC_OP_SHR:
  case JC_OP_USHR:
    return PR_SHIFT;
  case JC_OP_ADD:
  case JC_OP_SUB:
    return PR_ADD;
  case JC_OP_MUL:
  case JC_OP_DIV:
  case JC_OP_MOD:
    return PR_MUL;
  case JC_OP_EXP:
    return PR_EXP;
  default:
    return PR_PRIMARY;
  }
}

static int pr_prec(const jc_node *n) {
  switch (n->kind) {
  case JC_SEQ:
    return n->a != NULL && n->a->next == NULL ? pr_prec(n->a) : PR_SEQ;
  case JC_ASSIGN:
  case JC_YIELD:
  case JC_SPREAD:
  case JC_REST:
  case JC_ASSIGN_PAT:
    return PR_ASSIGN;
  case JC_FUNCTION:
    return (n->flags & JC_F_ARROW) ? PR_ASSIGN : PR_PRIMARY;
  case JC_COND:
    return PR_COND;
  case JC_BINARY:
  case JC_LOGICAL:
    return pr_binary_prec(n->op);
  case JC_PRIVATE_IN:
    return PR_REL;
  case JC_UNARY:
  case JC_AWAIT:
    return PR_UNARY;
  case JC_UPDATE:
    return (n->flags & JC_F_PREFIX) ? PR_UNARY : PR_POSTFIX;
  case JC_NEW:
    return (n->b != NULL || (n->flags & JC_F_PARENS_ARGS)) ? PR_MEMBER : PR_NEW;
  case JC_CALL:
  case JC_CHAIN:
  case JC_IMPORT_CALL:
    return PR_CALL;
  case JC_MEMBER:
  case JC_TAGGED_TEMPLATE:
    return PR_MEMBER;
  case JC_NUM: {
    double v = n->u.num;
    if ((n->raw.len == 0 || (n->mark & JC_MK_DIRTY)) && v == v && !isinf(v) &&
        signbit(v))
      return PR_UNARY; /* printed as -x */
    return PR_PRIMARY;
  }
  default:
    return PR_PRIMARY;
  }
}

/* A call (or an optional chain) in the member chain of new's callee:
 * `new (a().b)()` is not `new a().b()`. */
static int pr_has_call(const jc_node *n) {
  for (;;) {
    switch (n->kind) {
    case JC_MEMBER:
      if (n->flags & JC_F_OPTIONAL)
        return 1;
      n = n->a;
      break;
    case JC_TAGGED_TEMPLATE:
      n = n->a;
      break;
    case JC_CALL:
    case JC_CHAIN:
    case JC_IMPORT_CALL:
      return 1;
    default:
      return 0;
    }
    if (n == NULL)
      return 0;
  }
}

static int pr_is_let(const jc_node *n) {
  return n->kind == JC_IDENT && n->atom != NULL && n->atom->len == 3 &&
         memcmp(n->atom->text, "let", 3) == 0 &&
         (n->u.binding == NULL || n->u.binding->out == NULL ||
          n->u.binding->out == n->atom);
}

static int pr_wrap(pr *p, const jc_node *n, int min) {
  if (pr_prec(n) < min)
    return 1;
  if (p->no_in &&
      ((n->kind == JC_BINARY && n->op == JC_OP_IN) || n->kind == JC_PRIVATE_IN))
    return 1;
  if (p->ntok != p->stmt_start && p->ntok != p->arrow_start)
    return 0;
  /* {a} = b: a parenthesized pattern is no target, so the whole
   * assignment goes in parens */
  if (n->kind == JC_OBJECT || n->kind == JC_OBJECT_PATTERN ||
      (n->kind == JC_ASSIGN && n->a != NULL &&
       (n->a->kind == JC_OBJECT_PATTERN || n->a->kind == JC_OBJECT)))
    return 1;
  return p->ntok == p->stmt_start &&
         ((n->kind == JC_FUNCTION && !(n->flags & JC_F_ARROW)) ||
          n->kind == JC_CLASS || pr_is_let(n));
}

/* ---- expressions ---- */

/* Copies a node's source text. */
static void pr_verbatim(pr *p, const jc_node *n) {
  const char *s = p->c->src + n->start;
  size_t len = n->end - n->start;
  if (pr_glue(p->last, (unsigned char)s[0]))
    pr_put(p, " ", 1);
  pr_put(p, s, len);
  p->ntok++;
}

static int pr_can_copy(const pr *p, const jc_node *n) {
  return (n->mark & JC_MK_VERBATIM) && !(n->mark & JC_MK_SYNTH) &&
         n->end > n->start && n->end <= p->c->len;
}

static void pr_list(pr *p, jc_node *n, int min) {
  for (; n != NULL && !p->failed; n = n->next) {
    pr_expr(p, n, min);
    if (n->next != NULL)
      pr_tok(p, ", ");
  }
}

/* Argument, element and property lists: brackets reset the for-head and
 * statement-start rules. */
static void pr_args(pr *p, jc_node *list, const char *open, const char *close) {
  int no_in = p->no_in;
  p->no_in = 0;
  pr_tok(p, open);
  pr_list(p, list, PR_ASSIGN);
  pr_tok(p, close);
  p->no_in = no_in;
}

static void pr_array(pr *p, jc_node *n) {
  int no_in = p->no_in;
  jc_node *e;
  p->no_in = 0;
  pr_tok(p, "[");
  for (e = n->a; e != NULL && !p->failed; e = e->next) {
    if (e->kind != JC_HOLE)
      pr_expr(p, e, PR_ASSIGN);
    if (e->next != NULL)
      pr_tok(p, e->next->kind == JC_HOLE || e->kind == JC_HOLE ? "," : ", ");
    else if (e->kind == JC_HOLE)
      pr_tok(p, ","); /* [a, ,] keeps its length */
  }
  pr_tok(p, "]");
  p->no_in = no_in;
}

/* A property key: IdentifierName, string, number, #name or [expr]. */
static void pr_key(pr *p, jc_node *key, int computed) {
  if (key == NULL)
    return;
  if (computed) {
    int nonl = p->nonl, no_in = p->no_in;
    p->nonl = 0;
    p->no_in = 0;
    pr_tok(p, "[");
    pr_expr(p, key, PR_ASSIGN);
    pr_tok(p, "]");
    p->nonl = nonl;
    p->no_in = no_in;
    return;
  }
  pr_advance(p, key->line);
  if (pr_can_copy(p, key)) {
    pr_verbatim(p, key);
    return;
  }
  switch (key->kind) {
  case JC_IDENT:
    pr_name(p, key->atom);
    break;
  case JC_PRIVATE_NAME:
    pr_tok(p, "#");
    pr_put(p, key->atom->text, key->atom->len);
    break;
  default:
    pr_expr(p, key, PR_PRIMARY);
  }
}

/* get/set/static/async/star then the key, on one line (a newline after
 * `get` could end a field), then the function's params and body. */
static void pr_method(pr *p, jc_node *key, jc_node *fn, int op, int flags) {
  int nonl = p->nonl;
  if (flags & JC_F_STATIC)
    pr_tok(p, "static ");
  if (fn != NULL && fn->kind == JC_FUNCTION && (fn->flags & JC_F_ASYNC))
    pr_tok(p, "async ");
  if (op == JC_P_GET)
    pr_tok(p, "get ");
  else if (op == JC_P_SET)
    pr_tok(p, "set ");
  if (fn != NULL && fn->kind == JC_FUNCTION && (fn->flags & JC_F_GENERATOR))
    pr_tok(p, "*");
  p->nonl = 1;
  pr_key(p, key, flags & JC_F_COMPUTED);
  p->nonl = nonl;
  if (fn != NULL && fn->kind == JC_FUNCTION)
    pr_function(p, fn, 1);
}

static int pr_same_name(const jc_node *key, const jc_node *v) {
  const jc_atom *a;
  if (key == NULL || key->kind != JC_IDENT || v == NULL)
    return 0;
  if (v->kind == JC_ASSIGN_PAT ||
      (v->kind == JC_ASSIGN && v->op == JC_OP_ASSIGN))
    v = v->a;
  if (v == NULL || v->kind != JC_IDENT)
    return 0;
  a = v->u.binding != NULL && v->u.binding->out != NULL ? v->u.binding->out
                                                        : v->atom;
  return a == key->atom;
}

static void pr_property(pr *p, jc_node *n) {
  pr_advance(p, n->line);
  if (n->kind == JC_SPREAD || n->kind == JC_REST) {
    pr_expr(p, n, PR_ASSIGN);
    return;
  }
  if (n->kind != JC_PROPERTY) {
    pr_expr(p, n, PR_ASSIGN);
    return;
  }
  if (pr_can_copy(p, n)) {
    pr_verbatim(p, n);
    return;
  }
  switch (n->op) {
  case JC_P_GET:
  case JC_P_SET:
  case JC_P_METHOD:
    pr_method(p, n->a, n->b, n->op, n->flags & JC_F_COMPUTED);
    return;
  default:
    if ((n->flags & JC_F_SHORTHAND) && pr_same_name(n->a, n->b)) {
      pr_expr(p, n->b, PR_ASSIGN);
      return;
    }
    pr_key(p, n->a, n->flags & JC_F_COMPUTED);
    if (n->b != NULL) {
      pr_tok(p, ": ");
      pr_expr(p, n->b, PR_ASSIGN);
    }
  }
}

static void pr_object(pr *p, jc_node *n) {
  int no_in = p->no_in;
  jc_node *e;
  p->no_in = 0;
  pr_tok(p, "{");
  for (e = n->a; e != NULL && !p->failed; e = e->next) {
    pr_property(p, e);
    if (e->next != NULL)
      pr_tok(p, ", ");
  }
  pr_tok(p, "}");
  p->no_in = no_in;
}

static void pr_template(pr *p, jc_node *n) {
  jc_node *q, *e = n->b;
  int no_in = p->no_in;
  p->no_in = 0;
  pr_tok(p, "`");
  for (q = n->a; q != NULL && !p->failed; q = q->next) {
    if (q->raw.len > 0 || q->atom == NULL) {
      pr_put(p, q->raw.p, q->raw.len);
    } else { /* synthetic: escape ` \ and ${ */
      const char *s = q->atom->text;
      size_t i, len = q->atom->len;
      for (i = 0; i < len; i++) {
        if (s[i] == '`' || s[i] == '\\' ||
            (s[i] == '$' && i + 1 < len && s[i + 1] == '{'))
          pr_put(p, "\\", 1);
        pr_put(p, s + i, 1);
      }
    }
    if (q->next == NULL)
      break;
    pr_put(p, "${", 2);
    p->last = '{';
    if (e != NULL) {
      pr_expr(p, e, PR_SEQ);
      e = e->next;
    }
    pr_tok(p, "}");
  }
  pr_put(p, "`", 1);
  p->no_in = no_in;
}

/* The line the first token of n will go to: the furthest line on its left
 * spine (a synthetic node's line may be above its first token's). */
static uint32_t pr_first_line(const jc_node *n) {
  uint32_t line = 0;
  while (n != NULL) {
    if (n->line > line)
      line = n->line;
    switch (n->kind) {
    case JC_BINARY:
    case JC_LOGICAL:
    case JC_ASSIGN:
    case JC_COND:
    case JC_MEMBER:
    case JC_CALL:
    case JC_TAGGED_TEMPLATE:
    case JC_CHAIN:
    case JC_SEQ:
      n = n->a;
      break;
    case JC_UPDATE:
      n = (n->flags & JC_F_PREFIX) ? NULL : n->a;
      break;
    default:
      n = NULL;
    }
  }
  return line;
}

/* The operand after return/throw/yield: on the keyword's line, or in
 * parens opened on it when it starts further down. */
static void pr_restricted_arg(pr *p, jc_node *arg, int min) {
  if (arg == NULL)
    return;
  if (!p->nonl && pr_first_line(arg) > p->line) {
    int no_in = p->no_in;
    p->no_in = 0;
    pr_tok(p, " (");
    pr_expr(p, arg, PR_SEQ);
    pr_tok(p, ")");
    p->no_in = no_in;
  } else {
    pr_tok(p, " ");
    pr_expr(p, arg, min);
  }
}

static int pr_is_binary(const jc_node *n) {
  return (n->kind == JC_BINARY || n->kind == JC_LOGICAL) && n->a != NULL &&
         n->b != NULL;
}

static int pr_left_min(const jc_node *n) {
  const jc_node *l = n->a;
  int prec = pr_binary_prec(n->op);
  if (n->op == JC_OP_EXP)
    return PR_POSTFIX; /* (-x) ** 2, (a ** b) ** c */
  if (n->op == JC_OP_NULLISH)
    return l->kind == JC_LOGICAL && l->op == JC_OP_NULLISH ? PR_OR : PR_BITOR;
  if ((n->op == JC_OP_OR || n->op == JC_OP_AND) && l->kind == JC_LOGICAL &&
      l->op == JC_OP_NULLISH)
    return PR_FORCE;
  return prec;
}

static int pr_right_min(const jc_node *n) {
  if (n->op == JC_OP_EXP)
    return PR_EXP;
  if (n->op == JC_OP_NULLISH)
    return PR_BITOR;
  return pr_binary_prec(n->op) + 1;
}

static void pr_binary_op(pr *p, jc_node *n) {
  pr_tok(p, " ");
  pr_tok(p, jc_op_text[n->op]);
  pr_tok(p, " ");
  pr_expr(p, n->b, pr_right_min(n));
}

/* a + b + c + ...: the left spine without recursion (generated code has
 * chains of thousands). */
static void pr_binary(pr *p, jc_node *n) {
  jc_node *t = n, **spine;
  size_t k = 0, i;
  while (pr_is_binary(t->a) && !pr_can_copy(p, t->a) &&
         !pr_wrap(p, t->a, pr_left_min(t))) {
    k++;
    t = t->a;
  }
  if (k < 8) { /* short: plain recursion */
    pr_expr(p, n->a, pr_left_min(n));
    pr_binary_op(p, n);
    return;
  }
  spine = jc_alloc(p->c, (k + 1) * sizeof *spine);
  if (spine == NULL) {
    p->failed = 1;
    return;
  }
  for (i = 0, t = n; i <= k; i++, t = t->a)
    spine[k - i] = t; /* spine[0] is the deepest */
  pr_expr(p, spine[0]->a, pr_left_min(spine[0]));
  for (i = 0; i <= k && !p->failed; i++) {
    if (jc_tick(p->c)) {
      p->failed = 1;
      return;
    }
    pr_binary_op(p, spine[i]);
  }
}

static void pr_member_tail(pr *p, jc_node *n) {
  jc_node *prop = n->b;
  if (prop == NULL)
    return;
  if (n->flags & JC_F_COMPUTED) {
    int no_in = p->no_in;
    p->no_in = 0;
    pr_tok(p, (n->flags & JC_F_OPTIONAL) ? "?.[" : "[");
    pr_expr(p, prop, PR_SEQ);
    pr_tok(p, "]");
    p->no_in = no_in;
    return;
  }
  pr_advance(p, prop->line);
  pr_tok(p, (n->flags & JC_F_OPTIONAL) ? "?." : ".");
  if (prop->kind == JC_PRIVATE_NAME) {
    pr_put(p, "#", 1);
    pr_put(p, prop->atom->text, prop->atom->len);
    p->ntok++;
  } else
    pr_name(p, prop->atom);
}

static void pr_callee(pr *p, jc_node *callee, int min) {
  if (callee->kind == JC_CHAIN) /* (a?.b).c: the chain ends here */
    min = PR_FORCE;
  pr_expr(p, callee, min);
}

static void pr_member(pr *p, jc_node *n) {
  jc_node *o = n->a;
  if (o == NULL)
    return;
  pr_callee(p, o, PR_CALL);
  if (o->kind == JC_NUM && !pr_can_copy(p, o)) {
    char b[40];
    size_t len;
    const char *s = pr_num(o, b, sizeof b, &len);
    if (pr_plain_int(s, len))
      pr_put(p, " ", 1); /* 1 .toString() */
  } else if (o->kind == JC_NUM &&
             pr_plain_int(p->c->src + o->start, o->end - o->start))
    pr_put(p, " ", 1);
  pr_member_tail(p, n);
}

static void pr_new(pr *p, jc_node *n) {
  jc_node *callee = n->a;
  pr_tok(p, "new ");
  if (callee != NULL)
    pr_callee(p, callee, pr_has_call(callee) ? PR_FORCE : PR_MEMBER);
  if (n->b != NULL || (n->flags & JC_F_PARENS_ARGS))
    pr_args(p, n->b, "(", ")");
}

static void pr_params(pr *p, jc_node *params) { pr_args(p, params, "(", ")"); }

/* function/arrow; method: the key was printed, params and body follow. */
static void pr_function(pr *p, jc_node *n, int method) {
  int no_in = p->no_in;
  uint32_t arrow = p->arrow_start;
  if (method) {
    pr_params(p, n->b);
  } else if (n->flags & JC_F_ARROW) {
    if (n->flags & JC_F_ASYNC)
      pr_tok(p, "async ");
    pr_params(p, n->b);
    pr_tok(p, " =>");
    if (n->flags & JC_F_EXPR_BODY) {
      pr_tok(p, " ");
      p->arrow_start = p->ntok;
      pr_expr(p, n->c, PR_ASSIGN); /* the for head's rule goes on */
      p->arrow_start = arrow;
      return;
    }
  } else {
    if (n->flags & JC_F_ASYNC)
      pr_tok(p, "async ");
    pr_tok(p, "function");
    if (n->flags & JC_F_GENERATOR)
      pr_tok(p, "*");
    if (n->a != NULL) {
      pr_tok(p, " ");
      pr_expr(p, n->a, PR_PRIMARY);
    }
    pr_params(p, n->b);
  }
  p->no_in = 0;
  pr_tok(p, " ");
  if (n->c != NULL)
    pr_stmt(p, n->c);
  else
    pr_tok(p, "{}");
  p->no_in = no_in;
}

static void pr_class_member(pr *p, jc_node *m) {
  pr_advance(p, m->line);
  if (pr_can_copy(p, m)) {
    pr_verbatim(p, m);
    return;
  }
  switch (m->kind) {
  case JC_METHOD:
    pr_method(p, m->a, m->b, m->op, m->flags & (JC_F_STATIC | JC_F_COMPUTED));
    break;
  case JC_FIELD: {
    int nonl = p->nonl;
    if (m->flags & JC_F_STATIC)
      pr_tok(p, "static ");
    p->nonl = 1;
    pr_key(p, m->a, m->flags & JC_F_COMPUTED);
    p->nonl = nonl;
    if (m->b != NULL) {
      pr_tok(p, " = ");
      pr_expr(p, m->b, PR_ASSIGN);
    }
    pr_tok(p, ";");
    break;
  }
  case JC_STATIC_BLOCK:
    pr_tok(p, "static ");
    pr_tok(p, "{");
    {
      jc_node *s;
      for (s = m->a; s != NULL && !p->failed; s = s->next)
        pr_stmt(p, s);
    }
    pr_tok(p, "}");
    break;
  case JC_EMPTY:
    pr_tok(p, ";");
    break;
  default:
    pr_stmt(p, m);
  }
}

static void pr_class(pr *p, jc_node *n) {
  int no_in = p->no_in;
  jc_node *m;
  pr_tok(p, "class");
  if (n->a != NULL) {
    pr_tok(p, " ");
    pr_expr(p, n->a, PR_PRIMARY);
  }
  if (n->b != NULL) {
    pr_tok(p, " extends ");
    pr_expr(p, n->b, PR_NEW);
  }
  p->no_in = 0;
  pr_tok(p, " {");
  for (m = n->c; m != NULL && !p->failed; m = m->next)
    pr_class_member(p, m);
  pr_tok(p, "}");
  p->no_in = no_in;
}

static void pr_expr_body(pr *p, jc_node *n) {
  char b[40];
  size_t len;
  const char *s;
  if (pr_can_copy(p, n)) {
    pr_verbatim(p, n);
    return;
  }
  switch (n->kind) {
  case JC_IDENT:
    pr_ident(p, n);
    break;
  case JC_PRIVATE_NAME:
    pr_tok(p, "#");
    pr_put(p, n->atom->text, n->atom->len);
    break;
  case JC_NUM:
    s = pr_num(n, b, sizeof b, &len);
    pr_tokn(p, s, len);
    break;
  case JC_BIGINT:
  case JC_REGEXP:
    if (n->raw.len > 0 && !(n->mark & JC_MK_DIRTY)) {
      pr_tokn(p, n->raw.p, n->raw.len);
    } else if (n->kind == JC_REGEXP && n->atom != NULL) {
      pr_tok(p, "/");
      pr_put(p, n->atom->text, n->atom->len);
      pr_put(p, "/", 1);
      pr_put(p, n->u.str.p, n->u.str.len);
    }
    break;
  case JC_STR:
    pr_string(p, n);
    break;
  case JC_TEMPLATE:
    pr_template(p, n);
    break;
  case JC_TAGGED_TEMPLATE:
    pr_callee(p, n->a, PR_CALL);
    if (n->b != NULL)
      pr_template(p, n->b);
    break;
  case JC_NULL_LIT:
    pr_tok(p, "null");
    break;
  case JC_TRUE_LIT:
    pr_tok(p, "true");
    break;
  case JC_FALSE_LIT:
    pr_tok(p, "false");
    break;
  case JC_THIS:
    pr_tok(p, "this");
    break;
  case JC_SUPER:
    pr_tok(p, "super");
    break;
  case JC_ARRAY:
  case JC_ARRAY_PATTERN:
    pr_array(p, n);
    break;
  case JC_HOLE:
    break;
  case JC_OBJECT:
  case JC_OBJECT_PATTERN:
    pr_object(p, n);
    break;
  case JC_PROPERTY:
    pr_property(p, n);
    break;
  case JC_SPREAD:
  case JC_REST:
    pr_tok(p, "...");
    pr_expr(p, n->a, PR_ASSIGN);
    break;
  case JC_UNARY:
    pr_tok(p, jc_op_text[n->op]);
    if (n->op == JC_OP_TYPEOF || n->op == JC_OP_VOID || n->op == JC_OP_DELETE)
      pr_tok(p, " ");
    pr_expr(p, n->a, PR_UNARY);
    break;
  case JC_UPDATE:
    if (n->flags & JC_F_PREFIX) {
      pr_tok(p, jc_op_text[n->op]);
      pr_expr(p, n->a, PR_NEW);
    } else {
      int nonl = p->nonl;
      pr_expr(p, n->a, PR_NEW);
      p->nonl = 1;
      pr_tok(p, jc_op_text[n->op]); /* no newline before postfix ++ */
      p->nonl = nonl;
    }
    break;
  case JC_BINARY:
  case JC_LOGICAL:
    if (n->a == NULL || n->b == NULL)
      break;
    pr_binary(p, n);
    break;
  case JC_PRIVATE_IN:
    pr_key(p, n->a, 0);
    pr_tok(p, " in ");
    pr_expr(p, n->b, PR_SHIFT);
    break;
  case JC_ASSIGN:
    pr_expr(p, n->a, PR_NEW);
    pr_tok(p, " ");
    if (n->op != JC_OP_ASSIGN)
      pr_tok(p, jc_op_text[n->op]);
    pr_tok(p, "= ");
    pr_expr(p, n->b, PR_ASSIGN);
    break;
  case JC_ASSIGN_PAT:
    pr_expr(p, n->a, PR_NEW);
    if (n->b != NULL) {
      pr_tok(p, " = ");
      pr_expr(p, n->b, PR_ASSIGN);
    }
    break;
  case JC_COND:
    pr_expr(p, n->a, PR_OR);
    pr_tok(p, " ? ");
    pr_expr(p, n->b, PR_ASSIGN);
    pr_tok(p, " : ");
    pr_expr(p, n->c, PR_ASSIGN);
    break;
  case JC_CALL:
    pr_callee(p, n->a, PR_CALL);
    pr_args(p, n->b, (n->flags & JC_F_OPTIONAL) ? "?.(" : "(", ")");
    break;
  case JC_NEW:
    pr_new(p, n);
    break;
  case JC_MEMBER:
    pr_member(p, n);
    break;
  case JC_CHAIN:
    pr_expr(p, n->a, 0);
    break;
  case JC_SEQ:
    pr_list(p, n->a, PR_ASSIGN);
    break;
  case JC_PAREN: {
    int no_in = p->no_in;
    p->no_in = 0;
    pr_tok(p, "(");
    pr_expr(p, n->a, PR_SEQ);
    pr_tok(p, ")");
    p->no_in = no_in;
    break;
  }
  case JC_YIELD:
    pr_tok(p, (n->flags & JC_F_DELEGATE) ? "yield*" : "yield");
    pr_restricted_arg(p, n->a, PR_ASSIGN);
    break;
  case JC_AWAIT:
    pr_tok(p, "await ");
    pr_expr(p, n->a, PR_UNARY);
    break;
  case JC_META:
    pr_tok(p, n->op == JC_META_IMPORT_META ? "import.meta" : "new.target");
    break;
  case JC_IMPORT_CALL: {
    int no_in = p->no_in;
    p->no_in = 0;
    pr_tok(p, "import(");
    pr_expr(p, n->a, PR_ASSIGN);
    if (n->b != NULL) {
      pr_tok(p, ", ");
      pr_expr(p, n->b, PR_ASSIGN);
    }
    pr_tok(p, ")");
    p->no_in = no_in;
    break;
  }
  case JC_FUNCTION:
    pr_function(p, n, 0);
    break;
  case JC_CLASS:
    pr_class(p, n);
    break;
  case JC_RAW:
    pr_tokn(p, n->u.str.p, n->u.str.len);
    break;
  case JC_TEMPLATE_ELEM:
    pr_put(p, n->raw.p, n->raw.len);
    break;
  default: /* a statement where an expression was expected */
    pr_stmt(p, n);
  }
}

static void pr_expr(pr *p, jc_node *n, int min) {
  if (n == NULL || p->failed)
    return;
  if (jc_tick(p->c) || ++p->depth > p->max_depth) {
    if (p->c->status == JSC_OK)
      jc_error(p->c, JSC_ESYNTAX, n->start, "nesting too deep");
    p->failed = 1;
    return;
  }
  pr_advance(p, n->line);
  if (pr_wrap(p, n, min)) {
    int no_in = p->no_in;
    p->no_in = 0;
    pr_tok(p, "(");
    pr_expr_body(p, n);
    pr_tok(p, ")");
    p->no_in = no_in;
  } else
    pr_expr_body(p, n);
  p->depth--;
}

/* ---- statements ---- */

static void pr_var(pr *p, jc_node *n, int in_head) {
  jc_node *d;
  switch (n->op) {
  case JC_DECL_LET:
    pr_tok(p, "let ");
    break;
  case JC_DECL_CONST:
    pr_tok(p, "const ");
    break;
  case JC_DECL_USING:
    pr_tok(p, "using ");
    break;
  default:
    pr_tok(p, "var ");
  }
  for (d = n->a; d != NULL && !p->failed; d = d->next) {
    if (d->kind == JC_DECLARATOR) {
      pr_advance(p, d->line);
      pr_expr(p, d->a, PR_NEW);
      if (d->b != NULL) {
        pr_tok(p, " = ");
        pr_expr(p, d->b, PR_ASSIGN);
      }
    } else
      pr_expr(p, d, PR_ASSIGN);
    if (d->next != NULL)
      pr_tok(p, ", ");
  }
  if (!in_head)
    pr_tok(p, ";");
}

/* A for head's init/left: `in` parenthesized, no `;` after a VAR. */
static void pr_head(pr *p, jc_node *n, int min) {
  int no_in = p->no_in;
  p->no_in = 1;
  if (n->kind == JC_VAR && !pr_can_copy(p, n)) {
    pr_advance(p, n->line);
    pr_var(p, n, 1);
  } else if (n->kind == JC_VAR) {
    pr_advance(p, n->line);
    pr_verbatim(p, n);
  } else
    pr_expr(p, n, min);
  p->no_in = no_in;
}

/* Does printing n end with an `if` that has no else (so an `else` after
 * it would attach to that inner if)? */
static int pr_open_if(const jc_node *n) {
  while (n != NULL) {
    switch (n->kind) {
    case JC_IF:
      if (n->c == NULL)
        return 1;
      n = n->c;
      break;
    case JC_FOR:
      n = n->d;
      break;
    case JC_FOR_IN:
    case JC_FOR_OF:
      n = n->c;
      break;
    case JC_WHILE:
    case JC_WITH:
      n = n->b;
      break;
    case JC_LABELED:
      n = n->a;
      break;
    default:
      return 0;
    }
  }
  return 0;
}

static void pr_body(pr *p, jc_node *n) {
  if (n == NULL) {
    pr_tok(p, ";");
    return;
  }
  pr_tok(p, " ");
  pr_stmt(p, n);
}

static void pr_stmts(pr *p, jc_node *list) {
  for (; list != NULL && !p->failed; list = list->next) {
    if (p->last != 0 && !pr_isspace(p->last) && list->line <= p->line)
      pr_put(p, " ", 1);
    pr_stmt(p, list);
  }
}

/* Kinds whose statement ends with `;` (added after a copy that relied on
 * ASI). */
static int pr_needs_semi(int kind) {
  switch (kind) {
  case JC_EXPR_STMT:
  case JC_VAR:
  case JC_RETURN:
  case JC_THROW:
  case JC_BREAK:
  case JC_CONTINUE:
  case JC_DO_WHILE:
  case JC_DEBUGGER:
  case JC_IMPORT:
  case JC_EXPORT_ALL:
    return 1;
  default:
    return 0;
  }
}

static void pr_module_spec(pr *p, jc_node *n) {
  if (n == NULL)
    return;
  if (n->kind == JC_STR)
    pr_string(p, n);
  else
    pr_name(p, n->atom);
}

static void pr_from(pr *p, jc_node *source, jc_node *attrs) {
  if (source == NULL)
    return;
  pr_tok(p, " from ");
  pr_expr(p, source, PR_PRIMARY);
  if (attrs != NULL) {
    pr_tok(p, " with ");
    pr_expr(p, attrs, PR_PRIMARY);
  }
}

static void pr_import(pr *p, jc_node *n) {
  jc_node *s, *named = NULL;
  int first = 1;
  pr_tok(p, "import ");
  for (s = n->a; s != NULL; s = s->next) {
    if (s->op == JC_IS_NAMED) {
      if (named == NULL)
        named = s;
      continue;
    }
    if (!first)
      pr_tok(p, ", ");
    first = 0;
    if (s->op == JC_IS_NS)
      pr_tok(p, "* as ");
    pr_expr(p, s->b != NULL ? s->b : s->a, PR_PRIMARY);
  }
  if (named != NULL) {
    if (!first)
      pr_tok(p, ", ");
    pr_tok(p, "{");
    for (s = named; s != NULL; s = s->next) {
      if (s->op != JC_IS_NAMED)
        continue;
      if (s != named)
        pr_tok(p, ", ");
      pr_module_spec(p, s->a);
      if (s->b != NULL &&
          (s->a == NULL || s->b->atom != s->a->atom || s->a->kind == JC_STR)) {
        pr_tok(p, " as ");
        pr_expr(p, s->b, PR_PRIMARY);
      }
    }
    pr_tok(p, "}");
  }
  if (n->a != NULL)
    pr_from(p, n->b, n->c);
  else {
    pr_expr(p, n->b, PR_PRIMARY);
    if (n->c != NULL) {
      pr_tok(p, " with ");
      pr_expr(p, n->c, PR_PRIMARY);
    }
  }
  pr_tok(p, ";");
}

static void pr_export(pr *p, jc_node *n) {
  jc_node *s;
  pr_tok(p, "export ");
  switch (n->kind) {
  case JC_EXPORT_NAMED:
    if (n->c != NULL) {
      pr_stmt(p, n->c);
      return;
    }
    pr_tok(p, "{");
    for (s = n->a; s != NULL; s = s->next) {
      if (s != n->a)
        pr_tok(p, ", ");
      pr_module_spec(p, s->a);
      if (s->b != NULL && (s->a == NULL || s->b->atom != s->a->atom ||
                           s->a->kind != s->b->kind)) {
        pr_tok(p, " as ");
        pr_module_spec(p, s->b);
      }
    }
    pr_tok(p, "}");
    pr_from(p, n->b, n->d);
    pr_tok(p, ";");
    break;
  case JC_EXPORT_DEFAULT:
    pr_tok(p, "default ");
    if (n->a != NULL &&
        ((n->a->kind == JC_FUNCTION && !(n->a->flags & JC_F_ARROW)) ||
         n->a->kind == JC_CLASS)) {
      pr_stmt(p, n->a);
    } else {
      p->stmt_start = p->ntok; /* no function/class/let at its start */
      pr_expr(p, n->a, PR_ASSIGN);
      pr_tok(p, ";");
    }
    break;
  default: /* EXPORT_ALL */
    pr_tok(p, "*");
    if (n->a != NULL) {
      pr_tok(p, " as ");
      pr_module_spec(p, n->a);
    }
    pr_from(p, n->b, n->c);
    pr_tok(p, ";");
  }
}

static void pr_stmt_body(pr *p, jc_node *n) {
  switch (n->kind) {
  case JC_PROGRAM:
  case JC_STATIC_BLOCK:
    pr_stmts(p, n->a);
    break;
  case JC_BLOCK:
    pr_tok(p, "{");
    pr_stmts(p, n->a);
    pr_tok(p, "}");
    break;
  case JC_EMPTY:
    pr_tok(p, ";");
    break;
  case JC_EXPR_STMT:
    p->stmt_start = p->ntok;
    pr_expr(p, n->a, PR_SEQ);
    p->stmt_start = PR_NONE;
    pr_tok(p, ";");
    break;
  case JC_VAR:
    pr_var(p, n, 0);
    break;
  case JC_FUNCTION:
    if (n->flags & JC_F_ARROW) { /* not a declaration: as a statement */
      pr_expr(p, n, PR_SEQ);
      pr_tok(p, ";");
    } else
      pr_function(p, n, 0);
    break;
  case JC_CLASS:
    pr_class(p, n);
    break;
  case JC_IF:
    pr_tok(p, "if (");
    pr_expr(p, n->a, PR_SEQ);
    pr_tok(p, ")");
    if (n->c != NULL && pr_open_if(n->b)) {
      pr_tok(p, " {");
      pr_stmt(p, n->b);
      pr_tok(p, "}");
    } else
      pr_body(p, n->b);
    if (n->c != NULL) {
      pr_advance(p, n->c->line); /* `else` goes with what it guards */
      pr_tok(p, " else");
      pr_body(p, n->c);
    }
    break;
  case JC_FOR:
    pr_tok(p, "for (");
    if (n->a != NULL)
      pr_head(p, n->a, PR_SEQ);
    pr_tok(p, ";");
    if (n->b != NULL) {
      pr_tok(p, " ");
      pr_expr(p, n->b, PR_SEQ);
    }
    pr_tok(p, ";");
    if (n->c != NULL) {
      pr_tok(p, " ");
      pr_expr(p, n->c, PR_SEQ);
    }
    pr_tok(p, ")");
    pr_body(p, n->d);
    break;
  case JC_FOR_IN:
  case JC_FOR_OF:
    pr_tok(p, "for");
    if (n->kind == JC_FOR_OF && (n->flags & JC_F_AWAIT))
      pr_tok(p, " await");
    pr_tok(p, " (");
    if (n->a != NULL)
      pr_head(p, n->a, PR_NEW);
    pr_tok(p, n->kind == JC_FOR_IN ? " in " : " of ");
    pr_expr(p, n->b, n->kind == JC_FOR_IN ? PR_SEQ : PR_ASSIGN);
    pr_tok(p, ")");
    pr_body(p, n->c);
    break;
  case JC_WHILE:
    pr_tok(p, "while (");
    pr_expr(p, n->a, PR_SEQ);
    pr_tok(p, ")");
    pr_body(p, n->b);
    break;
  case JC_DO_WHILE:
    pr_tok(p, "do");
    pr_body(p, n->a);
    pr_tok(p, " while (");
    pr_expr(p, n->b, PR_SEQ);
    pr_tok(p, ");");
    break;
  case JC_RETURN:
    pr_tok(p, "return");
    pr_restricted_arg(p, n->a, PR_SEQ);
    pr_tok(p, ";");
    break;
  case JC_THROW:
    pr_tok(p, "throw");
    pr_restricted_arg(p, n->a, PR_SEQ);
    pr_tok(p, ";");
    break;
  case JC_BREAK:
  case JC_CONTINUE:
    pr_tok(p, n->kind == JC_BREAK ? "break" : "continue");
    if (n->atom != NULL) {
      pr_tok(p, " ");
      pr_name(p, n->atom);
    }
    pr_tok(p, ";");
    break;
  case JC_TRY:
    pr_tok(p, "try ");
    pr_stmt(p, n->a);
    if (n->b != NULL) {
      jc_node *h = n->b;
      pr_advance(p, h->line);
      pr_tok(p, " catch");
      if (h->a != NULL) {
        pr_tok(p, " (");
        pr_expr(p, h->a, PR_ASSIGN);
        pr_tok(p, ")");
      }
      pr_tok(p, " ");
      pr_stmt(p, h->b);
    }
    if (n->c != NULL) {
      pr_advance(p, n->c->line);
      pr_tok(p, " finally ");
      pr_stmt(p, n->c);
    }
    break;
  case JC_SWITCH: {
    jc_node *k;
    pr_tok(p, "switch (");
    pr_expr(p, n->a, PR_SEQ);
    pr_tok(p, ") {");
    for (k = n->b; k != NULL && !p->failed; k = k->next) {
      pr_advance(p, k->line);
      if (k->a != NULL) {
        pr_tok(p, " case ");
        pr_expr(p, k->a, PR_SEQ);
        pr_tok(p, ":");
      } else
        pr_tok(p, " default:");
      pr_stmts(p, k->b);
    }
    pr_tok(p, "}");
    break;
  }
  case JC_LABELED:
    pr_name(p, n->atom);
    pr_tok(p, ":");
    pr_body(p, n->a);
    break;
  case JC_DEBUGGER:
    pr_tok(p, "debugger;");
    break;
  case JC_WITH:
    pr_tok(p, "with (");
    pr_expr(p, n->a, PR_SEQ);
    pr_tok(p, ")");
    pr_body(p, n->b);
    break;
  case JC_IMPORT:
    pr_import(p, n);
    break;
  case JC_EXPORT_NAMED:
  case JC_EXPORT_DEFAULT:
  case JC_EXPORT_ALL:
    pr_export(p, n);
    break;
  case JC_RAW:
    pr_tokn(p, n->u.str.p, n->u.str.len);
    break;
  default: /* an expression where a statement was expected */
    p->stmt_start = p->ntok;
    pr_expr(p, n, PR_SEQ);
    p->stmt_start = PR_NONE;
    pr_tok(p, ";");
  }
}

static void pr_stmt(pr *p, jc_node *n) {
  if (n == NULL || p->failed)
    return;
  if (jc_tick(p->c) || ++p->depth > p->max_depth) {
    if (p->c->status == JSC_OK)
      jc_error(p->c, JSC_ESYNTAX, n->start, "nesting too deep");
    p->failed = 1;
    return;
  }
  pr_advance(p, n->line);
  if (pr_can_copy(p, n) && n->kind != JC_PROGRAM) {
    const jc_node *t = n;
    pr_verbatim(p, n);
    /* `if (a) b()` ends with its inner statement: a transform may put
     * more on its line (lower_generator.c moves code) */
    for (;;) {
      if (t->kind == JC_IF && (t->c != NULL || t->b != NULL))
        t = t->c != NULL ? t->c : t->b;
      else if ((t->kind == JC_FOR && t->d != NULL) ||
               ((t->kind == JC_FOR_IN || t->kind == JC_FOR_OF) &&
                t->c != NULL) ||
               (t->kind == JC_WHILE && t->b != NULL))
        t = t->kind == JC_FOR ? t->d : t->kind == JC_WHILE ? t->b : t->c;
      else if (t->kind == JC_LABELED && t->a != NULL)
        t = t->a;
      else if (t->kind == JC_WITH && t->b != NULL)
        t = t->b;
      else
        break;
    }
    if (pr_needs_semi(t->kind) && t->end == n->end &&
        p->c->src[n->end - 1] != ';')
      pr_tok(p, ";");
  } else
    pr_stmt_body(p, n);
  p->depth--;
}

char *jc_print(jc_ctx *c, size_t *len) {
  pr p;
  memset(&p, 0, sizeof p);
  p.c = c;
  p.line = 1;
  p.stmt_start = p.arrow_start = PR_NONE;
  /* the parser bounds nesting; transforms add a few levels per level */
  p.max_depth = (c->max_depth ? c->max_depth : 1000) * 4 + 64;
  *len = 0;
  if (c->status != JSC_OK)
    return NULL;
  /* lowered code is about the size of its source: one allocation mostly */
  if (pr_grow(&p, c->len + c->len / 8 + 256) != 0)
    return NULL;
  if (c->program != NULL)
    pr_stmt(&p, c->program);
  else /* no tree (nothing parsed it): the source as it is */
    pr_put(&p, c->src, c->len);
  if (p.failed || c->status != JSC_OK) {
    if (c->status == JSC_OK) {
      c->status = JSC_ENOMEM;
      snprintf(c->err_msg, sizeof c->err_msg, "out of memory");
    }
    jc_raw_free(c, p.buf);
    return NULL;
  }
  p.buf[p.len] = '\0';
  *len = p.len;
  return p.buf;
}

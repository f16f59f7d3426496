/* ast_dump.c - jc_dump: the AST as an S-expression, one node per line,
 * for debugging and for the parser's tests:
 *   (KIND line:col [op] [flags] [marks] [atom/value] children...)
 * Lists print their elements one after another inside the parent;
 * a NULL child slot prints as `-` when a later slot is set. */
#include <stdio.h>
#include <string.h>

#include "ast.h"

static void dump_str(FILE *out, const char *s, size_t n) {
  size_t i;
  fputc('"', out);
  for (i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch == '"' || ch == '\\')
      fprintf(out, "\\%c", ch);
    else if (ch == '\n')
      fputs("\\n", out);
    else if (ch < 0x20)
      fprintf(out, "\\x%02x", ch);
    else
      fputc(ch, out);
  }
  fputc('"', out);
}

static void dump_flags(FILE *out, unsigned f) {
  static const char *const names[16] = {
      "strict",      "arrow",     "expr-body", "async",  "generator", "static",
      "computed",    "shorthand", "optional",  "prefix", "delegate",  "await",
      "parens-args", "decl",      "method",    "simple"};
  int i;
  for (i = 0; i < 16; i++)
    if (f & (1u << i))
      fprintf(out, " %s", names[i]);
}

static const char *dump_op(const jc_node *n) {
  switch (n->kind) {
  case JC_UNARY:
  case JC_UPDATE:
  case JC_BINARY:
  case JC_LOGICAL:
  case JC_ASSIGN:
    return n->op < JC_NOPS ? jc_op_text[n->op] : "?";
  case JC_VAR:
    return n->op == JC_DECL_LET     ? "let"
           : n->op == JC_DECL_CONST ? "const"
           : n->op == JC_DECL_USING ? "using"
                                    : "var";
  case JC_PROPERTY:
  case JC_METHOD:
    switch (n->op) {
    case JC_P_INIT:
      return "init";
    case JC_P_GET:
      return "get";
    case JC_P_SET:
      return "set";
    case JC_P_METHOD:
      return "method";
    case JC_P_PROTO:
      return "proto";
    case JC_M_CTOR:
      return "constructor";
    default:
      return NULL;
    }
  case JC_IMPORT_SPEC:
    return n->op == JC_IS_DEFAULT ? "default"
           : n->op == JC_IS_NS    ? "namespace"
                                  : "named";
  case JC_META:
    return n->op == JC_META_NEW_TARGET ? "new.target" : "import.meta";
  default:
    return NULL;
  }
}

static void dump_node(const jc_node *n, FILE *out, int indent);

static void dump_list(const jc_node *n, FILE *out, int indent) {
  for (; n != NULL; n = n->next)
    dump_node(n, out, indent);
}

static void dump_node(const jc_node *n, FILE *out, int indent) {
  const char *op;
  const jc_node *slots[4];
  int i, last = -1;
  fprintf(out, "%*s(%s %u:%u", indent, "",
          n->kind < JC_NKINDS ? jc_kind_names[n->kind] : "?", n->line, n->col);
  op = dump_op(n);
  if (op != NULL)
    fprintf(out, " %s", op);
  dump_flags(out, n->flags);
  if (n->mark & JC_MK_MODERN)
    fputs(" !", out);
  else if (n->mark & JC_MK_HAS_MODERN)
    fputs(" +", out);
  if (n->atom != NULL && n->kind != JC_TEMPLATE_ELEM && n->kind != JC_REGEXP) {
    fputc(' ', out);
    if (n->kind == JC_STR || n->kind == JC_EXPR_STMT)
      dump_str(out, n->atom->text, n->atom->len);
    else
      fputs(n->atom->text, out);
  }
  switch (n->kind) {
  case JC_NUM:
    fprintf(out, " %.17g", n->u.num);
    break;
  case JC_BIGINT:
    fprintf(out, " %.*s", (int)n->raw.len, n->raw.p);
    break;
  case JC_TEMPLATE_ELEM:
    fputc(' ', out);
    if (n->atom != NULL)
      dump_str(out, n->atom->text, n->atom->len);
    else
      fputs("<invalid>", out);
    fputs(" raw ", out);
    dump_str(out, n->raw.p, n->raw.len);
    break;
  case JC_REGEXP:
    fprintf(out, " /%s/%.*s", n->atom != NULL ? n->atom->text : "",
            (int)n->u.str.len, n->u.str.p);
    break;
  case JC_RAW:
    fputc(' ', out);
    dump_str(out, n->u.str.p, n->u.str.len);
    break;
  default:
    break;
  }
  slots[0] = n->a;
  slots[1] = n->b;
  slots[2] = n->c;
  slots[3] = n->d;
  for (i = 0; i < 4; i++)
    if (slots[i] != NULL)
      last = i;
  if (last < 0) {
    fputs(")\n", out);
    return;
  }
  fputc('\n', out);
  for (i = 0; i <= last; i++) {
    if (slots[i] == NULL)
      fprintf(out, "%*s-\n", indent + 2, "");
    else if (slots[i]->next != NULL) {
      fprintf(out, "%*s[\n", indent + 2, "");
      dump_list(slots[i], out, indent + 4);
      fprintf(out, "%*s]\n", indent + 2, "");
    } else
      dump_node(slots[i], out, indent + 2);
  }
  fprintf(out, "%*s)\n", indent, "");
}

void jc_dump(jc_ctx *c, const jc_node *n, FILE *out) {
  (void)c;
  if (n == NULL) {
    fputs("-\n", out);
    return;
  }
  dump_node(n, out, 0);
}

/* ast.h - the compiler's shared data: the arena, interned names, the AST
 * (one node struct, kinds in one X-macro list) and the compile context that
 * every phase gets. Internal to src/compiler/; the library sees compiler.h.
 *
 * Phases (one file each, a prefix each, as Lua's llex/lparser/lcode):
 *   lex.c    jc_lex_*    bytes -> tokens (template, regexp, ASI facts)
 *   parse.c  jc_parse_*  tokens -> AST, early errors, feature flags
 *   scope.c  jc_scope_*  scopes and bindings, references resolved
 *   lower.c  jc_lower    the one traversal; lower_<feature>.c transforms
 *   print.c  jc_print    AST -> ES5.1 text, each token on its own line
 */
#ifndef JSRT_COMPILER_AST_H
#define JSRT_COMPILER_AST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "compiler.h"

typedef struct jc_ctx jc_ctx;
typedef struct jc_node jc_node;
typedef struct jc_atom jc_atom;
typedef struct jc_scope jc_scope;
typedef struct jc_binding jc_binding;

/* ---- arena: everything of one compile, freed at once ---- */
/* The caller's allocator itself (for what outlives the arena: the output). */
void *jc_raw_alloc(jc_ctx *c, size_t n);
void jc_raw_free(jc_ctx *c, void *p);
void jc_arena_free(jc_ctx *c);
void *jc_alloc(jc_ctx *c, size_t n); /* zeroed; NULL after failure (and
                                        c->status is JSC_ENOMEM) */
char *jc_strndup(jc_ctx *c, const char *s, size_t n);

/* ---- interned names ----
 * Identifier names, property keys and string values the transforms compare
 * are atoms: equal text <=> same pointer. text is NUL-terminated UTF-8
 * (escapes decoded; a lone surrogate in a string is kept as WTF-8). */
struct jc_atom {
  const char *text;
  uint32_t len;
  uint32_t hash;
  jc_atom *next;    /* hash chain */
  uint16_t keyword; /* JC_KW_* of a reserved/contextual word, else 0 */
};
jc_atom *jc_atom_get(jc_ctx *c, const char *s, size_t n);
#define jc_atom_lit(c, s) jc_atom_get((c), (s), sizeof(s) - 1)

/* ---- the AST ----
 * ESTree's shapes, in one struct with four child slots. Lists (statements,
 * arguments, elements, properties, params, declarators, class members,
 * cases, template parts) are singly linked through `next`; the slot holds
 * the first element. A hole in an array literal/pattern is a JC_HOLE node.
 *
 * Each kind's line: X(KIND, a, b, c, d) names what the slots hold
 * ("-" unused). Payload fields (atom, num, str, op) are listed after. */
#define JC_NODE_KINDS(X)                                                        \
  /* programs and statements */                                                 \
  X(PROGRAM, body, -, -, -) /* flags: JC_F_STRICT, goal */                      \
  X(BLOCK, body, -, -, -)                                                       \
  X(EMPTY, -, -, -, -)                                                          \
  X(EXPR_STMT, expr, -, -, -)       /* atom: directive text ("use strict")      \
                                       when it is a directive */                \
  X(VAR, decls, -, -, -)            /* op: JC_DECL_VAR/LET/CONST */             \
  X(DECLARATOR, target, init, -, -) /* target: ident or pattern */              \
  X(FUNCTION, id, params, body, -)  /* declaration (in a body list) or          \
                                       expression; body: BLOCK, or an           \
                                       expression for an arrow with             \
                                       JC_F_EXPR_BODY */                        \
  X(CLASS, id, super, members, -)   /* declaration or expression */             \
  X(METHOD, key, value, -, -)       /* class member: value is a FUNCTION;       \
                                       op: JC_P_METHOD/GET/SET or JC_M_CTOR;    \
                                       flags: JC_F_STATIC, JC_F_COMPUTED */     \
  X(FIELD, key, value, -, -)        /* class field; value may be NULL */        \
  X(STATIC_BLOCK, body, -, -, -)                                                \
  X(IF, test, then, else_, -)                                                   \
  X(FOR, init, test, update, body) /* any slot but body may be NULL */          \
  X(FOR_IN, left, right, body, -)  /* left: VAR (one declarator) or a           \
                                      pattern/target expression */              \
  X(FOR_OF, left, right, body, -)  /* flags: JC_F_AWAIT (for await) */          \
  X(WHILE, test, body, -, -)                                                    \
  X(DO_WHILE, body, test, -, -)                                                 \
  X(RETURN, arg, -, -, -)                                                       \
  X(BREAK, -, -, -, -)    /* atom: label or NULL */                             \
  X(CONTINUE, -, -, -, -) /* atom: label or NULL */                             \
  X(THROW, arg, -, -, -)                                                        \
  X(TRY, block, handler, finalizer, -) /* handler: CATCH or NULL */             \
  X(CATCH, param, body, -, -)          /* param NULL: optional binding */       \
  X(SWITCH, disc, cases, -, -)                                                  \
  X(CASE, test, body, -, -) /* test NULL: default; body: list */                \
  X(LABELED, body, -, -, -) /* atom: the label */                               \
  X(DEBUGGER, -, -, -, -)                                                       \
  X(WITH, object, body, -, -)                                                   \
  /* modules */                                                                 \
  X(IMPORT, specs, source, attrs, -)          /* source: STR; specs: list of    \
                                                 IMPORT_SPEC; attrs: with {...} \
                                                 (OBJECT) or NULL */            \
  X(IMPORT_SPEC, imported, local, -, -)       /* op: JC_IS_NAMED/DEFAULT/NS;    \
                                               imported: IDENT or STR */        \
  X(EXPORT_NAMED, specs, source, decl, attrs) /* export {a as b} [from];        \
                                         or export <decl> (decl set) */         \
  X(EXPORT_SPEC, local, exported, -, -)       /* IDENT or STR each */           \
  X(EXPORT_DEFAULT, decl, -, -, -) /* an expression, FUNCTION or CLASS */       \
  X(EXPORT_ALL, exported, source, attrs, -) /* export * [as ns] from */         \
  /* expressions */                                                             \
  X(IDENT, -, -, -, -)                 /* atom: name; binding: resolved by      \
                                          scope.c (NULL: global/unresolved) */  \
  X(PRIVATE_NAME, -, -, -, -)          /* atom: name without '#' */             \
  X(NUM, -, -, -, -)                   /* num: value; raw: source text */       \
  X(BIGINT, -, -, -, -)                /* raw; always JSC_EUNSUPPORTED */       \
  X(STR, -, -, -, -)                   /* atom: cooked value; raw: as written   \
                                          (quotes included) */                  \
  X(TEMPLATE, quasis, exprs, -, -)     /* quasis: TEMPLATE_ELEM list, one       \
                                          more than exprs */                    \
  X(TEMPLATE_ELEM, -, -, -, -)         /* atom: cooked (NULL if invalid, as     \
                                          tagged templates allow); raw: raw */  \
  X(TAGGED_TEMPLATE, tag, quasi, -, -) /* quasi: a TEMPLATE */                  \
  X(REGEXP, -, -, -, -)                /* raw: /body/flags as written;          \
                                          atom: body, str: flags */             \
  X(NULL_LIT, -, -, -, -)                                                       \
  X(TRUE_LIT, -, -, -, -)                                                       \
  X(FALSE_LIT, -, -, -, -)                                                      \
  X(THIS, -, -, -, -)                                                           \
  X(SUPER, -, -, -, -)     /* only as callee or member object */                \
  X(ARRAY, elems, -, -, -) /* elements: expr, SPREAD or HOLE */                 \
  X(HOLE, -, -, -, -)                                                           \
  X(OBJECT, props, -, -, -)      /* PROPERTY or SPREAD */                       \
  X(PROPERTY, key, value, -, -)  /* op: JC_P_INIT/GET/SET/METHOD/PROTO;         \
                                    flags: JC_F_COMPUTED,                       \
                                    JC_F_SHORTHAND. key: IDENT (name),          \
                                    STR, NUM or an expression */                \
  X(SPREAD, arg, -, -, -)        /* ...x in arrays, calls, objects */           \
  X(UNARY, arg, -, -, -)         /* op: JC_OP_* (typeof, !, -, ...) */          \
  X(UPDATE, arg, -, -, -)        /* op: JC_OP_INC/DEC; JC_F_PREFIX */           \
  X(BINARY, left, right, -, -)   /* op: JC_OP_* (+, ==, in, **, ...) */         \
  X(LOGICAL, left, right, -, -)  /* op: JC_OP_AND/OR/NULLISH */                 \
  X(ASSIGN, target, value, -, -) /* op: JC_OP_ASSIGN or the compound            \
                                    operator (JC_OP_ADD for +=, ...,            \
                                    JC_OP_AND for &&=); target: IDENT,          \
                                    MEMBER, or a pattern for '=' */             \
  X(COND, test, then, else_, -)                                                 \
  X(CALL, callee, args, -, -)   /* JC_F_OPTIONAL: f?.() */                      \
  X(NEW, callee, args, -, -)    /* args NULL and !JC_F_PARENS_ARGS:             \
                                   `new X` without parentheses */               \
  X(MEMBER, object, prop, -, -) /* prop: IDENT (a.b), PRIVATE_NAME              \
                                   (a.#b) or expression (a[b] with              \
                                   JC_F_COMPUTED); JC_F_OPTIONAL: a?.b */       \
  X(CHAIN, expr, -, -, -)       /* the whole optional chain a?.b.c()            \
                                   (where short-circuiting stops) */            \
  X(SEQ, exprs, -, -, -)        /* a, b, c */                                   \
  X(PAREN, expr, -, -, -)       /* (e), kept for printing fidelity and          \
                                   for `(a) = 1` / `(a.b)` rules */             \
  X(YIELD, arg, -, -, -)        /* JC_F_DELEGATE: yield* */                     \
  X(AWAIT, arg, -, -, -)                                                        \
  X(META, -, -, -, -) /* op: JC_META_NEW_TARGET/IMPORT_META */                  \
  X(IMPORT_CALL, source, options, -, -) /* import(x [, opts]) */                \
  X(PRIVATE_IN, name, right, -, -)      /* #x in o; name: PRIVATE_NAME */       \
  /* patterns (destructuring targets) */                                        \
  X(ARRAY_PATTERN, elems, -, -, -)   /* pattern, HOLE, REST, ASSIGN_PAT */      \
  X(OBJECT_PATTERN, props, -, -, -)  /* PROPERTY (value: the target) or         \
                                        REST */                                 \
  X(ASSIGN_PAT, target, value, -, -) /* target = default */                     \
  X(REST, arg, -, -, -)              /* ...target (patterns, params) */         \
  /* produced by the transforms only */                                         \
  X(RAW, -, -, -, -) /* str: ES5 text printed as is (a                          \
                        helper call's head, ...) */

typedef enum {
#define JC_ENUM_(k, a, b, c, d) JC_##k,
  JC_NODE_KINDS(JC_ENUM_)
#undef JC_ENUM_
      JC_NKINDS
} jc_kind;

extern const char *const jc_kind_names[JC_NKINDS];

/* jc_node.flags (meaning by kind, as listed above). */
#define JC_F_STRICT 0x0001        /* PROGRAM/FUNCTION: body is strict */
#define JC_F_ARROW 0x0002         /* FUNCTION: an arrow */
#define JC_F_EXPR_BODY 0x0004     /* FUNCTION: arrow with expression body */
#define JC_F_ASYNC 0x0008         /* FUNCTION: async */
#define JC_F_GENERATOR 0x0010     /* FUNCTION: function* */
#define JC_F_STATIC 0x0020        /* METHOD/FIELD */
#define JC_F_COMPUTED 0x0040      /* PROPERTY/METHOD/FIELD/MEMBER: [key] */
#define JC_F_SHORTHAND 0x0080     /* PROPERTY: {a} */
#define JC_F_OPTIONAL 0x0100      /* CALL/MEMBER: ?. at this link */
#define JC_F_PREFIX 0x0200        /* UPDATE: ++x */
#define JC_F_DELEGATE 0x0400      /* YIELD: yield* */
#define JC_F_AWAIT 0x0800         /* FOR_OF: for await */
#define JC_F_PARENS_ARGS 0x1000   /* NEW: written with (...) */
#define JC_F_DECL 0x2000          /* FUNCTION/CLASS: a declaration */
#define JC_F_METHOD 0x4000        /* FUNCTION: a method (object or class) */
#define JC_F_SIMPLE_PARAMS 0x8000 /* FUNCTION: no defaults/rest/patterns */

/* jc_node.mark: bookkeeping bits of the phases (not syntax). */
#define JC_MK_MODERN 0x01 /* this node's own syntax is not ES5.1 */
#define JC_MK_HAS_MODERN                                                       \
  0x02                   /* ... or some node inside it is (the parser          \
                            ORs children into parents as it builds) */
#define JC_MK_SYNTH 0x04 /* made by a transform: no source text */
#define JC_MK_DIRTY 0x08 /* changed by a transform (print, don't copy) */
#define JC_MK_VERBATIM                                                         \
  0x10 /* print.c may copy src[start..end) as is: set                          \
         by the traversal on unchanged ES5 subtrees */
#define JC_MK_CAPTURED                                                         \
  0x20 /* FUNCTION: refers to bindings of an enclosing                         \
          loop body (scope.c) */
#define JC_MK_LOWER                                                            \
  0x40 /* scope.c: the subtree holds something the traversal must see          \
          even without modern syntax (a reference to a lexical binding,        \
          `this`/`arguments` inside an arrow) */

/* VAR op */
enum { JC_DECL_VAR = 1, JC_DECL_LET, JC_DECL_CONST, JC_DECL_USING };
/* METHOD/PROPERTY op */
enum { JC_P_INIT = 1, JC_P_GET, JC_P_SET, JC_P_METHOD, JC_P_PROTO, JC_M_CTOR };
#define JC_M_METHOD JC_P_METHOD
#define JC_M_GET JC_P_GET
#define JC_M_SET JC_P_SET
/* IMPORT_SPEC op */
enum { JC_IS_NAMED = 1, JC_IS_DEFAULT, JC_IS_NS };
/* META op */
enum { JC_META_NEW_TARGET = 1, JC_META_IMPORT_META };

/* Operators: UNARY, UPDATE, BINARY, LOGICAL, ASSIGN. */
// clang-format off
#define JC_OPERATORS(X) \
  X(ASSIGN, "=") \
  X(ADD, "+") \
  X(SUB, "-") \
  X(MUL, "*") \
  X(DIV, "/") \
  X(MOD, "%") \
  X(EXP, "**") \
  X(SHL, "<<") \
  X(SHR, ">>") \
  X(USHR, ">>>") \
  X(BITAND, "&") \
  X(BITOR, "|") \
  X(BITXOR, "^") \
  X(AND, "&&") \
  X(OR, "||") \
  X(NULLISH, "??") \
  X(EQ, "==") \
  X(NE, "!=") \
  X(SEQ, "===") \
  X(SNE, "!==") \
  X(LT, "<") \
  X(GT, ">") \
  X(LE, "<=") \
  X(GE, ">=") \
  X(IN, "in") \
  X(INSTANCEOF, "instanceof") \
  X(NOT, "!") \
  X(BITNOT, "~") \
  X(NEG, "-") \
  X(POS, "+") \
  X(TYPEOF, "typeof") \
  X(VOID, "void") \
  X(DELETE, "delete") \
  X(INC, "++") \
  X(DEC, "--")
// clang-format on
typedef enum {
  JC_OP_NONE = 0,
#define JC_OPENUM_(k, s) JC_OP_##k,
  JC_OPERATORS(JC_OPENUM_)
#undef JC_OPENUM_
      JC_NOPS
} jc_op;
extern const char *const jc_op_text[JC_NOPS];

/* A slice of the source or of a made string. */
typedef struct jc_str {
  const char *p;
  uint32_t len;
} jc_str;

struct jc_node {
  uint8_t kind; /* jc_kind */
  uint8_t op;   /* jc_op, or the kind's own enum above */
  uint8_t mark; /* JC_MK_* */
  uint8_t pad_;
  uint16_t flags;         /* JC_F_* */
  uint16_t extra;         /* free for a phase (e.g. a temp counter) */
  uint32_t start;         /* byte offset of the first token */
  uint32_t end;           /* byte offset just past the last token */
  uint32_t line;          /* 1-based line of the first token */
  uint32_t col;           /* 0-based byte column of the first token */
  jc_node *a, *b, *c, *d; /* children, by kind (JC_NODE_KINDS) */
  jc_node *next;          /* the next element when in a list */
  jc_atom *atom;          /* names, cooked strings, labels, directives */
  union {
    double num;          /* NUM */
    jc_str str;          /* REGEXP flags, RAW text */
    jc_scope *scope;     /* FUNCTION, BLOCK, FOR, FOR_IN, FOR_OF, CATCH,
                            CLASS, PROGRAM, SWITCH: the scope it opens */
    jc_binding *binding; /* IDENT: what it refers to (scope.c) */
  } u;
  jc_str raw; /* NUM/STR/TEMPLATE_ELEM/REGEXP/BIGINT as written */
};

jc_node *jc_node_new(jc_ctx *c, jc_kind kind, const jc_node *at);
/* A synthetic node placed at `at`'s line (transforms use this so every
 * token they make lands on the line of the code it replaces). */
jc_node *jc_synth(jc_ctx *c, jc_kind kind, const jc_node *at);
jc_node *jc_ident(jc_ctx *c, jc_atom *name, const jc_node *at);
jc_node *jc_raw(jc_ctx *c, const char *text, const jc_node *at);
/* Appends b's list to a's list; returns the head. */
jc_node *jc_list_append(jc_node *a, jc_node *b);
size_t jc_list_len(const jc_node *first);

/* ---- scopes (scope.c) ---- */
typedef enum {
  JC_B_VAR = 1,
  JC_B_LET,
  JC_B_CONST,
  JC_B_CLASS,
  JC_B_FUNCTION,
  JC_B_PARAM,
  JC_B_CATCH,
  JC_B_IMPORT
} jc_binding_kind;

struct jc_binding {
  jc_atom *name; /* as written */
  jc_atom *out;  /* as printed (renamed to avoid a clash); == name
                    unless a transform renames it */
  jc_scope *scope;
  jc_node *decl;    /* the IDENT that declares it */
  uint8_t kind;     /* jc_binding_kind */
  uint8_t captured; /* referenced from a closure made in a loop body */
  uint8_t assigned; /* written after its declaration */
  uint8_t tdz;      /* may be read before its initialization */
  uint8_t flags;    /* JC_BF_* */
  jc_binding *next; /* in its scope */
};

/* jc_binding.flags */
#define JC_BF_ANNEXB                                                           \
  0x01                      /* a sloppy block function that is also var-bound  \
                               in its function (Annex B.3.3) */
#define JC_BF_IMPLICIT 0x02 /* `arguments` of a non-arrow function */
#define JC_BF_TEMP 0x04     /* a temporary of the traversal (jc_lw_temp) */

typedef enum {
  JC_S_PROGRAM = 1,
  JC_S_FUNCTION,
  JC_S_BLOCK,
  JC_S_CATCH,
  JC_S_CLASS,
  JC_S_FOR,
  JC_S_SWITCH,
  JC_S_MODULE
} jc_scope_kind;

struct jc_scope {
  uint8_t kind; /* jc_scope_kind */
  uint8_t strict;
  uint8_t has_eval; /* contains a direct eval: names must not change */
  uint8_t in_loop;  /* a block scope inside a loop body */
  jc_scope *parent;
  jc_scope *func; /* the nearest function/program scope (var's home) */
  jc_node *node;  /* the node that opens it */
  jc_binding *bindings;
};

/* Finds name in s or its parents; NULL: global. */
jc_binding *jc_scope_lookup(jc_scope *s, jc_atom *name);
/* A fresh name based on hint that clashes with nothing in the program
 * ("_this", "_ref2", ...). */
jc_atom *jc_fresh_name(jc_ctx *c, const char *hint);

/* ---- the compile context ---- */
struct jc_ctx {
  const jsc_options *opt;
  const char *src; /* the input */
  size_t len;
  int status; /* first failure (JSC_*), else JSC_OK */
  unsigned err_line, err_col;
  char err_msg[256];
  /* arena */
  void *arena_blocks; /* chain of blocks (arena.c) */
  char *arena_p, *arena_end;
  /* atoms */
  jc_atom **atoms;
  uint32_t atoms_cap, atoms_n;
  /* line starts: offset of each line's first byte (lex.c fills it) */
  uint32_t *lines;
  uint32_t nlines, lines_cap;
  /* budget */
  uint32_t ticks; /* jc_tick counts; polls opt->interrupt */
  unsigned depth, max_depth;
  /* results of the phases */
  jc_node *program;
  jc_scope *top;
  unsigned features; /* JC_FEAT_* seen by the parser */
  unsigned helpers;  /* runtime helpers the output uses */
  uint32_t fresh;    /* counter for jc_fresh_name */
  void *fresh_tab;   /* scope.c: jc_fresh_name's next suffix per hint */
  void *module;      /* lower_module.c's tables (module goal only) */
};

/* Records the first error (printf-style message) at a source offset;
 * later errors are ignored. Returns the status. */
int jc_error(jc_ctx *c, int status, uint32_t offset, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* 1-based line and column of a byte offset. */
void jc_position(const jc_ctx *c, uint32_t offset, unsigned *line,
                 unsigned *col);
/* Counts work; every few thousand calls polls the interrupt callback.
 * Returns nonzero when the compile must stop (status set). */
int jc_tick(jc_ctx *c);

/* Features the parser saw (jc_ctx.features), for the transforms to skip
 * what is absent and for the ES5 pass-through. */
enum {
  JC_FEAT_BLOCK_SCOPE = 1u << 0, /* let, const, class declarations */
  JC_FEAT_ARROW = 1u << 1,
  JC_FEAT_CLASS = 1u << 2,
  JC_FEAT_TEMPLATE = 1u << 3,
  JC_FEAT_DESTRUCT = 1u << 4,
  JC_FEAT_PARAMS = 1u << 5, /* default/rest parameters */
  JC_FEAT_SPREAD = 1u << 6,
  JC_FEAT_OBJECT = 1u << 7, /* shorthand, methods, computed, accessors */
  JC_FEAT_FOR_OF = 1u << 8,
  JC_FEAT_OPTCHAIN = 1u << 9,
  JC_FEAT_NULLISH = 1u << 10, /* ?? and ??= */
  JC_FEAT_LOGICAL_ASSIGN = 1u << 11,
  JC_FEAT_EXP = 1u << 12,      /* ** */
  JC_FEAT_LITERALS = 1u << 13, /* 0b, 0o, 1_000, \u{...} */
  JC_FEAT_REGEXP = 1u << 14,   /* flags/syntax newer than ES5 */
  JC_FEAT_NEW_TARGET = 1u << 15,
  JC_FEAT_OPT_CATCH = 1u << 16,
  JC_FEAT_GENERATOR = 1u << 17,
  JC_FEAT_ASYNC = 1u << 18,
  JC_FEAT_MODULE = 1u << 19,      /* import/export, import.meta, import() */
  JC_FEAT_DIRECT_EVAL = 1u << 20, /* eval(...) must be rewritten */
  JC_FEAT_PRIVATE = 1u << 21,
  JC_FEAT_FN_IN_BLOCK = 1u << 22 /* function declarations in blocks */
};

/* ---- the phases ---- */
int jc_parse(jc_ctx *c); /* fills c->program, c->features */
/* scan.c: 1 when src is certainly ES5.1 with nothing to lower (no AST
 * needed), 0 when the parser must decide. */
int jc_scan_es5(const char *src, size_t len, int goal);
int jc_scope_analyze(jc_ctx *c); /* fills c->top, IDENT bindings */
int jc_lower(jc_ctx *c);         /* rewrites c->program into ES5.1 nodes */
/* Prints c->program; returns a NUL-terminated string from the options'
 * allocator (not the arena), or NULL on failure (status set). */
char *jc_print(jc_ctx *c, size_t *len);

/* ast_dump.c: n and its subtree as an S-expression (kind line:col op
 * flags, `!` for JC_MK_MODERN, `+` for JC_MK_HAS_MODERN, atom/value,
 * children), for debugging and tests. */
void jc_dump(jc_ctx *c, const jc_node *n, FILE *out);

#endif

/* lex.h - the lexer's tokens and state, shared by lex.c and parse.c only
 * (the other phases see the AST). The parser drives the lexer one token
 * ahead and asks it to re-scan where the grammar decides: a `/` where an
 * expression starts is a regexp, a `}` that closes a template substitution
 * continues the template. */
#ifndef JSRT_COMPILER_LEX_H
#define JSRT_COMPILER_LEX_H

#include "ast.h"

/* Token types: single-character punctuators are their character; the
 * rest are numbered above 127. */
enum {
  JC_T_EOF = 0,
  JC_T_NAME = 1,     /* identifier or keyword: atom (atom->keyword) */
  JC_T_PRIVATE = 2,  /* #name: atom without '#' */
  JC_T_NUM = 3,      /* num */
  JC_T_BIGINT = 4,   /* 123n */
  JC_T_STR = 5,      /* atom: cooked value */
  JC_T_TEMPLATE = 6, /* a template part: atom cooked (NULL: bad escape),
                        tail: 1 when it ends with '`', 0 with '${' */
  JC_T_REGEXP = 7,   /* after jc_lex_regexp */
  JC_T_ERROR = 8,    /* invalid input (status set) */
  JC_T_ARROW = 128,  /* => */
  JC_T_ELLIPSIS,     /* ... */
  JC_T_OPTCHAIN,     /* ?. */
  JC_T_EQ,           /* == */
  JC_T_NE,           /* != */
  JC_T_SEQ,          /* === */
  JC_T_SNE,          /* !== */
  JC_T_LE,           /* <= */
  JC_T_GE,           /* >= */
  JC_T_INC,          /* ++ */
  JC_T_DEC,          /* -- */
  JC_T_SHL,          /* << */
  JC_T_SHR,          /* >> */
  JC_T_USHR,         /* >>> */
  JC_T_AND,          /* && */
  JC_T_OR,           /* || */
  JC_T_NULLISH,      /* ?? */
  JC_T_EXP,          /* ** */
  /* assignment operators: JC_T_ASSIGN_FIRST..JC_T_ASSIGN_LAST */
  JC_T_ADD_ASSIGN, /* += */
  JC_T_SUB_ASSIGN,
  JC_T_MUL_ASSIGN,
  JC_T_DIV_ASSIGN,
  JC_T_MOD_ASSIGN,
  JC_T_EXP_ASSIGN,
  JC_T_SHL_ASSIGN,
  JC_T_SHR_ASSIGN,
  JC_T_USHR_ASSIGN,
  JC_T_AND_ASSIGN,     /* &= */
  JC_T_OR_ASSIGN,      /* |= */
  JC_T_XOR_ASSIGN,     /* ^= */
  JC_T_LAND_ASSIGN,    /* &&= */
  JC_T_LOR_ASSIGN,     /* ||= */
  JC_T_NULLISH_ASSIGN, /* ??= */
  JC_T_NTYPES
};

/* jc_tok.flags */
#define JC_TF_ESCAPED                                                          \
  0x01 /* NAME: written with \u escapes (so never a                            \
          keyword); STR: has escapes */
#define JC_TF_OCTAL                                                            \
  0x02 /* NUM: legacy octal (010) or 08/09; STR or                             \
          TEMPLATE: a legacy octal escape (\01, \8) */
#define JC_TF_MODERN                                                           \
  0x04                    /* syntax newer than ES5.1: 0b/0o/1_0, \u{..},       \
                             astral identifier, U+2028 in a string */
#define JC_TF_BADESC 0x08 /* TEMPLATE: an invalid escape (cooked NULL) */

typedef struct jc_tok {
  uint8_t type;   /* JC_T_* or a character */
  uint8_t nl;     /* a line terminator precedes it */
  uint8_t flags;  /* JC_TF_* */
  uint8_t tail;   /* TEMPLATE: ends the template */
  uint32_t start; /* first byte */
  uint32_t end;   /* just past the last byte */
  uint32_t line;  /* 1-based */
  uint32_t col;   /* 0-based byte column */
  uint32_t esc;   /* STR/TEMPLATE with JC_TF_OCTAL or BADESC: offset of
                     the escape */
  jc_atom *atom;
  double num;
} jc_tok;

/* Keywords (jc_atom.keyword). Reserved words first (never identifiers),
 * then the words reserved in strict code, then contextual words. */
enum {
  JC_KW_NONE = 0,
  JC_KW_BREAK,
  JC_KW_CASE,
  JC_KW_CATCH,
  JC_KW_CLASS,
  JC_KW_CONST,
  JC_KW_CONTINUE,
  JC_KW_DEBUGGER,
  JC_KW_DEFAULT,
  JC_KW_DELETE,
  JC_KW_DO,
  JC_KW_ELSE,
  JC_KW_ENUM,
  JC_KW_EXPORT,
  JC_KW_EXTENDS,
  JC_KW_FALSE,
  JC_KW_FINALLY,
  JC_KW_FOR,
  JC_KW_FUNCTION,
  JC_KW_IF,
  JC_KW_IMPORT,
  JC_KW_IN,
  JC_KW_INSTANCEOF,
  JC_KW_NEW,
  JC_KW_NULL,
  JC_KW_RETURN,
  JC_KW_SUPER,
  JC_KW_SWITCH,
  JC_KW_THIS,
  JC_KW_THROW,
  JC_KW_TRUE,
  JC_KW_TRY,
  JC_KW_TYPEOF,
  JC_KW_VAR,
  JC_KW_VOID,
  JC_KW_WHILE,
  JC_KW_WITH,
  JC_KW_LAST_RESERVED = JC_KW_WITH,
  /* reserved in strict code */
  JC_KW_IMPLEMENTS,
  JC_KW_INTERFACE,
  JC_KW_LET,
  JC_KW_PACKAGE,
  JC_KW_PRIVATE,
  JC_KW_PROTECTED,
  JC_KW_PUBLIC,
  JC_KW_STATIC,
  JC_KW_YIELD,
  JC_KW_LAST_STRICT = JC_KW_YIELD,
  /* contextual */
  JC_KW_AWAIT,
  JC_KW_ASYNC,
  JC_KW_OF,
  JC_KW_GET,
  JC_KW_SET,
  JC_KW_AS,
  JC_KW_FROM,
  JC_KW_TARGET,
  JC_KW_META,
  JC_KW_CONSTRUCTOR,
  JC_KW_ARGUMENTS,
  JC_KW_EVAL,
  JC_KW_PROTO,      /* __proto__ */
  JC_KW_USE_STRICT, /* the directive's text */
  JC_KW_PROTOTYPE,
  JC_KW_NKEYWORDS
};

typedef struct jc_lexer {
  jc_ctx *c;
  const char *src;
  uint32_t len;
  uint32_t pos;
  uint32_t line;       /* line of pos */
  uint32_t line_start; /* offset where that line starts */
  uint8_t module;      /* no HTML-like comments */
  uint8_t seen_token;  /* for `-->` at the start of the input */
  char *buf;           /* scratch for cooked strings (arena) */
  jc_atom **cache;     /* identifier atoms by a hash of their text: most
                          names repeat, and this skips the atom table */
  uint32_t cache_mask;
  uint32_t ntok; /* tokens scanned (jc_tick every 16) */
  uint32_t buf_cap;
  jc_tok t; /* the current token */
} jc_lexer;

/* Interns the keywords (sets their atoms' keyword), starts at src[0]
 * (skipping a hashbang line). */
int jc_lex_init(jc_lexer *lx, jc_ctx *c, int module);
/* Scans the next token into lx->t. */
void jc_lex_next(jc_lexer *lx);
/* The current token is '/' or '/=': re-scans it as a regexp literal
 * (t.type JC_T_REGEXP; the body and flags are read from the slice). */
void jc_lex_regexp(jc_lexer *lx);
/* The current token is '}': re-scans from after it as the rest of a
 * template (t.type JC_T_TEMPLATE). */
void jc_lex_template_continue(jc_lexer *lx);
/* Text of a multi-character punctuator ("=>"); "" for the others. */
const char *jc_lex_punct_text(int type);

#endif

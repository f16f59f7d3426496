/* scan.c - the ES5.1 pass-through check: one pass over the bytes, no
 * tokens kept, no memory, that answers "certainly ES5.1, nothing to lower"
 * for most ES5 files, so jsc_compile need not build an AST to find out
 * (issue 11: the check costs at most 5% of Duktape's own compile; the
 * parser alone cost 20%).
 *
 * It answers yes or "don't know": any ES2015+ token (=>, ..., `, ?., ??,
 * **, #, let, const, class, yield, await, import, export, super, `of` in
 * a for head,
 * 0b/0o/1_0/1n, \u{...}, regexp flags other than gim or (?< and \p), any
 * byte it does not expect (non-ASCII outside strings and comments, a
 * backslash in a name) and every place where telling ES5 from newer needs
 * the grammar makes it give up, and the parser decides as before. Where
 * the grammar matters it keeps a stack of what each open bracket is:
 *   - ( after if/while/for/with/switch/catch (a head: a `{` or `/` after
 *     its `)` starts a statement), after `function` (parameters: names and
 *     commas only, then a function body), or any other;
 *   - [ (an array literal or a member: `] =` is destructuring);
 *   - { as a block, a function body or an object literal, told by the
 *     token before it; in an object literal each property must be
 *     `key: value` or an ES5 accessor (shorthand, methods, computed keys
 *     and spread are newer), and `} =` is destructuring.
 * A `/` is a regexp or a division by the token before it, as a parser
 * would know; where only the grammar can say (after `)` of an ordinary
 * paren is division; after the `}` of a function, `++` or `--`) it gives
 * up. A function declared in a block or as an if's body is Annex B
 * semantics the lowering handles: give up there too. Syntax errors are the
 * parser's to report: the check may pass an invalid file, and the library
 * re-runs the parser when Duktape then refuses it (src/compile.c), so the
 * message stays node's. tests/test_compiler_scan.c holds the check to the
 * parser over every .js file of the repository. */
#include <string.h>

#include "ast.h"

#define SCAN_MAX_DEPTH 256

/* What an open bracket is. */
enum {
  SB_TOP,    /* the program (a function body for JSC_GOAL_FUNCTION) */
  SB_PAREN,  /* ( of an expression or call */
  SB_HEAD,   /* ( after if/while/for/with/switch/catch */
  SB_PARAMS, /* ( of a function's parameters */
  SB_ARRAY,  /* [ of an array literal (`] =` is destructuring) */
  SB_MEMBER, /* [ of a member access */
  SB_BLOCK,  /* { of a block statement (also a switch's body) */
  SB_FUNC,   /* { of a function body */
  SB_OBJECT  /* { of an object literal */
};

/* The token before, as far as the next one cares. */
enum {
  ST_START,     /* statement start: nothing, ';', '{' of a block/body, '}'
                   of a block */
  ST_BODY,      /* a statement that is a body: after ')' of a head, else,
                   do, a label (a function declaration there is Annex B) */
  ST_OPERAND,   /* a name, number, string, regexp, this/null/true/false, ')'
                   of a paren, ']', '}' of an object: '/' divides */
  ST_OPER,      /* an operator, '(', '[', '?', ':' in an expression, or a
                   keyword that takes an expression: '/' is a regexp, '{' an
                   object */
  ST_COMMA,     /* ',': as ST_OPER, and ')' may not follow (ES2017) */
  ST_FUNC_END,  /* '}' of a function body: '/' is ambiguous */
  ST_INCDEC,    /* ++ or --: '/' is ambiguous */
  ST_DOT,       /* '.': a name follows, whatever it spells */
  ST_FUNCTION,  /* `function`: a name or '(' follows */
  ST_FUNC_NAME, /* `function f`: '(' follows */
  ST_PARAMS_END /* ')' of parameters: '{' follows */
};

/* In an object literal: where the next token is. */
enum {
  SO_KEY,        /* a property starts (after '{' or ',') */
  SO_AFTER_KEY,  /* after a key: ':' must follow */
  SO_ACC_NAME,   /* after get/set: the accessor's key, or ':' (a key named
                    get) */
  SO_ACC_PARAMS, /* after get x: '(' must follow */
  SO_VALUE       /* in the value expression */
};

/* The expression being read at a level, for the early errors of ES2015
 * that Duktape leaves to run time (`this = 1`, `f() = 1`, `a + b = c`,
 * `++x++`): an assignment or update needs a simple target. */
enum {
  SC_EMPTY, /* nothing yet since the last boundary */
  SC_REF,   /* a name or member access: a simple target */
  SC_VALUE  /* anything else: a literal, a call, this, ... */
};

typedef struct {
  uint8_t kind;
  uint8_t obj;      /* SO_* for SB_OBJECT */
  uint8_t ternary;  /* '?' waiting for their ':' at this level */
  uint8_t cases;    /* `case`/`default` waiting for ':' (a block) */
  uint8_t chain;    /* SC_* of the operand being read */
  uint8_t pure;     /* no operator since the last boundary: the operand
                       is the whole expression so far */
  uint8_t simple;   /* no operator or boundary at all at this level (a
                       paren holding only a reference is one) */
  uint8_t need_ref; /* a prefix ++/-- waits for its operand */
  uint8_t call;     /* SB_PAREN: the arguments of a call */
  uint8_t forhead;  /* SB_HEAD of a for: no ';' seen yet */
} scan_level;

/* The operand being read ends: at a boundary (after , ; ? : = and at a
 * statement's start: pure, a fresh expression starts) or at a binary or
 * prefix operator (not pure: what follows is not the whole expression).
 * 0 when a prefix ++/-- lacked a simple target. */
static int sc_next(scan_level *l, int pure) {
  if (l->need_ref && l->chain != SC_REF)
    return 0;
  l->need_ref = 0;
  l->chain = SC_EMPTY;
  l->pure = (uint8_t)pure;
  l->simple = 0;
  return 1;
}

#define sc_boundary(l) sc_next((l), 1)
#define sc_oper(l) sc_next((l), 0)

/* Character classes: a name's first character, its others, blanks. */
#define CC_START 1
#define CC_PART 2
#define CC_BLANK 4
#define CC_(c)                                                                 \
  ((c) == '_' || (c) == '$' || ((c) >= 'a' && (c) <= 'z') ||                   \
           ((c) >= 'A' && (c) <= 'Z')                                          \
       ? CC_START | CC_PART                                                    \
   : ((c) >= '0' && (c) <= '9') ? CC_PART                                      \
   : ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r' ||               \
      (c) == '\v' || (c) == '\f')                                              \
       ? CC_BLANK                                                              \
       : 0)
#define CC4(c) CC_(c), CC_((c) + 1), CC_((c) + 2), CC_((c) + 3)
#define CC16(c) CC4(c), CC4((c) + 4), CC4((c) + 8), CC4((c) + 12)
static const unsigned char scan_cc[256] = {CC16(0),  CC16(16), CC16(32),
                                           CC16(48), CC16(64), CC16(80),
                                           CC16(96), CC16(112)};

static int scan_name_start(unsigned char ch) {
  return (scan_cc[ch] & CC_START) != 0;
}

static int scan_name_char(unsigned char ch) {
  return (scan_cc[ch] & CC_PART) != 0;
}

/* U+2028, U+2029 (line terminators) at s[i]. */
static int scan_ls(const char *s, size_t len, size_t i) {
  return (unsigned char)s[i] == 0xe2 && i + 2 < len &&
         (unsigned char)s[i + 1] == 0x80 &&
         ((unsigned char)s[i + 2] == 0xa8 || (unsigned char)s[i + 2] == 0xa9);
}

#define KW(s) (n == sizeof(s) - 1 && memcmp(p, s, sizeof(s) - 1) == 0)

/* Words that are ES2015+ wherever they are not a property name. */
static int scan_modern_word(const char *p, size_t n) {
  switch (p[0]) {
  case 'a':
    return KW("await");
  case 'c':
    return KW("class") || KW("const");
  case 'e':
    return KW("export") || KW("enum");
  case 'i':
    return KW("import");
  case 'l':
    return KW("let");
  case 's':
    return KW("super") || KW("static");
  case 'y':
    return KW("yield");
  default:
    return 0;
  }
}

/* Skips whitespace and comments from *pos; 0 on something the check does
 * not take (a non-ASCII byte, an HTML-like comment, an unterminated
 * comment). *nl: a line terminator was crossed. */
static int scan_space(const char *s, size_t len, size_t *pos, int *nl) {
  size_t i = *pos;
  for (;;) {
    unsigned char ch;
    while (i < len && s[i] == ' ')
      i++;
    if (i >= len)
      break;
    ch = (unsigned char)s[i];
    if (ch == '\n') {
      *nl = 1;
      i++;
    } else if (ch == '\t' || ch == '\r' || ch == '\v' || ch == '\f') {
      i++;
    } else if (ch == '/' && i + 1 < len && s[i + 1] == '/') {
      const char *e = memchr(s + i, '\n', len - i);
      size_t j = e != NULL ? (size_t)(e - s) : len;
      const char *u = memchr(s + i, 0xe2, j - i);
      for (; u != NULL; u = memchr(u + 1, 0xe2, j - (size_t)(u + 1 - s)))
        if (scan_ls(s, len, (size_t)(u - s)))
          return 0; /* U+2028/2029 end the comment's line */
      i = j;
    } else if (ch == '/' && i + 1 < len && s[i + 1] == '*') {
      size_t k = i + 2;
      const char *u;
      for (;;) {
        const char *star = memchr(s + k, '*', len - k);
        if (star == NULL)
          return 0; /* no end */
        k = (size_t)(star - s) + 1;
        if (k < len && s[k] == '/')
          break;
      }
      if (!*nl && memchr(s + i, '\n', k - i) != NULL)
        *nl = 1;
      for (u = memchr(s + i, 0xe2, k - i); u != NULL && !*nl;
           u = memchr(u + 1, 0xe2, k - (size_t)(u + 1 - s)))
        if (scan_ls(s, len, (size_t)(u - s)))
          *nl = 1;
      i = k + 1;
    } else if (ch == '<' && i + 3 < len && memcmp(s + i, "<!--", 4) == 0) {
      return 0;
    } else if (ch == '-' && *nl && i + 2 < len && s[i + 1] == '-' &&
               s[i + 2] == '>') {
      return 0;
    } else {
      break;
    }
  }
  *pos = i;
  return 1;
}

/* A string from its quote; 0 on \u{, \8, \9, \0 and a digit, a line terminator
 * in it (U+2028 is allowed since ES2019), or no end. */
static int scan_string(const char *s, size_t len, size_t *pos) {
  char q = s[*pos];
  size_t i = *pos + 1;
  for (; i < len; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch == (unsigned char)q) {
      *pos = i + 1;
      return 1;
    }
    if (ch == '\\') {
      if (i + 1 >= len)
        return 0;
      if ((s[i + 1] == 'u' && i + 2 < len && s[i + 2] == '{') ||
          s[i + 1] == '8' || s[i + 1] == '9' ||
          (s[i + 1] == '0' && i + 2 < len && s[i + 2] >= '0' &&
           s[i + 2] <= '9'))
        return 0; /* \u{...}; \8 \9 \08, which strict code refuses */
      if (s[i + 1] == '\r' && i + 2 < len && s[i + 2] == '\n')
        i++;
      i++;
    } else if (ch == '\n' || ch == '\r' || scan_ls(s, len, i)) {
      return 0;
    }
  }
  return 0;
}

/* A regexp literal from its '/'; 0 on flags other than g, i, m and on
 * what only newer engines take ((?<, \p{, \k<), or no end. */
static int scan_regexp(const char *s, size_t len, size_t *pos) {
  size_t i = *pos + 1;
  int cls = 0;
  for (;; i++) {
    unsigned char ch;
    if (i >= len)
      return 0;
    ch = (unsigned char)s[i];
    if (ch == '\n' || ch == '\r' || ch >= 0x80)
      return 0;
    if (ch == '\\') {
      if (i + 1 >= len)
        return 0;
      ch = (unsigned char)s[i + 1];
      if (((ch == 'p' || ch == 'P' || ch == 'k') && i + 2 < len &&
           (s[i + 2] == '{' || s[i + 2] == '<')) ||
          ch == '\n' || ch == '\r' || ch >= 0x80)
        return 0;
      i++;
    } else if (ch == '[') {
      cls = 1;
    } else if (ch == ']') {
      cls = 0;
    } else if (ch == '(' && !cls && i + 2 < len && s[i + 1] == '?' &&
               s[i + 2] == '<') {
      return 0;
    } else if (ch == '/' && !cls) {
      break;
    }
  }
  for (i++; i < len && scan_name_char((unsigned char)s[i]); i++)
    if (s[i] != 'g' && s[i] != 'i' && s[i] != 'm')
      return 0;
  if (i < len && ((unsigned char)s[i] >= 0x80 || s[i] == '\\'))
    return 0;
  *pos = i;
  return 1;
}

/* A number from its first digit (or '.' before a digit); 0 on 0b/0o,
 * separators, a BigInt suffix. */
static int scan_number(const char *s, size_t len, size_t *pos) {
  size_t i = *pos;
  int hex = 0;
  if (s[i] == '0' && i + 1 < len) {
    char x = s[i + 1];
    if (x == 'b' || x == 'B' || x == 'o' || x == 'O')
      return 0;
    hex = x == 'x' || x == 'X';
  }
  for (; i < len; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch == '_' || ch == 'n' || ch == '\\' || ch >= 0x80)
      return 0;
    if ((ch == '+' || ch == '-') && !hex &&
        (s[i - 1] == 'e' || s[i - 1] == 'E'))
      continue;
    if (!scan_name_char(ch) && ch != '.')
      break;
  }
  *pos = i;
  return 1;
}

/* Skips a name from s[*pos]; 0 when it goes on with what the check does
 * not take (a \u escape, a non-ASCII identifier part). */
static int scan_name(const char *s, size_t len, size_t *pos) {
  size_t i = *pos;
  while (i < len && scan_name_char((unsigned char)s[i]))
    i++;
  *pos = i;
  return !(i < len && ((unsigned char)s[i] >= 0x80 || s[i] == '\\'));
}

/* The offset of the next token after *pos (nothing consumed); len at the
 * end; (size_t)-1 when the check gives up there. */
static size_t scan_peek(const char *s, size_t len, size_t pos) {
  int nl = 0;
  if (!scan_space(s, len, &pos, &nl))
    return (size_t)-1;
  return pos;
}

#define PEEK_IS(j, c) ((j) < len && s[j] == (c))

static int scan_push(scan_level *st, int *sp, int kind) {
  if (*sp + 1 >= SCAN_MAX_DEPTH)
    return 0;
  (*sp)++;
  memset(&st[*sp], 0, sizeof st[*sp]);
  st[*sp].kind = (uint8_t)kind;
  st[*sp].obj = SO_KEY;
  st[*sp].pure = 1;
  st[*sp].simple = 1;
  return 1;
}

/* After an array or object literal closed at i: 1 when it is a pattern -
 * `[a, b] = c`, `({a: b} = c)`, `for ([a] in o)` - or the check gives up
 * there; in_head: the literal stood directly in a for head. */
static int scan_pattern_follows(const char *s, size_t len, size_t i,
                                int in_head) {
  size_t j = scan_peek(s, len, i);
  if (j == (size_t)-1)
    return 1;
  if (PEEK_IS(j, '=') && !PEEK_IS(j + 1, '=') && !PEEK_IS(j + 1, '>'))
    return 1;
  return in_head && PEEK_IS(j, 'i') && PEEK_IS(j + 1, 'n');
}

/* A key `__proto__` makes the object's prototype: the lowering's. */
static int scan_is_proto(const char *p, size_t n) {
  return n == 9 && memcmp(p, "__proto__", 9) == 0;
}

/* The operator at s[i] (not a name, number, string, bracket or one of
 * , ; ? : .): its length, and in *assign whether it assigns (= += <<= ..);
 * 0 when it is not ES5 (** => &&= ||= and the like) or not an operator. */
static size_t scan_operator(const char *s, size_t len, size_t i, int *assign) {
  char a = s[i], b = i + 1 < len ? s[i + 1] : '\0';
  char c = i + 2 < len ? s[i + 2] : '\0';
  *assign = 0;
  switch (a) {
  case '=':
    if (b == '>')
      return 0;
    if (b == '=')
      return c == '=' ? 3 : 2;
    *assign = 1;
    return 1;
  case '!':
    if (b == '=')
      return c == '=' ? 3 : 2;
    return 1;
  case '<':
  case '>':
    if (b == a) {
      if (a == '>' && c == '>') { /* >>> >>>= */
        if (i + 3 < len && s[i + 3] == '=') {
          *assign = 1;
          return 4;
        }
        return 3;
      }
      if (c == '=') {
        *assign = 1;
        return 3;
      }
      return 2;
    }
    return b == '=' ? 2 : 1;
  case '&':
  case '|':
    if (b == a)
      return c == '=' ? 0 : 2; /* &&= ||= are ES2021 */
    if (b == '=') {
      *assign = 1;
      return 2;
    }
    return 1;
  case '*':
    if (b == '*')
      return 0; /* ** */
    /* fall through */
  case '+':
  case '-':
  case '/':
  case '%':
  case '^':
    if (b == '=') {
      *assign = 1;
      return 2;
    }
    return 1;
  case '~':
    return 1;
  default:
    return 0;
  }
}

/* Whether the source is ES5.1 with nothing to lower, certainly (1), or
 * the parser must decide (0). goal: JSC_GOAL_*. */
int jc_scan_es5(const char *s, size_t len, int goal) {
  scan_level st[SCAN_MAX_DEPTH];
  int sp = 0, prev = ST_START;
  size_t i = 0;

  if (goal == JSC_GOAL_MODULE)
    return 0;
  memset(&st[0], 0, sizeof st[0]);
  st[0].kind = SB_TOP;
  st[0].pure = 1;
  for (;;) {
    scan_level *top = &st[sp];
    unsigned char ch;
    int nl = 0, stmt, asi;
    if (i < len &&
        ((scan_cc[(unsigned char)s[i]] & CC_BLANK) || s[i] == '/' ||
         s[i] == '<' || s[i] == '-') &&
        !scan_space(s, len, &i, &nl))
      return 0;
    if (i >= len)
      break;
    ch = (unsigned char)s[i];
    /* Where a statement may start: also after a line break that ends one
     * (ASI) and after a function's body. */
    asi = (nl && (prev == ST_OPERAND || prev == ST_INCDEC)) ||
          prev == ST_FUNC_END;
    stmt = prev == ST_START || prev == ST_BODY || asi;

    /* An object literal where a property starts or its key was read. */
    if (top->kind == SB_OBJECT && top->obj != SO_VALUE) {
      size_t b = i;
      switch (top->obj) {
      case SO_KEY:
        if (ch == '}')
          break; /* {} or a trailing comma */
        if (scan_name_start(ch)) {
          if (!scan_name(s, len, &i))
            return 0;
          if (scan_is_proto(s + b, i - b))
            return 0;
          top->obj = (i - b == 3 && (memcmp(s + b, "get", 3) == 0 ||
                                     memcmp(s + b, "set", 3) == 0))
                         ? SO_ACC_NAME
                         : SO_AFTER_KEY;
          continue;
        }
        if (ch == '"' || ch == '\'') {
          if (!scan_string(s, len, &i) || scan_is_proto(s + b + 1, i - b - 2))
            return 0;
          top->obj = SO_AFTER_KEY;
          continue;
        }
        if ((ch >= '0' && ch <= '9') || ch == '.') {
          if (!scan_number(s, len, &i))
            return 0;
          top->obj = SO_AFTER_KEY;
          continue;
        }
        return 0; /* [computed], ...spread, *gen, or not ES5 */
      case SO_AFTER_KEY:
        if (ch != ':')
          return 0; /* shorthand, method, = (a pattern) */
        i++;
        top->obj = SO_VALUE;
        if (!sc_boundary(top))
          return 0;
        prev = ST_OPER;
        continue;
      case SO_ACC_NAME:
        if (ch == ':') {
          i++;
          top->obj = SO_VALUE;
          if (!sc_boundary(top))
            return 0;
          prev = ST_OPER;
          continue;
        }
        if (scan_name_start(ch)) {
          if (!scan_name(s, len, &i))
            return 0;
        } else if (ch == '"' || ch == '\'') {
          if (!scan_string(s, len, &i))
            return 0;
        } else if (ch >= '0' && ch <= '9') {
          if (!scan_number(s, len, &i))
            return 0;
        } else {
          return 0; /* get() {...}, get [x]() */
        }
        top->obj = SO_ACC_PARAMS;
        continue;
      case SO_ACC_PARAMS:
        if (ch != '(')
          return 0;
        i++;
        top->obj = SO_VALUE; /* the accessor: params, body, then , or } */
        top->chain = SC_VALUE;
        if (!scan_push(st, &sp, SB_PARAMS))
          return 0;
        prev = ST_OPER;
        continue;
      default:
        break;
      }
    }

    if (scan_name_start(ch)) {
      const char *p = s + i;
      size_t n, j;
      if (!scan_name(s, len, &i))
        return 0;
      n = (size_t)(s + i - p);
      if (prev == ST_DOT) {
        prev = ST_OPERAND;
        top->chain = SC_REF;
        continue;
      }
      if (scan_modern_word(p, n))
        return 0;
      if (KW("of") && top->kind == SB_HEAD && top->forhead)
        return 0; /* for (x of y); elsewhere `of` is a name */
      if (top->kind == SB_PARAMS) {
        /* names and commas only: no defaults, patterns or rest */
        if (prev != ST_OPER && prev != ST_COMMA)
          return 0;
        prev = ST_OPERAND;
        continue;
      }
      if (prev == ST_FUNCTION) {
        prev = ST_FUNC_NAME;
        continue;
      }
      if (prev == ST_FUNC_NAME || prev == ST_PARAMS_END)
        return 0;
      if (asi && !sc_boundary(top))
        return 0;
      switch (n) {
      case 2:
        if (KW("if"))
          goto head;
        if (KW("do"))
          goto body;
        if (KW("in")) {
          /* for (lhs in o): lhs must be a simple target */
          if (top->kind == SB_HEAD && top->forhead && top->pure &&
              top->chain != SC_REF)
            return 0;
          goto oper;
        }
        break;
      case 3:
        if (KW("for"))
          goto head;
        if (KW("try"))
          goto block_kw;
        if (KW("new")) {
          j = scan_peek(s, len, i);
          if (j == (size_t)-1 || PEEK_IS(j, '.'))
            return 0; /* new.target */
          goto oper;
        }
        if (KW("var")) {
          j = scan_peek(s, len, i);
          if (j == (size_t)-1 || PEEK_IS(j, '{') || PEEK_IS(j, '['))
            return 0; /* a pattern */
          goto fresh;
        }
        break;
      case 4:
        if (KW("else"))
          goto body;
        if (KW("with"))
          goto head;
        if (KW("case"))
          goto case_kw;
        if (KW("void"))
          goto oper;
        if (KW("this") || KW("true") || KW("null"))
          goto value;
        break;
      case 5:
        if (KW("while"))
          goto head;
        if (KW("catch")) {
          /* catch (name): a pattern or no binding is newer */
          j = scan_peek(s, len, i);
          if (j == (size_t)-1 || !PEEK_IS(j, '('))
            return 0;
          j = scan_peek(s, len, j + 1);
          if (j == (size_t)-1 || j >= len ||
              !scan_name_start((unsigned char)s[j]))
            return 0;
          if (!scan_name(s, len, &j))
            return 0;
          j = scan_peek(s, len, j);
          if (j == (size_t)-1 || !PEEK_IS(j, ')'))
            return 0;
          i = j + 1;
          prev = ST_START; /* its block follows */
          continue;
        }
        if (KW("throw"))
          goto fresh;
        if (KW("break"))
          goto jump;
        if (KW("false"))
          goto value;
        if (KW("async")) {
          j = scan_peek(s, len, i);
          if (j == (size_t)-1 ||
              (j < len &&
               (scan_name_start((unsigned char)s[j]) || s[j] == '(')))
            return 0; /* async function, async x =>, async (...) */
        }
        break;
      case 6:
        if (KW("switch"))
          goto head;
        if (KW("return")) {
          int in_fn = goal == JSC_GOAL_FUNCTION, k;
          for (k = sp; k > 0 && !in_fn; k--)
            in_fn = st[k].kind == SB_FUNC;
          if (!in_fn)
            return 0; /* the parser's "Illegal return statement" */
          goto fresh;
        }
        if (KW("typeof") || KW("delete"))
          goto oper;
        break;
      case 7:
        if (KW("default")) {
          if (top->kind == SB_BLOCK && stmt)
            goto case_kw;
          return 0;
        }
        if (KW("finally"))
          goto block_kw;
        break;
      case 8:
        if (KW("continue"))
          goto jump;
        if (KW("debugger"))
          goto value;
        if (KW("function")) {
          /* A declaration in a block or as a statement's body: Annex B
           * semantics, which the lowering gives. */
          if (prev == ST_BODY ||
              (stmt && top->kind != SB_TOP && top->kind != SB_FUNC))
            return 0;
          if (top->chain != SC_EMPTY)
            return 0;
          top->chain = SC_VALUE;
          prev = ST_FUNCTION;
          continue;
        }
        break;
      case 10:
        if (KW("instanceof"))
          goto oper;
        break;
      default:
        break;
      }
      /* A label: `name:` where a statement starts. */
      if (stmt) {
        j = scan_peek(s, len, i);
        if (j == (size_t)-1)
          return 0;
        if (PEEK_IS(j, ':')) {
          i = j + 1;
          if (!sc_boundary(top))
            return 0;
          prev = ST_BODY;
          continue;
        }
      }
      if (top->chain != SC_EMPTY)
        return 0; /* two operands in a row: the grammar's call */
      top->chain = SC_REF;
      prev = ST_OPERAND;
      continue;
    head:
      /* if/for/while/with/switch (: the ')' ends a head */
      if (!sc_boundary(top))
        return 0;
      j = scan_peek(s, len, i);
      if (j == (size_t)-1 || !PEEK_IS(j, '('))
        return 0;
      i = j + 1;
      if (!scan_push(st, &sp, SB_HEAD))
        return 0;
      st[sp].forhead = (uint8_t)KW("for");
      prev = ST_OPER;
      continue;
    body:
      if (!sc_boundary(top))
        return 0;
      prev = ST_BODY;
      continue;
    block_kw:
      if (!sc_boundary(top))
        return 0;
      prev = ST_START;
      continue;
    case_kw:
      if (top->kind != SB_BLOCK || !stmt || top->cases == 255 ||
          !sc_boundary(top))
        return 0;
      top->cases++;
      prev = ST_OPER;
      continue;
    jump:
      /* break/continue and their label, on the same line */
      if (!sc_boundary(top))
        return 0;
      j = i;
      {
        int nl2 = 0;
        if (!scan_space(s, len, &j, &nl2))
          return 0;
        if (!nl2 && j < len && scan_name_start((unsigned char)s[j])) {
          if (!scan_name(s, len, &j))
            return 0;
          i = j;
        }
      }
      top->chain = SC_VALUE;
      prev = ST_OPERAND;
      continue;
    fresh:
      if (!sc_boundary(top))
        return 0;
      prev = ST_OPER;
      continue;
    oper:
      if (!sc_oper(top))
        return 0;
      prev = ST_OPER;
      continue;
    value:
      if (top->chain != SC_EMPTY)
        return 0;
      top->chain = SC_VALUE;
      prev = ST_OPERAND;
      continue;
    }

    if ((ch >= '0' && ch <= '9') ||
        (ch == '.' && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9')) {
      if ((prev == ST_OPERAND && !nl) || top->kind == SB_PARAMS ||
          prev == ST_FUNCTION || prev == ST_FUNC_NAME ||
          prev == ST_PARAMS_END || prev == ST_DOT)
        return 0;
      if ((asi && !sc_boundary(top)) || top->chain != SC_EMPTY)
        return 0;
      if (!scan_number(s, len, &i))
        return 0;
      top->chain = SC_VALUE;
      prev = ST_OPERAND;
      continue;
    }
    if (top->kind == SB_PARAMS && ch != ',' && ch != ')')
      return 0;
    if (prev == ST_FUNCTION || prev == ST_FUNC_NAME) {
      if (ch != '(')
        return 0; /* function* or not ES5 */
      i++;
      if (!scan_push(st, &sp, SB_PARAMS))
        return 0;
      prev = ST_OPER;
      continue;
    }
    if ((prev == ST_PARAMS_END && ch != '{') || prev == ST_DOT)
      return 0;

    switch (ch) {
    case '"':
    case '\'':
      if ((prev == ST_OPERAND && !nl) || !scan_string(s, len, &i))
        return 0;
      if ((asi && !sc_boundary(top)) || top->chain != SC_EMPTY)
        return 0;
      top->chain = SC_VALUE;
      prev = ST_OPERAND;
      continue;
    case '(': {
      int call = prev == ST_OPERAND || prev == ST_FUNC_END;
      i++;
      if (!call && top->chain != SC_EMPTY)
        return 0;
      if (!scan_push(st, &sp, SB_PAREN))
        return 0;
      st[sp].call = (uint8_t)call;
      prev = ST_OPER;
      continue;
    }
    case '[': {
      int member = prev == ST_OPERAND || prev == ST_FUNC_END;
      i++;
      if (!member && top->chain != SC_EMPTY)
        return 0;
      if (!scan_push(st, &sp, member ? SB_MEMBER : SB_ARRAY))
        return 0;
      prev = ST_OPER;
      continue;
    }
    case ')':
    case ']': {
      int k = top->kind, ref;
      if (ch == ')' ? (k != SB_PAREN && k != SB_HEAD && k != SB_PARAMS)
                    : (k != SB_ARRAY && k != SB_MEMBER))
        return 0;
      if (top->ternary || (ch == ')' && prev == ST_COMMA))
        return 0; /* f(a,) is ES2017 */
      if (top->need_ref && top->chain != SC_REF)
        return 0;
      ref = k == SB_MEMBER || (k == SB_PAREN && !top->call && top->simple &&
                               top->chain == SC_REF);
      i++;
      sp--;
      top = &st[sp];
      if (k == SB_HEAD) {
        top->chain = SC_EMPTY;
        top->pure = 1;
        prev = ST_BODY;
      } else if (k == SB_PARAMS) {
        prev = ST_PARAMS_END;
      } else {
        top->chain = ref ? SC_REF : SC_VALUE;
        prev = ST_OPERAND;
      }
      if (k == SB_ARRAY) {
        if (scan_pattern_follows(s, len, i, top->kind == SB_HEAD))
          return 0; /* destructuring */
      }
      continue;
    }
    case '{': {
      int kind;
      if (prev == ST_PARAMS_END)
        kind = SB_FUNC;
      else if (stmt)
        kind = SB_BLOCK;
      else if (prev == ST_OPER || prev == ST_COMMA)
        kind = SB_OBJECT;
      else
        return 0;
      if (kind == SB_BLOCK && !sc_boundary(top))
        return 0;
      if (kind == SB_OBJECT && top->chain != SC_EMPTY)
        return 0;
      i++;
      if (!scan_push(st, &sp, kind))
        return 0;
      prev = kind == SB_OBJECT ? ST_OPER : ST_START;
      continue;
    }
    case '}': {
      int k = top->kind;
      if ((k != SB_BLOCK && k != SB_FUNC && k != SB_OBJECT) || top->ternary ||
          top->cases || (top->need_ref && top->chain != SC_REF))
        return 0;
      i++;
      sp--;
      top = &st[sp];
      if (k == SB_OBJECT) {
        if (scan_pattern_follows(s, len, i, top->kind == SB_HEAD))
          return 0; /* destructuring */
        top->chain = SC_VALUE;
        prev = ST_OPERAND;
      } else if (k == SB_FUNC) {
        /* a function expression's value, or a declaration's end */
        prev = ST_FUNC_END;
      } else {
        prev = ST_START;
      }
      continue;
    }
    case ';':
      i++;
      if (top->ternary || top->kind == SB_OBJECT || top->kind == SB_ARRAY ||
          top->kind == SB_MEMBER || top->kind == SB_PARAMS || !sc_boundary(top))
        return 0;
      top->forhead = 0;
      prev = top->kind == SB_PAREN || top->kind == SB_HEAD ? ST_OPER : ST_START;
      continue;
    case ',':
      i++;
      if (top->ternary || !sc_boundary(top))
        return 0;
      if (top->kind == SB_OBJECT)
        top->obj = SO_KEY;
      prev = ST_COMMA;
      continue;
    case '?':
      if (i + 1 < len &&
          (s[i + 1] == '?' ||
           (s[i + 1] == '.' &&
            !(i + 2 < len && s[i + 2] >= '0' && s[i + 2] <= '9'))))
        return 0; /* ?? ?. */
      i++;
      if (top->ternary == 255 || !sc_oper(top))
        return 0;
      top->ternary++;
      top->pure = 1; /* a ? b = 1 : c */
      prev = ST_OPER;
      continue;
    case ':':
      i++;
      if (top->ternary) {
        top->ternary--;
        if (!sc_oper(top))
          return 0;
        top->pure = 1; /* a ? b : c = 1 */
        prev = ST_OPER;
      } else if (top->cases) {
        top->cases--;
        if (!sc_boundary(top))
          return 0;
        prev = ST_START;
      } else {
        return 0;
      }
      continue;
    case '.':
      if (i + 1 < len && s[i + 1] == '.')
        return 0;
      if (prev != ST_OPERAND && prev != ST_FUNC_END)
        return 0;
      i++;
      prev = ST_DOT;
      continue;
    case '/':
      if (prev == ST_OPER || prev == ST_COMMA || prev == ST_START ||
          prev == ST_BODY) {
        if (top->chain != SC_EMPTY || !scan_regexp(s, len, &i))
          return 0;
        top->chain = SC_VALUE;
        prev = ST_OPERAND;
        continue;
      }
      if (prev != ST_OPERAND)
        return 0; /* after a function's }, ++ or --: the grammar's call */
      break;      /* / or /= */
    case '+':
    case '-':
      if (i + 1 < len && s[i + 1] == (char)ch) {
        size_t j;
        i += 2;
        if (prev == ST_OPERAND && !nl) {
          /* x++: x must be a simple target */
          if (top->chain != SC_REF)
            return 0;
          top->chain = SC_VALUE;
          prev = ST_INCDEC;
          continue;
        }
        /* ++x (also after a line break: ASI ends the statement before) */
        if (asi && !sc_boundary(top))
          return 0;
        j = scan_peek(s, len, i);
        if (j == (size_t)-1 ||
            (j + 1 < len && (s[j] == '+' || s[j] == '-') && s[j + 1] == s[j]))
          return 0; /* ++ ++x */
        if (!sc_oper(top))
          return 0;
        top->need_ref = 1;
        prev = ST_OPER;
        continue;
      }
      break;
    default:
      break;
    }
    /* the operators */
    {
      int assign = 0;
      size_t n = scan_operator(s, len, i, &assign);
      if (n == 0)
        return 0; /* ` # @ \ non-ASCII, anything else */
      i += n;
      if (assign) {
        if (!top->pure || top->chain != SC_REF || top->need_ref)
          return 0; /* not a simple target: the parser's early error */
        if (!sc_boundary(top))
          return 0;
      } else if (!sc_oper(top)) {
        return 0;
      }
      prev = ST_OPER;
    }
  }
  /* the end: nothing open, no operator waiting for its operand */
  return sp == 0 && prev != ST_OPER && prev != ST_COMMA && prev != ST_DOT &&
         prev != ST_FUNCTION && prev != ST_FUNC_NAME && prev != ST_PARAMS_END &&
         !(st[0].need_ref && st[0].chain != SC_REF) && !st[0].ternary &&
         !st[0].cases;
}

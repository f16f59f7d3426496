/* lex.c - bytes to tokens: UTF-8 source, one token ahead of the parser.
 *
 * The lexer never decides what the grammar decides: a '/' is division
 * until the parser, at the start of an expression, asks for a regexp
 * (jc_lex_regexp); a '}' is a brace until the parser, closing a template
 * substitution, asks for the rest of the template. It records facts
 * (newline before a token, escapes, legacy octal) and the parser turns
 * them into errors where the mode says so (strict code is known only
 * after a directive, one token too late for the lexer).
 *
 * Line starts go to c->lines as they are passed (re-scanning a token
 * does not add them twice). Input is not NUL-terminated: every read
 * checks pos < len. After the first error every token is EOF. */
#include <stdlib.h>
#include <string.h>

#include "lex.h"
#include "lex_unicode.h"

/* ---- characters ---- */

/* 1: identifier start, 2: identifier part (ASCII) */
static const uint8_t lex_ascii_id[128] = {
    ['$'] = 3, ['_'] = 3, ['0'] = 2, ['1'] = 2, ['2'] = 2, ['3'] = 2, ['4'] = 2,
    ['5'] = 2, ['6'] = 2, ['7'] = 2, ['8'] = 2, ['9'] = 2, ['A'] = 3, ['B'] = 3,
    ['C'] = 3, ['D'] = 3, ['E'] = 3, ['F'] = 3, ['G'] = 3, ['H'] = 3, ['I'] = 3,
    ['J'] = 3, ['K'] = 3, ['L'] = 3, ['M'] = 3, ['N'] = 3, ['O'] = 3, ['P'] = 3,
    ['Q'] = 3, ['R'] = 3, ['S'] = 3, ['T'] = 3, ['U'] = 3, ['V'] = 3, ['W'] = 3,
    ['X'] = 3, ['Y'] = 3, ['Z'] = 3, ['a'] = 3, ['b'] = 3, ['c'] = 3, ['d'] = 3,
    ['e'] = 3, ['f'] = 3, ['g'] = 3, ['h'] = 3, ['i'] = 3, ['j'] = 3, ['k'] = 3,
    ['l'] = 3, ['m'] = 3, ['n'] = 3, ['o'] = 3, ['p'] = 3, ['q'] = 3, ['r'] = 3,
    ['s'] = 3, ['t'] = 3, ['u'] = 3, ['v'] = 3, ['w'] = 3, ['x'] = 3, ['y'] = 3,
    ['z'] = 3,
};

static int lex_in_table(const uint32_t (*t)[2], size_t n, uint32_t cp) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < t[mid][0])
      hi = mid;
    else if (cp > t[mid][1])
      lo = mid + 1;
    else
      return 1;
  }
  return 0;
}

static int lex_id_start_cp(uint32_t cp) {
  if (cp < 128)
    return (lex_ascii_id[cp] & 1) != 0;
  return lex_in_table(lex_id_start, sizeof lex_id_start / sizeof *lex_id_start,
                      cp);
}

static int lex_id_part_cp(uint32_t cp) {
  if (cp < 128)
    return lex_ascii_id[cp] != 0;
  return lex_in_table(lex_id_continue,
                      sizeof lex_id_continue / sizeof *lex_id_continue, cp);
}

/* Decodes one UTF-8 sequence at s[0..n); *len gets its length. Invalid
 * bytes decode as themselves with length 1 (never an identifier). */
static uint32_t lex_utf8(const unsigned char *s, size_t n, uint32_t *len) {
  uint32_t c = s[0];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if (c >= 0xC2 && c < 0xE0 && n >= 2 && (s[1] & 0xC0) == 0x80) {
    *len = 2;
    return ((c & 0x1F) << 6) | (s[1] & 0x3F);
  }
  if (c >= 0xE0 && c < 0xF0 && n >= 3 && (s[1] & 0xC0) == 0x80 &&
      (s[2] & 0xC0) == 0x80) {
    uint32_t cp = ((c & 0x0F) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3F);
    if (cp >= 0x800) {
      *len = 3;
      return cp;
    }
  }
  if (c >= 0xF0 && c < 0xF5 && n >= 4 && (s[1] & 0xC0) == 0x80 &&
      (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80) {
    uint32_t cp = ((c & 0x07) << 18) | ((s[1] & 0x3Fu) << 12) |
                  ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3F);
    if (cp >= 0x10000 && cp <= 0x10FFFF) {
      *len = 4;
      return cp;
    }
  }
  *len = 1;
  return 0xFFFD0000u | c; /* not a code point */
}

/* UTF-8 (WTF-8 for lone surrogates) of cp into out; returns the length. */
static uint32_t lex_put_utf8(char *out, uint32_t cp) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

static int lex_is_space_cp(uint32_t cp) {
  return cp == 0xA0 || cp == 0xFEFF || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000;
}

static int lex_hexval(int ch) {
  if (ch >= '0' && ch <= '9')
    return ch - '0';
  if (ch >= 'a' && ch <= 'f')
    return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F')
    return ch - 'A' + 10;
  return -1;
}

/* ---- state ---- */

static void lex_fail(jc_lexer *lx, uint32_t at, const char *msg) {
  jc_error(lx->c, JSC_ESYNTAX, at, "%s", msg);
  lx->pos = lx->len;
  lx->t.type = JC_T_ERROR;
}

static void lex_newline(jc_lexer *lx, uint32_t next_start) {
  jc_ctx *c = lx->c;
  lx->line++;
  lx->line_start = next_start;
  if (c->nlines > 0 && c->lines[c->nlines - 1] >= next_start)
    return; /* re-scan */
  if (c->nlines == c->lines_cap) {
    uint32_t cap = c->lines_cap ? c->lines_cap * 2 : 256;
    uint32_t *n = jc_raw_alloc(c, cap * sizeof *n);
    if (n == NULL) {
      lx->pos = lx->len;
      return;
    }
    if (c->nlines)
      memcpy(n, c->lines, c->nlines * sizeof *n);
    jc_raw_free(c, c->lines);
    c->lines = n;
    c->lines_cap = cap;
  }
  c->lines[c->nlines++] = next_start;
}

static char *lex_buf(jc_lexer *lx, uint32_t need) {
  if (need > lx->buf_cap) {
    uint32_t cap = lx->buf_cap ? lx->buf_cap : 256;
    char *b;
    while (cap < need)
      cap *= 2;
    b = jc_alloc(lx->c, cap);
    if (b == NULL)
      return NULL;
    lx->buf = b;
    lx->buf_cap = cap;
  }
  return lx->buf;
}

static const char *const lex_keywords[JC_KW_NKEYWORDS] = {
    [JC_KW_BREAK] = "break",
    [JC_KW_CASE] = "case",
    [JC_KW_CATCH] = "catch",
    [JC_KW_CLASS] = "class",
    [JC_KW_CONST] = "const",
    [JC_KW_CONTINUE] = "continue",
    [JC_KW_DEBUGGER] = "debugger",
    [JC_KW_DEFAULT] = "default",
    [JC_KW_DELETE] = "delete",
    [JC_KW_DO] = "do",
    [JC_KW_ELSE] = "else",
    [JC_KW_ENUM] = "enum",
    [JC_KW_EXPORT] = "export",
    [JC_KW_EXTENDS] = "extends",
    [JC_KW_FALSE] = "false",
    [JC_KW_FINALLY] = "finally",
    [JC_KW_FOR] = "for",
    [JC_KW_FUNCTION] = "function",
    [JC_KW_IF] = "if",
    [JC_KW_IMPORT] = "import",
    [JC_KW_IN] = "in",
    [JC_KW_INSTANCEOF] = "instanceof",
    [JC_KW_NEW] = "new",
    [JC_KW_NULL] = "null",
    [JC_KW_RETURN] = "return",
    [JC_KW_SUPER] = "super",
    [JC_KW_SWITCH] = "switch",
    [JC_KW_THIS] = "this",
    [JC_KW_THROW] = "throw",
    [JC_KW_TRUE] = "true",
    [JC_KW_TRY] = "try",
    [JC_KW_TYPEOF] = "typeof",
    [JC_KW_VAR] = "var",
    [JC_KW_VOID] = "void",
    [JC_KW_WHILE] = "while",
    [JC_KW_WITH] = "with",
    [JC_KW_IMPLEMENTS] = "implements",
    [JC_KW_INTERFACE] = "interface",
    [JC_KW_LET] = "let",
    [JC_KW_PACKAGE] = "package",
    [JC_KW_PRIVATE] = "private",
    [JC_KW_PROTECTED] = "protected",
    [JC_KW_PUBLIC] = "public",
    [JC_KW_STATIC] = "static",
    [JC_KW_YIELD] = "yield",
    [JC_KW_AWAIT] = "await",
    [JC_KW_ASYNC] = "async",
    [JC_KW_OF] = "of",
    [JC_KW_GET] = "get",
    [JC_KW_SET] = "set",
    [JC_KW_AS] = "as",
    [JC_KW_FROM] = "from",
    [JC_KW_TARGET] = "target",
    [JC_KW_META] = "meta",
    [JC_KW_CONSTRUCTOR] = "constructor",
    [JC_KW_ARGUMENTS] = "arguments",
    [JC_KW_EVAL] = "eval",
    [JC_KW_PROTO] = "__proto__",
    [JC_KW_USE_STRICT] = "use strict",
    [JC_KW_PROTOTYPE] = "prototype",
};

int jc_lex_init(jc_lexer *lx, jc_ctx *c, int module) {
  int i;
  memset(lx, 0, sizeof *lx);
  lx->c = c;
  lx->src = c->src;
  lx->len = (uint32_t)c->len;
  lx->line = 1;
  lx->module = (uint8_t)module;
  for (i = 1; i < JC_KW_NKEYWORDS; i++) {
    jc_atom *a = jc_atom_get(c, lex_keywords[i], strlen(lex_keywords[i]));
    if (a == NULL)
      return c->status;
    a->keyword = (uint16_t)i;
  }
  if (lx->len >= 4096) {
    uint32_t n = 256;
    while (n < 4096 && n * 16 < lx->len)
      n *= 2;
    lx->cache = jc_alloc(c, n * sizeof *lx->cache);
    if (lx->cache == NULL)
      return c->status;
    lx->cache_mask = n - 1;
  }
  if (c->nlines == 0) {
    c->nlines = 0;
    lx->line_start = 0;
    /* line 1 starts at 0 */
    if (c->lines_cap == 0) {
      c->lines = jc_raw_alloc(c, 256 * sizeof *c->lines);
      if (c->lines == NULL)
        return c->status;
      c->lines_cap = 256;
    }
    c->lines[c->nlines++] = 0;
  }
  /* A hashbang line is a comment (ES2023). */
  if (lx->len >= 2 && lx->src[0] == '#' && lx->src[1] == '!') {
    lx->pos = 2;
    while (lx->pos < lx->len) {
      unsigned char ch = (unsigned char)lx->src[lx->pos];
      if (ch == '\n' || ch == '\r')
        break;
      if (ch == 0xE2 && lx->pos + 2 < lx->len &&
          (unsigned char)lx->src[lx->pos + 1] == 0x80 &&
          ((unsigned char)lx->src[lx->pos + 2] == 0xA8 ||
           (unsigned char)lx->src[lx->pos + 2] == 0xA9))
        break;
      lx->pos++;
    }
  }
  return c->status;
}

/* ---- whitespace and comments ---- */

/* At a line terminator? Returns its length (0: not one). */
static uint32_t lex_lt(const jc_lexer *lx, uint32_t pos) {
  unsigned char ch = (unsigned char)lx->src[pos];
  if (ch == '\n')
    return 1;
  if (ch == '\r')
    return pos + 1 < lx->len && lx->src[pos + 1] == '\n' ? 2 : 1;
  if (ch == 0xE2 && pos + 2 < lx->len &&
      (unsigned char)lx->src[pos + 1] == 0x80 &&
      ((unsigned char)lx->src[pos + 2] == 0xA8 ||
       (unsigned char)lx->src[pos + 2] == 0xA9))
    return 3;
  return 0;
}

static void lex_line_comment(jc_lexer *lx) {
  const char *s = lx->src;
  uint32_t pos = lx->pos, len = lx->len;
  while (pos < len) {
    unsigned char ch = (unsigned char)s[pos];
    if (ch == '\n' || ch == '\r')
      break;
    if (ch == 0xE2 && lex_lt(lx, pos))
      break;
    pos++;
  }
  lx->pos = pos;
}

/* Skips whitespace and comments; returns whether a line terminator was
 * passed. */
static int lex_skip(jc_lexer *lx) {
  const char *s = lx->src;
  uint32_t len = lx->len;
  int nl = 0;
  while (lx->pos < len) {
    unsigned char ch = (unsigned char)s[lx->pos];
    switch (ch) {
    case ' ':
    case '\t':
    case '\v':
    case '\f':
      lx->pos++;
      continue;
    case '\n':
      lx->pos++;
      lex_newline(lx, lx->pos);
      nl = 1;
      continue;
    case '\r':
      lx->pos++;
      if (lx->pos < len && s[lx->pos] == '\n')
        lx->pos++;
      lex_newline(lx, lx->pos);
      nl = 1;
      continue;
    case '/':
      if (lx->pos + 1 < len && s[lx->pos + 1] == '/') {
        lx->pos += 2;
        lex_line_comment(lx);
        continue;
      }
      if (lx->pos + 1 < len && s[lx->pos + 1] == '*') {
        uint32_t start = lx->pos, l;
        lx->pos += 2;
        for (;;) {
          if (lx->pos >= len) {
            lex_fail(lx, start, "Invalid or unexpected token");
            return nl;
          }
          ch = (unsigned char)s[lx->pos];
          if (ch == '*' && lx->pos + 1 < len && s[lx->pos + 1] == '/') {
            lx->pos += 2;
            break;
          }
          if ((ch == '\n' || ch == '\r' || ch == 0xE2) &&
              (l = lex_lt(lx, lx->pos)) != 0) {
            lx->pos += l;
            lex_newline(lx, lx->pos);
            nl = 1;
            continue;
          }
          lx->pos++;
        }
        continue;
      }
      return nl;
    case '<': /* <!-- (Annex B, scripts only) */
      if (!lx->module && lx->pos + 3 < len && s[lx->pos + 1] == '!' &&
          s[lx->pos + 2] == '-' && s[lx->pos + 3] == '-') {
        lx->pos += 4;
        lex_line_comment(lx);
        continue;
      }
      return nl;
    case '-': /* --> at the start of a line (Annex B, scripts only) */
      if (!lx->module && (nl || !lx->seen_token) && lx->pos + 2 < len &&
          s[lx->pos + 1] == '-' && s[lx->pos + 2] == '>') {
        lx->pos += 3;
        lex_line_comment(lx);
        continue;
      }
      return nl;
    default:
      if (ch >= 0x80) {
        uint32_t l, cp = lex_utf8((const unsigned char *)s + lx->pos,
                                  len - lx->pos, &l);
        if (cp == 0x2028 || cp == 0x2029) {
          lx->pos += l;
          lex_newline(lx, lx->pos);
          nl = 1;
          continue;
        }
        if (lex_is_space_cp(cp)) {
          lx->pos += l;
          continue;
        }
      }
      return nl;
    }
  }
  return nl;
}

/* ---- escapes (strings, templates, identifiers) ---- */

/* Reads \u escape at pos (pointing at 'u'); returns the code point or -1;
 * *braced set for \u{...}. */
static int32_t lex_unicode_escape(jc_lexer *lx, uint32_t *pos, int *braced) {
  const char *s = lx->src;
  uint32_t p = *pos + 1;
  int32_t v = 0;
  *braced = 0;
  if (p < lx->len && s[p] == '{') {
    int n = 0;
    p++;
    *braced = 1;
    while (p < lx->len && s[p] != '}') {
      int h = lex_hexval((unsigned char)s[p]);
      if (h < 0)
        return -1;
      v = v * 16 + h;
      if (v > 0x10FFFF)
        return -1;
      p++;
      n++;
    }
    if (p >= lx->len || n == 0)
      return -1;
    *pos = p + 1;
    return v;
  }
  if (p + 4 > lx->len)
    return -1;
  for (int i = 0; i < 4; i++) {
    int h = lex_hexval((unsigned char)s[p + i]);
    if (h < 0)
      return -1;
    v = v * 16 + h;
  }
  *pos = p + 4;
  return v;
}

/* Decodes the body of a string (quote > 0) or template part (quote 0)
 * from lx->pos into lx->buf. Stops at the closing quote, or for a
 * template at '`' or "${". Returns the cooked length, or -1 on a fatal
 * error (status set). Template escapes that are invalid set
 * JC_TF_BADESC instead of failing. */
static int64_t lex_cook(jc_lexer *lx, int quote, uint32_t tok_start) {
  const char *s = lx->src;
  uint32_t len = lx->len, n = 0;
  char *out = lex_buf(lx, 64);
  for (;;) {
    unsigned char ch;
    if (out == NULL)
      return -1;
    if (n + 8 > lx->buf_cap && (out = lex_buf(lx, n + 64)) == NULL)
      return -1;
    if (lx->pos >= len) {
      lex_fail(lx, tok_start,
               quote ? "Invalid or unexpected token"
                     : "Unterminated template literal");
      return -1;
    }
    ch = (unsigned char)s[lx->pos];
    if (quote && ch == quote) {
      lx->pos++;
      return n;
    }
    if (!quote) {
      if (ch == '`') {
        lx->t.tail = 1;
        lx->pos++;
        return n;
      }
      if (ch == '$' && lx->pos + 1 < len && s[lx->pos + 1] == '{') {
        lx->t.tail = 0;
        lx->pos += 2;
        return n;
      }
    }
    if (ch == '\n' || ch == '\r') {
      if (quote) {
        lex_fail(lx, tok_start, "Invalid or unexpected token");
        return -1;
      }
      lx->pos += lex_lt(lx, lx->pos);
      lex_newline(lx, lx->pos);
      out[n++] = '\n';
      continue;
    }
    if (ch == 0xE2 && lex_lt(lx, lx->pos)) { /* U+2028/9: allowed (ES2019) */
      if (quote)
        lx->t.flags |= JC_TF_MODERN;
      out[n++] = s[lx->pos++];
      out[n++] = s[lx->pos++];
      out[n++] = s[lx->pos++];
      lex_newline(lx, lx->pos);
      continue;
    }
    if (ch != '\\') {
      out[n++] = (char)ch;
      lx->pos++;
      continue;
    }
    /* an escape */
    lx->t.flags |= JC_TF_ESCAPED;
    {
      uint32_t esc = lx->pos, l;
      lx->pos++;
      if (lx->pos >= len)
        continue; /* reported as unterminated */
      ch = (unsigned char)s[lx->pos];
      switch (ch) {
      case 'n':
        out[n++] = '\n';
        lx->pos++;
        break;
      case 't':
        out[n++] = '\t';
        lx->pos++;
        break;
      case 'r':
        out[n++] = '\r';
        lx->pos++;
        break;
      case 'b':
        out[n++] = '\b';
        lx->pos++;
        break;
      case 'f':
        out[n++] = '\f';
        lx->pos++;
        break;
      case 'v':
        out[n++] = '\v';
        lx->pos++;
        break;
      case '\r':
      case '\n':
        lx->pos += lex_lt(lx, lx->pos);
        lex_newline(lx, lx->pos);
        break;
      case 'x': {
        int h1 =
            lx->pos + 1 < len ? lex_hexval((unsigned char)s[lx->pos + 1]) : -1;
        int h2 =
            lx->pos + 2 < len ? lex_hexval((unsigned char)s[lx->pos + 2]) : -1;
        if (h1 < 0 || h2 < 0) {
          if (!quote) {
            lx->t.flags |= JC_TF_BADESC;
            if (!lx->t.esc)
              lx->t.esc = esc + 1;
            lx->pos++;
            break;
          }
          lex_fail(lx, esc, "Invalid hexadecimal escape sequence");
          return -1;
        }
        n += lex_put_utf8(out + n, (uint32_t)(h1 * 16 + h2));
        lx->pos += 3;
        break;
      }
      case 'u': {
        int braced;
        uint32_t p = lx->pos;
        int32_t cp = lex_unicode_escape(lx, &p, &braced);
        if (cp < 0) {
          if (!quote) {
            lx->t.flags |= JC_TF_BADESC;
            if (!lx->t.esc)
              lx->t.esc = esc + 1;
            lx->pos++;
            break;
          }
          lex_fail(lx, esc, "Invalid Unicode escape sequence");
          return -1;
        }
        if (braced)
          lx->t.flags |= JC_TF_MODERN;
        lx->pos = p;
        if (cp >= 0xD800 && cp <= 0xDBFF && p + 1 < len && s[p] == '\\' &&
            s[p + 1] == 'u') {
          uint32_t p2 = p + 1;
          int b2;
          int32_t lo = lex_unicode_escape(lx, &p2, &b2);
          if (lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            if (b2)
              lx->t.flags |= JC_TF_MODERN;
            lx->pos = p2;
          }
        }
        n += lex_put_utf8(out + n, (uint32_t)cp);
        break;
      }
      case '0':
        if (!(lx->pos + 1 < len && s[lx->pos + 1] >= '0' &&
              s[lx->pos + 1] <= '9')) {
          out[n++] = '\0';
          lx->pos++;
          break;
        }
        /* fall through */
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        int v = ch - '0', digits = 1;
        int maxd = ch <= '3' ? 3 : 2;
        if (!quote) {
          lx->t.flags |= JC_TF_BADESC;
          if (!lx->t.esc)
            lx->t.esc = esc;
          lx->pos++;
          break;
        }
        lx->t.flags |= JC_TF_OCTAL;
        if (!lx->t.esc)
          lx->t.esc = esc;
        lx->pos++;
        while (digits < maxd && lx->pos < len && s[lx->pos] >= '0' &&
               s[lx->pos] <= '7') {
          v = v * 8 + (s[lx->pos] - '0');
          lx->pos++;
          digits++;
        }
        n += lex_put_utf8(out + n, (uint32_t)v);
        break;
      }
      case '8':
      case '9':
        if (!quote) {
          lx->t.flags |= JC_TF_BADESC;
          if (!lx->t.esc)
            lx->t.esc = esc;
          lx->pos++;
          break;
        }
        lx->t.flags |= JC_TF_OCTAL;
        if (!lx->t.esc)
          lx->t.esc = esc;
        out[n++] = (char)ch;
        lx->pos++;
        break;
      default:
        if (ch >= 0x80) {
          l = lex_lt(lx, lx->pos);
          if (l) { /* line continuation with U+2028/9 */
            lx->pos += l;
            lex_newline(lx, lx->pos);
            break;
          }
          lex_utf8((const unsigned char *)s + lx->pos, len - lx->pos, &l);
          memcpy(out + n, s + lx->pos, l);
          n += l;
          lx->pos += l;
          break;
        }
        out[n++] = (char)ch;
        lx->pos++;
        break;
      }
    }
  }
}

/* ---- tokens ---- */

static void lex_string(jc_lexer *lx, int quote) {
  const char *s = lx->src;
  uint32_t start = ++lx->pos, p = start, len = lx->len;
  /* fast path: no escapes, no line terminators */
  while (p < len) {
    unsigned char ch = (unsigned char)s[p];
    if (ch == quote) {
      lx->t.atom = jc_atom_get(lx->c, s + start, p - start);
      lx->pos = p + 1;
      return;
    }
    if (ch == '\\' || ch == '\n' || ch == '\r' || ch == 0xE2)
      break;
    p++;
  }
  {
    int64_t n;
    lx->pos = start;
    n = lex_cook(lx, quote, start - 1);
    if (n < 0)
      return;
    lx->t.atom = jc_atom_get(lx->c, lx->buf, (size_t)n);
  }
}

/* A template part from lx->pos (just after '`' or '}'). */
static void lex_template(jc_lexer *lx) {
  int64_t n;
  lx->t.type = JC_T_TEMPLATE;
  n = lex_cook(lx, 0, lx->t.start);
  if (n < 0)
    return;
  if (lx->t.flags & JC_TF_BADESC)
    lx->t.atom = NULL;
  else
    lx->t.atom = jc_atom_get(lx->c, lx->buf, (size_t)n);
}

static void lex_ident_slow(jc_lexer *lx, uint32_t start) {
  const char *s = lx->src;
  uint32_t len = lx->len, n = lx->pos - start;
  char *out = lex_buf(lx, n + 64);
  if (out == NULL)
    return;
  memcpy(out, s + start, n);
  for (;;) {
    uint32_t cp, l;
    if (n + 8 > lx->buf_cap && (out = lex_buf(lx, n + 64)) == NULL)
      return;
    if (lx->pos >= len)
      break;
    if (s[lx->pos] == '\\') {
      int braced;
      uint32_t p = lx->pos + 1;
      int32_t v;
      if (p >= len || s[p] != 'u' ||
          (v = lex_unicode_escape(lx, &p, &braced)) < 0 ||
          !(n == 0 ? lex_id_start_cp((uint32_t)v)
                   : lex_id_part_cp((uint32_t)v))) {
        lex_fail(lx, lx->pos, "Invalid Unicode escape sequence");
        return;
      }
      lx->t.flags |= JC_TF_ESCAPED;
      if (braced || v >= 0x10000)
        lx->t.flags |= JC_TF_MODERN;
      lx->pos = p;
      n += lex_put_utf8(out + n, (uint32_t)v);
      continue;
    }
    cp = lex_utf8((const unsigned char *)s + lx->pos, len - lx->pos, &l);
    if (!(n == 0 ? lex_id_start_cp(cp) : lex_id_part_cp(cp)))
      break;
    if (cp >= 0x10000)
      lx->t.flags |= JC_TF_MODERN;
    memcpy(out + n, s + lx->pos, l);
    n += l;
    lx->pos += l;
  }
  lx->t.atom = jc_atom_get(lx->c, out, n);
}

static void lex_ident(jc_lexer *lx) {
  const char *s = lx->src;
  uint32_t start = lx->pos, p = start, len = lx->len, h = 0, n;
  unsigned char ch;
  while (p < len && (ch = (unsigned char)s[p]) < 128 && lex_ascii_id[ch]) {
    h = h * 31 + ch;
    p++;
  }
  lx->pos = p;
  if (p < len && (s[p] == '\\' || (unsigned char)s[p] >= 128)) {
    lex_ident_slow(lx, start);
    return;
  }
  n = p - start;
  if (lx->cache != NULL) {
    jc_atom **slot = &lx->cache[(h ^ (h >> 13)) & lx->cache_mask];
    jc_atom *a = *slot;
    if (a != NULL && a->len == n && memcmp(a->text, s + start, n) == 0) {
      lx->t.atom = a;
      return;
    }
    lx->t.atom = *slot = jc_atom_get(lx->c, s + start, n);
    return;
  }
  lx->t.atom = jc_atom_get(lx->c, s + start, n);
}

static int lex_digit_ok(int ch, int base) {
  int v = lex_hexval(ch);
  return v >= 0 && v < base;
}

/* Digits of `base` with separators from lx->pos; accumulates into *v.
 * Returns the number of digits (-1: bad separator, status set). */
static int lex_digits(jc_lexer *lx, int base, double *v) {
  const char *s = lx->src;
  uint32_t len = lx->len;
  int n = 0;
  while (lx->pos < len) {
    int ch = (unsigned char)s[lx->pos];
    if (ch == '_') {
      if (n == 0 || lx->pos + 1 >= len ||
          !lex_digit_ok((unsigned char)s[lx->pos + 1], base)) {
        lex_fail(lx, lx->pos,
                 lx->pos + 1 < len && s[lx->pos + 1] == '_'
                     ? "Only one underscore is allowed as numeric separator"
                     : "Numeric separators are not allowed at the end of "
                       "numeric literals");
        return -1;
      }
      lx->t.flags |= JC_TF_MODERN;
      lx->pos++;
      continue;
    }
    if (!lex_digit_ok(ch, base))
      break;
    *v = *v * base + lex_hexval(ch);
    lx->pos++;
    n++;
  }
  return n;
}

static void lex_number(jc_lexer *lx) {
  const char *s = lx->src;
  uint32_t start = lx->pos, len = lx->len;
  double v = 0;
  int simple = 1;
  lx->t.type = JC_T_NUM;
  if (s[start] == '0' && start + 1 < len) {
    int ch = s[start + 1] | 0x20, base = 0;
    if (s[start + 1] == '_') {
      lex_fail(lx, start + 1,
               "Numeric separator can not be used after leading 0.");
      return;
    }
    if (ch == 'x')
      base = 16;
    else if (ch == 'o')
      base = 8;
    else if (ch == 'b')
      base = 2;
    if (base) {
      lx->pos += 2;
      if (base != 16)
        lx->t.flags |= JC_TF_MODERN;
      if (lex_digits(lx, base, &v) <= 0) {
        if (lx->t.type != JC_T_ERROR)
          lex_fail(lx, start, "Invalid or unexpected token");
        return;
      }
      if (lx->pos < len && s[lx->pos] == 'n') {
        lx->pos++;
        lx->t.type = JC_T_BIGINT;
      }
      goto done;
    }
    if (s[start + 1] >= '0' && s[start + 1] <= '9') {
      /* legacy octal (010) or a decimal with a leading zero (089) */
      uint32_t p = start + 1;
      int octal = 1;
      while (p < len && s[p] >= '0' && s[p] <= '9') {
        if (s[p] >= '8')
          octal = 0;
        p++;
      }
      lx->t.flags |= JC_TF_OCTAL;
      if (p < len && s[p] == '_') {
        lex_fail(lx, p, "Numeric separator can not be used after leading 0.");
        return;
      }
      if (octal) {
        uint32_t i;
        for (i = start + 1; i < p; i++)
          v = v * 8 + (s[i] - '0');
        lx->pos = p;
        lx->t.esc = 1; /* legacy octal, not a leading-zero decimal */
        goto done;
      }
      lx->pos = p;
      simple = 0; /* fraction/exponent may follow: strtod */
      goto fraction;
    }
  }
  if (s[start] != '.') {
    if (lex_digits(lx, 10, &v) < 0)
      return;
    if (lx->pos < len && s[lx->pos] == 'n') {
      if (s[start] == '0' && lx->pos - start > 1) {
        lex_fail(lx, start, "Invalid or unexpected token");
        return;
      }
      lx->pos++;
      lx->t.type = JC_T_BIGINT;
      goto done;
    }
  }
fraction:
  if (lx->pos < len && s[lx->pos] == '.') {
    double f = 0;
    lx->pos++;
    simple = 0;
    if (lx->pos < len && s[lx->pos] == '_') {
      lex_fail(lx, lx->pos, "Numeric separators are not allowed here");
      return;
    }
    if (lex_digits(lx, 10, &f) < 0)
      return;
  }
  if (lx->pos < len && (s[lx->pos] | 0x20) == 'e') {
    double e = 0;
    uint32_t p = lx->pos + 1;
    if (p < len && (s[p] == '+' || s[p] == '-'))
      p++;
    if (p >= len || s[p] < '0' || s[p] > '9') {
      lex_fail(lx, start, "Invalid or unexpected token");
      return;
    }
    lx->pos = p;
    simple = 0;
    if (lex_digits(lx, 10, &e) < 0)
      return;
  }
  if (!simple || v >= 9007199254740992.0) {
    /* strtod over a copy without separators */
    uint32_t n = lx->pos - start, i, k = 0;
    char small[64], *b = n < sizeof small ? small : jc_alloc(lx->c, n + 1);
    if (b == NULL)
      return;
    for (i = 0; i < n; i++)
      if (s[start + i] != '_')
        b[k++] = s[start + i];
    b[k] = '\0';
    v = strtod(b, NULL);
  }
done:
  lx->t.num = v;
  if (lx->pos < len) {
    unsigned char ch = (unsigned char)s[lx->pos];
    uint32_t l;
    if ((ch < 128 && lex_ascii_id[ch]) || ch == '\\' ||
        (ch >= 128 &&
         lex_id_start_cp(lex_utf8((const unsigned char *)s + lx->pos,
                                  len - lx->pos, &l)))) {
      lex_fail(lx, lx->pos, "Invalid or unexpected token");
      return;
    }
  }
}

void jc_lex_next(jc_lexer *lx) {
  const char *s = lx->src;
  uint32_t len = lx->len;
  jc_tok *t = &lx->t;
  int nl;
  unsigned char ch;
  if (lx->c->status != JSC_OK) {
    t->type = JC_T_EOF;
    t->start = t->end = len;
    return;
  }
  nl = lex_skip(lx);
  t->nl = (uint8_t)nl;
  t->flags = 0;
  t->esc = 0;
  t->atom = NULL;
  t->start = lx->pos;
  t->line = lx->line;
  t->col = lx->pos - lx->line_start;
  lx->seen_token = 1;
  if (lx->c->status != JSC_OK || lx->pos >= len) {
    t->type = JC_T_EOF;
    t->start = t->end = len;
    return;
  }
  if ((++lx->ntok & 15) == 0)
    jc_tick(lx->c); /* (it polls the interrupt every 4096 calls) */
  ch = (unsigned char)s[lx->pos];
  if (ch < 128 && (lex_ascii_id[ch] & 1)) {
    t->type = JC_T_NAME;
    lex_ident(lx);
    t->end = lx->pos;
    return;
  }
#define LEX_AT(k) (lx->pos + (k) < len ? s[lx->pos + (k)] : '\0')
#define LEX_TOK(ty, n)                                                         \
  do {                                                                         \
    t->type = (ty);                                                            \
    lx->pos += (n);                                                            \
  } while (0)
  switch (ch) {
  case '0':
  case '1':
  case '2':
  case '3':
  case '4':
  case '5':
  case '6':
  case '7':
  case '8':
  case '9':
    lex_number(lx);
    break;
  case '"':
  case '\'':
    t->type = JC_T_STR;
    lex_string(lx, ch);
    break;
  case '`':
    lx->pos++;
    lex_template(lx);
    break;
  case '{':
  case '}':
  case '(':
  case ')':
  case '[':
  case ']':
  case ';':
  case ',':
  case ':':
  case '~':
    LEX_TOK(ch, 1);
    break;
  case '.':
    if (LEX_AT(1) >= '0' && LEX_AT(1) <= '9')
      lex_number(lx);
    else if (LEX_AT(1) == '.' && LEX_AT(2) == '.')
      LEX_TOK(JC_T_ELLIPSIS, 3);
    else
      LEX_TOK('.', 1);
    break;
  case '?':
    if (LEX_AT(1) == '.' && !(LEX_AT(2) >= '0' && LEX_AT(2) <= '9'))
      LEX_TOK(JC_T_OPTCHAIN, 2);
    else if (LEX_AT(1) == '?')
      if (LEX_AT(2) == '=')
        LEX_TOK(JC_T_NULLISH_ASSIGN, 3);
      else
        LEX_TOK(JC_T_NULLISH, 2);
    else
      LEX_TOK('?', 1);
    break;
  case '=':
    if (LEX_AT(1) == '>')
      LEX_TOK(JC_T_ARROW, 2);
    else if (LEX_AT(1) == '=')
      if (LEX_AT(2) == '=')
        LEX_TOK(JC_T_SEQ, 3);
      else
        LEX_TOK(JC_T_EQ, 2);
    else
      LEX_TOK('=', 1);
    break;
  case '!':
    if (LEX_AT(1) == '=')
      if (LEX_AT(2) == '=')
        LEX_TOK(JC_T_SNE, 3);
      else
        LEX_TOK(JC_T_NE, 2);
    else
      LEX_TOK('!', 1);
    break;
  case '<':
    if (LEX_AT(1) == '<')
      if (LEX_AT(2) == '=')
        LEX_TOK(JC_T_SHL_ASSIGN, 3);
      else
        LEX_TOK(JC_T_SHL, 2);
    else if (LEX_AT(1) == '=')
      LEX_TOK(JC_T_LE, 2);
    else
      LEX_TOK('<', 1);
    break;
  case '>':
    if (LEX_AT(1) == '>') {
      if (LEX_AT(2) == '>')
        if (LEX_AT(3) == '=')
          LEX_TOK(JC_T_USHR_ASSIGN, 4);
        else
          LEX_TOK(JC_T_USHR, 3);
      else if (LEX_AT(2) == '=')
        LEX_TOK(JC_T_SHR_ASSIGN, 3);
      else
        LEX_TOK(JC_T_SHR, 2);
    } else if (LEX_AT(1) == '=')
      LEX_TOK(JC_T_GE, 2);
    else
      LEX_TOK('>', 1);
    break;
  case '+':
    if (LEX_AT(1) == '+')
      LEX_TOK(JC_T_INC, 2);
    else if (LEX_AT(1) == '=')
      LEX_TOK(JC_T_ADD_ASSIGN, 2);
    else
      LEX_TOK('+', 1);
    break;
  case '-':
    if (LEX_AT(1) == '-')
      LEX_TOK(JC_T_DEC, 2);
    else if (LEX_AT(1) == '=')
      LEX_TOK(JC_T_SUB_ASSIGN, 2);
    else
      LEX_TOK('-', 1);
    break;
  case '*':
    if (LEX_AT(1) == '*')
      if (LEX_AT(2) == '=')
        LEX_TOK(JC_T_EXP_ASSIGN, 3);
      else
        LEX_TOK(JC_T_EXP, 2);
    else if (LEX_AT(1) == '=')
      LEX_TOK(JC_T_MUL_ASSIGN, 2);
    else
      LEX_TOK('*', 1);
    break;
  case '/':
    if (LEX_AT(1) == '=')
      LEX_TOK(JC_T_DIV_ASSIGN, 2);
    else
      LEX_TOK('/', 1);
    break;
  case '%':
    if (LEX_AT(1) == '=')
      LEX_TOK(JC_T_MOD_ASSIGN, 2);
    else
      LEX_TOK('%', 1);
    break;
  case '&':
    if (LEX_AT(1) == '&')
      if (LEX_AT(2) == '=')
        LEX_TOK(JC_T_LAND_ASSIGN, 3);
      else
        LEX_TOK(JC_T_AND, 2);
    else if (LEX_AT(1) == '=')
      LEX_TOK(JC_T_AND_ASSIGN, 2);
    else
      LEX_TOK('&', 1);
    break;
  case '|':
    if (LEX_AT(1) == '|')
      if (LEX_AT(2) == '=')
        LEX_TOK(JC_T_LOR_ASSIGN, 3);
      else
        LEX_TOK(JC_T_OR, 2);
    else if (LEX_AT(1) == '=')
      LEX_TOK(JC_T_OR_ASSIGN, 2);
    else
      LEX_TOK('|', 1);
    break;
  case '^':
    if (LEX_AT(1) == '=')
      LEX_TOK(JC_T_XOR_ASSIGN, 2);
    else
      LEX_TOK('^', 1);
    break;
  case '#':
    lx->pos++;
    if (lx->pos < len &&
        ((unsigned char)s[lx->pos] >= 128 || s[lx->pos] == '\\' ||
         (lex_ascii_id[(unsigned char)s[lx->pos]] & 1))) {
      t->type = JC_T_PRIVATE;
      lex_ident(lx);
      if (t->atom != NULL && t->atom->len == 0 && lx->c->status == JSC_OK)
        lex_fail(lx, t->start, "Invalid or unexpected token");
      break;
    }
    lex_fail(lx, t->start, "Invalid or unexpected token");
    break;
  case '\\':
    t->type = JC_T_NAME;
    lex_ident(lx);
    break;
  default:
    if (ch >= 128) {
      uint32_t l;
      uint32_t cp =
          lex_utf8((const unsigned char *)s + lx->pos, len - lx->pos, &l);
      if (lex_id_start_cp(cp)) {
        t->type = JC_T_NAME;
        lex_ident(lx);
        break;
      }
    }
    lex_fail(lx, t->start, "Invalid or unexpected token");
    break;
  }
#undef LEX_AT
#undef LEX_TOK
  if (lx->c->status != JSC_OK) {
    t->type = JC_T_ERROR;
    t->end = t->start;
    return;
  }
  t->end = lx->pos;
}

void jc_lex_regexp(jc_lexer *lx) {
  const char *s = lx->src;
  uint32_t len = lx->len, start = lx->t.start, flags_at;
  int in_class = 0;
  unsigned seen = 0;
  jc_tok *t = &lx->t;
  lx->pos = start + 1;
  t->flags = 0;
  for (;;) {
    unsigned char ch;
    if (lx->pos >= len || lex_lt(lx, lx->pos)) {
      lex_fail(lx, start, "Invalid regular expression: missing /");
      t->type = JC_T_ERROR;
      return;
    }
    ch = (unsigned char)s[lx->pos];
    if (ch == '\\') {
      lx->pos++;
      if (lx->pos >= len || lex_lt(lx, lx->pos))
        continue; /* reported above */
      if ((s[lx->pos] == 'p' || s[lx->pos] == 'P' || s[lx->pos] == 'k') &&
          lx->pos + 1 < len && (s[lx->pos + 1] == '{' || s[lx->pos + 1] == '<'))
        t->flags |= JC_TF_MODERN;
      lx->pos++;
      continue;
    }
    if (ch == '[')
      in_class = 1;
    else if (ch == ']')
      in_class = 0;
    else if (ch == '/' && !in_class)
      break;
    else if (ch == '(' && !in_class && lx->pos + 2 < len &&
             s[lx->pos + 1] == '?' && s[lx->pos + 2] == '<')
      t->flags |= JC_TF_MODERN; /* named group or lookbehind (ES2018) */
    lx->pos++;
  }
  lx->pos++;
  flags_at = lx->pos;
  while (lx->pos < len) {
    unsigned char ch = (unsigned char)s[lx->pos];
    const char *f;
    unsigned bit;
    if (ch >= 128 || (!lex_ascii_id[ch] && ch != '\\'))
      break; /* (a non-ASCII identifier part here fails as a token) */
    f = ch < 128 ? strchr("dgimsuyv", ch) : NULL;
    if (f == NULL || ch == 0) {
      lex_fail(lx, start, "Invalid regular expression flags");
      t->type = JC_T_ERROR;
      return;
    }
    bit = 1u << (f - "dgimsuyv");
    if ((seen & bit) || ((bit == 0x20 || bit == 0x80) && (seen & 0xA0))) {
      lex_fail(lx, start, "Invalid regular expression flags");
      t->type = JC_T_ERROR;
      return;
    }
    seen |= bit;
    if (ch != 'g' && ch != 'i' && ch != 'm')
      t->flags |= JC_TF_MODERN;
    lx->pos++;
  }
  (void)flags_at;
  t->type = JC_T_REGEXP;
  t->end = lx->pos;
}

void jc_lex_template_continue(jc_lexer *lx) {
  lx->pos = lx->t.start + 1;
  lx->t.flags = 0;
  lx->t.esc = 0;
  lex_template(lx);
  if (lx->c->status != JSC_OK) {
    lx->t.type = JC_T_ERROR;
    return;
  }
  lx->t.end = lx->pos;
}

const char *jc_lex_punct_text(int type) {
  static const char *const multi[] = {
      "=>", "...", "?.", "==",  "!=",  "===", "!==", "<=",  ">=",
      "++", "--",  "<<", ">>",  ">>>", "&&",  "||",  "??",  "**",
      "+=", "-=",  "*=", "/=",  "%=",  "**=", "<<=", ">>=", ">>>=",
      "&=", "|=",  "^=", "&&=", "||=", "?\?="};
  if (type >= JC_T_ARROW && type < JC_T_NTYPES)
    return multi[type - JC_T_ARROW];
  return "";
}

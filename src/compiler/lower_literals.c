/* lower_literals.c - literals newer than ES5.1.
 *
 * Numbers (0b101, 0o17, 1_000): printed from their value (print.c writes
 * the shortest decimal that reads back). Legacy octal (010, 08) is ES5
 * sloppy syntax Duktape reads, so it stays. Strings with \u{...} escapes
 * or a raw U+2028/2029: printed from the cooked value (print.c escapes;
 * astral characters as UTF-8, lone surrogates as \uD800). Identifiers
 * written with \u{...} or astral characters: printed from the atom (the
 * decoded name), which Duktape reads (astral letters included).
 *
 * Regular expressions, exactly or not at all (a SyntaxError naming what
 * is not lowered; never a different regexp):
 * - s (dotAll): `.` outside classes becomes [\s\S].
 * - u: parsed with the u grammar (its early errors are ours) and turned
 *   into a pattern over UTF-16 code units that matches the same: \u{...}
 *   and astral characters become surrogate pairs in a group, astral ranges
 *   in classes become alternatives of pairs, and what matches "any other
 *   code point" (., \D, \S, \W, [^...]) becomes
 *     (?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|[^SET\uD800-\uDBFF])
 *   (a pair, a lone lead, or any other unit). Not lowered, each for a
 *   reason the message names: \p{...}; lone surrogates; classes holding
 *   surrogates or negated classes holding astral characters; with i, any
 *   letter whose case folding differs from ES5's (non-ASCII, s, k), \w,
 *   \b and backreferences; \b/\B next to the "any other code point" forms
 *   (a search can start inside a pair where u would not); with g, a
 *   pattern that can match the empty string (u advances lastIndex by code
 *   point after an empty match).
 * - y (sticky), d (indices), v, named groups and lookbehind: not lowered
 *   (they need the engine).
 * With PCRE2 (JSRT_HAVE_PCRE2, src/regexp.c) the engine runs ES2023
 * regexps itself: every literal passes through as written, and its
 * syntax errors are the engine's (SyntaxError: Invalid regular
 * expression: /x/: ...). The lowering above serves JSRT_HAVE_PCRE2=0. */
#include <stdio.h>
#include <string.h>

#include "lower.h"

typedef struct rx {
  jc_ctx *c;
  const char *s; /* pattern body */
  uint32_t n, i;
  int u, dotall, icase, global;
  unsigned ngroups, depth;
  int any_cp;   /* emitted an "any other code point" form */
  int boundary; /* emitted \b or \B */
  char *out;
  size_t len, cap;
  const char *err; /* first problem: the message */
} rx;

#define RX_LEAD "[\\uD800-\\uDBFF]"
#define RX_TRAIL "[\\uDC00-\\uDFFF]"

static void rx_fail(rx *r, const char *msg) {
  if (r->err == NULL)
    r->err = msg;
}

static void rx_emit(rx *r, const char *s, size_t n) {
  if (r->err != NULL)
    return;
  if (r->len + n + 1 > r->cap) {
    size_t cap = r->cap ? r->cap * 2 : 64;
    char *b;
    while (cap < r->len + n + 1)
      cap *= 2;
    b = jc_alloc(r->c, cap);
    if (b == NULL) {
      rx_fail(r, "out of memory");
      return;
    }
    if (r->len)
      memcpy(b, r->out, r->len);
    r->out = b;
    r->cap = cap;
  }
  memcpy(r->out + r->len, s, n);
  r->len += n;
}

static void rx_emits(rx *r, const char *s) { rx_emit(r, s, strlen(s)); }

static void rx_unit(rx *r, unsigned u) {
  char b[8];
  snprintf(b, sizeof b, "\\u%04X", u);
  rx_emits(r, b);
}

/* ---- the pattern without u: copied, but for `.` under s ---- */

static void rx_plain(rx *r) {
  int in_class = 0;
  while (r->i < r->n && r->err == NULL) {
    char ch = r->s[r->i];
    if (ch == '\\' && r->i + 1 < r->n) {
      rx_emit(r, r->s + r->i, 2);
      r->i += 2;
      continue;
    }
    if (in_class) {
      if (ch == ']')
        in_class = 0;
    } else if (ch == '[') {
      in_class = 1;
    } else if (ch == '.' && r->dotall) {
      rx_emits(r, "[\\s\\S]");
      r->i++;
      continue;
    } else if (ch == '(' && r->i + 2 < r->n && r->s[r->i + 1] == '?' &&
               r->s[r->i + 2] == '<') {
      if (r->i + 3 < r->n && (r->s[r->i + 3] == '=' || r->s[r->i + 3] == '!'))
        rx_fail(r, "regexp lookbehind (?<= ...) is not supported");
      else
        rx_fail(r, "regexp named groups (?<name> ...) are not supported");
      return;
    }
    rx_emit(r, &ch, 1);
    r->i++;
  }
}

/* ---- the u grammar ---- */

static int rx_disjunction(rx *r);

static int rx_peek(const rx *r) {
  return r->i < r->n ? (unsigned char)r->s[r->i] : -1;
}

/* Decodes the UTF-8 character at i (advancing); -1 on bad bytes. */
static long rx_utf8(rx *r) {
  const unsigned char *s = (const unsigned char *)r->s;
  unsigned char b = s[r->i];
  long cp;
  int k, i;
  if (b < 0x80) {
    r->i++;
    return b;
  }
  k = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
  cp = b & (0x3F >> k);
  for (i = 1; i <= k; i++) {
    if (r->i + i >= r->n || (s[r->i + i] & 0xC0) != 0x80)
      return -1;
    cp = (cp << 6) | (s[r->i + i] & 0x3F);
  }
  r->i += (uint32_t)k + 1;
  return cp;
}

static int rx_hex(int ch) {
  if (ch >= '0' && ch <= '9')
    return ch - '0';
  if (ch >= 'a' && ch <= 'f')
    return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F')
    return ch - 'A' + 10;
  return -1;
}

static long rx_hexn(rx *r, int n) {
  long v = 0;
  int k;
  for (k = 0; k < n; k++) {
    int h = r->i < r->n ? rx_hex((unsigned char)r->s[r->i]) : -1;
    if (h < 0)
      return -1;
    v = v * 16 + h;
    r->i++;
  }
  return v;
}

/* After "\u": \u{X...} or \uXXXX (a surrogate pair of escapes is one
 * code point under u). */
static long rx_uescape(rx *r) {
  long cp;
  if (rx_peek(r) == '{') {
    cp = 0;
    r->i++;
    if (rx_peek(r) == '}')
      return -1;
    while (rx_peek(r) != '}') {
      int h = rx_peek(r) < 0 ? -1 : rx_hex(rx_peek(r));
      if (h < 0)
        return -1;
      cp = cp * 16 + h;
      if (cp > 0x10FFFF)
        return -1;
      r->i++;
    }
    r->i++;
    return cp;
  }
  cp = rx_hexn(r, 4);
  if (cp >= 0xD800 && cp <= 0xDBFF && r->i + 6 <= r->n && r->s[r->i] == '\\' &&
      r->s[r->i + 1] == 'u') {
    uint32_t save = r->i;
    long lo;
    r->i += 2;
    lo = rx_hexn(r, 4);
    if (lo >= 0xDC00 && lo <= 0xDFFF)
      return 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    r->i = save;
  }
  return cp;
}

static int rx_syntax_char(int ch) {
  return ch >= 0 && strchr("^$\\.*+?()[]{}|/", ch) != NULL && ch != 0;
}

/* With i, u folds case by Unicode simple folding, ES5 by toUpperCase:
 * they agree on ASCII letters except s and k (U+017F, U+212A). */
static void rx_case_check(rx *r, long cp) {
  if (!r->icase)
    return;
  if (cp >= 0x80 || cp == 's' || cp == 'S' || cp == 'k' || cp == 'K')
    rx_fail(r, "regexp flags iu with letters whose case folding differs "
               "from ES5 (non-ASCII, s, k) are not supported");
}

static void rx_bmp(rx *r, long cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
      (cp >= '0' && cp <= '9') || cp == '_' || cp == ' ')
    rx_emit(r, (const char[]){(char)cp}, 1);
  else
    rx_unit(r, (unsigned)cp);
}

/* One code point as an atom (quantifiable as a whole). */
static void rx_char(rx *r, long cp) {
  rx_case_check(r, cp);
  if (cp >= 0xD800 && cp <= 0xDFFF) {
    rx_fail(r, "regexp flag u with a lone surrogate is not supported");
    return;
  }
  if (cp >= 0x10000) {
    cp -= 0x10000;
    rx_emits(r, "(?:");
    rx_unit(r, 0xD800 + (unsigned)(cp >> 10));
    rx_unit(r, 0xDC00 + (unsigned)(cp & 0x3FF));
    rx_emits(r, ")");
  } else
    rx_bmp(r, cp);
}

/* "Any code point outside set" (set: class contents without surrogates
 * or astral characters, in ES5 class syntax). */
static void rx_any_but(rx *r, const char *set, size_t n) {
  r->any_cp = 1;
  rx_emits(r, "(?:" RX_LEAD RX_TRAIL "|" RX_LEAD "(?!" RX_TRAIL ")|[^");
  rx_emit(r, set, n);
  rx_emits(r, "\\uD800-\\uDBFF])");
}

/* A class escape \d \D \w \W \s \S after the backslash: 1 if it was one
 * (emitted as an atom when out is NULL, else appended to the class). */
static int rx_class_escape(rx *r, int ch, int in_class) {
  char set[3] = {'\\', (char)(ch | 0x20), 0};
  if (strchr("dDwWsS", ch) == NULL)
    return 0;
  if ((ch | 0x20) == 'w' && r->icase) {
    rx_fail(r, "regexp flags iu with \\w are not supported (u adds "
               "U+017F and U+212A)");
    return 1;
  }
  if (ch >= 'a') {
    rx_emit(r, set, 2);
    return 1;
  }
  if (in_class) {
    rx_fail(r, "regexp flag u with \\D, \\S or \\W inside a class is not "
               "supported");
    return 1;
  }
  rx_any_but(r, set, 2);
  return 1;
}

/* An escape's code point after the backslash (not a class escape, not a
 * backreference): -1 after an error. */
static long rx_char_escape(rx *r, int in_class) {
  int ch = rx_peek(r);
  long cp;
  r->i++;
  switch (ch) {
  case 'f':
    return '\f';
  case 'n':
    return '\n';
  case 'r':
    return '\r';
  case 't':
    return '\t';
  case 'v':
    return '\v';
  case '0':
    if (rx_peek(r) >= '0' && rx_peek(r) <= '9')
      break;
    return 0;
  case 'c':
    ch = rx_peek(r);
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
      r->i++;
      return ch % 32;
    }
    break;
  case 'x':
    cp = rx_hexn(r, 2);
    if (cp >= 0)
      return cp;
    break;
  case 'u':
    cp = rx_uescape(r);
    if (cp >= 0)
      return cp;
    break;
  case 'p':
  case 'P':
    rx_fail(r, "regexp Unicode property escapes \\p{...} are not supported");
    return -1;
  case 'k':
    rx_fail(r, "regexp named groups (\\k<name>) are not supported");
    return -1;
  case '-':
    if (in_class)
      return '-';
    break;
  default:
    if (rx_syntax_char(ch))
      return ch;
  }
  rx_fail(r, "Invalid regular expression: invalid escape");
  return -1;
}

/* ---- classes ---- */

typedef struct rx_range {
  long lo, hi;
} rx_range;

static void rx_astral_range(rx *r, long lo, long hi, int *first) {
  unsigned hl = 0xD800 + (unsigned)((lo - 0x10000) >> 10),
           tl = 0xDC00 + (unsigned)((lo - 0x10000) & 0x3FF),
           hh = 0xD800 + (unsigned)((hi - 0x10000) >> 10),
           th = 0xDC00 + (unsigned)((hi - 0x10000) & 0x3FF);
  if (!*first)
    rx_emits(r, "|");
  *first = 0;
  if (hl == hh) {
    rx_unit(r, hl);
    rx_emits(r, "[");
    rx_unit(r, tl);
    rx_emits(r, "-");
    rx_unit(r, th);
    rx_emits(r, "]");
    return;
  }
  rx_unit(r, hl);
  rx_emits(r, "[");
  rx_unit(r, tl);
  rx_emits(r, "-\\uDFFF]|");
  if (hh - hl > 1) {
    rx_emits(r, "[");
    rx_unit(r, hl + 1);
    rx_emits(r, "-");
    rx_unit(r, hh - 1);
    rx_emits(r, "]" RX_TRAIL "|");
  }
  rx_unit(r, hh);
  rx_emits(r, "[\\uDC00-");
  rx_unit(r, th);
  rx_emits(r, "]");
}

/* [...] under u. The BMP part is written to a scratch rx (its text goes
 * inside [...] or [^...]); astral ranges become alternatives. */
static void rx_class(rx *r) {
  rx bmp;
  rx_range astral[64];
  int nastral = 0, negated = 0, first = 1, k;
  memset(&bmp, 0, sizeof bmp);
  bmp.c = r->c;
  bmp.icase = r->icase;
  r->i++; /* [ */
  if (rx_peek(r) == '^') {
    negated = 1;
    r->i++;
  }
  while (r->err == NULL && bmp.err == NULL) {
    long lo, hi;
    int ch = rx_peek(r);
    if (ch < 0) {
      rx_fail(r, "Invalid regular expression: missing ]");
      return;
    }
    if (ch == ']') {
      r->i++;
      break;
    }
    if (ch == '\\') {
      r->i++;
      ch = rx_peek(r);
      if (ch >= 0 && strchr("dDwWsS", ch) != NULL) {
        r->i++;
        rx_class_escape(&bmp, ch, 1);
        if (rx_peek(r) == '-' && r->i + 1 < r->n && r->s[r->i + 1] != ']')
          rx_fail(r, "Invalid regular expression: invalid class range");
        continue;
      }
      if (ch == 'b') {
        r->i++;
        lo = '\b';
      } else
        lo = rx_char_escape(r, 1);
    } else
      lo = rx_utf8(r);
    if (lo < 0) {
      rx_fail(r, "Invalid regular expression: invalid class");
      return;
    }
    hi = lo;
    if (rx_peek(r) == '-' && r->i + 1 < r->n && r->s[r->i + 1] != ']') {
      r->i++;
      if (rx_peek(r) == '\\') {
        r->i++;
        ch = rx_peek(r);
        if (ch >= 0 && strchr("dDwWsS", ch) != NULL) {
          rx_fail(r, "Invalid regular expression: invalid class range");
          return;
        }
        if (ch == 'b') {
          r->i++;
          hi = '\b';
        } else
          hi = rx_char_escape(r, 1);
      } else
        hi = rx_utf8(r);
      if (hi < 0 || hi < lo) {
        rx_fail(r, "Invalid regular expression: range out of order in "
                   "character class");
        return;
      }
    }
    rx_case_check(r, lo);
    rx_case_check(r, hi);
    if (lo <= 0xDFFF && hi >= 0xD800) {
      rx_fail(r, "regexp flag u with surrogates in a class is not supported");
      return;
    }
    if (hi >= 0x10000) {
      if (negated) {
        rx_fail(r, "regexp flag u with astral characters in a negated class "
                   "is not supported");
        return;
      }
      if (nastral == 64) {
        rx_fail(r, "regexp flag u with too many astral ranges in a class");
        return;
      }
      astral[nastral].lo = lo < 0x10000 ? 0x10000 : lo;
      astral[nastral].hi = hi;
      nastral++;
      if (lo >= 0x10000)
        continue;
      hi = 0xFFFF;
    }
    rx_bmp(&bmp, lo);
    if (hi != lo) {
      rx_emits(&bmp, "-");
      rx_bmp(&bmp, hi);
    }
  }
  if (bmp.err != NULL)
    rx_fail(r, bmp.err);
  if (r->err != NULL)
    return;
  if (negated) {
    rx_any_but(r, bmp.out, bmp.len);
    return;
  }
  if (nastral == 0) {
    rx_emits(r, "[");
    rx_emit(r, bmp.out, bmp.len);
    rx_emits(r, "]");
    return;
  }
  rx_emits(r, "(?:");
  if (bmp.len > 0) {
    rx_emits(r, "[");
    rx_emit(r, bmp.out, bmp.len);
    rx_emits(r, "]");
    first = 0;
  }
  for (k = 0; k < nastral; k++)
    rx_astral_range(r, astral[k].lo, astral[k].hi, &first);
  rx_emits(r, ")");
}

/* ---- terms ---- */

/* A quantifier after an atom: 1 when it allows zero repetitions. */
static int rx_quantifier(rx *r, int *zero) {
  uint32_t start = r->i;
  int ch = rx_peek(r);
  *zero = 0;
  if (ch == '*' || ch == '?') {
    *zero = 1;
    r->i++;
  } else if (ch == '+') {
    r->i++;
  } else if (ch == '{') {
    unsigned long lo = 0, hi = 0;
    int digits = 0, has_hi = 0;
    r->i++;
    while (rx_peek(r) >= '0' && rx_peek(r) <= '9') {
      lo = lo * 10 + (unsigned long)(rx_peek(r) - '0');
      if (lo > 0xFFFFFFFFul)
        lo = 0xFFFFFFFFul;
      r->i++;
      digits++;
    }
    if (digits == 0) {
      rx_fail(r, "Invalid regular expression: incomplete quantifier");
      return 0;
    }
    hi = lo;
    if (rx_peek(r) == ',') {
      r->i++;
      has_hi = 0;
      hi = (unsigned long)-1;
      if (rx_peek(r) >= '0' && rx_peek(r) <= '9') {
        hi = 0;
        has_hi = 1;
      }
      while (rx_peek(r) >= '0' && rx_peek(r) <= '9') {
        hi = hi * 10 + (unsigned long)(rx_peek(r) - '0');
        if (hi > 0xFFFFFFFFul)
          hi = 0xFFFFFFFFul;
        r->i++;
      }
    }
    if (rx_peek(r) != '}') {
      rx_fail(r, "Invalid regular expression: incomplete quantifier");
      return 0;
    }
    r->i++;
    if (has_hi && hi < lo) {
      rx_fail(r, "Invalid regular expression: numbers out of order in {} "
                 "quantifier");
      return 0;
    }
    *zero = lo == 0;
  } else
    return 0;
  if (rx_peek(r) == '?')
    r->i++;
  rx_emit(r, r->s + start, r->i - start);
  return 1;
}

static int rx_is_quantifier(const rx *r) {
  int ch = rx_peek(r);
  return ch == '*' || ch == '+' || ch == '?' || ch == '{';
}

/* One term; returns whether it can match the empty string. */
static int rx_term(rx *r) {
  int ch = rx_peek(r), nullable = 0, zero;
  switch (ch) {
  case '^':
  case '$':
    rx_emit(r, r->s + r->i, 1);
    r->i++;
    if (rx_is_quantifier(r))
      rx_fail(r, "Invalid regular expression: nothing to repeat");
    return 1;
  case '(':
    if (++r->depth > r->c->max_depth) {
      rx_fail(r, "Invalid regular expression: too deeply nested");
      return 0;
    }
    r->i++;
    if (rx_peek(r) == '?') {
      int kind = r->i + 1 < r->n ? (unsigned char)r->s[r->i + 1] : -1;
      if (kind == '=' || kind == '!') {
        rx_emit(r, r->s + r->i - 1, 3);
        r->i += 2;
        rx_disjunction(r);
        if (rx_peek(r) != ')') {
          rx_fail(r, "Invalid regular expression: unterminated group");
          return 0;
        }
        r->i++;
        r->depth--;
        rx_emits(r, ")");
        if (rx_is_quantifier(r))
          rx_fail(r, "Invalid regular expression: nothing to repeat");
        return 1;
      }
      if (kind == '<') {
        if (r->i + 2 < r->n && (r->s[r->i + 2] == '=' || r->s[r->i + 2] == '!'))
          rx_fail(r, "regexp lookbehind (?<= ...) is not supported");
        else
          rx_fail(r, "regexp named groups (?<name> ...) are not supported");
        return 0;
      }
      if (kind != ':') {
        rx_fail(r, "Invalid regular expression: invalid group");
        return 0;
      }
      r->i += 2;
      rx_emits(r, "(?:");
    } else
      rx_emits(r, "(");
    nullable = rx_disjunction(r);
    if (rx_peek(r) != ')') {
      rx_fail(r, "Invalid regular expression: unterminated group");
      return 0;
    }
    r->i++;
    r->depth--;
    rx_emits(r, ")");
    break;
  case '.':
    r->i++;
    if (r->dotall)
      rx_any_but(r, "", 0);
    else
      rx_any_but(r, "\\n\\r\\u2028\\u2029", 16);
    break;
  case '[':
    rx_class(r);
    break;
  case '\\':
    r->i++;
    ch = rx_peek(r);
    if (ch == 'b' || ch == 'B') {
      r->i++;
      if (r->icase)
        rx_fail(r, "regexp flags iu with \\b are not supported (u adds "
                   "U+017F and U+212A to \\w)");
      r->boundary = 1;
      rx_emits(r, ch == 'b' ? "\\b" : "\\B");
      if (rx_is_quantifier(r))
        rx_fail(r, "Invalid regular expression: nothing to repeat");
      return 1;
    }
    if (ch >= '1' && ch <= '9') {
      unsigned long ref = 0;
      char b[16];
      while (rx_peek(r) >= '0' && rx_peek(r) <= '9' && ref < 100000) {
        ref = ref * 10 + (unsigned long)(rx_peek(r) - '0');
        r->i++;
      }
      if (ref > r->ngroups) {
        rx_fail(r, "Invalid regular expression: invalid escape");
        return 0;
      }
      if (r->icase)
        rx_fail(r, "regexp flags iu with backreferences are not supported");
      snprintf(b, sizeof b, "(?:\\%lu)", ref);
      rx_emits(r, b);
      nullable = 1;
      break;
    }
    if (ch >= 0 && rx_class_escape(r, ch, 0)) {
      r->i++;
      break;
    }
    {
      long cp = rx_char_escape(r, 0);
      if (cp < 0)
        return 0;
      rx_char(r, cp);
    }
    break;
  case '*':
  case '+':
  case '?':
  case '{':
    rx_fail(r, "Invalid regular expression: nothing to repeat");
    return 0;
  case ')':
  case ']':
  case '}':
    rx_fail(r, ch == ')' ? "Invalid regular expression: unmatched ')'"
                         : "Invalid regular expression: lone quantifier "
                           "brackets");
    return 0;
  default: {
    long cp = rx_utf8(r);
    if (cp < 0) {
      rx_fail(r, "Invalid regular expression: invalid UTF-8");
      return 0;
    }
    rx_char(r, cp);
  }
  }
  if (rx_quantifier(r, &zero) && zero)
    nullable = 1;
  return nullable;
}

static int rx_alternative(rx *r) {
  int nullable = 1;
  while (r->err == NULL && r->i < r->n && rx_peek(r) != '|' &&
         rx_peek(r) != ')')
    if (!rx_term(r))
      nullable = 0;
  return nullable;
}

static int rx_disjunction(rx *r) {
  int nullable = rx_alternative(r);
  while (r->err == NULL && rx_peek(r) == '|') {
    r->i++;
    rx_emits(r, "|");
    if (rx_alternative(r))
      nullable = 1;
  }
  return nullable;
}

static unsigned rx_count_groups(const char *s, uint32_t n) {
  unsigned k = 0;
  uint32_t i;
  int in_class = 0;
  for (i = 0; i < n; i++) {
    if (s[i] == '\\')
      i++;
    else if (in_class)
      in_class = s[i] != ']';
    else if (s[i] == '[')
      in_class = 1;
    else if (s[i] == '(' && (i + 1 >= n || s[i + 1] != '?'))
      k++;
  }
  return k;
}

static jc_node *lit_regexp(jc_lw *w, jc_node *n) {
  jc_ctx *c = w->c;
  rx r;
  char flags[8];
  size_t nf = 0;
  uint32_t k;
  const char *f = n->u.str.p;
  if (n->atom == NULL)
    return n;
#if JSRT_HAVE_PCRE2
  (void)c;
  (void)r;
  (void)flags;
  (void)nf;
  (void)k;
  (void)f;
  return n; /* printed as written */
#endif
  memset(&r, 0, sizeof r);
  r.c = c;
  r.s = n->atom->text;
  r.n = n->atom->len;
  for (k = 0; k < n->u.str.len; k++) {
    switch (f[k]) {
    case 's':
      r.dotall = 1;
      break;
    case 'u':
      r.u = 1;
      break;
    case 'y':
      jc_error(c, JSC_ESYNTAX, n->start,
               "regexp flag y (sticky) is not supported");
      return n;
    case 'd':
      jc_error(c, JSC_ESYNTAX, n->start,
               "regexp flag d (match indices) is not supported");
      return n;
    case 'v':
      jc_error(c, JSC_ESYNTAX, n->start,
               "regexp flag v (unicode sets) is not supported");
      return n;
    case 'i':
      r.icase = 1;
      flags[nf++] = f[k];
      break;
    case 'g':
      r.global = 1;
      flags[nf++] = f[k];
      break;
    default:
      if (nf < sizeof flags - 1)
        flags[nf++] = f[k];
    }
  }
  if (r.u) {
    int nullable;
    r.ngroups = rx_count_groups(r.s, r.n);
    nullable = rx_disjunction(&r);
    if (r.err == NULL && r.i < r.n)
      rx_fail(&r, "Invalid regular expression: unmatched ')'");
    if (r.err == NULL && r.any_cp && r.boundary)
      rx_fail(&r, "regexp flag u with \\b or \\B beside '.', [^...], \\D, "
                  "\\S or \\W is not supported");
    if (r.err == NULL && r.global && nullable)
      rx_fail(&r, "regexp flags gu on a pattern that can match the empty "
                  "string are not supported");
  } else
    rx_plain(&r);
  if (r.err != NULL) {
    jc_error(c, JSC_ESYNTAX, n->start, "%s", r.err);
    return n;
  }
  if (r.len == 0)
    rx_emits(&r, "(?:)");
  n->atom = jc_atom_get(c, r.out, r.len);
  n->u.str.p = jc_strndup(c, flags, nf);
  n->u.str.len = (uint32_t)nf;
  if (n->atom == NULL || n->u.str.p == NULL)
    return n;
  return jc_lw_dirty(n);
}

/* ---- numbers, strings, names ---- */

static int lit_is(const jc_atom *a, const char *s) {
  return a != NULL && a->len == strlen(s) && memcmp(a->text, s, a->len) == 0;
}

jc_node *jc_lower_literals(jc_lw *w, jc_node *n) {
  if (!(n->mark & JC_MK_MODERN))
    return n;
  switch (n->kind) {
  case JC_NUM: /* printed from its value */
    return jc_lw_dirty(n);
  case JC_STR:
    /* printed from its cooked value; "use\u{20}strict" is no directive,
       and must not become one */
    if (lit_is(n->atom, "use strict")) {
      jc_node *r = jc_raw(w->c, "\"use\\x20strict\"", n);
      return r != NULL ? r : n;
    }
    return jc_lw_dirty(n);
  case JC_IDENT: /* printed from the decoded name */
    return jc_lw_dirty(n);
  case JC_REGEXP:
    return lit_regexp(w, n);
  default:
    return n;
  }
}

/*
 * regexp.c - every regular expression on PCRE2 (16-bit library, JIT):
 * literals, RegExp(...) and the String methods that take one.
 *
 * Why here: Duktape funnels all of them through two internal functions,
 * duk_regexp_compile() (literal sites and the constructor) and
 * duk_regexp_match() (exec, test, and String.prototype.match / replace /
 * search / split). mk/duktape.sed renames Duktape's two and engine.c puts
 * these in front, so its RegExp objects, their lastIndex handling and its
 * String methods stay one engine at the cost of two functions; a RegExp of
 * our own would have had to replace the constructor, the literal opcode and
 * six String methods. JSRT_HAVE_PCRE2=0 builds Duktape's engine instead.
 *
 * A RegExp keeps Duktape's "bytecode" string: byte 0 is the flags
 * (Duktape's getters read g/i/m from it), the rest the ES pattern. The
 * program compiled from it is cached per isolate by that string's content,
 * so a literal in a loop and new RegExp(sameSource, sameFlags) compile once.
 *
 * The ES pattern is translated to PCRE2's syntax (regexp_tr below), so that
 * ECMAScript's meaning is kept where PCRE2's differs: ^ $ . \s \w \d \b are
 * spelt out with ES's sets and line terminators, [] and [^] are never and
 * anything, named groups become numbered ones (names are ours), Annex B's
 * legacy escapes and braces are resolved. Subjects are UTF-16 (Duktape's
 * CESU-8 widened, cached for the last long subject), so indices are JS's.
 * Differences left, each a SyntaxError or documented in
 * tests/js/regexp/README.md: variable-length lookbehind and quantifier
 * bounds above 65535 (PCRE2 10.42 limits), the v flag, surrogates in a /u
 * class; in /u subjects a lone surrogate matches nothing (PCRE2's
 * MATCH_INVALID_UTF); captures of a quantified group are not reset per
 * iteration.
 */
#include "internal.h"

#if JSRT_HAVE_PCRE2

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Flag bits of byte 0 (g, i, m are Duktape's own values). */
#define RE_G 0x01
#define RE_I 0x02
#define RE_M 0x04
#define RE_S 0x08
#define RE_U 0x10
#define RE_Y 0x20
#define RE_D 0x40

typedef uint16_t u16;

/* One compiled pattern. */
typedef struct regexp_prog {
  char *key; /* the bytecode string's bytes (flags + pattern) */
  size_t keylen;
  uint32_t hash;
  unsigned stamp; /* for the cache's replacement */
  int pins;       /* matches building a result from it */
  unsigned uses;  /* matches run: the JIT compiles hot programs only */
  struct regexp_prog *next; /* on the orphan list */
  pcre2_code *code;
  uint32_t ngroups;
  int flags;
  char **names; /* [ngroups + 1]: a group's name (CESU-8) or NULL */
  int has_names;
} regexp_prog;

#define REGEXP_CACHE_SETS 256 /* two ways each */
#define REGEXP_SHORT 256      /* subjects below this many bytes: no cache */

typedef struct regexp_state {
  jsrt_isolate *iso;
  pcre2_general_context *gctx;
  pcre2_compile_context *cctx;
  pcre2_match_context *mctx;
  pcre2_jit_stack *jit_stack;
  pcre2_match_data *md;
  uint32_t md_pairs;
  regexp_prog *cache[REGEXP_CACHE_SETS][2];
  unsigned clock;
  /* The last long subject (string and widened buffer in the stash). */
  const void *subj_ptr;
  size_t subj_len;
  int subj_ascii;
  struct regexp_prog *orphans;        /* evicted while in use (pins > 0) */
  pcre2_code *id_start, *id_continue; /* group names' characters */
  struct regexp_prog *last;           /* the last program looked up */
  pcre2_match_data *name_md;
} regexp_state;

#define REGEXP_STATE(iso) ((regexp_state *)(iso)->state[JSRT__STATE_REGEXP])

/* ---- memory: counted against the isolate's limit ---- */

/* A heap that is no isolate's (build tools: js2c) uses malloc. */
static void *regexp_realloc(jsrt_isolate *iso, void *p, size_t n) {
  if (iso != NULL)
    return jsrt__isolate_realloc(iso, p, n);
  if (n == 0) {
    free(p);
    return NULL;
  }
  return realloc(p, n);
}

static void *regexp_malloc(PCRE2_SIZE n, void *data) {
  return regexp_realloc(data, NULL, n ? n : 1);
}

static void regexp_mfree(void *p, void *data) {
  if (p != NULL)
    regexp_realloc(data, p, 0);
}

static void regexp_prog_free(regexp_state *st, regexp_prog *pg) {
  uint32_t i;
  if (pg == NULL)
    return;
  pcre2_code_free(pg->code);
  if (pg->names != NULL) {
    for (i = 0; i <= pg->ngroups; i++)
      regexp_mfree(pg->names[i], st->iso);
    regexp_mfree(pg->names, st->iso);
  }
  regexp_mfree(pg->key, st->iso);
  regexp_mfree(pg, st->iso);
}

void jsrt__regexp_state_free(void *p) {
  regexp_state *st = p;
  size_t i;
  if (st == NULL)
    return;
  for (i = 0; i < REGEXP_CACHE_SETS; i++) {
    regexp_prog_free(st, st->cache[i][0]);
    regexp_prog_free(st, st->cache[i][1]);
  }
  pcre2_match_data_free(st->md);
  pcre2_match_data_free(st->name_md);
  pcre2_code_free(st->id_start);
  pcre2_code_free(st->id_continue);
  pcre2_jit_stack_free(st->jit_stack);
  pcre2_match_context_free(st->mctx);
  pcre2_compile_context_free(st->cctx);
  pcre2_general_context_free(st->gctx);
  while (st->orphans != NULL) {
    regexp_prog *next = st->orphans->next;
    regexp_prog_free(st, st->orphans);
    st->orphans = next;
  }
  /* the state itself is plain malloc (freed after the heap is gone) */
  free(st);
}

static regexp_state *regexp_state_get(duk_context *ctx) {
  static regexp_state *tool_state; /* heaps of build tools (one thread) */
  jsrt_isolate *iso = jsrt_from_context(ctx);
  regexp_state *st = iso != NULL ? REGEXP_STATE(iso) : tool_state;
  if (st != NULL)
    return st;
  st = calloc(1, sizeof(*st));
  if (st == NULL)
    (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "alloc failed");
  st->iso = iso;
  if (iso != NULL)
    iso->state[JSRT__STATE_REGEXP] = st;
  else
    tool_state = st;
  st->gctx = pcre2_general_context_create(regexp_malloc, regexp_mfree, iso);
  st->cctx = pcre2_compile_context_create(st->gctx);
  st->mctx = pcre2_match_context_create(st->gctx);
  if (st->gctx == NULL || st->cctx == NULL || st->mctx == NULL)
    (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "alloc failed");
  pcre2_set_newline(st->cctx, PCRE2_NEWLINE_ANYCRLF);
  /* The JIT stack may fail (no executable memory): the interpreter then. */
  st->jit_stack = pcre2_jit_stack_create(32 * 1024, 4 * 1024 * 1024, st->gctx);
  if (st->jit_stack != NULL)
    pcre2_jit_stack_assign(st->mctx, NULL, st->jit_stack);
  return st;
}

/* ---- strings: Duktape's CESU-8 / extended UTF-8 <-> UTF-16 ---- */

/* Widens bytes [s, s+n) into out (room for n units); returns the units.
 * A 4-byte sequence becomes a surrogate pair. *ascii: all bytes < 0x80. */
static size_t regexp_widen(const unsigned char *s, size_t n, u16 *out,
                           int *ascii) {
  size_t i = 0, o = 0;
  *ascii = 1;
  while (i < n) {
    uint32_t c = s[i];
    if (c < 0x80) {
      out[o++] = (u16)c;
      i++;
      continue;
    }
    *ascii = 0;
    if (c < 0xe0 && i + 1 < n) {
      c = ((c & 0x1f) << 6) | (s[i + 1] & 0x3f);
      i += 2;
    } else if (c < 0xf0 && i + 2 < n) {
      c = ((c & 0x0f) << 12) | ((uint32_t)(s[i + 1] & 0x3f) << 6) |
          (s[i + 2] & 0x3f);
      i += 3;
    } else if (c < 0xf8 && i + 3 < n) {
      c = ((c & 0x07) << 18) | ((uint32_t)(s[i + 1] & 0x3f) << 12) |
          ((uint32_t)(s[i + 2] & 0x3f) << 6) | (s[i + 3] & 0x3f);
      i += 4;
    } else {
      c = 0xfffd;
      i++;
    }
    if (c >= 0x10000 && c <= 0x10ffff) {
      c -= 0x10000;
      out[o++] = (u16)(0xd800 + (c >> 10));
      out[o++] = (u16)(0xdc00 + (c & 0x3ff));
    } else {
      out[o++] = (u16)(c > 0xffff ? 0xfffd : c);
    }
  }
  return o;
}

/* ---- the translation of an ES pattern into PCRE2's syntax ---- */

typedef struct regexp_tr {
  const u16 *p;
  size_t n, i;
  int u, ic;
  int flags;
  int compact_dot; /* '.' as a lookahead and PCRE2's '.' (smaller) */
  u16 *out;
  size_t on, ocap;
  uint32_t ngroups, group; /* groups in all; groups opened so far */
  int has_names;
  char **names; /* [ngroups + 1] */
  jsrt_isolate *iso;
  struct regexp_state *st;
  const char *err;
} regexp_tr;

static void tr_put(regexp_tr *t, uint32_t c) {
  if (t->err != NULL)
    return;
  if (t->on + 2 >= t->ocap) {
    size_t cap = t->ocap ? t->ocap * 2 : 256;
    u16 *p = regexp_realloc(t->iso, t->out, cap * sizeof(u16));
    if (p == NULL) {
      t->err = "out of memory";
      return;
    }
    t->out = p;
    t->ocap = cap;
  }
  if (c >= 0x10000) {
    c -= 0x10000;
    t->out[t->on++] = (u16)(0xd800 + (c >> 10));
    t->out[t->on++] = (u16)(0xdc00 + (c & 0x3ff));
  } else {
    t->out[t->on++] = (u16)c;
  }
}

static void tr_puts(regexp_tr *t, const char *s) {
  while (*s)
    tr_put(t, (unsigned char)*s++);
}

/* A code point as \x{...}: safe everywhere, in and out of classes. */
static void tr_hex(regexp_tr *t, uint32_t c) {
  char b[16];
  snprintf(b, sizeof(b), "\\x{%x}", (unsigned)c);
  tr_puts(t, b);
}

static int tr_peek(regexp_tr *t, size_t k) {
  return t->i + k < t->n ? t->p[t->i + k] : -1;
}

static int tr_hexval(int c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* The next character (a code point in /u: a surrogate pair joined). */
static uint32_t tr_next(regexp_tr *t) {
  uint32_t c = t->p[t->i++];
  if (t->u && c >= 0xd800 && c <= 0xdbff && t->i < t->n &&
      t->p[t->i] >= 0xdc00 && t->p[t->i] <= 0xdfff)
    c = 0x10000 + ((c - 0xd800) << 10) + (t->p[t->i++] - 0xdc00);
  return c;
}

/* ES sets as ranges. */
static const uint32_t tr_space[] = {0x09,   0x0d,   0x20,   0x20,   0xa0,
                                    0xa0,   0x1680, 0x1680, 0x2000, 0x200a,
                                    0x2028, 0x2029, 0x202f, 0x202f, 0x205f,
                                    0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff};
static const uint32_t tr_digit[] = {'0', '9'};
static const uint32_t tr_word[] = {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'};
static const uint32_t tr_word_ui[] = {'0', '9', 'A',   'Z',   '_',    '_',
                                      'a', 'z', 0x17f, 0x17f, 0x212a, 0x212a};

static void tr_ranges(regexp_tr *t, const uint32_t *r, size_t n, int neg) {
  size_t k;
  uint32_t lo = 0, max = t->u ? 0x10ffff : 0xffff;
  if (!neg) {
    for (k = 0; k < n; k += 2) {
      tr_hex(t, r[k]);
      if (r[k + 1] != r[k]) {
        tr_put(t, '-');
        tr_hex(t, r[k + 1]);
      }
    }
    return;
  }
  for (k = 0; k < n; k += 2) {
    if (r[k] > lo) {
      tr_hex(t, lo);
      if (r[k] - 1 != lo) {
        tr_put(t, '-');
        tr_hex(t, r[k] - 1);
      }
    }
    lo = r[k + 1] + 1;
  }
  if (lo <= max) {
    tr_hex(t, lo);
    tr_put(t, '-');
    tr_hex(t, max);
  }
}

/* \d \D \s \S \w \W as class members (inside [...]). */
static int tr_class_escape_set(regexp_tr *t, int c) {
  int neg = c >= 'A' && c <= 'Z';
  switch (c | 0x20) {
  case 'd':
    tr_ranges(t, tr_digit, 2, neg);
    return 1;
  case 's':
    tr_ranges(t, tr_space, JSRT__COUNTOF(tr_space), neg);
    return 1;
  case 'w':
    if (t->u && t->ic)
      tr_ranges(t, tr_word_ui, JSRT__COUNTOF(tr_word_ui), neg);
    else
      tr_ranges(t, tr_word, JSRT__COUNTOF(tr_word), neg);
    return 1;
  }
  return 0;
}

/* The General_Category values, short and long names (ES table 68). */
static const char *const tr_gc[][2] = {
    {"C", "Other"},
    {"Cc", "Control"},
    {"Cc", "cntrl"},
    {"Cf", "Format"},
    {"Cn", "Unassigned"},
    {"Co", "Private_Use"},
    {"Cs", "Surrogate"},
    {"L", "Letter"},
    {"L&", "Cased_Letter"},
    {"L&", "LC"},
    {"Ll", "Lowercase_Letter"},
    {"Lm", "Modifier_Letter"},
    {"Lo", "Other_Letter"},
    {"Lt", "Titlecase_Letter"},
    {"Lu", "Uppercase_Letter"},
    {"M", "Mark"},
    {"M", "Combining_Mark"},
    {"Mc", "Spacing_Mark"},
    {"Me", "Enclosing_Mark"},
    {"Mn", "Nonspacing_Mark"},
    {"N", "Number"},
    {"Nd", "Decimal_Number"},
    {"Nd", "digit"},
    {"Nl", "Letter_Number"},
    {"No", "Other_Number"},
    {"P", "Punctuation"},
    {"P", "punct"},
    {"Pc", "Connector_Punctuation"},
    {"Pd", "Dash_Punctuation"},
    {"Pe", "Close_Punctuation"},
    {"Pf", "Final_Punctuation"},
    {"Pi", "Initial_Punctuation"},
    {"Po", "Other_Punctuation"},
    {"Ps", "Open_Punctuation"},
    {"S", "Symbol"},
    {"Sc", "Currency_Symbol"},
    {"Sk", "Modifier_Symbol"},
    {"Sm", "Math_Symbol"},
    {"So", "Other_Symbol"},
    {"Z", "Separator"},
    {"Zl", "Line_Separator"},
    {"Zp", "Paragraph_Separator"},
    {"Zs", "Space_Separator"},
};

/* The binary properties ES names (table 69), as PCRE2 10.42 spells them. */
static const char *const tr_binprops[] = {
    "ASCII_Hex_Digit",
    "AHex",
    "Alphabetic",
    "Alpha",
    "Bidi_Control",
    "Bidi_C",
    "Bidi_Mirrored",
    "Bidi_M",
    "Case_Ignorable",
    "CI",
    "Cased",
    "Changes_When_Casefolded",
    "CWCF",
    "Changes_When_Casemapped",
    "CWCM",
    "Changes_When_Lowercased",
    "CWL",
    "Changes_When_NFKC_Casefolded",
    "CWKCF",
    "Changes_When_Titlecased",
    "CWT",
    "Changes_When_Uppercased",
    "CWU",
    "Dash",
    "Default_Ignorable_Code_Point",
    "DI",
    "Deprecated",
    "Dep",
    "Diacritic",
    "Dia",
    "Emoji",
    "Emoji_Component",
    "EComp",
    "Emoji_Modifier",
    "EMod",
    "Emoji_Modifier_Base",
    "EBase",
    "Emoji_Presentation",
    "EPres",
    "Extended_Pictographic",
    "ExtPict",
    "Extender",
    "Ext",
    "Grapheme_Base",
    "Gr_Base",
    "Grapheme_Extend",
    "Gr_Ext",
    "Hex_Digit",
    "Hex",
    "IDS_Binary_Operator",
    "IDSB",
    "IDS_Trinary_Operator",
    "IDST",
    "ID_Continue",
    "IDC",
    "ID_Start",
    "IDS",
    "Ideographic",
    "Ideo",
    "Join_Control",
    "Join_C",
    "Logical_Order_Exception",
    "LOE",
    "Lowercase",
    "Lower",
    "Math",
    "Noncharacter_Code_Point",
    "NChar",
    "Pattern_Syntax",
    "Pat_Syn",
    "Pattern_White_Space",
    "Pat_WS",
    "Quotation_Mark",
    "QMark",
    "Radical",
    "Regional_Indicator",
    "RI",
    "Sentence_Terminal",
    "STerm",
    "Soft_Dotted",
    "SD",
    "Terminal_Punctuation",
    "Term",
    "Unified_Ideograph",
    "UIdeo",
    "Uppercase",
    "Upper",
    "Variation_Selector",
    "VS",
    "White_Space",
    "space",
    "XID_Continue",
    "XIDC",
    "XID_Start",
    "XIDS",
};

static const char *tr_gc_short(const char *v) {
  size_t k;
  for (k = 0; k < JSRT__COUNTOF(tr_gc); k++)
    if (strcmp(v, tr_gc[k][0]) == 0 || strcmp(v, tr_gc[k][1]) == 0)
      return tr_gc[k][0];
  if (strcmp(v, "LC") == 0)
    return "L&";
  return NULL;
}

/* \p{...} / \P{...} after the p (u mode); emits one class member or atom
 * (in_class: without brackets). */
static void tr_property(regexp_tr *t, int neg, int in_class) {
  char name[64], value[64], b[160];
  size_t nl = 0, vl = 0;
  int have_value = 0;
  const char *gc = NULL;
  if (tr_peek(t, 0) != '{') {
    t->err = "Invalid property name";
    return;
  }
  t->i++;
  for (;;) {
    int c = tr_peek(t, 0);
    if (c == '}')
      break;
    if (c == '=' && !have_value) {
      have_value = 1;
      t->i++;
      continue;
    }
    if (c < 0 ||
        !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= '0' && c <= '9') || c == '_') ||
        nl >= sizeof(name) - 1 || vl >= sizeof(value) - 1) {
      t->err = "Invalid property name";
      return;
    }
    if (have_value)
      value[vl++] = (char)c;
    else
      name[nl++] = (char)c;
    t->i++;
  }
  t->i++;
  name[nl] = value[vl] = 0;
  if (nl == 0 || (have_value && vl == 0)) {
    t->err = "Invalid property name";
    return;
  }
  b[0] = 0;
  if (have_value) {
    if (strcmp(name, "General_Category") == 0 || strcmp(name, "gc") == 0) {
      gc = tr_gc_short(value);
      if (gc != NULL)
        snprintf(b, sizeof(b), "\\%c{%s}", neg ? 'P' : 'p', gc);
    } else if (strcmp(name, "Script") == 0 || strcmp(name, "sc") == 0) {
      snprintf(b, sizeof(b), "\\%c{sc:%s}", neg ? 'P' : 'p', value);
    } else if (strcmp(name, "Script_Extensions") == 0 ||
               strcmp(name, "scx") == 0) {
      snprintf(b, sizeof(b), "\\%c{scx:%s}", neg ? 'P' : 'p', value);
    }
  } else if ((gc = tr_gc_short(name)) != NULL) {
    snprintf(b, sizeof(b), "\\%c{%s}", neg ? 'P' : 'p', gc);
  } else if (strcmp(name, "Any") == 0) {
    snprintf(b, sizeof(b), "\\%c{Any}", neg ? 'P' : 'p');
  } else if (strcmp(name, "ASCII") == 0) {
    if (in_class)
      snprintf(b, sizeof(b), neg ? "\\x{80}-\\x{10ffff}" : "\\x{0}-\\x{7f}");
    else
      snprintf(b, sizeof(b), neg ? "[^\\x{0}-\\x{7f}]" : "[\\x{0}-\\x{7f}]");
  } else if (strcmp(name, "Assigned") == 0) {
    snprintf(b, sizeof(b), "\\%c{Cn}", neg ? 'p' : 'P');
  } else {
    size_t k;
    for (k = 0; k < JSRT__COUNTOF(tr_binprops); k++)
      if (strcmp(name, tr_binprops[k]) == 0)
        break;
    if (k < JSRT__COUNTOF(tr_binprops))
      snprintf(b, sizeof(b), "\\%c{%s}", neg ? 'P' : 'p', name);
  }
  if (b[0] == 0) {
    t->err = "Invalid property name";
    return;
  }
  tr_puts(t, b);
}

/* Whether code point c may start (first) or continue a group name:
 * ID_Start / ID_Continue through PCRE2's own Unicode tables. */
static int tr_name_char(regexp_tr *t, uint32_t c, int first) {
  pcre2_code **code;
  PCRE2_UCHAR16 u[3];
  size_t n = 0;
  int rc;
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           c == '$' || (!first && c >= '0' && c <= '9');
  if (!first && (c == 0x200c || c == 0x200d))
    return 1;
  if (c >= 0xd800 && c <= 0xdfff)
    return 0;
  code = first ? &t->st->id_start : &t->st->id_continue;
  if (*code == NULL) {
    static const PCRE2_UCHAR16 s[] = {'\\', 'p', '{', 'I', 'D', '_',
                                      'S',  't', 'a', 'r', 't', '}'};
    static const PCRE2_UCHAR16 k[] = {'\\', 'p', '{', 'I', 'D', '_', 'C', 'o',
                                      'n',  't', 'i', 'n', 'u', 'e', '}'};
    int ec;
    PCRE2_SIZE eo;
    *code = first ? pcre2_compile(s, JSRT__COUNTOF(s), PCRE2_UTF, &ec, &eo,
                                  t->st->cctx)
                  : pcre2_compile(k, JSRT__COUNTOF(k), PCRE2_UTF, &ec, &eo,
                                  t->st->cctx);
    if (*code == NULL)
      return 0;
  }
  if (c >= 0x10000) {
    u[n++] = (PCRE2_UCHAR16)(0xd800 + ((c - 0x10000) >> 10));
    u[n++] = (PCRE2_UCHAR16)(0xdc00 + ((c - 0x10000) & 0x3ff));
  } else {
    u[n++] = (PCRE2_UCHAR16)c;
  }
  if (t->st->name_md == NULL)
    t->st->name_md = pcre2_match_data_create(1, t->st->gctx);
  if (t->st->name_md == NULL)
    return 0;
  rc = pcre2_match(*code, u, n, 0, PCRE2_ANCHORED, t->st->name_md, NULL);
  return rc > 0;
}

/* Reads a group name after "(?<" or "\k<" up to '>' (RegExpIdentifierName:
 * code points, \u escapes) into a CESU-8 copy. */
static char *tr_name(regexp_tr *t) {
  char buf[256 * 3 + 1];
  size_t o = 0;
  int first = 1;
  char *s;
  for (;;) {
    uint32_t c;
    if (t->i >= t->n)
      break;
    c = t->p[t->i];
    if (c == '>')
      break;
    t->i++;
    if (c == '\\') {
      int k;
      uint32_t v = 0;
      if (tr_peek(t, 0) != 'u')
        goto bad;
      t->i++;
      if (tr_peek(t, 0) == '{') {
        t->i++;
        for (k = 0; tr_hexval(tr_peek(t, 0)) >= 0 && v <= 0x10ffff; k++)
          v = v * 16 + (uint32_t)tr_hexval(t->p[t->i++]);
        if (k == 0 || v > 0x10ffff || tr_peek(t, 0) != '}')
          goto bad;
        t->i++;
      } else {
        for (k = 0; k < 4; k++) {
          if (tr_hexval(tr_peek(t, 0)) < 0)
            goto bad;
          v = v * 16 + (uint32_t)tr_hexval(t->p[t->i++]);
        }
        if (v >= 0xd800 && v <= 0xdbff && tr_peek(t, 0) == '\\' &&
            tr_peek(t, 1) == 'u') {
          uint32_t w = 0;
          for (k = 0; k < 4; k++)
            if (tr_hexval(tr_peek(t, 2 + k)) < 0)
              break;
          if (k == 4) {
            for (k = 0; k < 4; k++)
              w = w * 16 + (uint32_t)tr_hexval(tr_peek(t, 2 + k));
            if (w >= 0xdc00 && w <= 0xdfff) {
              t->i += 6;
              v = 0x10000 + ((v - 0xd800) << 10) + (w - 0xdc00);
            }
          }
        }
      }
      c = v;
    } else if (c >= 0xd800 && c <= 0xdbff && t->i < t->n &&
               t->p[t->i] >= 0xdc00 && t->p[t->i] <= 0xdfff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (t->p[t->i++] - 0xdc00);
    }
    if (!tr_name_char(t, c, first) || o + 6 >= sizeof(buf))
      goto bad;
    first = 0;
    /* CESU-8: astral names as two 3-byte surrogates, as Duktape keeps */
    if (c >= 0x10000) {
      uint32_t hi = 0xd800 + ((c - 0x10000) >> 10);
      uint32_t lo = 0xdc00 + ((c - 0x10000) & 0x3ff);
      buf[o++] = (char)(0xe0 | (hi >> 12));
      buf[o++] = (char)(0x80 | ((hi >> 6) & 0x3f));
      buf[o++] = (char)(0x80 | (hi & 0x3f));
      c = lo;
    }
    if (c < 0x80) {
      buf[o++] = (char)c;
    } else if (c < 0x800) {
      buf[o++] = (char)(0xc0 | (c >> 6));
      buf[o++] = (char)(0x80 | (c & 0x3f));
    } else {
      buf[o++] = (char)(0xe0 | (c >> 12));
      buf[o++] = (char)(0x80 | ((c >> 6) & 0x3f));
      buf[o++] = (char)(0x80 | (c & 0x3f));
    }
  }
  if (t->i >= t->n || first)
    goto bad;
  t->i++; /* '>' */
  buf[o] = 0;
  s = regexp_realloc(t->iso, NULL, o + 1);
  if (s == NULL) {
    t->err = "out of memory";
    return NULL;
  }
  memcpy(s, buf, o + 1);
  return s;
bad:
  t->err = "Invalid capture group name";
  return NULL;
}

/* First pass: counts capturing groups and collects their names. */
static void tr_scan_groups(regexp_tr *t) {
  size_t i;
  int in_class = 0;
  uint32_t n = 0;
  for (i = 0; i < t->n; i++) {
    u16 c = t->p[i];
    if (c == '\\') {
      i++;
    } else if (in_class) {
      if (c == ']')
        in_class = 0;
    } else if (c == '[') {
      in_class = 1;
    } else if (c == '(') {
      if (i + 1 < t->n && t->p[i + 1] == '?') {
        if (i + 2 < t->n && t->p[i + 2] == '<' && i + 3 < t->n &&
            t->p[i + 3] != '=' && t->p[i + 3] != '!') {
          n++;
          t->has_names = 1;
        }
      } else {
        n++;
      }
    }
  }
  t->ngroups = n;
}

static int tr_find_name(regexp_tr *t, const char *name) {
  uint32_t k;
  for (k = 1; k <= t->ngroups; k++)
    if (t->names[k] != NULL && strcmp(t->names[k], name) == 0)
      return (int)k;
  return 0;
}

/* A literal character outside a class. */
static void tr_literal(regexp_tr *t, uint32_t c) {
  /* Without u, ES's /i pairs by toUpperCase and keeps ASCII and non-ASCII
   * apart: PCRE2's Unicode folding would also pair s with U+017F and k
   * with U+212A. */
  if (t->ic && !t->u) {
    if (c == 's' || c == 'S') {
      tr_puts(t, "(?-i:[sS])");
      return;
    }
    if (c == 'k' || c == 'K') {
      tr_puts(t, "(?-i:[kK])");
      return;
    }
    if (c == 0x17f || c == 0x212a) {
      tr_puts(t, "(?-i:");
      tr_hex(t, c);
      tr_put(t, ')');
      return;
    }
  }
  if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
      (c >= 'A' && c <= 'Z') || c == '_' || c == ' ')
    tr_put(t, c);
  else if (c < 0x80)
    tr_hex(t, c);
  else if (!t->u || c < 0xd800 || c > 0xdfff)
    tr_put(t, c);
  else
    tr_puts(t, "(?!)"); /* a lone surrogate in /u: what PCRE2 can match
                           (lone surrogates in /u subjects never match) */
}

static int tr_is_syntax_char(int c) {
  return c == '^' || c == '$' || c == '\\' || c == '.' || c == '*' ||
         c == '+' || c == '?' || c == '(' || c == ')' || c == '[' || c == ']' ||
         c == '{' || c == '}' || c == '|' || c == '/';
}

/* \u / \x / \c / octal escapes shared by atoms and classes: after the
 * backslash, at c (already consumed). Returns the code point, or -1 when
 * it is not one of them, -2 on error. */
static int32_t tr_char_escape(regexp_tr *t, int c, int in_class) {
  int h1, h2;
  switch (c) {
  case 't':
    return 9;
  case 'n':
    return 10;
  case 'v':
    return 11;
  case 'f':
    return 12;
  case 'r':
    return 13;
  case 'c': {
    int l = tr_peek(t, 0);
    if ((l >= 'a' && l <= 'z') || (l >= 'A' && l <= 'Z') ||
        (in_class && !t->u && ((l >= '0' && l <= '9') || l == '_'))) {
      t->i++;
      return l % 32;
    }
    if (t->u) {
      t->err = "Invalid unicode escape";
      return -2;
    }
    /* Annex B: a backslash, then 'c' read again */
    t->i--;
    return '\\';
  }
  case 'x':
    h1 = tr_hexval(tr_peek(t, 0));
    h2 = tr_hexval(tr_peek(t, 1));
    if (h1 >= 0 && h2 >= 0) {
      t->i += 2;
      return h1 * 16 + h2;
    }
    if (t->u) {
      t->err = "Invalid escape";
      return -2;
    }
    return 'x';
  case 'u': {
    uint32_t v = 0;
    int k;
    if (t->u && tr_peek(t, 0) == '{') {
      size_t save = t->i;
      t->i++;
      k = 0;
      while (tr_hexval(tr_peek(t, 0)) >= 0) {
        v = v * 16 + (uint32_t)tr_hexval(tr_peek(t, 0));
        if (v > 0x10ffff)
          break;
        t->i++;
        k++;
      }
      if (k == 0 || v > 0x10ffff || tr_peek(t, 0) != '}') {
        t->i = save;
        t->err = "Invalid Unicode escape";
        return -2;
      }
      t->i++;
      return (int32_t)v;
    }
    for (k = 0; k < 4; k++)
      if (tr_hexval(tr_peek(t, k)) < 0)
        break;
    if (k < 4) {
      if (t->u) {
        t->err = "Invalid Unicode escape";
        return -2;
      }
      return 'u';
    }
    for (k = 0; k < 4; k++)
      v = v * 16 + (uint32_t)tr_hexval(tr_peek(t, k));
    t->i += 4;
    /* \uD83D\uDE00 in /u is one code point */
    if (t->u && v >= 0xd800 && v <= 0xdbff && tr_peek(t, 0) == '\\' &&
        tr_peek(t, 1) == 'u') {
      uint32_t w = 0;
      for (k = 0; k < 4; k++)
        if (tr_hexval(tr_peek(t, 2 + k)) < 0)
          break;
      if (k == 4) {
        for (k = 0; k < 4; k++)
          w = w * 16 + (uint32_t)tr_hexval(tr_peek(t, 2 + k));
        if (w >= 0xdc00 && w <= 0xdfff) {
          t->i += 6;
          return (int32_t)(0x10000 + ((v - 0xd800) << 10) + (w - 0xdc00));
        }
      }
    }
    return (int32_t)v;
  }
  case '0':
    if (tr_peek(t, 0) < '0' || tr_peek(t, 0) > '9')
      return 0;
    if (t->u) {
      t->err = "Invalid decimal escape";
      return -2;
    }
    /* fall through: legacy octal */
    /* FALLTHROUGH */
  case '1':
  case '2':
  case '3':
  case '4':
  case '5':
  case '6':
  case '7':
    if (t->u)
      return -1;
    {
      /* Annex B LegacyOctalEscapeSequence (the caller checked backrefs) */
      int v = c - '0';
      int d = tr_peek(t, 0);
      if (d >= '0' && d <= '7') {
        v = v * 8 + (d - '0');
        t->i++;
        d = tr_peek(t, 0);
        if (c <= '3' && d >= '0' && d <= '7') {
          v = v * 8 + (d - '0');
          t->i++;
        }
      }
      return v;
    }
  }
  return -1;
}

/* One class [...] after the '['. */
static void tr_class(regexp_tr *t) {
  int neg = 0;
  if (tr_peek(t, 0) == '^') {
    neg = 1;
    t->i++;
  }
  if (tr_peek(t, 0) == ']') {
    t->i++;
    tr_puts(t, neg ? "(?s:.)" : "(?!)");
    return;
  }
  tr_puts(t, neg ? "[^" : "[");
  for (;;) {
    int32_t lo, hi;
    int lo_set = 0, hi_set = 0;
    if (t->i >= t->n) {
      t->err = "Unterminated character class";
      return;
    }
    if (t->p[t->i] == ']') {
      t->i++;
      break;
    }
    /* one ClassAtom */
    lo = -1;
    if (t->p[t->i] == '\\') {
      int c;
      t->i++;
      if (t->i >= t->n) {
        t->err = "\\ at end of pattern";
        return;
      }
      c = t->p[t->i++];
      if (strchr("dDsSwW", c) != NULL && c < 0x80) {
        tr_class_escape_set(t, c);
        lo_set = 1;
      } else if (t->u && (c == 'p' || c == 'P')) {
        tr_property(t, c == 'P', 1);
        lo_set = 1;
      } else if (c == 'b') {
        lo = 8;
      } else if (t->u && c == '-') {
        lo = '-';
      } else {
        lo = tr_char_escape(t, c, 1);
        if (lo == -2)
          return;
        if (lo == -1) {
          if (t->u && !tr_is_syntax_char(c)) {
            t->err = "Invalid class escape";
            return;
          }
          lo = c; /* identity (\8 \9 and others in Annex B) */
        }
      }
    } else {
      lo = (int32_t)tr_next(t);
    }
    if (t->err != NULL)
      return;
    /* a range? */
    if (tr_peek(t, 0) == '-' && tr_peek(t, 1) != ']' && tr_peek(t, 1) >= 0) {
      size_t save = t->i;
      t->i++;
      hi = -1;
      if (t->p[t->i] == '\\') {
        int c;
        t->i++;
        if (t->i >= t->n) {
          t->err = "\\ at end of pattern";
          return;
        }
        c = t->p[t->i++];
        if (strchr("dDsSwW", c) != NULL && c < 0x80) {
          hi_set = 1;
        } else if (t->u && (c == 'p' || c == 'P')) {
          hi_set = 1;
        } else if (c == 'b') {
          hi = 8;
        } else if (t->u && c == '-') {
          hi = '-';
        } else {
          hi = tr_char_escape(t, c, 1);
          if (hi == -2)
            return;
          if (hi == -1) {
            if (t->u && !tr_is_syntax_char(c)) {
              t->err = "Invalid class escape";
              return;
            }
            hi = c;
          }
        }
      } else {
        hi = (int32_t)tr_next(t);
      }
      if (lo_set || hi_set) {
        if (t->u) {
          t->err = "Invalid character class";
          return;
        }
        /* Annex B: '-' is literal next to a class escape */
        if (!lo_set)
          tr_hex(t, (uint32_t)lo);
        tr_hex(t, '-');
        t->i = save + 1;
        continue;
      }
      if (hi < lo) {
        t->err = "Range out of order in character class";
        return;
      }
      tr_hex(t, (uint32_t)lo);
      tr_put(t, '-');
      tr_hex(t, (uint32_t)hi);
      continue;
    }
    if (!lo_set)
      tr_hex(t, (uint32_t)lo);
  }
  tr_put(t, ']');
}

/* The whole pattern; kinds of the last atom for quantifier checks. */
enum { TR_NONE, TR_ATOM, TR_ASSERT, TR_LOOKAHEAD, TR_LOOKBEHIND };

static void tr_pattern(regexp_tr *t) {
  /* open groups: their kind, to know what a ')' closes */
  unsigned char stack[256];
  int depth = 0, last = TR_NONE;
  while (t->i < t->n && t->err == NULL) {
    uint32_t c = t->p[t->i];
    switch (c) {
    case '^':
      t->i++;
      tr_puts(t,
              (t->flags & RE_M) ? "(?<![^\\n\\r\\x{2028}\\x{2029}])" : "\\A");
      last = TR_ASSERT;
      continue;
    case '$':
      t->i++;
      tr_puts(t, (t->flags & RE_M) ? "(?![^\\n\\r\\x{2028}\\x{2029}])" : "\\z");
      last = TR_ASSERT;
      continue;
    case '.':
      t->i++;
      /* PCRE2's newline is CR or LF (set in regexp_state_get) */
      tr_puts(t, (t->flags & RE_S) ? "(?s:.)"
                 : t->compact_dot  ? "(?![\\x{2028}\\x{2029}])."
                                   : "[^\\n\\r\\x{2028}\\x{2029}]");
      last = TR_ATOM;
      continue;
    case '|':
      t->i++;
      tr_put(t, '|');
      last = TR_NONE;
      continue;
    case '(': {
      unsigned char kind = TR_ATOM;
      t->i++;
      if (depth >= (int)sizeof(stack)) {
        t->err = "groups nested too deeply";
        return;
      }
      if (tr_peek(t, 0) == '?') {
        int d = tr_peek(t, 1);
        if (d == ':') {
          t->i += 2;
          tr_puts(t, "(?:");
        } else if (d == '=' || d == '!') {
          t->i += 2;
          tr_puts(t, d == '=' ? "(?=" : "(?!");
          kind = TR_LOOKAHEAD;
        } else if (d == '<' && (tr_peek(t, 2) == '=' || tr_peek(t, 2) == '!')) {
          tr_puts(t, tr_peek(t, 2) == '=' ? "(?<=" : "(?<!");
          t->i += 3;
          kind = TR_LOOKBEHIND;
        } else if (d == '<') {
          char *name;
          t->i += 2;
          name = tr_name(t);
          if (name == NULL)
            return;
          t->group++;
          regexp_mfree(name, t->iso); /* the pre-pass kept the names */
          tr_put(t, '(');
        } else {
          t->err = "Invalid group";
          return;
        }
      } else {
        t->group++;
        tr_put(t, '(');
      }
      stack[depth++] = kind;
      last = TR_NONE;
      continue;
    }
    case ')':
      t->i++;
      if (depth == 0) {
        t->err = "Unmatched ')'";
        return;
      }
      tr_put(t, ')');
      last = stack[--depth];
      continue;
    case '*':
    case '+':
    case '?':
    case '{': {
      uint32_t lo = 0, hi = 0;
      int bounded = 1, ok = 1;
      size_t save = t->i;
      if (c == '{') {
        size_t k = t->i + 1;
        int nd = 0;
        while (k < t->n && t->p[k] >= '0' && t->p[k] <= '9') {
          if (lo < 100000000)
            lo = lo * 10 + (t->p[k] - '0');
          k++;
          nd++;
        }
        if (nd == 0) {
          ok = 0;
        } else if (k < t->n && t->p[k] == '}') {
          hi = lo;
          t->i = k + 1;
        } else if (k < t->n && t->p[k] == ',') {
          k++;
          if (k < t->n && t->p[k] == '}') {
            bounded = 0;
            t->i = k + 1;
          } else {
            nd = 0;
            while (k < t->n && t->p[k] >= '0' && t->p[k] <= '9') {
              if (hi < 100000000)
                hi = hi * 10 + (t->p[k] - '0');
              k++;
              nd++;
            }
            if (nd == 0 || k >= t->n || t->p[k] != '}')
              ok = 0;
            else
              t->i = k + 1;
          }
        } else {
          ok = 0;
        }
        if (!ok) {
          if (t->u) {
            t->err = "Incomplete quantifier";
            return;
          }
          /* Annex B: a literal brace */
          t->i = save + 1;
          tr_hex(t, '{');
          last = TR_ATOM;
          continue;
        }
      } else {
        t->i++;
      }
      if (last == TR_NONE || last == TR_ASSERT || last == TR_LOOKBEHIND ||
          (last == TR_LOOKAHEAD && t->u)) {
        t->err = "Nothing to repeat";
        return;
      }
      if (c == '{') {
        char b[48];
        if (bounded && hi < lo) {
          t->err = "numbers out of order in {} quantifier";
          return;
        }
        if (lo > 65535 || (bounded && hi > 65535)) {
          t->err = "quantifier bound above 65535 (a PCRE2 limit)";
          return;
        }
        if (bounded)
          snprintf(b, sizeof(b), "{%u,%u}", (unsigned)lo, (unsigned)hi);
        else
          snprintf(b, sizeof(b), "{%u,}", (unsigned)lo);
        tr_puts(t, b);
      } else {
        tr_put(t, c);
      }
      if (tr_peek(t, 0) == '?') {
        t->i++;
        tr_put(t, '?');
      }
      last = TR_NONE; /* a quantifier is not quantifiable */
      continue;
    }
    case '[':
      t->i++;
      tr_class(t);
      last = TR_ATOM;
      continue;
    case ']':
    case '}':
      if (t->u) {
        t->err = "Lone quantifier brackets";
        return;
      }
      t->i++;
      tr_hex(t, c);
      last = TR_ATOM;
      continue;
    case '\\': {
      int e;
      int32_t v;
      t->i++;
      if (t->i >= t->n) {
        t->err = "\\ at end of pattern";
        return;
      }
      e = t->p[t->i++];
      last = TR_ATOM;
      if (e == 'b' || e == 'B') {
        if (t->ic) {
          /* with UCP (on for /i) PCRE2's \b is Unicode's: spell ES's */
          const char *w =
              t->u ? "[0-9A-Z_a-z\\x{17f}\\x{212a}]" : "[0-9A-Z_a-z]";
          char b[240];
          snprintf(b, sizeof(b),
                   e == 'b' ? "(?%s:(?<=%s)(?!%s)|(?<!%s)(?=%s))"
                            : "(?%s:(?<=%s)(?=%s)|(?<!%s)(?!%s))",
                   t->u ? "" : "-i", w, w, w, w);
          tr_puts(t, b);
        } else {
          tr_puts(t, e == 'b' ? "\\b" : "\\B");
        }
        last = TR_ASSERT;
        continue;
      }
      if (e < 0x80 && strchr("dDsSwW", e) != NULL) {
        int neg = e >= 'A' && e <= 'Z';
        /* without u, /i must not pair \w with U+017F or U+212A */
        int noi = t->ic && !t->u && (e | 0x20) == 'w';
        tr_puts(t, noi ? "(?-i:[" : "[");
        if (neg)
          tr_put(t, '^');
        tr_class_escape_set(t, e | 0x20);
        tr_puts(t, noi ? "])" : "]");
        continue;
      }
      if (t->u && (e == 'p' || e == 'P')) {
        tr_property(t, e == 'P', 0);
        continue;
      }
      if (e == 'k' && (t->u || t->has_names)) {
        char *name;
        int g;
        char b[32];
        if (tr_peek(t, 0) != '<') {
          t->err = "Invalid named reference";
          return;
        }
        t->i++;
        name = tr_name(t);
        if (name == NULL) {
          t->err = "Invalid named reference";
          return;
        }
        g = tr_find_name(t, name);
        regexp_mfree(name, t->iso);
        if (g == 0) {
          t->err = "Invalid named capture referenced";
          return;
        }
        snprintf(b, sizeof(b), "(?:\\g{%d})", g);
        tr_puts(t, b);
        continue;
      }
      if (e >= '1' && e <= '9') {
        /* DecimalEscape: a backreference when it names a group */
        uint32_t v2 = (uint32_t)(e - '0');
        size_t k = t->i;
        while (k < t->n && t->p[k] >= '0' && t->p[k] <= '9' && v2 < 100000)
          v2 = v2 * 10 + (t->p[k++] - '0');
        if (v2 <= t->ngroups) {
          char b[32];
          t->i = k;
          snprintf(b, sizeof(b), "(?:\\g{%u})", (unsigned)v2);
          tr_puts(t, b);
          continue;
        }
        if (t->u) {
          t->err = "Invalid escape";
          return;
        }
        if (e >= '8') {
          tr_literal(t, (uint32_t)e);
          continue;
        }
      }
      v = tr_char_escape(t, e, 0);
      if (v == -2)
        return;
      if (v == -1) {
        if (t->u && !tr_is_syntax_char(e)) {
          t->err = "Invalid escape";
          return;
        }
        v = e; /* identity escape */
      }
      tr_literal(t, (uint32_t)v);
      continue;
    }
    default:
      tr_literal(t, tr_next(t));
      last = TR_ATOM;
      continue;
    }
  }
  if (t->err == NULL && depth > 0)
    t->err = "Unterminated group";
}

/* ---- compiling and the cache ---- */

static uint32_t regexp_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  size_t i;
  for (i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

/* Compiles key (flags byte + pattern bytes) into a program, or NULL with
 * the message in err[]. */
static regexp_prog *regexp_build(duk_context *ctx, regexp_state *st,
                                 const char *key, size_t keylen, char *err,
                                 size_t errlen, int compact) {
  regexp_tr t;
  regexp_prog *pg;
  u16 *pat;
  size_t pn;
  int ascii, ec;
  PCRE2_SIZE eo;
  uint32_t opts;
  uint32_t k;

  memset(&t, 0, sizeof(t));
  t.iso = st->iso;
  t.st = st;
  t.flags = (unsigned char)key[0];
  t.u = (t.flags & RE_U) != 0;
  t.ic = (t.flags & RE_I) != 0;
  t.compact_dot = compact;
  pat = regexp_realloc(st->iso, NULL, keylen * sizeof(u16) + 2);
  if (pat == NULL) {
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  pn = regexp_widen((const unsigned char *)key + 1, keylen - 1, pat, &ascii);
  t.p = pat;
  t.n = pn;
  tr_scan_groups(&t);
  t.names = regexp_realloc(st->iso, NULL, (t.ngroups + 1) * sizeof(char *));
  if (t.names == NULL) {
    regexp_mfree(pat, st->iso);
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  memset(t.names, 0, (t.ngroups + 1) * sizeof(char *));
  if (t.has_names) {
    /* names first, so that \k<name> may come before its group */
    regexp_tr t0 = t;
    t0.out = NULL;
    t0.ocap = t0.on = 0;
    t0.has_names = 0; /* \k is not resolved in this pass */
    t0.u = 0;
    t0.ic = 0;
    for (t0.i = 0; t0.i < t0.n && t0.err == NULL; t0.i++) {
      if (t0.p[t0.i] == '\\') {
        t0.i++;
      } else if (t0.p[t0.i] == '[') {
        while (t0.i + 1 < t0.n && t0.p[t0.i + 1] != ']') {
          t0.i++;
          if (t0.p[t0.i] == '\\')
            t0.i++;
        }
      } else if (t0.p[t0.i] == '(') {
        if (t0.i + 1 < t0.n && t0.p[t0.i + 1] == '?') {
          if (t0.i + 3 < t0.n && t0.p[t0.i + 2] == '<' &&
              t0.p[t0.i + 3] != '=' && t0.p[t0.i + 3] != '!') {
            char *name;
            t0.i += 3;
            name = tr_name(&t0);
            t0.group++;
            if (name != NULL) {
              if (tr_find_name(&t0, name)) {
                regexp_mfree(name, st->iso);
                t0.err = "Duplicate capture group name";
              } else if (t0.group <= t0.ngroups) {
                t0.names[t0.group] = name;
              } else {
                regexp_mfree(name, st->iso);
              }
            }
            t0.i--;
          }
        } else {
          t0.group++;
        }
      }
    }
    t.err = t0.err;
  }
  if (t.err == NULL)
    tr_pattern(&t);
  regexp_mfree(pat, st->iso);
  if (t.err != NULL) {
    snprintf(err, errlen, "%s", t.err);
    goto fail;
  }
  tr_put(&t, 0);
  if (t.err != NULL) {
    snprintf(err, errlen, "%s", t.err);
    goto fail;
  }
  opts = PCRE2_MATCH_UNSET_BACKREF | PCRE2_ALLOW_EMPTY_CLASS |
         PCRE2_DOLLAR_ENDONLY;
  if (t.ic)
    opts |= PCRE2_CASELESS | PCRE2_UCP;
  if (t.u)
    opts |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
  pg = regexp_realloc(st->iso, NULL, sizeof(*pg));
  if (pg == NULL) {
    snprintf(err, errlen, "out of memory");
    goto fail;
  }
  memset(pg, 0, sizeof(*pg));
  pg->code = pcre2_compile(t.out, t.on - 1, opts, &ec, &eo, st->cctx);
  if (pg->code == NULL) {
    PCRE2_UCHAR16 m[160];
    int ml = pcre2_get_error_message(ec, m, JSRT__COUNTOF(m)), q;
    regexp_mfree(pg, st->iso);
    if (ec == PCRE2_ERROR_PATTERN_TOO_LARGE && !compact) {
      regexp_mfree(t.out, st->iso);
      for (k = 0; k <= t.ngroups; k++)
        regexp_mfree(t.names[k], st->iso);
      regexp_mfree(t.names, st->iso);
      return regexp_build(ctx, st, key, keylen, err, errlen, 1);
    }
    if (ec == PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH) {
      snprintf(err, errlen,
               "lookbehind of variable length (PCRE2 10.42 has fixed-length "
               "lookbehind only)");
    } else {
      for (q = 0; q < ml && q < (int)errlen - 1; q++)
        err[q] = m[q] < 0x80 ? (char)m[q] : '?';
      err[q > 0 ? q : 0] = 0;
    }
    goto fail;
  }
  regexp_mfree(t.out, st->iso);
  pg->ngroups = t.ngroups;
  pg->flags = t.flags;
  pg->names = t.names;
  pg->has_names = t.has_names;
  pg->key = regexp_realloc(st->iso, NULL, keylen);
  if (pg->key == NULL) {
    pg->keylen = 0;
    regexp_prog_free(st, pg);
    snprintf(err, errlen, "out of memory");
    return NULL;
  }
  memcpy(pg->key, key, keylen);
  pg->keylen = keylen;
  (void)ctx;
  return pg;
fail:
  regexp_mfree(t.out, st->iso);
  for (k = 0; k <= t.ngroups; k++)
    regexp_mfree(t.names[k], st->iso);
  regexp_mfree(t.names, st->iso);
  return NULL;
}

/* The program for key, compiled on a miss; NULL with err[] on a syntax
 * error. */
static regexp_prog *regexp_lookup(duk_context *ctx, regexp_state *st,
                                  const char *key, size_t keylen, char *err,
                                  size_t errlen) {
  uint32_t h;
  /* the last program looked up: most calls in a row are the same regexp
   * (its key compared, so a string reusing the address cannot fool it) */
  if (st->last != NULL && st->last->keylen == keylen &&
      memcmp(st->last->key, key, keylen) == 0)
    return st->last;
  h = regexp_hash(key, keylen);
  regexp_prog **set = st->cache[h % REGEXP_CACHE_SETS], *pg;
  int w;
  for (w = 0; w < 2; w++) {
    pg = set[w];
    if (pg != NULL && pg->hash == h && pg->keylen == keylen &&
        memcmp(pg->key, key, keylen) == 0) {
      pg->stamp = ++st->clock;
      st->last = pg;
      return pg;
    }
  }
  pg = regexp_build(ctx, st, key, keylen, err, errlen, 0);
  if (pg == NULL)
    return NULL;
  pg->hash = h;
  pg->stamp = ++st->clock;
  w = set[0] == NULL                  ? 0
      : set[1] == NULL                ? 1
      : set[0]->stamp < set[1]->stamp ? 0
                                      : 1;
  if (set[w] != NULL && set[w]->pins > 0) {
    set[w]->next = st->orphans;
    st->orphans = set[w];
  } else {
    regexp_prog_free(st, set[w]);
  }
  set[w] = pg;
  st->last = pg;
  return pg;
}

/* ---- Duktape's entry points (engine.c) ---- */

static int regexp_parse_flags(const char *f, size_t n) {
  int flags = 0;
  size_t i;
  for (i = 0; i < n; i++) {
    int b;
    switch (f[i]) {
    case 'g':
      b = RE_G;
      break;
    case 'i':
      b = RE_I;
      break;
    case 'm':
      b = RE_M;
      break;
    case 's':
      b = RE_S;
      break;
    case 'u':
      b = RE_U;
      break;
    case 'y':
      b = RE_Y;
      break;
    case 'd':
      b = RE_D;
      break;
    default:
      return -1;
    }
    if (flags & b)
      return -1;
    flags |= b;
  }
  return flags;
}

/* ES's EscapeRegExpPattern: '/' outside a class and line terminators
 * escaped, "(?:)" for the empty pattern. [... pattern] -> [... source] */
static void regexp_push_source(duk_context *ctx, const char *p, size_t n) {
  duk_size_t i;
  int in_class = 0;
  char *b;
  size_t o = 0;
  if (n == 0) {
    duk_push_string(ctx, "(?:)");
    return;
  }
  b = duk_push_fixed_buffer(ctx, n * 2 + 8);
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)p[i];
    if (c == '\\' && i + 1 < n) {
      b[o++] = p[i++];
      if (p[i] == '\n' || p[i] == '\r') {
        b[o++] = p[i] == '\n' ? 'n' : 'r';
        continue;
      }
      b[o++] = p[i];
      continue;
    }
    if (c == '[')
      in_class = 1;
    else if (c == ']')
      in_class = 0;
    if (c == '/' && !in_class) {
      b[o++] = '\\';
      b[o++] = '/';
    } else if (c == '\n') {
      b[o++] = '\\';
      b[o++] = 'n';
    } else if (c == '\r') {
      b[o++] = '\\';
      b[o++] = 'r';
    } else if (c == 0xe2 && i + 2 < n && (unsigned char)p[i + 1] == 0x80 &&
               ((unsigned char)p[i + 2] == 0xa8 ||
                (unsigned char)p[i + 2] == 0xa9)) {
      memcpy(b + o, (unsigned char)p[i + 2] == 0xa8 ? "\\u2028" : "\\u2029", 6);
      o += 6;
      i += 2;
    } else {
      b[o++] = (char)c;
    }
    if (o + 8 > n * 2 + 8)
      break; /* cannot happen: each byte takes at most 2 (6 for 3) */
  }
  duk_push_lstring(ctx, b, o);
  duk_remove(ctx, -2);
}

static DUK_NORETURN(void regexp_throw_syntax(
    duk_context *ctx, const char *pattern, const char *flags, const char *msg));
static void regexp_throw_syntax(duk_context *ctx, const char *pattern,
                                const char *flags, const char *msg) {
  (void)duk_error(ctx, DUK_ERR_SYNTAX_ERROR,
                  "Invalid regular expression: /%s/%s: %s", pattern, flags,
                  msg);
  for (;;) {
  }
}

/* [... pattern flags] -> [... escaped_source bytecode] */
void jsrt__regexp_compile(duk_context *ctx) {
  regexp_state *st = regexp_state_get(ctx);
  duk_size_t pn, fn;
  const char *pat = duk_require_lstring(ctx, -2, &pn);
  const char *fl = duk_require_lstring(ctx, -1, &fn);
  int flags = regexp_parse_flags(fl, fn);
  char err[256];
  char *key;
  regexp_prog *pg;
  if (flags < 0) {
    if (fn == 1 && fl[0] == 'v')
      regexp_throw_syntax(ctx, pat, fl,
                          "the v flag is not supported (PCRE2 10.42 has no "
                          "class set operations)");
    (void)duk_error(ctx, DUK_ERR_SYNTAX_ERROR,
                    "Invalid flags supplied to RegExp constructor '%s'", fl);
  }
  key = duk_push_fixed_buffer(ctx, pn + 1);
  key[0] = (char)flags;
  memcpy(key + 1, pat, pn);
  pg = regexp_lookup(ctx, st, key, pn + 1, err, sizeof(err));
  if (pg == NULL)
    regexp_throw_syntax(ctx, pat, fl, err);
  duk_buffer_to_string(ctx, -1); /* [... pattern flags bytecode] */
  regexp_push_source(ctx, pat, pn);
  duk_swap_top(ctx, -2); /* [... pattern flags source bytecode] */
  duk_remove(ctx, -3);
  duk_remove(ctx, -3);
}

/* Pushes the widened subject of the string at idx as a buffer and returns
 * its units. The buffer of the last long subject is kept in the stash with
 * its string (pinned: its address names it while cached); the value stack
 * holds what this call uses, so a nested match (a finalizer) replacing the
 * cache frees nothing of ours. */
static const u16 *regexp_subject(duk_context *ctx, regexp_state *st,
                                 duk_idx_t idx, size_t *len, int *ascii) {
  duk_size_t bn;
  const char *b;
  const void *hp = duk_get_heapptr(ctx, idx);
  u16 *u;
  idx = duk_normalize_index(ctx, idx);
  b = duk_get_lstring(ctx, idx, &bn);
  if (bn >= REGEXP_SHORT && hp == st->subj_ptr) {
    duk_push_heap_stash(ctx);
    duk_get_prop_string(ctx, -1, "\xffjsrt_regexp_subject_u");
    duk_remove(ctx, -2);
    u = duk_get_buffer(ctx, -1, NULL);
    if (u != NULL) {
      *len = st->subj_len;
      *ascii = st->subj_ascii;
      return u;
    }
    duk_pop(ctx);
  }
  u = duk_push_fixed_buffer(ctx, (bn + 1) * sizeof(u16));
  b = duk_get_lstring(ctx, idx, &bn);
  *len = regexp_widen((const unsigned char *)b, bn, u, ascii);
  if (bn >= REGEXP_SHORT) {
    duk_push_heap_stash(ctx);
    duk_dup(ctx, idx);
    duk_put_prop_string(ctx, -2, "\xffjsrt_regexp_subject");
    duk_dup(ctx, -2);
    duk_put_prop_string(ctx, -2, "\xffjsrt_regexp_subject_u");
    duk_pop(ctx);
    st->subj_ptr = hp;
    st->subj_len = *len;
    st->subj_ascii = *ascii;
  }
  return u;
}

/* Pushes units [s, e) of the subject as a string: ASCII subjects from
 * their own bytes, others narrowed to CESU-8 through a stack buffer. */
static void regexp_push_sub(duk_context *ctx, const char *bytes, const u16 *u,
                            int ascii, size_t s, size_t e) {
  size_t i, o = 0;
  unsigned char *out;
  if (ascii) {
    duk_push_lstring(ctx, bytes + s, e - s);
    return;
  }
  out = duk_push_fixed_buffer(ctx, (e - s) * 3 + 1);
  for (i = s; i < e; i++) {
    u16 c = u[i];
    if (c < 0x80) {
      out[o++] = (unsigned char)c;
    } else if (c < 0x800) {
      out[o++] = (unsigned char)(0xc0 | (c >> 6));
      out[o++] = (unsigned char)(0x80 | (c & 0x3f));
    } else {
      out[o++] = (unsigned char)(0xe0 | (c >> 12));
      out[o++] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
      out[o++] = (unsigned char)(0x80 | (c & 0x3f));
    }
  }
  duk_push_lstring(ctx, (const char *)out, o);
  duk_remove(ctx, -2);
}

static DUK_NORETURN(void regexp_throw_timeout(duk_context *ctx));
static void regexp_throw_timeout(duk_context *ctx) {
  jsrt__duk_request_interrupt(ctx);
  (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "execution timeout");
  for (;;) {
  }
}

/* Runs the match under the budget: PCRE2's match limit bounds each try;
 * between tries the budget and jsrt_interrupt are checked, and the next
 * try is given about the steps the budget has left (measured), so a
 * catastrophic pattern stops near the deadline and a long honest match
 * still completes (tries grow, at most doubling). */
static int regexp_exec(duk_context *ctx, regexp_state *st, regexp_prog *pg,
                       const u16 *u, size_t len, size_t start, uint32_t mopts) {
  jsrt_isolate *iso = st->iso;
  uint32_t limit = 2000000;
  int nojit = 0;
  for (;;) {
    uint64_t t0 = jsrt__now_ns(), dt;
    int rc;
    pcre2_set_match_limit(st->mctx, limit);
    rc = pcre2_match(pg->code, u, len, start,
                     mopts | (nojit ? PCRE2_NO_JIT : 0), st->md, st->mctx);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT && !nojit) {
      nojit = 1; /* the interpreter keeps its frames on the heap */
      continue;
    }
    if (rc != PCRE2_ERROR_MATCHLIMIT)
      return rc;
    if (jsrt__exec_timeout_check(iso))
      regexp_throw_timeout(ctx);
    dt = jsrt__now_ns() - t0;
    if (iso != NULL && iso->deadline_ns && dt > 0) {
      uint64_t now = jsrt__now_ns();
      uint64_t left = iso->deadline_ns > now ? iso->deadline_ns - now : 0;
      double next = (double)limit * ((double)left / (double)dt) * 1.05 + 1000;
      if (next > (double)limit * 2)
        next = (double)limit * 2;
      if (next > 4e9)
        next = 4e9;
      limit = next > (double)limit ? (uint32_t)next : limit;
    } else {
      limit = limit > 2000000000u ? 4000000000u : limit * 2;
    }
  }
}

static void regexp_throw_match_error(duk_context *ctx, int rc) {
  if (rc == PCRE2_ERROR_NOMEMORY || rc == PCRE2_ERROR_HEAPLIMIT)
    (void)duk_error(ctx, DUK_ERR_RANGE_ERROR,
                    "Maximum call stack size exceeded (regular expression)");
  (void)duk_error(ctx, DUK_ERR_ERROR, "regular expression match failed (%d)",
                  rc);
}

/* Pushes the groups object (null prototype) of a result at idx, or
 * undefined: its values read from the array at arr (the result or
 * indices). */
static void regexp_push_groups(duk_context *ctx, regexp_prog *pg,
                               duk_idx_t arr) {
  uint32_t k;
  if (!pg->has_names) {
    duk_push_undefined(ctx);
    return;
  }
  duk_push_bare_object(ctx);
  for (k = 1; k <= pg->ngroups; k++) {
    if (pg->names[k] == NULL)
      continue;
    duk_get_prop_index(ctx, arr, k);
    duk_put_prop_string(ctx, -2, pg->names[k]);
  }
}

/* [... regexp input] -> [... result], as RegExpBuiltinExec. force_global:
 * String.prototype.split's variant (lastIndex honoured and updated). */
void jsrt__regexp_match(duk_context *ctx, int force_global) {
  regexp_state *st = regexp_state_get(ctx);
  duk_idx_t re = duk_normalize_index(ctx, -2);
  duk_idx_t in = re + 1, res;
  duk_size_t keylen, bn;
  const char *key;
  char err[256];
  regexp_prog *pg;
  const char *bytes;
  const u16 *u;
  size_t len, start, *ov;
  int ascii, rc, global, sticky, nov;
  double li;
  uint32_t k;

  duk_to_string(ctx, in);
  if (!jsrt__duk_push_regexp_bytecode(ctx, re))
    (void)duk_type_error(ctx, "not a RegExp");
  key = duk_get_lstring(ctx, -1, &keylen);
  pg =
      keylen > 0 ? regexp_lookup(ctx, st, key, keylen, err, sizeof(err)) : NULL;
  duk_pop(ctx);
  if (pg == NULL)
    (void)duk_error(ctx, DUK_ERR_ERROR, "invalid RegExp");
  global = (pg->flags & RE_G) || force_global;
  sticky = (pg->flags & RE_Y) != 0;

  duk_get_prop_literal(ctx, re, "lastIndex");
  li = duk_to_number(ctx, -1);
  duk_pop(ctx);
  if (!(li > 0) || (!global && !sticky))
    li = 0;
  li = (double)(uint64_t)(li < 9007199254740991.0 ? li : 9007199254740991.0);

  /* [... re in] -> [... re in units ovcopy] */
  u = regexp_subject(ctx, st, in, &len, &ascii);
  nov = (int)(2 * (pg->ngroups + 1));
  ov = duk_push_fixed_buffer(ctx, (size_t)nov * sizeof(size_t));
  bytes = duk_get_lstring(ctx, in, &bn);
  if (li > (double)len)
    goto fail;
  start = (size_t)li;
  /* /u: an index inside a surrogate pair moves on to the pair's end.
   * Duktape's replace, match and split bump lastIndex by one unit after
   * an empty match, so this is their AdvanceStringIndex (V8's exec would
   * start at the pair instead: the one difference, README.md). */
  if ((pg->flags & RE_U) && start > 0 && start < len && u[start] >= 0xdc00 &&
      u[start] <= 0xdfff && u[start - 1] >= 0xd800 && u[start - 1] <= 0xdbff)
    start++;

  if (st->md == NULL || st->md_pairs < pg->ngroups + 1) {
    uint32_t pairs = pg->ngroups + 1 < 16 ? 16 : pg->ngroups + 1;
    pcre2_match_data_free(st->md);
    st->md = pcre2_match_data_create(pairs, st->gctx);
    st->md_pairs = st->md ? pairs : 0;
    if (st->md == NULL)
      (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "alloc failed");
  }
  /* The JIT costs more than a short match: a program is JIT-compiled once
   * it is used a few times or on a long subject. Without executable
   * memory the interpreter runs the same program. */
  if (pg->uses < 4 && (++pg->uses == 4 || len >= 1024)) {
    (void)pcre2_jit_compile(pg->code, PCRE2_JIT_COMPLETE);
    pg->uses = 4;
  }
  rc = regexp_exec(ctx, st, pg, u, len, start, sticky ? PCRE2_ANCHORED : 0);
  if (rc == PCRE2_ERROR_NOMATCH)
    goto fail;
  if (rc < 0)
    regexp_throw_match_error(ctx, rc);
  /* Copied before anything can allocate (and so run a finalizer that
   * matches): nothing below reads the match data or the cache. */
  {
    PCRE2_SIZE *mov = pcre2_get_ovector_pointer(st->md);
    for (k = 0; k < (uint32_t)nov; k++)
      ov[k] = (int)(k / 2) < rc ? mov[k] : PCRE2_UNSET;
  }
  pg->pins++;

  if (global || sticky) {
    duk_push_number(ctx, (double)ov[1]);
    duk_put_prop_literal(ctx, re, "lastIndex");
  }
  duk_push_array(ctx);
  res = duk_get_top_index(ctx);
  duk_push_number(ctx, (double)ov[0]);
  duk_put_prop_literal(ctx, res, "index");
  duk_dup(ctx, in);
  duk_put_prop_literal(ctx, res, "input");
  for (k = 0; k <= pg->ngroups; k++) {
    if (ov[2 * k] != PCRE2_UNSET)
      regexp_push_sub(ctx, bytes, u, ascii, ov[2 * k], ov[2 * k + 1]);
    else
      duk_push_undefined(ctx);
    duk_put_prop_index(ctx, res, k);
  }
  regexp_push_groups(ctx, pg, res);
  duk_put_prop_literal(ctx, res, "groups");
  if (pg->flags & RE_D) {
    duk_push_array(ctx);
    for (k = 0; k <= pg->ngroups; k++) {
      if (ov[2 * k] != PCRE2_UNSET) {
        duk_push_array(ctx);
        duk_push_number(ctx, (double)ov[2 * k]);
        duk_put_prop_index(ctx, -2, 0);
        duk_push_number(ctx, (double)ov[2 * k + 1]);
        duk_put_prop_index(ctx, -2, 1);
      } else {
        duk_push_undefined(ctx);
      }
      duk_put_prop_index(ctx, -2, k);
    }
    regexp_push_groups(ctx, pg, duk_get_top_index(ctx));
    duk_put_prop_literal(ctx, -2, "groups");
    duk_put_prop_literal(ctx, res, "indices");
  }
  pg->pins--;
  duk_replace(ctx, re);
  duk_set_top(ctx, re + 1);
  return;
fail:
  if (global || sticky) {
    duk_push_int(ctx, 0);
    duk_put_prop_literal(ctx, re, "lastIndex");
  }
  duk_push_null(ctx);
  duk_replace(ctx, re);
  duk_set_top(ctx, re + 1);
}

/* ---- RegExp.prototype accessors Duktape lacks ---- */

static int regexp_this_flags(duk_context *ctx, int *is_proto) {
  *is_proto = 0;
  duk_push_this(ctx);
  if (jsrt__duk_push_regexp_bytecode(ctx, -1)) {
    duk_size_t n;
    const char *b = duk_get_lstring(ctx, -1, &n);
    int f = n > 0 ? (unsigned char)b[0] : 0;
    duk_pop_2(ctx);
    return f;
  }
  duk_get_global_string(ctx, "RegExp");
  duk_get_prop_string(ctx, -1, "prototype");
  *is_proto = duk_strict_equals(ctx, -1, -3);
  duk_pop_3(ctx);
  if (!*is_proto)
    (void)duk_type_error(ctx, "RegExp.prototype getter called on a non-RegExp");
  return 0;
}

static duk_ret_t regexp_flag_getter(duk_context *ctx) {
  int is_proto, f = regexp_this_flags(ctx, &is_proto);
  if (is_proto)
    return 0; /* undefined on RegExp.prototype itself */
  duk_push_boolean(ctx, (f & duk_get_current_magic(ctx)) != 0);
  return 1;
}

/* get RegExp.prototype.flags: generic, reads each accessor (ES order). */
static duk_ret_t regexp_flags_getter(duk_context *ctx) {
  static const char *const names[] = {"hasIndices",  "global", "ignoreCase",
                                      "multiline",   "dotAll", "unicode",
                                      "unicodeSets", "sticky"};
  static const char letters[] = "dgimsuvy";
  char b[16];
  size_t i, o = 0;
  duk_push_this(ctx);
  if (!duk_is_object(ctx, -1))
    (void)duk_type_error(ctx, "RegExp.prototype.flags getter called on a "
                              "non-object");
  for (i = 0; i < JSRT__COUNTOF(names); i++) {
    duk_get_prop_string(ctx, -1, names[i]);
    if (duk_to_boolean(ctx, -1))
      b[o++] = letters[i];
    duk_pop(ctx);
  }
  duk_push_lstring(ctx, b, o);
  return 1;
}

/* ---- String.prototype.replace / split / match over a RegExp, in C ----
 *
 * When the RegExp's exec is the built-in one (nothing observable differs),
 * these run PCRE2 directly: no result array per match, subject widened
 * once, code points stepped past empty matches with u (AdvanceStringIndex).
 * Otherwise Duktape's own method (kept in the stash) runs. */

/* One match at or after start into ov (2 * (ngroups + 1) entries, unset
 * groups PCRE2_UNSET); 1 on a match, 0 when there is none. */
static int regexp_run(duk_context *ctx, regexp_state *st, regexp_prog *pg,
                      const u16 *u, size_t len, size_t start, int anchored,
                      size_t *ov) {
  PCRE2_SIZE *mov;
  uint32_t k, nov = 2 * (pg->ngroups + 1);
  int rc;
  if (st->md == NULL || st->md_pairs < pg->ngroups + 1) {
    uint32_t pairs = pg->ngroups + 1 < 16 ? 16 : pg->ngroups + 1;
    pcre2_match_data_free(st->md);
    st->md = pcre2_match_data_create(pairs, st->gctx);
    st->md_pairs = st->md ? pairs : 0;
    if (st->md == NULL)
      (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "alloc failed");
  }
  if (pg->uses < 4 && (++pg->uses == 4 || len >= 1024)) {
    (void)pcre2_jit_compile(pg->code, PCRE2_JIT_COMPLETE);
    pg->uses = 4;
  }
  rc = regexp_exec(ctx, st, pg, u, len, start, anchored ? PCRE2_ANCHORED : 0);
  if (rc == PCRE2_ERROR_NOMATCH)
    return 0;
  if (rc < 0)
    regexp_throw_match_error(ctx, rc);
  mov = pcre2_get_ovector_pointer(st->md);
  for (k = 0; k < nov; k++)
    ov[k] = (int)(k / 2) < rc ? mov[k] : PCRE2_UNSET;
  return 1;
}

static size_t regexp_advance(const u16 *u, size_t len, size_t i, int unicode) {
  if (unicode && i + 1 < len && u[i] >= 0xd800 && u[i] <= 0xdbff &&
      u[i + 1] >= 0xdc00 && u[i + 1] <= 0xdfff)
    return i + 2;
  return i + 1;
}

/* Whether the value at idx is a RegExp whose exec is the built-in one. */
static int regexp_is_plain(duk_context *ctx, duk_idx_t idx) {
  int plain;
  if (jsrt__duk_class_name(ctx, idx) == NULL ||
      strcmp(jsrt__duk_class_name(ctx, idx), "RegExp") != 0)
    return 0;
  duk_get_prop_literal(ctx, idx, "exec");
  duk_push_heap_stash(ctx);
  duk_get_prop_string(ctx, -1, "\xffjsrt_regexp_exec");
  plain = duk_strict_equals(ctx, -1, -3);
  duk_pop_3(ctx);
  return plain;
}

/* Output assembled as CESU-8 bytes in a dynamic buffer at idx. */
typedef struct {
  duk_idx_t buf;
  size_t n, cap;
} regexp_out;

static void regexp_out_put(duk_context *ctx, regexp_out *o, const void *p,
                           size_t n) {
  char *b;
  if (n == 0)
    return; /* an empty buffer's data may be NULL: no memcpy from it */
  if (o->n + n > o->cap) {
    o->cap = (o->n + n) * 2 + 64;
    duk_resize_buffer(ctx, o->buf, o->cap);
  }
  b = duk_get_buffer(ctx, o->buf, NULL);
  memcpy(b + o->n, p, n);
  o->n += n;
}

/* Subject units [s, e) as CESU-8 onto the output. */
static void regexp_out_sub(duk_context *ctx, regexp_out *o, const char *bytes,
                           const u16 *u, int ascii, size_t s, size_t e) {
  if (e <= s)
    return;
  if (ascii) {
    regexp_out_put(ctx, o, bytes + s, e - s);
    return;
  }
  regexp_push_sub(ctx, bytes, u, ascii, s, e);
  {
    duk_size_t n;
    const char *p = duk_get_lstring(ctx, -1, &n);
    regexp_out_put(ctx, o, p, n);
  }
  duk_pop(ctx);
}

/* ES GetSubstitution over the match in ov, onto the output. */
static void regexp_out_subst(duk_context *ctx, regexp_out *o, regexp_prog *pg,
                             const char *bytes, const u16 *u, int ascii,
                             size_t len, const size_t *ov, const char *r,
                             size_t rn) {
  size_t i = 0, lit = 0, m = pg->ngroups;
  while (i < rn) {
    char d;
    size_t g = 0, adv = 0;
    if (r[i] != '$' || i + 1 >= rn) {
      i++;
      continue;
    }
    d = r[i + 1];
    if (d == '$' || d == '&' || d == '`' || d == '\'' ||
        (d >= '0' && d <= '9') || (d == '<' && pg->has_names)) {
      /* resolved below; literal text before it goes out first */
    } else {
      i++;
      continue;
    }
    if (d >= '0' && d <= '9') {
      size_t n1 = (size_t)(d - '0'), n2 = 0;
      if (i + 2 < rn && r[i + 2] >= '0' && r[i + 2] <= '9')
        n2 = n1 * 10 + (size_t)(r[i + 2] - '0');
      if (n2 >= 1 && n2 <= m) {
        g = n2;
        adv = 3;
      } else if (n1 >= 1 && n1 <= m) {
        g = n1;
        adv = 2;
      } else {
        i++;
        continue;
      }
    } else if (d == '<') {
      const char *close = memchr(r + i + 2, '>', rn - i - 2);
      size_t k;
      if (close == NULL) {
        i++;
        continue;
      }
      regexp_out_put(ctx, o, r + lit, i - lit);
      for (k = 1; k <= m; k++)
        if (pg->names[k] != NULL &&
            strlen(pg->names[k]) == (size_t)(close - (r + i + 2)) &&
            memcmp(pg->names[k], r + i + 2, (size_t)(close - (r + i + 2))) == 0)
          break;
      if (k <= m && ov[2 * k] != PCRE2_UNSET)
        regexp_out_sub(ctx, o, bytes, u, ascii, ov[2 * k], ov[2 * k + 1]);
      i = lit = (size_t)(close - r) + 1;
      continue;
    }
    regexp_out_put(ctx, o, r + lit, i - lit);
    switch (d) {
    case '$':
      regexp_out_put(ctx, o, "$", 1);
      break;
    case '&':
      regexp_out_sub(ctx, o, bytes, u, ascii, ov[0], ov[1]);
      break;
    case '`':
      regexp_out_sub(ctx, o, bytes, u, ascii, 0, ov[0]);
      break;
    case '\'':
      regexp_out_sub(ctx, o, bytes, u, ascii, ov[1], len);
      break;
    default:
      if (ov[2 * g] != PCRE2_UNSET)
        regexp_out_sub(ctx, o, bytes, u, ascii, ov[2 * g], ov[2 * g + 1]);
    }
    i = lit = i + (adv ? adv : 2);
  }
  regexp_out_put(ctx, o, r + lit, rn - lit);
}

/* The program of the RegExp at idx (pinned by the caller while used). */
static regexp_prog *regexp_prog_of(duk_context *ctx, regexp_state *st,
                                   duk_idx_t idx) {
  duk_size_t keylen;
  const char *key;
  char err[256];
  regexp_prog *pg;
  if (!jsrt__duk_push_regexp_bytecode(ctx, idx))
    (void)duk_type_error(ctx, "not a RegExp");
  key = duk_get_lstring(ctx, -1, &keylen);
  pg =
      keylen > 0 ? regexp_lookup(ctx, st, key, keylen, err, sizeof(err)) : NULL;
  duk_pop(ctx);
  if (pg == NULL)
    (void)duk_error(ctx, DUK_ERR_ERROR, "invalid RegExp");
  return pg;
}

static void regexp_call_original(duk_context *ctx, const char *key,
                                 duk_idx_t nargs) {
  duk_idx_t i;
  duk_push_heap_stash(ctx);
  duk_get_prop_string(ctx, -1, key);
  duk_remove(ctx, -2);
  duk_push_this(ctx);
  for (i = 0; i < nargs; i++)
    duk_dup(ctx, i);
  duk_call_method(ctx, nargs);
}

/* String.prototype.replace(regexp, replacement), RegExp.prototype
 * [Symbol.replace]'s steps. [re repl this_str] */
static duk_ret_t regexp_replace_fast(duk_context *ctx, regexp_state *st) {
  regexp_prog *pg = regexp_prog_of(ctx, st, 0);
  int fn = duk_is_function(ctx, 1), global = (pg->flags & RE_G) != 0;
  int sticky = (pg->flags & RE_Y) != 0, unicode = (pg->flags & RE_U) != 0;
  const char *bytes, *r = NULL;
  duk_size_t bn, rn = 0;
  const u16 *u;
  size_t len, pos = 0, next = 0, *ov;
  int ascii;
  regexp_out o;
  duk_idx_t s_idx = 2;
  uint32_t k;

  if (!fn) {
    duk_to_string(ctx, 1);
  }
  if (global) {
    duk_push_int(ctx, 0);
    duk_put_prop_literal(ctx, 0, "lastIndex");
  } else if (sticky) {
    double li;
    duk_get_prop_literal(ctx, 0, "lastIndex");
    li = duk_to_number(ctx, -1);
    duk_pop(ctx);
    pos = li > 0 ? (size_t)(li < 9e15 ? li : 9e15) : 0;
  }
  u = regexp_subject(ctx, st, s_idx, &len, &ascii); /* [.. units] */
  ov = duk_push_fixed_buffer(ctx, 2 * (pg->ngroups + 1) * sizeof(size_t));
  duk_push_dynamic_buffer(ctx, 0);
  o.buf = duk_get_top_index(ctx);
  o.n = o.cap = 0;
  bytes = duk_get_lstring(ctx, s_idx, &bn);
  pg->pins++;
  while (pos <= len) {
    if (!regexp_run(ctx, st, pg, u, len, pos, sticky, ov)) {
      if (sticky) {
        duk_push_int(ctx, 0);
        duk_put_prop_literal(ctx, 0, "lastIndex");
      }
      break;
    }
    regexp_out_sub(ctx, &o, bytes, u, ascii, next, ov[0]);
    if (fn) {
      duk_idx_t base = duk_get_top(ctx);
      duk_dup(ctx, 1);
      duk_push_undefined(ctx);
      for (k = 0; k <= pg->ngroups; k++) {
        if (ov[2 * k] != PCRE2_UNSET)
          regexp_push_sub(ctx, bytes, u, ascii, ov[2 * k], ov[2 * k + 1]);
        else
          duk_push_undefined(ctx);
      }
      duk_push_number(ctx, (double)ov[0]);
      duk_dup(ctx, s_idx);
      if (pg->has_names) {
        duk_push_bare_object(ctx);
        for (k = 1; k <= pg->ngroups; k++) {
          if (pg->names[k] == NULL)
            continue;
          duk_dup(ctx, base + 2 + (duk_idx_t)k);
          duk_put_prop_string(ctx, -2, pg->names[k]);
        }
      }
      duk_call_method(ctx, duk_get_top(ctx) - base - 2);
      {
        duk_size_t n;
        const char *p = duk_to_lstring(ctx, -1, &n);
        regexp_out_put(ctx, &o, p, n);
      }
      duk_pop(ctx);
    } else {
      r = duk_get_lstring(ctx, 1, &rn);
      regexp_out_subst(ctx, &o, pg, bytes, u, ascii, len, ov, r, rn);
    }
    next = ov[1];
    if (!global) {
      if (sticky) {
        duk_push_number(ctx, (double)ov[1]);
        duk_put_prop_literal(ctx, 0, "lastIndex");
      }
      break;
    }
    pos = ov[1] > ov[0] ? ov[1] : regexp_advance(u, len, ov[1], unicode);
  }
  pg->pins--;
  regexp_out_sub(ctx, &o, bytes, u, ascii, next, len);
  duk_push_lstring(ctx, duk_get_buffer(ctx, o.buf, NULL), o.n);
  return 1;
}

/* String.prototype.split(regexp, limit), RegExp.prototype[Symbol.split]'s
 * steps. [re limit this_str] */
static duk_ret_t regexp_split_fast(duk_context *ctx, regexp_state *st) {
  regexp_prog *pg = regexp_prog_of(ctx, st, 0);
  int unicode = (pg->flags & RE_U) != 0;
  uint32_t lim = duk_is_undefined(ctx, 1) ? 0xffffffffu : duk_to_uint32(ctx, 1);
  const char *bytes;
  duk_size_t bn;
  const u16 *u;
  size_t len, p = 0, q = 0, *ov;
  int ascii;
  uint32_t n = 0, k;
  duk_idx_t arr;

  u = regexp_subject(ctx, st, 2, &len, &ascii);
  ov = duk_push_fixed_buffer(ctx, 2 * (pg->ngroups + 1) * sizeof(size_t));
  duk_push_array(ctx);
  arr = duk_get_top_index(ctx);
  bytes = duk_get_lstring(ctx, 2, &bn);
  if (lim == 0)
    return 1;
  pg->pins++;
  if (len == 0) {
    if (!regexp_run(ctx, st, pg, u, len, 0, 1, ov)) {
      duk_dup(ctx, 2);
      duk_put_prop_index(ctx, arr, 0);
    }
    pg->pins--;
    return 1;
  }
  while (q < len) {
    size_t e;
    if (!regexp_run(ctx, st, pg, u, len, q, 0, ov) || ov[0] >= len)
      break;
    e = ov[1] < len ? ov[1] : len;
    if (e == p) {
      q = regexp_advance(u, len, ov[0], unicode);
      continue;
    }
    regexp_push_sub(ctx, bytes, u, ascii, p, ov[0]);
    duk_put_prop_index(ctx, arr, n++);
    if (n == lim)
      goto done;
    for (k = 1; k <= pg->ngroups; k++) {
      if (ov[2 * k] != PCRE2_UNSET)
        regexp_push_sub(ctx, bytes, u, ascii, ov[2 * k], ov[2 * k + 1]);
      else
        duk_push_undefined(ctx);
      duk_put_prop_index(ctx, arr, n++);
      if (n == lim)
        goto done;
    }
    p = q = e;
  }
  regexp_push_sub(ctx, bytes, u, ascii, p, len);
  duk_put_prop_index(ctx, arr, n);
done:
  pg->pins--;
  duk_dup(ctx, arr);
  return 1;
}

/* String.prototype.match(regexp) with g: every match's text. [re this_str] */
static duk_ret_t regexp_match_all_fast(duk_context *ctx, regexp_state *st) {
  regexp_prog *pg = regexp_prog_of(ctx, st, 0);
  int unicode = (pg->flags & RE_U) != 0;
  const char *bytes;
  duk_size_t bn;
  const u16 *u;
  size_t len, pos = 0, *ov;
  int ascii;
  uint32_t n = 0;
  duk_idx_t arr;

  duk_push_int(ctx, 0);
  duk_put_prop_literal(ctx, 0, "lastIndex");
  u = regexp_subject(ctx, st, 1, &len, &ascii);
  ov = duk_push_fixed_buffer(ctx, 2 * (pg->ngroups + 1) * sizeof(size_t));
  duk_push_array(ctx);
  arr = duk_get_top_index(ctx);
  bytes = duk_get_lstring(ctx, 1, &bn);
  pg->pins++;
  while (pos <= len && regexp_run(ctx, st, pg, u, len, pos, 0, ov)) {
    regexp_push_sub(ctx, bytes, u, ascii, ov[0], ov[1]);
    duk_put_prop_index(ctx, arr, n++);
    pos = ov[1] > ov[0] ? ov[1] : regexp_advance(u, len, ov[1], unicode);
  }
  pg->pins--;
  if (n == 0)
    duk_push_null(ctx);
  else
    duk_dup(ctx, arr);
  return 1;
}

static void regexp_this_string(duk_context *ctx, const char *name) {
  duk_push_this(ctx);
  if (duk_is_null_or_undefined(ctx, -1))
    (void)duk_type_error(ctx, "String.prototype.%s called on null or undefined",
                         name);
  duk_to_string(ctx, -1);
}

/* RegExp.prototype.test: RegExpBuiltinExec without its result array while
 * exec is the built-in one; Duktape's own (kept in the stash) otherwise. */
static duk_ret_t regexp_test(duk_context *ctx) {
  regexp_state *st;
  regexp_prog *pg;
  const u16 *u;
  size_t len, *ov;
  int ascii, gy, found;
  double li = 0;
  duk_set_top(ctx, 1);
  duk_push_this(ctx); /* [input this] */
  if (!regexp_is_plain(ctx, 1)) {
    duk_pop(ctx);
    regexp_call_original(ctx, "\xffjsrt_regexp_test", 1);
    return 1;
  }
  st = regexp_state_get(ctx);
  pg = regexp_prog_of(ctx, st, 1);
  duk_to_string(ctx, 0);
  gy = (pg->flags & (RE_G | RE_Y)) != 0;
  if (gy) {
    duk_get_prop_literal(ctx, 1, "lastIndex");
    li = duk_to_number(ctx, -1);
    duk_pop(ctx);
    if (!(li > 0))
      li = 0;
  }
  u = regexp_subject(ctx, st, 0, &len, &ascii);
  ov = duk_push_fixed_buffer(ctx, 2 * (pg->ngroups + 1) * sizeof(size_t));
  if (li > (double)len) {
    found = 0;
  } else {
    size_t start = (size_t)li;
    if ((pg->flags & RE_U) && start > 0 && start < len && u[start] >= 0xdc00 &&
        u[start] <= 0xdfff && u[start - 1] >= 0xd800 && u[start - 1] <= 0xdbff)
      start++;
    found = regexp_run(ctx, st, pg, u, len, start, (pg->flags & RE_Y) != 0, ov);
  }
  if (gy) {
    duk_push_number(ctx, found ? (double)ov[1] : 0);
    duk_put_prop_literal(ctx, 1, "lastIndex");
  }
  duk_push_boolean(ctx, found);
  return 1;
}

static duk_ret_t regexp_string_split(duk_context *ctx) {
  duk_set_top(ctx, 2);
  if (regexp_is_plain(ctx, 0)) {
    regexp_this_string(ctx, "split");
    return regexp_split_fast(ctx, regexp_state_get(ctx));
  }
  regexp_call_original(ctx, "\xffjsrt_string_split", 2);
  return 1;
}

static duk_ret_t regexp_string_match(duk_context *ctx) {
  duk_set_top(ctx, 1);
  if (regexp_is_plain(ctx, 0)) {
    regexp_state *st = regexp_state_get(ctx);
    if (regexp_prog_of(ctx, st, 0)->flags & RE_G) {
      regexp_this_string(ctx, "match");
      return regexp_match_all_fast(ctx, st);
    }
  }
  regexp_call_original(ctx, "\xffjsrt_string_match", 1);
  return 1;
}

/* String.prototype.replace: a RegExp with the built-in exec in C
 * (regexp_replace_fast), one with its own exec by the spec's steps in JS
 * (internal/engine/regexp.js), anything else Duktape's own. */
static duk_ret_t regexp_string_replace(duk_context *ctx) {
  duk_set_top(ctx, 2);
  if (regexp_is_plain(ctx, 0)) {
    regexp_this_string(ctx, "replace");
    return regexp_replace_fast(ctx, regexp_state_get(ctx));
  }
  /* a RegExp whose exec was replaced: the spec's steps, calling it */
  if (jsrt__duk_push_regexp_bytecode(ctx, 0)) {
    duk_pop(ctx);
    duk_push_this(ctx);
    if (duk_is_null_or_undefined(ctx, -1))
      (void)duk_type_error(ctx, "String.prototype.replace called on null or "
                                "undefined");
    duk_to_string(ctx, -1);
    jsrt__require_builtin(ctx, "internal/engine/regexp");
    duk_get_prop_string(ctx, -1, "replace");
    duk_dup(ctx, 2);
    duk_dup(ctx, 0);
    duk_dup(ctx, 1);
    duk_call(ctx, 3);
    return 1;
  }
  duk_push_heap_stash(ctx);
  duk_get_prop_string(ctx, -1, "\xffjsrt_string_replace");
  duk_push_this(ctx);
  duk_dup(ctx, 0);
  duk_dup(ctx, 1);
  duk_call_method(ctx, 2);
  return 1;
}

/* Installs the accessors on RegExp.prototype (isolate creation). */
void jsrt__regexp_init(duk_context *ctx) {
  static const struct {
    const char *name;
    int bit;
  } getters[] = {{"dotAll", RE_S},
                 {"unicode", RE_U},
                 {"sticky", RE_Y},
                 {"hasIndices", RE_D}};
  static const struct {
    const char *name;
    duk_c_function fn;
    duk_idx_t nargs;
  } methods[] = {{"replace", regexp_string_replace, 2},
                 {"split", regexp_string_split, 2},
                 {"match", regexp_string_match, 1}};
  size_t i;
  duk_get_global_string(ctx, "RegExp");
  duk_get_prop_string(ctx, -1, "prototype");
  for (i = 0; i < JSRT__COUNTOF(getters); i++) {
    duk_push_string(ctx, getters[i].name);
    duk_push_c_function(ctx, regexp_flag_getter, 0);
    duk_set_magic(ctx, -1, getters[i].bit);
    duk_def_prop(ctx, -3,
                 DUK_DEFPROP_HAVE_GETTER | DUK_DEFPROP_SET_CONFIGURABLE |
                     DUK_DEFPROP_CLEAR_ENUMERABLE);
  }
  duk_push_string(ctx, "flags");
  duk_push_c_function(ctx, regexp_flags_getter, 0);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_GETTER | DUK_DEFPROP_SET_CONFIGURABLE |
                   DUK_DEFPROP_CLEAR_ENUMERABLE);
  duk_pop_2(ctx);

  /* RegExp.prototype.exec as built (the String methods' fast paths run
   * only while a RegExp's exec is still this one) */
  duk_push_heap_stash(ctx);
  duk_get_global_string(ctx, "RegExp");
  duk_get_prop_string(ctx, -1, "prototype");
  duk_get_prop_literal(ctx, -1, "exec");
  duk_put_prop_string(ctx, -4, "\xffjsrt_regexp_exec");
  duk_get_prop_string(ctx, -1, "test");
  duk_put_prop_string(ctx, -4, "\xffjsrt_regexp_test");
  duk_push_string(ctx, "test");
  duk_push_c_function(ctx, regexp_test, 1);
  duk_push_string(ctx, "name");
  duk_push_string(ctx, "test");
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE | DUK_DEFPROP_CLEAR_ENUMERABLE);
  duk_pop_3(ctx);

  /* String.prototype.replace/split/match in front of Duktape's (kept in
   * the stash) */
  duk_get_global_string(ctx, "String");
  duk_get_prop_string(ctx, -1, "prototype");
  for (i = 0; i < JSRT__COUNTOF(methods); i++) {
    char key[64];
    snprintf(key, sizeof(key), "\xffjsrt_string_%s", methods[i].name);
    duk_push_heap_stash(ctx);
    duk_get_prop_string(ctx, -2, methods[i].name);
    duk_put_prop_string(ctx, -2, key);
    duk_pop(ctx);
    duk_push_string(ctx, methods[i].name);
    duk_push_c_function(ctx, methods[i].fn, methods[i].nargs);
    duk_push_string(ctx, "name");
    duk_push_string(ctx, methods[i].name);
    duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
    duk_def_prop(ctx, -3,
                 DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                     DUK_DEFPROP_SET_CONFIGURABLE |
                     DUK_DEFPROP_CLEAR_ENUMERABLE);
  }
  duk_pop_2(ctx);
}

#endif /* JSRT_HAVE_PCRE2 */

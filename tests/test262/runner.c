/* runner.c - runs tc39/test262 tests under libjsrt: one fresh isolate per
 * test and mode, in a child process of its own (a crash or a runaway test
 * costs one result, not the run), N children at a time.
 *
 *   test262 [options] TEST262_DIR [PREFIX...]
 *     PREFIX          run only tests whose path below test/ starts with it
 *                     (default: language/)
 *     -k FILE         known failures: fail only on failures not listed
 *     -u FILE         rewrite FILE from this run (see known_failures.txt)
 *     -j N            children at a time (default 2)
 *     -t MS           timeout_ms of each isolate (default 10000)
 *     -s N            run every Nth test file only (in path order; the
 *                     sample make check runs)
 *     -m              per-directory table as markdown (tests/README.md)
 *     -M FILE         also write the markdown table to FILE
 *     -v              print each failure with its message
 *     -q              no per-directory table
 *
 * A test's YAML frontmatter says what to do: includes (harness files after
 * assert.js and sta.js), flags (onlyStrict, noStrict, raw, async, module),
 * negative (phase and type of the error that makes it pass) and features
 * (those in skip_features below are counted as skipped). */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "jsrt.h"

/* Features out of reach of this runtime or of issue 11 (generators, async
 * functions and modules come with issue 12). */
static const char *const skip_features[] = {
    "top-level-await",
    "BigInt",
    "Atomics",
    "SharedArrayBuffer",
    "cross-realm",
    "IsHTMLDDA",
    "tail-call-optimization",
    "decorators",
    "explicit-resource-management",
    "regexp-modifiers",
    "regexp-v-flag",
    "regexp-duplicate-named-groups",
    "import-defer",
    "source-phase-imports",
    "resizable-arraybuffer",
    "WeakRef",
    "FinalizationRegistry",
    "host-gc-required",
    NULL,
};

enum { MODE_STRICT = 1, MODE_SLOPPY = 2 };
enum { R_PASS = 1, R_FAIL, R_SKIP };

typedef struct {
  char *path; /* below test/, e.g. language/asi/S7.9_A1.js */
  int mode;   /* MODE_* of this run */
} run_t;

/* One slot per run, shared with the children (MAP_SHARED). */
typedef struct {
  int result; /* R_*; 0: the child died before writing it */
  char msg[240];
} slot_t;

typedef struct {
  char *path;
  int mode;
  char *reason;
  int seen; /* run in this session (1), and passed (2) */
} known_t;

static const char *root;
static unsigned timeout_ms = 10000;
static int verbose;

/* ---- small helpers ---- */

static void die(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("test262: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  exit(2);
}

static void *xrealloc(void *p, size_t n) {
  p = realloc(p, n);
  if (p == NULL)
    die("out of memory");
  return p;
}

static char *xstrdup(const char *s) {
  char *d = strdup(s);
  if (d == NULL)
    die("out of memory");
  return d;
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  size_t n = 0, cap = 0, r;
  if (f == NULL)
    return NULL;
  do {
    if (cap - n < 65536) {
      cap = cap * 2 + 65536;
      buf = xrealloc(buf, cap + 1);
    }
    r = fread(buf + n, 1, cap - n, f);
    n += r;
  } while (r > 0);
  fclose(f);
  buf[n] = 0;
  *len = n;
  return buf;
}

typedef struct {
  char *s;
  size_t len, cap;
} buf_t;

static void buf_add(buf_t *b, const char *s, size_t n) {
  if (b->cap - b->len < n + 1) {
    b->cap = (b->cap + n + 1) * 2;
    b->s = xrealloc(b->s, b->cap);
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = 0;
}

static void buf_str(buf_t *b, const char *s) { buf_add(b, s, strlen(s)); }

/* ---- the frontmatter ---- */

typedef struct {
  char *includes[32];
  int nincludes;
  char *features[32];
  int nfeatures;
  unsigned flags;
  char neg_phase[32], neg_type[64];
} meta_t;

#define F_STRICT 1u
#define F_NOSTRICT 2u
#define F_RAW 4u
#define F_ASYNC 8u
#define F_MODULE 16u
#define F_CANBLOCK_TRUE 32u

static void meta_item(meta_t *m, const char *key, const char *v, size_t n) {
  char item[128];
  while (n > 0 && isspace((unsigned char)*v))
    v++, n--;
  while (n > 0 && isspace((unsigned char)v[n - 1]))
    n--;
  if (n >= 2 && (v[0] == '\'' || v[0] == '"') && v[n - 1] == v[0])
    v++, n -= 2;
  if (n == 0 || n >= sizeof item)
    return;
  memcpy(item, v, n);
  item[n] = 0;
  if (strcmp(key, "includes") == 0) {
    if (m->nincludes < 32)
      m->includes[m->nincludes++] = xstrdup(item);
  } else if (strcmp(key, "features") == 0) {
    if (m->nfeatures < 32)
      m->features[m->nfeatures++] = xstrdup(item);
  } else if (strcmp(key, "flags") == 0) {
    if (strcmp(item, "onlyStrict") == 0)
      m->flags |= F_STRICT;
    else if (strcmp(item, "noStrict") == 0)
      m->flags |= F_NOSTRICT;
    else if (strcmp(item, "raw") == 0)
      m->flags |= F_RAW;
    else if (strcmp(item, "async") == 0)
      m->flags |= F_ASYNC;
    else if (strcmp(item, "module") == 0)
      m->flags |= F_MODULE;
    else if (strcmp(item, "CanBlockIsTrue") == 0)
      m->flags |= F_CANBLOCK_TRUE;
  } else if (strcmp(key, "phase") == 0) {
    snprintf(m->neg_phase, sizeof m->neg_phase, "%.31s", item);
  } else if (strcmp(key, "type") == 0) {
    snprintf(m->neg_type, sizeof m->neg_type, "%.63s", item);
  }
}

/* Reads the keys the runner needs from the YAML of the frontmatter comment
 * (opened by slash-star-dashes, closed by dashes-star-slash). Keys start a
 * line; their lists are inline ([a, b]) or one
 * "- item" per following indented line; negative has indented phase/type. */
static void meta_parse(const char *src, meta_t *m) {
  const char *p = strstr(src, "/*---"), *end, *line, *eol;
  char key[32] = "";
  memset(m, 0, sizeof *m);
  if (p == NULL)
    return;
  end = strstr(p, "---*/");
  if (end == NULL)
    return;
  for (line = p + 5; line < end; line = eol + 1) {
    const char *colon, *v;
    eol = memchr(line, '\n', (size_t)(end - line));
    if (eol == NULL)
      eol = end;
    if (!isspace((unsigned char)*line) && line < eol) {
      size_t klen;
      colon = memchr(line, ':', (size_t)(eol - line));
      key[0] = 0;
      if (colon == NULL)
        continue;
      klen = (size_t)(colon - line);
      if (klen >= sizeof key)
        continue;
      memcpy(key, line, klen);
      key[klen] = 0;
      v = colon + 1;
      while (v < eol && (*v == ' ' || *v == '\t'))
        v++;
      if (v < eol && *v == '[') {
        const char *q = v + 1, *close = memchr(v, ']', (size_t)(eol - v));
        if (close == NULL)
          close = eol;
        while (q < close) {
          const char *comma = memchr(q, ',', (size_t)(close - q));
          if (comma == NULL)
            comma = close;
          meta_item(m, key, q, (size_t)(comma - q));
          q = comma + 1;
        }
      }
      continue;
    }
    /* An indented line: a list item of key, or negative's fields. */
    v = line;
    while (v < eol && isspace((unsigned char)*v))
      v++;
    if (v >= eol)
      continue;
    if (*v == '-' &&
        (strcmp(key, "includes") == 0 || strcmp(key, "features") == 0 ||
         strcmp(key, "flags") == 0)) {
      meta_item(m, key, v + 1, (size_t)(eol - v - 1));
    } else if (strcmp(key, "negative") == 0) {
      colon = memchr(v, ':', (size_t)(eol - v));
      if (colon != NULL && (size_t)(colon - v) == 5 &&
          memcmp(v, "phase", 5) == 0)
        meta_item(m, "phase", colon + 1, (size_t)(eol - colon - 1));
      else if (colon != NULL && (size_t)(colon - v) == 4 &&
               memcmp(v, "type", 4) == 0)
        meta_item(m, "type", colon + 1, (size_t)(eol - colon - 1));
    }
  }
}

static void meta_free(meta_t *m) {
  int i;
  for (i = 0; i < m->nincludes; i++)
    free(m->includes[i]);
  for (i = 0; i < m->nfeatures; i++)
    free(m->features[i]);
}

static const char *meta_skip(const meta_t *m) {
  int i, j;
  if (m->flags & F_CANBLOCK_TRUE)
    return "CanBlockIsTrue";
  for (i = 0; i < m->nfeatures; i++)
    for (j = 0; skip_features[j] != NULL; j++)
      if (strcmp(m->features[i], skip_features[j]) == 0)
        return skip_features[j];
  return NULL;
}

/* ---- running one test (in the child) ---- */

static buf_t printed;
static char uncaught[200];

static duk_ret_t host_print(duk_context *ctx) {
  duk_idx_t i, n = duk_get_top(ctx);
  for (i = 0; i < n; i++) {
    if (i > 0)
      buf_str(&printed, " ");
    buf_str(&printed, duk_safe_to_string(ctx, i));
  }
  buf_str(&printed, "\n");
  return 0;
}

static void host_on_error(jsrt_isolate *iso, const char *message,
                          const char *stack, void *ud) {
  (void)iso, (void)stack, (void)ud;
  if (uncaught[0] == 0)
    snprintf(uncaught, sizeof uncaught, "uncaught: %s",
             message ? message : "?");
}

/* $262 as far as this host has it: no createRealm, agent, gc or
 * detachArrayBuffer (tests needing them are skipped by feature). */
static const char host_prelude[] =
    "var $262 = { global: this, evalScript: function (s) {"
    " return (0, eval)(s); }, destroy: function () {} };";

/* The error on the stack top: its name (or constructor's name) into name
 * and "Name: message" into msg. */
static void error_describe(duk_context *ctx, char *name, size_t nlen, char *msg,
                           size_t mlen) {
  name[0] = 0;
  if (duk_is_object(ctx, -1)) {
    duk_get_prop_string(ctx, -1, "name");
    if (!duk_is_string(ctx, -1)) {
      duk_pop(ctx);
      duk_get_prop_string(ctx, -1, "constructor");
      if (duk_is_object(ctx, -1))
        duk_get_prop_string(ctx, -1, "name");
      else
        duk_push_undefined(ctx);
      duk_remove(ctx, -2);
    }
    if (duk_is_string(ctx, -1))
      snprintf(name, nlen, "%s", duk_get_string(ctx, -1));
    duk_pop(ctx);
  }
  snprintf(msg, mlen, "%s", duk_safe_to_string(ctx, -1));
}

/* Engine messages say "(line N)" of the whole program: make N the line of
 * the test file (the harness came first). */
static void line_fix(char *msg, size_t len, int prefix_lines) {
  char *p = strstr(msg, "(line "), rest[200];
  long line;
  char *end;
  if (p == NULL)
    return;
  line = strtol(p + 6, &end, 10);
  if (end == p + 6 || line <= prefix_lines)
    return;
  snprintf(rest, sizeof rest, "%s", end);
  snprintf(p, len - (size_t)(p - msg), "(line %ld%s", line - prefix_lines,
           rest);
}

static int harness_add(buf_t *b, const char *file) {
  char path[4096];
  size_t n;
  char *s;
  snprintf(path, sizeof path, "%s/harness/%s", root, file);
  s = read_file(path, &n);
  if (s == NULL)
    return -1;
  buf_add(b, s, n);
  buf_str(b, "\n");
  free(s);
  return 0;
}

/* A [module] test: the harness runs as a script (its globals are the
 * module's), then the file is imported through the library's ES module
 * loader (import() from a script) and the loop runs; the outcome comes back
 * through print(). The files are .js: the test/ directory of the tree gets
 * a package.json saying "type": "module" (written once, see main). */
static const char module_loader[] =
    "import(%s).then(function () { print('Test262:ModuleLoaded'); },"
    " function (e) { print('Test262:ModuleError:' + (e && (e.constructor &&"
    " e.constructor.name || e.name)) + ':' +"
    " (e && e.message)); });";

static void run_module(const char *path, const meta_t *m, slot_t *slot) {
  buf_t b = {0};
  jsrt_options o;
  jsrt_isolate *iso;
  duk_context *ctx;
  char *code;
  const char *err, *done;
  int rc, i, negative = m->neg_type[0] != 0;
  size_t n;

  slot->result = R_FAIL;
  if (harness_add(&b, "assert.js") || harness_add(&b, "sta.js") ||
      ((m->flags & F_ASYNC) && harness_add(&b, "doneprintHandle.js"))) {
    snprintf(slot->msg, sizeof slot->msg, "harness missing");
    return;
  }
  for (i = 0; i < m->nincludes; i++)
    if (harness_add(&b, m->includes[i]) != 0) {
      snprintf(slot->msg, sizeof slot->msg, "harness %s missing",
               m->includes[i]);
      return;
    }
  jsrt_options_init(&o);
  o.memory_limit = (size_t)256 << 20;
  o.timeout_ms = timeout_ms;
  o.caps = JSRT_CAP_NONE;
  o.on_error = host_on_error;
  iso = jsrt_isolate_new(&o);
  if (iso == NULL) {
    snprintf(slot->msg, sizeof slot->msg, "jsrt_isolate_new failed");
    return;
  }
  ctx = jsrt_context(iso);
  duk_push_global_object(ctx);
  duk_push_c_function(ctx, host_print, DUK_VARARGS);
  duk_put_prop_string(ctx, -2, "print");
  duk_pop(ctx);
  if (jsrt_eval(iso, host_prelude, (size_t)-1, "<host>") != JSRT_OK)
    die("host prelude failed: %s", jsrt_last_error(iso));
  duk_pop(ctx);
  rc = jsrt_eval(iso, b.s, b.len, "<harness>");
  duk_pop(ctx);
  if (rc != JSRT_OK) {
    snprintf(slot->msg, sizeof slot->msg, "harness failed");
    return;
  }
  /* the path as a JSON string (test262 paths need no escapes) */
  n = strlen(path) + sizeof module_loader + 16;
  code = malloc(n);
  if (code == NULL)
    die("out of memory");
  {
    char *q = malloc(strlen(path) + 3);
    if (q == NULL)
      die("out of memory");
    sprintf(q, "'%s'", path);
    snprintf(code, n, module_loader, q);
    free(q);
  }
  rc = jsrt_eval(iso, code, (size_t)-1, "<runner>");
  free(code);
  duk_pop(ctx);
  if (rc == JSRT_OK)
    rc = jsrt_run(iso, JSRT_RUN_DEFAULT);
  if (rc != JSRT_OK) {
    snprintf(slot->msg, sizeof slot->msg, "%s: %s", jsrt_err_name(rc),
             jsrt_last_error(iso) ? jsrt_last_error(iso) : "");
    return;
  }
  err = printed.s ? strstr(printed.s, "Test262:ModuleError:") : NULL;
  done = printed.s ? strstr(printed.s, "Test262:ModuleLoaded") : NULL;
  if (negative) {
    size_t tl = strlen(m->neg_type);
    if (err != NULL && strncmp(err + 20, m->neg_type, tl) == 0 &&
        err[20 + tl] == ':')
      slot->result = R_PASS;
    else if (uncaught[0] != 0 && strcmp(m->neg_phase, "runtime") == 0 &&
             strstr(uncaught, m->neg_type) != NULL)
      slot->result = R_PASS;
    else
      snprintf(slot->msg, sizeof slot->msg,
               "expected %.40s (%.10s), got %.160s", m->neg_type, m->neg_phase,
               err           ? err + 20
               : uncaught[0] ? uncaught
                             : "none thrown");
  } else if (err != NULL) {
    snprintf(slot->msg, sizeof slot->msg, "%.*s", (int)strcspn(err + 20, "\n"),
             err + 20);
  } else if (uncaught[0] != 0) {
    snprintf(slot->msg, sizeof slot->msg, "%s", uncaught);
  } else if (m->flags & F_ASYNC) {
    const char *f =
        printed.s ? strstr(printed.s, "Test262:AsyncTestFailure:") : NULL;
    if (f != NULL)
      snprintf(slot->msg, sizeof slot->msg, "%.*s", (int)strcspn(f + 25, "\n"),
               f + 25);
    else if (printed.s && strstr(printed.s, "Test262:AsyncTestComplete"))
      slot->result = R_PASS;
    else
      snprintf(slot->msg, sizeof slot->msg, "async: $DONE never called");
  } else if (done != NULL) {
    slot->result = R_PASS;
  } else {
    snprintf(slot->msg, sizeof slot->msg, "module never finished loading");
  }
}

/* Runs one test in one mode; fills slot. Called in the child. */
static void run_one(const run_t *r, slot_t *slot) {
  char path[4096], name[64], msg[200];
  size_t n;
  char *src;
  meta_t m;
  buf_t b = {0};
  jsrt_options o;
  jsrt_isolate *iso;
  duk_context *ctx;
  int rc, i, negative, prefix_lines = 0;

  snprintf(path, sizeof path, "%s/test/%s", root, r->path);
  src = read_file(path, &n);
  if (src == NULL) {
    slot->result = R_FAIL;
    snprintf(slot->msg, sizeof slot->msg, "cannot read %.200s", path);
    return;
  }
  /* import() in a script resolves against the script's name (r->path,
   * below test/): the child runs there. */
  {
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/test", root);
    if (chdir(dir) != 0)
      die("cannot chdir to %s", dir);
  }
  meta_parse(src, &m);
  if (m.flags & F_MODULE) {
    run_module(path, &m, slot);
    free(src);
    meta_free(&m);
    return;
  }
  if (!(m.flags & F_RAW)) {
    if (r->mode == MODE_STRICT)
      buf_str(&b, "'use strict';\n");
    if (harness_add(&b, "assert.js") || harness_add(&b, "sta.js") ||
        ((m.flags & F_ASYNC) && harness_add(&b, "doneprintHandle.js"))) {
      slot->result = R_FAIL;
      snprintf(slot->msg, sizeof slot->msg, "harness missing");
      return;
    }
    for (i = 0; i < m.nincludes; i++)
      if (harness_add(&b, m.includes[i]) != 0) {
        slot->result = R_FAIL;
        snprintf(slot->msg, sizeof slot->msg, "harness %s missing",
                 m.includes[i]);
        return;
      }
  }
  for (i = 0; (size_t)i < b.len; i++)
    prefix_lines += b.s[i] == '\n';
  buf_add(&b, src, n);
  negative = m.neg_type[0] != 0;

  jsrt_options_init(&o);
  o.memory_limit = (size_t)256 << 20;
  o.timeout_ms = timeout_ms;
  o.caps = JSRT_CAP_NONE;
  o.on_error = host_on_error;
  iso = jsrt_isolate_new(&o);
  if (iso == NULL) {
    slot->result = R_FAIL;
    snprintf(slot->msg, sizeof slot->msg, "jsrt_isolate_new failed");
    return;
  }
  ctx = jsrt_context(iso);
  duk_push_global_object(ctx);
  duk_push_c_function(ctx, host_print, DUK_VARARGS);
  duk_put_prop_string(ctx, -2, "print");
  duk_pop(ctx);
  if (jsrt_eval(iso, host_prelude, (size_t)-1, "<host>") != JSRT_OK)
    die("host prelude failed: %s", jsrt_last_error(iso));
  duk_pop(ctx);

  rc = jsrt_eval(iso, b.s, b.len, r->path);
  name[0] = msg[0] = 0;
  if (rc == JSRT_ERROR) {
    error_describe(ctx, name, sizeof name, msg, sizeof msg);
    line_fix(msg, sizeof msg, prefix_lines);
  } else if (rc != JSRT_OK)
    snprintf(msg, sizeof msg, "%s: %s", jsrt_err_name(rc),
             jsrt_last_error(iso) ? jsrt_last_error(iso) : "");
  duk_pop(ctx);
  if (rc == JSRT_OK && (m.flags & F_ASYNC)) {
    rc = jsrt_run(iso, JSRT_RUN_DEFAULT);
    if (rc != JSRT_OK)
      snprintf(msg, sizeof msg, "%s: %s", jsrt_err_name(rc),
               jsrt_last_error(iso) ? jsrt_last_error(iso) : "");
  }

  slot->result = R_FAIL;
  if (negative) {
    if (rc == JSRT_OK && uncaught[0] == 0)
      snprintf(slot->msg, sizeof slot->msg,
               "expected %.60s (%.20s), none thrown", m.neg_type, m.neg_phase);
    else if (rc == JSRT_ERROR && strcmp(name, m.neg_type) == 0)
      slot->result = R_PASS;
    else
      snprintf(slot->msg, sizeof slot->msg,
               "expected %.40s (%.10s), got %.160s", m.neg_type, m.neg_phase,
               msg[0] ? msg : uncaught);
  } else if (rc != JSRT_OK) {
    snprintf(slot->msg, sizeof slot->msg, "%s", msg);
  } else if (uncaught[0] != 0) {
    snprintf(slot->msg, sizeof slot->msg, "%s", uncaught);
  } else if (m.flags & F_ASYNC) {
    const char *f =
        printed.s ? strstr(printed.s, "Test262:AsyncTestFailure:") : NULL;
    if (f != NULL)
      snprintf(slot->msg, sizeof slot->msg, "%.*s", (int)strcspn(f + 25, "\n"),
               f + 25);
    else if (printed.s && strstr(printed.s, "Test262:AsyncTestComplete"))
      slot->result = R_PASS;
    else
      snprintf(slot->msg, sizeof slot->msg, "async: $DONE never called");
  } else {
    slot->result = R_PASS;
  }
  /* The child exits right after: no need to free the isolate's heap
   * (jsrt_isolate_free would run the loop of a timed-out test). */
  (void)iso;
  meta_free(&m);
}

/* ---- enumerating ---- */

static run_t *runs;
static size_t nruns, capruns;
static char **all_files; /* the test files, below test/ (kept to the end) */
static size_t nall_files, capall_files;
static char **skipped_paths; /* path, then the feature, per skipped file */
static size_t nskipped, capskipped;

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void collect(const char *rel, char ***files, size_t *n, size_t *cap) {
  char path[4096];
  DIR *d;
  struct dirent *e;
  snprintf(path, sizeof path, "%s/test/%s", root, rel);
  d = opendir(path);
  if (d == NULL) {
    struct stat st;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
      if (*n == *cap)
        *files = xrealloc(*files, (*cap = *cap * 2 + 1024) * sizeof **files);
      (*files)[(*n)++] = xstrdup(rel);
    }
    return;
  }
  while ((e = readdir(d)) != NULL) {
    char sub[4096];
    size_t l = strlen(e->d_name);
    if (e->d_name[0] == '.')
      continue;
    snprintf(sub, sizeof sub, "%s%s%s", rel,
             rel[0] && rel[strlen(rel) - 1] != '/' ? "/" : "", e->d_name);
    if (l > 3 && strcmp(e->d_name + l - 3, ".js") == 0) {
      if (strstr(e->d_name, "_FIXTURE") != NULL)
        continue;
      if (*n == *cap)
        *files = xrealloc(*files, (*cap = *cap * 2 + 1024) * sizeof **files);
      (*files)[(*n)++] = xstrdup(sub);
    } else {
      struct stat st;
      char full[4200];
      snprintf(full, sizeof full, "%s/test/%s", root, sub);
      if (stat(full, &st) == 0 && S_ISDIR(st.st_mode))
        collect(sub, files, n, cap);
    }
  }
  closedir(d);
}

static void add_run(char *path, int mode) {
  if (nruns == capruns)
    runs = xrealloc(runs, (capruns = capruns * 2 + 1024) * sizeof *runs);
  runs[nruns].path = path;
  runs[nruns].mode = mode;
  nruns++;
}

/* The .js files of test/ are ES modules when imported: a package.json of
 * "type": "module" at test/ says so to the loader (as node needs too). */
static void module_scope(void) {
  static int done;
  char path[4096];
  struct stat st;
  FILE *f;
  if (done)
    return;
  done = 1;
  snprintf(path, sizeof path, "%s/test/package.json", root);
  if (stat(path, &st) == 0)
    return;
  f = fopen(path, "w");
  if (f == NULL)
    die("cannot write %s", path);
  fputs("{ \"type\": \"module\" }\n", f);
  fclose(f);
}

static void plan(char **files, size_t nfiles) {
  size_t i;
  for (i = 0; i < nfiles; i++) {
    char path[4096];
    size_t n;
    char *src;
    meta_t m;
    const char *why;
    snprintf(path, sizeof path, "%s/test/%s", root, files[i]);
    src = read_file(path, &n);
    if (src == NULL)
      die("cannot read %s", path);
    meta_parse(src, &m);
    free(src);
    why = meta_skip(&m);
    if (why != NULL) {
      if (nskipped + 2 > capskipped)
        skipped_paths =
            xrealloc(skipped_paths, (capskipped = capskipped * 2 + 1024) *
                                        sizeof *skipped_paths);
      skipped_paths[nskipped++] = files[i];
      skipped_paths[nskipped++] = (char *)why;
    } else if (m.flags & F_MODULE) {
      add_run(files[i], MODE_STRICT); /* module code is strict */
      module_scope();
    } else if (m.flags & (F_RAW | F_NOSTRICT)) {
      add_run(files[i], MODE_SLOPPY);
    } else if (m.flags & F_STRICT) {
      add_run(files[i], MODE_STRICT);
    } else {
      add_run(files[i], MODE_SLOPPY);
      add_run(files[i], MODE_STRICT);
    }
    meta_free(&m);
  }
}

/* ---- known failures ---- */

static known_t *known;
static size_t nknown, capknown;

static int cmp_known(const void *a, const void *b) {
  const known_t *x = a, *y = b;
  int c = strcmp(x->path, y->path);
  return c != 0 ? c : x->mode - y->mode;
}

static void known_add(const char *path, int mode, const char *reason) {
  if (nknown == capknown)
    known = xrealloc(known, (capknown = capknown * 2 + 1024) * sizeof *known);
  known[nknown].path = xstrdup(path);
  known[nknown].mode = mode;
  known[nknown].reason = xstrdup(reason);
  known[nknown].seen = 0;
  nknown++;
}

/* The file: '#' comments; "[reason]" starts a group; each other line is a
 * path below test/, then optionally " strict" or " sloppy" (no mode: both
 * modes fail for that reason). */
static void known_load(const char *file) {
  size_t n;
  char *s = read_file(file, &n), *line, *next;
  char reason[512] = "unknown";
  if (s == NULL)
    return; /* no list yet: every failure is unexpected */
  for (line = s; line && *line; line = next) {
    char *sp;
    next = strchr(line, '\n');
    if (next != NULL)
      *next++ = 0;
    if (line[0] == '#' || line[0] == 0)
      continue;
    if (line[0] == '[') {
      char *close = strrchr(line, ']');
      if (close != NULL)
        *close = 0;
      snprintf(reason, sizeof reason, "%s", line + 1);
      continue;
    }
    sp = strchr(line, ' ');
    if (sp == NULL) {
      known_add(line, MODE_SLOPPY, reason);
      known_add(line, MODE_STRICT, reason);
    } else {
      *sp = 0;
      known_add(line, strcmp(sp + 1, "strict") == 0 ? MODE_STRICT : MODE_SLOPPY,
                reason);
    }
  }
  free(s);
  qsort(known, nknown, sizeof *known, cmp_known);
}

static known_t *known_find(const char *path, int mode) {
  known_t key;
  key.path = (char *)path;
  key.mode = mode;
  return nknown ? bsearch(&key, known, nknown, sizeof *known, cmp_known) : NULL;
}

/* A reason for a failure not listed yet: what the compiler engineers will
 * want to group by. */
static void auto_reason(const run_t *r, const slot_t *s, char *out,
                        size_t len) {
  const char *msg = s->msg;
  /* The directory: language/statements/class/x.js -> statements/class. */
  const char *p = r->path + (strncmp(r->path, "language/", 9) ? 0 : 9);
  const char *slash = strchr(p, '/');
  int dlen;
  if (slash && (strncmp(p, "expressions/", 12) == 0 ||
                strncmp(p, "statements/", 11) == 0))
    slash = strchr(slash + 1, '/');
  dlen = slash ? (int)(slash - p) : (int)strlen(p);
  if (strncmp(msg, "SyntaxError", 11) == 0) {
    /* The engine's parse error: the syntax is not lowered yet. */
    snprintf(out, len, "SyntaxError, not lowered yet: %.*s", dlen, p);
  } else if (strstr(msg, "none thrown") != NULL ||
             strstr(msg, "should not be evaluated") != NULL) {
    snprintf(out, len, "early error not reported: %.*s", dlen, p);
  } else if (strncmp(msg, "expected ", 9) == 0) {
    snprintf(out, len, "wrong error type: %.*s", dlen, p);
  } else {
    /* "Test262Error: Expected SameValue(..." -> the error's name. */
    size_t k = strcspn(msg, ":");
    snprintf(out, len, "%.*s at run time: %.*s", (int)(k < 40 ? k : 40), msg,
             dlen, p);
  }
}

typedef struct {
  const char *reason;
  const char *path;
  int modes;
} outline_t;

/* Reasons made up by auto_reason, freed after the list is written (an
 * ASan build's leak check runs on this process). */
static char **made_reasons;
static size_t nmade;

static int cmp_outline(const void *a, const void *b) {
  const outline_t *x = a, *y = b;
  int c = strcmp(x->reason, y->reason);
  return c != 0 ? c : strcmp(x->path, y->path);
}

/* Writes the list: entries not run this time stay as they were; entries
 * run keep their reason if still failing and go if passing; new failures
 * get auto_reason. */
static void known_write(const char *file, slot_t *slots) {
  outline_t *lines = NULL;
  size_t nlines = 0, cap = 0, i, k;
  FILE *f;
  char tmpname[4200];
  for (i = 0; i < nknown; i++)
    if (known[i].seen != 2) {
      if (nlines == cap)
        lines = xrealloc(lines, (cap = cap * 2 + 1024) * sizeof *lines);
      lines[nlines].reason = known[i].reason;
      lines[nlines].path = known[i].path;
      lines[nlines].modes = known[i].mode;
      nlines++;
    }
  for (i = 0; i < nruns; i++) {
    char reason[300];
    if (slots[i].result != R_FAIL && slots[i].result != 0)
      continue;
    if (known_find(runs[i].path, runs[i].mode) != NULL)
      continue;
    auto_reason(&runs[i], &slots[i], reason, sizeof reason);
    if (nlines == cap)
      lines = xrealloc(lines, (cap = cap * 2 + 1024) * sizeof *lines);
    made_reasons = xrealloc(made_reasons, (nmade + 1) * sizeof *made_reasons);
    made_reasons[nmade++] = xstrdup(reason);
    lines[nlines].reason = made_reasons[nmade - 1];
    lines[nlines].path = runs[i].path;
    lines[nlines].modes = runs[i].mode;
    nlines++;
  }
  qsort(lines, nlines, sizeof *lines, cmp_outline);
  /* Merge the two modes of one path with one reason into one line. */
  for (i = 0, k = 0; i < nlines; i++) {
    if (k > 0 && strcmp(lines[k - 1].path, lines[i].path) == 0 &&
        strcmp(lines[k - 1].reason, lines[i].reason) == 0)
      lines[k - 1].modes |= lines[i].modes;
    else
      lines[k++] = lines[i];
  }
  nlines = k;
  snprintf(tmpname, sizeof tmpname, "%s.tmp", file);
  f = fopen(tmpname, "w");
  if (f == NULL)
    die("cannot write %s: %s", tmpname, strerror(errno));
  fputs("# test262 tests that fail today, grouped by reason (see\n"
        "# tests/test262/README.md). `make test262-update` rewrites this "
        "file from a\n# run: passing tests leave it, new failures join "
        "under a reason guessed\n# from their error; reasons written here "
        "by hand are kept. A line is a\n# path below test/ and the mode "
        "that fails (strict or sloppy; none: both).\n",
        f);
  for (i = 0; i < nlines; i++) {
    if (i == 0 || strcmp(lines[i - 1].reason, lines[i].reason) != 0)
      fprintf(f, "\n[%s]\n", lines[i].reason);
    if (lines[i].modes == (MODE_STRICT | MODE_SLOPPY))
      fprintf(f, "%s\n", lines[i].path);
    else
      fprintf(f, "%s %s\n", lines[i].path,
              lines[i].modes == MODE_STRICT ? "strict" : "sloppy");
  }
  if (fclose(f) != 0 || rename(tmpname, file) != 0)
    die("cannot write %s: %s", file, strerror(errno));
  free(lines);
  for (i = 0; i < nmade; i++)
    free(made_reasons[i]);
  free(made_reasons);
  made_reasons = NULL;
  nmade = 0;
}

/* ---- per-directory table ---- */

typedef struct {
  char dir[128];
  unsigned files, runs, passed, failed, known, skipped;
} dirstat_t;

static dirstat_t *dirs;
static size_t ndirs, capdirs;

static dirstat_t *dir_of(const char *path) {
  const char *p = path, *slash;
  size_t i, len;
  int parts = 2;
  if (strncmp(p, "language/expressions/", 21) == 0 ||
      strncmp(p, "language/statements/", 20) == 0)
    parts = 3;
  slash = p;
  while (parts-- > 0 && slash != NULL) {
    slash = strchr(slash, '/');
    if (slash != NULL && parts > 0)
      slash++;
  }
  len = slash ? (size_t)(slash - p) : strlen(p);
  if (len >= sizeof dirs->dir)
    len = sizeof dirs->dir - 1;
  for (i = 0; i < ndirs; i++)
    if (strlen(dirs[i].dir) == len && memcmp(dirs[i].dir, p, len) == 0)
      return &dirs[i];
  if (ndirs == capdirs)
    dirs = xrealloc(dirs, (capdirs = capdirs * 2 + 64) * sizeof *dirs);
  memset(&dirs[ndirs], 0, sizeof *dirs);
  memcpy(dirs[ndirs].dir, p, len);
  return &dirs[ndirs++];
}

static int cmp_dir(const void *a, const void *b) {
  return strcmp(((const dirstat_t *)a)->dir, ((const dirstat_t *)b)->dir);
}

/* ---- main ---- */

static void usage(void) {
  fputs("usage: test262 [-k KNOWN] [-u KNOWN] [-j N] [-t MS] [-s N] [-m] [-M "
        "FILE] [-v] "
        "[-q] "
        "TEST262_DIR [PREFIX...]\n",
        stderr);
  exit(2);
}

int main(int argc, char **argv) {
  const char *known_file = NULL;
  int update = 0, jobs = 2, markdown = 0, quiet = 0, c, nprefix, i;
  int sample = 1;
  const char *table_file = NULL;
  size_t k, next = 0, done = 0;
  slot_t *slots;
  pid_t *pids;
  size_t *pid_run;
  unsigned passed = 0, failed = 0, unexpected = 0, now_pass = 0;
  unsigned total_files = 0;

  while ((c = getopt(argc, argv, "k:u:j:t:s:M:mvq")) != -1) {
    switch (c) {
    case 'k':
      known_file = optarg;
      break;
    case 'u':
      known_file = optarg;
      update = 1;
      break;
    case 'j':
      jobs = atoi(optarg);
      break;
    case 't':
      timeout_ms = (unsigned)atoi(optarg);
      break;
    case 's':
      sample = atoi(optarg);
      break;
    case 'm':
      markdown = 1;
      break;
    case 'M':
      table_file = optarg;
      break;
    case 'v':
      verbose = 1;
      break;
    case 'q':
      quiet = 1;
      break;
    default:
      usage();
    }
  }
  if (optind >= argc)
    usage();
  if (jobs < 1)
    jobs = 1;
  root = argv[optind++];
  {
    /* absolute: the children chdir to test/ (run_one) */
    static char abs_root[4096];
    if (realpath(root, abs_root) != NULL)
      root = abs_root;
  }
  nprefix = argc - optind;
  if (nprefix == 0)
    collect("language", &all_files, &nall_files, &capall_files);
  for (i = 0; i < nprefix; i++) {
    char *p = argv[optind + i];
    size_t l = strlen(p);
    while (l > 1 && p[l - 1] == '/')
      p[--l] = 0;
    collect(p, &all_files, &nall_files, &capall_files);
  }
  if (nall_files == 0)
    die("no tests under %s/test/ for the given prefixes", root);
  qsort(all_files, nall_files, sizeof *all_files, cmp_str);
  if (sample > 1) {
    size_t kept = 0;
    for (k = 0; k < nall_files; k++)
      if (k % (size_t)sample == 0)
        all_files[kept++] = all_files[k];
    nall_files = kept;
  }
  plan(all_files, nall_files);
  if (known_file != NULL)
    known_load(known_file);

  slots = mmap(NULL, (nruns + 1) * sizeof *slots, PROT_READ | PROT_WRITE,
               MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (slots == MAP_FAILED)
    die("mmap: %s", strerror(errno));
  pids = calloc((size_t)jobs, sizeof *pids);
  pid_run = calloc((size_t)jobs, sizeof *pid_run);
  if (pids == NULL || pid_run == NULL)
    die("out of memory");
  fflush(stdout);
  fflush(stderr);

  while (done < nruns) {
    int status, j;
    pid_t pid;
    for (j = 0; j < jobs && next < nruns; j++) {
      if (pids[j] != 0)
        continue;
      pid = fork();
      if (pid < 0)
        die("fork: %s", strerror(errno));
      if (pid == 0) {
        int fd;
        /* A hard stop past the isolate's own timeout. */
        alarm(timeout_ms / 1000 * 2 + 5);
        if (!verbose) {
          fd = open("/dev/null", 1);
          if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
          }
        }
        run_one(&runs[next], &slots[next]);
        _exit(0);
      }
      pids[j] = pid;
      pid_run[j] = next++;
    }
    pid = waitpid(-1, &status, 0);
    if (pid < 0) {
      if (errno == EINTR)
        continue;
      die("waitpid: %s", strerror(errno));
    }
    for (j = 0; j < jobs; j++)
      if (pids[j] == pid) {
        slot_t *s = &slots[pid_run[j]];
        if (s->result == 0) {
          s->result = R_FAIL;
          if (WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM)
            snprintf(s->msg, sizeof s->msg, "hard timeout");
          else if (WIFSIGNALED(status))
            snprintf(s->msg, sizeof s->msg, "crash: signal %d",
                     WTERMSIG(status));
          else
            snprintf(s->msg, sizeof s->msg, "child exit %d",
                     WEXITSTATUS(status));
        }
        pids[j] = 0;
        done++;
      }
  }

  for (k = 0; k < nall_files; k++)
    dir_of(all_files[k])->files++;
  for (k = 0; k + 1 < nskipped; k += 2)
    dir_of(skipped_paths[k])->skipped++;
  for (k = 0; k < nruns; k++) {
    dirstat_t *d = dir_of(runs[k].path);
    known_t *kn = known_find(runs[k].path, runs[k].mode);
    const char *mode = runs[k].mode == MODE_STRICT ? "strict" : "sloppy";
    d->runs++;
    if (kn != NULL)
      kn->seen = 1;
    if (slots[k].result == R_PASS) {
      d->passed++;
      passed++;
      if (kn != NULL) {
        kn->seen = 2;
        now_pass++;
        if (!update)
          printf("now passes (listed as \"%s\"): %s %s\n", kn->reason,
                 runs[k].path, mode);
      }
    } else {
      d->failed++;
      failed++;
      if (kn != NULL) {
        d->known++;
        if (verbose)
          printf("known failure: %s %s: %s\n", runs[k].path, mode,
                 slots[k].msg);
      } else {
        unexpected++;
        if (!update || verbose)
          printf("FAIL %s %s: %s\n", runs[k].path, mode, slots[k].msg);
      }
    }
  }
  total_files = (unsigned)nall_files;
  if (!quiet) {
    qsort(dirs, ndirs, sizeof *dirs, cmp_dir);
    if (markdown)
      printf("| directory | files | runs | passed | failed | skipped |\n"
             "| --- | ---: | ---: | ---: | ---: | ---: |\n");
    else
      printf("%-44s %6s %6s %6s %6s %7s\n", "directory", "files", "runs",
             "passed", "failed", "skipped");
    for (k = 0; k < ndirs; k++) {
      const dirstat_t *d = &dirs[k];
      if (markdown)
        printf("| %s | %u | %u | %u | %u | %u |\n", d->dir, d->files, d->runs,
               d->passed, d->failed, d->skipped);
      else
        printf("%-44s %6u %6u %6u %6u %7u\n", d->dir, d->files, d->runs,
               d->passed, d->failed, d->skipped);
    }
    if (markdown)
      printf("| **all** | %u | %zu | %u | %u | %zu |\n", total_files, nruns,
             passed, failed, nskipped / 2);
  }
  if (table_file != NULL) {
    FILE *tf = fopen(table_file, "w");
    if (tf == NULL)
      die("cannot write %s: %s", table_file, strerror(errno));
    qsort(dirs, ndirs, sizeof *dirs, cmp_dir);
    fprintf(tf, "| directory | files | runs | passed | failed | skipped files "
                "|\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (k = 0; k < ndirs; k++)
      fprintf(tf, "| %s | %u | %u | %u | %u | %u |\n", dirs[k].dir,
              dirs[k].files, dirs[k].runs, dirs[k].passed, dirs[k].failed,
              dirs[k].skipped);
    fprintf(tf, "| **all** | %u | %zu | %u | %u | %zu |\n",
            (unsigned)nall_files, nruns, passed, failed, nskipped / 2);
    fclose(tf);
  }
  if (update && known_file != NULL) {
    known_write(known_file, slots);
    printf("test262: wrote %s\n", known_file);
  }
  printf("test262: %u files, %zu runs: %u passed, %u failed (%u known, %u "
         "unexpected), %zu files skipped; %u listed now pass\n",
         total_files, nruns, passed, failed, failed - unexpected, unexpected,
         nskipped / 2, now_pass);
  free(pids);
  free(pid_run);
  return unexpected > 0 && !update ? 1 : 0;
}

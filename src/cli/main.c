/*
 * main.c - the jsrt command: the library wrapped as a Node-style CLI.
 * Argument parsing only; everything else goes through include/jsrt.h.
 */
#include "jsrt.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void usage(FILE *f) {
  fprintf(
      f, "Usage: jsrt [options] FILE [args...]\n"
         "       jsrt [options] -e CODE [args...]\n"
         "\n"
         "Options:\n"
         "  -e, --eval CODE        run CODE as a script\n"
         "  -p, --print CODE       run CODE and print its value\n"
         "  --max-memory=BYTES     limit the JS heap (suffixes k, m, g)\n"
         "  --timeout=MS           budget for each entry into JS\n"
         "  --caps=LIST            what the script may use: all (default),\n"
         "                         none, or names from fs,net,process,\n"
         "                         worker,native joined by commas\n"
         "  --fs-root=DIR          fs reaches only files below DIR\n"
         "  --module-root=DIR      file modules load only from below DIR\n"
         "  --lower FILE           print FILE lowered to ES5.1 (as require()\n"
         "                         loads it: a CommonJS module body)\n"
         "  --script               with --lower: FILE is a script\n"
         "  --module               with --lower: FILE is an ES module (the\n"
         "                         default for .mjs)\n"
         "  --inline-helpers       with --lower: include the runtime helpers,\n"
         "                         so the output runs on a bare Duktape\n"
         "  --input-type=module    with -e: CODE is an ES module\n"
         "  --no-lower             run sources as they are (ES5.1 only)\n"
         "  -v, --version          print the version\n"
         "  -h, --help             print this help\n");
}

static int parse_size(const char *s, size_t *out) {
  char *end;
  unsigned long long v;
  errno = 0;
  v = strtoull(s, &end, 10);
  if (errno != 0 || end == s)
    return -1;
  switch (*end) {
  case 'k':
  case 'K':
    v <<= 10;
    end++;
    break;
  case 'm':
  case 'M':
    v <<= 20;
    end++;
    break;
  case 'g':
  case 'G':
    v <<= 30;
    end++;
    break;
  default:
    break;
  }
  if (*end != '\0')
    return -1;
  *out = (size_t)v;
  return 0;
}

/* "fs,net" -> JSRT_CAP_FS | JSRT_CAP_NET; "all", "none". -1 when bad. */
static int parse_caps(const char *s, unsigned *out) {
  static const struct {
    const char *name;
    unsigned cap;
  } names[] = {{"fs", JSRT_CAP_FS},           {"net", JSRT_CAP_NET},
               {"process", JSRT_CAP_PROCESS}, {"worker", JSRT_CAP_WORKER},
               {"native", JSRT_CAP_NATIVE},   {"all", JSRT_CAP_ALL},
               {"none", JSRT_CAP_NONE}};
  unsigned caps = JSRT_CAP_NONE;
  while (*s != '\0') {
    size_t len = strcspn(s, ","), i;
    for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
      if (strlen(names[i].name) == len && strncmp(s, names[i].name, len) == 0)
        break;
    }
    if (i == sizeof(names) / sizeof(names[0]))
      return -1;
    caps |= names[i].cap;
    s += len;
    if (*s == ',')
      s++;
  }
  *out = caps;
  return 0;
}

/* --lower FILE: the lowered program on stdout, or the error on stderr. */
static int lower_file(const char *path, unsigned flags) {
  FILE *f = fopen(path, "rb");
  char *src = NULL, *out = NULL, err[512];
  size_t len = 0, cap = 0, n, out_len;
  int rc;
  if (f == NULL) {
    fprintf(stderr, "jsrt: cannot open %s: %s\n", path, strerror(errno));
    return 1;
  }
  do {
    if (len == cap) {
      char *p = realloc(src, cap = cap ? cap * 2 : 65536);
      if (p == NULL) {
        free(src);
        fclose(f);
        return 1;
      }
      src = p;
    }
    n = fread(src + len, 1, cap - len, f);
    len += n;
  } while (n > 0);
  fclose(f);
  rc = jsrt_lower(src, len, path, flags, &out, &out_len, err, sizeof(err));
  free(src);
  if (rc != JSRT_OK) {
    fprintf(stderr, "%s\n", err[0] ? err : jsrt_strerror(rc));
    return 1;
  }
  rc = fwrite(out, 1, out_len, stdout) == out_len && fflush(stdout) == 0;
  jsrt_lower_free(out);
  return rc ? 0 : 1;
}

/* The value of --NAME=DIR, which must be a directory. */
static int parse_dir(const char *flag, const char *dir, const char **out) {
  struct stat st;
  if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
    fprintf(stderr, "jsrt: %s: not a directory: %s\n", flag, dir);
    return -1;
  }
  *out = dir;
  return 0;
}

int main(int argc, char **argv) {
  jsrt_options o;
  jsrt_isolate *iso;
  const char *code = NULL, *file = NULL;
  int print = 0, lower = 0, input_module = 0, i, rc, exit_code;
  unsigned lower_flags = JSRT_LOWER_COMMONJS;
  char **jargv;
  int jargc = 0;

  jsrt_options_init(&o);
  for (i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-e") == 0 || strcmp(a, "--eval") == 0 ||
        strcmp(a, "-p") == 0 || strcmp(a, "--print") == 0) {
      if (i + 1 >= argc) {
        fprintf(stderr, "jsrt: %s requires an argument\n", a);
        return 9;
      }
      print = a[1] == 'p' || a[2] == 'p';
      code = argv[++i];
      i++;
      break;
    } else if (strcmp(a, "-v") == 0 || strcmp(a, "--version") == 0) {
      printf("v%s\n", jsrt_version());
      return 0;
    } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      usage(stdout);
      return 0;
    } else if (strncmp(a, "--max-memory=", 13) == 0) {
      if (parse_size(a + 13, &o.memory_limit) != 0) {
        fprintf(stderr, "jsrt: bad --max-memory value: %s\n", a + 13);
        return 9;
      }
    } else if (strncmp(a, "--timeout=", 10) == 0) {
      size_t ms;
      if (parse_size(a + 10, &ms) != 0 || ms > UINT32_MAX) {
        fprintf(stderr, "jsrt: bad --timeout value: %s\n", a + 10);
        return 9;
      }
      o.timeout_ms = (uint32_t)ms;
    } else if (strncmp(a, "--caps=", 7) == 0) {
      if (parse_caps(a + 7, &o.caps) != 0) {
        fprintf(stderr, "jsrt: bad --caps value: %s\n", a + 7);
        return 9;
      }
    } else if (strncmp(a, "--fs-root=", 10) == 0) {
      if (parse_dir("--fs-root", a + 10, &o.fs_root) != 0)
        return 9;
    } else if (strncmp(a, "--module-root=", 14) == 0) {
      if (parse_dir("--module-root", a + 14, &o.module_root) != 0)
        return 9;
    } else if (strcmp(a, "--lower") == 0) {
      lower = 1;
    } else if (strcmp(a, "--script") == 0) {
      lower_flags &= ~JSRT_LOWER_COMMONJS;
    } else if (strcmp(a, "--module") == 0) {
      lower_flags = (lower_flags & ~JSRT_LOWER_COMMONJS) | JSRT_LOWER_MODULE;
    } else if (strcmp(a, "--inline-helpers") == 0) {
      lower_flags |= JSRT_LOWER_INLINE_HELPERS;
    } else if (strcmp(a, "--input-type=module") == 0) {
      input_module = 1;
    } else if (strcmp(a, "--input-type=commonjs") == 0) {
      input_module = 0;
    } else if (strcmp(a, "--no-lower") == 0) {
      o.no_lower = 1;
    } else if (strcmp(a, "--") == 0) {
      i++;
      break;
    } else if (a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "jsrt: bad option: %s\n", a);
      return 9;
    } else {
      break;
    }
  }
  if (code == NULL) {
    if (i >= argc) {
      usage(stderr);
      return 9;
    }
    file = argv[i++];
  }
  if (lower) {
    size_t fl;
    if (file == NULL) {
      fprintf(stderr, "jsrt: --lower takes a FILE\n");
      return 9;
    }
    fl = strlen(file);
    if (fl > 4 && strcmp(file + fl - 4, ".mjs") == 0)
      lower_flags = (lower_flags & ~JSRT_LOWER_COMMONJS) | JSRT_LOWER_MODULE;
    return lower_file(file, lower_flags);
  }

  /* process.argv as in node: [execPath, script?, args...] */
  jargv = calloc((size_t)argc + 2, sizeof(char *));
  if (jargv == NULL)
    return 1;
  jargv[jargc++] = argv[0];
  if (file != NULL)
    jargv[jargc++] = (char *)file;
  for (; i < argc; i++)
    jargv[jargc++] = argv[i];
  o.argc = jargc;
  o.argv = jargv;

  signal(SIGPIPE, SIG_IGN);
  iso = jsrt_isolate_new(&o);
  free(jargv);
  if (iso == NULL) {
    fprintf(stderr, "jsrt: cannot create the isolate (out of memory or "
                    "--max-memory too small)\n");
    return 1;
  }

  if (code != NULL && input_module) {
    /* the code as an ES module: require('module')._jsrtEvalModule(code) */
    duk_context *ctx = jsrt_context(iso);
    static const char head[] = "require('module')._jsrtEvalModule(";
    const char *json;
    char *src;
    duk_push_string(ctx, code);
    json = duk_json_encode(ctx, -1);
    src = malloc(sizeof(head) + strlen(json) + 2);
    if (src == NULL) {
      jsrt_isolate_free(iso);
      return 1;
    }
    sprintf(src, "%s%s)", head, json);
    duk_pop(ctx);
    rc = jsrt_eval(iso, src, (size_t)-1, "[eval1]");
    free(src);
    duk_pop(ctx);
  } else if (code != NULL) {
    rc = jsrt_eval(iso, code, (size_t)-1, "[eval]");
    if (rc == JSRT_OK && print) {
      duk_context *ctx = jsrt_context(iso);
      printf("%s\n", duk_safe_to_string(ctx, -1));
      fflush(stdout);
    }
    duk_pop(jsrt_context(iso));
  } else {
    rc = jsrt_run_main(iso, file);
  }
  if (rc == JSRT_ENOENT) {
    fprintf(stderr, "jsrt: %s\n", jsrt_last_error(iso));
    jsrt_isolate_free(iso);
    return 1;
  }
  if (rc != JSRT_OK) {
    fprintf(stderr, "%s\n", jsrt_last_error(iso));
    jsrt_isolate_free(iso);
    return 1;
  }
  jsrt_run(iso, JSRT_RUN_DEFAULT);
  exit_code = jsrt_exit_code(iso);
  jsrt_isolate_free(iso);
  return exit_code;
}

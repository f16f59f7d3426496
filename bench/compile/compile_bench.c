/* compile_bench.c - throughput of libjsrt's compiler (jsc_compile, called
 * directly, one thread) on a corpus of files, and its peak memory.
 *
 *   compile_bench [-t SECONDS] [-g script|function|module] LISTFILE
 *   compile_bench -p FILE      the ES5 pass-through check against
 *                              Duktape's own compile of FILE
 *   compile_bench -x OUT CMD... runs CMD once, its stdout to OUT, and
 *                              prints "WALL CPU STATUS" (seconds; CPU is
 *                              user+sys of CMD and its children) for
 *                              bench/compile/run.sh
 *
 * LISTFILE has one path per line. Each file is compiled once to sort it
 * (lowered, ES5 already, not supported, syntax error), then the whole
 * corpus is compiled again and again for at least -t seconds of CPU time
 * (default 3). Prints MB/s over all bytes and over the lowered ones, and the
 * peak bytes the compiler held per MB of source. Prints "compiler not
 * available" and exits 3 when jsc_compile does not lower a one-line
 * ES2015 program yet (-f, to test this program itself: measure anyway). */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "compiler/compiler.h"
#include "jsrt.h"

typedef struct {
  char *path;
  char *src;
  size_t len;
  int status; /* JSC_* of the first compile */
  int lowered;
  char msg[256];
} file_t;

/* ---- a counting allocator: current and peak bytes ---- */

static size_t cur_bytes, peak_bytes;

static void *count_realloc(void *ud, void *ptr, size_t size) {
  size_t old = 0;
  size_t *p;
  (void)ud;
  if (ptr != NULL) {
    p = (size_t *)ptr - 2;
    old = p[0];
    ptr = p;
  }
  if (size == 0) {
    free(ptr);
    cur_bytes -= old;
    return NULL;
  }
  p = realloc(ptr, size + 2 * sizeof(size_t));
  if (p == NULL)
    return NULL;
  p[0] = size;
  cur_bytes += size - old;
  if (cur_bytes > peak_bytes)
    peak_bytes = cur_bytes;
  return p + 2;
}

static double cpu_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf;
  long n;
  if (f == NULL)
    return NULL;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = malloc((size_t)n + 1);
  if (buf == NULL || fread(buf, 1, (size_t)n, f) != (size_t)n) {
    fclose(f);
    free(buf);
    return NULL;
  }
  fclose(f);
  buf[n] = 0;
  *len = (size_t)n;
  return buf;
}

static int force; /* -f */

/* Does jsc_compile lower anything yet? */
static int compiler_available(void) {
  static const char probe[] = "let a = (x) => x * 2;\n";
  jsc_options o;
  jsc_result r;
  int ok;
  memset(&o, 0, sizeof o);
  o.goal = JSC_GOAL_SCRIPT;
  jsc_compile(probe, sizeof probe - 1, &o, &r);
  ok = r.status == JSC_OK && r.code != NULL && strstr(r.code, "=>") == NULL &&
       strstr(r.code, "let ") == NULL;
  if (!ok)
    printf("compiler not available: jsc_compile(\"let a = (x) => x * 2;\") "
           "gives status %d%s%s%s\n",
           r.status, r.message[0] ? ": " : "", r.message,
           r.status == JSC_OK && r.code == NULL ? " and no lowered code" : "");
  jsc_result_free(&o, &r);
  return ok || force;
}

/* -p FILE: jsc_compile's time on an ES5 file (the pass-through check)
 * against Duktape's compile of the same source. */
static int passthrough(const char *path) {
  size_t len;
  char *src = read_all(path, &len);
  jsc_options o;
  jsc_result r;
  duk_context *ctx;
  double t0, t_jsc = 0, t_duk = 0;
  int n = 0, m = 0;
  if (src == NULL) {
    fprintf(stderr, "cannot read %s\n", path);
    return 2;
  }
  if (!compiler_available()) {
    free(src);
    return 3;
  }
  memset(&o, 0, sizeof o);
  o.goal = JSC_GOAL_FUNCTION;
  jsc_compile(src, len, &o, &r);
  if (r.status != JSC_OK || r.code != NULL) {
    printf("pass-through: %s is not passed through (status %d, %s)\n", path,
           r.status, r.code ? "printed" : r.message);
    jsc_result_free(&o, &r);
    return 1;
  }
  t0 = cpu_now();
  do {
    jsc_compile(src, len, &o, &r);
    jsc_result_free(&o, &r);
    n++;
  } while ((t_jsc = cpu_now() - t0) < 1.0);
  ctx = duk_create_heap_default();
  t0 = cpu_now();
  do {
    duk_push_string(ctx, path);
    if (duk_pcompile_lstring_filename(ctx, 0, src, len) != 0) {
      printf("pass-through: Duktape does not compile %s: %s\n", path,
             duk_safe_to_string(ctx, -1));
      duk_destroy_heap(ctx);
      free(src);
      return 1;
    }
    duk_pop(ctx);
    m++;
  } while ((t_duk = cpu_now() - t0) < 1.0);
  duk_destroy_heap(ctx);
  printf("pass-through check on %s (%.0f KB): %.2f ms; Duktape's compile "
         "%.2f ms: %.1f%% of it (target <= 5%%)\n",
         path, (double)len / 1024, t_jsc / n * 1e3, t_duk / m * 1e3,
         100.0 * (t_jsc / n) / (t_duk / m));
  free(src);
  return 0;
}

static double wall_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int run_timed(const char *out, char **cmd) {
  double t0 = wall_now(), wall;
  struct rusage ru;
  int status = 0;
  pid_t pid = fork();
  if (pid < 0)
    return 2;
  if (pid == 0) {
    int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0)
      dup2(fd, 1);
    execvp(cmd[0], cmd);
    _exit(127);
  }
  if (wait4(pid, &status, 0, &ru) < 0)
    return 2;
  wall = wall_now() - t0;
  printf("%.4f %.4f %d\n", wall,
         (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
             (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6,
         WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
  return 0;
}

int main(int argc, char **argv) {
  double seconds = 3.0, t0, t;
  int goal = JSC_GOAL_FUNCTION, c;
  FILE *lf;
  char line[4096];
  file_t *files = NULL;
  size_t nfiles = 0, cap = 0, i, rounds = 0;
  size_t bytes_all = 0, bytes_lowered = 0, bytes_es5 = 0, bytes_bad = 0;
  size_t n_lowered = 0, n_es5 = 0, n_unsup = 0, n_syntax = 0;
  size_t peak_max = 0, peak_file = 0;
  jsc_options o;
  jsc_result r;

  if (argc >= 4 && strcmp(argv[1], "-x") == 0)
    return run_timed(argv[2], argv + 3);
  while ((c = getopt(argc, argv, "ft:g:p:")) != -1) {
    switch (c) {
    case 'f':
      force = 1;
      break;
    case 't':
      seconds = atof(optarg);
      break;
    case 'g':
      goal = strcmp(optarg, "script") == 0   ? JSC_GOAL_SCRIPT
             : strcmp(optarg, "module") == 0 ? JSC_GOAL_MODULE
                                             : JSC_GOAL_FUNCTION;
      break;
    case 'p':
      return passthrough(optarg);
    default:
      fprintf(stderr, "usage: compile_bench [-t S] [-g script|function] "
                      "LIST | -p FILE\n");
      return 2;
    }
  }
  if (!compiler_available())
    return 3;
  if (optind >= argc) {
    fprintf(stderr, "compile_bench: no LISTFILE\n");
    return 2;
  }
  lf = fopen(argv[optind], "r");
  if (lf == NULL) {
    perror(argv[optind]);
    return 2;
  }
  while (fgets(line, sizeof line, lf) != NULL) {
    size_t l = strcspn(line, "\r\n");
    file_t *f;
    line[l] = 0;
    if (l == 0)
      continue;
    if (nfiles == cap) {
      cap = cap * 2 + 256;
      files = realloc(files, cap * sizeof *files);
      if (files == NULL)
        return 2;
    }
    f = &files[nfiles];
    memset(f, 0, sizeof *f);
    f->src = read_all(line, &f->len);
    if (f->src == NULL) {
      fprintf(stderr, "cannot read %s\n", line);
      continue;
    }
    f->path = strdup(line);
    nfiles++;
  }
  fclose(lf);

  memset(&o, 0, sizeof o);
  o.goal = goal;
  o.realloc = count_realloc;
  for (i = 0; i < nfiles; i++) {
    file_t *f = &files[i];
    size_t before = cur_bytes;
    peak_bytes = cur_bytes;
    jsc_compile(f->src, f->len, &o, &r);
    f->status = r.status;
    f->lowered = r.status == JSC_OK && r.code != NULL;
    if (peak_bytes - before > peak_max) {
      peak_max = peak_bytes - before;
      peak_file = i;
    }
    snprintf(f->msg, sizeof f->msg, "%s", r.message);
    jsc_result_free(&o, &r);
    bytes_all += f->len;
    if (f->lowered)
      n_lowered++, bytes_lowered += f->len;
    else if (r.status == JSC_OK)
      n_es5++, bytes_es5 += f->len;
    else if (r.status == JSC_EUNSUPPORTED)
      n_unsup++, bytes_bad += f->len;
    else
      n_syntax++, bytes_bad += f->len;
  }
  printf("corpus: %zu files, %.2f MB: %zu lowered (%.2f MB), %zu ES5 already "
         "(%.2f MB), %zu not supported yet, %zu syntax errors (%.2f MB)\n",
         nfiles, bytes_all / 1e6, n_lowered, bytes_lowered / 1e6, n_es5,
         bytes_es5 / 1e6, n_unsup, n_syntax, bytes_bad / 1e6);
  for (i = 0; i < nfiles && getenv("VERBOSE"); i++)
    if (files[i].status != JSC_OK)
      printf("  %s: %d %s\n", files[i].path, files[i].status, files[i].msg);
  if (nfiles > 0)
    printf("peak compiler memory: %.1f MB for %s (%.0f KB): %.1f MB per MB "
           "of source\n",
           peak_max / 1e6, files[peak_file].path, files[peak_file].len / 1024.0,
           (double)peak_max /
               (double)(files[peak_file].len ? files[peak_file].len : 1));

  /* The timed rounds: only the files that compile (lowered or ES5), as
   * the reference compilers are timed on the same list (LISTFILE.ok). */
  o.realloc = NULL;
  {
    char okname[4200];
    FILE *ok;
    snprintf(okname, sizeof okname, "%s.ok", argv[optind]);
    ok = fopen(okname, "w");
    for (i = 0; i < nfiles && ok; i++)
      if (files[i].status == JSC_OK)
        fprintf(ok, "%s\n", files[i].path);
    if (ok)
      fclose(ok);
  }
  t0 = cpu_now();
  do {
    for (i = 0; i < nfiles; i++) {
      if (files[i].status != JSC_OK)
        continue;
      jsc_compile(files[i].src, files[i].len, &o, &r);
      jsc_result_free(&o, &r);
    }
    rounds++;
    t = cpu_now() - t0;
  } while (t < seconds);
  printf("jsrt compiler: %.2f MB/s (%.2f MB x %zu rounds in %.2f s CPU, one "
         "thread)\n",
         (double)(bytes_lowered + bytes_es5) * (double)rounds / t / 1e6,
         (bytes_lowered + bytes_es5) / 1e6, rounds, t);
  for (i = 0; i < nfiles; i++) {
    free(files[i].src);
    free(files[i].path);
  }
  free(files);
  return 0;
}

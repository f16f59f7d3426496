/*
 * process.c - the native half of the process object: argv, env, exit,
 * exitCode, cwd/chdir, pid, platform, hrtime, memoryUsage, nextTick, kill.
 * Calls that reach outside the isolate need JSRT_CAP_PROCESS.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The Node.js release whose documented API libjsrt follows. */
#define PROCESS_NODE_VERSION "20.20.2"

extern char **environ;

static jsrt_isolate *process_iso(duk_context *ctx, const char *what) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  if (what != NULL && !jsrt__has_cap(iso, JSRT_CAP_PROCESS))
    jsrt__throw_access_denied_raw(ctx, what);
  return iso;
}

static int process_code_arg(duk_context *ctx, duk_idx_t idx, int dflt) {
  if (duk_is_undefined(ctx, idx) || duk_is_null(ctx, idx))
    return dflt;
  if (duk_is_number(ctx, idx) &&
      duk_get_number(ctx, idx) == (double)duk_get_int(ctx, idx))
    return duk_get_int(ctx, idx);
  if (duk_is_string(ctx, idx)) {
    char *end;
    long v = strtol(duk_get_string(ctx, idx), &end, 10);
    if (*duk_get_string(ctx, idx) != '\0' && *end == '\0')
      return (int)v;
  }
  return jsrt__throw_arg_type(ctx, "code", "number", idx);
}

static duk_ret_t process_exit(duk_context *ctx) {
  jsrt_isolate *iso = process_iso(ctx, "process.exit()");
  int code = process_code_arg(ctx, 0, iso->exit_code);
  /* 'exit' listeners run first, as in Node (process.js sets the hook);
   * they may change process.exitCode, which is then the code. */
  iso->exit_code = code;
  duk_push_int(ctx, code);
  if (jsrt__call_hook(iso, "exit", 1)) {
    duk_pcall(ctx, 1);
    duk_pop(ctx);
    code = iso->exit_code;
  }
  return jsrt__js_exit(ctx, code);
}

static duk_ret_t process_get_exit_code(duk_context *ctx) {
  jsrt_isolate *iso = process_iso(ctx, NULL);
  if (iso->exit_code == 0 && !iso->exited)
    return 0; /* undefined until set, as in Node */
  duk_push_int(ctx, iso->exit_code);
  return 1;
}

static duk_ret_t process_set_exit_code(duk_context *ctx) {
  jsrt_isolate *iso = process_iso(ctx, NULL);
  iso->exit_code = process_code_arg(ctx, 0, 0);
  return 0;
}

static duk_ret_t process_get_env(duk_context *ctx) {
  char **e;
  (void)process_iso(ctx, "process.env");
  duk_push_this(ctx);
  duk_push_object(ctx);
  for (e = environ; e != NULL && *e != NULL; e++) {
    const char *eq = strchr(*e, '=');
    if (eq == NULL)
      continue;
    duk_push_lstring(ctx, *e, (duk_size_t)(eq - *e));
    duk_push_string(ctx, eq + 1);
    duk_put_prop(ctx, -3);
  }
  /* Replace the accessor by the snapshot so later reads are plain. */
  duk_push_string(ctx, "env");
  duk_dup(ctx, -2);
  duk_def_prop(ctx, -4,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                   DUK_DEFPROP_SET_ENUMERABLE | DUK_DEFPROP_SET_CONFIGURABLE);
  return 1;
}

static duk_ret_t process_chdir(duk_context *ctx) {
  const char *dir;
  int rc;
  (void)process_iso(ctx, "process.chdir()");
  if (!duk_is_string(ctx, 0))
    return jsrt__throw_arg_type(ctx, "directory", "string", 0);
  dir = duk_get_string(ctx, 0);
  rc = uv_chdir(dir);
  if (rc != 0)
    return jsrt__throw_uv(ctx, rc, "chdir", dir, NULL);
  return 0;
}

static duk_ret_t process_kill(duk_context *ctx) {
  int pid, sig = SIGTERM, rc;
  (void)process_iso(ctx, "process.kill()");
  if (!duk_is_number(ctx, 0))
    return jsrt__throw_arg_type(ctx, "pid", "number", 0);
  pid = duk_get_int(ctx, 0);
  if (duk_is_number(ctx, 1))
    sig = duk_get_int(ctx, 1);
  rc = uv_kill(pid, sig);
  if (rc != 0)
    return jsrt__throw_uv(ctx, rc, "kill", NULL, NULL);
  duk_push_true(ctx);
  return 1;
}

/* ---- signal listeners: one unref'ed uv_signal_t per listened signal ---- */

#define PROCESS_SIGNAL_PTR                                                     \
  "\xff"                                                                       \
  "signal"

typedef struct {
  jsrt__handle h;
  uv_signal_t sig;
  int holder; /* ref to the JS object that holds the pointer */
  int cb;
} process_signal;

static void process_signal_closed(uv_handle_t *uvh) { free(uvh->data); }

static void process_signal_close(jsrt__handle *h) {
  process_signal *s = (process_signal *)h;
  jsrt_isolate *iso = h->iso;
  if (iso == NULL || uv_is_closing((uv_handle_t *)&s->sig))
    return;
  jsrt__unref_holder(iso->ctx, &s->holder, PROCESS_SIGNAL_PTR);
  jsrt_unref(iso->ctx, s->cb);
  s->cb = 0;
  jsrt__handle_unlink(h);
  uv_close((uv_handle_t *)&s->sig, process_signal_closed);
}

static void process_on_signal(uv_signal_t *sig, int signum) {
  process_signal *s = sig->data;
  jsrt_isolate *iso = s->h.iso;
  (void)signum;
  jsrt_push_ref(iso->ctx, s->cb);
  duk_push_undefined(iso->ctx);
  jsrt__callback(iso, 0);
}

/* signalStart(holder, signum, fn): fn() on each signum, until signalStop.
 * Signals belong to the whole process: without JSRT_CAP_PROCESS the
 * listener is kept but nothing is installed (returns false). The handle
 * does not keep the loop alive, as in Node. */
static duk_ret_t process_signal_start(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  process_signal *s;
  int rc;
  if (!jsrt__has_cap(iso, JSRT_CAP_PROCESS) || iso->exited) {
    duk_push_false(ctx);
    return 1;
  }
  jsrt__refs_reserve(ctx, 2); /* the refs below cannot throw */
  s = calloc(1, sizeof(*s));
  if (s == NULL)
    return jsrt__throw_oom(ctx);
  uv_signal_init(iso->loop, &s->sig);
  s->sig.data = s;
  rc = uv_signal_start(&s->sig, process_on_signal, duk_require_int(ctx, 1));
  if (rc != 0) {
    uv_close((uv_handle_t *)&s->sig, process_signal_closed);
    return jsrt__throw_uv(ctx, rc, "uv_signal_start", NULL, NULL);
  }
  uv_unref((uv_handle_t *)&s->sig);
  s->holder = jsrt_ref(ctx, 0);
  s->cb = jsrt_ref(ctx, 2);
  jsrt__handle_link(iso, &s->h, (uv_handle_t *)&s->sig, process_signal_close);
  duk_push_pointer(ctx, s);
  duk_put_prop_literal(ctx, 0, PROCESS_SIGNAL_PTR);
  duk_push_true(ctx);
  return 1;
}

static duk_ret_t process_signal_stop(duk_context *ctx) {
  process_signal *s = NULL;
  if (duk_is_object(ctx, 0) && duk_get_prop_literal(ctx, 0, PROCESS_SIGNAL_PTR))
    s = duk_get_pointer(ctx, -1);
  if (s != NULL)
    process_signal_close(&s->h);
  return 0;
}

/* getuid/geteuid/getgid/getegid (POSIX, as Node has them): magic picks. */
static duk_ret_t process_get_id(duk_context *ctx) {
  switch (duk_get_current_magic(ctx)) {
  case 0:
    duk_push_uint(ctx, (duk_uint_t)getuid());
    break;
  case 1:
    duk_push_uint(ctx, (duk_uint_t)geteuid());
    break;
  case 2:
    duk_push_uint(ctx, (duk_uint_t)getgid());
    break;
  default:
    duk_push_uint(ctx, (duk_uint_t)getegid());
    break;
  }
  return 1;
}

/* hrtime([prev]) -> [seconds, nanoseconds] */
static duk_ret_t process_hrtime(duk_context *ctx) {
  uint64_t t = uv_hrtime();
  uint64_t s = t / 1000000000u, ns = t % 1000000000u;
  if (duk_is_array(ctx, 0)) {
    double ps, pns;
    duk_get_prop_index(ctx, 0, 0);
    duk_get_prop_index(ctx, 0, 1);
    ps = duk_to_number(ctx, -2);
    pns = duk_to_number(ctx, -1);
    t = t - (uint64_t)(ps * 1e9 + pns);
    s = t / 1000000000u;
    ns = t % 1000000000u;
  } else if (!duk_is_undefined(ctx, 0)) {
    return jsrt__throw_arg_type(ctx, "time", "an instance of Array", 0);
  }
  duk_push_array(ctx);
  duk_push_number(ctx, (double)s);
  duk_put_prop_index(ctx, -2, 0);
  duk_push_number(ctx, (double)ns);
  duk_put_prop_index(ctx, -2, 1);
  return 1;
}

/* The file-mode creation mask, read without changing it (Linux keeps it
 * in /proc/self/status; elsewhere set and put back). */
static unsigned process_read_umask(void) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[128];
  mode_t m;
  if (f != NULL) {
    unsigned v;
    while (fgets(line, sizeof line, f) != NULL)
      if (sscanf(line, "Umask: %o", &v) == 1) {
        fclose(f);
        return v;
      }
    fclose(f);
  }
  m = umask(0);
  umask(m);
  return (unsigned)m;
}

/* umask([mask]) -> the mask before. Setting changes the whole process's
 * mask: it needs JSRT_CAP_PROCESS. mask: a number or an octal string. */
static duk_ret_t process_umask(duk_context *ctx) {
  unsigned old, mask = 0;
  if (duk_is_undefined(ctx, 0)) {
    duk_push_uint(ctx, process_read_umask());
    return 1;
  }
  if (duk_is_number(ctx, 0)) {
    double d = duk_get_number(ctx, 0);
    if (d != d || d != (double)(long long)d)
      return jsrt__throw_code(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                              "The value of \"mask\" is out of range. It "
                              "must be an integer. Received %s",
                              duk_safe_to_string(ctx, 0));
    if (!(d >= 0 && d <= 4294967295.0))
      return jsrt__throw_code(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                              "The value of \"mask\" is out of range. It "
                              "must be >= 0 && <= 4294967295. Received %s",
                              duk_safe_to_string(ctx, 0));
    mask = (unsigned)d;
  } else if (duk_is_string(ctx, 0)) {
    const char *str = duk_get_string(ctx, 0), *p;
    if (*str == '\0')
      goto bad;
    for (p = str; *p; p++) {
      if (*p < '0' || *p > '7' || p - str > 10)
        goto bad;
      mask = mask * 8 + (unsigned)(*p - '0');
    }
  } else {
    return jsrt__throw_arg_type(ctx, "mask", "number", 0);
  }
  (void)process_iso(ctx, "process.umask");
  old = (unsigned)umask((mode_t)(mask & 0777));
  duk_push_uint(ctx, old);
  return 1;
bad:
  return jsrt__throw_code(
      ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
      "The argument 'mask' must be a 32-bit unsigned integer or an octal "
      "string. Received '%s'",
      duk_safe_to_string(ctx, 0));
}

/* uptime() -> seconds since the isolate was made (node: since the process
 * started; an isolate is our process). uv_hrtime's origin is arbitrary,
 * the machine's boot on Linux: it was returned as it is. */
static duk_ret_t process_uptime(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  uint64_t now = uv_hrtime();
  duk_push_number(ctx, iso != NULL ? (double)(now - iso->start_ns) / 1e9
                                   : (double)now / 1e9);
  return 1;
}

static duk_ret_t process_memory_usage(duk_context *ctx) {
  jsrt_isolate *iso = process_iso(ctx, NULL);
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  duk_push_object(ctx);
  duk_push_number(ctx, (double)rss);
  duk_put_prop_string(ctx, -2, "rss");
  duk_push_number(ctx,
                  (double)(iso->mem_limit ? iso->mem_limit : iso->mem_peak));
  duk_put_prop_string(ctx, -2, "heapTotal");
  duk_push_number(ctx, (double)iso->mem_used);
  duk_put_prop_string(ctx, -2, "heapUsed");
  duk_push_int(ctx, 0);
  duk_put_prop_string(ctx, -2, "external");
  duk_push_int(ctx, 0);
  duk_put_prop_string(ctx, -2, "arrayBuffers");
  return 1;
}

static duk_ret_t process_next_tick(duk_context *ctx) {
  return jsrt__js_next_tick(ctx);
}

/* cpuUsage([previous]) -> { user, system } in microseconds (getrusage),
 * the difference from previous when given. */
static duk_ret_t process_cpu_usage(duk_context *ctx) {
  uv_rusage_t ru;
  double user, sys;
  int rc = uv_getrusage(&ru);
  if (rc != 0)
    return jsrt__throw_uv(ctx, rc, "uv_getrusage", NULL, NULL);
  user = (double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec;
  sys = (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec;
  if (duk_is_object(ctx, 0)) {
    duk_get_prop_string(ctx, 0, "user");
    duk_get_prop_string(ctx, 0, "system");
    if (!duk_is_number(ctx, -2) || !duk_is_number(ctx, -1))
      return jsrt__throw_arg_type(ctx, "prevValue.user", "number", -2);
    user -= duk_get_number(ctx, -2);
    sys -= duk_get_number(ctx, -1);
  } else if (!duk_is_undefined(ctx, 0)) {
    return jsrt__throw_arg_type(ctx, "prevValue", "object", 0);
  }
  duk_push_object(ctx);
  duk_push_number(ctx, user);
  duk_put_prop_string(ctx, -2, "user");
  duk_push_number(ctx, sys);
  duk_put_prop_string(ctx, -2, "system");
  return 1;
}

static const duk_function_list_entry process_funcs[] = {
    {"cpuUsage", process_cpu_usage, 1},
    {"exit", process_exit, 1},
    {"cwd", jsrt__js_cwd, 0},
    {"chdir", process_chdir, 1},
    {"kill", process_kill, 2},
    {"signalStart", process_signal_start, 3},
    {"signalStop", process_signal_stop, 1},
    {"hrtime", process_hrtime, 1},
    {"uptime", process_uptime, 0},
    {"umask", process_umask, 1},
    {"memoryUsage", process_memory_usage, 0},
    {"nextTick", process_next_tick, DUK_VARARGS},
    {NULL, NULL, 0}};

static void process_accessor(duk_context *ctx, const char *name,
                             duk_c_function get, duk_c_function set) {
  duk_push_string(ctx, name);
  duk_push_c_function(ctx, get, 0);
  if (set != NULL)
    duk_push_c_function(ctx, set, 1);
  duk_def_prop(ctx, -2 - (set != NULL ? 2 : 1),
               DUK_DEFPROP_HAVE_GETTER |
                   (set != NULL ? DUK_DEFPROP_HAVE_SETTER : 0) |
                   DUK_DEFPROP_SET_ENUMERABLE | DUK_DEFPROP_SET_CONFIGURABLE);
}

duk_ret_t jsrt__open_process(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  int i;
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, process_funcs);
  {
    static const char *const ids[] = {"getuid", "geteuid", "getgid", "getegid"};
    for (i = 0; i < 4; i++) {
      duk_push_c_function(ctx, process_get_id, 0);
      duk_set_magic(ctx, -1, i);
      duk_put_prop_string(ctx, -2, ids[i]);
    }
  }

  duk_push_array(ctx);
  for (i = 0; i < iso->opts.argc; i++) {
    duk_push_string(ctx, iso->argv[i]);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
  }
  duk_put_prop_string(ctx, -2, "argv");
  duk_push_array(ctx);
  duk_put_prop_string(ctx, -2, "execArgv");
  /* process.version names the Node release whose API we follow (packages
   * check it: yargs refuses v0.x); our own is process.versions.jsrt. */
  duk_push_string(ctx, "v" PROCESS_NODE_VERSION);
  duk_put_prop_string(ctx, -2, "version");
  duk_push_object(ctx);
  duk_push_string(ctx, PROCESS_NODE_VERSION);
  duk_put_prop_string(ctx, -2, "node");
  duk_push_string(ctx, JSRT_VERSION_STRING);
  duk_put_prop_string(ctx, -2, "jsrt");
  duk_push_sprintf(ctx, "%ld.%ld.%ld", (long)(DUK_VERSION / 10000),
                   (long)(DUK_VERSION / 100 % 100), (long)(DUK_VERSION % 100));
  duk_put_prop_string(ctx, -2, "duktape");
  duk_push_string(ctx, uv_version_string());
  duk_put_prop_string(ctx, -2, "uv");
  duk_put_prop_string(ctx, -2, "versions");
  duk_push_string(ctx, "jsrt");
  duk_put_prop_string(ctx, -2, "title");
  /* Object.prototype.toString.call(process) is "[object process]" (axios
   * picks its adapter by it); node's descriptor. */
  duk_get_global_string(ctx, "Symbol");
  duk_get_prop_string(ctx, -1, "toStringTag");
  duk_remove(ctx, -2);
  duk_push_string(ctx, "process");
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                   DUK_DEFPROP_CLEAR_ENUMERABLE |
                   DUK_DEFPROP_CLEAR_CONFIGURABLE);
#if defined(__linux__)
  duk_push_string(ctx, "linux");
#elif defined(__APPLE__)
  duk_push_string(ctx, "darwin");
#elif defined(_WIN32)
  duk_push_string(ctx, "win32");
#else
  duk_push_string(ctx, "unknown");
#endif
  duk_put_prop_string(ctx, -2, "platform");
#if defined(__x86_64__)
  duk_push_string(ctx, "x64");
#elif defined(__aarch64__)
  duk_push_string(ctx, "arm64");
#elif defined(__i386__)
  duk_push_string(ctx, "ia32");
#elif defined(__arm__)
  duk_push_string(ctx, "arm");
#else
  duk_push_string(ctx, "unknown");
#endif
  duk_put_prop_string(ctx, -2, "arch");
  duk_push_int(ctx, (int)uv_os_getpid());
  duk_put_prop_string(ctx, -2, "pid");
  duk_push_int(ctx, (int)uv_os_getppid());
  duk_put_prop_string(ctx, -2, "ppid");
  process_accessor(ctx, "exitCode", process_get_exit_code,
                   process_set_exit_code);
  process_accessor(ctx, "env", process_get_env, NULL);
  return 1;
}

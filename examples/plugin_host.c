/*
 * plugin_host.c - a host that survives bad plugins. Every *.js file of a
 * folder (default examples/plugins) is loaded into its own isolate; all of
 * them run on one shared libuv loop, each with a memory limit, a time
 * budget per call, no capabilities (no fs, net, processes, addons) and the
 * folder as module_root. Plugins reach the host through a module "host"
 * registered in each isolate (host.serve(fn), host.log(msg)). Plugins that
 * fail at load or while answering a host call are reported and dropped; the
 * others keep answering host calls.
 *
 *   plugin_host [DIR]
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsrt.h"

#define PLUGIN_MEMORY (4u << 20) /* bytes of JS heap per plugin */
#define PLUGIN_BUDGET_MS 100     /* per entry into a plugin */
#define ROUNDS 5                 /* host calls per plugin */
#define MAX_PLUGINS 32

typedef struct {
  char name[64];
  char path[1024];
  jsrt_isolate *iso;
  int handler;         /* jsrt_ref of the function given to host.serve */
  const char *failure; /* NULL while serving */
  int answered;
} plugin;

static plugin plugins[MAX_PLUGINS];
static int nplugins;
static int round_no;

/* The first line of the isolate's last error. */
static void print_error(jsrt_isolate *iso, int rc) {
  const char *err = jsrt_last_error(iso);
  int n = (int)strcspn(err, "\n");
  printf("%s: %.*s\n", jsrt_err_name(rc), n, err);
}

static const char *failure_of(int rc) {
  switch (rc) {
  case JSRT_ETIMEOUT:
    return "time budget";
  case JSRT_ENOMEM:
    return "memory limit";
  default:
    return "threw";
  }
}

/* ---- the "host" module each plugin sees ---- */

static plugin *host_plugin(duk_context *ctx) {
  return jsrt_userdata(jsrt_from_context(ctx));
}

/* host.serve(fn): fn answers the host's calls. */
static duk_ret_t host_serve(duk_context *ctx) {
  plugin *p = host_plugin(ctx);
  if (!duk_is_function(ctx, 0))
    return duk_error(ctx, DUK_ERR_TYPE_ERROR, "serve() needs a function");
  jsrt_unref(ctx, p->handler);
  p->handler = jsrt_ref(ctx, 0);
  return 0;
}

/* host.log(msg) */
static duk_ret_t host_log(duk_context *ctx) {
  printf("[%s] %s\n", host_plugin(ctx)->name, duk_safe_to_string(ctx, 0));
  return 0;
}

static const duk_function_list_entry host_funcs[] = {
    {"serve", host_serve, 1}, {"log", host_log, 1}, {NULL, NULL, 0}};

static int host_module_init(duk_context *ctx, void *udata) {
  plugin *p = udata;
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, host_funcs);
  duk_push_string(ctx, p->name);
  duk_put_prop_string(ctx, -2, "name");
  return 0;
}

/* Errors thrown later from a plugin's timers or callbacks. */
static void on_plugin_error(jsrt_isolate *iso, const char *message,
                            const char *stack, void *userdata) {
  plugin *p = userdata;
  (void)iso;
  (void)stack;
  printf("[%s] uncaught: %s\n", p->name, message);
  if (p->failure == NULL)
    p->failure = "uncaught error";
}

/* ---- loading ---- */

static void load_plugin(uv_loop_t *loop, plugin *p, const char *dir) {
  jsrt_options o;
  int rc;
  jsrt_options_init(&o);
  o.loop = loop;
  o.memory_limit = PLUGIN_MEMORY;
  o.timeout_ms = PLUGIN_BUDGET_MS;
  o.caps = JSRT_CAP_NONE;
  o.module_root = dir;
  o.on_error = on_plugin_error;
  o.userdata = p;
  p->iso = jsrt_isolate_new(&o);
  if (p->iso == NULL) {
    printf("[%s] cannot create an isolate\n", p->name);
    p->failure = "no isolate";
    return;
  }
  jsrt_register_module(p->iso, "host", host_module_init, p);
  rc = jsrt_run_main(p->iso, p->path);
  if (rc != JSRT_OK) {
    printf("[%s] load failed: ", p->name);
    print_error(p->iso, rc);
    p->failure = failure_of(rc);
    jsrt_isolate_free(p->iso); /* not inside uv_run: safe to free now */
    p->iso = NULL;
  } else if (p->handler == 0) {
    printf("[%s] loaded but serves nothing\n", p->name);
    p->failure = "no handler";
  } else {
    printf("[%s] loaded\n", p->name);
  }
}

/* ---- serving: one round of host calls every 20 ms ---- */

static void call_plugin(plugin *p) {
  duk_context *ctx = jsrt_context(p->iso);
  int rc;
  jsrt_push_ref(ctx, p->handler);
  duk_push_object(ctx);
  duk_push_int(ctx, round_no);
  duk_put_prop_string(ctx, -2, "round");
  rc = jsrt_pcall(p->iso, 1);
  if (rc == JSRT_OK) {
    printf("round %d: %s -> %s\n", round_no, p->name,
           duk_safe_to_string(ctx, -1));
    p->answered++;
  } else {
    printf("round %d: %s failed, dropped: ", round_no, p->name);
    print_error(p->iso, rc);
    p->failure = failure_of(rc);
  }
  duk_pop(ctx);
}

static void on_round(uv_timer_t *t) {
  int i;
  round_no++;
  for (i = 0; i < nplugins; i++)
    if (plugins[i].failure == NULL)
      call_plugin(&plugins[i]);
  if (round_no == ROUNDS)
    uv_close((uv_handle_t *)t, NULL);
}

static int by_name(const void *a, const void *b) {
  return strcmp(((const plugin *)a)->name, ((const plugin *)b)->name);
}

int main(int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : "examples/plugins";
  uv_loop_t loop;
  uv_timer_t rounds;
  struct dirent *de;
  DIR *d;
  int i, serving = 0;

  d = opendir(dir);
  if (d == NULL) {
    fprintf(stderr, "plugin_host: cannot open %s\n", dir);
    return 1;
  }
  while ((de = readdir(d)) != NULL && nplugins < MAX_PLUGINS) {
    size_t n = strlen(de->d_name);
    plugin *p = &plugins[nplugins];
    if (n < 4 || n - 3 >= sizeof(p->name) ||
        strcmp(de->d_name + n - 3, ".js") != 0)
      continue;
    snprintf(p->name, sizeof(p->name), "%.*s", (int)(n - 3), de->d_name);
    snprintf(p->path, sizeof(p->path), "%s/%s", dir, de->d_name);
    nplugins++;
  }
  closedir(d);
  qsort(plugins, (size_t)nplugins, sizeof(plugin), by_name);

  uv_loop_init(&loop);
  printf("plugin_host: %d plugins in %s, one isolate each on one loop "
         "(%u KB heap, %d ms per call, no fs/net)\n",
         nplugins, dir, PLUGIN_MEMORY >> 10, PLUGIN_BUDGET_MS);
  for (i = 0; i < nplugins; i++)
    load_plugin(&loop, &plugins[i], dir);

  uv_timer_init(&loop, &rounds);
  uv_timer_start(&rounds, on_round, 20, 20);
  uv_run(&loop, UV_RUN_DEFAULT); /* the plugins' timers run here too */

  /* Isolates on a host loop are freed outside uv_run (their free runs the
   * loop until their handles are closed). */
  for (i = 0; i < nplugins; i++) {
    plugin *p = &plugins[i];
    if (p->failure == NULL)
      serving++;
    if (p->iso != NULL) {
      jsrt_unref(jsrt_context(p->iso), p->handler);
      jsrt_isolate_free(p->iso);
    }
  }
  printf("summary: %d serving, %d failed:", serving, nplugins - serving);
  for (i = 0; i < nplugins; i++)
    if (plugins[i].failure != NULL)
      printf(" %s (%s)", plugins[i].name, plugins[i].failure);
  printf("\n");
  for (i = 0; i < nplugins; i++)
    if (plugins[i].failure == NULL)
      printf("%s answered %d of %d host calls\n", plugins[i].name,
             plugins[i].answered, ROUNDS);
  return uv_loop_close(&loop) == 0 ? 0 : 1;
}

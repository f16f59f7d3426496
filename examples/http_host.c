/*
 * http_host.c - a C program whose HTTP routes are a script's: the script
 * runs in an isolate that may only use the network (JSRT_CAP_NET), with a
 * 16 MB heap and a 200 ms budget per callback, and serves its routes with
 * require('http'). The host gives it one native module ("host": a request
 * counter kept in C and a ready() call that reports the port), drives it
 * with requests from a client thread, and when a route runs away the
 * budget stops the script; the host reports why and starts a fresh isolate.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "jsrt.h"

static const char routes_js[] =
    "var http = require('http'), host = require('host');\n"
    "var server = http.createServer(function (req, res) {\n"
    "  var n = host.count();\n"
    "  if (req.url === '/hello') {\n"
    "    res.setHeader('Content-Type', 'text/plain');\n"
    "    res.end('hello from the script (request ' + n + ')');\n"
    "  } else if (req.url === '/sum') {\n"
    "    var body = '';\n"
    "    req.setEncoding('utf8');\n"
    "    req.on('data', function (d) { body += d; });\n"
    "    req.on('end', function () {\n"
    "      var xs = JSON.parse(body);\n"
    "      res.end(JSON.stringify({ sum: xs.reduce(function (a, b) {\n"
    "        return a + b; }, 0) }));\n"
    "    });\n"
    "  } else if (req.url === '/spin') {\n"
    "    for (;;) {}\n" /* a bug in a route: the budget ends it */
    "  } else if (req.url === '/files') {\n"
    "    try { require('fs'); res.end('fs allowed?!'); }\n"
    "    catch (e) { res.statusCode = 403; res.end(e.code); }\n"
    "  } else {\n"
    "    res.statusCode = 404; res.end('no route');\n"
    "  }\n"
    "});\n"
    "server.listen(0, '127.0.0.1', function () {\n"
    "  host.ready(server.address().port);\n"
    "});\n"
    "globalThis.stop = function () { server.close(); };\n";

/* Shared between the loop thread and the client thread. */
static uv_mutex_t mu;
static uv_cond_t cond;
static int port;       /* 0 until the script listens */
static int generation; /* bumped by each script that listens */
static int requests;   /* counted in C, read by the script */
static int finished;   /* the client has sent everything */

static duk_ret_t host_count(duk_context *ctx) {
  duk_push_int(ctx, ++requests);
  return 1;
}

static duk_ret_t host_ready(duk_context *ctx) {
  uv_mutex_lock(&mu);
  port = duk_require_int(ctx, 0);
  generation++;
  uv_cond_broadcast(&cond);
  uv_mutex_unlock(&mu);
  return 0;
}

static int host_module(duk_context *ctx, void *udata) {
  static const duk_function_list_entry funcs[] = {
      {"count", host_count, 0}, {"ready", host_ready, 1}, {NULL, NULL, 0}};
  (void)udata;
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, funcs);
  return 0;
}

static void on_error(jsrt_isolate *iso, const char *msg, const char *stack,
                     void *ud) {
  (void)iso;
  (void)stack;
  (void)ud;
  printf("host: the script failed: %s\n", msg);
}

/* One request over a plain blocking socket; prints the status line and
 * body, or that the connection closed without an answer. */
static void client_request(const char *method, const char *path,
                           const char *body) {
  struct sockaddr_in a;
  char req[512], resp[4096];
  size_t got = 0;
  ssize_t n;
  int fd = socket(AF_INET, SOCK_STREAM, 0), p, gen;
  uv_mutex_lock(&mu);
  while (port == 0)
    uv_cond_wait(&cond, &mu);
  p = port;
  gen = generation;
  uv_mutex_unlock(&mu);
  memset(&a, 0, sizeof(a));
  a.sin_family = AF_INET;
  a.sin_port = htons((unsigned short)p);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, (struct sockaddr *)&a, sizeof(a)) != 0) {
    printf("%s %s -> cannot connect\n", method, path);
    close(fd);
    return;
  }
  snprintf(req, sizeof(req),
           "%s %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
           "Content-Length: %zu\r\n\r\n%s",
           method, path, strlen(body), body);
  if (write(fd, req, strlen(req)) < 0)
    perror("write");
  while (got < sizeof(resp) - 1 &&
         (n = read(fd, resp + got, sizeof(resp) - 1 - got)) > 0)
    got += (size_t)n;
  resp[got] = '\0';
  close(fd);
  if (got == 0) {
    printf("%s %s -> connection closed without an answer\n", method, path);
    uv_mutex_lock(&mu); /* the script is gone: wait for the restarted one */
    while (generation == gen)
      uv_cond_wait(&cond, &mu);
    uv_mutex_unlock(&mu);
    return;
  }
  {
    char *eol = strstr(resp, "\r\n"), *bodyp = strstr(resp, "\r\n\r\n");
    printf("%s %s -> %.*s | %s\n", method, path, (int)(eol - resp), resp,
           bodyp ? bodyp + 4 : "");
  }
}

static void stop_server(jsrt_isolate *iso, void *arg) {
  (void)arg;
  jsrt_eval(iso, "stop()", (size_t)-1, "stop.js");
  duk_pop(jsrt_context(iso));
}

static void client_thread(void *arg) {
  jsrt_isolate **isop = arg;
  client_request("GET", "/hello", "");
  client_request("POST", "/sum", "[1, 2, 3, 4]");
  client_request("GET", "/files", "");
  client_request("GET", "/spin", "");
  client_request("GET", "/hello", ""); /* served by the restarted script */
  uv_mutex_lock(&mu);
  finished = 1;
  uv_mutex_unlock(&mu);
  jsrt_post(*isop, stop_server, NULL);
}

static jsrt_isolate *start_script(void) {
  jsrt_options o;
  jsrt_isolate *iso;
  jsrt_options_init(&o);
  o.caps = JSRT_CAP_NET; /* no fs, no process, no workers */
  o.memory_limit = 16u << 20;
  o.timeout_ms = 200;
  o.on_error = on_error;
  iso = jsrt_isolate_new(&o);
  if (iso == NULL)
    return NULL;
  jsrt_register_module(iso, "host", host_module, NULL);
  if (jsrt_eval(iso, routes_js, sizeof(routes_js) - 1, "routes.js") !=
      JSRT_OK) {
    printf("host: routes.js failed: %s\n", jsrt_last_error(iso));
    jsrt_isolate_free(iso);
    return NULL;
  }
  duk_pop(jsrt_context(iso));
  return iso;
}

int main(void) {
  jsrt_isolate *iso;
  uv_thread_t th;
  int restarts = 0, done;
  uv_mutex_init(&mu);
  uv_cond_init(&cond);
  iso = start_script();
  if (iso == NULL)
    return 1;
  uv_thread_create(&th, client_thread, &iso);
  for (;;) {
    jsrt_run(iso, JSRT_RUN_DEFAULT); /* until the script's server closes */
    uv_mutex_lock(&mu);
    done = finished;
    uv_mutex_unlock(&mu);
    if (done)
      break;
    /* The run ended early: the script was stopped. Start it again. */
    printf("host: restarting the script (exit code %d)\n", jsrt_exit_code(iso));
    jsrt_isolate_free(iso);
    iso = start_script();
    if (iso == NULL || ++restarts > 3)
      return 1;
  }
  uv_thread_join(&th);
  printf("host: %d requests counted in C, %d restart(s)\n", requests, restarts);
  jsrt_isolate_free(iso);
  uv_cond_destroy(&cond);
  uv_mutex_destroy(&mu);
  return 0;
}

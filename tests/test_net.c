/*
 * test_net.c - the C halves of net, dns and http driven from JS through a
 * test-only module ("nettest") that exposes them: the llhttp parser's
 * collected events and its rejections, TCP handles over loopback, the
 * getaddrinfo request, the capability gate; and that every handle is gone
 * when the isolate frees.
 */
#include "testutil.h"

#include "internal.h"

static int nt_init(duk_context *ctx, void *udata) {
  (void)udata;
  duk_push_object(ctx);
  jsrt__open_net(ctx);
  duk_put_prop_string(ctx, -2, "net");
  jsrt__open_http(ctx);
  duk_put_prop_string(ctx, -2, "http");
  jsrt__open_dns(ctx);
  duk_put_prop_string(ctx, -2, "dns");
  return 0;
}

static int nt_setup(void **state) {
  if (tu_setup(state) != 0)
    return -1;
  jsrt_register_module(*state, "nettest", nt_init, NULL);
  return 0;
}

static void nt_run(jsrt_isolate *iso, const char *src) {
  int rc = jsrt_eval(iso, src, (size_t)-1, "test.js");
  if (rc != JSRT_OK)
    fail_msg("eval failed (%d): %s", rc, jsrt_last_error(iso));
  duk_pop(jsrt_context(iso));
  rc = jsrt_run(iso, JSRT_RUN_DEFAULT);
  if (rc < 0)
    fail_msg("run failed (%d): %s", rc, jsrt_last_error(iso));
}

static const char nt_parser_js[] =
    "var h = require('nettest').http;\n"
    "function P(kind) { var p = new h.Parser(kind, 200); p.log = [];\n"
    "  p.onHeaders = function (maj, min, raw, method, url, st, msg, up, ka, c) "
    "{\n"
    "    this.log.push(['H', maj + '.' + min, method || st, url || msg,\n"
    "      raw.split('\\u0000').join('|'), ka, c].join(' ')); };\n"
    "  p.onBody = function (b) { this.log.push('B ' + String(b)); };\n"
    "  p.onComplete = function (t, ka) { this.log.push('C ' + t.join('|')); "
    "};\n"
    "  return p; }\n"
    "var p = P(0), r;\n"
    "r = p.execute('GET /a HTTP/1.1\\r\\nHost: x\\r\\nX-A: 1\\r\\n\\r\\n'"
    "  + 'POST /b HTTP/1.1\\r\\nContent-Length: 3\\r\\n\\r\\nabc'"
    "  + 'PUT /c HTTP/1.1\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n'"
    "  + '2\\r\\nhi\\r\\n1\\r\\n!\\r\\n0\\r\\nT: v\\r\\n\\r\\n');\n"
    "if (typeof r !== 'number') throw r;\n"
    "/* a head split across reads */\n"
    "p.execute('GET /sp'); p.execute('lit HTTP/1.0\\r\\nA: '); "
    "p.execute('b\\r\\n\\r\\n');\n"
    "p.log.join('\\n');";

static void test_parser_collects_pipelined_requests(void **state) {
  jsrt_isolate *iso = *state;
  char buf[1024];
  tu_eval_string(iso, nt_parser_js, buf, sizeof(buf));
  assert_string_equal(buf, "H 1.1 GET /a Host|x|X-A|1 true true\n"
                           "H 1.1 POST /b Content-Length|3 true false\n"
                           "B abc\n"
                           "C \n"
                           "H 1.1 PUT /c Transfer-Encoding|chunked true false\n"
                           "B hi\n"
                           "B !\n"
                           "C T|v\n"
                           "H 1.0 GET /split A|b false true");
}

static void test_parser_rejects_smuggling_and_garbage(void **state) {
  jsrt_isolate *iso = *state;
  char buf[512];
  tu_eval_string(
      iso,
      "var h = require('nettest').http;\n"
      "function code(s) { var p = new h.Parser(0, 200);\n"
      "  p.onHeaders = p.onBody = p.onComplete = function () {};\n"
      "  var r = p.execute(s); return typeof r === 'number' ? 'ok' : r.code; "
      "}\n"
      "[code('GET / HTTP/1.1\\r\\nContent-Length: 1\\r\\n"
      "Transfer-Encoding: chunked\\r\\n\\r\\n'),\n"
      " code('GET / HTTP/1.1\\r\\nContent-Length: 1\\r\\n"
      "Content-Length: 2\\r\\n\\r\\n'),\n"
      " code('G@T / HTTP/1.1\\r\\n\\r\\n'),\n"
      " code('POST / HTTP/1.1\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n"
      "zz\\r\\n'),\n"
      " code('GET / HTTP/1.1\\r\\nX: ' + new Array(300).join('a') + "
      "'\\r\\n\\r\\n'),\n"
      " code('GET / HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n')].join(' ')",
      buf, sizeof(buf));
  assert_string_equal(buf, "HPE_UNEXPECTED_CONTENT_LENGTH "
                           "HPE_UNEXPECTED_CONTENT_LENGTH HPE_INVALID_METHOD "
                           "HPE_INVALID_CHUNK_SIZE HPE_HEADER_OVERFLOW ok");
}

static void test_headers_object_follows_node_duplicate_rules(void **state) {
  jsrt_isolate *iso = *state;
  char buf[512];
  tu_eval_string(iso,
                 "var h = require('nettest').http;\n"
                 "JSON.stringify(h.headersObject(['Host', 'a', 'HOST', 'b', "
                 "'Set-Cookie', 'x', 'set-cookie', 'y', 'Accept', '1', "
                 "'accept', '2', 'Cookie', 'c', 'cookie', 'd']))",
                 buf, sizeof(buf));
  assert_string_equal(buf, "{\"host\":\"a\",\"set-cookie\":[\"x\",\"y\"],"
                           "\"accept\":\"1, 2\",\"cookie\":\"c; d\"}");
}

static void test_write_message_refuses_header_injection(void **state) {
  jsrt_isolate *iso = *state;
  char buf[256];
  tu_eval_string(iso,
                 "var t = require('nettest'); var s = new t.net.Handle(false);"
                 "var r = [];"
                 "try { t.http.writeMessage(s, 'HTTP/1.1 200 OK', ['X', "
                 "'a\\r\\nSet-Cookie: evil'], '', 0); } catch (e) { "
                 "r.push(e.code); }"
                 "try { t.http.writeMessage(s, 'HTTP/1.1 200 OK', ['X Y', "
                 "'a'], '', 0); } catch (e) { r.push(e.code); }"
                 "s.close(); r.join(' ')",
                 buf, sizeof(buf));
  assert_string_equal(buf, "ERR_INVALID_CHAR ERR_INVALID_HTTP_TOKEN");
}

/* An echo over loopback with the raw handles: listen on port 0, connect,
 * write, read back, shut down, close both ends. */
static const char nt_echo_js[] =
    "var n = require('nettest').net; var out = [];\n"
    "var srv = new n.Handle(false);\n"
    "if (srv.bind('127.0.0.1', 0, 0) !== 0) throw new Error('bind');\n"
    "srv.onconnection = function (err, c) {\n"
    "  c.onread = function (nread, buf) {\n"
    "    if (nread > 0) { c.write(buf, null); return; }\n"
    "    out.push('server eof ' + (nread === n.UV_EOF));\n"
    "    c.shutdown(function () { c.close(); srv.close(); });\n"
    "  }; c.readStart(); };\n"
    "if (srv.listen(16) !== 0) throw new Error('listen');\n"
    "var port = srv.getsockname().port;\n"
    "var cl = new n.Handle(false);\n"
    "cl.connect('127.0.0.1', port, function (st) {\n"
    "  out.push('connected ' + st);\n"
    "  var got = '';\n"
    "  cl.onread = function (nread, buf) {\n"
    "    if (nread > 0) { got += String(buf); if (got.length === 10) "
    "cl.shutdown(function (s) { out.push('shutdown ' + s); }); return; }\n"
    "    out.push('client got ' + got);\n"
    "    cl.close(function () { out.push('closed'); globalThis.result = "
    "out.join(','); });\n"
    "  };\n"
    "  cl.readStart(); cl.write('hello', null); cl.write(['wor', 'ld'], "
    "null);\n"
    "});\n";

static void test_tcp_handles_echo_over_loopback(void **state) {
  jsrt_isolate *iso = *state;
  char buf[256];
  nt_run(iso, nt_echo_js);
  tu_eval_string(iso, "globalThis.result", buf, sizeof(buf));
  assert_string_equal(buf, "connected 0,shutdown 0,server eof true,client "
                           "got helloworld,closed");
}

static void test_connect_refused_reports_the_uv_error(void **state) {
  jsrt_isolate *iso = *state;
  char buf[256];
  nt_run(iso, "var n = require('nettest').net; var s = new n.Handle(false);"
              "s.bind('127.0.0.1', 0, 0); var port = s.getsockname().port;"
              "s.close();"
              "var c = new n.Handle(false);"
              "c.connect('127.0.0.1', port, function (st) {"
              "  var e = n.uvError(st, 'connect', '127.0.0.1', port);"
              "  globalThis.result = e.code + ' ' + (e.message === 'connect "
              "ECONNREFUSED 127.0.0.1:' + port);"
              "  c.close(); });");
  tu_eval_string(iso, "globalThis.result", buf, sizeof(buf));
  assert_string_equal(buf, "ECONNREFUSED true");
}

static void test_dns_resolves_localhost_and_reports_enotfound(void **state) {
  jsrt_isolate *iso = *state;
  char buf[256];
  nt_run(iso, "var d = require('nettest').dns; var r = [];"
              "d.getaddrinfo('localhost', 4, 0, function (e, a) {"
              "  r.push(a[0].address);"
              "  d.getaddrinfo('no-such-host.invalid', 0, 0, function (e) {"
              "    r.push(e.code === 'EAI_AGAIN' ? 'ENOTFOUND' : e.code);"
              "    globalThis.result = r.join(' '); }); });");
  tu_eval_string(iso, "globalThis.result", buf, sizeof(buf));
  assert_string_equal(buf, "127.0.0.1 ENOTFOUND");
}

static void test_isolate_free_closes_listening_and_open_sockets(void **state) {
  jsrt_isolate *iso = *state;
  /* A listening server and a connected pair left open: free must close
   * them all (the teardown asserts nothing leaks under ASan). */
  tu_eval(iso, "var n = require('nettest').net; var s = new n.Handle(false);"
               "s.bind('127.0.0.1', 0, 0); s.listen(4);"
               "s.onconnection = function (e, c) { c.onread = function () {}; "
               "c.readStart(); };"
               "var c = new n.Handle(false);"
               "c.connect('127.0.0.1', s.getsockname().port, function () {"
               "  c.write('pending', function () {}); });");
  jsrt_run(iso, JSRT_RUN_NOWAIT);
  jsrt_run(iso, JSRT_RUN_NOWAIT);
}

static void test_net_needs_the_capability(void **state) {
  jsrt_options o;
  jsrt_isolate *iso;
  char buf[256];
  (void)state;
  jsrt_options_init(&o);
  o.caps = JSRT_CAP_ALL & ~JSRT_CAP_NET;
  iso = jsrt_isolate_new(&o);
  jsrt_register_module(iso, "nettest", nt_init, NULL);
  tu_eval_string(
      iso,
      "var t = require('nettest'), r = [];"
      "try { new t.net.Handle(false); } catch (e) { r.push(e.code); }"
      "try { new t.http.Parser(0); } catch (e) { r.push(e.code); }"
      "try { t.dns.getaddrinfo('x', 0, 0, function () {}); } "
      "catch (e) { r.push(e.code); }"
      "try { require('net'); } catch (e) { r.push(e.code); }"
      "r.join(' ')",
      buf, sizeof(buf));
  assert_string_equal(buf, "ERR_ACCESS_DENIED ERR_ACCESS_DENIED "
                           "ERR_ACCESS_DENIED ERR_ACCESS_DENIED");
  jsrt_isolate_free(iso);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_parser_collects_pipelined_requests,
                                      nt_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(test_parser_rejects_smuggling_and_garbage,
                                      nt_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(
          test_headers_object_follows_node_duplicate_rules, nt_setup,
          tu_teardown),
      cmocka_unit_test_setup_teardown(
          test_write_message_refuses_header_injection, nt_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(test_tcp_handles_echo_over_loopback,
                                      nt_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(test_connect_refused_reports_the_uv_error,
                                      nt_setup, tu_teardown),
      cmocka_unit_test_setup_teardown(
          test_dns_resolves_localhost_and_reports_enotfound, nt_setup,
          tu_teardown),
      cmocka_unit_test_setup_teardown(
          test_isolate_free_closes_listening_and_open_sockets, nt_setup,
          tu_teardown),
      cmocka_unit_test(test_net_needs_the_capability),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

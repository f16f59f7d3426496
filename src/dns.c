/*
 * dns.c - dns.lookup on libuv's uv_getaddrinfo (the thread pool), as in
 * Node's cares_wrap GetAddrInfo: the callback gets (err, [addresses...])
 * with each address as {address, family}; errors carry Node's codes
 * (EAI_NONAME -> ENOTFOUND).
 */
#include "internal.h"
#include "net.h"

#include <netdb.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  uv_getaddrinfo_t req;
  jsrt_isolate *iso;
  int cb;
  int family;
  char host[];
} dns_req;

static const char *dns_code(int err) {
  switch (err) {
  case UV_EAI_NONAME:
  case UV_EAI_NODATA:
    return "ENOTFOUND";
  case UV_EAI_AGAIN:
    return "EAI_AGAIN";
  default:
    return uv_err_name(err);
  }
}

static void dns_on_resolved(uv_getaddrinfo_t *req, int status,
                            struct addrinfo *res) {
  dns_req *r = (dns_req *)req;
  jsrt_isolate *iso = r->iso;
  duk_context *ctx = iso->ctx;
  jsrt__req_done(iso);
  if (iso->closing || iso->exited || ctx == NULL) {
    if (ctx != NULL)
      jsrt_unref(ctx, r->cb);
    uv_freeaddrinfo(res);
    free(r);
    return;
  }
  jsrt_push_ref(ctx, r->cb);
  jsrt_unref(ctx, r->cb);
  duk_push_undefined(ctx);
  if (status != 0) {
    const char *code = dns_code(status);
    duk_push_error_object(ctx, DUK_ERR_ERROR, "getaddrinfo %s %s", code,
                          r->host);
    duk_push_string(ctx, code);
    duk_put_prop_string(ctx, -2, "code");
    duk_push_int(ctx, status);
    duk_put_prop_string(ctx, -2, "errno");
    duk_push_string(ctx, "getaddrinfo");
    duk_put_prop_string(ctx, -2, "syscall");
    duk_push_string(ctx, r->host);
    duk_put_prop_string(ctx, -2, "hostname");
    duk_push_undefined(ctx);
  } else {
    struct addrinfo *ai;
    duk_uarridx_t n = 0;
    duk_push_null(ctx);
    duk_push_array(ctx);
    /* Node lists IPv4 then IPv6 unless verbatim; keep the resolver's
     * order within each family and drop duplicates of socktype. */
    for (int pass = 0; pass < 2; pass++) {
      for (ai = res; ai != NULL; ai = ai->ai_next) {
        char ip[INET6_ADDRSTRLEN];
        int fam;
        if (ai->ai_socktype != SOCK_STREAM)
          continue;
        if (ai->ai_family == AF_INET && pass == 0) {
          uv_ip4_name((struct sockaddr_in *)ai->ai_addr, ip, sizeof(ip));
          fam = 4;
        } else if (ai->ai_family == AF_INET6 && pass == 1) {
          uv_ip6_name((struct sockaddr_in6 *)ai->ai_addr, ip, sizeof(ip));
          fam = 6;
        } else {
          continue;
        }
        duk_push_object(ctx);
        duk_push_string(ctx, ip);
        duk_put_prop_string(ctx, -2, "address");
        duk_push_int(ctx, fam);
        duk_put_prop_string(ctx, -2, "family");
        duk_put_prop_index(ctx, -2, n++);
      }
    }
    if (n == 0) {
      duk_pop_2(ctx);
      duk_push_error_object(ctx, DUK_ERR_ERROR, "getaddrinfo ENOTFOUND %s",
                            r->host);
      duk_push_string(ctx, "ENOTFOUND");
      duk_put_prop_string(ctx, -2, "code");
      duk_push_string(ctx, "getaddrinfo");
      duk_put_prop_string(ctx, -2, "syscall");
      duk_push_string(ctx, r->host);
      duk_put_prop_string(ctx, -2, "hostname");
      duk_push_undefined(ctx);
    }
  }
  uv_freeaddrinfo(res);
  free(r);
  jsrt__callback(iso, 2);
}

/* getaddrinfo(host, family, hints, cb): family 0, 4 or 6. */
static duk_ret_t dns_getaddrinfo(duk_context *ctx) {
  jsrt_isolate *iso = jsrt_from_context(ctx);
  const char *host;
  duk_size_t len;
  struct addrinfo hints;
  dns_req *r;
  int family, rc;
  if (!jsrt__has_cap(iso, JSRT_CAP_NET))
    return jsrt__throw_access_denied(ctx, "dns");
  host = duk_require_lstring(ctx, 0, &len);
  family = duk_to_int(ctx, 1);
  jsrt__require_function(ctx, 3, "callback");
  jsrt__refs_reserve(ctx, 1); /* r->cb's ref below cannot throw */
  r = malloc(sizeof(*r) + len + 1);
  if (r == NULL)
    return jsrt__throw_oom(ctx);
  memcpy(r->host, host, len + 1);
  r->iso = iso;
  r->family = family;
  memset(&hints, 0, sizeof(hints));
  hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = duk_to_int(ctx, 2);
  rc = uv_getaddrinfo(iso->loop, &r->req, dns_on_resolved, r->host, NULL,
                      &hints);
  if (rc != 0) {
    free(r);
    jsrt__net_push_error(ctx, rc, "getaddrinfo", host, 0);
    return duk_throw(ctx);
  }
  r->cb = jsrt_ref(ctx, 3);
  jsrt__req_start(iso);
  return 0;
}

static const duk_function_list_entry dns_funcs[] = {
    {"getaddrinfo", dns_getaddrinfo, 4},
    {"isIP", jsrt__net_is_ip, 1},
    {NULL, NULL, 0}};

duk_ret_t jsrt__open_dns(duk_context *ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, dns_funcs);
  duk_push_int(ctx, AI_ADDRCONFIG);
  duk_put_prop_string(ctx, -2, "ADDRCONFIG");
  duk_push_int(ctx, AI_V4MAPPED);
  duk_put_prop_string(ctx, -2, "V4MAPPED");
  duk_push_int(ctx, AI_ALL);
  duk_put_prop_string(ctx, -2, "ALL");
  return 1;
}

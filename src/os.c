/*
 * os.c - the native half of the os module: host facts from libuv's uv_os_*,
 * uv_cpu_info, uv_interface_addresses and friends, plus the signal and errno
 * constant tables. src/js/os.js shapes them like Node's os module.
 */
#include "internal.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static duk_ret_t os_hostname(duk_context *ctx) {
  return jsrt__push_uv_string(ctx, uv_os_gethostname, "uv_os_gethostname");
}

/* obj[key] = v, the object on top of the stack */
static void os_put_number(duk_context *ctx, const char *key, double v) {
  duk_push_number(ctx, v);
  duk_put_prop_string(ctx, -2, key);
}

/* obj[key] = s (null when s is NULL, as duk_push_string does) */
static void os_put_string(duk_context *ctx, const char *key, const char *s) {
  duk_push_string(ctx, s);
  duk_put_prop_string(ctx, -2, key);
}

/* uname() -> {sysname, release, version, machine} */
static duk_ret_t os_uname(duk_context *ctx) {
  uv_utsname_t u;
  int rc = uv_os_uname(&u);
  if (rc != 0)
    return jsrt__throw_uv(ctx, rc, "uv_os_uname", NULL, NULL);
  duk_push_object(ctx);
  os_put_string(ctx, "sysname", u.sysname);
  os_put_string(ctx, "release", u.release);
  os_put_string(ctx, "version", u.version);
  os_put_string(ctx, "machine", u.machine);
  return 1;
}

static duk_ret_t os_homedir(duk_context *ctx) {
  return jsrt__push_uv_string(ctx, uv_os_homedir, "uv_os_homedir");
}

static duk_ret_t os_cpus(duk_context *ctx) {
  uv_cpu_info_t *cpus;
  int n, i, rc = uv_cpu_info(&cpus, &n);
  if (rc != 0) { /* Node returns [] when the information is unavailable */
    duk_push_array(ctx);
    return 1;
  }
  duk_push_array(ctx);
  for (i = 0; i < n; i++) {
    duk_push_object(ctx);
    os_put_string(ctx, "model", cpus[i].model != NULL ? cpus[i].model : "");
    os_put_number(ctx, "speed", cpus[i].speed);
    duk_push_object(ctx);
    os_put_number(ctx, "user", (double)cpus[i].cpu_times.user);
    os_put_number(ctx, "nice", (double)cpus[i].cpu_times.nice);
    os_put_number(ctx, "sys", (double)cpus[i].cpu_times.sys);
    os_put_number(ctx, "idle", (double)cpus[i].cpu_times.idle);
    os_put_number(ctx, "irq", (double)cpus[i].cpu_times.irq);
    duk_put_prop_string(ctx, -2, "times");
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
  }
  uv_free_cpu_info(cpus, n);
  return 1;
}

static duk_ret_t os_totalmem(duk_context *ctx) {
  duk_push_number(ctx, (double)uv_get_total_memory());
  return 1;
}

static duk_ret_t os_freemem(duk_context *ctx) {
  duk_push_number(ctx, (double)uv_get_free_memory());
  return 1;
}

static duk_ret_t os_uptime(duk_context *ctx) {
  double up;
  int rc = uv_uptime(&up);
  if (rc != 0)
    return jsrt__throw_uv(ctx, rc, "uv_uptime", NULL, NULL);
  duk_push_number(ctx, up);
  return 1;
}

static duk_ret_t os_loadavg(duk_context *ctx) {
  double avg[3];
  int i;
  uv_loadavg(avg);
  duk_push_array(ctx);
  for (i = 0; i < 3; i++) {
    duk_push_number(ctx, avg[i]);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
  }
  return 1;
}

static duk_ret_t os_available_parallelism(duk_context *ctx) {
  duk_push_uint(ctx, uv_available_parallelism());
  return 1;
}

/* interfaces() -> [[name, address, netmask, family, mac, internal,
 * scopeid], ...]; os.js groups them by name and adds cidr. */
static duk_ret_t os_interfaces(duk_context *ctx) {
  uv_interface_address_t *ifs;
  int n, i, rc = uv_interface_addresses(&ifs, &n);
  char addr[INET6_ADDRSTRLEN], mask[INET6_ADDRSTRLEN], mac[18];
  if (rc != 0)
    return jsrt__throw_uv(ctx, rc, "uv_interface_addresses", NULL, NULL);
  duk_push_array(ctx);
  for (i = 0; i < n; i++) {
    int v6 = ifs[i].address.address4.sin_family == AF_INET6;
    const unsigned char *m = (const unsigned char *)ifs[i].phys_addr;
    if (v6) {
      uv_ip6_name(&ifs[i].address.address6, addr, sizeof(addr));
      uv_ip6_name(&ifs[i].netmask.netmask6, mask, sizeof(mask));
    } else {
      uv_ip4_name(&ifs[i].address.address4, addr, sizeof(addr));
      uv_ip4_name(&ifs[i].netmask.netmask4, mask, sizeof(mask));
    }
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1],
             m[2], m[3], m[4], m[5]);
    duk_push_array(ctx);
    duk_push_string(ctx, ifs[i].name);
    duk_put_prop_index(ctx, -2, 0);
    duk_push_string(ctx, addr);
    duk_put_prop_index(ctx, -2, 1);
    duk_push_string(ctx, mask);
    duk_put_prop_index(ctx, -2, 2);
    duk_push_string(ctx, v6 ? "IPv6" : "IPv4");
    duk_put_prop_index(ctx, -2, 3);
    duk_push_string(ctx, mac);
    duk_put_prop_index(ctx, -2, 4);
    duk_push_boolean(ctx, ifs[i].is_internal);
    duk_put_prop_index(ctx, -2, 5);
    if (v6)
      duk_push_uint(ctx, ifs[i].address.address6.sin6_scope_id);
    else
      duk_push_int(ctx, -1);
    duk_put_prop_index(ctx, -2, 6);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
  }
  uv_free_interface_addresses(ifs, n);
  return 1;
}

/* userInfo() -> {uid, gid, username, homedir, shell} */
static duk_ret_t os_user_info(duk_context *ctx) {
  uv_passwd_t pw;
  int rc = uv_os_get_passwd(&pw);
  if (rc != 0)
    return jsrt__throw_uv(ctx, rc, "uv_os_get_passwd", NULL, NULL);
  duk_push_object(ctx);
  os_put_number(ctx, "uid", (double)pw.uid);
  os_put_number(ctx, "gid", (double)pw.gid);
  os_put_string(ctx, "username", pw.username);
  os_put_string(ctx, "homedir", pw.homedir);
  os_put_string(ctx, "shell", pw.shell);
  uv_os_free_passwd(&pw);
  return 1;
}

static duk_ret_t os_get_priority(duk_context *ctx) {
  int prio, rc = uv_os_getpriority((uv_pid_t)duk_require_int(ctx, 0), &prio);
  if (rc != 0)
    return jsrt__throw_uv(ctx, rc, "uv_os_getpriority", NULL, NULL);
  duk_push_int(ctx, prio);
  return 1;
}

static duk_ret_t os_set_priority(duk_context *ctx) {
  int rc;
  if (!jsrt__has_cap(jsrt_from_context(ctx), JSRT_CAP_PROCESS))
    return jsrt__throw_access_denied(ctx, "os.setPriority()");
  rc = uv_os_setpriority((uv_pid_t)duk_require_int(ctx, 0),
                         duk_require_int(ctx, 1));
  if (rc != 0)
    return jsrt__throw_uv(ctx, rc, "uv_os_setpriority", NULL, NULL);
  return 0;
}

#define OS_C(name)                                                             \
  { #name, name }
static const duk_number_list_entry os_signals[] = {
    OS_C(SIGHUP),    OS_C(SIGINT),    OS_C(SIGQUIT),       OS_C(SIGILL),
    OS_C(SIGTRAP),   OS_C(SIGABRT),   {"SIGIOT", SIGABRT}, OS_C(SIGBUS),
    OS_C(SIGFPE),    OS_C(SIGKILL),   OS_C(SIGUSR1),       OS_C(SIGSEGV),
    OS_C(SIGUSR2),   OS_C(SIGPIPE),   OS_C(SIGALRM),       OS_C(SIGTERM),
    OS_C(SIGCHLD),   OS_C(SIGCONT),   OS_C(SIGSTOP),       OS_C(SIGTSTP),
    OS_C(SIGTTIN),   OS_C(SIGTTOU),   OS_C(SIGURG),        OS_C(SIGXCPU),
    OS_C(SIGXFSZ),   OS_C(SIGVTALRM), OS_C(SIGPROF),       OS_C(SIGWINCH),
    OS_C(SIGIO),     OS_C(SIGSYS),
#ifdef SIGSTKFLT
    OS_C(SIGSTKFLT),
#endif
#ifdef SIGPOLL
    OS_C(SIGPOLL),
#endif
#ifdef SIGPWR
    OS_C(SIGPWR),
#endif
#ifdef SIGINFO
    OS_C(SIGINFO),
#endif
    {NULL, 0.0}};

static const duk_number_list_entry os_errno[] = {
    OS_C(E2BIG),        OS_C(EACCES),
    OS_C(EADDRINUSE),   OS_C(EADDRNOTAVAIL),
    OS_C(EAFNOSUPPORT), OS_C(EAGAIN),
    OS_C(EALREADY),     OS_C(EBADF),
    OS_C(EBADMSG),      OS_C(EBUSY),
    OS_C(ECANCELED),    OS_C(ECHILD),
    OS_C(ECONNABORTED), OS_C(ECONNREFUSED),
    OS_C(ECONNRESET),   OS_C(EDEADLK),
    OS_C(EDESTADDRREQ), OS_C(EDOM),
    OS_C(EDQUOT),       OS_C(EEXIST),
    OS_C(EFAULT),       OS_C(EFBIG),
    OS_C(EHOSTUNREACH), OS_C(EIDRM),
    OS_C(EILSEQ),       OS_C(EINPROGRESS),
    OS_C(EINTR),        OS_C(EINVAL),
    OS_C(EIO),          OS_C(EISCONN),
    OS_C(EISDIR),       OS_C(ELOOP),
    OS_C(EMFILE),       OS_C(EMLINK),
    OS_C(EMSGSIZE),     OS_C(EMULTIHOP),
    OS_C(ENAMETOOLONG), OS_C(ENETDOWN),
    OS_C(ENETRESET),    OS_C(ENETUNREACH),
    OS_C(ENFILE),       OS_C(ENOBUFS),
    OS_C(ENODATA),      OS_C(ENODEV),
    OS_C(ENOENT),       OS_C(ENOEXEC),
    OS_C(ENOLCK),       OS_C(ENOLINK),
    OS_C(ENOMEM),       OS_C(ENOMSG),
    OS_C(ENOPROTOOPT),  OS_C(ENOSPC),
    OS_C(ENOSR),        OS_C(ENOSTR),
    OS_C(ENOSYS),       OS_C(ENOTCONN),
    OS_C(ENOTDIR),      OS_C(ENOTEMPTY),
    OS_C(ENOTSOCK),     OS_C(ENOTSUP),
    OS_C(ENOTTY),       OS_C(ENXIO),
    OS_C(EOPNOTSUPP),   OS_C(EOVERFLOW),
    OS_C(EPERM),        OS_C(EPIPE),
    OS_C(EPROTO),       OS_C(EPROTONOSUPPORT),
    OS_C(EPROTOTYPE),   OS_C(ERANGE),
    OS_C(EROFS),        OS_C(ESPIPE),
    OS_C(ESRCH),        OS_C(ESTALE),
    OS_C(ETIME),        OS_C(ETIMEDOUT),
    OS_C(ETXTBSY),      OS_C(EWOULDBLOCK),
    OS_C(EXDEV),        {NULL, 0.0}};

static const duk_number_list_entry os_priority[] = {
    {"PRIORITY_LOW", UV_PRIORITY_LOW},
    {"PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL},
    {"PRIORITY_NORMAL", UV_PRIORITY_NORMAL},
    {"PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL},
    {"PRIORITY_HIGH", UV_PRIORITY_HIGH},
    {"PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST},
    {NULL, 0.0}};
#undef OS_C

static const duk_function_list_entry os_funcs[] = {
    {"hostname", os_hostname, 0},
    {"uname", os_uname, 0},
    {"homedir", os_homedir, 0},
    {"cpus", os_cpus, 0},
    {"totalmem", os_totalmem, 0},
    {"freemem", os_freemem, 0},
    {"uptime", os_uptime, 0},
    {"loadavg", os_loadavg, 0},
    {"availableParallelism", os_available_parallelism, 0},
    {"interfaces", os_interfaces, 0},
    {"userInfo", os_user_info, 0},
    {"getPriority", os_get_priority, 1},
    {"setPriority", os_set_priority, 2},
    {NULL, NULL, 0}};

duk_ret_t jsrt__open_os(duk_context *ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, os_funcs);
  duk_push_object(ctx);
  duk_put_number_list(ctx, -1, os_signals);
  duk_put_prop_string(ctx, -2, "signals");
  duk_push_object(ctx);
  duk_put_number_list(ctx, -1, os_errno);
  duk_put_prop_string(ctx, -2, "errno");
  duk_push_object(ctx);
  duk_put_number_list(ctx, -1, os_priority);
  duk_put_prop_string(ctx, -2, "priority");
  return 1;
}

/*
 * test_modules.c - the module loader seen from C: capabilities
 * (jsrt_options.caps), module_root confinement (../ escapes, absolute
 * paths, symlinks, package.json main, the node_modules walk), jsrt_run_main
 * statuses, host-registered modules and native addons.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

static char tests_dir[512]; /* directory of this binary */
static char tmp_dir[512];   /* created for the run, removed after */

/* Evaluates src and returns its string result (copied into a static
 * buffer); "THROW:<error text>" when it threw. */
static const char *eval_str(jsrt_isolate *iso, const char *src) {
  static char out[8192];
  duk_context *ctx = jsrt_context(iso);
  int rc = jsrt_eval(iso, src, (size_t)-1, "test");
  if (rc != JSRT_OK)
    snprintf(out, sizeof(out), "THROW:%s", jsrt_last_error(iso));
  else
    snprintf(out, sizeof(out), "%s", duk_safe_to_string(ctx, -1));
  duk_pop(ctx);
  return out;
}

/* The code of the error require(id) throws, "ok" when it loads. */
static const char *require_code(jsrt_isolate *iso, const char *id) {
  char src[4096];
  snprintf(src, sizeof(src),
           "(function () { try { require('%s'); return 'ok'; }"
           " catch (e) { return String(e.code); } })()",
           id);
  return eval_str(iso, src);
}

static jsrt_isolate *new_isolate(unsigned caps, const char *root) {
  jsrt_options o;
  jsrt_isolate *iso;
  jsrt_options_init(&o);
  o.caps = caps;
  o.module_root = root;
  iso = jsrt_isolate_new(&o);
  assert_non_null(iso);
  return iso;
}

/* ---- capabilities ---- */

static void
test_builtins_behind_a_capability_are_denied_without_it(void **state) {
  static const char *const names[] = {
      "fs",  "node:fs",  "fs/promises",   "net",           "http",
      "dns", "node:dns", "child_process", "worker_threads"};
  jsrt_isolate *iso = new_isolate(JSRT_CAP_NONE, NULL);
  size_t i;
  (void)state;
  for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
    assert_string_equal(require_code(iso, names[i]), "ERR_ACCESS_DENIED");
  assert_non_null(strstr(eval_str(iso, "try { require('fs') } catch (e) {"
                                       " e.name + ': ' + e.message }"),
                         "Error: Access to this API has been restricted"));
  /* Modules without a capability still load. */
  assert_string_equal(require_code(iso, "timers"), "ok");
  assert_string_equal(require_code(iso, "module"), "ok");
  jsrt_isolate_free(iso);
}

static void test_each_capability_opens_only_its_modules(void **state) {
  jsrt_isolate *iso = new_isolate(JSRT_CAP_FS, NULL);
  (void)state;
  assert_string_not_equal(require_code(iso, "fs"), "ERR_ACCESS_DENIED");
  assert_string_equal(require_code(iso, "net"), "ERR_ACCESS_DENIED");
  assert_string_equal(require_code(iso, "child_process"), "ERR_ACCESS_DENIED");
  jsrt_isolate_free(iso);

  iso = new_isolate(JSRT_CAP_NET, NULL);
  assert_string_equal(require_code(iso, "fs"), "ERR_ACCESS_DENIED");
  assert_string_not_equal(require_code(iso, "net"), "ERR_ACCESS_DENIED");
  assert_string_not_equal(require_code(iso, "http"), "ERR_ACCESS_DENIED");
  assert_string_not_equal(require_code(iso, "dns"), "ERR_ACCESS_DENIED");
  jsrt_isolate_free(iso);

  iso = new_isolate(JSRT_CAP_PROCESS, NULL);
  assert_string_not_equal(require_code(iso, "child_process"),
                          "ERR_ACCESS_DENIED");
  assert_string_equal(require_code(iso, "fs"), "ERR_ACCESS_DENIED");
  jsrt_isolate_free(iso);

  iso = new_isolate(JSRT_CAP_ALL, NULL);
  assert_string_not_equal(require_code(iso, "fs"), "ERR_ACCESS_DENIED");
  assert_string_not_equal(require_code(iso, "child_process"),
                          "ERR_ACCESS_DENIED");
  jsrt_isolate_free(iso);
}

static void test_denied_module_is_also_denied_from_file_modules(void **state) {
  char path[1024], src[4096];
  jsrt_isolate *iso = new_isolate(JSRT_CAP_NONE, NULL);
  (void)state;
  snprintf(path, sizeof(path), "%s/root/lib/ok.js", tmp_dir);
  snprintf(src, sizeof(src),
           "(function () { var r = require('module').createRequire('%s');"
           " try { r('node:net'); return 'loaded' } catch (e) {"
           " return e.code } })()",
           path);
  assert_string_equal(eval_str(iso, src), "ERR_ACCESS_DENIED");
  jsrt_isolate_free(iso);
}

/* ---- module_root ---- */

static void write_file(const char *rel, const char *text) {
  char path[1024];
  FILE *f;
  snprintf(path, sizeof(path), "%s/%s", tmp_dir, rel);
  f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

static void make_dir(const char *rel) {
  char path[1024];
  snprintf(path, sizeof(path), "%s/%s", tmp_dir, rel);
  assert_int_equal(mkdir(path, 0755), 0);
}

static void make_link(const char *target, const char *rel) {
  char path[1024];
  snprintf(path, sizeof(path), "%s/%s", tmp_dir, rel);
  assert_int_equal(symlink(target, path), 0);
}

/*
 * tmp/outside/secret.js         a file outside the root
 * tmp/node_modules/abovepkg/     a package above the root
 * tmp/root/main.js               defines tryRequire(id) -> 'ok' or e.code
 * tmp/root/lib/ok.js
 * tmp/root/node_modules/pkg/     a package inside
 * tmp/root/node_modules/evil/    package.json main -> ../../../outside
 * tmp/root/link_out.js -> ../outside/secret.js
 * tmp/root/linkdir_out -> ../outside
 * tmp/root/link_in.js -> lib/ok.js
 */
static int setup_tree(void **state) {
  char abs_secret[1024];
  (void)state;
  make_dir("outside");
  write_file("outside/secret.js", "module.exports = 'secret';\n");
  make_dir("node_modules");
  make_dir("node_modules/abovepkg");
  write_file("node_modules/abovepkg/index.js", "module.exports = 'above';\n");
  make_dir("root");
  make_dir("root/lib");
  write_file("root/lib/ok.js", "module.exports = 'ok';\n");
  write_file("root/main.js", "global.tryRequire = function (id) {\n"
                             "  try { require(id); return 'ok'; }\n"
                             "  catch (e) { return String(e.code); }\n"
                             "};\n"
                             "global.tryResolve = function (id) {\n"
                             "  try { return require.resolve(id); }\n"
                             "  catch (e) { return String(e.code); }\n"
                             "};\n"
                             "global.isMain = require.main === module;\n");
  write_file("root/requires_missing.js", "require('./not-there');\n");
  write_file("root/lib/esm_lib.mjs", "export let v = 'esm';\n"
                                     "export function set(x) { v = x; }\n");
  write_file("root/esm_main.mjs",
             "import { v, set } from './lib/esm_lib.mjs';\n"
             "import * as ns from './lib/esm_lib.mjs';\n"
             "set(v + '!');\n"
             "globalThis.esmMain = ns.v + ' ' + typeof this;\n");
  write_file("root/lib/esm_syntax.mjs", "export const ok = 1;\nlet let = 2;\n");
  write_file("root/esm_bad_syntax.mjs",
             "globalThis.ranBad = true;\nimport './lib/esm_syntax.mjs';\n");
  write_file("root/esm_bad_export.mjs",
             "import { nope } from './lib/esm_lib.mjs';\n"
             "globalThis.ranBad = true;\n");
  write_file("root/esm_throws.mjs", "import './esm_main.mjs';\n"
                                    "throw new Error('thrown by esm');\n");
  write_file("root/esm_escape.mjs", "import '../outside/secret.mjs';\n");
  write_file("outside/secret.mjs", "globalThis.ranBad = true;\n");
  write_file("root/esm_net.mjs", "import net from 'node:net';\n");
  write_file("root/spin.js", "exports.partial = true;\nfor (;;) {}\n");
  write_file("root/spin_parent.js",
             "exports.partial = true;\nrequire('./lib/ok');\n"
             "try { require('./spin'); } finally { global.leak = 1; }\n");
  make_dir("root/node_modules");
  make_dir("root/node_modules/pkg");
  write_file("root/node_modules/pkg/index.js", "module.exports = 'pkg';\n");
  make_dir("root/node_modules/evil");
  write_file("root/node_modules/evil/package.json",
             "{\"main\": \"../../../outside/secret.js\"}\n");
  make_link("../outside/secret.js", "root/link_out.js");
  make_link("../outside", "root/linkdir_out");
  make_link("lib/ok.js", "root/link_in.js");
  snprintf(abs_secret, sizeof(abs_secret), "%s/outside/secret.js", tmp_dir);
  make_link(abs_secret, "root/lib/abs_link.js");
  return 0;
}

static jsrt_isolate *rooted_isolate(void) {
  char root[1024], main_js[1024];
  jsrt_isolate *iso;
  snprintf(root, sizeof(root), "%s/root", tmp_dir);
  snprintf(main_js, sizeof(main_js), "%s/root/main.js", tmp_dir);
  iso = new_isolate(JSRT_CAP_NONE, root);
  assert_int_equal(jsrt_run_main(iso, main_js), JSRT_OK);
  assert_string_equal(eval_str(iso, "String(isMain)"), "true");
  return iso;
}

static const char *try_require(jsrt_isolate *iso, const char *id) {
  char src[4096];
  snprintf(src, sizeof(src), "tryRequire('%s')", id);
  return eval_str(iso, src);
}

static void test_modules_inside_the_root_load(void **state) {
  jsrt_isolate *iso = rooted_isolate();
  (void)state;
  assert_string_equal(try_require(iso, "./lib/ok"), "ok");
  assert_string_equal(try_require(iso, "./lib/../lib/ok.js"), "ok");
  assert_string_equal(try_require(iso, "pkg"), "ok");
  assert_string_equal(try_require(iso, "./link_in"), "ok");
  assert_string_equal(try_require(iso, "./missing"), "MODULE_NOT_FOUND");
  jsrt_isolate_free(iso);
}

static void test_dotdot_escapes_are_denied(void **state) {
  jsrt_isolate *iso = rooted_isolate();
  (void)state;
  assert_string_equal(try_require(iso, "../outside/secret"),
                      "ERR_ACCESS_DENIED");
  assert_string_equal(try_require(iso, "./lib/../../outside/secret.js"),
                      "ERR_ACCESS_DENIED");
  /* Even a name that does not exist: nothing outside is probed. */
  assert_string_equal(try_require(iso, "../nothing-here"), "ERR_ACCESS_DENIED");
  assert_string_equal(eval_str(iso, "tryResolve('../outside/secret')"),
                      "ERR_ACCESS_DENIED");
  jsrt_isolate_free(iso);
}

static void test_absolute_paths_outside_the_root_are_denied(void **state) {
  char id[1024];
  jsrt_isolate *iso = rooted_isolate();
  (void)state;
  snprintf(id, sizeof(id), "%s/outside/secret.js", tmp_dir);
  assert_string_equal(try_require(iso, id), "ERR_ACCESS_DENIED");
  assert_string_equal(try_require(iso, "/etc/passwd"), "ERR_ACCESS_DENIED");
  snprintf(id, sizeof(id), "%s/root/lib/ok.js", tmp_dir);
  assert_string_equal(try_require(iso, id), "ok");
  jsrt_isolate_free(iso);
}

static void test_symlinks_pointing_outside_are_denied(void **state) {
  jsrt_isolate *iso = rooted_isolate();
  (void)state;
  assert_string_equal(try_require(iso, "./link_out"), "ERR_ACCESS_DENIED");
  assert_string_equal(try_require(iso, "./link_out.js"), "ERR_ACCESS_DENIED");
  assert_string_equal(try_require(iso, "./linkdir_out/secret"),
                      "ERR_ACCESS_DENIED");
  assert_string_equal(try_require(iso, "./lib/abs_link"), "ERR_ACCESS_DENIED");
  jsrt_isolate_free(iso);
}

static void test_packages_cannot_lead_out_of_the_root(void **state) {
  jsrt_isolate *iso = rooted_isolate();
  (void)state;
  /* package.json main pointing outside */
  assert_string_equal(try_require(iso, "evil"), "ERR_ACCESS_DENIED");
  /* the node_modules walk stops at the root */
  assert_string_equal(try_require(iso, "abovepkg"), "MODULE_NOT_FOUND");
  jsrt_isolate_free(iso);
}

static void test_loader_internals_cannot_read_outside_the_root(void **state) {
  char src[4096];
  jsrt_isolate *iso = rooted_isolate();
  (void)state;
  write_file("outside/data.json", "{\"secret\": 42}\n");
  /* require.extensions handlers called by hand with an outside path */
  snprintf(src, sizeof(src),
           "(function () { var m = { exports: {} }, r = [];"
           " ['.json', '.js', '.node'].forEach(function (ext) {"
           "  try { require('module')._extensions[ext](m, '%s/outside/' +"
           "   (ext === '.json' ? 'data.json' : 'secret.js'));"
           "   r.push('read'); } catch (e) { r.push(e.code || String(e)); } });"
           " return r.join() + ' ' + JSON.stringify(m.exports) })()",
           tmp_dir);
  assert_string_equal(
      eval_str(iso, src),
      "ERR_ACCESS_DENIED,ERR_ACCESS_DENIED,ERR_ACCESS_DENIED {}");
  /* a symlink inside that points out, through the same handlers */
  snprintf(src, sizeof(src),
           "(function () { try { require('module')._extensions['.js']({ "
           "exports: {} },"
           " '%s/root/link_out.js'); return 'read' } catch (e) {"
           " return e.code } })()",
           tmp_dir);
  assert_string_equal(eval_str(iso, src), "ERR_ACCESS_DENIED");
  jsrt_isolate_free(iso);
}

static void test_run_main_outside_the_root_is_eacces(void **state) {
  char root[1024], path[1024];
  jsrt_isolate *iso;
  (void)state;
  snprintf(root, sizeof(root), "%s/root", tmp_dir);
  iso = new_isolate(JSRT_CAP_NONE, root);
  snprintf(path, sizeof(path), "%s/outside/secret.js", tmp_dir);
  assert_int_equal(jsrt_run_main(iso, path), JSRT_EACCES);
  assert_non_null(strstr(jsrt_last_error(iso), "outside the module root"));
  snprintf(path, sizeof(path), "%s/root/link_out.js", tmp_dir);
  assert_int_equal(jsrt_run_main(iso, path), JSRT_EACCES);
  assert_int_equal(duk_get_top(jsrt_context(iso)), 0);
  jsrt_isolate_free(iso);
}

/* ---- jsrt_run_main ---- */

static void test_run_main_statuses(void **state) {
  char path[1024];
  jsrt_isolate *iso = new_isolate(JSRT_CAP_ALL, NULL);
  (void)state;
  snprintf(path, sizeof(path), "%s/root/nope.js", tmp_dir);
  assert_int_equal(jsrt_run_main(iso, path), JSRT_ENOENT);
  assert_non_null(strstr(jsrt_last_error(iso), "Cannot find module"));
  /* A main that requires a missing module is an ordinary JS error. */
  snprintf(path, sizeof(path), "%s/root/requires_missing.js", tmp_dir);
  assert_int_equal(jsrt_run_main(iso, path), JSRT_ERROR);
  assert_non_null(strstr(jsrt_last_error(iso), "./not-there"));
  /* The extension may be left out, as with node. */
  snprintf(path, sizeof(path), "%s/root/main", tmp_dir);
  assert_int_equal(jsrt_run_main(iso, path), JSRT_OK);
  assert_string_equal(eval_str(iso, "String(isMain)"), "true");
  assert_int_equal(duk_get_top(jsrt_context(iso)), 0);
  assert_int_equal(jsrt_run_main(NULL, path), JSRT_EINVAL);
  assert_int_equal(jsrt_run_main(iso, NULL), JSRT_EINVAL);
  jsrt_isolate_free(iso);
}

/* An ES module main: the graph links before anything runs, a failed one
 * runs nothing and leaves the isolate usable; module_root and
 * capabilities confine imports as they confine require. */
static void test_run_main_of_an_es_module(void **state) {
  char path[1024], root[1024];
  jsrt_isolate *iso = new_isolate(JSRT_CAP_ALL, NULL);
  (void)state;
  snprintf(path, sizeof(path), "%s/root/esm_bad_syntax.mjs", tmp_dir);
  assert_int_equal(jsrt_run_main(iso, path), JSRT_ERROR);
  assert_non_null(strstr(jsrt_last_error(iso), "SyntaxError"));
  assert_non_null(strstr(jsrt_last_error(iso), "esm_syntax.mjs:2:5"));
  snprintf(path, sizeof(path), "%s/root/esm_bad_export.mjs", tmp_dir);
  assert_int_equal(jsrt_run_main(iso, path), JSRT_ERROR);
  assert_non_null(strstr(jsrt_last_error(iso),
                         "The requested module './lib/esm_lib.mjs' does not "
                         "provide an export named 'nope'"));
  assert_string_equal(eval_str(iso, "typeof ranBad"), "undefined");
  snprintf(path, sizeof(path), "%s/root/esm_nope.mjs", tmp_dir);
  assert_int_equal(jsrt_run_main(iso, path), JSRT_ENOENT);
  snprintf(path, sizeof(path), "%s/root/esm_main.mjs", tmp_dir);
  assert_int_equal(jsrt_run_main(iso, path), JSRT_OK);
  assert_string_equal(eval_str(iso, "esmMain"), "esm! undefined");
  snprintf(path, sizeof(path), "%s/root/esm_throws.mjs", tmp_dir);
  assert_int_equal(jsrt_run_main(iso, path), JSRT_ERROR);
  assert_non_null(strstr(jsrt_last_error(iso), "thrown by esm"));
  assert_int_equal(duk_get_top(jsrt_context(iso)), 0);
  jsrt_isolate_free(iso);

  snprintf(root, sizeof(root), "%s/root", tmp_dir);
  iso = new_isolate(JSRT_CAP_NONE, root);
  snprintf(path, sizeof(path), "%s/root/esm_escape.mjs", tmp_dir);
  assert_int_equal(jsrt_run_main(iso, path), JSRT_EACCES);
  snprintf(path, sizeof(path), "%s/outside/secret.mjs", tmp_dir);
  assert_int_equal(jsrt_run_main(iso, path), JSRT_EACCES);
  snprintf(path, sizeof(path), "%s/root/esm_net.mjs", tmp_dir);
  assert_int_equal(jsrt_run_main(iso, path), JSRT_EACCES);
  assert_string_equal(eval_str(iso, "typeof ranBad"), "undefined");
  snprintf(path, sizeof(path), "%s/root/esm_main.mjs", tmp_dir);
  assert_int_equal(jsrt_run_main(iso, path), JSRT_OK);
  assert_string_equal(eval_str(iso, "esmMain"), "esm! undefined");
  jsrt_isolate_free(iso);
}

static void test_module_stopped_by_the_budget_is_not_cached(void **state) {
  char src[4096];
  jsrt_options o;
  jsrt_isolate *iso;
  int i;
  (void)state;
  jsrt_options_init(&o);
  o.timeout_ms = tu_timeout(50); /* the requires that finish must fit */
  iso = jsrt_isolate_new(&o);
  assert_non_null(iso);
  snprintf(src, sizeof(src), "require('%s/root/spin.js')", tmp_dir);
  /* Stopped twice: the second require runs the file again instead of
   * returning the half-loaded exports left by the first. */
  for (i = 0; i < 2; i++) {
    assert_int_equal(jsrt_eval(iso, src, (size_t)-1, "t"), JSRT_ETIMEOUT);
    duk_pop(jsrt_context(iso));
  }
  snprintf(src, sizeof(src), "String(require.cache['%s/root/spin.js'])",
           tmp_dir);
  assert_string_equal(eval_str(iso, src), "undefined");
  /* Nested: every module of the chain that was loading is dropped, the
   * ones that finished stay. */
  snprintf(src, sizeof(src), "require('%s/root/spin_parent.js')", tmp_dir);
  assert_int_equal(jsrt_eval(iso, src, (size_t)-1, "t"), JSRT_ETIMEOUT);
  duk_pop(jsrt_context(iso));
  snprintf(src, sizeof(src),
           "var c = require.cache, d = '%s/root/'; [typeof c[d + "
           "'spin_parent.js'], typeof c[d + 'spin.js'], typeof c[d + "
           "'lib/ok.js'], typeof global.leak].join()",
           tmp_dir);
  assert_string_equal(eval_str(iso, src),
                      "undefined,undefined,object,undefined");
  jsrt_isolate_free(iso);
}

/* ---- host-registered modules ---- */

static int host_init(duk_context *ctx, void *udata) {
  duk_push_object(ctx);
  duk_push_string(ctx, udata);
  duk_put_prop_string(ctx, -2, "name");
  return 0;
}

static int host_init_fails(duk_context *ctx, void *udata) {
  (void)ctx;
  (void)udata;
  return -1;
}

static void
test_registered_modules_are_visible_from_file_modules(void **state) {
  char src[4096];
  jsrt_isolate *iso = new_isolate(JSRT_CAP_NONE, NULL);
  (void)state;
  assert_int_equal(jsrt_register_module(iso, "host", host_init, (void *)"H"),
                   0);
  assert_int_equal(
      jsrt_register_module(iso, "node:fs", host_init, (void *)"fake fs"), 0);
  assert_int_equal(jsrt_register_module(iso, "bad", host_init_fails, NULL), 0);
  assert_int_equal(jsrt_register_module(iso, "", host_init, NULL), JSRT_EINVAL);
  assert_int_equal(jsrt_register_module(iso, "x", NULL, NULL), JSRT_EINVAL);
  snprintf(src, sizeof(src),
           "(function () { var r = require('module').createRequire('%s/root/"
           "lib/ok.js'); return [r('host').name, r('node:host') === "
           "r('host'), r('fs').name, require('host') === r('host'), "
           "require('module').isBuiltin('host')].join() })()",
           tmp_dir);
  /* A host module may stand in for a denied built-in. */
  assert_string_equal(eval_str(iso, src), "H,true,fake fs,true,true");
  assert_string_equal(require_code(iso, "bad"), "ERR_MODULE_INIT");
  jsrt_isolate_free(iso);
}

static void
test_global_require_of_eval_scripts_has_resolve_and_cache(void **state) {
  jsrt_isolate *iso = new_isolate(JSRT_CAP_ALL, NULL);
  (void)state;
  assert_string_equal(
      eval_str(iso, "[require.resolve('timers'), typeof require.cache,"
                    " Object.keys(require.extensions).join('|'),"
                    " String(require.main),"
                    " require.resolve.paths('x')[0] === process.cwd() +"
                    " '/node_modules'].join()"),
      "timers,object,.js|.json|.node,undefined,true");
  jsrt_isolate_free(iso);
}

/* ---- native addons ---- */

static void addon_path(char *out, size_t n, const char *name) {
  snprintf(out, n, "%s/addons/%s.node", tests_dir, name);
}

static void test_addon_loads_and_its_functions_work(void **state) {
  char path[1024], src[4096];
  jsrt_isolate *iso = new_isolate(JSRT_CAP_NATIVE, NULL);
  (void)state;
  addon_path(path, sizeof(path), "hello");
  snprintf(src, sizeof(src),
           "(function () { var h = require('%s'); return [h.add(2, 3), "
           "h.greet('addon'), h.sameIsolate, require('%s') === h].join() })()",
           path, path);
  assert_string_equal(eval_str(iso, src), "5,hello, addon,true,true");
  jsrt_isolate_free(iso);
}

static void test_addon_needs_the_native_capability(void **state) {
  char path[1024];
  jsrt_isolate *iso = new_isolate(JSRT_CAP_ALL & ~JSRT_CAP_NATIVE, NULL);
  (void)state;
  addon_path(path, sizeof(path), "hello");
  assert_string_equal(require_code(iso, path), "ERR_ACCESS_DENIED");
  jsrt_isolate_free(iso);
}

static void test_addon_errors_are_clear(void **state) {
  char path[1024], src[4096];
  const char *r;
  jsrt_isolate *iso = new_isolate(JSRT_CAP_ALL, NULL);
  (void)state;
  addon_path(path, sizeof(path), "nosym");
  snprintf(src, sizeof(src),
           "try { require('%s') } catch (e) { e.code + ': ' + e.message }",
           path);
  r = eval_str(iso, src);
  assert_non_null(strstr(r, "ERR_DLOPEN_FAILED: "));
  assert_non_null(strstr(r, "does not export jsrt_addon_init"));
  assert_non_null(strstr(r, "nosym.node"));

  addon_path(path, sizeof(path), "failinit");
  assert_string_equal(require_code(iso, path), "ERR_MODULE_INIT");

  /* Not a shared object at all. */
  write_file("root/fake.node", "not an ELF file\n");
  snprintf(path, sizeof(path), "%s/root/fake.node", tmp_dir);
  assert_string_equal(require_code(iso, path), "ERR_DLOPEN_FAILED");
  jsrt_isolate_free(iso);
}

static void test_addons_respect_the_module_root(void **state) {
  char path[1024];
  jsrt_isolate *iso;
  (void)state;
  iso = rooted_isolate();
  addon_path(path, sizeof(path), "hello");
  /* rooted_isolate has no caps at all; the root check comes first */
  assert_string_equal(try_require(iso, path), "ERR_ACCESS_DENIED");
  jsrt_isolate_free(iso);
}

/* ---- async native work: jsrt_hold / jsrt_release ---- */

typedef struct {
  uv_work_t req;
  jsrt_isolate *iso;
  int callback;
  int *done;
} sleep_job;

static void sleep_work(uv_work_t *req) {
  (void)req;
  uv_sleep(50);
}

static void sleep_done(uv_work_t *req, int status) {
  sleep_job *job = req->data;
  duk_context *ctx = jsrt_context(job->iso);
  (void)status;
  jsrt_push_ref(ctx, job->callback);
  jsrt_unref(ctx, job->callback);
  assert_int_equal(jsrt_pcall(job->iso, 0), JSRT_OK);
  duk_pop(ctx);
  (*job->done)++;
  jsrt_release(job->iso);
  free(job);
}

static duk_ret_t sleeper_start(duk_context *ctx) {
  sleep_job *job = malloc(sizeof(*job));
  duk_push_current_function(ctx);
  duk_get_prop_string(ctx, -1, "done");
  job->done = duk_get_pointer(ctx, -1);
  duk_pop_2(ctx);
  job->req.data = job;
  job->iso = jsrt_from_context(ctx);
  job->callback = jsrt_ref(ctx, 0);
  assert_int_equal(
      uv_queue_work(jsrt_loop(job->iso), &job->req, sleep_work, sleep_done), 0);
  jsrt_hold(job->iso);
  return 0;
}

static int sleeper_init(duk_context *ctx, void *udata) {
  duk_push_c_function(ctx, sleeper_start, 1);
  duk_push_pointer(ctx, udata);
  duk_put_prop_string(ctx, -2, "done");
  return 0;
}

static void
test_held_work_keeps_run_waiting_and_free_waits_for_it(void **state) {
  int done = 0;
  jsrt_isolate *iso = new_isolate(JSRT_CAP_NONE, NULL);
  (void)state;
  assert_int_equal(jsrt_register_module(iso, "sleeper", sleeper_init, &done),
                   0);
  assert_string_equal(eval_str(iso, "var got = 0; require('sleeper')("
                                    "function () { got++ }); 'started'"),
                      "started");
  assert_int_equal(jsrt_run(iso, JSRT_RUN_DEFAULT), 0);
  assert_int_equal(done, 1);
  assert_string_equal(eval_str(iso, "String(got)"), "1");

  /* Freed while the work is still on the pool: free waits for it, and the
   * callback still finds the heap. */
  assert_string_equal(eval_str(iso, "require('sleeper')(function () {}); 'x'"),
                      "x");
  jsrt_isolate_free(iso);
  assert_int_equal(done, 2);
  jsrt_hold(NULL);
  jsrt_release(NULL);
}

static int group_setup(void **state) {
  char *slash;
  (void)state;
  snprintf(tmp_dir, sizeof(tmp_dir), "/tmp/jsrt_test_modules_XXXXXX");
  if (mkdtemp(tmp_dir) == NULL)
    return -1;
  /* module_root is compared after realpath(): use the real name. */
  {
    char *real = realpath(tmp_dir, NULL);
    if (real == NULL)
      return -1;
    snprintf(tmp_dir, sizeof(tmp_dir), "%s", real);
    free(real);
  }
  slash = strrchr(tests_dir, '/');
  if (slash != NULL)
    *slash = '\0';
  else
    snprintf(tests_dir, sizeof(tests_dir), ".");
  return setup_tree(state);
}

static int group_teardown(void **state) {
  char cmd[1024];
  (void)state;
  snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp_dir);
  return system(cmd) == 0 ? 0 : -1;
}

int main(int argc, char **argv) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_builtins_behind_a_capability_are_denied_without_it),
      cmocka_unit_test(test_each_capability_opens_only_its_modules),
      cmocka_unit_test(test_denied_module_is_also_denied_from_file_modules),
      cmocka_unit_test(test_modules_inside_the_root_load),
      cmocka_unit_test(test_dotdot_escapes_are_denied),
      cmocka_unit_test(test_absolute_paths_outside_the_root_are_denied),
      cmocka_unit_test(test_symlinks_pointing_outside_are_denied),
      cmocka_unit_test(test_packages_cannot_lead_out_of_the_root),
      cmocka_unit_test(test_loader_internals_cannot_read_outside_the_root),
      cmocka_unit_test(test_run_main_outside_the_root_is_eacces),
      cmocka_unit_test(test_run_main_statuses),
      cmocka_unit_test(test_run_main_of_an_es_module),
      cmocka_unit_test(test_module_stopped_by_the_budget_is_not_cached),
      cmocka_unit_test(test_registered_modules_are_visible_from_file_modules),
      cmocka_unit_test(
          test_global_require_of_eval_scripts_has_resolve_and_cache),
      cmocka_unit_test(test_addon_loads_and_its_functions_work),
      cmocka_unit_test(test_addon_needs_the_native_capability),
      cmocka_unit_test(test_addon_errors_are_clear),
      cmocka_unit_test(test_addons_respect_the_module_root),
      cmocka_unit_test(test_held_work_keeps_run_waiting_and_free_waits_for_it),
  };
  (void)argc;
  {
    char *real = realpath(argv[0], NULL);
    snprintf(tests_dir, sizeof(tests_dir), "%s", real ? real : argv[0]);
    free(real);
  }
  return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

/*
 * native_module.c - a C module used from JavaScript: the host registers
 * "geometry" with Duktape's function-list API, and the script requires it
 * like any other module.
 */
#include <math.h>
#include <stdio.h>

#include "jsrt.h"

/* geometry.hypot(a, b) */
static duk_ret_t geometry_hypot(duk_context *ctx) {
  double a = duk_require_number(ctx, 0), b = duk_require_number(ctx, 1);
  duk_push_number(ctx, sqrt(a * a + b * b));
  return 1;
}

/* geometry.scale(points, k) -> new array of {x, y} */
static duk_ret_t geometry_scale(duk_context *ctx) {
  duk_size_t i, n;
  double k = duk_require_number(ctx, 1);
  if (!duk_is_array(ctx, 0))
    return duk_error(ctx, DUK_ERR_TYPE_ERROR, "points must be an array");
  n = duk_get_length(ctx, 0);
  duk_push_array(ctx);
  for (i = 0; i < n; i++) {
    duk_get_prop_index(ctx, 0, (duk_uarridx_t)i);
    duk_push_object(ctx);
    duk_get_prop_string(ctx, -2, "x");
    duk_push_number(ctx, duk_to_number(ctx, -1) * k);
    duk_put_prop_string(ctx, -3, "x");
    duk_pop(ctx);
    duk_get_prop_string(ctx, -2, "y");
    duk_push_number(ctx, duk_to_number(ctx, -1) * k);
    duk_put_prop_string(ctx, -3, "y");
    duk_pop(ctx);
    duk_put_prop_index(ctx, -3, (duk_uarridx_t)i);
    duk_pop(ctx);
  }
  return 1;
}

static const duk_function_list_entry geometry_funcs[] = {
    {"hypot", geometry_hypot, 2},
    {"scale", geometry_scale, 2},
    {NULL, NULL, 0}};

static int geometry_init(duk_context *ctx, void *udata) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, geometry_funcs);
  duk_push_string(ctx, udata);
  duk_put_prop_string(ctx, -2, "units");
  return 0;
}

int main(void) {
  static char units[] = "metres";
  jsrt_isolate *iso = jsrt_isolate_new(NULL);
  int rc;
  if (iso == NULL)
    return 1;
  jsrt_register_module(iso, "geometry", geometry_init, units);
  rc = jsrt_eval(iso,
                 "var g = require('geometry');\n"
                 "console.log('hypot(3, 4) =', g.hypot(3, 4), g.units);\n"
                 "var s = g.scale([{x: 1, y: 2}, {x: 3, y: 4}], 10);\n"
                 "console.log('scaled:', JSON.stringify(s));\n"
                 "try { g.scale('nope', 1) } catch (e) {\n"
                 "  console.log('bad input:', e.name + ': ' + e.message);\n"
                 "}\n",
                 (size_t)-1, "native_module.js");
  duk_pop(jsrt_context(iso));
  if (rc != JSRT_OK)
    fprintf(stderr, "%s\n", jsrt_last_error(iso));
  jsrt_run(iso, JSRT_RUN_DEFAULT);
  jsrt_isolate_free(iso);
  return rc == JSRT_OK ? 0 : 1;
}

/*
 * engine.c - Duktape itself, compiled from the source duktape-dev ships with
 * the duk_config.h the Makefile derives from it (interrupt counter, exec
 * timeout check and fatal handler routed to us; see mk/duk_config.sed), plus
 * the internals the public API lacks, all jsrt__duk_* (declared in
 * internal.h): the forced interrupt, the error-creation flag, an object's
 * class, the fast slots and records the hot paths read and write in place.
 */
#include "duktape.c"

#include "internal.h"

/* Makes the executor take its interrupt at the next bytecode instruction,
 * where jsrt__exec_timeout_check() decides; used by process.exit() so that
 * the script stops at once instead of up to 256k instructions later. */
void jsrt__duk_request_interrupt(duk_context *ctx) {
  duk_hthread *thr = (duk_hthread *)ctx;
  thr->interrupt_init -= thr->interrupt_counter;
  thr->interrupt_counter = 0;
}

/* Whether Duktape is building an error object right now (the allocator
 * lets that exceed the memory limit a little: see heap.c). */
int jsrt__duk_creating_error(duk_context *ctx) {
  duk_hthread *thr = (duk_hthread *)ctx;
  return thr->heap != NULL && thr->heap->creating_error;
}

/* The internal class of the object at idx ("Date", "Uint8Array", ...), which
 * no prototype change or Symbol.toStringTag can fake; NULL for
 * non-objects. util.types is built on it. */
const char *jsrt__duk_class_name(duk_context *ctx, duk_idx_t idx) {
  static const char *const names[DUK_HOBJECT_CLASS_MAX + 1] = {
      "",
      "Object",
      "Array",
      "Function",
      "Arguments",
      "Boolean",
      "Date",
      "Error",
      "JSON",
      "Math",
      "Number",
      "RegExp",
      "String",
      "global",
      "Symbol",
      "ObjEnv",
      "DecEnv",
      "Pointer",
      "Thread",
      "ArrayBuffer",
      "DataView",
      "Int8Array",
      "Uint8Array",
      "Uint8ClampedArray",
      "Int16Array",
      "Uint16Array",
      "Int32Array",
      "Uint32Array",
      "Float32Array",
      "Float64Array"};
  duk_hobject *h = duk_get_hobject((duk_hthread *)ctx, idx);
  duk_small_uint_t cls;
  if (h == NULL)
    return NULL;
  cls = DUK_HOBJECT_GET_CLASS_NUMBER(h);
  return cls <= DUK_HOBJECT_CLASS_MAX ? names[cls] : "";
}

/*
 * Fast slots for the runtime's own bookkeeping (promise state, reaction
 * records, the refs array, queues): the public property API interns or
 * coerces the key, walks the prototype chain and grows property tables one
 * step at a time, which was most of a promise resolution's cost (see
 * bench/loop/README.md). These read and write values in place. Keys are
 * string heap pointers the caller keeps reachable (a stash object's keys);
 * hidden ("\xff") keys only, so no script can make them accessors.
 */

/* Pushes a new extensible object with prototype proto (a heap pointer, or
 * NULL) and the n keys as own properties (writable, configurable, and
 * enumerable when asked; undefined), in one allocation of its property
 * table. */
void jsrt__duk_push_object_slots(duk_context *ctx, void *proto,
                                 void *const *keys, unsigned n,
                                 int enumerable) {
  duk_hthread *thr = (duk_hthread *)ctx;
  duk_hobject *h = duk_push_object_helper_proto(
      thr,
      DUK_HOBJECT_FLAG_EXTENSIBLE | DUK_HOBJECT_FLAG_FASTREFS |
          DUK_HOBJECT_CLASS_AS_FLAGS(DUK_HOBJECT_CLASS_OBJECT),
      (duk_hobject *)proto);
  unsigned i;
  duk_hobject_realloc_props(thr, h, n, 0, 0, 0);
  for (i = 0; i < n; i++) {
    duk_uint32_t e = DUK_HOBJECT_POSTINC_ENEXT(h);
    DUK_HOBJECT_E_SET_KEY(thr->heap, h, e, (duk_hstring *)keys[i]);
    DUK_HSTRING_INCREF(thr, (duk_hstring *)keys[i]);
    DUK_TVAL_SET_UNDEFINED(DUK_HOBJECT_E_GET_VALUE_TVAL_PTR(thr->heap, h, e));
    DUK_HOBJECT_E_SET_FLAGS(thr->heap, h, e,
                            enumerable ? DUK_PROPDESC_FLAGS_WEC
                                       : DUK_PROPDESC_FLAGS_WC);
  }
}

/* Whether Get(obj, key) is certainly value without running anything:
 * obj's prototype is proto, obj has no own key and proto's is a data
 * property holding the object value (key: a heap string pointer; for
 * jsrt__duk_constructor_is "constructor"). 0 means "ask the slow way". */
static int engine_inherited_is(duk_context *ctx, duk_idx_t obj, void *proto,
                               duk_hstring *key, void *value) {
  duk_hthread *thr = (duk_hthread *)ctx;
  duk_hobject *h = duk_get_hobject(thr, obj);
  duk_int_t e_idx, h_idx;
  duk_tval *tv;
  if (h == NULL || DUK_HOBJECT_IS_PROXY(h) ||
      DUK_HOBJECT_GET_PROTOTYPE(thr->heap, h) != (duk_hobject *)proto ||
      duk_hobject_find_entry(thr->heap, h, key, &e_idx, &h_idx))
    return 0;
  tv = duk_hobject_find_entry_tval_ptr(thr->heap, (duk_hobject *)proto, key);
  return tv != NULL && DUK_TVAL_IS_OBJECT(tv) &&
         DUK_TVAL_GET_OBJECT(tv) == (duk_hobject *)value;
}

int jsrt__duk_constructor_is(duk_context *ctx, duk_idx_t obj, void *proto,
                             void *ctor) {
  return engine_inherited_is(ctx, obj, proto,
                             DUK_HTHREAD_STRING_CONSTRUCTOR((duk_hthread *)ctx),
                             ctor);
}

int jsrt__duk_inherited_is(duk_context *ctx, duk_idx_t obj, void *proto,
                           void *key, void *value) {
  return engine_inherited_is(ctx, obj, proto, (duk_hstring *)key, value);
}

/* The value slot of obj's own data property key, or NULL. Small objects
 * (no hash part: ours) are scanned inline. */
static duk_tval *engine_own_slot(duk_context *ctx, duk_idx_t obj, void *key) {
  duk_hthread *thr = (duk_hthread *)ctx;
  duk_hobject *h = duk_get_hobject(thr, obj);
  duk_hstring **keys;
  duk_uint_fast32_t i, n;
  if (h == NULL)
    return NULL;
  if (DUK_HOBJECT_GET_HSIZE(h) != 0)
    return duk_hobject_find_entry_tval_ptr(thr->heap, h, (duk_hstring *)key);
  keys = DUK_HOBJECT_E_GET_KEY_BASE(thr->heap, h);
  n = DUK_HOBJECT_GET_ENEXT(h);
  for (i = 0; i < n; i++) {
    if (keys[i] == (duk_hstring *)key)
      return DUK_HOBJECT_E_SLOT_IS_ACCESSOR(thr->heap, h, i)
                 ? NULL
                 : DUK_HOBJECT_E_GET_VALUE_TVAL_PTR(thr->heap, h, i);
  }
  return NULL;
}

/* Pushes the own data property key of obj and leaves undefined in its
 * place (the reference moves); pushes undefined when there is none. */
void jsrt__duk_take_own(duk_context *ctx, duk_idx_t obj, void *key) {
  duk_tval *tv = engine_own_slot(ctx, obj, key), *top;
  duk_push_undefined(ctx);
  if (tv == NULL)
    return;
  top = duk_get_tval((duk_hthread *)ctx, -1);
  DUK_TVAL_SET_TVAL(top, tv);
  DUK_TVAL_SET_UNDEFINED(tv);
}

/* Pushes the own data property key of the object at obj (undefined when
 * it has none or obj is not an object); returns whether it exists. */
int jsrt__duk_get_own(duk_context *ctx, duk_idx_t obj, void *key) {
  duk_tval *tv = engine_own_slot(ctx, obj, key);
  if (tv == NULL) {
    duk_push_undefined(ctx);
    return 0;
  }
  duk_push_tval((duk_hthread *)ctx, tv);
  return 1;
}

/* The own property key of obj as an int (dflt when absent). */
int jsrt__duk_get_own_int(duk_context *ctx, duk_idx_t obj, void *key,
                          int dflt) {
  duk_tval *tv = engine_own_slot(ctx, obj, key);
  if (tv == NULL || !DUK_TVAL_IS_NUMBER(tv))
    return dflt;
  return (int)DUK_TVAL_GET_NUMBER(tv);
}

/* [... v] -> [...]: sets (or defines, writable and configurable) the own
 * property key of the object at obj; ignores extensibility, as internal
 * slots do. */
void jsrt__duk_put_own(duk_context *ctx, duk_idx_t obj, void *key) {
  duk_hthread *thr = (duk_hthread *)ctx;
  duk_hobject *h;
  duk_tval *tv;
  obj = duk_require_normalize_index(ctx, obj);
  h = duk_require_hobject(thr, obj);
  tv = engine_own_slot(ctx, obj, key);
  if (tv != NULL) {
    DUK_TVAL_SET_TVAL_UPDREF(thr, tv, duk_get_tval(thr, -1));
    duk_pop(ctx);
    return;
  }
  duk_hobject_define_property_internal(thr, h, (duk_hstring *)key,
                                       DUK_PROPDESC_FLAGS_WC);
}

/* [... v] -> [...] when obj has key as a writable own data property, which
 * it sets; otherwise returns 0 and leaves v (visible keys a script may
 * have redefined take the ordinary path then). */
int jsrt__duk_put_own_existing(duk_context *ctx, duk_idx_t obj, void *key) {
  duk_hthread *thr = (duk_hthread *)ctx;
  duk_hobject *h = duk_get_hobject(thr, obj);
  duk_int_t e_idx, h_idx;
  duk_tval *tv;
  if (h == NULL ||
      !duk_hobject_find_entry(thr->heap, h, (duk_hstring *)key, &e_idx,
                              &h_idx) ||
      DUK_HOBJECT_E_SLOT_IS_ACCESSOR(thr->heap, h, e_idx) ||
      !DUK_HOBJECT_E_SLOT_IS_WRITABLE(thr->heap, h, e_idx))
    return 0;
  tv = DUK_HOBJECT_E_GET_VALUE_TVAL_PTR(thr->heap, h, e_idx);
  DUK_TVAL_SET_TVAL_UPDREF(thr, tv, duk_get_tval(thr, -1));
  duk_pop(ctx);
  return 1;
}

void jsrt__duk_put_own_int(duk_context *ctx, duk_idx_t obj, void *key, int v) {
  duk_tval *tv = engine_own_slot(ctx, obj, key);
  if (tv != NULL) {
    DUK_TVAL_SET_NUMBER_UPDREF((duk_hthread *)ctx, tv, (duk_double_t)v);
    return;
  }
  obj = duk_require_normalize_index(ctx, obj);
  duk_push_int(ctx, v);
  jsrt__duk_put_own(ctx, obj, key);
}

/* Records: arrays without a prototype whose n slots are allocated at once
 * and read and written by index in place. An index beyond the allocation
 * (or a record grown into a sparse array) takes the ordinary path. */
void jsrt__duk_push_record(duk_context *ctx, unsigned n) {
  duk_hthread *thr = (duk_hthread *)ctx;
  duk_harray *a;
  duk_push_bare_array(ctx);
  a = (duk_harray *)duk_get_hobject(thr, -1);
  duk_hobject_realloc_props(thr, (duk_hobject *)a, 0, n, 0, 0);
  a->length = n;
}

static duk_tval *engine_record_slot(duk_context *ctx, duk_idx_t rec,
                                    unsigned i) {
  duk_hobject *h = duk_get_hobject((duk_hthread *)ctx, rec);
  if (h == NULL || !DUK_HOBJECT_HAS_ARRAY_PART(h) ||
      i >= DUK_HOBJECT_GET_ASIZE(h))
    return NULL;
  return DUK_HOBJECT_A_GET_VALUE_PTR(((duk_hthread *)ctx)->heap, h, i);
}

/* Pushes slot i of the record at rec (undefined when unset). */
void jsrt__duk_record_get(duk_context *ctx, duk_idx_t rec, unsigned i) {
  duk_tval *tv = engine_record_slot(ctx, rec, i);
  if (tv == NULL) {
    duk_get_prop_index(ctx, rec, (duk_uarridx_t)i);
    return;
  }
  if (DUK_TVAL_IS_UNUSED(tv))
    duk_push_undefined(ctx);
  else
    duk_push_tval((duk_hthread *)ctx, tv);
}

int jsrt__duk_record_get_int(duk_context *ctx, duk_idx_t rec, unsigned i) {
  duk_tval *tv = engine_record_slot(ctx, rec, i);
  int v;
  if (tv != NULL)
    return DUK_TVAL_IS_NUMBER(tv) ? (int)DUK_TVAL_GET_NUMBER(tv) : 0;
  duk_get_prop_index(ctx, rec, (duk_uarridx_t)i);
  v = duk_get_int(ctx, -1);
  duk_pop(ctx);
  return v;
}

/* [... v] -> [...]: sets slot i of the record at rec. */
void jsrt__duk_record_put(duk_context *ctx, duk_idx_t rec, unsigned i) {
  duk_hthread *thr = (duk_hthread *)ctx;
  duk_tval *tv = engine_record_slot(ctx, rec, i);
  duk_harray *a;
  if (tv == NULL) {
    duk_put_prop_index(ctx, duk_require_normalize_index(ctx, rec),
                       (duk_uarridx_t)i);
    return;
  }
  DUK_TVAL_SET_TVAL_UPDREF(thr, tv, duk_get_tval(thr, -1));
  a = (duk_harray *)duk_get_hobject(thr, rec);
  if (DUK_HOBJECT_HAS_EXOTIC_ARRAY((duk_hobject *)a) && a->length <= i)
    a->length = i + 1;
  duk_pop(ctx);
}

void jsrt__duk_record_put_ptr(duk_context *ctx, void *rec, unsigned i) {
  duk_hthread *thr = (duk_hthread *)ctx;
  duk_hobject *h = (duk_hobject *)rec;
  duk_tval *tv;
  if (!DUK_HOBJECT_HAS_ARRAY_PART(h) || i >= DUK_HOBJECT_GET_ASIZE(h)) {
    duk_push_heapptr(ctx, rec);
    duk_swap_top(ctx, -2);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    duk_pop(ctx);
    return;
  }
  tv = DUK_HOBJECT_A_GET_VALUE_PTR(thr->heap, h, i);
  DUK_TVAL_SET_TVAL_UPDREF(thr, tv, duk_get_tval(thr, -1));
  duk_pop(ctx);
}

void jsrt__duk_record_take_ptr(duk_context *ctx, void *rec, unsigned i) {
  duk_hthread *thr = (duk_hthread *)ctx;
  duk_hobject *h = (duk_hobject *)rec;
  duk_tval *tv, *top;
  duk_push_undefined(ctx);
  if (!DUK_HOBJECT_HAS_ARRAY_PART(h) || i >= DUK_HOBJECT_GET_ASIZE(h))
    return;
  tv = DUK_HOBJECT_A_GET_VALUE_PTR(thr->heap, h, i);
  if (DUK_TVAL_IS_UNUSED(tv))
    return;
  /* The reference moves from the slot to the stack: no refcount change. */
  top = duk_get_tval(thr, -1);
  DUK_TVAL_SET_TVAL(top, tv);
  DUK_TVAL_SET_UNUSED(tv);
}

/*
 * The compile hook. Duktape's own duk_js_compile() is renamed at build time
 * (mk/duktape.sed) and this one takes its place: every source Duktape
 * compiles - duk_compile*(), eval() direct and indirect, new Function() -
 * goes to src/compile.c, which lowers it with the built-in compiler and
 * calls back here (JSRT__DUK_COMPILE_LOWERED) with what Duktape can parse.
 * [... filename] -> [... template], or throws.
 */
DUK_INTERNAL void duk_js_compile(duk_hthread *thr,
                                 const duk_uint8_t *src_buffer,
                                 duk_size_t src_length,
                                 duk_small_uint_t flags) {
  if (flags & JSRT__DUK_COMPILE_LOWERED) {
    duk__jsrt_js_compile_engine(thr, src_buffer, src_length,
                                flags & ~JSRT__DUK_COMPILE_LOWERED);
    return;
  }
  jsrt__compile_hook((duk_context *)thr, (const char *)src_buffer,
                     (size_t)src_length, flags,
                     (flags & DUK_COMPILE_EVAL) ? jsrt__duk_eval_caller(thr)
                                                : JSRT__EVAL_INDIRECT);
}

void jsrt__duk_js_compile(duk_context *ctx, const char *src, size_t len,
                          unsigned flags) {
  duk__jsrt_js_compile_engine(
      (duk_hthread *)ctx, (const duk_uint8_t *)src, (duk_size_t)len,
      (duk_small_uint_t)(flags & ~JSRT__DUK_COMPILE_LOWERED));
}

/* Who compiles eval code now: a direct eval() called from a function (whose
 * code may use new.target), a direct eval at the top level, or anything
 * else (indirect eval, a host's duk_eval). */
int jsrt__duk_eval_caller(duk_context *ctx) {
  duk_hthread *thr = (duk_hthread *)ctx;
  duk_activation *act = thr->callstack_curr;
  duk_hobject *f;
  if (act == NULL || !(act->flags & DUK_ACT_FLAG_DIRECT_EVAL))
    return JSRT__EVAL_INDIRECT;
  if (act->parent == NULL)
    return JSRT__EVAL_DIRECT;
  f = DUK_ACT_GET_FUNC(act->parent);
  return f != NULL && DUK_HOBJECT_IS_COMPFUNC(f) &&
                 DUK_HOBJECT_HAS_CONSTRUCTABLE(f)
             ? JSRT__EVAL_IN_FUNCTION
             : JSRT__EVAL_DIRECT;
}

/*
 * V8's stack API rests on Duktape's traceback (_Tracedata: two entries per
 * call-stack entry, the function and pc + flags * 2^32; a string entry is
 * a C file and line, or a compile error's source position). This turns it
 * into frames error.c formats as V8 does and internal/engine/stack.js
 * hands to Error.prepareStackTrace as CallSites:
 *   [... ] -> [... frames], frames = [[name, file, line, flags, fn], ...]
 * name is "" for an anonymous function; flags JSRT__FRAME_*. Returns
 * whether the object had a traceback (frames is empty when not). Frames of C
 * sites are left out (V8 has none). When fn_idx is a function, the frames
 * above its topmost call and that call are left out (captureStackTrace's
 * second argument); none remain when it is not on the stack.
 */
int jsrt__duk_push_error_frames(duk_context *ctx, duk_idx_t err_idx,
                                duk_idx_t fn_idx) {
  duk_hthread *thr = (duk_hthread *)ctx;
  duk_hobject *skip_to = NULL;
  duk_uarridx_t i, n = 0;
  duk_idx_t td, out;

  err_idx = duk_require_normalize_index(ctx, err_idx);
  if (fn_idx != DUK_INVALID_INDEX) {
    fn_idx = duk_require_normalize_index(ctx, fn_idx);
    skip_to = duk_get_hobject(thr, fn_idx);
  }
  duk_require_stack(ctx, 8);
  duk_push_array(ctx);
  out = duk_get_top_index(ctx);
  if (!duk_is_object(ctx, err_idx))
    return 0;
  duk_xget_owndataprop_stridx_short(thr, err_idx, DUK_STRIDX_INT_TRACEDATA);
  td = duk_get_top_index(ctx);
  if (!duk_is_object(ctx, td)) {
    duk_pop(ctx);
    return 0;
  }
  i = 0;
  if (skip_to != NULL) {
    /* Frames start after the topmost entry of fn (none without one). */
    int found = 0;
    for (; !found && duk_get_prop_index(ctx, td, i); i += 2) {
      found = duk_get_hobject(thr, -1) == skip_to;
      duk_pop(ctx);
    }
    if (!found) {
      duk_pop_2(ctx); /* undefined, tracedata */
      return 1;
    }
  }
  for (;; i += 2) {
    duk_double_t d;
    duk_int_t pc;
    duk_uint_t flags, line = 0, fl = 0;
    duk_hobject *h;
    if (!duk_get_prop_index(ctx, td, i)) {
      duk_pop(ctx);
      break;
    }
    duk_get_prop_index(ctx, td, i + 1);
    d = duk_to_number_m1(thr);
    duk_pop(ctx);
    pc = duk_double_to_int_t(DUK_FMOD(d, DUK_DOUBLE_2TO32));
    flags = duk_double_to_uint_t(DUK_FLOOR(d / DUK_DOUBLE_2TO32));
    if (!duk_is_object(ctx, -1) && !duk_is_lightfunc(ctx, -1)) {
      duk_pop(ctx); /* a C site */
      continue;
    }
    h = duk_get_hobject(thr, -1);
    if (h == NULL || DUK_HOBJECT_HAS_NATFUNC(h))
      fl |= JSRT__FRAME_NATIVE;
    else
      line =
          (duk_uint_t)duk_hobject_pc2line_query(thr, -1, (duk_uint_fast32_t)pc);
    if (flags & DUK_ACT_FLAG_CONSTRUCT)
      fl |= JSRT__FRAME_CONSTRUCT;
    if (flags & DUK_ACT_FLAG_STRICT)
      fl |= JSRT__FRAME_STRICT;
    if (flags & DUK_ACT_FLAG_DIRECT_EVAL)
      fl |= JSRT__FRAME_EVAL;
    duk_push_array(ctx); /* [... fn frame] */
    duk_get_prop_stridx_short(thr, -2, DUK_STRIDX_NAME);
    if (!duk_is_string_notsymbol(thr, -1)) {
      duk_pop(ctx);
      duk_push_string(ctx, "");
    }
    duk_put_prop_index(ctx, -2, 0);
    duk_get_prop_stridx_short(thr, -2, DUK_STRIDX_FILE_NAME);
    if (!duk_is_string_notsymbol(thr, -1)) {
      duk_pop(ctx);
      duk_push_string(ctx, "");
    }
    duk_put_prop_index(ctx, -2, 1);
    duk_push_uint(ctx, line);
    duk_put_prop_index(ctx, -2, 2);
    duk_push_uint(ctx, fl);
    duk_put_prop_index(ctx, -2, 3);
    duk_dup(ctx, -2);
    duk_put_prop_index(ctx, -2, 4);
    duk_put_prop_index(ctx, out, n++);
    duk_pop(ctx); /* fn */
  }
  duk_pop(ctx); /* tracedata */
  return 1;
}

/* The Error constructors' second argument (ES2022): { cause } becomes the
 * error's own cause. Called from Duktape's shared Error constructor
 * (mk/duktape.sed puts the call there): [message options error]. */
void jsrt__duk_error_cause(duk_hthread *thr) {
  duk_context *ctx = (duk_context *)thr;
  if (duk_get_top(ctx) < 3 || !duk_is_object(ctx, 1))
    return;
  duk_push_string(ctx, "cause");
  if (!duk_has_prop(ctx, 1))
    return;
  duk_get_prop_string(ctx, 1, "cause");
  duk_push_string(ctx, "cause");
  duk_insert(ctx, -2);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE |
                   DUK_DEFPROP_SET_CONFIGURABLE | DUK_DEFPROP_CLEAR_ENUMERABLE);
}

/* Makes the native function at idx take every argument (Duktape drops
 * those beyond its nargs before the call): the Error constructors read
 * their options. */
void jsrt__duk_set_varargs(duk_context *ctx, duk_idx_t idx) {
  duk_hobject *h = duk_get_hobject((duk_hthread *)ctx, idx);
  if (h != NULL && DUK_HOBJECT_HAS_NATFUNC(h))
    ((duk_hnatfunc *)h)->nargs = DUK_HNATFUNC_NARGS_VARARGS;
}

/*
 * Regular expressions (mk/duktape.sed renamed Duktape's compiler and
 * matcher): on PCRE2 through src/regexp.c, or Duktape's own engine in a
 * JSRT_HAVE_PCRE2=0 build.
 */
DUK_INTERNAL void duk_regexp_compile(duk_hthread *thr) {
#if JSRT_HAVE_PCRE2
  jsrt__regexp_compile((duk_context *)thr);
#else
  duk__jsrt_regexp_compile_engine(thr);
#endif
}

DUK_INTERNAL void duk_regexp_match(duk_hthread *thr) {
#if JSRT_HAVE_PCRE2
  jsrt__regexp_match((duk_context *)thr, 0);
#else
  duk__jsrt_regexp_match_engine(thr);
#endif
}

DUK_INTERNAL void duk_regexp_match_force_global(duk_hthread *thr) {
#if JSRT_HAVE_PCRE2
  jsrt__regexp_match((duk_context *)thr, 1);
#else
  duk__jsrt_regexp_match_force_global_engine(thr);
#endif
}

/* Pushes the "bytecode" string of the RegExp at idx (flags byte + pattern
 * on PCRE2) and returns 1; 0 (nothing pushed) when idx is no RegExp. */
int jsrt__duk_push_regexp_bytecode(duk_context *ctx, duk_idx_t idx) {
  duk_hthread *thr = (duk_hthread *)ctx;
  duk_hobject *h = duk_get_hobject(thr, idx);
  if (h == NULL || DUK_HOBJECT_GET_CLASS_NUMBER(h) != DUK_HOBJECT_CLASS_REGEXP)
    return 0;
  idx = duk_require_normalize_index(thr, idx);
  duk_xget_owndataprop_stridx_short(thr, idx, DUK_STRIDX_INT_BYTECODE);
  if (!duk_is_string(thr, -1)) {
    duk_pop(thr);
    return 0;
  }
  return 1;
}

/* Reflect.get(target, key, receiver) / Reflect.set(target, key, value,
 * receiver) with a receiver other than target, which Duktape does not do:
 * ordinary [[Get]]/[[Set]] in internal/engine/es.js (mk/duktape.sed puts
 * the call in Duktape's Reflect functions). [target key value? receiver] */
duk_ret_t jsrt__duk_reflect_receiver(duk_hthread *thr, int set) {
  duk_context *ctx = (duk_context *)thr;
  duk_idx_t i, n = set ? 4 : 3;
  jsrt__require_builtin(ctx, "internal/engine/es");
  duk_get_prop_string(ctx, -1, set ? "reflectSet" : "reflectGet");
  duk_remove(ctx, -2);
  for (i = 0; i < n; i++)
    duk_dup(ctx, i);
  duk_call(ctx, n);
  return 1;
}

/*
 * Dates as V8 writes and reads them (Duktape writes ISO 8601 for every
 * toString variant and reads ISO 8601 only): mk/duktape.sed calls
 * jsrt__duk_date_format before Duktape's ISO formatting, and mk/
 * duk_config.sed makes jsrt__duk_date_parse its DUK_USE_DATE_PARSE_STRING.
 *   toString      Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal
 * Time) toDateString  Thu Jan 01 1970 toTimeString  00:00:00 GMT+0000
 * (Coordinated Universal Time) toUTCString   Thu, 01 Jan 1970 00:00:00 GMT
 *   toLocale*     1/1/1970, 12:00:00 AM (en-US; locales and options are
 *                 not read)
 * The zone's name is "Coordinated Universal Time" at offset 0 in UTC, the
 * C library's abbreviation otherwise (V8 asks ICU for a long name).
 */
static const char *const date_wd[] = {"Sun", "Mon", "Tue", "Wed",
                                      "Thu", "Fri", "Sat"};
static const char *const date_mon[] = {"Jan", "Feb", "Mar", "Apr",
                                       "May", "Jun", "Jul", "Aug",
                                       "Sep", "Oct", "Nov", "Dec"};

static void date_zone_name(const duk_int_t *parts, duk_int_t tzoffset,
                           char *out, size_t n) {
  struct tm tm;
  time_t now;
  const char *tz = getenv("TZ");
  /* the abbreviation in force at that date (CET or CEST) */
  memset(&tm, 0, sizeof tm);
  tm.tm_year = (int)parts[DUK_DATE_IDX_YEAR] - 1900;
  tm.tm_mon = (int)parts[DUK_DATE_IDX_MONTH] - 1;
  tm.tm_mday = (int)parts[DUK_DATE_IDX_DAY];
  tm.tm_hour = (int)parts[DUK_DATE_IDX_HOUR];
  tm.tm_min = (int)parts[DUK_DATE_IDX_MINUTE];
  now = timegm(&tm) - (time_t)tzoffset;
  if (tzoffset == 0 &&
      (tz == NULL || *tz == '\0' || strcmp(tz, "UTC") == 0 ||
       strcmp(tz, "Etc/UTC") == 0 || strcmp(tz, "UTC0") == 0)) {
    snprintf(out, n, "Coordinated Universal Time");
    return;
  }
  if (localtime_r(&now, &tm) != NULL && tm.tm_zone != NULL)
    snprintf(out, n, "%s", tm.tm_zone);
  else
    snprintf(out, n, "GMT%+03d%02d", (int)(tzoffset / 3600),
             (int)((tzoffset < 0 ? -tzoffset : tzoffset) / 60 % 60));
}

static void date_year(char *out, size_t n, duk_int_t y) {
  if (y >= 0)
    snprintf(out, n, "%04ld", (long)y);
  else
    snprintf(out, n, "-%04ld", (long)-y);
}

int jsrt__duk_date_format(void *thr, duk_int_t *parts, duk_int_t tzoffset,
                          duk_small_uint_t flags) {
  char buf[160], zone[80], year[16], tzs[16];
  int date = (flags & DUK_DATE_FLAG_TOSTRING_DATE) != 0;
  int tim = (flags & DUK_DATE_FLAG_TOSTRING_TIME) != 0;
  duk_int_t y = parts[DUK_DATE_IDX_YEAR], mo = parts[DUK_DATE_IDX_MONTH];
  duk_int_t d = parts[DUK_DATE_IDX_DAY], h = parts[DUK_DATE_IDX_HOUR];
  duk_int_t mi = parts[DUK_DATE_IDX_MINUTE], s = parts[DUK_DATE_IDX_SECOND];
  duk_int_t wd = parts[DUK_DATE_IDX_WEEKDAY];
  int aoff = (int)(tzoffset < 0 ? -tzoffset : tzoffset);
  if (flags & DUK_DATE_FLAG_SEP_T)
    return 0; /* toISOString: Duktape's */
  if (mo < 1 || mo > 12 || wd < 0 || wd > 6)
    return 0;
  date_year(year, sizeof year, y);
  snprintf(tzs, sizeof tzs, "GMT%c%02d%02d", tzoffset < 0 ? '-' : '+',
           aoff / 3600, aoff / 60 % 60);
  if (flags & DUK_DATE_FLAG_TOSTRING_LOCALE) {
    char dp[48] = "", tp[48] = "";
    if (date)
      snprintf(dp, sizeof dp, "%ld/%ld/%ld", (long)mo, (long)d, (long)y);
    if (tim)
      snprintf(tp, sizeof tp, "%ld:%02ld:%02ld %s",
               (long)(h % 12 == 0 ? 12 : h % 12), (long)mi, (long)s,
               h < 12 ? "AM" : "PM");
    snprintf(buf, sizeof buf, "%s%s%s", dp, date && tim ? ", " : "", tp);
  } else if (!(flags & DUK_DATE_FLAG_LOCALTIME)) {
    if (!date || !tim)
      return 0;
    snprintf(buf, sizeof buf, "%s, %02ld %s %s %02ld:%02ld:%02ld GMT",
             date_wd[wd], (long)d, date_mon[mo - 1], year, (long)h, (long)mi,
             (long)s);
  } else {
    char dp[48] = "", tp[120] = "";
    if (date)
      snprintf(dp, sizeof dp, "%s %s %02ld %s", date_wd[wd], date_mon[mo - 1],
               (long)d, year);
    if (tim) {
      date_zone_name(parts, tzoffset, zone, sizeof zone);
      snprintf(tp, sizeof tp, "%02ld:%02ld:%02ld %s (%s)", (long)h, (long)mi,
               (long)s, tzs, zone);
    }
    snprintf(buf, sizeof buf, "%s%s%s", dp, date && tim ? " " : "", tp);
  }
  duk_push_string((duk_context *)thr, buf);
  return 1;
}

/* A date string in one of the forms node reads besides ISO 8601 (V8's
 * legacy parser, as far as real code writes dates): RFC 7231/1123 and RFC
 * 2822 ("Thu, 01 Jan 1970 00:00:00 GMT", "1 Dec 2026 10:00 +0100"), what
 * toString() writes ("Thu Jan 01 1970 00:00:00 GMT+0000 (...)"), asctime,
 * "Jan 1, 1970 10:00 PM", "1970/01/02 03:04", "1/2/1970" (month first).
 * A weekday is skipped, a parenthesized comment too; without a zone the
 * time is local. Pushes the time value and returns 1, or 0 (NaN). */
static int date_word(const char *w, size_t n, int *month, int *ampm, int *tz,
                     int *have_tz) {
  static const struct {
    const char *name;
    int off; /* minutes */
  } zones[] = {{"ut", 0},        {"utc", 0},       {"gmt", 0},
               {"z", 0},         {"est", -5 * 60}, {"edt", -4 * 60},
               {"cst", -6 * 60}, {"cdt", -5 * 60}, {"mst", -7 * 60},
               {"mdt", -6 * 60}, {"pst", -8 * 60}, {"pdt", -7 * 60}};
  static const char *const months[] = {"jan", "feb", "mar", "apr",
                                       "may", "jun", "jul", "aug",
                                       "sep", "oct", "nov", "dec"};
  static const char *const days[] = {"sun", "mon", "tue", "wed",
                                     "thu", "fri", "sat"};
  char l[16];
  size_t i;
  if (n >= sizeof l)
    return 0;
  for (i = 0; i < n; i++)
    l[i] = (char)((w[i] >= 'A' && w[i] <= 'Z') ? w[i] + 32 : w[i]);
  l[n] = '\0';
  if (strcmp(l, "am") == 0 || strcmp(l, "pm") == 0) {
    *ampm = l[0] == 'a' ? 1 : 2;
    return 1;
  }
  for (i = 0; i < sizeof zones / sizeof zones[0]; i++)
    if (strcmp(l, zones[i].name) == 0) {
      *tz = zones[i].off;
      *have_tz = 1;
      return 1;
    }
  if (n >= 3) {
    for (i = 0; i < 12; i++)
      if (memcmp(l, months[i], 3) == 0) {
        *month = (int)i + 1;
        return 1;
      }
    for (i = 0; i < 7; i++)
      if (memcmp(l, days[i], 3) == 0)
        return 1;
  }
  return 0;
}

int jsrt__duk_date_parse(void *thr, const char *str) {
  const char *p = str;
  double num[3];
  int nnum = 0, month = 0, ampm = 0, tz = 0, have_tz = 0;
  int have_time = 0, hh = 0, mm = 0, ss = 0, ms = 0;
  double dparts[DUK_DATE_IDX_NUM_PARTS];
  double year, day, mon, t;
  while (*p) {
    unsigned char c = (unsigned char)*p;
    if (c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\r') {
      p++;
    } else if (c == '(') {
      int depth = 0;
      do {
        if (*p == '(')
          depth++;
        else if (*p == ')')
          depth--;
        p++;
      } while (*p && depth > 0);
    } else if ((c | 32) >= 'a' && (c | 32) <= 'z') {
      const char *w = p;
      while (((*p | 32) >= 'a' && (*p | 32) <= 'z') || *p == '.')
        p++;
      if (!date_word(w, (size_t)(p - w), &month, &ampm, &tz, &have_tz))
        return 0;
    } else if ((c == '+' || c == '-') && (have_time || have_tz) &&
               p[1] >= '0' && p[1] <= '9') {
      /* +hhmm, +hh:mm, GMT+0100 */
      int sign = c == '-' ? -1 : 1, v = 0, digits = 0, mins;
      p++;
      while (*p >= '0' && *p <= '9' && digits < 4) {
        v = v * 10 + (*p++ - '0');
        digits++;
      }
      if (*p == ':' && digits == 2) {
        int m2 = 0;
        p++;
        while (*p >= '0' && *p <= '9')
          m2 = m2 * 10 + (*p++ - '0');
        mins = v * 60 + m2;
      } else {
        mins = digits <= 2 ? v * 60 : v / 100 * 60 + v % 100;
      }
      tz = sign * mins;
      have_tz = 1;
    } else if (c >= '0' && c <= '9') {
      double v = 0;
      while (*p >= '0' && *p <= '9')
        v = v * 10 + (*p++ - '0');
      if (*p == ':' && !have_time) {
        /* hh:mm[:ss[.mmm]] */
        hh = (int)v;
        p++;
        if (!(*p >= '0' && *p <= '9'))
          return 0;
        mm = 0;
        while (*p >= '0' && *p <= '9')
          mm = mm * 10 + (*p++ - '0');
        if (*p == ':') {
          p++;
          ss = 0;
          while (*p >= '0' && *p <= '9')
            ss = ss * 10 + (*p++ - '0');
          if (*p == '.') {
            int scale = 100;
            p++;
            while (*p >= '0' && *p <= '9') {
              ms += (*p++ - '0') * scale;
              scale /= 10;
            }
          }
        }
        have_time = 1;
      } else {
        if (nnum == 3)
          return 0;
        num[nnum++] = v;
        if (*p == '/' || *p == '-' || *p == '.')
          p++;
      }
    } else if (c == '/' || c == '-' || c == '.') {
      p++;
    } else {
      return 0;
    }
  }
  /* The day: a named month takes the day and the year from the numbers. */
  if (month) {
    if (nnum != 2)
      return 0;
    if (num[0] > 31) {
      year = num[0];
      day = num[1];
    } else {
      day = num[0];
      year = num[1];
    }
    mon = month;
  } else {
    if (nnum != 3)
      return 0;
    if (num[0] > 31) { /* y/m/d */
      year = num[0];
      mon = num[1];
      day = num[2];
    } else { /* m/d/y */
      mon = num[0];
      day = num[1];
      year = num[2];
    }
  }
  if (year < 50)
    year += 2000;
  else if (year < 100)
    year += 1900;
  if (mon < 1 || mon > 12 || day < 1 || day > 31 || hh > 24 || mm > 59 ||
      ss > 59)
    return 0;
  if (ampm) {
    if (hh > 12 || hh == 0)
      return 0;
    hh = hh % 12 + (ampm == 2 ? 12 : 0);
  }
  dparts[DUK_DATE_IDX_YEAR] = year;
  dparts[DUK_DATE_IDX_MONTH] = mon - 1;
  dparts[DUK_DATE_IDX_DAY] = day - 1;
  dparts[DUK_DATE_IDX_HOUR] = hh;
  dparts[DUK_DATE_IDX_MINUTE] = mm - (have_tz ? tz : 0);
  dparts[DUK_DATE_IDX_SECOND] = ss;
  dparts[DUK_DATE_IDX_MILLISECOND] = ms;
  dparts[DUK_DATE_IDX_WEEKDAY] = 0;
  t = duk_bi_date_get_timeval_from_dparts(
      dparts, have_tz ? 0 : DUK_DATE_FLAG_LOCALTIME);
  duk_push_number((duk_context *)thr, t);
  return 1;
}

# Patches the copy of duktape.c the library compiles (build/duk/duktape.c):
# Duktape's compiler entry duk_js_compile() is renamed so that src/engine.c
# can put its own in front of it, through which every source Duktape
# compiles (duk_compile, eval, new Function) passes to src/compile.c and
# the built-in compiler first. The Makefile checks that the line matched:
# a Duktape upgrade that changes it fails the build loudly.
s|^DUK_INTERNAL void duk_js_compile(duk_hthread \*thr, const duk_uint8_t \*src_buffer, duk_size_t src_length, duk_small_uint_t flags) {$|DUK_INTERNAL void duk__jsrt_js_compile_engine(duk_hthread *thr, const duk_uint8_t *src_buffer, duk_size_t src_length, duk_small_uint_t flags) {|
# The Error constructors take ES2022's options ({ cause }): every argument
# reaches the shared constructor (src/engine.c makes them varargs; at least
# two slots, so the error object never lands in the message's place), and
# the cause is set before the error is augmented.
s|^	(void) duk_push_object_helper(thr, flags_and_class, bidx_prototype);$|	if (duk_get_top(thr) < 2) duk_set_top(thr, 2);\n	(void) duk_push_object_helper(thr, flags_and_class, bidx_prototype);|
s|^	/\* Augment the error if called as a normal function.  __FILE__ and __LINE__$|	{ extern void jsrt__duk_error_cause(duk_hthread *); jsrt__duk_error_cause(thr); }\n&|
# The regexp compiler and matcher, which src/regexp.c replaces with PCRE2
# (engine.c defines duk_regexp_compile/_match/_match_force_global in front
# of these; with JSRT_HAVE_PCRE2=0 it forwards to them).
s|^DUK_INTERNAL void duk_regexp_compile(duk_hthread \*thr) {$|DUK_INTERNAL void duk__jsrt_regexp_compile_engine(duk_hthread *thr) {|
s|^DUK_INTERNAL void duk_regexp_match(duk_hthread \*thr) {$|DUK_INTERNAL void duk__jsrt_regexp_match_engine(duk_hthread *thr) {|
s|^DUK_INTERNAL void duk_regexp_match_force_global(duk_hthread \*thr) {$|DUK_INTERNAL void duk__jsrt_regexp_match_force_global_engine(duk_hthread *thr) {|
# Reflect.get/Reflect.set with a receiver other than the target (Duktape
# throws "unsupported"): ordinary [[Get]]/[[Set]] in
# internal/engine/es.js, through src/engine.c.
s|^		/\* XXX: \[\[Get\]\] receiver currently unsupported \*/$|		{ extern duk_ret_t jsrt__duk_reflect_receiver(duk_hthread *, int); return jsrt__duk_reflect_receiver(thr, 0); }|
s|^		/\* XXX: \[\[Set\]\] receiver currently unsupported \*/$|		{ extern duk_ret_t jsrt__duk_reflect_receiver(duk_hthread *, int); return jsrt__duk_reflect_receiver(thr, 1); }|
# Date's toString, toUTCString, toDateString, toTimeString and toLocale*
# in V8's words (Duktape writes ISO 8601): src/engine.c.
s|^	duk__format_parts_iso8601(parts, tzoffset, flags, buf);$|	{ if (jsrt__duk_date_format(thr, parts, tzoffset, flags)) return 1; }\n&|

# Patches the copy of duktape.c the library compiles (build/duk/duktape.c):
# Duktape's compiler entry duk_js_compile() is renamed so that src/engine.c
# can put its own in front of it, through which every source Duktape
# compiles (duk_compile, eval, new Function) passes to src/compile.c and
# the built-in compiler first. The Makefile checks that the line matched:
# a Duktape upgrade that changes it fails the build loudly.
s|^DUK_INTERNAL void duk_js_compile(duk_hthread \*thr, const duk_uint8_t \*src_buffer, duk_size_t src_length, duk_small_uint_t flags) {$|DUK_INTERNAL void duk__jsrt_js_compile_engine(duk_hthread *thr, const duk_uint8_t *src_buffer, duk_size_t src_length, duk_small_uint_t flags) {|

build-nocomp/obj/js_blobs.o: build-nocomp/gen/js_blobs.c src/internal.h \
 include/jsrt.h build-nocomp/duk/duktape.h build-nocomp/duk/duk_config.h
src/internal.h:
include/jsrt.h:
build-nocomp/duk/duktape.h:
build-nocomp/duk/duk_config.h:

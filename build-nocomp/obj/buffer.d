build-nocomp/obj/buffer.o: src/buffer.c src/internal.h include/jsrt.h \
 build-nocomp/duk/duktape.h build-nocomp/duk/duk_config.h
src/internal.h:
include/jsrt.h:
build-nocomp/duk/duktape.h:
build-nocomp/duk/duk_config.h:

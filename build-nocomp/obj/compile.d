build-nocomp/obj/compile.o: src/compile.c src/internal.h include/jsrt.h \
 build-nocomp/duk/duktape.h build-nocomp/duk/duk_config.h
src/internal.h:
include/jsrt.h:
build-nocomp/duk/duktape.h:
build-nocomp/duk/duk_config.h:

build-nocomp/obj/engine.o: src/engine.c build-nocomp/duk/duktape.c \
 build-nocomp/duk/duktape.h build-nocomp/duk/duk_config.h src/internal.h \
 include/jsrt.h build-nocomp/duk/duktape.h
build-nocomp/duk/duktape.c:
build-nocomp/duk/duktape.h:
build-nocomp/duk/duk_config.h:
src/internal.h:
include/jsrt.h:
build-nocomp/duk/duktape.h:

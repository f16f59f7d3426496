build-nocomp/obj/os.o: src/os.c src/internal.h include/jsrt.h \
 build-nocomp/duk/duktape.h build-nocomp/duk/duk_config.h
src/internal.h:
include/jsrt.h:
build-nocomp/duk/duktape.h:
build-nocomp/duk/duk_config.h:

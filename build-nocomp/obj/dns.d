build-nocomp/obj/dns.o: src/dns.c src/internal.h include/jsrt.h \
 build-nocomp/duk/duktape.h build-nocomp/duk/duk_config.h src/net.h
src/internal.h:
include/jsrt.h:
build-nocomp/duk/duktape.h:
build-nocomp/duk/duk_config.h:
src/net.h:

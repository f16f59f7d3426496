build-nocomp/obj/http.o: src/http.c src/internal.h include/jsrt.h \
 build-nocomp/duk/duktape.h build-nocomp/duk/duk_config.h src/net.h \
 /usr/share/include/llhttp/llhttp.h
src/internal.h:
include/jsrt.h:
build-nocomp/duk/duktape.h:
build-nocomp/duk/duk_config.h:
src/net.h:
/usr/share/include/llhttp/llhttp.h:

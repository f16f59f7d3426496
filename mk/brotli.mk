# brotli (libbrotli-dev): zlib's brotliCompress/brotliDecompress.
# JSRT_HAVE_BROTLI=0 builds zlib without them (they then throw
# ERR_FEATURE_UNAVAILABLE_ON_PLATFORM saying so).
JSRT_HAVE_BROTLI ?= 1
OPT_PKGS += libbrotli-dev
OPT_CPPFLAGS += -DJSRT_HAVE_BROTLI=$(JSRT_HAVE_BROTLI)
ifeq ($(JSRT_HAVE_BROTLI),1)
OPT_CPPFLAGS += $(shell pkg-config --cflags libbrotlienc libbrotlidec)
OPT_LDLIBS += $(shell pkg-config --libs libbrotlienc libbrotlidec)
endif

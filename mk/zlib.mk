# zlib (zlib1g-dev): require('zlib'). JSRT_HAVE_ZLIB=0 builds without it.
JSRT_HAVE_ZLIB ?= 1
OPT_PKGS += zlib1g-dev
OPT_CPPFLAGS += -DJSRT_HAVE_ZLIB=$(JSRT_HAVE_ZLIB)
ifeq ($(JSRT_HAVE_ZLIB),1)
OPT_CPPFLAGS += $(shell pkg-config --cflags zlib)
OPT_LDLIBS += $(shell pkg-config --libs zlib)
else
OPT_SRCS_OFF += src/zlib.c src/js/zlib.js
endif

# OpenSSL 3 (libssl-dev): require('crypto') and the global crypto.
# JSRT_HAVE_OPENSSL=0 builds without it (require('crypto') then fails with
# MODULE_NOT_FOUND and the global crypto is absent).
JSRT_HAVE_OPENSSL ?= 1
OPT_PKGS += libssl-dev
OPT_CPPFLAGS += -DJSRT_HAVE_OPENSSL=$(JSRT_HAVE_OPENSSL)
ifeq ($(JSRT_HAVE_OPENSSL),1)
OPT_CPPFLAGS += $(shell pkg-config --cflags openssl)
OPT_LDLIBS += $(shell pkg-config --libs openssl)
else
OPT_SRCS_OFF += $(wildcard src/crypto/*.c) src/js/crypto.js \
  $(wildcard src/js/internal/crypto/*.js)
endif

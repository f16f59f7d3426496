# PCRE2 (libpcre2-dev): every regular expression (src/regexp.c replaces
# Duktape's regexp compiler and matcher; mk/duktape.sed renames them).
# JSRT_HAVE_PCRE2=0 builds Duktape's own ES5 engine instead.
JSRT_HAVE_PCRE2 ?= 1
OPT_PKGS += libpcre2-dev
OPT_CPPFLAGS += -DJSRT_HAVE_PCRE2=$(JSRT_HAVE_PCRE2)
ifeq ($(JSRT_HAVE_PCRE2),1)
OPT_CPPFLAGS += $(shell pkg-config --cflags libpcre2-16 2>/dev/null)
OPT_LDLIBS += $(shell pkg-config --libs libpcre2-16 2>/dev/null || echo -lpcre2-16)
else
OPT_SRCS_OFF += src/regexp.c
endif

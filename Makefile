# libjsrt - plain GNU make. See README.md.
#   make            static + shared library, jsrt, examples, tests
#   make demo       install missing packages, build, run the main demo
#   make check      every test; ends with "N passed, N failed"
#   make asan       the whole suite under ASan + UBSan (own build dir)
#   make valgrind   the C tests under valgrind memcheck
#   make test262    test262 with every failure; test262-update: the list
#   make bench      benchmarks, side by side with node (bench-compile: the
#                   compiler's, bench/compile/README.md)
#   make install    PREFIX=/usr/local DESTDIR=
#   make deps       apt-get what is missing

PREFIX ?= /usr/local
LIBDIR ?= $(PREFIX)/lib
INCDIR ?= $(PREFIX)/include
BINDIR ?= $(PREFIX)/bin
DESTDIR ?=
BUILD ?= build
CC ?= cc
DUKSRC ?= /usr/share/duktape
# llhttp's C sources as Debian's node-llhttp ships them (compiled in).
LLHTTP_SRC ?= /usr/share/llhttp
LLHTTP_INC ?= /usr/share/include/llhttp

# The version is written once, in include/jsrt.h.
jsrt_version_part = $(shell sed -n \
  's/^\#define JSRT_VERSION_$(1) \([0-9][0-9]*\)$$/\1/p' include/jsrt.h)
MAJOR := $(call jsrt_version_part,MAJOR)
MINOR := $(call jsrt_version_part,MINOR)
PATCH := $(call jsrt_version_part,PATCH)
VERSION := $(MAJOR).$(MINOR).$(PATCH)
SONAME := libjsrt.so.$(MAJOR)

OPT ?= -O2 -g
# The interpreter is where the time goes: -O3 on duktape.c bought 4-8% more
# HTTP requests/s in paired runs (bench/http); our own code stays at OPT.
DUK_OPT ?= $(subst -O2,-O3,$(OPT))
WARN := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
        -Wwrite-strings -Wformat=2 -Wno-format-nonliteral
WERROR ?= -Werror
SAN ?=
# The built-in compiler (src/compiler/: modern JS lowered to ES5.1 at load
# time). JSRT_HAVE_COMPILER=0 leaves it out of small builds: sources then go
# to Duktape as they are and jsrt_lower() fails with JSRT_ENOTSUP (use a
# BUILD dir of its own).
JSRT_HAVE_COMPILER ?= 1

# ---- optional dependencies: one mk/<dep>.mk each (mk/README.md) ----
# A dependency is on unless JSRT_HAVE_<DEP>=0 (a small firmware build);
# its .mk adds to these, and src/ tests #if JSRT_HAVE_<DEP>.
OPT_CPPFLAGS :=
OPT_LDLIBS :=
OPT_PKGS :=
OPT_SRCS_OFF :=
include $(sort $(wildcard mk/*.mk))
LDLIBS := -luv -lm -ldl -lpthread $(OPT_LDLIBS)

CPPFLAGS_ALL := -D_GNU_SOURCE -Iinclude -I$(BUILD)/duk -Isrc -I$(LLHTTP_INC) \
  -DJSRT_HAVE_COMPILER=$(JSRT_HAVE_COMPILER) $(OPT_CPPFLAGS)
CFLAGS_LIB := -std=c11 $(OPT) $(SAN) -fPIC -fvisibility=hidden $(CPPFLAGS_ALL)
CFLAGS_OURS := $(CFLAGS_LIB) $(WARN) $(WERROR)
CFLAGS_DUK := -std=c99 $(DUK_OPT) $(SAN) -fPIC $(CPPFLAGS_ALL) -w
LDFLAGS ?=
LDFLAGS_ALL := $(SAN) $(LDFLAGS)

# Every .c under src/ except the command (src/cli/) is the library; a
# subsystem of more than one file has its own folder (src/compiler/, ...).
LIB_SRCS := $(filter-out src/engine.c src/cli/% $(OPT_SRCS_OFF),\
  $(shell find src -name '*.c' | sort))
ifeq ($(JSRT_HAVE_COMPILER),0)
LIB_SRCS := $(filter-out src/compiler/%,$(LIB_SRCS))
GEN_OBJS := $(BUILD)/obj/js_blobs.o
else
GEN_OBJS := $(BUILD)/obj/js_blobs.o $(BUILD)/obj/jsc_helpers.o
endif
LLHTTP_OBJS := $(BUILD)/obj/llhttp/llhttp.o $(BUILD)/obj/llhttp/api.o \
               $(BUILD)/obj/llhttp/http.o
LIB_OBJS := $(LIB_SRCS:src/%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/engine.o \
            $(GEN_OBJS) $(LLHTTP_OBJS)
# js2c compiles the glue through the library's own compile entry: it links
# every library object but the ones it generates.
JS2C_OBJS := $(filter-out $(GEN_OBJS),$(LIB_OBJS))
JS_SRCS := $(filter-out $(OPT_SRCS_OFF),$(shell find src/js -name '*.js' | sort))
# The compiler's runtime helpers (__jsrt.NAME), ES5: a glue blob loaded on
# first use of the global __jsrt, and their text for --inline-helpers.
HELPERS_JS := src/compiler/helpers.js
# Header dependencies come from the compiler (-MMD -MP, the .d files
# included at the end); duk_config.h is generated, so it is named here.
HDRS := $(BUILD)/duk/duk_config.h
DEPFLAGS = -MMD -MP
EXAMPLES := $(patsubst examples/%.c,$(BUILD)/examples/%,$(wildcard examples/*.c))
TESTS := $(patsubst tests/%.c,$(BUILD)/tests/%,$(wildcard tests/test_*.c))
ifeq ($(JSRT_HAVE_COMPILER),0)
# The compiler's own unit tests call it directly: not in a build without it.
TESTS := $(filter-out $(BUILD)/tests/test_compiler_%,$(TESTS))
endif
BENCHES := $(patsubst bench/%.c,$(BUILD)/bench/%,$(wildcard bench/*.c))
ADDONS := $(patsubst tests/addons/%.c,$(BUILD)/tests/addons/%.node,\
  $(wildcard tests/addons/*.c))
# Programs export their symbols (jsrt_*, duk_*) so that native addons
# (require('x.node'), dlopen'ed) resolve them from the program.
EXPORT_DYN := -rdynamic

# The compiler's throughput bench (bench/compile/), when it is built in.
ifneq ($(JSRT_HAVE_COMPILER),0)
BENCH_COMPILE := $(BUILD)/bench/compile_bench
endif

.PHONY: all demo check asan valgrind bench bench-deps install uninstall format \
        format-check format-deps clean deps fuzz test262 test262-update \
        check-node bench-compile

all: $(BUILD)/libjsrt.a $(BUILD)/libjsrt.so $(BUILD)/jsrt $(EXAMPLES) $(TESTS) \
  $(ADDONS) $(BUILD)/tests/test262 $(BENCH_COMPILE)

# ---- Duktape with our config ----
$(BUILD)/duk/duk_config.h: $(DUKSRC)/duk_config.h mk/duk_config.sed \
  mk/duktape.sed $(DUKSRC)/duktape.c
	@mkdir -p $(@D)
	sed -f mk/duk_config.sed $< > $@.tmp
	grep -q '^#define DUK_USE_EXEC_TIMEOUT_CHECK' $@.tmp
	grep -q '^#define DUK_USE_INTERRUPT_COUNTER' $@.tmp
	grep -q '^#define DUK_USE_DATE_PARSE_STRING' $@.tmp
	cp $(DUKSRC)/duktape.h $(BUILD)/duk/duktape.h
	sed -f mk/duktape.sed $(DUKSRC)/duktape.c > $(BUILD)/duk/duktape.c.tmp
	test "$$(grep -c '^DUK_INTERNAL void duk__jsrt_js_compile_engine(' \
	  $(BUILD)/duk/duktape.c.tmp)" = 1 || \
	  { echo "mk/duktape.sed no longer matches duktape.c" >&2; exit 1; }
	test "$$(grep -c 'jsrt__duk_error_cause(thr); }$$' \
	  $(BUILD)/duk/duktape.c.tmp)" = 1 || \
	  { echo "mk/duktape.sed no longer matches duktape.c" >&2; exit 1; }
	for f in compile match match_force_global; do \
	  test "$$(grep -c "^DUK_INTERNAL void duk__jsrt_regexp_$${f}_engine(" \
	    $(BUILD)/duk/duktape.c.tmp)" = 1 || \
	    { echo "mk/duktape.sed: duk_regexp_$$f not renamed" >&2; exit 1; }; done
	test "$$(grep -c 'return jsrt__duk_reflect_receiver(thr, [01]); }$$' \
	  $(BUILD)/duk/duktape.c.tmp)" = 2 || \
	  { echo "mk/duktape.sed no longer matches duktape.c" >&2; exit 1; }
	test "$$(grep -c 'if (jsrt__duk_date_format(thr, parts, tzoffset, flags)) return 1; }$$' \
	  $(BUILD)/duk/duktape.c.tmp)" = 1 || \
	  { echo "mk/duktape.sed no longer matches duktape.c" >&2; exit 1; }
	mv $(BUILD)/duk/duktape.c.tmp $(BUILD)/duk/duktape.c
	mv $@.tmp $@

# duktape.c is copied beside our duk_config.h: its #include "duk_config.h"
# must find ours, not the one next to the shipped source.
$(BUILD)/obj/engine.o: src/engine.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_DUK) $(DEPFLAGS) -c $< -o $@

$(BUILD)/obj/llhttp/%.o: $(LLHTTP_SRC)/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_DUK) -c $< -o $@

$(BUILD)/obj/%.o: src/%.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_OURS) $(DEPFLAGS) -c $< -o $@

# lower.c compiles a pass-through default for each transform whose
# lower_<feature>.c is not written yet (__has_include): rebuild it when one
# appears.
$(BUILD)/obj/compiler/lower.o: $(wildcard src/compiler/lower_*.c)

# ---- JS glue: compiled to bytecode at build time ----
$(BUILD)/js2c: tools/js2c.c $(JS2C_OBJS)
	$(CC) $(CFLAGS_OURS) $^ -o $@ $(LDFLAGS_ALL) $(LDLIBS)

$(BUILD)/gen/js_blobs.c: $(BUILD)/js2c $(JS_SRCS) $(HELPERS_JS)
	@mkdir -p $(@D)
	$(BUILD)/js2c $@ src/js $(JS_SRCS) internal/jsrt_helpers=$(HELPERS_JS)

$(BUILD)/obj/js_blobs.o: $(BUILD)/gen/js_blobs.c $(HDRS)
	$(CC) $(CFLAGS_LIB) $(DEPFLAGS) -c $< -o $@

$(BUILD)/gen/jsc_helpers.c: $(BUILD)/js2c $(HELPERS_JS)
	@mkdir -p $(@D)
	$(BUILD)/js2c --text $@ jsc_helpers_js $(HELPERS_JS)

$(BUILD)/obj/jsc_helpers.o: $(BUILD)/gen/jsc_helpers.c
	$(CC) $(CFLAGS_LIB) -c $< -o $@

# ---- libraries and the command ----
$(BUILD)/libjsrt.a: $(LIB_OBJS)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/libjsrt.so.$(VERSION): $(LIB_OBJS)
	$(CC) -shared -Wl,-soname,$(SONAME) $^ -o $@ $(LDFLAGS_ALL) $(LDLIBS)

$(BUILD)/libjsrt.so: $(BUILD)/libjsrt.so.$(VERSION)
	ln -sf libjsrt.so.$(VERSION) $(BUILD)/$(SONAME)
	ln -sf libjsrt.so.$(VERSION) $@

$(BUILD)/jsrt: src/cli/main.c $(BUILD)/libjsrt.a
	$(CC) $(CFLAGS_OURS) $< -o $@ $(BUILD)/libjsrt.a $(EXPORT_DYN) \
	  $(LDFLAGS_ALL) $(LDLIBS)

$(BUILD)/examples/%: examples/%.c $(BUILD)/libjsrt.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_OURS) $< -o $@ $(BUILD)/libjsrt.a $(EXPORT_DYN) \
	  $(LDFLAGS_ALL) $(LDLIBS)

$(BUILD)/tests/%: tests/%.c tests/testutil.h $(BUILD)/libjsrt.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_OURS) -Itests $< -o $@ $(BUILD)/libjsrt.a $(EXPORT_DYN) \
	  $(LDFLAGS_ALL) -lcmocka $(LDLIBS)

# The test262 runner (tests/test262/README.md).
$(BUILD)/tests/test262: tests/test262/runner.c $(BUILD)/libjsrt.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_OURS) $< -o $@ $(BUILD)/libjsrt.a $(LDFLAGS_ALL) $(LDLIBS)

# Native addons used by the tests (tests/addons/*.c): shared objects whose
# duk_*/jsrt_* references resolve from the program that loads them.
$(BUILD)/tests/addons/%.node: tests/addons/%.c include/jsrt.h \
  $(BUILD)/duk/duk_config.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_OURS) -shared $< -o $@

$(BUILD)/bench/compile_bench: bench/compile/compile_bench.c $(BUILD)/libjsrt.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_OURS) $< -o $@ $(BUILD)/libjsrt.a $(LDFLAGS_ALL) $(LDLIBS)

$(BUILD)/bench/%: bench/%.c $(BUILD)/libjsrt.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_OURS) $< -o $@ $(BUILD)/libjsrt.a \
	  $(LDFLAGS_ALL) $(LDLIBS)

# ---- the quick start ----
DEPS_PKGS := libuv1-dev duktape-dev libcmocka-dev pkg-config node-llhttp \
  $(OPT_PKGS)
deps:
	@missing=""; for p in $(DEPS_PKGS); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	else echo "all build dependencies are installed"; fi

demo: deps
	$(MAKE) all
	@echo "== examples/embed (a C host running a script) =="
	$(BUILD)/examples/embed
	@echo "== jsrt examples/demo.js =="
	$(BUILD)/jsrt examples/demo.js

check: all
	@BUILD=$(BUILD) sh tests/run.sh

# test262 (tests/test262/README.md): every failure with its message and the
# per-directory table; test262-update rewrites known_failures.txt.
test262: all
	@BUILD=$(BUILD) sh tests/test262/run.sh all
test262-update: all
	@BUILD=$(BUILD) sh tests/test262/run.sh update
# The compiler's golden NAME.out files against node (tests/compiler/).
check-node: all
	@BUILD=$(BUILD) sh tests/compiler/run.sh node

asan:
	$(MAKE) BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	  SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined" check

valgrind: all
	@BUILD=$(BUILD) VALGRIND=1 sh tests/run.sh

# Benchmark-only packages (not needed by check): `make bench-deps`.
BENCH_PKGS := wrk
bench-deps:
	@$(MAKE) --no-print-directory deps DEPS_PKGS="$(BENCH_PKGS)"

bench: all $(BENCHES)
	@BUILD=$(BUILD) sh bench/run.sh

# The compiler's benchmarks (bench/compile/README.md; npm corpus first:
# sh bench/compile/install.sh).
bench-compile: all
	@BUILD=$(BUILD) sh bench/compile/run.sh

# Fuzzing: libFuzzer + ASan/UBSan with clang when it has libFuzzer (own
# build dir), else the standalone driver (fuzz/driver.c) on the normal
# build. FUZZ_TIME seconds per target.
FUZZ_TIME ?= 30
FUZZ_TARGETS := $(patsubst fuzz/%.c,%,$(filter-out fuzz/driver.c,$(wildcard fuzz/*.c)))
fuzz:
	@if printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return 0; }' | \
	  clang -fsanitize=fuzzer -x c - -o /tmp/jsrt-fuzz-probe.$$$$ 2>/dev/null; then \
	  rm -f /tmp/jsrt-fuzz-probe.$$$$; \
	  $(MAKE) BUILD=build-fuzz CC=clang WERROR= OPT="-O1 -g" \
	    SAN="-fsanitize=address,undefined,fuzzer-no-link -fno-sanitize=pointer-overflow" \
	    build-fuzz/libjsrt.a || exit 1; \
	  for t in $(FUZZ_TARGETS); do \
	    clang $(CFLAGS_LIB) -O1 -g -fsanitize=fuzzer,address,undefined \
	      -Ibuild-fuzz/duk fuzz/$$t.c build-fuzz/libjsrt.a -o build-fuzz/$$t $(LDLIBS) || exit 1; \
	    rm -rf build-fuzz/corpus_$$t; mkdir -p build-fuzz/corpus_$$t; \
	    cp fuzz/corpus_$${t#fuzz_}/* build-fuzz/corpus_$$t/ 2>/dev/null; \
	    [ $$t != fuzz_compile ] || for f in tests/compiler/*/*.js; do \
	      cp $$f build-fuzz/corpus_$$t/$$(echo $$f | tr / _); done; \
	    echo "== libFuzzer $$t for $(FUZZ_TIME)s"; \
	    build-fuzz/$$t -max_total_time=$(FUZZ_TIME) -max_len=4096 \
	      -artifact_prefix=build-fuzz/ build-fuzz/corpus_$$t \
	      >build-fuzz/$$t.log 2>&1; rc=$$?; tail -4 build-fuzz/$$t.log; \
	    [ $$rc -eq 0 ] || { grep -m1 -A12 'ERROR\|runtime error\|unexpected' build-fuzz/$$t.log; exit 1; }; \
	  done; \
	else \
	  $(MAKE) all || exit 1; \
	  for t in $(FUZZ_TARGETS); do \
	    $(CC) $(CFLAGS_OURS) fuzz/$$t.c fuzz/driver.c $(BUILD)/libjsrt.a \
	      -o $(BUILD)/$$t $(LDLIBS) || exit 1; \
	    echo "== driver $$t for $(FUZZ_TIME)s (no libFuzzer here)"; \
	    $(BUILD)/$$t -max_total_time=$(FUZZ_TIME) fuzz/corpus_$${t#fuzz_}/* \
	      $$([ $$t != fuzz_compile ] || echo tests/compiler/*/*.js) || exit 1; \
	  done; \
	fi

# ---- install ----
install: all
	install -d $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(INCDIR)/jsrt \
	  $(DESTDIR)$(BINDIR)
	install -m 644 include/jsrt.h $(DESTDIR)$(INCDIR)/jsrt.h
	install -m 644 $(BUILD)/duk/duktape.h $(BUILD)/duk/duk_config.h \
	  $(DESTDIR)$(INCDIR)/jsrt/
	install -m 644 $(BUILD)/libjsrt.a $(DESTDIR)$(LIBDIR)/
	install -m 755 $(BUILD)/libjsrt.so.$(VERSION) $(DESTDIR)$(LIBDIR)/
	ln -sf libjsrt.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf libjsrt.so.$(VERSION) $(DESTDIR)$(LIBDIR)/libjsrt.so
	install -m 755 $(BUILD)/jsrt $(DESTDIR)$(BINDIR)/jsrt
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' \
	  -e 's|@INCDIR@|$(INCDIR)|' -e 's|@VERSION@|$(VERSION)|' \
	  -e 's|@OPT_LIBS@|$(OPT_LDLIBS)|' \
	  mk/jsrt.pc.in > $(DESTDIR)$(LIBDIR)/pkgconfig/jsrt.pc

uninstall:
	rm -f $(DESTDIR)$(INCDIR)/jsrt.h $(DESTDIR)$(LIBDIR)/libjsrt.a \
	  $(DESTDIR)$(LIBDIR)/libjsrt.so* $(DESTDIR)$(BINDIR)/jsrt \
	  $(DESTDIR)$(LIBDIR)/pkgconfig/jsrt.pc
	rm -rf $(DESTDIR)$(INCDIR)/jsrt

# clang-format 14 (Debian 12's clang-format package): `make format-deps`.
FORMAT_PKGS := clang-format
format-deps:
	@$(MAKE) --no-print-directory deps DEPS_PKGS="$(FORMAT_PKGS)"

FORMAT_SRCS := $(wildcard include/*.h $(shell find src -name '*.[ch]') \
  examples/*.c tests/*.c tests/*.h tests/addons/*.c tests/test262/*.c \
  bench/*.c bench/compile/*.c tools/*.c \
  fuzz/*.c)
format:
	clang-format -i $(FORMAT_SRCS)
format-check:
	clang-format --dry-run -Werror $(FORMAT_SRCS)

clean:
	rm -rf build build-asan build-fuzz

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)

# emscore: hand-written GNU Makefile. `make help` lists the targets.

PREFIX     ?= /usr/local
DESTDIR    ?=
bindir     ?= $(PREFIX)/bin
libdir     ?= $(PREFIX)/lib
includedir ?= $(PREFIX)/include
datadir    ?= $(PREFIX)/share
mandir     ?= $(datadir)/man
pkgdatadir ?= $(datadir)/emscore

CC         ?= cc
PKG_CONFIG ?= pkg-config
BUILD      ?= build
SONAME_MAJOR = 0
VERSION    := $(shell sed -n 's/^\#define EMS_VERSION_STRING "\(.*\)"/\1/p' include/emscore.h)

DEPS_PC    = libxml-2.0 libxslt libexslt zlib minizip
XML_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(DEPS_PC) 2>/dev/null)
XML_LIBS   := $(shell $(PKG_CONFIG) --libs $(DEPS_PC) 2>/dev/null)
CMOCKA_CFLAGS := $(shell $(PKG_CONFIG) --cflags cmocka 2>/dev/null)
CMOCKA_LIBS   := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null)

WARN    = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes
OPT    ?= -O2 -g
CFLAGS ?= $(OPT)
# The library sees its internal headers; the command sees only the public
# header (and its own folder), so it stays a thin layer over the API.
INCLUDES = -Iinclude -Iengine
ALL_CFLAGS = -std=c11 -D_XOPEN_SOURCE=700 $(WARN) $(CFLAGS) $(EXTRA_CFLAGS) \
             -fPIC -fvisibility=hidden $(INCLUDES) $(XML_CFLAGS) \
             -DEMS_DATADIR='"$(pkgdatadir)"'
ALL_LDFLAGS = $(LDFLAGS) $(EXTRA_LDFLAGS)
LIBS = $(XML_LIBS) -lpthread

ifeq ($(V),1)
Q =
else
Q = @
endif

LIB_SRC = $(wildcard engine/*.c engine/util/*.c)
CLI_SRC = $(wildcard engine/cli/*.c)
LIB_OBJ = $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ = $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
$(CLI_OBJ): INCLUDES = -Iinclude
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

FUZZ_TARGETS = $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_REPLAY  = $(FUZZ_TARGETS:%=$(BUILD)/fuzz/replay_%)
FUZZ_SECONDS ?= 60

STATIC_LIB = $(BUILD)/libemscore.a
SHARED_LIB = $(BUILD)/libemscore.so.$(VERSION)
EMSCORE    = $(BUILD)/emscore

.PHONY: all check check-latest demo deps install uninstall sanitize valgrind clean help lint fuzz bench

## all: build libemscore.a, libemscore.so and the emscore command into build/
all: $(EMSCORE) $(STATIC_LIB) $(SHARED_LIB)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(STATIC_LIB): $(LIB_OBJ)
	@echo "  AR      $@"
	$(Q)rm -f $@ && ar rcs $@ $^

$(SHARED_LIB): $(LIB_OBJ)
	@echo "  LD      $@"
	$(Q)$(CC) -shared -Wl,-soname,libemscore.so.$(SONAME_MAJOR) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)
	$(Q)ln -sf libemscore.so.$(VERSION) $(BUILD)/libemscore.so.$(SONAME_MAJOR)
	$(Q)ln -sf libemscore.so.$(SONAME_MAJOR) $(BUILD)/libemscore.so

# The command links the static library so it runs from the build tree as is.
$(EMSCORE): $(CLI_OBJ) $(STATIC_LIB)
	@echo "  LD      $@"
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $(CLI_OBJ) $(STATIC_LIB) $(LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(STATIC_LIB)
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) -DEMS_SOURCE_DIR='"$(CURDIR)"' -o $@ $< \
	    $(STATIC_LIB) $(ALL_LDFLAGS) $(CMOCKA_LIBS) $(LIBS)

# Each fuzz target with a plain main, replaying its corpus in `make check`.
$(BUILD)/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/driver.c tests/fuzz/fuzz.h $(STATIC_LIB)
	@mkdir -p $(dir $@)
	@echo "  CC      $@"
	$(Q)$(CC) $(ALL_CFLAGS) -DEMS_SOURCE_DIR='"$(CURDIR)"' -o $@ tests/fuzz/fuzz_$*.c \
	    tests/fuzz/driver.c $(STATIC_LIB) $(ALL_LDFLAGS) $(LIBS)

## check: lint, unit tests (cmocka), end-to-end tests of the real binary, fuzz corpus replay
check: lint all $(UNIT_BIN) $(FUZZ_REPLAY)
	$(Q)EMSCORE=$(EMSCORE) BUILD=$(BUILD) sh tests/run-all.sh $(UNIT_BIN)

# The suites that check what a browser or Slurm makes of emscore's output:
# under the sanitizers they would time chromium and slurmd, not the engine.
SANITIZE_SUITES ?= $(filter-out browser form slurm,$(basename $(notdir $(wildcard tests/cli/*.sh tests/robustness/*.sh tests/packaging/*.sh))))

## sanitize: the check suite (but SANITIZE_SUITES) built with ASan+UBSan in build-san/, its large cases smaller (EMS_TEST_QUICK=1)
sanitize:
	$(Q)EMS_TEST_QUICK=1 SUITES='$(SANITIZE_SUITES)' $(MAKE) --no-print-directory check BUILD=build-san \
	    OPT='-O1 -g -fno-omit-frame-pointer' \
	    EXTRA_CFLAGS='-fsanitize=address,undefined -fno-sanitize-recover=all' \
	    EXTRA_LDFLAGS='-fsanitize=address,undefined'

# The suites that drive every command through the engine; the browser,
# install, man-page and export suites add nothing under valgrind, the
# hostile corpus runs under ASan+UBSan in make sanitize, and the office
# suite (minizip's deflate, eight minutes under valgrind) does too.
VALGRIND_SUITES ?= validate score report template batch followup import climate periods

## valgrind: the end-to-end suites of VALGRIND_SUITES with the binary under valgrind (`make deps VALGRIND=1` installs it)
valgrind: all $(FUZZ_REPLAY)
	@command -v valgrind >/dev/null 2>&1 || { echo "valgrind is not installed: make deps VALGRIND=1"; exit 2; }
	@mkdir -p $(BUILD)/valgrind
	@# Renamed into place: another make valgrind may be running it (.ci/run runs two).
	$(Q)printf '#!/bin/sh\nexec valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect -q "%s" "$$@"\n' \
	    '$(abspath $(EMSCORE))' >$(BUILD)/valgrind/emscore.$$$$ && \
	    chmod +x $(BUILD)/valgrind/emscore.$$$$ && mv -f $(BUILD)/valgrind/emscore.$$$$ $(BUILD)/valgrind/emscore
	$(Q)EMSCORE=$(BUILD)/valgrind/emscore BUILD=$(BUILD) EMS_TEST_QUICK=1 HOSTILE_HEAVY=0 HOSTILE_TIMEOUT=120 \
	    SUITES='$(VALGRIND_SUITES)' sh tests/run-all.sh

## check-latest: make check against Debian unstable's libxml2 and libxslt, in a debootstrap chroot (root; CHROOT=/var/tmp/emscore-sid)
check-latest:
	$(Q)sh tools/check-latest.sh

## fuzz: run each libFuzzer target for FUZZ_SECONDS (clang; `make deps FUZZ=1` installs it)
fuzz:
	$(Q)$(MAKE) --no-print-directory build-fuzz/libemscore.a BUILD=build-fuzz CC=clang \
	    OPT='-O1 -g' EXTRA_CFLAGS='-fsanitize=fuzzer-no-link,address,undefined'
	$(Q)for t in $(FUZZ_TARGETS); do \
	    echo "  FUZZ    $$t"; \
	    clang $(ALL_CFLAGS) -O1 -g -fsanitize=fuzzer,address,undefined \
	        -DEMS_SOURCE_DIR='"$(CURDIR)"' -o build-fuzz/fuzz_$$t tests/fuzz/fuzz_$$t.c \
	        build-fuzz/libemscore.a $(LIBS) || exit 1; \
	    mkdir -p build-fuzz/corpus/$$t && \
	    ./build-fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 \
	        -artifact_prefix=build-fuzz/ build-fuzz/corpus/$$t tests/fuzz/corpus/$$t || exit 1; \
	done

## bench: batch against a per-file pipeline and a one-process floor, and a scaling series (bench/README.md)
bench: $(EMSCORE) $(BUILD)/bench/floor
	$(Q)EMSCORE=$(EMSCORE) FLOOR=$(BUILD)/bench/floor BENCH_WORK=$(BUILD)/bench/data sh bench/run.sh

# The floor is linked to libxml2 and libxslt only, not to libemscore.
$(BUILD)/bench/floor: bench/floor.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	$(Q)$(CC) -std=c11 -D_XOPEN_SOURCE=700 $(WARN) $(CFLAGS) $(EXTRA_CFLAGS) \
	    $(shell $(PKG_CONFIG) --cflags libxml-2.0 libxslt libexslt) -o $@ $< $(ALL_LDFLAGS) \
	    $(shell $(PKG_CONFIG) --libs libxml-2.0 libxslt libexslt)

## demo: install missing dependencies, build, and run emscore on the bundled UN samples
demo: deps
	$(Q)$(MAKE) --no-print-directory all
	$(Q)sh tools/demo.sh $(EMSCORE)

## deps: apt-get install the Debian packages pkg-config cannot find (nothing when all are there); BROWSER=1 adds node, npm and tests/browser's playwright-core; CLUSTER=1 GNU parallel, Slurm and munge; DOCS=1 pandoc; OFFICE=1 LibreOffice Writer
deps:
	$(Q)sh tools/deps.sh

# What install puts under $(pkgdatadir), keeping the layout the engine
# expects (scorecards/, xslt/ with xslt/i18n/).
DATA_FILES = scorecards/emscore.xsd scorecards/un-ems.xml $(wildcard scorecards/samples/*.xml) \
             $(shell find xslt -type f \( -name '*.xsl' -o -name '*.xml' -o -name '*.js' \) | LC_ALL=C sort)
DATA_DIRS  = $(sort $(patsubst %/,%,$(dir $(DATA_FILES))))
SUB_HEADERS = $(wildcard include/emscore/*.h)
PC_FILE    = $(BUILD)/emscore.pc
PATHS_STAMP = $(BUILD)/install-paths

# The install paths compiled into the library (EMS_DATADIR) and written into
# emscore.pc. The stamp changes only when they do, so `make install
# PREFIX=...` after `make` rebuilds exactly what embeds them.
$(PATHS_STAMP): FORCE
	@mkdir -p $(BUILD)
	$(Q)echo '$(PREFIX) $(libdir) $(includedir) $(pkgdatadir)' | cmp -s - $@ || \
	    echo '$(PREFIX) $(libdir) $(includedir) $(pkgdatadir)' >$@
$(BUILD)/obj/engine/engine.o: $(PATHS_STAMP)
FORCE:

$(PC_FILE): emscore.pc.in include/emscore.h $(PATHS_STAMP)
	@echo "  GEN     $@"
	$(Q)sed -e 's|@prefix@|$(PREFIX)|' \
	    -e 's|@libdir@|$(patsubst $(PREFIX)/%,$${prefix}/%,$(libdir))|' \
	    -e 's|@includedir@|$(patsubst $(PREFIX)/%,$${prefix}/%,$(includedir))|' \
	    -e 's|@pkgdatadir@|$(patsubst $(PREFIX)/%,$${prefix}/%,$(pkgdatadir))|' \
	    -e 's|@version@|$(VERSION)|' emscore.pc.in >$@

## install: install the command, libraries, headers, emscore.pc, man pages and data under $(DESTDIR)$(PREFIX)
install: all $(PC_FILE)
	install -d $(DESTDIR)$(bindir) $(DESTDIR)$(libdir)/pkgconfig $(DESTDIR)$(includedir) \
	    $(DESTDIR)$(mandir)/man1 $(DESTDIR)$(mandir)/man5 $(DATA_DIRS:%=$(DESTDIR)$(pkgdatadir)/%)
	install -m 755 $(EMSCORE) $(DESTDIR)$(bindir)/emscore
	install -m 644 $(STATIC_LIB) $(DESTDIR)$(libdir)/libemscore.a
	install -m 755 $(SHARED_LIB) $(DESTDIR)$(libdir)/libemscore.so.$(VERSION)
	ln -sf libemscore.so.$(VERSION) $(DESTDIR)$(libdir)/libemscore.so.$(SONAME_MAJOR)
	ln -sf libemscore.so.$(SONAME_MAJOR) $(DESTDIR)$(libdir)/libemscore.so
	install -m 644 $(PC_FILE) $(DESTDIR)$(libdir)/pkgconfig/emscore.pc
	install -m 644 include/emscore.h $(DESTDIR)$(includedir)/emscore.h
	$(if $(SUB_HEADERS),install -d $(DESTDIR)$(includedir)/emscore && \
	    install -m 644 $(SUB_HEADERS) $(DESTDIR)$(includedir)/emscore/)
	install -m 644 man/emscore.1 $(DESTDIR)$(mandir)/man1/emscore.1
	install -m 644 man/emscore.5 $(DESTDIR)$(mandir)/man5/emscore.5
	for f in $(DATA_FILES); do install -m 644 $$f $(DESTDIR)$(pkgdatadir)/$$f || exit 1; done

## uninstall: remove exactly what install put in place, and emscore's own folders
uninstall:
	rm -f $(DESTDIR)$(bindir)/emscore $(DESTDIR)$(libdir)/libemscore.a \
	    $(DESTDIR)$(libdir)/libemscore.so.$(VERSION) \
	    $(DESTDIR)$(libdir)/libemscore.so.$(SONAME_MAJOR) $(DESTDIR)$(libdir)/libemscore.so \
	    $(DESTDIR)$(libdir)/pkgconfig/emscore.pc $(DESTDIR)$(includedir)/emscore.h \
	    $(SUB_HEADERS:include/%=$(DESTDIR)$(includedir)/%) \
	    $(DESTDIR)$(mandir)/man1/emscore.1 $(DESTDIR)$(mandir)/man5/emscore.5 \
	    $(DATA_FILES:%=$(DESTDIR)$(pkgdatadir)/%)
	for d in $$(printf '%s\n' $(DATA_DIRS:%=$(DESTDIR)$(pkgdatadir)/%) | sort -r) \
	    $(DESTDIR)$(pkgdatadir) $(DESTDIR)$(includedir)/emscore; do \
	    [ ! -d $$d ] || rmdir --ignore-fail-on-non-empty $$d || exit 1; done

## lint: only xmlio.c may call the XML parser; no unsafe parse options anywhere; only report.c uses libxslt; no floating point in the engine
lint:
	$(Q)! grep -nE 'xml(Ctxt)?Read(File|Memory|Doc|Fd|IO)|xmlParse(File|Memory)' $(filter-out engine/xmlio.c,$(LIB_SRC) $(CLI_SRC)) || { echo "lint: parser call outside engine/xmlio.c"; exit 1; }
	$(Q)! grep -nE 'XML_PARSE_(NOENT|DTDLOAD|DTDATTR|DTDVALID|HUGE|RECOVER|XINCLUDE)|XSLT_PARSE_OPTIONS' $(LIB_SRC) $(CLI_SRC) || { echo "lint: unsafe parse option"; exit 1; }
	$(Q)! grep -nE '#include <lib(e)?xslt/' $(filter-out engine/report.c,$(LIB_SRC) $(CLI_SRC)) || { echo "lint: libxslt outside engine/report.c"; exit 1; }
	$(Q)! grep -nwE 'float|double|strtod|strtof|atof|math\.h' $(LIB_SRC) $(wildcard engine/*.h engine/util/*.h) || { echo "lint: floating point in the engine (scores are integer hundredths)"; exit 1; }
	$(Q)! grep -nE '#include "' $(CLI_SRC) engine/cli/*.h | grep -vE '"(emscore\.h|cli\.h|\.\./util/(whole|text)\.h)"' || { echo "lint: the command includes only the public header, cli.h and the self-contained util/whole.h and util/text.h"; exit 1; }
	$(Q)! grep -rn '<xsl:sort' xslt || { echo "lint: a stylesheet sorts: the engine decides every order (doc/formats.md, Results)"; exit 1; }
	$(Q)! grep -rnE '::[A-Za-z*:_-]*\[1\]\[' xslt || { echo "lint: a step's [1] followed by another predicate: libxml2 2.9 then reads every sibling (quadratic); test the node after the step"; exit 1; }
	@echo "lint: ok"

## clean: remove build directories
clean:
	rm -rf build build-san build-fuzz demo-output

## help: list the targets
help:
	@sed -n 's/^## //p' Makefile

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

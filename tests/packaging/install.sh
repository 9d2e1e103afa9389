#!/bin/sh
# make install and make uninstall, as a packager and a library user see them:
#  - an install into a real PREFIX (no DESTDIR) puts every file in place, and
#    the installed binary and library find their data there with no help;
#  - EMSCORE_DATADIR overrides that, and the build tree's binary uses the
#    build tree;
#  - an install with DESTDIR and PREFIX=/usr has the same files, and the
#    example builds against it with pkg-config alone (--define-prefix
#    relocates the tree), shared and static, and runs;
#  - uninstall removes exactly what install put there.
# The builds are the suite's own, in its scratch folder. The make that runs
# the suite passes its command line down through MAKEFLAGS and BUILD, which
# would send them elsewhere; EXTRA_CFLAGS and EXTRA_LDFLAGS are kept, so that
# under `make sanitize` the example runs under the sanitizers too.
. "$(dirname "$0")/../lib.sh"
TREE_BIN="$ROOT/${BUILD:-build}/emscore"
case ${BUILD:-build} in /*) TREE_BIN="$BUILD/emscore" ;; esac
unset MAKEFLAGS MFLAGS MAKELEVEL BUILD EMSCORE_DATADIR
B="$SCRATCH/build"
P="$SCRATCH/prefix"
D="$SCRATCH/dest"
SAMPLES="scorecards/samples"
CC=${CC:-cc}
EX_CFLAGS="-std=c11 -O1 -g -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Werror ${EXTRA_CFLAGS:-}"

fail() {
    FAIL=$((FAIL + 1))
    echo "FAIL: $1"
}

# mk ARGS...: make in the source tree with the suite's build folder; the
# log is shown when it fails.
mk() {
    if make --no-print-directory -C "$ROOT" -j2 BUILD="$B" "$@" >"$SCRATCH/make.log" 2>&1; then
        ok
        return 0
    fi
    fail "make $*"
    tail -n 20 "$SCRATCH/make.log"
    return 1
}

# files DIR: every file and link under DIR, relative to it, sorted.
files() { (cd "$1" && find . ! -type d | sed 's|^\./||' | LC_ALL=C sort); }

# What install must put under a prefix, from the source tree.
expected() {
    version=$1
    {
        printf '%s\n' bin/emscore include/emscore.h lib/libemscore.a lib/libemscore.so \
            lib/libemscore.so.0 "lib/libemscore.so.$version" lib/pkgconfig/emscore.pc \
            share/man/man1/emscore.1 share/man/man5/emscore.5
        (cd "$ROOT" && ls include/emscore/*.h 2>/dev/null)
        (cd "$ROOT" && find scorecards/emscore.xsd scorecards/un-ems.xml "$SAMPLES" xslt -type f \
            \( -name '*.xsd' -o -name '*.xml' -o -name '*.xsl' -o -name '*.js' \)) | sed 's|^|share/emscore/|'
    } | LC_ALL=C sort
}

# ---- install into a real prefix: the compiled-in data folder exists ----
if ! mk PREFIX="$P" install; then
    finish
    exit 1
fi
version=$("$P/bin/emscore" --version | sed 's/^emscore //')
expected "$version" > "$SCRATCH/expected"
files "$P" > "$SCRATCH/installed"
if cmp -s "$SCRATCH/expected" "$SCRATCH/installed"; then ok; else
    fail "installed files differ from the expected list:"
    diff "$SCRATCH/expected" "$SCRATCH/installed"
fi
for f in $(cd "$ROOT" && find scorecards xslt -type f \( -name '*.xs?' -o -name '*.xml' -o -name '*.js' \)); do
    cmp -s "$ROOT/$f" "$P/share/emscore/$f" || echo "$f"
done > "$SCRATCH/changed"
[ ! -s "$SCRATCH/changed" ] && ok || fail "installed data differs: $(cat "$SCRATCH/changed")"
[ "$(readlink "$P/lib/libemscore.so")" = libemscore.so.0 ] &&
    [ "$(readlink "$P/lib/libemscore.so.0")" = "libemscore.so.$version" ] && ok ||
    fail "the library links are not libemscore.so -> .so.0 -> .so.$version"
readelf -d "$P/lib/libemscore.so.$version" | grep -q 'SONAME.*\[libemscore\.so\.0\]' && ok ||
    fail "installed library has no soname libemscore.so.0"

DATA="$P/share/emscore"
SC="$DATA/scorecards/un-ems.xml"
# The installed binary, run from elsewhere with no variable set, uses its
# compiled-in data folder: validates, scores and reports in every language.
cd /
EMSCORE="$P/bin/emscore"
run validate --scorecard "$SC" "$SC" "$DATA/$SAMPLES"/*.xml
check "installed binary validates with its installed data" 0 "" "un-ems.xml: scorecard un-ems"
run score -s "$SC" -o "$SCRATCH/WMO.results.xml" "$DATA/$SAMPLES/wmo-2014-self.xml" \
    "$DATA/$SAMPLES/wmo-2014-peer.xml"
check "installed binary scores" 0
for lang in $(cd "$DATA/xslt/i18n" && ls | sed -n 's/\.xml$//p'); do
    run report --lang "$lang" -o "$SCRATCH/WMO.$lang.html" "$SCRATCH/WMO.results.xml"
    check "installed binary reports in $lang with the installed stylesheets" 0
    grep -q '<html' "$SCRATCH/WMO.$lang.html" && ok || fail "report in $lang is not HTML"
done
mv "$DATA" "$DATA.away"
run validate "$DATA.away/scorecards/un-ems.xml"
check "installed binary looks in PREFIX/share/emscore" 2 "^$DATA: error: data folder not found"
STATUS=0
EMSCORE_DATADIR="$ROOT" "$EMSCORE" validate "$DATA.away/scorecards/un-ems.xml" >"$OUT" 2>"$ERR" ||
    STATUS=$?
check "EMSCORE_DATADIR overrides the installed folder" 0 "" "scorecard un-ems"
mv "$DATA.away" "$DATA"
STATUS=0
EMSCORE_DATADIR="$SCRATCH/nowhere" "$EMSCORE" validate "$SC" >"$OUT" 2>"$ERR" || STATUS=$?
check "EMSCORE_DATADIR wins over an existing installed folder" 2 "^$SCRATCH/nowhere: error:"

# The build tree's binary uses the tree it was built in (the folder above
# its build folder), unless EMSCORE_DATADIR says otherwise.
mkdir -p "$SCRATCH/tree/build" "$SCRATCH/tree/engine/cli"
cp "$TREE_BIN" "$SCRATCH/tree/build/emscore"
: > "$SCRATCH/tree/engine/cli/cli.c"
EMSCORE="$SCRATCH/tree/build/emscore"
run validate "$SC"
check "build-tree binary looks in its tree" 2 "^$SCRATCH/tree/scorecards/emscore.xsd: error:"
cp -R "$ROOT/scorecards" "$SCRATCH/tree/scorecards"
run validate "$SC"
check "build-tree binary uses its tree's schema" 0 "" "scorecard un-ems"
STATUS=0
EMSCORE_DATADIR="$SCRATCH/nowhere" "$EMSCORE" validate "$SC" >"$OUT" 2>"$ERR" || STATUS=$?
check "EMSCORE_DATADIR wins over the build tree" 2 "^$SCRATCH/nowhere: error:"

# A program built with pkg-config against the prefix finds the data through
# the library's compiled-in folder, and writes what `emscore score` writes.
export PKG_CONFIG_PATH="$P/lib/pkgconfig"
[ "$(pkg-config --modversion emscore)" = "$version" ] && ok || fail "pkg-config --modversion"
[ "$(pkg-config --variable=pkgdatadir emscore)" = "$DATA" ] && ok || fail "pkgdatadir variable"
pkg-config --validate emscore >"$SCRATCH/pc.log" 2>&1 && ok || fail "emscore.pc: $(cat "$SCRATCH/pc.log")"
mkdir "$SCRATCH/ex1"
if make -s -C "$SCRATCH/ex1" -f "$ROOT/examples/Makefile" CC="$CC" CFLAGS="$EX_CFLAGS" \
    LDFLAGS="${EXTRA_LDFLAGS:-}" >"$SCRATCH/ex.log" 2>&1; then ok; else
    fail "examples/Makefile against PREFIX: $(cat "$SCRATCH/ex.log")"
fi
readelf -d "$SCRATCH/ex1/score_and_report" | grep -q 'NEEDED.*\[libemscore\.so\.0\]' && ok ||
    fail "the example does not need libemscore.so.0"
EMSCORE="$SCRATCH/ex1/score_and_report"
STATUS=0
LD_LIBRARY_PATH="$P/lib" "$EMSCORE" "$SC" "$DATA/$SAMPLES/wmo-2014-self.xml" \
    "$DATA/$SAMPLES/wmo-2014-peer.xml" "$SCRATCH/ex1/WMO.results.xml" "$SCRATCH/ex1/WMO.html" \
    >"$OUT" 2>"$ERR" || STATUS=$?
check "example built against PREFIX runs" 0 "" "^WMO 2014: final [0-9]+\.[0-9]{2}, grade [a-z]+$"
cmp -s "$SCRATCH/ex1/WMO.results.xml" "$SCRATCH/WMO.results.xml" && ok ||
    fail "the example's results differ from emscore score's"
grep -q '<html' "$SCRATCH/ex1/WMO.html" && ok || fail "the example's report is not HTML"
STATUS=0
LD_LIBRARY_PATH="$P/lib" "$EMSCORE" "$SC" "$DATA/$SAMPLES/wmo-2014-self.xml" \
    "$DATA/$SAMPLES/unep-2014-peer.xml" "$SCRATCH/ex1/x.xml" "$SCRATCH/ex1/x.html" \
    >"$OUT" 2>"$ERR" || STATUS=$?
check "example reports a mismatch" 1 "unep-2014-peer.xml:[0-9]+: error: agency 'UNEP' differs"
[ ! -e "$SCRATCH/ex1/x.xml" ] && ok || fail "the failed example left a results file"

# ---- the same with DESTDIR, as a package is built ----
mk PREFIX=/usr DESTDIR="$D" install
files "$D/usr" > "$SCRATCH/staged"
cmp -s "$SCRATCH/expected" "$SCRATCH/staged" && ok || {
    fail "DESTDIR install differs from the expected list:"
    diff "$SCRATCH/expected" "$SCRATCH/staged"
}
grep -qx 'prefix=/usr' "$D/usr/lib/pkgconfig/emscore.pc" && ok || fail "emscore.pc prefix is not /usr"
if [ ! -e /usr/share/emscore ]; then
    EMSCORE="$D/usr/bin/emscore"
    run validate "$SC"
    check "DESTDIR binary looks in /usr/share/emscore" 2 "^/usr/share/emscore: error: data folder not found"
fi
PKG_CONFIG_PATH="$D/usr/lib/pkgconfig"
pc() { pkg-config --define-prefix "$@" emscore; }
STAGED=$(pc --variable=pkgdatadir)
[ "$STAGED" = "$D/usr/share/emscore" ] && ok || fail "relocated pkgdatadir is $STAGED"
mkdir "$SCRATCH/ex2"
if make -s -C "$SCRATCH/ex2" -f "$ROOT/examples/Makefile" CC="$CC" CFLAGS="$EX_CFLAGS" \
    LDFLAGS="${EXTRA_LDFLAGS:-}" PKG_CONFIG="pkg-config --define-prefix" >"$SCRATCH/ex.log" 2>&1
then ok; else
    fail "examples/Makefile against DESTDIR: $(cat "$SCRATCH/ex.log")"
fi
# Static: the archive instead of -lemscore, its dependencies from Requires.private.
# shellcheck disable=SC2046
if $CC $EX_CFLAGS $(pc --cflags) -o "$SCRATCH/ex2/static" "$ROOT/examples/score_and_report.c" \
    ${EXTRA_LDFLAGS:-} $(pc --static --libs | sed 's/-lemscore\( \|$\)/-l:libemscore.a /') \
    >"$SCRATCH/ex.log" 2>&1; then ok; else
    fail "static link with pkg-config --static: $(cat "$SCRATCH/ex.log")"
fi
if readelf -d "$SCRATCH/ex2/static" | grep -q 'NEEDED.*libemscore'; then
    fail "the static example needs libemscore.so"
else
    ok
fi
for ex in score_and_report static; do
    EMSCORE="$SCRATCH/ex2/$ex"
    rm -f "$SCRATCH/ex2/WMO.results.xml"
    STATUS=0
    LD_LIBRARY_PATH="$D/usr/lib" EMSCORE_DATADIR="$STAGED" "$EMSCORE" "$SC" \
        "$DATA/$SAMPLES/wmo-2014-self.xml" "$DATA/$SAMPLES/wmo-2014-peer.xml" \
        "$SCRATCH/ex2/WMO.results.xml" "$SCRATCH/ex2/WMO.html" >"$OUT" 2>"$ERR" || STATUS=$?
    check "example ($ex) built against DESTDIR runs" 0 "" "^WMO 2014: final "
    cmp -s "$SCRATCH/ex2/WMO.results.xml" "$SCRATCH/WMO.results.xml" && ok ||
        fail "the example's ($ex) results differ from emscore score's"
done

# ---- uninstall: exactly what install put, and emscore's own folders ----
mkdir -p "$D/usr/share/man/man1"
: > "$D/usr/lib/libother.so.1"
: > "$D/usr/share/man/man1/other.1"
mk PREFIX=/usr DESTDIR="$D" uninstall
mk PREFIX=/usr DESTDIR="$D" uninstall
files "$D" > "$SCRATCH/left"
printf '%s\n' usr/lib/libother.so.1 usr/share/man/man1/other.1 > "$SCRATCH/others"
cmp -s "$SCRATCH/others" "$SCRATCH/left" && ok || fail "uninstall left: $(tr '\n' ' ' < "$SCRATCH/left")"
[ ! -e "$D/usr/share/emscore" ] && [ ! -e "$D/usr/include/emscore" ] && ok ||
    fail "uninstall left emscore's folders"
mk PREFIX="$P" uninstall
[ -z "$(files "$P")" ] && ok || fail "uninstall from PREFIX left: $(files "$P" | tr '\n' ' ')"
[ ! -e "$P/share/emscore" ] && ok || fail "uninstall left PREFIX/share/emscore"
finish

#!/bin/sh
# The shared library exports the public API and nothing else: every dynamic
# symbol is declared with EMS_API in the public headers and every EMS_API
# function is exported; the soname is libemscore.so.0 with the usual links;
# the static library's global symbols all carry the ems_ prefix, so they
# cannot clash with a program linking it; and the exports are exactly those
# recorded in abi/emscore.sym, so none appears or disappears unnoticed.
# Environment: BUILD (the build folder, default build).
. "$(dirname "$0")/../lib.sh"
export LC_ALL=C # comm and sort agree on one order
LIBDIR=${BUILD:-build}
case $LIBDIR in /*) ;; *) LIBDIR="$ROOT/$LIBDIR" ;; esac

fail() {
    FAIL=$((FAIL + 1))
    echo "FAIL: $1"
}

# expect_none NAME FILE: passes when FILE is empty, else reports its lines.
expect_none() {
    if [ -s "$2" ]; then
        fail "$1: $(tr '\n' ' ' < "$2")"
    else
        ok
    fi
}

run --version
version=$(sed 's/^emscore //' "$OUT")
so="$LIBDIR/libemscore.so.$version"
[ -f "$so" ] && ok || fail "no $so"

soname=$(readelf -d "$so" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ "$soname" = libemscore.so.0 ] && ok || fail "soname is '$soname', not libemscore.so.0"
[ "$(readlink "$LIBDIR/libemscore.so.0")" = "libemscore.so.$version" ] && ok ||
    fail "libemscore.so.0 does not link to libemscore.so.$version"
[ "$(readlink "$LIBDIR/libemscore.so")" = libemscore.so.0 ] && ok ||
    fail "libemscore.so does not link to libemscore.so.0"

nm -D --defined-only "$so" | awk '{ print $NF }' | sort -u > "$SCRATCH/exported"
cat "$ROOT"/include/emscore.h "$ROOT"/include/emscore/*.h 2>/dev/null |
    sed -n 's/^EMS_API [^(]*[ *]\([A-Za-z_][A-Za-z0-9_]*\)(.*/\1/p' | sort -u > "$SCRATCH/declared"
[ -s "$SCRATCH/declared" ] && ok || fail "no EMS_API declaration found in include/"

grep -v '^ems_' "$SCRATCH/exported" > "$SCRATCH/unprefixed"
expect_none "exported without the ems_ prefix" "$SCRATCH/unprefixed"
grep '__' "$SCRATCH/exported" > "$SCRATCH/internal"
expect_none "internal ems_x__y functions exported (drop their EMS_API)" "$SCRATCH/internal"
comm -23 "$SCRATCH/exported" "$SCRATCH/declared" > "$SCRATCH/undeclared"
expect_none "exported but not declared with EMS_API in include/" "$SCRATCH/undeclared"
comm -13 "$SCRATCH/exported" "$SCRATCH/declared" > "$SCRATCH/unexported"
expect_none "declared with EMS_API but not exported (defined?)" "$SCRATCH/unexported"

grep -v '^#' "$ROOT/abi/emscore.sym" > "$SCRATCH/recorded"
comm -23 "$SCRATCH/exported" "$SCRATCH/recorded" > "$SCRATCH/unrecorded"
expect_none "exported but not recorded in abi/emscore.sym (a new export: add its line)" \
    "$SCRATCH/unrecorded"
comm -13 "$SCRATCH/exported" "$SCRATCH/recorded" > "$SCRATCH/vanished"
expect_none "recorded in abi/emscore.sym but no longer exported (this breaks libemscore.so.0)" \
    "$SCRATCH/vanished"

# Global symbols of the archive: definitions only (not U), any type.
# (__odr_asan.NAME: AddressSanitizer's marker beside each global NAME)
nm -g --defined-only "$LIBDIR/libemscore.a" | awk 'NF == 3 { print $3 }' |
    sed 's/^__odr_asan\.//' | grep -v '^ems_' |
    sort -u > "$SCRATCH/static"
expect_none "libemscore.a defines global symbols without the ems_ prefix" "$SCRATCH/static"
finish

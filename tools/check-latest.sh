#!/bin/sh
# make check-latest: the whole `make check` against Debian unstable's
# libxml2 and libxslt (2.15 and 1.1.45 when written), in a chroot made with
# debootstrap from Debian's archive. Needs root. The chroot is kept between
# runs (CHROOT, default /var/tmp/emscore-sid) and brought up to date; the
# source tree is copied in afresh each time.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CHROOT=${CHROOT:-/var/tmp/emscore-sid}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
# libgcrypt20-dev: the static link of tests/packaging/install.sh (libexslt needs it).
PACKAGES=build-essential,pkg-config,libxml2-dev,libxslt1-dev,zlib1g-dev,libminizip-dev,libcmocka-dev,libxml2-utils,python3,libgcrypt20-dev

[ "$(id -u)" -eq 0 ] || { echo "check-latest: needs root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null 2>&1 ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; }

if [ ! -x "$CHROOT/usr/bin/make" ]; then
    echo "check-latest: debootstrap sid into $CHROOT (a few minutes, once)"
    mkdir -p "$CHROOT"
    debootstrap --variant=minbase --include="$PACKAGES" sid "$CHROOT" "$MIRROR" >"$CHROOT.log" 2>&1 ||
        { tail -20 "$CHROOT.log" >&2; exit 2; }
fi

mounted=""
cleanup() {
    for m in $mounted; do umount "$CHROOT/$m" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM
# dev/pts: the tests that write to a terminal run under script(1).
for m in proc sys dev dev/pts; do
    mountpoint -q "$CHROOT/$m" || { mount --bind "/$m" "$CHROOT/$m" && mounted="$m $mounted"; }
done

inside() { chroot "$CHROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
# unstable's Release file expires within days; an archive mirror that is a
# little behind must still do.
inside apt-get -o Acquire::Check-Valid-Until=false update -qq
# shellcheck disable=SC2046 # one word a package
inside env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    $(echo "$PACKAGES" | tr , ' ') >/dev/null

rm -rf "$CHROOT/src"
mkdir -p "$CHROOT/src"
(cd "$ROOT" && git ls-files -co --exclude-standard | grep -v '^tests/browser/node_modules' |
    tar -cf - -T -) | tar -xf - -C "$CHROOT/src"
echo "check-latest: libxml2 $(inside xml2-config --version), libxslt $(inside pkg-config --modversion libxslt)"
# A slower libxml2 and a loaded machine: more time per hostile case.
inside sh -c 'cd /src && make -j2 EXTRA_CFLAGS=-Werror all && HOSTILE_TIMEOUT=60 make check'

#!/bin/sh
# Installs the Debian packages emscore needs when pkg-config cannot find
# them; does nothing when everything is there. VALGRIND=1 adds valgrind;
# BROWSER=1 adds node and npm, and the pinned playwright-core of
# tests/browser that tests/cli/form.sh drives Chromium with, and poppler's
# pdftotext, which tests/cli/browser.sh reads the printed reports with. CLUSTER=1 adds
# GNU parallel, Slurm and munge, which tests/cli/shards.sh and slurm.sh run
# shards under (they skip those cases without them); DOCS=1 adds pandoc and
# OFFICE=1 LibreOffice Writer, the readers tests/cli/office.sh opens the
# DOCX and ODT reports with.
set -eu
browser=$(cd "$(dirname "$0")/../tests/browser" && pwd)
PKG_CONFIG=${PKG_CONFIG:-pkg-config}
missing=""
need() { # pkg-config module, Debian package
    if ! command -v "$PKG_CONFIG" >/dev/null 2>&1 || ! "$PKG_CONFIG" --exists "$1"; then
        missing="$missing $2"
    fi
}
need libxml-2.0 libxml2-dev
need libxslt libxslt1-dev
need libexslt libxslt1-dev
need zlib zlib1g-dev
need minizip libminizip-dev
need cmocka libcmocka-dev
command -v "$PKG_CONFIG" >/dev/null 2>&1 || missing="$missing pkg-config"
command -v xmllint >/dev/null 2>&1 || missing="$missing libxml2-utils"
# valgrind only when asked for (make deps VALGRIND=1): only `make valgrind` needs it.
if [ "${VALGRIND:-0}" = 1 ]; then
    command -v valgrind >/dev/null 2>&1 || missing="$missing valgrind"
fi
# clang and its sanitizer runtime only for `make fuzz` (make deps FUZZ=1).
if [ "${FUZZ:-0}" = 1 ]; then
    command -v clang >/dev/null 2>&1 || missing="$missing clang"
    ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 ||
        missing="$missing libclang-rt-dev"
fi
# pandoc only for reading the DOCX and ODT reports back (make deps DOCS=1).
if [ "${DOCS:-0}" = 1 ]; then
    command -v pandoc >/dev/null 2>&1 || missing="$missing pandoc"
fi
# LibreOffice Writer (some 300 MB) only when asked for (make deps OFFICE=1).
if [ "${OFFICE:-0}" = 1 ]; then
    command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer-nogui"
fi
# node and npm only for the browser test of the offline form (make deps BROWSER=1).
if [ "${BROWSER:-0}" = 1 ]; then
    command -v node >/dev/null 2>&1 || missing="$missing nodejs"
    command -v npm >/dev/null 2>&1 || missing="$missing npm"
    # pdftotext reads back the PDFs Chromium prints (tests/cli/browser.sh).
    command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
fi
# The schedulers the scale-out tests run real shards under (make deps CLUSTER=1).
if [ "${CLUSTER:-0}" = 1 ]; then
    command -v parallel >/dev/null 2>&1 || missing="$missing parallel"
    command -v slurmctld >/dev/null 2>&1 || missing="$missing slurm-wlm"
    command -v munged >/dev/null 2>&1 || missing="$missing munge"
fi
# npm ci: exactly the versions of tests/browser/package-lock.json.
browser_modules() {
    [ "${BROWSER:-0}" = 1 ] && [ ! -d "$browser/node_modules/playwright-core" ] || return 0
    echo "deps: npm ci --prefix tests/browser"
    npm ci --prefix "$browser" --no-audit --no-fund
}
# The end-to-end tests read HTML, CSV and JSON back and run a loopback
# listener with the standard library of python3.
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
[ -n "$missing" ] || { browser_modules; exit 0; }
missing=$(printf '%s\n' $missing | sort -u | tr '\n' ' ')
echo "deps: installing$missing"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing
browser_modules

#!/bin/sh
# Opens an HTML report in headless Chromium: a screenshot of the first
# 1280x2000 pixels and a print to PDF (A4, the report's own running header
# and page numbers, no browser header or footer).
#   chromium.sh REPORT.html OUT_PREFIX  ->  OUT_PREFIX.png, OUT_PREFIX.pdf
# Prints the number of pages. Exit status: 0 done, 1 Chromium failed,
# 77 Chromium is not installed.
set -u
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || exit 77
html=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# A fresh profile, nothing in the background, no network features.
browse() {
    timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --disable-dev-shm-usage --user-data-dir="$profile" "$@" "file://$html" \
        >"$out.log" 2>&1
}
browse --screenshot="$out.png" --window-size=1280,2000 || exit 1
browse --no-pdf-header-footer --print-to-pdf="$out.pdf" || exit 1
[ -s "$out.png" ] && [ -s "$out.pdf" ] || exit 1
if command -v pdfinfo >/dev/null 2>&1; then
    pdfinfo "$out.pdf" | sed -n 's/^Pages: *//p'
else
    # A page object, not the page tree (/Pages); the name may end its line.
    grep -a -o -E '/Type */Page([^s]|$)' "$out.pdf" | wc -l | tr -d ' '
fi

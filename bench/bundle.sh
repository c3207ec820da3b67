#!/usr/bin/env bash
# Benchmark: bytes the first page downloads (raw, gzip -9, brotli -q 11), per file and in
# total, from a fresh release build. Budget for now: 200 KB brotli; the product's goal is
# 120 KB. Usage: bench/bundle.sh [--no-build]
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"

if [ "${1:-}" != "--no-build" ]; then
    setup_test_tools
    build_app
fi
DIST="$ROOT/dist"
# What a first visit fetches: the HTML, what it links (JS glue, wasm, CSS, icon) and the
# runtime config. zh-CN's Fluent messages are compiled into the wasm; a reader of another
# language also fetches that language's one file (listed below the total).
files=("$DIST/index.html" "$DIST"/hall-guide-*.js "$DIST"/*.wasm "$DIST"/*.css "$DIST/config.json" "$DIST/favicon.svg")
printf '%-48s %10s %10s %10s\n' file raw gzip brotli
total_raw=0; total_gz=0; total_br=0
for file in "${files[@]}"; do
    raw=$(wc -c <"$file"); gz=$(gzip -9c "$file" | wc -c); br=$(brotli -q 11 -c "$file" | wc -c)
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
    printf '%-48s %10d %10d %10d\n' "$(basename "$file")" "$raw" "$gz" "$br"
done
printf '%-48s %10d %10d %10d\n' TOTAL "$total_raw" "$total_gz" "$total_br"
awk -v br="$total_br" 'BEGIN { printf "\nbrotli total: %.1f KB (budget 200 KB, goal 120 KB)\n", br / 1000 }'
printf '\nplus, for a reader of another language, its messages:\n'
for file in "$DIST"/locales/*.ftl; do
    printf '%-48s %10d %10d %10d\n' "locales/$(basename "$file")" "$(wc -c <"$file")" "$(gzip -9c "$file" | wc -c)" "$(brotli -q 11 -c "$file" | wc -c)"
done
# Fetched after the page has loaded (not part of the first paint): the service worker.
printf "\nafter load: sw.js %d bytes brotli (it keeps the files above and every language's messages for offline use, from the browser's HTTP cache: no second download)\n" "$(brotli -q 11 -c "$DIST/sw.js" | wc -c)"

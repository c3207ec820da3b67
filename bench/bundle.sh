#!/usr/bin/env bash
# Benchmark: bytes the first page downloads (raw, gzip -9, brotli -q 11), per file and in
# total, from a fresh release build; then what each page loaded later costs when first
# shown, and what each crate costs in the first page's wasm (twiggy). Budget for now:
# 200 KB brotli; the product's goal is 120 KB. Usage: bench/bundle.sh [--no-build]
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"

if [ "${1:-}" != "--no-build" ]; then
    setup_test_tools
    build_app
fi
DIST="$ROOT/dist"
sizes() { printf '%10d %10d %10d' "$(wc -c <"$1")" "$(gzip -9c "$1" | wc -c)" "$(brotli -q 11 -c "$1" | wc -c)"; }

# What a first visit fetches: the HTML, what it links (JS glue, main wasm, the split
# loader, CSS, icon) and the runtime config. zh-CN's Fluent messages are compiled into the
# wasm; a reader of another language also fetches that language's one file (listed below
# the total). The pages of src/pages/later.rs are not part of it (listed after).
files=("$DIST/index.html" "$DIST"/hall-guide-*.js "$DIST"/hall-guide-*_bg.wasm)
shopt -s nullglob
files+=("$DIST"/wasm-split-*.js "$DIST"/*.css "$DIST/config.json" "$DIST/favicon.svg")
printf '%-48s %10s %10s %10s\n' file raw gzip brotli
total_raw=0; total_gz=0; total_br=0
for file in "${files[@]}"; do
    read -r raw gz br <<<"$(sizes "$file")"
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
    printf '%-48s %10d %10d %10d\n' "$(basename "$file")" "$raw" "$gz" "$br"
done
printf '%-48s %10d %10d %10d\n' TOTAL "$total_raw" "$total_gz" "$total_br"
awk -v br="$total_br" 'BEGIN { printf "\nbrotli total: %.1f KB (budget 200 KB, goal 120 KB)\n", br / 1000 }'
printf '\nplus, for a reader of another language, its messages:\n'
for file in "$DIST"/locales/*.ftl; do
    printf '%-48s %s\n' "locales/$(basename "$file")" "$(sizes "$file")"
done

# The pages loaded later: each page's own file plus the shared chunks it needs (the
# loader's dependency lists), the figure a citizen's first tap on that page fetches.
# A second such page fetches less: chunks already loaded are not fetched again.
loader=("$DIST"/wasm-split-*.js)
if [ ${#loader[@]} -gt 0 ]; then
    printf '\nfetched when first shown (the page and the shared chunks it needs; service worker keeps them after the first visit):\n'
    printf '%-48s %10s %10s %10s\n' page raw gzip brotli
    node - "$DIST" "${loader[0]}" <<'EOF'
const { readFileSync } = require("node:fs");
const { brotliCompressSync, gzipSync, constants } = require("node:zlib");
const [dist, loaderFile] = process.argv.slice(2);
const js = readFileSync(loaderFile, "utf8");
const size = (name) => {
    const bytes = readFileSync(`${dist}/${name}`);
    return [bytes.length, gzipSync(bytes, { level: 9 }).length,
        brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
};
const chunks = Object.fromEntries([...js.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)].map((m) => [m[1], m[2]]));
for (const m of js.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?, \[([^\]]*)\]\)\)/g)) {
    const deps = m[3].split(",").map((d) => d.trim()).filter(Boolean).map((d) => chunks[d]);
    const own = size(m[2]);
    const all = [m[2], ...deps].map(size).reduce((a, b) => a.map((x, i) => x + b[i]));
    const pad = (n) => String(n).padStart(10);
    console.log(`${m[1].padEnd(48)} ${all.map(pad).join(" ")}   (its own file ${own[2]} brotli, ${deps.length} shared chunks)`);
}
EOF
fi

# What each crate costs in the first page's wasm: twiggy's shallow sizes of the main
# module as split (before wasm-opt and wasm-bindgen, which shrink every crate about alike),
# grouped by the crate a function's name starts with (for an impl of another crate's trait
# on a type of none, the trait's). "data" is static data (strings, tables); "other" is what
# has no Rust path (imports, wasm-bindgen's glue, the function table).
wasm="$ROOT/target/split/main.wasm"
[ -f "$wasm" ] || wasm="$(ls "$ROOT"/target/nightly/wasm32-unknown-unknown/release/hall-guide.wasm "$ROOT"/target/wasm32-unknown-unknown/release/hall-guide.wasm 2>/dev/null | head -1)"
if [ -n "$wasm" ] && [ -f "$wasm" ]; then
    if ! command -v twiggy >/dev/null; then
        say "Installing twiggy (about 2 minutes, once per machine)"
        cargo install twiggy --version 0.8.0 --locked --root "$TOOLS" >/dev/null 2>&1 || cargo install twiggy --locked --root "$TOOLS"
    fi
    printf '\nper crate, first page wasm (%s, before wasm-opt; share of code and data):\n' "${wasm#"$ROOT"/}"
    twiggy top -n 1000000 -f csv "$wasm" | node -e '
const lines = require("node:fs").readFileSync(0, "utf8").split("\n").slice(1).filter(Boolean);
const by = new Map();
let total = 0;
for (const line of lines) {
    const match = /^(?:"((?:[^"]|"")*)"|([^,]*)),(\d+),/.exec(line);
    if (!match) continue;
    const name = (match[1] ?? match[2]).replaceAll("\"\"", "\"");
    const bytes = Number(match[3]);
    // Sections wasm-opt strips, and the describe functions wasm-bindgen removes.
    if (/custom section|"function names" subsection|__wbindgen_describe/.test(name)) continue;
    let crate = "other";
    if (/^data segment/.test(name)) crate = "data";
    else {
        // <_ as tachys::…>, <f64 as core::…>, <() as …>: the crate of the trait.
        const own = name.replace(/^<(?:_|\(\)|[a-z][a-z0-9]*|&(?:mut )?str) as /, "<");
        const path = /^[<&*\s(\[]*(?:dyn |mut |const )?([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(own);
        if (path) crate = path[1];
    }
    by.set(crate, (by.get(crate) ?? 0) + bytes);
    total += bytes;
}
const rows = [...by].sort((a, b) => b[1] - a[1]);
const shown = rows.slice(0, 20);
const rest = rows.slice(20).reduce((sum, [, n]) => sum + n, 0);
for (const [crate, bytes] of shown) console.log(`${crate.padEnd(32)} ${String(bytes).padStart(10)} ${(100 * bytes / total).toFixed(1).padStart(6)} %`);
console.log(`${(`${rows.length - 20} more crates`).padEnd(32)} ${String(rest).padStart(10)} ${(100 * rest / total).toFixed(1).padStart(6)} %`);
console.log(`${"TOTAL".padEnd(32)} ${String(total).padStart(10)}`);
'
fi

# Fetched after the page has loaded (not part of the first paint): the service worker.
printf "\nafter load: sw.js %d bytes brotli (it keeps the files above for offline use from the browser's HTTP cache, no second download; and fetches the later pages and every language's messages in the background)\n" "$(brotli -q 11 -c "$DIST/sw.js" | wc -c)"

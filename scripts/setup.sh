# shellcheck shell=bash
# Sourced by scripts/serve.sh and scripts/test.sh: installs whatever the build needs and
# is missing, into a per-machine tools folder that every later run (and every clone on
# this machine, CI included) reuses. Safe to run again: each step checks first.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${HALL_GUIDE_TOOLS:-$HOME/.cache/hall-guide/tools}"
export PATH="$TOOLS/bin:$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
TRUNK_VERSION="0.21.14"
# Splits the release wasm (build_app); its format must suit Cargo.lock's wasm_split_helpers.
WASM_SPLIT_VERSION="0.2.4"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The wasm-bindgen version the app is locked to; the CLI must match it exactly.
wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

setup_build_tools() {
    mkdir -p "$TOOLS"
    if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
        say "Adding the wasm32 target"
        rustup target add wasm32-unknown-unknown
    fi
    if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
        say "Installing Trunk $TRUNK_VERSION (about 8 minutes, once per machine)"
        cargo install trunk --version "$TRUNK_VERSION" --locked --root "$TOOLS"
    fi
    local wbg
    wbg="$(wasm_bindgen_version)"
    if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
        say "Installing wasm-bindgen-cli $wbg (about 3 minutes, once per machine)"
        # No --locked: its lockfile pins a crate version the registry does not have.
        cargo install wasm-bindgen-cli --version "$wbg" --root "$TOOLS" --force
    fi
    # It has no --version: cargo's record of what it installed says.
    if ! grep -q "^\"wasm_split_cli_support $WASM_SPLIT_VERSION " "$TOOLS/.crates.toml" 2>/dev/null || [ ! -x "$TOOLS/bin/wasm-split-cli" ]; then
        say "Installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes, once per machine)"
        cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --root "$TOOLS" --force
    fi
    if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/node_modules/playwright-core" ] || [ ! -f "$ROOT/node_modules/axe-core/axe.min.js" ]; then
        say "Installing npm packages (binaryen's wasm-opt, playwright-core, axe-core)"
        (cd "$ROOT" && npm install --no-audit --no-fund --loglevel=error)
    fi
}

# The release build of the app uses the nightly toolchain's build-std with panic
# "immediate-abort" when the machine has it: about 20 KB (brotli) less to download on a
# slow phone. Stable Rust builds the same app, only larger; HALL_STABLE_WASM=1 forces it.
setup_nightly_wasm() {
    [ "${HALL_STABLE_WASM:-0}" = 1 ] && return 1
    rustup run nightly rustc --version >/dev/null 2>&1 || return 1
    if ! rustup component list --toolchain nightly --installed 2>/dev/null | grep -q '^rust-src'; then
        rustup component add rust-src --toolchain nightly >/dev/null 2>&1 || return 1
    fi
}

# Both builds erase component types (Leptos's `erase_components`): each component returns
# an AnyView instead of a deeply nested static type, which makes the wasm about 14 % smaller
# (333 → 286 KB brotli). Nightly also drops Debug formatting and panic locations.
build_app() {
    # Split: the pages of src/pages/later.rs go into .wasm files of their own, fetched when
    # first shown (scripts/split/wasm-bindgen, scripts/post-build.mjs). HALL_SPLIT_WASM=0
    # builds one wasm, as `trunk serve` does.
    local split_flags="" split_path="$PATH"
    if [ "${HALL_SPLIT_WASM:-1}" = 1 ]; then
        split_flags="--cfg hall_split -Clink-args=--emit-relocs"
        split_path="$ROOT/scripts/split:$PATH"
        export HALL_SPLIT_DIR="$ROOT/target/split"
    else
        unset HALL_SPLIT_DIR
    fi
    if setup_nightly_wasm; then
        say "Building the app (release, nightly build-std)"
        (cd "$ROOT" && PATH="$split_path" RUSTUP_TOOLCHAIN=nightly CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
            RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none --cfg erase_components $split_flags" CARGO_TARGET_DIR="$ROOT/target/nightly" \
            trunk build --release)
    else
        say "Building the app (release, stable toolchain)"
        (cd "$ROOT" && PATH="$split_path" RUSTFLAGS="--cfg erase_components $split_flags" trunk build --release)
    fi
    precompress "$ROOT/dist"
}

# The staff console (console/): a Trunk build of its own into console/dist, served by
# hall-server at /console/ (`serve --console-dist`). Same toolchain choice as the app; one
# wasm, not split (staff load it once a day on a counter PC).
build_console() {
    if setup_nightly_wasm; then
        say "Building the staff console (release, nightly build-std)"
        (cd "$ROOT/console" && RUSTUP_TOOLCHAIN=nightly CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
            RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none --cfg erase_components" CARGO_TARGET_DIR="$ROOT/target/nightly" \
            trunk build --release)
    else
        say "Building the staff console (release, stable toolchain)"
        (cd "$ROOT/console" && RUSTFLAGS="--cfg erase_components" trunk build --release)
    fi
    precompress "$ROOT/console/dist"
    CONSOLE_DIST="$ROOT/console/dist"
}

# Brotli and gzip copies beside each file, at the highest levels, for the server to send
# to browsers that accept them (it never compresses these on the fly). Not config.json:
# deployments edit it in place, and a stale compressed copy would win over the edit.
precompress() {
    local file
    rm -f "$1/config.json.br" "$1/config.json.gz"
    find "$1" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.json' -o -name '*.svg' -o -name '*.ftl' \) ! -name config.json |
        while read -r file; do
            if command -v brotli >/dev/null; then brotli -f -q 11 -o "$file.br" "$file"; fi
            gzip -f -k -9 "$file"
        done
}

build_server() {
    say "Building the server"
    (cd "$ROOT" && cargo build --profile server -p hall-server)
    SERVER_BIN="$ROOT/target/server/hall-server"
}

# The formatting and lint step of scripts/test.sh needs rustfmt and clippy (a minimal
# rustup profile has neither).
setup_lint_tools() {
    local installed missing=()
    installed="$(rustup component list --installed)"
    grep -qE '^rustfmt(-|$)' <<<"$installed" || missing+=(rustfmt)
    grep -qE '^clippy(-|$)' <<<"$installed" || missing+=(clippy)
    if [ ${#missing[@]} -gt 0 ]; then
        say "Adding the Rust components ${missing[*]}"
        rustup component add "${missing[@]}"
    fi
}

# Browser tests need Debian's Chromium and ChromeDriver (never a downloaded browser).
setup_test_tools() {
    setup_build_tools
    setup_lint_tools
    local missing=()
    command -v chromium >/dev/null || missing+=(chromium)
    command -v chromedriver >/dev/null || missing+=(chromium-driver)
    command -v brotli >/dev/null || missing+=(brotli)
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
    # The browser tests measure real text (tap targets, lines, right-to-left layout): the
    # Chinese and Uyghur fonts a phone has, not tofu boxes of another width.
    dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
    dpkg -s fonts-ukij-uyghur >/dev/null 2>&1 || missing+=(fonts-ukij-uyghur)
    if [ ${#missing[@]} -gt 0 ]; then
        say "Installing ${missing[*]} from Debian"
        local sudo=""
        [ "$(id -u)" = 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# A throwaway PostgreSQL server for the tests: Debian's binaries, a fresh cluster in a
# temporary folder, listening on 127.0.0.1 only, trusting local connections. Run as the
# `postgres` user when we are root (PostgreSQL refuses to run as root). Sets
# HALL_TEST_POSTGRES_URL; stop_postgres (called on exit) removes everything. Tests run
# with fsync off (nothing there must survive a power cut); HALL_PG_FSYNC=on for benchmarks.
start_postgres() {
    local bin
    bin="$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/initdb" | sort -V | tail -1)")"
    PG_DIR="$(mktemp -d /tmp/hall-guide-pg.XXXXXX)"
    local as=()
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$PG_DIR"
        as=(runuser -u postgres --)
    fi
    PG_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c max_connections=300 -c fsync=${HALL_PG_FSYNC:-off}" start >/dev/null
    PG_CTL=("${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data")
    export HALL_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
}

stop_postgres() {
    if [ -n "${PG_DIR:-}" ]; then
        "${PG_CTL[@]}" stop -m fast >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
        PG_DIR=""
    fi
}

#!/usr/bin/env bash
# Sets up what the tests need, checks formatting and lints (rustfmt, clippy), and runs
# every test: native (model, server over HTTP on SQLite and again on PostgreSQL, OpenAPI
# contract, Fluent messages), browser components in headless Chromium, the end-to-end
# journeys and fault tests against the real server, API fuzzing with Schemathesis, and a
# check that no server log holds personal data.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

setup_test_tools
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
cd "$ROOT"

say "Formatting (rustfmt) and lints (clippy, warnings are errors; native and wasm32)"
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p hall-guide --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p hall-console -- -D warnings
RUSTFLAGS="--cfg hall_split" CARGO_TARGET_DIR="$ROOT/target/split-check" cargo clippy --target wasm32-unknown-unknown -p hall-guide -- -D warnings

say "Native tests (hall-model, hall-server, app)"
cargo test --workspace

say "The server's tests again, on a real PostgreSQL (Debian's, a throwaway cluster)"
start_postgres
trap stop_postgres EXIT
cargo test -p hall-server
stop_postgres
unset HALL_TEST_POSTGRES_URL

say "hall-model builds for wasm32 too"
cargo build -p hall-model --target wasm32-unknown-unknown

say "Browser component tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown -p hall-guide --test browser

build_app
build_console
build_server

# Every server the tests start writes its structured debug log here; check-logs.mjs then
# fails the run if any of it looks like a resident ID or a mobile number.
HALL_E2E_LOG_DIR="$(mktemp -d)"
export HALL_E2E_LOG_DIR
trap 'stop_postgres; rm -rf "$HALL_E2E_LOG_DIR"' EXIT

say "End-to-end tests (Playwright + Debian Chromium, real server, real SQLite)"
HALL_SERVER_BIN="$SERVER_BIN" HALL_DIST="$ROOT/dist" node --test --test-concurrency=1 tests/e2e/

say "The booking, status, fault, no-show, closure and staff console journeys again, with the server on PostgreSQL"
start_postgres
HALL_E2E_POSTGRES_URL="$HALL_TEST_POSTGRES_URL" HALL_SERVER_BIN="$SERVER_BIN" HALL_DIST="$ROOT/dist" \
    node --test --test-concurrency=1 tests/e2e/booking.test.mjs tests/e2e/track.test.mjs tests/e2e/faults.test.mjs tests/e2e/links.test.mjs tests/e2e/hall-side.test.mjs tests/e2e/console.test.mjs
stop_postgres

say "API fuzzing: Schemathesis against openapi.yaml and a live server"
HALL_SERVER_BIN="$SERVER_BIN" bash scripts/fuzz-api.sh

say "No personal data in the servers' logs"
node scripts/check-logs.mjs "$HALL_E2E_LOG_DIR"

say "All tests passed"

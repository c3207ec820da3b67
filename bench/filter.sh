#!/usr/bin/env bash
# Benchmark: render time and keystroke-to-paint of the item filter on the national
# dataset's largest hall (1,500 items), in headless Chromium. Usage: bench/filter.sh [--no-build]
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
setup_test_tools
if [ "${1:-}" != "--no-build" ]; then
    build_app
fi
build_server
cd "$ROOT" && HALL_SERVER_BIN="$SERVER_BIN" HALL_DIST="$ROOT/dist" node bench/filter.mjs

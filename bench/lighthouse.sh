#!/usr/bin/env bash
# Benchmark: Lighthouse's mobile preset on the home, hall and item pages of a fresh release
# build, in Debian's Chromium. Prints score, LCP, CLS and TBT per page; exits 1 when a page
# misses the product's targets (score ≥95, LCP ≤1.5 s, CLS ≤0.02, TBT ≤100 ms).
# Lighthouse itself (12.8.2, the last release for Node 20) is installed on first use into
# ~/.cache/hall-guide/lighthouse, outside the test tools.
# Usage: bench/lighthouse.sh [--no-build]      LIGHTHOUSE_RUNS=5 for a steadier median.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"

LIGHTHOUSE_DIR="$HOME/.cache/hall-guide/lighthouse"
if [ ! -f "$LIGHTHOUSE_DIR/node_modules/lighthouse/package.json" ]; then
    say "Installing Lighthouse 12.8.2 into $LIGHTHOUSE_DIR"
    mkdir -p "$LIGHTHOUSE_DIR"
    (cd "$LIGHTHOUSE_DIR" && npm install --no-audit --no-fund --loglevel=error lighthouse@12.8.2)
fi
setup_test_tools
if [ "${1:-}" != "--no-build" ]; then
    build_app
fi
build_server
cd "$ROOT" && HALL_SERVER_BIN="$SERVER_BIN" HALL_DIST="$ROOT/dist" LIGHTHOUSE_MODULES="$LIGHTHOUSE_DIR/node_modules" node bench/lighthouse.mjs

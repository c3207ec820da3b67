#!/usr/bin/env bash
# Sets up what is missing, builds the app and the server, seeds the demo database on
# first run, and serves app + API on one port. Usage: scripts/serve.sh [--addr HOST:PORT]
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

ADDR="${HALL_ADDR:-127.0.0.1:8080}"
if [ "${1:-}" = "--addr" ] && [ -n "${2:-}" ]; then ADDR="$2"; fi
DATA_DIR="${HALL_DATA_DIR:-$ROOT/data}"

setup_build_tools
build_app
build_console
build_server
# Seeds the demo data on first run, and again when the database is from an older build.
"$SERVER_BIN" seed --unless-current --data-dir "$DATA_DIR"
say "Starting hall-guide"
exec "$SERVER_BIN" serve --addr "$ADDR" --data-dir "$DATA_DIR" --dist "$ROOT/dist" --console-dist "$CONSOLE_DIST"

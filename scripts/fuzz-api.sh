#!/usr/bin/env bash
# API fuzzing with Schemathesis: seeds a throw-away database, starts hall-server on a
# free loopback port and runs Schemathesis against openapi.yaml (the local file), checking
# that no request gets a 5xx and that every response's status, content type and body
# match the contract. Exits non-zero on any failure.
#
# Usage: bash scripts/fuzz-api.sh [extra `st run` options]
# Environment:
#   HALL_SERVER_BIN   the server binary (default: target/server/hall-server, built already)
#   FUZZ_SEED         Schemathesis' random seed (default 20261001)
#   FUZZ_MAX_EXAMPLES test cases per operation and phase (default 25)
#   FUZZ_WORKERS      concurrent workers (default 2)
#   FUZZ_REPORT_DIR   keep JUnit and NDJSON reports here (default: none kept)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REQUIREMENTS="$ROOT/tests/fuzz/requirements.txt"
VENV="${HALL_FUZZ_VENV:-$HOME/.cache/hall-guide/schemathesis-venv}"
BIN="${HALL_SERVER_BIN:-target/server/hall-server}"
case "$BIN" in /*) ;; *) BIN="$ROOT/$BIN" ;; esac
SEED="${FUZZ_SEED:-20261001}"
MAX_EXAMPLES="${FUZZ_MAX_EXAMPLES:-25}"
WORKERS="${FUZZ_WORKERS:-2}"
# A fixed test-only staff token (40 characters); never used outside this throw-away server.
STAFF_TOKEN="fuzz-staff-token-0123456789abcdefghijklm"

say() { printf '\n==> %s\n' "$*"; }

if [ ! -x "$BIN" ]; then
  echo "fuzz-api: no server binary at $BIN (build it, or set HALL_SERVER_BIN)" >&2
  exit 2
fi

# --- Schemathesis venv, rebuilt when tests/fuzz/requirements.txt changes -------------
want_hash="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)"
if [ ! -x "$VENV/bin/st" ] || [ "$(cat "$VENV/.requirements.sha256" 2>/dev/null)" != "$want_hash" ]; then
  say "Installing Schemathesis into $VENV"
  rm -rf "$VENV"
  mkdir -p "$(dirname "$VENV")"
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
  echo "$want_hash" >"$VENV/.requirements.sha256"
fi

# --- Throw-away data dir and server ------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/hall-fuzz.XXXXXX")"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "Seeding a throw-away database"
"$BIN" seed --data-dir "$WORK/data" >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; exit 1; }

# Generous write and lookup limits: the fuzzer sends far more than a client would, and a
# 429 from a rate limit would only hide what the request itself does.
LOG="$WORK/server.log"
"$BIN" serve --addr 127.0.0.1:0 --data-dir "$WORK/data" --staff-token "$STAFF_TOKEN" \
  --write-burst 100000 --lookup-burst 100000 >"$LOG" 2>&1 &
SERVER_PID=$!

PORT=""
for _ in $(seq 1 300); do
  PORT="$(sed -n 's|.*is running at http://127\.0\.0\.1:\([0-9][0-9]*\)/.*|\1|p' "$LOG" | head -n1)"
  [ -n "$PORT" ] && break
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "fuzz-api: the server exited before it was ready:" >&2
    cat "$LOG" >&2
    exit 1
  fi
  sleep 0.1
done
if [ -z "$PORT" ]; then
  echo "fuzz-api: the server did not report its address within 30 s:" >&2
  cat "$LOG" >&2
  exit 1
fi
BASE_URL="http://127.0.0.1:$PORT"
echo "server at $BASE_URL/api/v1 (log: $LOG)"

# --- Schemathesis ------------------------------------------------------------------
# The spec's paths carry /api/v1 and its `servers` entry is a bare origin, so the base
# URL is the origin alone. The staff token goes on every request (-H applies to all);
# elsewhere the API ignores it or answers 404/401 as documented.
REPORT_DIR="${FUZZ_REPORT_DIR:-$WORK/report}"
mkdir -p "$REPORT_DIR"
ST_ARGS=(
  run "$ROOT/openapi.yaml"
  --url "$BASE_URL"
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance
  --phases examples,coverage,fuzzing,stateful
  --seed "$SEED"
  --max-examples "$MAX_EXAMPLES"
  --workers "$WORKERS"
  --generation-database none
  --request-timeout 10
  --header "Authorization: Bearer $STAFF_TOKEN"
  --report junit,ndjson
  --report-dir "$REPORT_DIR"
  --no-color
)
say "Schemathesis $("$VENV/bin/st" --version | awk '{print $NF}'): st ${ST_ARGS[*]/$STAFF_TOKEN/<staff token>} $*"
start=$SECONDS
status=0
# Run from the temp dir so that Schemathesis finds no config file and leaves nothing behind.
(cd "$WORK" && "$VENV/bin/st" "${ST_ARGS[@]}" "$@") || status=$?
elapsed=$((SECONDS - start))

if [ -n "${FUZZ_REPORT_DIR:-}" ]; then echo "reports kept in $REPORT_DIR"; fi
if [ "$status" -eq 0 ]; then
  say "fuzz-api: no failures (${elapsed}s, seed $SEED, $MAX_EXAMPLES examples per operation)"
else
  if grep -qiE ' (panic|panicked)' "$LOG"; then
    echo "server log has panics:" >&2
    grep -iE 'panic' "$LOG" | head -n 20 >&2
  fi
  say "fuzz-api: Schemathesis reported failures (exit $status, ${elapsed}s, seed $SEED); rerun with the same FUZZ_SEED to reproduce"
fi
exit "$status"

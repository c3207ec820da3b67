#!/usr/bin/env bash
# API fuzzing with Schemathesis (pinned in tests/fuzz/requirements.txt): seeds a
# throw-away database, starts hall-server on a free loopback port and runs Schemathesis
# against openapi.yaml (the local file) with every check: no 5xx; status codes, content
# types, headers and bodies as documented; schema-violating requests rejected and
# schema-valid ones accepted; 405 with Allow for undocumented methods; required headers.
# Phases: the spec's examples, coverage (boundary values), fuzzing and stateful (links
# inferred from responses). Takes about a minute. Exits non-zero on any failure.
# The config is tests/fuzz/schemathesis.toml, with the hooks in tests/fuzz/hooks.py; the
# fixtures only a live server has come from tests/fuzz/fixtures.py, a summary of failures
# from tests/fuzz/summarize.py.
#
# Usage: bash scripts/fuzz-api.sh [extra `st run` options, e.g. --include-path-regex /halls]
# Environment:
#   HALL_SERVER_BIN   the server binary (default: target/server/hall-server; not built here)
#   FUZZ_SEED         Schemathesis' random seed (default 20261001)
#   FUZZ_MAX_EXAMPLES test cases per operation and phase (default 100)
#   FUZZ_WORKERS      concurrent workers (default 1: with 2, CPython 3.11's compiler
#                     races in Schemathesis' coverage phase and fails operations with
#                     "SystemError: AST constructor recursion depth mismatch")
#   FUZZ_REPORT_DIR   keep the JUnit and NDJSON reports here (default: not kept)
#   HALL_FUZZ_VENV    the venv (default: ~/.cache/hall-guide/schemathesis-venv)
#   HALL_E2E_LOG_DIR  when set, the server's log (debug level, JSON lines) is appended to
#                     $HALL_E2E_LOG_DIR/fuzz-server.log once the server has stopped, for
#                     scripts/check-logs.mjs
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REQUIREMENTS="$ROOT/tests/fuzz/requirements.txt"
VENV="${HALL_FUZZ_VENV:-$HOME/.cache/hall-guide/schemathesis-venv}"
BIN="${HALL_SERVER_BIN:-target/server/hall-server}"
case "$BIN" in /*) ;; *) BIN="$ROOT/$BIN" ;; esac
SEED="${FUZZ_SEED:-20261001}"
MAX_EXAMPLES="${FUZZ_MAX_EXAMPLES:-100}"
WORKERS="${FUZZ_WORKERS:-1}"
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
LOG="$WORK/server.log"
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  # The whole log, written once the server has stopped (so nothing is cut off).
  if [ -n "${HALL_E2E_LOG_DIR:-}" ] && [ -f "$LOG" ]; then
    mkdir -p "$HALL_E2E_LOG_DIR" && cat "$LOG" >>"$HALL_E2E_LOG_DIR/fuzz-server.log" || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "Seeding a throw-away database"
"$BIN" seed --data-dir "$WORK/data" >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; exit 1; }

# Generous write and lookup limits: the fuzzer sends far more than a client would, and a
# 429 from a rate limit would only hide what the request itself does. (Failed lookups and
# wrong staff tokens keep their fixed limits, which the spec documents as 429s.) The log
# is structured (JSON lines after the start-up banner) and at debug level, as in the e2e
# runs, so that scripts/check-logs.mjs can check it holds no personal data.
HALL_LOG=debug HALL_LOG_FORMAT=json \
  "$BIN" serve --addr 127.0.0.1:0 --data-dir "$WORK/data" --staff-token "$STAFF_TOKEN" \
  --write-burst 100000 --lookup-burst 100000 --staff-write-burst 100000 >"$LOG" 2>&1 &
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

# --- Test data and Schemathesis config --------------------------------------------
# tests/fuzz/schemathesis.toml is the config: the dictionaries of real codes, tokens and
# dates that each operation's parameters draw from half of the time. What only the live
# server has (two bookings made now, a short link, the bookable days) tests/fuzz/fixtures.py
# writes as dictionary files, which the config reads relative to itself: so a copy of it
# goes into the temp dir, beside them.
cp "$ROOT/tests/fuzz/schemathesis.toml" "$WORK/schemathesis.toml"
CONFIG="$WORK/schemathesis.toml"
"$VENV/bin/python" "$ROOT/tests/fuzz/fixtures.py" --base-url "$BASE_URL" --out "$WORK/fixtures"

# --- Schemathesis ------------------------------------------------------------------
# The spec's paths carry /api/v1 and its `servers` entry is a bare origin, so the base
# URL is the origin alone.
REPORT_DIR="${FUZZ_REPORT_DIR:-$WORK/report}"
mkdir -p "$REPORT_DIR"
ST_ARGS=(
  --config-file "$CONFIG"
  run "$ROOT/openapi.yaml"
  --url "$BASE_URL"
  --checks all
  --phases examples,coverage,fuzzing,stateful
  --seed "$SEED"
  --max-examples "$MAX_EXAMPLES"
  --workers "$WORKERS"
  --generation-database none
  --continue-on-failure
  --request-timeout 10
  --report junit,ndjson
  --report-dir "$REPORT_DIR"
  --no-color
)
say "Schemathesis $("$VENV/bin/st" --version | awk '{print $NF}'): st ${ST_ARGS[*]} $*"
start=$SECONDS
status=0
# Run from the temp dir so that Schemathesis picks up no other config file and leaves
# nothing (.hypothesis/, reports) in the work tree.
# The config reads the hooks' path and the staff token from the environment; no bytecode
# cache is written next to tests/fuzz/hooks.py.
(cd "$WORK" && FUZZ_HOOKS="$ROOT/tests/fuzz/hooks.py" FUZZ_STAFF_TOKEN="$STAFF_TOKEN" PYTHONDONTWRITEBYTECODE=1 \
  "$VENV/bin/st" "${ST_ARGS[@]}" "$@") || status=$?
elapsed=$((SECONDS - start))

# A short summary: each distinct failure once (operation, check, status, error code).
if [ "$status" -ne 0 ]; then
  "$VENV/bin/python" "$ROOT/tests/fuzz/summarize.py" "$REPORT_DIR" || true
fi
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

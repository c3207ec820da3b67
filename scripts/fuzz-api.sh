#!/usr/bin/env bash
# API fuzzing with Schemathesis (pinned in tests/fuzz/requirements.txt): seeds a
# throw-away database, starts hall-server on a free loopback port and runs Schemathesis
# against openapi.yaml (the local file) with every check: no 5xx; status codes, content
# types, headers and bodies as documented; schema-violating requests rejected and
# schema-valid ones accepted; 405 with Allow for undocumented methods; required headers.
# Phases: the spec's examples, coverage (boundary values), fuzzing and stateful (links
# inferred from responses). Takes about a minute. Exits non-zero on any failure.
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
# Random strings almost never name a real hall, item, application or appointment, so on
# their own the fuzzer would see little but 404s. Fixtures: real catalogue codes from the
# seeded demo data, two bookings made here (their reference and manage token), a short
# link and the demo applications. Each is offered for half of the generated values
# (probability 0.5), so malformed values are still tried. The staff token goes on the
# staff operations only; the appointment operations get the bookings' manage tokens.
CONFIG="$WORK/schemathesis.toml"
"$VENV/bin/python" - "$BASE_URL" "$STAFF_TOKEN" "$CONFIG" <<'PY'
import json, sys, urllib.request

base, staff_token, out = sys.argv[1], sys.argv[2], sys.argv[3]
api = base + "/api/v1"

def call(method, path, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(api + path, data=data, method=method, headers=headers or {})
    if data is not None:
        req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)

HALL, ITEM = "330106-01", "101100000001"
days = call("GET", f"/halls/{HALL}/slots?item={ITEM}")["days"]
open_days = [d for d in days if d["open"] and d["slots"]]
if len(open_days) < 3:
    sys.exit("fuzz-api: fewer than 3 bookable days in the window")
dates = [d["date"] for d in open_days]
starts = sorted({s["start"] for d in open_days for s in d["slots"]})

def book(i, date, start):
    return call("POST", "/appointments", {
        "hall_code": HALL, "item_code": ITEM, "date": date, "start": start,
        "name": "测试", "mobile": "138 1234 5678", "resident_id": "11010519491231002X",
    }, {"Idempotency-Key": f"fuzz-setup-booking-{i}"})

a = book(1, dates[0], open_days[0]["slots"][0]["start"])   # looked up and cancelled
b = book(2, dates[1], open_days[1]["slots"][0]["start"])   # rescheduled
link = call("POST", "/links", {"path": f"/halls/{HALL}/items/{ITEM}?lang=en"})

def toml_list(values):
    return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in values) + "]"

dictionaries = {
    "halls": [HALL, "330000-01", "330106001-01", "330203-01"],  # 330203-01 takes no bookings
    "items": [ITEM, "111500000001", "102200000001", "109100000001"],
    "regions": ["330000", "330100", "330106", "330106001", "440300"],
    "applications": [f"DEMO-{n:02d}" for n in range(1, 12)],
    "verifiers": ["5678", "DEMO00"],
    "dates": dates,
    "starts": starts,
    "mobiles": ["138 1234 5678", "+86 139-0000-1111", "13900001111"],
    "resident_ids": ["11010519491231002X"],
    "names": ["张三", "Li Si"],
    "links": [link["code"], link["code"].lower()],
    "refs_a": [a["appointment"]["reference"]],
    "tokens_a": ["Bearer " + a["manage_token"]],
    "refs_b": [b["appointment"]["reference"]],
    "tokens_b": ["Bearer " + b["manage_token"]],
    "link_paths": ["/", f"/halls/{HALL}", f"/items/{ITEM}?lang=ug", "/regions/330106"],
}
ops = {
    "GET /api/v1/regions/{code}": {"path.code": "regions"},
    "GET /api/v1/halls": {"query.region": "regions", "query.item": "items"},
    "GET /api/v1/halls/{code}": {"path.code": "halls"},
    "GET /api/v1/halls/{code}/items": {"path.code": "halls"},
    "GET /api/v1/halls/{code}/items/{item}": {"path.code": "halls", "path.item": "items"},
    "GET /api/v1/items/{item}": {"path.item": "items"},
    "GET /api/v1/halls/{code}/slots": {"path.code": "halls", "query.item": "items", "query.from": "dates"},
    "POST /api/v1/appointments": {
        "body.hall_code": "halls", "body.item_code": "items", "body.date": "dates",
        "body.start": "starts", "body.name": "names", "body.mobile": "mobiles",
        "body.resident_id": "resident_ids",
    },
    "GET /api/v1/appointments/{reference}": {"path.reference": "refs_a", "header.Authorization": "tokens_a"},
    "DELETE /api/v1/appointments/{reference}": {"path.reference": "refs_a", "header.Authorization": "tokens_a"},
    "POST /api/v1/appointments/{reference}/reschedule": {
        "path.reference": "refs_b", "header.Authorization": "tokens_b",
        "body.date": "dates", "body.start": "starts",
    },
    "POST /api/v1/applications/lookup": {"body.number": "applications", "body.verifier": "verifiers"},
    "POST /api/v1/applications/{number}/feedback": {"path.number": "applications", "body.verifier": "verifiers"},
    "POST /api/v1/links": {"body.path": "link_paths"},
    "GET /api/v1/links/{code}": {"path.code": "links"},
    "POST /api/v1/staff/applications": {"body.item_code": "items", "body.hall_code": "halls", "body.mobile": "mobiles"},
    "POST /api/v1/staff/applications/{number}/events": {"path.number": "applications", "body.date": "dates"},
}
# positive_data_acceptance: statuses a schema-valid request may also get, where the rule
# that decides cannot be written as JSON Schema (by default only 2xx, 401, 403, 404, 409
# and 429 count as accepted).
POSITIVE_ALSO = {
    # 422 hall_not_bookable is the hall's state, not a rejected value (the stateful
    # phase takes hall codes from GET /halls, bookable or not).
    "GET /api/v1/halls/{code}/slots": ["422"],
    # 422 invalid_booking for a resident ID of the documented form whose birth date is
    # not a real past day or whose check digit (ISO 7064 MOD 11-2) does not match: a
    # checksum and "before today" are beyond a pattern. (Also hall_not_bookable, as for
    # slots.)
    "POST /api/v1/appointments": ["422", "400"],
    # 400 invalid_parameter naming `path`: whether a path is a page of the guide (its
    # routes, codes and percent-encoded segments; 600 bytes rather than characters) is
    # more than the pattern says.
    "POST /api/v1/links": ["400"],
    # 400 invalid_parameter naming the field: a body string holding a control character
    # (NUL, BEL, ESC…) is refused at the boundary, the same on SQLite and PostgreSQL
    # (openapi.yaml says so in words; a pattern on every string trips Schemathesis'
    # coverage phase).
    "POST /api/v1/applications/lookup": ["400"],
    "POST /api/v1/applications/{number}/feedback": ["400"],
    "POST /api/v1/appointments/{reference}/reschedule": ["400"],
    "POST /api/v1/staff/applications": ["400"],
    "POST /api/v1/staff/applications/{number}/events": ["400"],
}
# Schemathesis reuses Idempotency-Key values (the spec's example, the coverage phase's
# boundary strings) across different bodies, which the server rightly refuses as
# `idempotency_key_reused`. A well-formed key is made unique per request content, so the
# same request keeps its key (a replay) and a different one gets a new key.
HOOKS = """
import hashlib, json
import schemathesis


@schemathesis.hook
def before_call(ctx, case, **kwargs):
    if case.operation.label != "POST /api/v1/appointments" or not case.headers:
        return
    key = case.headers.get("Idempotency-Key")
    if isinstance(key, str) and 8 <= len(key) <= 128:
        content = json.dumps([key, case.body, case.query], sort_keys=True, default=str)
        case.headers["Idempotency-Key"] = hashlib.sha256(content.encode()).hexdigest()
"""
hooks = out.rsplit("/", 1)[0] + "/hooks.py"
open(hooks, "w").write(HOOKS)
lines = [f"hooks = {json.dumps(hooks)}", ""]
for name, values in dictionaries.items():
    lines += [f"[dictionaries.{name}]", f"values = {toml_list(values)}", ""]
for op, bindings in ops.items():
    lines += ["[[operations]]", f"include-name = {json.dumps(op)}"]
    if "/staff/" in op:
        lines.append(f"headers = {{ Authorization = {json.dumps('Bearer ' + staff_token)} }}")
    if op in POSITIVE_ALSO:
        statuses = ["2XX", "401", "403", "404", "409", "429", *POSITIVE_ALSO[op]]
        lines.append(f"checks = {{ positive_data_acceptance = {{ expected-statuses = {json.dumps(statuses)} }} }}")
    inner = ", ".join(f"{json.dumps(k)} = {{ dictionary = {json.dumps(v)}, probability = 0.5 }}"
                      for k, v in bindings.items())
    lines += [f"parameters = {{ {inner} }}", ""]
open(out, "w").write("\n".join(lines))
print(f"fixtures: bookings {a['appointment']['reference']} and {b['appointment']['reference']}, "
      f"link {link['code']}, {len(dates)} bookable days")
PY

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
(cd "$WORK" && "$VENV/bin/st" "${ST_ARGS[@]}" "$@") || status=$?
elapsed=$((SECONDS - start))

# A short summary: each distinct failure once (operation, check, status, error code).
if [ "$status" -ne 0 ]; then
  "$VENV/bin/python" - "$REPORT_DIR" <<'PY' || true
import base64, collections, glob, json, sys

files = sorted(glob.glob(sys.argv[1] + "/ndjson-*.ndjson"))
found = collections.Counter()
for line in open(files[-1]) if files else []:
    event = json.loads(line).get("ScenarioFinished")
    if not event:
        continue
    rec = event["recorder"]
    for case_id, checks in rec.get("checks", {}).items():
        for check in checks:
            if check["status"] != "failure":
                continue
            case = rec["cases"][case_id]["value"]
            response = (rec.get("interactions", {}).get(case_id) or {}).get("response") or {}
            body = base64.b64decode(response.get("content", {}).get("$base64", "")).decode("utf-8", "replace")
            try:
                code = json.loads(body)["error"]["code"]
            except Exception:
                code = "-"
            found[(f"{case['method']} {case['path']}", check["name"], response.get("status_code"), code)] += 1
if found:
    print(f"\nfuzz-api: {len(found)} distinct failures (operation, check, status, error code: test cases)")
    for (op, check, status, code), n in sorted(found.items()):
        print(f"  {op:55} {check:26} {status} {code}: {n}")
PY
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

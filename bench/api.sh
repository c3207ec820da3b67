#!/usr/bin/env bash
# Benchmark: the API on the census-scale national dataset, on SQLite (the default) and on
# PostgreSQL (Debian's, in a throwaway cluster like the tests'). For each database: the
# seeding time, then wrk on loopback — requests/s and p50/p99 latency for the largest
# hall's item list (1,500 items), an item guide, a hall's details, a national text search
# (from the in-memory index) and booking writes (a new person each time, into
# the slots of 40 halls, until they are full).
#
# Usage: bench/api.sh [seconds-per-run] [both|sqlite|postgres]
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"

DURATION="${1:-10}"
WHICH="${2:-both}"
missing=()
command -v wrk >/dev/null || missing+=(wrk)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
    say "Installing ${missing[*]} from Debian"
    sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
build_server
# The app's files: the static-file figure is served from them.
[ -f "$ROOT/dist/index.html" ] || { setup_build_tools; build_app; }
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
    stop_postgres
    rm -rf "$WORK"
}
trap cleanup EXIT
PORT=18089
BASE="http://127.0.0.1:$PORT/api/v1"

run() {
    local name="$1" url="$2"
    shift 2
    local out rps p50 p99
    out=$(wrk -t2 -c16 -d"${DURATION}s" --latency -H 'Accept-Encoding: br' "$@" "$url")
    rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
    p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
    p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
    # Beside the static file served by the same server (the machine's ceiling), as a ratio.
    local ratio=""
    if [ -n "${STATIC_RPS:-}" ]; then ratio=$(awk -v a="$rps" -v b="$STATIC_RPS" 'BEGIN { printf "%.2f× static", a / b }'); fi
    printf '  %-34s %10s req/s   p50 %-9s p99 %-9s %s\n' "$name" "$rps" "$p50" "$p99" "$ratio"
    echo "$out" | sed -n 's/^answers: /    answers: /p'
    LAST_RPS="$rps"
}

# Serves the seeded data (the remaining arguments go to `hall-server serve`) and runs
# every measurement against it.
measure() {
    local label="$1"
    shift
    HALL_LOG=warn "$SERVER_BIN" serve --addr "127.0.0.1:$PORT" --data-dir "$WORK/data" --dist "$ROOT/dist" \
        --write-burst 100000000 --lookup-burst 100000000 "$@" >"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 100); do curl -sf "$BASE/regions" >/dev/null && break; sleep 0.2; done
    local largest items count item
    largest=$(curl -s "$BASE/halls?level=provincial&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["halls"][0]["code"])')
    items=$(curl -s "$BASE/halls/$largest/items")
    count=$(echo "$items" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
    item=$(echo "$items" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][700]["code"])')
    # The slots the booking run aims at, as a Lua table for bench/book.lua.
    BASE="$BASE" python3 - >"$WORK/targets.lua" <<'PY'
import json, os, urllib.request
base = os.environ["BASE"]
get = lambda path: json.load(urllib.request.urlopen(base + path))
targets = []
for hall in get("/halls?limit=100")["halls"]:
    if not hall["services"]["appointments"] or len({t[0] for t in targets}) >= 40:
        continue
    item = get(f"/halls/{hall['code']}/items")["items"][0]["code"]
    for day in get(f"/halls/{hall['code']}/slots?item={item}")["days"]:
        targets += [(hall["code"], item, day["date"], slot["start"]) for slot in day["slots"]]
print("return {" + ",".join('{"%s","%s","%s","%s"}' % t for t in targets) + "}")
PY
    echo
    echo "$label — largest hall $largest ($count items); booking into $(grep -o '{"' "$WORK/targets.lua" | wc -l) slots"
    STATIC_RPS=""
    # A static file of the app on kept-alive connections: once ≈450 req/s, p99 48 ms, when
    # the server left Nagle's algorithm on (every answer waited for a delayed ACK).
    run "static file (favicon.svg, ceiling)" "http://127.0.0.1:$PORT/favicon.svg"
    STATIC_RPS="$LAST_RPS"
    run "hall item list ($count items)" "$BASE/halls/$largest/items"
    run "item guide" "$BASE/halls/$largest/items/$item"
    run "hall details" "$BASE/halls/$largest"
    # The same search again and again (a popular one: its answer is kept as sent), then a
    # new text on every request (nothing kept helps: the index and the encoding each time).
    run "hall search (text, national)" "$BASE/halls?q=%E7%A4%BA%E4%BE%8B%E7%AC%AC3%E5%B8%82"
    run "hall search, every text new" "http://127.0.0.1:$PORT/api/v1/halls" -s "$ROOT/bench/search.lua"
    run "item search (pinyin, national)" "$BASE/items?q=shenfen"
    BENCH_TARGETS="$WORK/targets.lua" run "book (POST, new person each)" "http://127.0.0.1:$PORT/api/v1/appointments" -s "$ROOT/bench/book.lua"
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

printf 'wrk: 2 threads, 16 connections, %ss per run, brotli accepted, loopback, 2 cores shared by wrk, server and database\n' "$DURATION"

if [ "$WHICH" != postgres ]; then
    say "SQLite: seeding the national dataset"
    "$SERVER_BIN" seed --national --data-dir "$WORK/data"
    ls -l "$WORK/data/hall-guide.sqlite3" | awk '{ printf "database size: %.1f MB\n", $5 / 1e6 }'
    measure "SQLite (two files in the data directory)"
fi

if [ "$WHICH" != sqlite ]; then
    say "PostgreSQL: a throwaway cluster, seeding the national dataset"
    mkdir -p "$WORK/data"
    HALL_PG_FSYNC=on start_postgres
    "$SERVER_BIN" seed --national --database-url "$HALL_TEST_POSTGRES_URL"
    measure "PostgreSQL $(psql "$HALL_TEST_POSTGRES_URL" -Atc 'SHOW server_version' | cut -d' ' -f1) (one database, fsync on)" --database-url "$HALL_TEST_POSTGRES_URL"
fi

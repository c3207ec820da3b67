#!/usr/bin/env bash
# Benchmark: the API on the census-scale national dataset. Seeds it (timed), serves it on
# loopback and drives it with wrk: requests/s and p50/p99 latency for the largest hall's
# item list (1,500 items) and for an item guide. Usage: bench/api.sh [seconds-per-run]
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"

DURATION="${1:-10}"
if ! command -v wrk >/dev/null; then
    say "Installing wrk from Debian"
    sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get install -y -qq wrk >/dev/null
fi
build_server
DATA="$(mktemp -d)"
trap 'kill "$SERVER_PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT

say "Seeding the national dataset"
"$SERVER_BIN" seed --national --data-dir "$DATA"
ls -l "$DATA"/hall-guide.sqlite3 | awk '{ printf "database size: %.1f MB\n", $5 / 1e6 }'

PORT=18089
HALL_LOG=warn "$SERVER_BIN" serve --addr "127.0.0.1:$PORT" --data-dir "$DATA" &
SERVER_PID=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/api/v1/regions" >/dev/null && break; sleep 0.2; done

BASE="http://127.0.0.1:$PORT/api/v1"
LARGEST=$(curl -s "$BASE/halls?level=provincial&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["halls"][0]["code"])')
ITEMS=$(curl -s "$BASE/halls/$LARGEST/items")
COUNT=$(echo "$ITEMS" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
ITEM=$(echo "$ITEMS" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][700]["code"])')
echo "largest hall: $LARGEST with $COUNT items"

run() {
    local name="$1" url="$2"
    local out
    out=$(wrk -t2 -c16 -d"${DURATION}s" --latency -H 'Accept-Encoding: br' "$url")
    local rps p50 p99
    rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
    p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
    p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
    printf '%-34s %10s req/s   p50 %-9s p99 %-9s\n' "$name" "$rps" "$p50" "$p99"
}
echo
printf 'wrk: 2 threads, 16 connections, %ss each, brotli accepted, loopback, 2 cores shared with the server\n' "$DURATION"
run "hall item list ($COUNT items)" "$BASE/halls/$LARGEST/items"
run "item guide" "$BASE/halls/$LARGEST/items/$ITEM"
run "hall details" "$BASE/halls/$LARGEST"
run "hall search (text, national)" "$BASE/halls?q=%E7%A4%BA%E4%BE%8B%E7%AC%AC3%E5%B8%82"

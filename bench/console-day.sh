#!/usr/bin/env bash
# Benchmark: the staff console's day list of the busiest hall of the national dataset
# with 2,000 appointments that day (issue 22's target: under 300 ms). Seeds the national
# dataset into a throwaway data directory (SQLite), adds a window clerk with
# `hall-server staff add`, writes the 2,000 appointments straight into the bookings file
# (as 2,000 bookings would leave them: masked, the mobile sealed), signs in over HTTP and
# times GET /api/v1/console/halls/{code}/day 30 times: min, median, p95, max and size.
# Usage: bench/console-day.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/setup.sh"
build_server
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
PORT=18090
say "Seeding the national dataset"
"$SERVER_BIN" seed --national --data-dir "$WORK/data" >/dev/null
HALL_LOG=warn "$SERVER_BIN" serve --addr "127.0.0.1:$PORT" --data-dir "$WORK/data" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/api/v1/regions" >/dev/null && break; sleep 0.2; done
HALL=$(curl -s "http://127.0.0.1:$PORT/api/v1/halls?level=provincial&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["halls"][0]["code"])')
PASSWORD=$("$SERVER_BIN" staff add --login bench.clerk --role window_staff --hall "$HALL" --data-dir "$WORK/data" | grep -oE '[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}')
say "2,000 appointments at $HALL, then the day list over HTTP"
PORT="$PORT" HALL="$HALL" PASSWORD="$PASSWORD" DATA="$WORK/data" python3 - <<'PY'
import json, os, sqlite3, statistics, time, urllib.request
port, hall, password, data = os.environ["PORT"], os.environ["HALL"], os.environ["PASSWORD"], os.environ["DATA"]
base = f"http://127.0.0.1:{port}/api/v1"
items = json.load(urllib.request.urlopen(f"{base}/halls/{hall}/items"))["items"]
date = "2030-06-03"
db = sqlite3.connect(f"{data}/bookings.sqlite3", timeout=30)
rows = []
for n in range(2000):
    minutes = 9 * 60 + (n % 16) * 30
    start, end = f"{minutes // 60:02}:{minutes % 60:02}", f"{(minutes + 30) // 60:02}:{(minutes + 30) % 60:02}"
    rows.append((f"B{n:07d}", "0" * 64, "booked", hall, items[n % 200]["code"], date, start, end, f"测试{n}", f"bench:{n}", "110***********1234", b"\0" * 40, "138****5678", 0))
db.executemany("INSERT INTO appointments (reference, token_hash, status, hall_code, item_code, date, start, end_time, name, person_key, resident_id_masked, mobile_cipher, mobile_masked, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
db.commit()
db.close()

def post(path, body, headers):
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(), headers={"content-type": "application/json", **headers}, method="POST")
    return urllib.request.urlopen(request)
signed = post("/console/login", {"login": "bench.clerk", "password": password}, {})
cookie = signed.headers["set-cookie"].split(";")[0]
csrf = json.load(signed)["csrf_token"]
post("/console/password", {"current": password, "new": "bench clerk phrase"}, {"cookie": cookie, "x-csrf-token": csrf})
times, size = [], 0
for i in range(31):
    request = urllib.request.Request(f"{base}/console/halls/{hall}/day?date={date}", headers={"cookie": cookie, "accept-encoding": "br"})
    t0 = time.perf_counter()
    with urllib.request.urlopen(request) as answer:
        body = answer.read()
    elapsed = (time.perf_counter() - t0) * 1000
    if i == 0:
        continue  # the first warms the item names' cache
    times.append(elapsed)
    size = len(body)
plain = json.load(urllib.request.urlopen(urllib.request.Request(f"{base}/console/halls/{hall}/day?date={date}", headers={"cookie": cookie})))
count = len(plain["appointments"])
assert count == 2000 and plain["counts"]["booked"] == 2000, f"the day lists {count}"
times.sort()
p95 = times[int(len(times) * 0.95) - 1]
print(f"day list, {hall}, 2,000 appointments on {date} (SQLite, national dataset), 30 requests:")
print(f"  min {times[0]:.1f} ms   median {statistics.median(times):.1f} ms   p95 {p95:.1f} ms   max {times[-1]:.1f} ms   ({count} listed, {size / 1000:.1f} KB sent with brotli; target under 300 ms)")
PY

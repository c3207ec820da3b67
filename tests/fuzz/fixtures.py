"""Test data for scripts/fuzz-api.sh that only a live server has.

Books two appointments and makes a short link on the seeded demo server, finds the
bookable days and start times, and writes each such dictionary that schemathesis.toml
reads `from-file` (dates, starts, links, refs_a, tokens_a, refs_b, tokens_b) as a
libFuzzer dictionary file, one quoted value a line, into --out.

Usage: python tests/fuzz/fixtures.py --base-url http://127.0.0.1:PORT --out DIR
"""
import argparse
import json
import os
import sys
import urllib.request

# The seeded demo hall and item the fixtures are made at (schemathesis.toml's `halls` and
# `items` dictionaries name them too).
HALL, ITEM = "330106-01", "101100000001"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True, help="the server's origin, e.g. http://127.0.0.1:8080")
    parser.add_argument("--out", required=True, help="folder for the dictionary files")
    args = parser.parse_args()
    api = args.base_url + "/api/v1"

    def call(method, path, body=None, headers=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(api + path, data=data, method=method, headers=headers or {})
        if data is not None:
            req.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.load(resp)

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

    dictionaries = {
        "dates": dates,
        "starts": starts,
        "links": [link["code"], link["code"].lower()],
        "refs_a": [a["appointment"]["reference"]],
        "tokens_a": ["Bearer " + a["manage_token"]],
        "refs_b": [b["appointment"]["reference"]],
        "tokens_b": ["Bearer " + b["manage_token"]],
    }
    os.makedirs(args.out, exist_ok=True)
    for name, values in dictionaries.items():
        with open(os.path.join(args.out, f"{name}.dict"), "w", encoding="utf-8") as out:
            out.writelines(libfuzzer_entry(v) + "\n" for v in values)
    print(f"fixtures: bookings {a['appointment']['reference']} and {b['appointment']['reference']}, "
          f"link {link['code']}, {len(dates)} bookable days")


def libfuzzer_entry(value):
    """A value as a libFuzzer dictionary line: quoted, with \\\\, \\" and \\xNN escapes."""
    escaped = "".join(
        "\\" + c if c in '\\"' else c if c >= " " and c != "\x7f" else f"\\x{ord(c):02x}"
        for c in value
    )
    return f'"{escaped}"'


if __name__ == "__main__":
    main()

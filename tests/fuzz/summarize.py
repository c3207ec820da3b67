"""A short summary of a failed Schemathesis run for scripts/fuzz-api.sh: each distinct
failure once (operation, check, status, error code), with its number of test cases, read
from the newest NDJSON report in REPORT_DIR.

Usage: python tests/fuzz/summarize.py REPORT_DIR
"""
import base64
import collections
import glob
import json
import sys

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

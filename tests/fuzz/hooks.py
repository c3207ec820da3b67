# Schemathesis hooks for scripts/fuzz-api.sh (loaded through `hooks` in schemathesis.toml).
#
# Schemathesis reuses Idempotency-Key values (the spec's example, the coverage phase's
# boundary strings) across different bodies, which the server rightly refuses as
# `idempotency_key_reused`. A well-formed key is made unique per request content, so the
# same request keeps its key (a replay) and a different one gets a new key.
import hashlib
import json

import schemathesis


@schemathesis.hook
def before_call(ctx, case, **kwargs):
    if case.operation.label != "POST /api/v1/appointments" or not case.headers:
        return
    key = case.headers.get("Idempotency-Key")
    if isinstance(key, str) and 8 <= len(key) <= 128:
        content = json.dumps([key, case.body, case.query], sort_keys=True, default=str)
        case.headers["Idempotency-Key"] = hashlib.sha256(content.encode()).hexdigest()

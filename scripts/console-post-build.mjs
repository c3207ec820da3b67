// Trunk post-build hook of the staff console (console/Trunk.toml): in release builds, a
// Content-Security-Policy into index.html (scripts/csp.mjs). API calls go to this origin
// only: the console is served by hall-server beside its API.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withPolicy } from "./csp.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("console-post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR unset)");
if (process.env.TRUNK_PROFILE === "release") {
    const file = join(staging, "index.html");
    writeFileSync(file, withPolicy(readFileSync(file, "utf8"), { connect: "'self'" }));
}

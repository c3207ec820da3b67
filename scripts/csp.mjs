import { createHash } from "node:crypto";

// A Content-Security-Policy in the page itself, so it holds wherever the files are served
// (hall-server, a CDN): scripts only from this origin, the wasm, and the page's own
// inline scripts by hash (Trunk's loader and the skeleton's); no inline styles, no
// plugins, no <base>. `connect`: where API calls may go (the citizens' app: this origin or
// any https origin, as config.json's api_base may point elsewhere; the console: this
// origin only). hall-server adds frame-ancestors. Used by post-build.mjs and
// console-post-build.mjs.
export function withPolicy(page, { connect }) {
    const hashes = [...page.matchAll(/<script(?![^>]*type="?application\/json)[^>]*>([\s\S]*?)<\/script>/g)]
        .filter((m) => m[1].trim() !== "")
        .map((m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`);
    const policy = [
        "default-src 'self'",
        `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`,
        "style-src 'self'",
        "img-src 'self' data:",
        `connect-src ${connect}`,
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    ].join("; ");
    const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
    const charset = /<meta charset="?utf-8"?>/i;
    if (!charset.test(page)) throw new Error("index.html: no <meta charset> to put the Content-Security-Policy after");
    return page.replace(charset, (m) => m + meta);
}

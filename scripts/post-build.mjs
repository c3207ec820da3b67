// Trunk post-build hook (Trunk.toml): finishes the staged dist/ that Trunk is about to publish.
// 1. Puts the skeleton's words, in every language, into index.html's #skeleton-messages, so
//    the page paints in the reader's language before the wasm arrives. They are Fluent
//    messages from locales/<tag>/*.ftl: translators edit them there, like any other.
// 2. In release builds, writes each language but zh-CN into locales/<tag>-<hash>.ftl (see
//    below), and sw.js from web/service-worker.js with the list of files to keep for
//    offline use and a version that changes whenever one of them does.
// 3. In release builds, puts a Content-Security-Policy into index.html (withPolicy below).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === "release";
if (!staging) throw new Error("post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR unset)");

const SKELETON = ["app-name", "app-loading", "app-large-text", "home-title", "home-intro", "home-search-label", "home-search-placeholder", "home-search-button", "track-nav", "appointments-title"];
const RTL = new Set(["ug"]);

/** Simple one-line messages (`id = text`, no placeables) of the given files. */
function simpleMessages(files) {
    const found = {};
    for (const file of files) {
        for (const line of readFileSync(file, "utf8").split("\n")) {
            const match = /^([a-z][a-z0-9-]*) = ([^{}]+)$/.exec(line);
            if (match) found[match[1]] = match[2].trim();
        }
    }
    return found;
}

const skeleton = {};
for (const tag of readdirSync("locales", { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const dir = join("locales", tag);
    const all = simpleMessages(readdirSync(dir).filter((f) => f.endsWith(".ftl")).sort().map((f) => join(dir, f)));
    const words = { dir: RTL.has(tag) ? "rtl" : "ltr" };
    for (const id of SKELETON) {
        if (!all[id]) throw new Error(`locales/${tag}: ${id} must be a one-line message without placeables (index.html shows it)`);
        words[id] = all[id];
    }
    skeleton[tag] = words;
}

// 2. Release builds carry only zh-CN's messages in the wasm (build.rs); every other
//    language becomes one file, locales/<tag>-<hash>.ftl, that a reader of it fetches once
//    (hashed: cached for a year). Same text as build.rs compiles in: the files in name
//    order, without comment lines. The manifest goes into index.html with the skeleton.
const REFERENCE = "zh-CN";
if (release) {
    mkdirSync(join(staging, "locales"), { recursive: true });
    skeleton.fluent = {};
    for (const tag of Object.keys(skeleton).filter((t) => t !== REFERENCE && t !== "fluent" && t !== "serviceWorker")) {
        const dir = join("locales", tag);
        const text = readdirSync(dir).filter((f) => f.endsWith(".ftl")).sort()
            .map((f) => readFileSync(join(dir, f), "utf8").split("\n").filter((line) => !line.startsWith("#")).map((line) => line + "\n").join(""))
            .join("");
        const name = `${tag}-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.ftl`;
        writeFileSync(join(staging, "locales", name), text);
        skeleton.fluent[tag] = `/locales/${name}`;
    }
}

const shell = [
    "index.html", "config.json", "favicon.svg",
    ...readdirSync(staging).filter((f) => /\.(js|wasm|css)$/.test(f) && f !== "sw.js"),
    // Every language, so that the picker works offline too (a few KB each, compressed).
    ...Object.values(skeleton.fluent ?? {}).map((url) => url.slice(1)),
];
if (release) {
    const hash = createHash("sha256");
    for (const file of shell) hash.update(file).update(readFileSync(join(staging, file)));
    const version = hash.digest("hex").slice(0, 16);
    const urls = shell.map((f) => (f === "index.html" ? "/" : `/${f}`));
    const worker = readFileSync("web/service-worker.js", "utf8")
        .replace('"VERSION"', JSON.stringify(version))
        .replace('["SHELL"]', JSON.stringify(urls));
    writeFileSync(join(staging, "sw.js"), worker);
    skeleton.serviceWorker = true;
}

const htmlFile = join(staging, "index.html");
let html = readFileSync(htmlFile, "utf8");
const json = JSON.stringify(skeleton).replaceAll("<", "\\u003c");
// Minified or not: the one script element whose id is skeleton-messages, still holding {}.
const filled = html.replace(/(<script[^>]*\bid="?skeleton-messages"?[^>]*>)\s*\{\}\s*(<\/script>)/, (_, open, close) => open + json + close);
if (filled === html) {
    writeFileSync("/tmp/hall-guide-post-build.html", html);
    throw new Error("index.html: no empty #skeleton-messages script to fill (copy in /tmp/hall-guide-post-build.html)");
}
// Release builds only: `trunk serve` adds its own reload script to the page.
writeFileSync(htmlFile, release ? withPolicy(filled) : filled);

// 3. A Content-Security-Policy in the page itself, so it holds wherever the files are served
//    (hall-server, a CDN): scripts only from this origin, the wasm, and the page's own
//    inline scripts by hash (Trunk's loader and the skeleton's); no inline styles, no
//    plugins, no <base>. API calls may go to this origin or any https origin (config.json's
//    api_base can point elsewhere without a rebuild). hall-server adds frame-ancestors.
function withPolicy(page) {
    const hashes = [...page.matchAll(/<script(?![^>]*type="?application\/json)[^>]*>([\s\S]*?)<\/script>/g)]
        .filter((m) => m[1].trim() !== "")
        .map((m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`);
    const policy = [
        "default-src 'self'",
        `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`,
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self' https:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    ].join("; ");
    const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
    const charset = /<meta charset="?utf-8"?>/i;
    if (!charset.test(page)) throw new Error("index.html: no <meta charset> to put the Content-Security-Policy after");
    return page.replace(charset, (m) => m + meta);
}

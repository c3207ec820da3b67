// Trunk post-build hook (Trunk.toml): finishes the staged dist/ that Trunk is about to publish.
// 1. Puts the skeleton's words, in every language, into index.html's #skeleton-messages, so
//    the page paints in the reader's language before the wasm arrives. They are Fluent
//    messages from locales/<tag>/*.ftl: translators edit them there, like any other.
// 2. In release builds, writes each language but zh-CN into locales/<tag>-<hash>.ftl (see
//    below), and sw.js from web/service-worker.js with the list of files to keep for
//    offline use and a version that changes whenever one of them does.
// 3. In release builds, puts a Content-Security-Policy into index.html (scripts/csp.mjs).
// 0. First, in split release builds, publishes the split wasm files (publishSplit below).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withPolicy } from "./csp.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === "release";
if (!staging) throw new Error("post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR unset)");

const hashOf = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);

// 0. scripts/split/wasm-bindgen has left, in HALL_SPLIT_DIR, a .wasm per page of
//    src/pages/later.rs (split_*) and per piece of code some of them share (chunk_*), and
//    their loader __wasm_split.js, which the main JS Trunk staged imports. Each .wasm is
//    optimised as Trunk does the main one (wasm-opt -Oz) and named by its content hash
//    (cached for a year, like Trunk's names); the loader gets the hashed names and is
//    named by its hash too; the main JS imports it by that name (its integrity in
//    index.html follows), and index.html preloads it beside the main JS.
let html = null;
const htmlFile = join(staging, "index.html");
const splitDir = process.env.HALL_SPLIT_DIR;
if (release && splitDir && existsSync(join(splitDir, "__wasm_split.js"))) {
    html = readFileSync(htmlFile, "utf8");
    const mainJs = readdirSync(staging).find((f) => /^hall-guide-[0-9a-f]+\.js$/.test(f));
    if (!mainJs) throw new Error("post-build: no hall-guide-<hash>.js staged to link the split wasm to");
    let loader = readFileSync(join(splitDir, "__wasm_split.js"), "utf8");
    if (!loader.includes('"./main.js"')) throw new Error("post-build: __wasm_split.js does not import ./main.js");
    loader = loader.replaceAll('"./main.js"', JSON.stringify(`./${mainJs}`));
    const wasmOpt = join("node_modules", ".bin", "wasm-opt");
    for (const file of readdirSync(splitDir).filter((f) => f.endsWith(".wasm") && f !== "main.wasm")) {
        const optimised = join(splitDir, `opt-${file}`);
        // Its stderr only when it fails: it warns about every split file's name section.
        try {
            execFileSync(wasmOpt, ["-Oz", join(splitDir, file), "-o", optimised], { stdio: ["ignore", "inherit", "pipe"] });
        } catch (error) {
            process.stderr.write(error.stderr ?? "");
            throw error;
        }
        const bytes = readFileSync(optimised);
        // split_book_page → hall-guide-book-page-<hash>.wasm; chunk_5 → hall-guide-chunk-5-<hash>.wasm
        const name = `hall-guide-${file.replace(/\.wasm$/, "").replace(/^split_/, "").replace(/_\d{6,}$/, "").replaceAll("_", "-")}-${hashOf(bytes)}.wasm`;
        writeFileSync(join(staging, name), bytes);
        const quoted = JSON.stringify(`./${file}`);
        if (!loader.includes(quoted)) throw new Error(`post-build: __wasm_split.js does not load ${file}`);
        loader = loader.replaceAll(quoted, JSON.stringify(`./${name}`));
    }
    const loaderName = `wasm-split-${hashOf(loader)}.js`;
    writeFileSync(join(staging, loaderName), loader);
    // Which files each page needs (its own and the shared chunks), for hall-server to
    // preload with a deep link's HTML: they then download beside the main wasm, not after
    // the app has started and asked for the page (crates/hall-server/src/first_paint.rs).
    const chunks = Object.fromEntries([...loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)].map((m) => [m[1], m[2]]));
    const pages = {};
    for (const m of loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?, \[([^\]]*)\]\)\)/g)) {
        const deps = m[3].split(",").map((d) => d.trim()).filter(Boolean);
        if (deps.some((d) => !chunks[d])) throw new Error(`post-build: ${m[1]} needs a chunk the loader does not name`);
        pages[m[1]] = [m[2], ...deps.map((d) => chunks[d])];
    }
    if (!pages.hall_page || !pages.item_page) throw new Error("post-build: the loader has no hall_page or item_page (src/pages/later.rs)");
    writeFileSync(join(staging, "split-pages.json"), JSON.stringify(pages));
    const main = readFileSync(join(staging, mainJs), "utf8");
    // Only the JS imports: the keys of the imports object the wasm is instantiated with keep
    // the name the wasm asks for ("./__wasm_split.js").
    const importLine = 'from "./__wasm_split.js"';
    if (!main.includes(importLine)) throw new Error(`post-build: ${mainJs} does not import ./__wasm_split.js`);
    const linked = main.replaceAll(importLine, `from "./${loaderName}"`);
    writeFileSync(join(staging, mainJs), linked);
    const integrity = `sha384-${createHash("sha384").update(linked).digest("base64")}`;
    const link = new RegExp(`<link[^>]*href="?/${mainJs.replace(".", "\\.")}"?[^>]*>`);
    const found = link.exec(html);
    if (!found || !/integrity="?sha384-/.test(found[0])) throw new Error(`post-build: index.html has no <link> with the integrity of ${mainJs}`);
    const relinked = found[0].replace(/integrity="?sha384-[A-Za-z0-9+/=]+"?/, `integrity="${integrity}"`);
    html = html.replace(found[0], `${relinked}<link rel="modulepreload" href="/${loaderName}" crossorigin>`);
}

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

html ??= readFileSync(htmlFile, "utf8");
const json = JSON.stringify(skeleton).replaceAll("<", "\\u003c");
// Minified or not: the one script element whose id is skeleton-messages, still holding {}.
const filled = html.replace(/(<script[^>]*\bid="?skeleton-messages"?[^>]*>)\s*\{\}\s*(<\/script>)/, (_, open, close) => open + json + close);
if (filled === html) {
    writeFileSync("/tmp/hall-guide-post-build.html", html);
    throw new Error("index.html: no empty #skeleton-messages script to fill (copy in /tmp/hall-guide-post-build.html)");
}
// Release builds only: `trunk serve` adds its own reload script to the page.
writeFileSync(htmlFile, release ? withPolicy(filled, { connect: "'self' https:" }) : filled);

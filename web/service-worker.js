// hall-guide's service worker. scripts/post-build.mjs writes it to dist/sw.js at each release
// build, filling in VERSION (a hash of the files below) and SHELL (the files themselves).
//
// - The app shell (index.html, the hashed JS, wasm and CSS) is kept per version, so the app
//   opens with no network after the first visit.
// - Pages are fetched from the network first, so an online visit always gets the newest
//   index.html (and with it the newest app); the kept copy is used offline, or when the
//   network has not answered within NAVIGATION_TIMEOUT_MS.
// - Catalogue answers (regions, halls, items, guides) are stale-while-revalidate: shown at
//   once from the cache, refreshed behind the scenes. Nothing personal is ever kept:
//   appointments, applications, slots and staff calls always go to the network.
// - A new version installs at once and deletes the old caches: no stuck old app.
const VERSION = "VERSION";
const SHELL = ["SHELL"];
const SHELL_CACHE = `hall-guide-shell-${VERSION}`;
const DATA_CACHE = `hall-guide-data-${VERSION}`;
const DATA_LIMIT = 400;
const NAVIGATION_TIMEOUT_MS = 4000;
const CATALOGUE = /^\/api\/v1\/(regions|halls|items)(\/|$)/;
const SLOTS = /^\/api\/v1\/halls\/[^/]+\/slots$/;

self.addEventListener("install", (event) => {
    event.waitUntil(
        caches
            .open(SHELL_CACHE)
            // From the HTTP cache where it can: the page has just downloaded these (hashed
            // names, cached for a year), and a phone on a slow network must not fetch the
            // wasm twice. index.html and config.json are revalidated (no-cache).
            .then((cache) => cache.addAll(SHELL))
            .then(() => self.skipWaiting()),
    );
});

self.addEventListener("activate", (event) => {
    event.waitUntil(
        caches
            .keys()
            .then((keys) => Promise.all(keys.filter((k) => k.startsWith("hall-guide-") && k !== SHELL_CACHE && k !== DATA_CACHE).map((k) => caches.delete(k))))
            .then(() => self.clients.claim()),
    );
});

self.addEventListener("fetch", (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== "GET" || url.origin !== self.location.origin) return;
    // The staff console (/console/) is another app, always from the network.
    if (url.pathname === "/console" || url.pathname.startsWith("/console/")) return;
    if (request.mode === "navigate") {
        // Short links (/s/…) and the API answer from the server; every other page is the app.
        if (!url.pathname.startsWith("/s/") && !url.pathname.startsWith("/api/")) event.respondWith(page(event, request));
        return;
    }
    if (url.pathname.startsWith("/api/")) {
        if (CATALOGUE.test(url.pathname) && !SLOTS.test(url.pathname)) event.respondWith(staleWhileRevalidate(event, request));
        return;
    }
    if (url.pathname === "/config.json") {
        event.respondWith(fetch(request).catch(() => caches.match("/config.json", { cacheName: SHELL_CACHE })));
        return;
    }
    event.respondWith(caches.match(request, { cacheName: SHELL_CACHE }).then((kept) => kept || fetch(request)));
});

async function page(event, request) {
    const kept = () => caches.match("/", { cacheName: SHELL_CACHE });
    const network = fetch(request);
    network.catch(() => undefined); // answered from the cache below; no unhandled rejection
    const timeout = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS));
    try {
        const answer = await Promise.race([network, timeout]);
        if (answer) {
            event.waitUntil(keepPageData(answer.clone()).catch(() => undefined));
            return answer;
        }
        return (await kept()) || (await network);
    } catch (offline) {
        const shell = await kept();
        if (shell) return shell;
        throw offline;
    }
}

// A hall's or an item's page brings its first API answer inside it (hall-server's
// first_paint.rs): keep that answer as if the app had asked for it, so the page opens
// offline later.
async function keepPageData(response) {
    const found = /<script type="application\/json" id="page-data">([^<]*)<\/script>/.exec(await response.text());
    if (!found) return;
    const data = JSON.parse(found[1]);
    const url = new URL(data.url, self.location.origin);
    if (data.status !== 200 || !CATALOGUE.test(url.pathname)) return;
    const cache = await caches.open(DATA_CACHE);
    await cache.put(url.href, new Response(data.body, { headers: { "Content-Type": "application/json" } }));
}

async function staleWhileRevalidate(event, request) {
    const cache = await caches.open(DATA_CACHE);
    const kept = await cache.match(request);
    const refresh = fetch(request).then(async (answer) => {
        if (answer.ok) {
            await cache.put(request, answer.clone());
            await trim(cache);
        }
        return answer;
    });
    if (kept) {
        event.waitUntil(refresh.catch(() => undefined));
        return kept;
    }
    return refresh;
}

async function trim(cache) {
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - DATA_LIMIT)).map((key) => cache.delete(key)));
}

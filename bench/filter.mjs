// Benchmark: the largest hall of the national dataset (1,500 items) in a real Chromium on a
// phone-sized screen, with the CPU slowed 4× like a cheap phone (and at full speed for
// comparison). Prints how long the hall page takes to show its list, and keystroke-to-paint
// for the item filter: from the input event to the next frame after the list has changed,
// over Chinese and Latin queries typed one character at a time. Goal: ≤16 ms. A "floor"
// row types the same into a box that does nothing else: below it no app can go.
// First, side by side at CPU ×4: the hall's page against a plain list (vanilla JS, all
// 1,500 rows, the same items from the same API, the same Chromium), as ratios: a cold first
// visit (empty cache) to the first cards painted, and a filter keystroke to paint.
// Run through bench/filter.sh (release build, server, national data).

import { Server, launchBrowser } from '../tests/e2e/harness.mjs';

const server = await Server.start([], { seedArgs: ['--national'] });
const browser = await launchBrowser();
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))];
try {
  const hall = (await (await fetch(`${server.url}/api/v1/halls?level=provincial&limit=1`)).json()).halls[0];
  const total = (await (await fetch(`${server.url}/api/v1/halls/${hall.code}/items?limit=1`)).json()).total;
  console.log(`largest hall: ${hall.code} ${hall.name}, ${total} items\n`);
  console.log(`${'CPU'.padEnd(10)} ${'list shown'.padStart(11)} ${'keys'.padStart(5)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}  (keystroke to paint, ms)`);
  await sideBySide(hall);
  console.log('');
  for (const rate of [4, 1]) {
    // Every input event's time to the next frame painted after the app has handled it.
    const page = await throttled(rate, 'allow');
    const t0 = Date.now();
    await page.goto(`${server.url}/halls/${hall.code}`);
    await page.locator('.item-list li').first().waitFor({ timeout: 60_000 });
    const shown = Date.now() - t0;
    const row = (label, shownText, times) =>
      console.log(`${label.padEnd(10)} ${shownText.padStart(11)} ${String(times.length).padStart(5)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)} ${Math.max(...times).toFixed(1).padStart(8)}`);
    row('×' + rate, shown + ' ms', await typeInto(page, '#item-filter'));
    // The floor: the same typing into the home page's search box, whose keystrokes only
    // update the box. What the browser itself spends on a keystroke on this machine.
    await page.goto(`${server.url}/`);
    await page.locator('.region-link').first().waitFor({ timeout: 60_000 });
    row(`×${rate} floor`, '(no list)', await typeInto(page, '#hall-search'));
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.stop();
}

/** Types 41 keystrokes (fewer make the p95 the single slowest one) into `selector`, one
 * query at a time from an empty box; the keystroke-to-paint times. */
async function typeInto(page, selector) {
  const input = page.locator(selector);
  const times = [];
  for (const query of ['营业执照', 'xuke', '证明', '户口', 'shebao', '登记', '医保', 'gongjijin', '出生', '退休', 'jiashi']) {
    await input.fill('');
    await page.waitForTimeout(300);
    const before = await page.evaluate(() => window.keystrokes.length);
    await input.pressSequentially(query, { delay: 250 });
    await page.waitForTimeout(400);
    times.push(...(await page.evaluate((n) => window.keystrokes.slice(n), before)));
  }
  return times;
}

/** A plain list: one page that fetches the hall's items and writes every row, with a filter
 * box that rewrites the rows on each keystroke. What any app is measured against. */
function plainPage(hallCode) {
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>plain</title><style>body{font-family:sans-serif;margin:0 1rem}li{padding:.5rem 0;border-bottom:1px solid #ddd}</style>
<input id="filter" type="search"><ul id="list"></ul>
<script>
const esc = (t) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
let items = [];
const draw = (q) => {
  document.getElementById('list').innerHTML = items.filter((i) => !q || i.name.includes(q) || i.department.includes(q))
    .map((i) => '<li><a href="/halls/${hallCode}/items/' + i.code + '">' + esc(i.name) + '</a><br>' + esc(i.department) + '</li>').join('');
};
fetch('/api/v1/halls/${hallCode}/items').then((r) => r.json()).then((list) => {
  items = list.items;
  draw('');
  requestAnimationFrame(() => setTimeout(() => (window.painted = performance.now()), 0));
});
document.getElementById('filter').addEventListener('input', (e) => draw(e.target.value));
</script>`;
}

async function throttled(rate, serviceWorkers = 'block') {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 }, serviceWorkers });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(() => {
    window.keystrokes = [];
    document.addEventListener('input', (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.keystrokes.push(performance.now() - start), 0));
    }, true);
  });
  return page;
}

/** The hall page and the plain list, cold and typing, at CPU ×4 (medians of 5 visits). */
async function sideBySide(hall) {
  const median = (values) => percentile(values, 50);
  const plainUrl = `${server.url}/__plain-list`;
  const cold = { app: [], plain: [] };
  for (let run = 0; run < 5; run++) {
    const app = await throttled(4);
    await app.goto(`${server.url}/halls/${hall.code}`, { waitUntil: 'commit' });
    // The first cards painted: the server's page (crates/hall-server/src/render) holds them.
    await app.waitForFunction(() => document.querySelector('.item-list li'), null, { timeout: 60_000, polling: 'raf' });
    cold.app.push(await app.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)))));
    await app.context().close();
    const plain = await throttled(4);
    await plain.route(plainUrl, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: plainPage(hall.code) }));
    await plain.goto(plainUrl, { waitUntil: 'commit' });
    await plain.waitForFunction(() => window.painted, null, { timeout: 60_000 });
    cold.plain.push(await plain.evaluate(() => window.painted));
    await plain.context().close();
  }
  const typing = {};
  for (const [which, url, box] of [['app', `${server.url}/halls/${hall.code}`, '#item-filter'], ['plain', plainUrl, '#filter']]) {
    const page = await throttled(4);
    if (which === 'plain') await page.route(plainUrl, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: plainPage(hall.code) }));
    await page.goto(url);
    if (which === 'app') await page.waitForFunction(() => !document.querySelector('#app[data-rendered]') && document.querySelector('.item-list li'), null, { timeout: 60_000 });
    else await page.waitForFunction(() => window.painted, null, { timeout: 60_000 });
    typing[which] = await typeInto(page, box);
    await page.context().close();
  }
  const line = (what, app, plain) => console.log(`${what.padEnd(38)} ${`${app.toFixed(0)} ms`.padStart(9)} ${`${plain.toFixed(0)} ms`.padStart(9)} ${`${(app / plain).toFixed(2)}×`.padStart(7)}`);
  console.log(`side by side at CPU ×4, 360 px     ${'hall page'.padStart(12)} ${'plain list'.padStart(10)} ${'ratio'.padStart(6)}`);
  line('cold first visit to first cards (median)', median(cold.app), median(cold.plain));
  line('filter keystroke to paint (median)', median(typing.app), median(typing.plain));
}

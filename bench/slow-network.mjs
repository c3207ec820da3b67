// Benchmark: a citizen's first visit and journey on a slow mobile connection, in a real
// Chromium with the network throttled through the DevTools protocol (≈ "slow 3G":
// 400 ms round trip, 400 kbit/s down, 250 kbit/s up) and the CPU slowed 4×.
// First, a 12345 deep link's first visit (an item guide with answers, and a hall), in
// zh-CN and ug, with and without script: when the page is readable (the server's page:
// crates/hall-server/src/render), when the app has taken it over, and the layout shift.
// Then the journey from the home page: when the static skeleton paints, when the app is
// usable, and how long each following page takes. Needs a release build and the server
// (scripts/test.sh makes both).
// Usage: node bench/slow-network.mjs

import { Server, launchBrowser } from '../tests/e2e/harness.mjs';

const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (250 * 1024) / 8 };

/** A fresh phone (no cache), throttled. */
async function slowPhone(browser, locale, javaScriptEnabled = true) {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 }, javaScriptEnabled, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (javaScriptEnabled) {
    await page.addInitScript(() => {
      window.layoutShift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (!e.hadRecentInput) window.layoutShift += e.value; })).observe({ type: 'layout-shift', buffered: true });
    });
  }
  return page;
}

async function deepLinks(server, browser) {
  const hall = (await (await fetch(`${server.url}/api/v1/halls?item=101100000001&limit=1`)).json()).halls[0];
  const links = [
    ['item guide, answers in the link', `/halls/${hall.code}/items/101100000001?a=company-type.company-llc_foreign-investor.no`, '.material-group-to-bring .material'],
    ['hall (details, first 30 items)', `/halls/${hall.code}`, '.item-list > li'],
  ];
  console.log('A 12345 deep link, first visit: slow 3G (400 ms RTT, 400 kbit/s), CPU ×4, 360 px');
  console.log(`${'page'.padEnd(34)} ${'lang'.padEnd(6)} ${'readable'.padStart(9)} ${'no script'.padStart(10)} ${'app took over'.padStart(14)} ${'CLS'.padStart(5)}`);
  for (const [what, link, ready] of links) {
    for (const lang of ['zh-CN', 'ug']) {
      const url = `${server.url}${link}${link.includes('?') ? '&' : '?'}lang=${lang}`;
      const page = await slowPhone(browser, lang);
      const t0 = Date.now();
      await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
      await page.locator(ready).first().waitFor({ state: 'visible', timeout: 60_000 });
      const readable = Date.now() - t0;
      await page.waitForFunction(() => document.querySelector('#app') && !document.querySelector('#app[data-rendered]'), null, { timeout: 60_000, polling: 100 });
      const app = Date.now() - t0;
      const shift = await page.evaluate(() => window.layoutShift);
      await page.context().close();
      const bare = await slowPhone(browser, lang, false);
      const t1 = Date.now();
      await bare.goto(url, { waitUntil: 'commit', timeout: 60_000 });
      await bare.locator(ready).first().waitFor({ state: 'visible', timeout: 60_000 });
      const noScript = Date.now() - t1;
      await bare.context().close();
      console.log(`${what.padEnd(34)} ${lang.padEnd(6)} ${`${readable} ms`.padStart(9)} ${`${noScript} ms`.padStart(10)} ${`${app} ms`.padStart(14)} ${shift.toFixed(3).padStart(5)}`);
    }
  }
  console.log('');
}

const server = await Server.start();
const browser = await launchBrowser();
try {
  await deepLinks(server, browser);
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  page.on('response', async (r) => {
    const size = Number((await r.allHeaders())['content-length'] ?? 0);
    bytes += size;
  });

  const t0 = Date.now();
  await page.goto(server.url + '/', { waitUntil: 'commit' });
  await page.locator('h1', { hasText: '查找政务服务大厅' }).waitFor({ timeout: 60_000 });
  const skeleton = Date.now() - t0;
  await page.locator('.region-link').first().waitFor({ timeout: 60_000 });
  const usable = Date.now() - t0;
  const firstVisitBytes = bytes;

  const step = async (what, action, ready) => {
    const start = Date.now();
    await action();
    await ready.waitFor({ timeout: 60_000 });
    console.log(`${what.padEnd(40)} ${String(Date.now() - start).padStart(6)} ms`);
  };
  console.log('The journey from home: slow 3G (400 ms RTT, 400 kbit/s) and 4× CPU slowdown, phone viewport, zh-CN');
  console.log(`${'static skeleton painted'.padEnd(40)} ${String(skeleton).padStart(6)} ms`);
  console.log(`${'home usable (regions listed)'.padEnd(40)} ${String(usable).padStart(6)} ms`);
  console.log(`${'first visit transfer (content-length)'.padEnd(40)} ${String(Math.round(firstVisitBytes / 1024)).padStart(6)} KB`);
  await step('province → its regions', () => page.locator('.region-link').first().click(), page.locator('.region-link').first());
  await step('region → prefecture and its halls', () => page.locator('.region-link').first().click(), page.locator('.hall-card').first());
  await step('open a hall (details + item list)', () => page.locator('.hall-card .card-link').first().click(), page.locator('.item-list > li').first());
  const items = await page.locator('.item-list > li').count();
  const start = Date.now();
  await page.getByLabel('筛选事项').fill('登记');
  await page.waitForFunction((n) => document.querySelectorAll('.item-list > li').length < n, items);
  console.log(`${'filter keystroke to list updated'.padEnd(40)} ${String(Date.now() - start).padStart(6)} ms`);
  await step('open an item guide', () => page.locator('.item-list .card-link').first().click(), page.locator('.material').first());
  // Answering needs no network: each answer is the app's own work on a slow phone.
  let answered = 0;
  while (await page.locator('.question-step').isVisible()) {
    const step = page.locator('.question-step');
    const before = await step.locator('.step-count').innerText();
    await step.locator('input[type=radio]').last().check();
    const start = Date.now();
    await step.getByRole('button', { name: '继续' }).click();
    await page.waitForFunction(
      (text) => !document.querySelector('.question-step') || document.querySelector('.question-step .step-count').innerText !== text,
      before,
    );
    console.log(`${`answer ${++answered} to next step + checklist`.padEnd(40)} ${String(Date.now() - start).padStart(6)} ms`);
  }
  const box = page.locator('.material-group-to-bring input[type=checkbox]').first();
  const tickStart = Date.now();
  await box.check();
  await page.locator('.progress', { hasText: '已备齐 1 /' }).waitFor({ timeout: 60_000 });
  console.log(`${'tick a material to progress updated'.padEnd(40)} ${String(Date.now() - tickStart).padStart(6)} ms`);
} finally {
  await browser.close();
  await server.stop();
}

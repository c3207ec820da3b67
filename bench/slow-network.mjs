// Benchmark: a citizen's first visit and journey on a slow mobile connection, in a real
// Chromium with the network throttled through the DevTools protocol (≈ "slow 3G":
// 400 ms round trip, 500 kbit/s down, 250 kbit/s up) and the CPU slowed 4×.
// Prints when the static skeleton paints, when the app is usable, and how long each
// following page takes. Needs a release build and the server (scripts/test.sh makes both).
// Usage: node bench/slow-network.mjs

import { Server, launchBrowser } from '../tests/e2e/harness.mjs';

const server = await Server.start();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: (500 * 1024) / 8,
    uploadThroughput: (250 * 1024) / 8,
  });
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
  console.log('slow 3G (400 ms RTT, 500 kbit/s) and 4× CPU slowdown, phone viewport, zh-CN');
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

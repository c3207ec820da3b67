// Benchmark: the largest hall of the national dataset (1,500 items) in a real Chromium on a
// phone-sized screen, with the CPU slowed 4× like a cheap phone (and at full speed for
// comparison). Prints how long the hall page takes to show its list, and keystroke-to-paint
// for the item filter: from the input event to the next frame after the list has changed,
// over Chinese and Latin queries typed one character at a time. Goal: ≤16 ms. A "floor"
// row types the same into a box that does nothing else: below it no app can go.
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
  for (const rate of [4, 1]) {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    // Every input event's time to the next frame painted after the app has handled it.
    await page.addInitScript(() => {
      window.keystrokes = [];
      document.addEventListener('input', (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.keystrokes.push(performance.now() - start), 0));
      }, true);
    });
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
    await context.close();
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

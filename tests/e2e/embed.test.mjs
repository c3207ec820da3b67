// Embed mode: a portal on another origin puts the guide in an iframe with ?embed=1; the
// guide drops its header and footer, tells the portal its height, and opens links that
// leave it in a new tab. A portal the server does not list cannot frame it at all.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { useServerAndBrowser } from './harness.mjs';

const portals = [];

/** A portal page on its own origin (`port`, or any free one) that embeds `src`, records
 * the heights it hears and sizes its iframe to them. */
async function portal(src, port = 0) {
  const http = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Portal</title><h1>Portal</h1>
      <iframe id="guide" src="${src}" style="width:360px;height:200px;border:0"></iframe>
      <script>
        window.heights = [];
        window.addEventListener('message', (e) => {
          if (e.data && e.data.type === 'hall-guide:height') {
            window.heights.push(e.data.height);
            document.getElementById('guide').style.height = e.data.height + 'px';
          }
        });
      </script>`);
  });
  await new Promise((r) => http.listen(port, '127.0.0.1', r));
  portals.push(http);
  return `http://127.0.0.1:${http.address().port}`;
}

let allowedPort;

const e2e = useServerAndBrowser({
  serverArgs: async () => {
    // Reserve the allowed portal's port first, so the server can be told its origin.
    const probe = createServer();
    await new Promise((r) => probe.listen(0, '127.0.0.1', r));
    allowedPort = probe.address().port;
    await new Promise((r) => probe.close(r));
    return ['--frame-ancestors', `http://127.0.0.1:${allowedPort}`];
  },
  cleanup: () => {
    for (const http of portals) http.close();
  },
});

const TIMEOUT = { timeout: 15_000 };

test('an allowed portal embeds the guide, which reports its height and drops its chrome', async () => {
  const origin = await portal(`${e2e.server.url}/halls/330106-01?embed=1&lang=en`, allowedPort);
  const page = await e2e.newPage({ width: 400, height: 800 });
  await page.goto(origin);
  const frame = page.frameLocator('#guide');
  await frame.locator('main h1').waitFor(TIMEOUT);
  await page.waitForFunction(() => window.heights.length > 0 && window.heights.at(-1) > 600, null, TIMEOUT).catch(async (e) => {
    throw new Error(`${e.message}: heights ${JSON.stringify(await page.evaluate(() => window.heights))}`);
  });
  const height = await page.evaluate(() => window.heights.at(-1));
  const iframeHeight = await page.locator('#guide').evaluate((f) => f.getBoundingClientRect().height);
  assert.equal(Math.round(iframeHeight), height, 'the portal sized the iframe to the reported height');
  assert.equal(await frame.locator('.site-header').count(), 0, 'no header inside the frame');
  assert.equal(await frame.locator('.site-footer').count(), 0, 'no footer inside the frame');
  assert.equal(await frame.locator('html').getAttribute('lang'), 'en');

  // A phone number leaves the guide: clicking it opens outside the frame (the click's
  // navigation itself is cancelled here, to keep the test browser where it is).
  const target = await frame.locator('a.phone').first().evaluate((a) => {
    a.addEventListener('click', (e) => e.preventDefault(), { once: true });
    a.click();
    return a.getAttribute('target');
  });
  assert.equal(target, '_blank');
  // Moving inside the guide stays in the frame and keeps reporting.
  const before = height;
  await frame.locator('.item-list .card-link').first().click();
  await frame.locator('.material').first().waitFor(TIMEOUT);
  await page.waitForFunction((b) => window.heights.at(-1) !== b, before, TIMEOUT);
  assert.equal(await frame.locator('.site-header').count(), 0, 'still embedded after moving on');
  assert.deepEqual(page.consoleErrors.filter((e) => !e.includes('tel:')), []);
  await page.context().close();
});

test('a portal the server does not list cannot frame the guide', async () => {
  const origin = await portal(`${e2e.server.url}/halls/330106-01?embed=1`);
  const page = await e2e.newPage();
  await page.goto(origin);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const loaded = frame ? await frame.evaluate(() => !!document.querySelector('main h1')).catch(() => false) : false;
  assert.equal(loaded, false, 'the guide refused to render inside a foreign page');
  assert.deepEqual(await page.evaluate(() => window.heights), []);
  await page.context().close();
});

test('sharing from inside a portal copies the plain link: the recipient gets the whole guide', async () => {
  // The allowed portal's port is the first test's: free it for this one.
  for (const http of portals.splice(0)) {
    http.closeAllConnections();
    await new Promise((r) => http.close(r));
  }
  const origin = await portal(`${e2e.server.url}/halls/330106-01?embed=1&lang=en`, allowedPort);
  const page = await e2e.newPage({ width: 400, height: 800 });
  // Phones differ in what they share through; here the clipboard takes the link, and the
  // test reads what it was given.
  await page.addInitScript(() => {
    window.copied = [];
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text) => { window.copied.push(text); } }, configurable: true });
  });
  await page.goto(origin);
  const frame = page.frameLocator('#guide');
  await frame.locator('main h1').waitFor(TIMEOUT);
  await frame.locator('.share-line button').click();
  await frame.locator('.share-status').waitFor(TIMEOUT);
  const guide = page.frames().find((f) => f.url().startsWith(e2e.server.url));
  const copied = await guide.evaluate(() => window.copied);
  assert.deepEqual(copied, [`${e2e.server.url}/halls/330106-01?lang=en`], 'the hall in English, without embed=1');

  // The same from a page reached inside the frame (an item's checklist).
  await frame.locator('.item-list .card-link').first().click();
  await frame.locator('.checklist-actions').getByRole('button', { name: 'Share' }).click();
  await guide.waitForFunction(() => window.copied.length === 2, null, TIMEOUT);
  const again = await guide.evaluate(() => window.copied[1]);
  assert.match(again, new RegExp(`^${e2e.server.url}/halls/330106-01/items/\\w+\\?lang=en$`), again);

  // Opened by the recipient: the header, the language picker and the way home are there.
  const recipient = await e2e.newPage();
  await recipient.goto(copied[0]);
  await recipient.locator('main h1').waitFor(TIMEOUT);
  assert.equal(await recipient.locator('.site-header').count(), 1, 'the header');
  assert.equal(await recipient.locator('.lang-picker select').count(), 1, 'the language picker');
  assert.equal(await recipient.locator('.site-name').getAttribute('href'), '/', 'the way home');
  await page.context().close();
  await recipient.context().close();
});

// The app runs under its own strict Content-Security-Policy (a <meta> written at build
// time): no inline script but its own by hash, no inline style, no plugins. Walking the
// pages, the browser refuses nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './harness.mjs';

const e2e = useServerAndBrowser();
const TIMEOUT = { timeout: 15_000 };

test('every page runs under a strict Content-Security-Policy and the browser refuses nothing', async () => {
  const page = await e2e.newPage();
  await page.addInitScript(() => {
    window.refused = [];
    document.addEventListener('securitypolicyviolation', (e) => window.refused.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  const halls = await (await fetch(`${e2e.server.url}/api/v1/halls?limit=100`)).json();
  const hall = halls.halls[0].code;
  const item = (await (await fetch(`${e2e.server.url}/api/v1/halls/${hall}/items`)).json()).items[0].code;
  await page.goto(e2e.server.url + '/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  assert.match(policy, /style-src 'self';/);
  assert.match(policy, /object-src 'none'/);
  assert.ok(!policy.includes('unsafe-inline'), policy);
  for (const path of ['/', `/halls/${hall}`, `/halls/${hall}/items/${item}`, `/halls/${hall}/items/${item}/book`, '/track', '/appointments', '/staff/reply', '/no/such/page']) {
    await page.goto(e2e.server.url + path);
    await page.locator('main h1').first().waitFor(TIMEOUT);
    await page.waitForLoadState('networkidle');
    // The app really started (a skeleton alone has no footer) and the skeleton's script ran.
    await page.locator('.site-footer').waitFor(TIMEOUT);
    assert.deepEqual(await page.evaluate(() => window.refused), [], path);
  }
  // (A hall that takes no bookings answers the booking page's slots with a 404: not a refusal.)
  assert.deepEqual(page.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e)), []);
});

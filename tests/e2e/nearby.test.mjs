// A citizen who searched for an item nationwide (or followed a link to it) is shown the
// halls that handle it nearest to them: after the region they were looking at, and — when
// they tap "nearest to me" and allow it — by distance from where they stand, each hall
// saying how far it is. Refusing the location keeps the list and says why it is unsorted.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './harness.mjs';

const ITEM = '102200000001'; // 居民身份证换领: halls in both demo provinces handle it.
const FUTIAN = { latitude: 22.5431, longitude: 114.0579 }; // Shenzhen, Futian district.
const TIMEOUT = { timeout: 15_000 };

const e2e = useServerAndBrowser();

const hallNames = (page) => page.locator('.offering-halls .card-link').allTextContents();

test('nearest to me: the halls that handle an item are listed by distance, with how far each is', async () => {
  const page = await e2e.newPage({ geolocation: FUTIAN, permissions: ['geolocation'] });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${e2e.server.url}/?q=${encodeURIComponent('身份证')}`);
  // From the search result to the item's nationwide guide.
  await page.locator('.found-items a').first().waitFor(TIMEOUT);
  await page.locator('.found-items a', { hasText: '换领' }).first().click();
  await page.locator('.offering-halls .card').first().waitFor(TIMEOUT);
  const before = await hallNames(page);
  assert.ok(!before[0].includes('深圳') && !before[0].includes('福田'), `without a position the catalogue's order: ${before[0]}`);
  await page.getByRole('button', { name: '离我最近的排在前面' }).click();
  await page.locator('.offering-halls .distance').first().waitFor(TIMEOUT);
  const after = await hallNames(page);
  assert.match(after[0], /福田|深圳|莲花/, `a hall in Shenzhen first: ${after.slice(0, 3)}`);
  const distances = await page.locator('.offering-halls .distance').allTextContents();
  assert.equal(distances.length, after.length, 'every hall says how far it is');
  assert.match(distances[0], /^约 [0-9.]+ (米|公里)$/, distances[0]);
  const km = (text) => (text.includes('公里') ? Number(text.replace(/[^0-9.]/g, '')) : Number(text.replace(/[^0-9]/g, '')) / 1000);
  const values = distances.map(km);
  assert.ok(values.every((v, i) => i === 0 || values[i - 1] <= v), `nearest first: ${distances}`);
  assert.ok(values.at(-1) > 900, `the Zhejiang halls last, about a thousand kilometres away: ${distances.at(-1)}`);
  assert.match(await page.locator('.nearby-status').textContent(), /不会保存/);
  // The position went to the server rounded to about a kilometre, and nowhere else.
  const sent = requests.filter((u) => u.includes('at='));
  assert.ok(sent.length > 0 && sent.every((u) => new URL(u).searchParams.get('at') === '22.54,114.06'), sent.join('\n'));
  assert.ok(!page.url().includes('22.54'), 'the position is not in the page address');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.ok(!stored.includes('22.5') && !stored.includes('114.0'), stored);
  // Each hall opens the item's checklist there.
  await page.locator('.offering-halls .card-link').first().click();
  await page.waitForURL(new RegExp(`/halls/4403[0-9-]+/items/${ITEM}`), TIMEOUT);
  await page.context().close();
});

test('nearest to me refused: the list stays, in the usual order, and says how to allow it', async () => {
  const page = await e2e.newPage({ locale: 'en', permissions: [] });
  await page.goto(`${e2e.server.url}/items/${ITEM}`);
  await page.locator('.offering-halls .card').first().waitFor(TIMEOUT);
  const before = await hallNames(page);
  await page.getByRole('button', { name: 'Nearest to me first' }).click();
  await page.locator('.nearby-status', { hasText: 'not allowed' }).waitFor(TIMEOUT);
  assert.deepEqual(await hallNames(page), before, 'the same halls, the same order');
  assert.equal(await page.locator('.offering-halls .distance').count(), 0);
  assert.ok(await page.getByRole('button', { name: 'Nearest to me first' }).isEnabled(), 'the reader can try again');
  await page.context().close();
});

test('after looking at a hall in Shenzhen, an item found by search lists the Shenzhen halls first', async () => {
  const page = await e2e.newPage();
  const shenzhen = (await (await fetch(`${e2e.server.url}/api/v1/halls?region=440304&limit=1`)).json()).halls[0];
  await page.goto(`${e2e.server.url}/halls/${shenzhen.code}`);
  await page.locator('h1', { hasText: shenzhen.name }).waitFor(TIMEOUT);
  // Within the visit: search from the header's home link, then open the item.
  await page.evaluate((q) => {
    history.pushState(null, '', `/?q=${encodeURIComponent(q)}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, '身份证换领');
  await page.locator('.found-items a', { hasText: '换领' }).first().click();
  await page.locator('.offering-halls .card').first().waitFor(TIMEOUT);
  const names = await hallNames(page);
  assert.equal(names[0], shenzhen.name, `the hall's own county first: ${names.slice(0, 3)}`);
  assert.match(names[1], /深圳|南山|莲花|福田/, `then the same city: ${names.slice(0, 3)}`);
  await page.context().close();
});

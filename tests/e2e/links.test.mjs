// Links that hotline operators and citizens pass on: the language travels in the link
// without overriding the reader's own saved choice; every shareable page has a share
// control; and a link to an item a hall no longer offers explains and offers the halls
// that do, keeping the caller's answers.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './harness.mjs';

let item;
let question;
let offering;
let notOffering;

const e2e = useServerAndBrowser({
  setup: async ({ server }) => {
    const api = async (path) => (await fetch(`${server.url}/api/v1${path}`)).json();
    item = '101100000001';
    const guide = await api(`/items/${item}`);
    question = guide.questions[0];
    offering = (await api(`/halls?item=${item}&limit=200`)).halls;
    const all = (await api('/halls?limit=200')).halls;
    notOffering = all.find((h) => !offering.some((o) => o.code === h.code));
    assert.ok(offering.length > 0 && notOffering, 'the demo data has halls with and without the item');
  },
});

const TIMEOUT = { timeout: 15_000 };

test('a link in the caller\'s language opens in it, without changing the reader\'s saved language', async () => {
  const page = await e2e.newPage({ locale: 'zh-CN' });
  const answers = `${question.id}.${question.options[1].id}`;
  await page.goto(`${e2e.server.url}/halls/${offering[0].code}/items/${item}?a=${answers}&lang=ug`);
  await page.locator('.material').first().waitFor(TIMEOUT);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ug');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await page.evaluate(() => localStorage.getItem('hall-guide.lang')), null, 'a link never saves a language');
  // The caller's answers came with the link.
  await page.locator(`.answer[data-question="${question.id}"]`).waitFor(TIMEOUT);

  // Picking a language saves it and drops lang= from the address, so a reload keeps it.
  await page.locator('.lang-picker select').selectOption('es');
  await page.waitForFunction(() => document.documentElement.lang === 'es', null, TIMEOUT);
  assert.ok(!page.url().includes('lang='), page.url());
  assert.ok(page.url().includes(`a=${answers}`), 'the answers stay');
  await page.reload();
  await page.locator('.material').first().waitFor(TIMEOUT);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await page.context().close();
});

test('the hall and booking pages have a share control that copies the link with its language', async () => {
  const page = await e2e.newPage({ locale: 'en' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const hall = offering[0].code;
  for (const path of [`/halls/${hall}`, `/halls/${hall}/items/${item}/book`]) {
    await page.goto(e2e.server.url + path);
    await page.getByRole('button', { name: 'Share the link' }).click();
    await page.getByText('Link copied').waitFor(TIMEOUT);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${e2e.server.url}${path}?lang=en`);
  }
  // A filter typed a moment ago is in the link, though the address bar may not show it yet.
  await page.goto(`${e2e.server.url}/halls/${hall}`);
  await page.locator('.item-list > li').first().waitFor(TIMEOUT);
  await page.locator('#item-filter').fill('card');
  await page.getByRole('button', { name: 'Share the link' }).click();
  await page.getByText('Link copied').waitFor(TIMEOUT);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${e2e.server.url}/halls/${hall}?q=card&lang=en`);
  await page.context().close();
});

test('a link to an item this hall no longer offers lists the halls that do, with the same answers', async () => {
  const page = await e2e.newPage({ locale: 'zh-CN' });
  const answers = `${question.id}.${question.options[0].id}`;
  await page.goto(`${e2e.server.url}/halls/${notOffering.code}/items/${item}?a=${answers}`);
  await page.getByText('这个大厅不办理该事项').waitFor(TIMEOUT);
  await page.getByRole('heading', { name: '办理这个事项的大厅' }).waitFor(TIMEOUT);
  // The page is titled with the item, and the halls that do offer it come nearest first.
  const guide = await (await fetch(`${e2e.server.url}/api/v1/items/${item}`)).json();
  await page.getByRole('heading', { level: 1, name: guide.name }).waitFor(TIMEOUT);
  const region = notOffering.code.split('-')[0];
  const nearest = (await (await fetch(`${e2e.server.url}/api/v1/halls?item=${item}&near=${region}&limit=50`)).json()).halls;
  const closeness = (code) => [6, 4, 2].findIndex((digits) => code.slice(0, digits) === region.slice(0, digits));
  const rank = (hall) => (closeness(hall.region_code) === -1 ? 3 : closeness(hall.region_code));
  assert.deepEqual(nearest.map(rank), [...nearest.map(rank)].sort(), 'same county, prefecture, province, then the others');
  const links = page.locator('.offering-halls .card-link');
  await links.first().waitFor(TIMEOUT);
  assert.equal(await links.count(), Math.min(offering.length, 50));
  assert.deepEqual((await links.allInnerTexts()).map((t) => t.trim()), nearest.map((h) => h.name), 'listed nearest first');
  await links.first().click();
  await page.waitForURL(new RegExp(`/halls/${nearest[0].code}/items/${item}\\?a=${answers.replace('.', '\\.')}$`), { waitUntil: 'commit', ...TIMEOUT });
  await page.locator(`.answer[data-question="${question.id}"]`).waitFor(TIMEOUT);
  await page.context().close();
});

test('a mistyped short link or page link lands on a clear "not found" page; mangled answers are dropped', async () => {
  const page = await e2e.newPage({ locale: 'zh-CN' });
  await page.goto(`${e2e.server.url}/s/ZZZZZZZ`);
  await page.getByRole('heading', { level: 1, name: '找不到这个页面' }).waitFor(TIMEOUT);
  await page.getByText('链接可能有误或已过期').waitFor(TIMEOUT);
  await page.goto(`${e2e.server.url}/halls/${offering[0].code}/items/${item}/extra`);
  await page.getByRole('heading', { level: 1, name: '找不到这个页面' }).waitFor(TIMEOUT);
  // Answers that name no question or option of the item are ignored: the guide opens at
  // its first question instead of failing.
  await page.goto(`${e2e.server.url}/halls/${offering[0].code}/items/${item}?a=nonsense.zzz_${question.id}.no-such-option`);
  await page.locator('.material').first().waitFor(TIMEOUT);
  assert.equal(await page.locator('.answers .answer').count(), 0);
  await page.locator('.questions legend').first().waitFor(TIMEOUT);
  await page.context().close();
});

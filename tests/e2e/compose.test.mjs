// The reply composer for hall staff and 12345 operators: pick a hall, an item, the
// caller's language and situation; the SMS fits one message, the link opens the same
// checklist on a fresh phone in the caller's language, and the short link does too.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './harness.mjs';

const e2e = useServerAndBrowser();

const TIMEOUT = { timeout: 15_000 };

test('an operator composes a reply in Uyghur and the caller lands on the same checklist', async () => {
  const page = await e2e.newPage({ locale: 'zh-CN', width: 1280, height: 900 });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(e2e.server.url + '/');
  await page.getByRole('link', { name: '答复生成' }).click();
  await page.getByRole('heading', { level: 1, name: '生成答复：链接、二维码和短信' }).waitFor(TIMEOUT);

  await page.getByLabel('大厅').fill('西湖区');
  await page.locator('.hall-choices button').first().click();
  const item = '101100000001';
  await page.getByLabel('事项').selectOption(item);
  await page.getByLabel('答复语言').selectOption('ug');
  // Answer every question as it appears (first option), in the caller's language.
  const situation = page.locator('.compose-situation');
  // The guide is fetched again in the reply's language: wait for the Uyghur one.
  await situation.locator('h2').filter({ hasText: /[\u0600-\u06ff]/ }).waitFor(TIMEOUT);
  for (let answered = 0; answered < 10; answered++) {
    const open = situation.locator('select').filter({ has: page.locator('option[value=""]:checked') });
    if (await open.count() === 0) break;
    const select = open.first();
    const value = await select.locator('option').nth(1).getAttribute('value');
    await select.selectOption(value);
  }
  await page.getByRole('button', { name: '生成答复' }).click();
  const output = page.locator('.compose-output');
  await output.waitFor(TIMEOUT);

  const link = await output.locator('[data-copy="link"] textarea').inputValue();
  const short = await output.locator('[data-copy="short-link"] textarea').inputValue();
  const sms = await output.locator('[data-copy="sms"] textarea').inputValue();
  const full = await output.locator('[data-copy="full"] textarea').inputValue();
  assert.match(link, new RegExp(`^${e2e.server.url}/halls/[^/]+/items/${item}\\?a=[^&]+&lang=ug$`));
  assert.match(short, new RegExp(`^${e2e.server.url}/s/[0-9A-Z]{7}$`));
  assert.ok(sms.endsWith(short), sms);
  assert.ok([...sms].length <= 70, `the SMS is ${[...sms].length} characters: ${sms}`);
  assert.ok(full.endsWith(link) && full.split('\n').length >= 4, full);
  assert.equal(await output.locator('[data-copy="sms"] textarea').getAttribute('dir'), 'rtl');
  assert.ok(await output.locator('svg.qr-code').isVisible());
  const download = await output.getByRole('link', { name: '下载二维码（SVG，可打印）' }).getAttribute('href');
  assert.ok(download.startsWith('data:image/svg+xml'), download.slice(0, 40));

  await output.locator('[data-copy="sms"] button').click();
  await output.locator('[data-copy="sms"] button', { hasText: '已复制' }).waitFor(TIMEOUT);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), sms);

  // The caller's phone: a fresh context in Chinese opens both links in Uyghur, with the
  // situation chosen and the same materials.
  const answersInLink = new URL(link).searchParams.get('a');
  for (const url of [link, short]) {
    const phone = await e2e.newPage({ locale: 'zh-CN' });
    await phone.goto(url);
    await phone.locator('.material').first().waitFor(TIMEOUT);
    assert.equal(await phone.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(new URL(phone.url()).searchParams.get('a'), answersInLink);
    const bring = await phone.locator('.material-group-to-bring .material').count();
    assert.ok(full.includes(`${bring}. `) && !full.includes(`${bring + 1}. `), `the full reply lists the ${bring} materials the page does`);
    await phone.context().close();
  }
  await page.context().close();
});

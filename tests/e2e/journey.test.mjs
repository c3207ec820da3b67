// A citizen's journey, end to end, in a real browser against the real server:
// home → region drill-down → hall → filter items → item guide → materials; English;
// deep links in a new tab; the API going away and coming back.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './harness.mjs';

const e2e = useServerAndBrowser();

const TIMEOUT = { timeout: 15_000 };
// Links are followed inside the app (history.pushState): there is no load event to wait for.
const COMMIT = { waitUntil: 'commit', timeout: 15_000 };

test('a citizen finds a hall by region, filters its items and reads the materials to bring', async () => {
  const page = await e2e.newPage();
  await page.goto(e2e.server.url + '/');
  await page.getByRole('heading', { level: 1, name: '查找政务服务大厅' }).waitFor(TIMEOUT);

  // Drill down: province → prefecture → county, each a real URL.
  await page.locator('.region-link', { hasText: '浙江省' }).click();
  await page.waitForURL(/\/regions\/330000$/, COMMIT);
  await page.getByRole('heading', { level: 1, name: '浙江省' }).waitFor(TIMEOUT);
  await page.locator('.region-link', { hasText: '杭州市' }).click();
  await page.waitForURL(/\/regions\/330100$/, COMMIT);
  await page.locator('.region-link', { hasText: '西湖区' }).click();
  await page.waitForURL(/\/regions\/330106$/, COMMIT);
  await page.getByRole('heading', { level: 1, name: '西湖区' }).waitFor(TIMEOUT);

  // The county's own hall is listed; open it.
  const hallLink = page.locator('.hall-card .card-link').filter({ hasText: '西湖区' }).first();
  await hallLink.waitFor(TIMEOUT);
  const hallName = (await hallLink.textContent()).trim();
  await hallLink.click();
  await page.waitForURL(/\/halls\/330106-\d\d$/, COMMIT);
  await page.getByRole('heading', { level: 1, name: hallName }).waitFor(TIMEOUT);
  await assert.doesNotReject(page.getByText('12345').first().waitFor(TIMEOUT));

  // The instant filter narrows the list and writes itself into the URL.
  const items = page.locator('.item-list > li');
  await items.first().waitFor(TIMEOUT);
  // The count line names every item of the hall, however many cards are shown first.
  const total = Number((await page.locator('.result-count').innerText()).match(/\d+/)[0]);
  assert.ok(total >= 10 && (await items.count()) >= 10, `a county hall lists many items (got ${total})`);
  await page.getByLabel('筛选事项').fill('身份证');
  await page.waitForURL(/q=%E8%BA%AB%E4%BB%BD%E8%AF%81/, COMMIT);
  const filtered = await items.count();
  assert.ok(filtered >= 1 && filtered < total, `filtering narrows ${total} items to ${filtered}`);
  for (const text of await items.allTextContents()) {
    assert.ok(text.includes('身份证'), `every item left mentions the search term: ${text}`);
  }
  await assert.doesNotReject(page.getByText(`显示 ${filtered} 项，共 ${total} 项`).waitFor(TIMEOUT));

  // Open the first matching item's guide.
  const itemLink = items.first().locator('.card-link');
  const itemName = (await itemLink.textContent()).trim();
  await itemLink.click();
  await page.waitForURL(/\/halls\/330106-\d\d\/items\/\w+$/, COMMIT);
  await page.getByRole('heading', { level: 1, name: itemName }).waitFor(TIMEOUT);
  await page.getByRole('heading', { name: '材料清单' }).waitFor(TIMEOUT);
  const materials = page.locator('.material');
  assert.ok((await materials.count()) >= 2, 'the guide lists its materials');
  await assert.doesNotReject(page.locator('.totals', { hasText: /请携带 \d+ 种材料：原件 \d+ 份(，复印件 \d+ 份)?/ }).waitFor(TIMEOUT));

  // Answering the first question decides materials and puts the answer in the URL.
  const everything = await materials.count();
  const firstQuestion = page.locator('.question-step');
  await firstQuestion.getByText(/^问题 1 \/ \d+$/).waitFor(TIMEOUT);
  await firstQuestion.locator('input[type=radio]').first().check();
  await firstQuestion.getByRole('button', { name: '继续' }).click();
  await page.waitForURL(/\?a=[a-z0-9-]+\.[a-z0-9-]+/, COMMIT);
  await page.locator('.answers .answer').first().waitFor(TIMEOUT);
  const afterAnswer = await materials.count();
  assert.ok(afterAnswer <= everything, `an answer shows no more materials (${afterAnswer} ≤ ${everything})`);
  // The phone's Back button steps back through the answers before it leaves the page.
  await page.goBack();
  await page.waitForURL(/\/items\/\w+$/, COMMIT);
  await page.locator('.question-step').getByText(/^问题 1 \/ \d+$/).waitFor(TIMEOUT);

  // Back returns to the hall with the filter as it was; Forward returns to the guide.
  await page.goBack();
  await page.waitForURL(/\/halls\/330106-\d\d\?q=%E8%BA%AB%E4%BB%BD%E8%AF%81$/, COMMIT);
  await page.getByRole('heading', { level: 1, name: hallName }).waitFor(TIMEOUT);
  assert.equal(await page.getByLabel('筛选事项').inputValue(), '身份证');
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: itemName }).waitFor(TIMEOUT);

  assert.deepEqual(page.consoleErrors, [], 'no console errors along the way');
});

test('switching to English shows English text and content, and the choice persists', async () => {
  const page = await e2e.newPage();
  await page.goto(e2e.server.url + '/');
  await page.getByRole('heading', { level: 1, name: '查找政务服务大厅' }).waitFor(TIMEOUT);
  await page.getByLabel('语言').selectOption('en');
  await page.getByRole('heading', { level: 1, name: 'Find a government service hall' }).waitFor(TIMEOUT);
  await page.locator('.region-link', { hasText: 'Zhejiang' }).waitFor(TIMEOUT);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Find a government service hall' }).waitFor(TIMEOUT);

  // A browser that prefers English gets English on its first visit.
  const english = await e2e.newPage({ locale: 'en-US' });
  await english.goto(e2e.server.url + '/regions/330100');
  await english.getByRole('heading', { level: 1, name: /Hangzhou/ }).waitFor(TIMEOUT);
  await english.getByText('Government service halls in this region').waitFor(TIMEOUT);
});

test("a deep link's data comes with the page or is asked for once, while the app downloads", async () => {
  const hall = (await (await fetch(`${e2e.server.url}/api/v1/halls?level=county&limit=1`)).json()).halls[0];
  const page = await e2e.newPage();
  const asked = [];
  page.on('request', (r) => { if (r.url().includes('/api/')) asked.push({ url: r.url().replace(e2e.server.url, ''), at: Date.now() }); });
  let wasmDone = 0;
  page.on('requestfinished', (r) => { if (r.url().endsWith('.wasm')) wasmDone = Date.now(); });
  await page.goto(`${e2e.server.url}/halls/${hall.code}`);
  await page.getByRole('heading', { level: 1, name: hall.name }).waitFor(TIMEOUT);
  await page.locator('.item-list li').first().waitFor(TIMEOUT);
  const hallAsks = asked.filter((a) => a.url.startsWith(`/api/v1/halls/${hall.code}?`));
  const itemAsks = asked.filter((a) => a.url.startsWith(`/api/v1/halls/${hall.code}/items?`));
  // hall-server put the hall into the page itself; its items were asked for once, while
  // the app was still downloading.
  assert.equal(hallAsks.length, 0, `the hall came with the page: ${JSON.stringify(asked)}`);
  assert.equal(itemAsks.length, 1, `its items are fetched once: ${JSON.stringify(asked)}`);
  assert.ok(itemAsks[0].at <= wasmDone, 'the items were asked for before the app had downloaded');
  assert.deepEqual(page.consoleErrors, []);
});

test('a deep link pasted into a new tab opens the exact page, filter and answers', async () => {
  const halls = await (await fetch(`${e2e.server.url}/api/v1/halls?level=county&limit=1`)).json();
  const hall = halls.halls[0].code;
  const items = await (await fetch(`${e2e.server.url}/api/v1/halls/${hall}/items`)).json();
  const item = items.items[0];
  const guide = await (await fetch(`${e2e.server.url}/api/v1/halls/${hall}/items/${item.code}`)).json();
  const question = guide.questions[0];
  const option = question.options[question.options.length - 1];

  const page = await e2e.newPage();
  await page.goto(`${e2e.server.url}/halls/${hall}/items/${item.code}?a=${question.id}.${option.id}`);
  await page.getByRole('heading', { level: 1, name: item.name }).waitFor(TIMEOUT);
  const answer = page.locator(`.answers .answer[data-question="${question.id}"]`);
  await answer.getByText(option.label, { exact: true }).first().waitFor(TIMEOUT);
  assert.equal(await answer.locator("dd > span").innerText(), option.label);

  const filtered = await e2e.newPage();
  await filtered.goto(`${e2e.server.url}/halls/${hall}?online=1`);
  await filtered.locator('.item-list > li').first().waitFor(TIMEOUT);
  assert.equal(await filtered.getByLabel('只看网上可办').isChecked(), true);
  const shown = await filtered.locator('.item-list > li').count();
  assert.equal(shown, items.items.filter((i) => i.online).length);

  const missing = await e2e.newPage();
  await missing.goto(`${e2e.server.url}/no/such/page`);
  await missing.getByRole('heading', { level: 1, name: '找不到这个页面' }).waitFor(TIMEOUT);
  const gone = await e2e.newPage();
  await gone.goto(`${e2e.server.url}/halls/999999-99`);
  await gone.getByRole('alert').getByText('找不到这个政务服务大厅').waitFor(TIMEOUT);
});

test('a filter typed a moment before following a link is still there on Back, and in the shared link', async () => {
  const hall = (await (await fetch(`${e2e.server.url}/api/v1/halls?level=county&limit=1`)).json()).halls[0].code;
  const page = await e2e.newPage();
  await page.goto(`${e2e.server.url}/halls/${hall}`);
  await page.locator('.item-list > li').first().waitFor(TIMEOUT);
  // The address bar catches up with typing a moment later (one history write per burst);
  // the app's own links and the share button never see the old address.
  await page.getByLabel('筛选事项').fill('身份证');
  await page.locator('.result-count', { hasText: /显示 \d+ 项/ }).waitFor(TIMEOUT);
  const first = page.locator('.item-list > li .card-link').first();
  const name = (await first.textContent()).trim();
  await first.click();
  await page.getByRole('heading', { level: 1, name }).waitFor(TIMEOUT);
  await page.goBack();
  await page.waitForURL(/\?q=%E8%BA%AB%E4%BB%BD%E8%AF%81$/, COMMIT);
  assert.equal(await page.getByLabel('筛选事项').inputValue(), '身份证');

  // Typing, then Forward at once: the guide's history entry is not overwritten with the
  // hall's address a moment later.
  await page.getByLabel('筛选事项').fill('结婚');
  await page.goForward();
  await page.getByRole('heading', { level: 1, name }).waitFor(TIMEOUT);
  const forwardUrl = page.url();
  await page.waitForTimeout(600);
  assert.equal(page.url(), forwardUrl);
  assert.match(new URL(forwardUrl).pathname, /\/items\//);
  assert.deepEqual(page.consoleErrors, []);
});

test('on a slow network a citizen types a search into the page before the app has arrived, and nothing is lost', async () => {
  for (const pressSearch of [false, true]) {
    const page = await e2e.newPage();
    // The app's wasm is held back until the citizen has typed: the page meanwhile is
    // index.html's static skeleton, whose search box is real.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto(e2e.server.url + '/', { waitUntil: 'domcontentloaded' });
    const box = page.getByLabel('搜索大厅');
    await box.pressSequentially('西湖', { delay: 50 });
    if (pressSearch) await box.press('Enter');
    assert.equal(new URL(page.url()).search, '', 'the skeleton does not reload the page');
    release();
    if (pressSearch) {
      // The app starts on the results, and Back returns to the empty home page.
      await page.getByRole('heading', { name: /“西湖”/ }).waitFor(TIMEOUT);
      assert.equal(new URL(page.url()).searchParams.get('q'), '西湖');
      await page.locator('.hall-card').first().waitFor(TIMEOUT);
      await page.goBack();
      await page.locator('.region-link').first().waitFor(TIMEOUT);
    } else {
      // The app's own box has the text, and the caret, to type on.
      await page.locator('.region-link').first().waitFor(TIMEOUT);
      assert.equal(await page.getByLabel('搜索大厅').inputValue(), '西湖');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'hall-search');
      await page.keyboard.type('区');
      assert.equal(await page.getByLabel('搜索大厅').inputValue(), '西湖区');
    }
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  }
});

test('when the API is unreachable the page says so, keeps the app, and recovers on retry', async () => {
  const page = await e2e.newPage();
  await page.goto(e2e.server.url + '/regions/330000');
  await page.getByRole('heading', { level: 1, name: '浙江省' }).waitFor(TIMEOUT);

  await e2e.server.pause();
  try {
    await page.locator('.region-link').first().click();
    const alert = page.getByRole('alert');
    await alert.getByText('服务暂时没有响应').waitFor(TIMEOUT);
    const retry = alert.getByRole('button', { name: '重试' });
    await retry.waitFor(TIMEOUT);
    // The rest of the app is still there: header and language picker.
    await page.getByLabel('语言').waitFor(TIMEOUT);
  } finally {
    await e2e.server.resume();
  }
  await page.getByRole('alert').getByRole('button', { name: '重试' }).click();
  await page.getByRole('alert').waitFor({ state: 'detached', ...TIMEOUT });
  await page.locator('h1').first().waitFor(TIMEOUT);
  assert.notEqual(await page.locator('h1').first().innerText(), '');
});

test('an answer that is not what the API promises shows an error view, not a broken page', async () => {
  const page = await e2e.newPage({ serviceWorkers: 'block' });
  // A captive portal or a misconfigured proxy answering for the API.
  await page.route('**/api/v1/regions?*', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<html><body>Welcome to free Wi-Fi</body></html>' }),
  );
  await page.goto(e2e.server.url + '/');
  const alert = page.getByRole('alert');
  await alert.getByText('服务器返回的数据无法识别').waitFor(TIMEOUT);
  await alert.getByRole('button', { name: '重试' }).waitFor(TIMEOUT);
  await page.unroute('**/api/v1/regions?*');
  await alert.getByRole('button', { name: '重试' }).click();
  await page.locator('.region-link', { hasText: '浙江省' }).waitFor(TIMEOUT);
});

test('a citizen searching "身份证" (or "sfz") finds the ID card services, and each opens with the halls that handle it', async () => {
  const page = await e2e.newPage();
  await page.goto(e2e.server.url);
  // Before any search: the common services.
  const popular = page.locator('.popular-items .item-links a');
  await popular.first().waitFor(TIMEOUT);
  assert.ok((await popular.count()) >= 5, 'the home page lists common services');
  for (const query of ['身份证', 'sfz']) {
    await page.locator('#hall-search').fill(query);
    await page.getByRole('button', { name: '搜索' }).click();
    await page.locator('.found-items').waitFor(TIMEOUT);
    const found = (await page.locator('.found-items .item-links a').allInnerTexts()).map((t) => t.trim());
    assert.ok(found.includes('居民身份证换领') && found.includes('居民身份证补领'), `${query}: ${found}`);
  }
  await page.locator('.found-items .item-links a', { hasText: '居民身份证换领' }).click();
  await page.waitForURL(/\/items\/102200000001/, COMMIT);
  await page.getByRole('heading', { level: 1, name: '居民身份证换领' }).waitFor(TIMEOUT);
  const halls = page.locator('.offering-halls .card-link');
  await halls.first().waitFor(TIMEOUT);
  assert.ok((await halls.count()) >= 1, 'the guide lists the halls that handle the item');
  await page.context().close();
});

test('an item that needs an appointment says so at the top of its guide, beside the booking button', async () => {
  const api = async (path) => (await fetch(`${e2e.server.url}/api/v1${path}`)).json();
  const halls = (await api('/halls?limit=100')).halls;
  let found;
  for (const hall of halls) {
    if (!hall.services.appointments) continue;
    for (const item of (await api(`/halls/${hall.code}/items`)).items) {
      const guide = await api(`/halls/${hall.code}/items/${item.code}`);
      if (guide.appointment === 'required' && guide.questions.length > 0) {
        found = { hall: hall.code, item: item.code };
        break;
      }
    }
    if (found) break;
  }
  assert.ok(found, 'the demo has an item that needs an appointment at a hall that books');
  const page = await e2e.newPage();
  await page.goto(`${e2e.server.url}/halls/${found.hall}/items/${found.item}`);
  const need = page.locator('.appointment-need');
  await need.waitFor(TIMEOUT);
  assert.equal((await need.innerText()).trim(), '需要预约：请先预约，再按预约时间前往。');
  const [needBox, question] = [await need.boundingBox(), await page.locator('.question-step').boundingBox()];
  assert.ok(needBox.y < question.y, 'said before the first question, not after every material is ticked');
  await page.locator('.book-line a', { hasText: '预约到大厅办理' }).waitFor(TIMEOUT);
  await page.context().close();
});

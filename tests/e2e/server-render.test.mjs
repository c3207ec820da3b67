// The pages hall-server renders for a deep link's first visit (issue 21): readable with
// no script at all, in the link's language; saying what the app says, word for word, for
// every demo item and every path through its questions; and taken over by the app with
// nothing on screen moving, nothing the reader did lost.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser } from './harness.mjs';

const TIMEOUT = { timeout: 15_000 };
const ITEM = '101100000001';

let hall;
const e2e = useServerAndBrowser({
  setup: async ({ server }) => {
    hall = (await (await fetch(`${server.url}/api/v1/halls?item=${ITEM}&limit=1`)).json()).halls[0];
    assert.ok(hall, `a demo hall offers ${ITEM}`);
  },
});

/** A page with no script at all: what the server sent, as a browser lays it out. */
async function noScriptPage({ locale = 'zh-CN', width = 360, height = 740 } = {}) {
  const context = await e2e.browser.newContext({ locale, viewport: { width, height }, javaScriptEnabled: false });
  return context.newPage();
}

/** What the page says: the text of `main` as a reader sees it (folded parts left out),
 * with every card laid out, then each card of an item list.
 * `app`: only once the app has taken over, else `null`. */
function said(app) {
  const main = document.querySelector('main');
  if (!main || (app && document.querySelector('#app[data-rendered]'))) return null;
  // Every card laid out while reading (style.css skips the layout of cards out of view,
  // so innerText would hold as many cards as happen to be near the viewport).
  const items = [...main.querySelectorAll('.item-list > li')];
  for (const li of items) li.style.contentVisibility = 'visible';
  const text = main.innerText;
  for (const li of items) li.style.contentVisibility = '';
  const cards = items.map((li) => li.textContent);
  return [text, ...cards].join('\n');
}
const mainText = (page) => page.evaluate(said, false);
/** Waits until `page` is the app's (taken over) and says `expected`. */
async function appSays(page, expected) {
  for (const start = Date.now(); Date.now() - start < 5_000; await page.waitForTimeout(50)) {
    if ((await page.evaluate(said, true)) === expected) return true;
  }
  return false;
}

/** Where the next form of a no-script page leads for each choice: the server's redirect. */
async function nextLinks(page) {
  const form = page.locator('form.question-step');
  if ((await form.count()) === 0) return [];
  const action = await form.getAttribute('action');
  const kept = form.locator('input[name=a]');
  const answers = (await kept.count()) ? await kept.getAttribute('value') : null;
  const links = [];
  for (const radio of await form.locator('input[type=radio]').all()) {
    const [name, value] = [await radio.getAttribute('name'), await radio.getAttribute('value')];
    const query = new URLSearchParams();
    if (answers) query.set('a', answers);
    query.set(name, value);
    const response = await fetch(`${e2e.server.url}${action}?${query}`, { redirect: 'manual' });
    assert.equal(response.status, 303, `${action}?${query} answers the question`);
    links.push(response.headers.get('location'));
  }
  return links;
}

test('with no script, a citizen reads an item guide and answers its questions by form, in zh-CN and in ug', async () => {
  const page = await noScriptPage();
  try {
    await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${ITEM}`, TIMEOUT);
    const guide = await (await fetch(`${e2e.server.url}/api/v1/halls/${hall.code}/items/${ITEM}?lang=zh-CN`)).json();
    assert.equal(await page.locator('h1').innerText(), guide.name);
    assert.match(await page.title(), new RegExp(guide.name));
    assert.match(await page.locator('.step-count').innerText(), /^问题 1 \/ \d+$/);
    const before = await page.locator('.material-group-to-bring .material').count();
    // Answer every question as the last option, pressing 继续 as with the app.
    let answered = 0;
    while ((await page.locator('form.question-step').count()) > 0) {
      await page.locator('form.question-step input[type=radio]').last().check();
      await Promise.all([page.waitForURL(/[?&]a=/, TIMEOUT), page.getByRole('button', { name: '继续' }).click()]);
      answered += 1;
    }
    assert.ok(answered >= 2, `answered ${answered} questions`);
    assert.match(page.url(), /\?a=/, 'the answers are in the link, as the app writes them');
    await page.locator('.questions-done').waitFor(TIMEOUT);
    const after = await page.locator('.material-group-to-bring .material').count();
    assert.ok(after > 0, `the checklist for these answers: ${before} materials before, ${after} after`);
    assert.equal(await page.locator('.material-group-undecided').count(), 0, 'nothing left undecided once every question is answered');
    assert.match(await page.locator('.fee-due').innerText(), /元|不收费/);

    // ug: the page is right to left, in Uyghur, header too.
    const ug = await noScriptPage({ locale: 'ug' });
    await ug.goto(`${e2e.server.url}/halls/${hall.code}/items/${ITEM}?lang=ug`, TIMEOUT);
    assert.equal(await ug.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await ug.locator('html').getAttribute('lang'), 'ug');
    const ugGuide = await (await fetch(`${e2e.server.url}/api/v1/halls/${hall.code}/items/${ITEM}?lang=ug`)).json();
    assert.equal(await ug.locator('h1').innerText(), ugGuide.name);
    const header = await ug.locator('.site-header').innerText();
    assert.match(header, /[\u0600-\u06FF]/, `the header is in Uyghur: ${header}`);
    assert.equal(await ug.getByRole('button', { name: 'داۋاملاشتۇرۇش' }).count(), 1, 'the form in Uyghur');
    assert.equal(await ug.locator('#checklist-heading').innerText(), 'ماتېرىياللار تىزىملىكى');
    await ug.context().close();
  } finally {
    await page.context().close();
  }
});

test('with no script, a hall shows its details and its first 30 items, filtered as in the link', async () => {
  const page = await noScriptPage();
  try {
    await page.goto(`${e2e.server.url}/halls/${hall.code}`, TIMEOUT);
    assert.equal(await page.locator('h1').innerText(), hall.name);
    const items = await (await fetch(`${e2e.server.url}/api/v1/halls/${hall.code}/items?lang=zh-CN`)).json();
    assert.equal(await page.locator('.item-list > li').count(), Math.min(30, items.items.length));
    assert.match(await page.locator('.result-count').innerText(), new RegExp(String(items.items.length)));
    // A card is a real link to the item's guide.
    const first = page.locator('.item-list .card-link').first();
    await Promise.all([page.waitForURL(/\/items\//, TIMEOUT), first.click()]);
    await page.locator('.checklist').waitFor(TIMEOUT);
    // A filtered link: the filter is in the field and the list.
    const word = items.items[0].name.slice(0, 2);
    await page.goto(`${e2e.server.url}/halls/${hall.code}?q=${encodeURIComponent(word)}`, TIMEOUT);
    assert.equal(await page.locator('#item-filter').inputValue(), word);
    const shown = await page.locator('.item-list .card-title').allInnerTexts();
    assert.ok(shown.length > 0 && shown.length < items.items.length, `${shown.length} of ${items.items.length} match ${word}`);
  } finally {
    await page.context().close();
  }
});

test('the server page and the app say the same thing, word for word, for every demo item and every path through its questions', { timeout: 600_000 }, async () => {
  // Every demo item, each at the first hall that offers it.
  const { halls } = await (await fetch(`${e2e.server.url}/api/v1/halls?limit=200`)).json();
  const items = new Map();
  for (const h of halls) {
    for (const item of (await (await fetch(`${e2e.server.url}/api/v1/halls/${h.code}/items`)).json()).items) {
      if (!items.has(item.code)) items.set(item.code, h.code);
    }
  }
  assert.ok(items.size >= 50, `${items.size} demo items`);
  const server = await noScriptPage();
  const app = await e2e.newPage();
  let compared = 0;
  try {
    for (const [code, hallCode] of items) {
      // Every page of the walk: the guide with no answers, then each answer's next page.
      const queue = [`/halls/${hallCode}/items/${code}`];
      let first = true;
      while (queue.length) {
        const link = queue.shift();
        await server.goto(e2e.server.url + link, TIMEOUT);
        const says = await mainText(server);
        queue.push(...(await nextLinks(server)));
        if (first) {
          await app.goto(e2e.server.url + link, TIMEOUT);
          first = false;
        } else {
          // The app follows the link as it follows its own (a new history entry).
          await app.evaluate((to) => {
            history.pushState(null, '', to);
            dispatchEvent(new PopStateEvent('popstate'));
          }, link);
        }
        const same = await appSays(app, says);
        if (!same) {
          const shown = await mainText(app);
          const [a, b] = [says.split('\n'), shown.split('\n')];
          const at = a.findIndex((line, i) => line !== b[i]);
          assert.fail(`${link}: the server's page and the app's differ at line ${at + 1}:\n  server: ${a[at]}\n  app:    ${b[at]}`);
        }
        compared += 1;
        if (process.env.HALL_E2E_VERBOSE) console.log(compared, link, Date.now() % 100000);
      }
    }
  } finally {
    await server.context().close();
    await app.context().close();
  }
  console.log(`compared ${compared} pages of ${items.size} items`);
  assert.ok(compared > items.size, `every item's paths: ${compared} pages`);
});

for (const locale of ['zh-CN', 'ug']) {
test(`the server page and the app say the same thing for every demo hall (details, first items) and every item's first page (${locale})`, { timeout: 180_000 }, async () => {
  const { halls } = await (await fetch(`${e2e.server.url}/api/v1/halls?limit=200`)).json();
  const links = halls.map((h) => `/halls/${h.code}`);
  // Each item's first page at its first hall (zh-CN walks every path above).
  if (locale !== 'zh-CN') {
    const seen = new Set();
    for (const h of halls) {
      for (const item of (await (await fetch(`${e2e.server.url}/api/v1/halls/${h.code}/items`)).json()).items) {
        if (!seen.has(item.code)) links.push(`/halls/${h.code}/items/${item.code}`);
        seen.add(item.code);
      }
    }
  }
  const server = await noScriptPage({ locale });
  const app = await e2e.newPage({ locale });
  try {
    for (const link of links) {
      await server.goto(e2e.server.url + link, TIMEOUT);
      const says = await mainText(server);
      await app.goto(e2e.server.url + link, TIMEOUT);
      const same = await appSays(app, says);
      if (!same) {
        const [a, b] = [says.split('\n'), (await mainText(app)).split('\n')];
        const at = a.findIndex((line, i) => line !== b[i]);
        assert.fail(`${link}: the server's page and the app's differ at line ${at + 1}:\n  server: ${a[at]}\n  app:    ${b[at]}`);
      }
    }
  } finally {
    await server.context().close();
    await app.context().close();
  }
});
}

/** Holds the wasm back until `release()`: the server's page is on screen meanwhile. */
async function holdWasm(page) {
  let release;
  const released = new Promise((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

for (const [locale, width] of [['zh-CN', 360], ['ug', 360], ['zh-CN', 1280]]) {
  test(`the app takes over the server's page with nothing moving (CLS 0) and keeps a tick made before it came (${locale}, ${width} px)`, async () => {
    const page = await e2e.newPage({ locale, width, height: 740, serviceWorkers: 'block' });
    try {
      const release = await holdWasm(page);
      await page.addInitScript(() => {
        window.shifts = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => window.shifts.push({ value: e.value, sources: e.sources?.map((s) => s.node?.className) }))).observe({ type: 'layout-shift', buffered: true });
      });
      const lang = locale === 'ug' ? 'ug' : 'zh-CN';
      await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${ITEM}?lang=${lang}`, { waitUntil: 'commit' });
      await page.locator('#app[data-rendered] .material').first().waitFor(TIMEOUT);
      const boxes = () =>
        page.evaluate(() =>
          ['h1', '.facts-grid', '.fee-due', '.question-step', '.checklist .totals', '.material'].map((s) => {
            const r = document.querySelector(`#app ${s}`)?.getBoundingClientRect();
            return r && [s, Math.round(r.x), Math.round(r.y + scrollY), Math.round(r.width), Math.round(r.height)];
          }),
        );
      const before = await boxes();
      // The reader ticks a material before the app is here.
      const material = await page.locator('.material-group-to-bring .material').first().getAttribute('data-material');
      await page.locator(`.material[data-material="${material}"] input[type=checkbox]`).check();
      release();
      await page.waitForFunction(() => document.querySelector('#app') && !document.querySelector('#app[data-rendered]'), null, TIMEOUT);
      assert.deepEqual(await boxes(), before, 'every part of the page where it was');
      assert.ok(await page.locator(`.material[data-material="${material}"] input[type=checkbox]`).isChecked(), 'the tick is kept');
      await page.locator('.progress', { hasText: /1/ }).waitFor(TIMEOUT);
      const shifts = await page.evaluate(() => window.shifts);
      assert.deepEqual(shifts, [], 'no layout shift');
      // The app's page works: answering goes on in place, without a reload.
      await page.locator('form.question-step input[type=radio]').first().check();
      await page.locator('form.question-step button[type=submit]').click();
      await page.waitForURL(/\?a=/, TIMEOUT);
      assert.deepEqual(page.consoleErrors, []);
    } finally {
      await page.context().close();
    }
  });
}

test('a reader whose device is set to another language than the link gets the app in theirs, never a page changing language', async () => {
  const page = await e2e.newPage({ locale: 'zh-CN', serviceWorkers: 'block' });
  try {
    await page.goto(`${e2e.server.url}/about`, TIMEOUT);
    await page.evaluate(() => localStorage.setItem('hall-guide.lang', 'en'));
    const release = await holdWasm(page);
    await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${ITEM}`, { waitUntil: 'commit' });
    await page.locator('.loading').first().waitFor(TIMEOUT);
    assert.equal(await page.locator('#app[data-rendered]').count(), 0, 'the Chinese page rendered by the server is not shown');
    release();
    await page.locator('.checklist').waitFor(TIMEOUT);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  } finally {
    await page.context().close();
  }
});

test('the app takes over a hall page with nothing moving, keeping a filter typed before it came', async () => {
  const page = await e2e.newPage({ serviceWorkers: 'block' });
  try {
    const release = await holdWasm(page);
    await page.goto(`${e2e.server.url}/halls/${hall.code}`, { waitUntil: 'commit' });
    await page.locator('#app[data-rendered] .item-list > li').first().waitFor(TIMEOUT);
    const boxes = () =>
      page.evaluate(() =>
        ['h1', '.open-now', '.facts-grid', '.filters', '.result-count', '.item-list > li'].map((s) => {
          const r = document.querySelector(`#app ${s}`)?.getBoundingClientRect();
          return r && [s, Math.round(r.x), Math.round(r.y + scrollY), Math.round(r.width), Math.round(r.height)];
        }),
      );
    const before = await boxes();
    assert.ok(before.every(Boolean), JSON.stringify(before));
    release();
    await page.waitForFunction(() => document.querySelector('#app') && !document.querySelector('#app[data-rendered]'), null, TIMEOUT);
    assert.deepEqual(await boxes(), before, 'every part of the page where it was');

    // Typed while the app was still on its way: the app filters by it.
    const second = await e2e.newPage({ serviceWorkers: 'block' });
    const hold = await holdWasm(second);
    await second.goto(`${e2e.server.url}/halls/${hall.code}`, { waitUntil: 'commit' });
    const field = second.locator('#app[data-rendered] #item-filter');
    await field.fill('登记');
    hold();
    await second.waitForFunction(() => !document.querySelector('#app[data-rendered]') && /[?&]q=/.test(location.search), null, TIMEOUT);
    assert.equal(await second.locator('#item-filter').inputValue(), '登记');
    // (textContent: a card's innerText is empty until it is scrolled to, style.css.)
    const titles = await second.locator('.item-list .card-title').allTextContents();
    assert.ok(titles.length > 0);
    for (const title of titles) assert.match(title, /登记/);
    assert.deepEqual(second.consoleErrors, []);
    await second.context().close();
  } finally {
    await page.context().close();
  }
});

test("a deep link's HTML starts fetching its page's code with the main wasm, each file downloaded once and compiled as it streams", async () => {
  const pages = JSON.parse(readFileSync(join(e2e.server.distDir, 'split-pages.json'), 'utf8'));
  for (const [path, name] of [[`/halls/${hall.code}`, 'hall_page'], [`/halls/${hall.code}/items/${ITEM}?a=x`, 'item_page'], [`/items/${ITEM}`, 'item_page']]) {
    const html = await (await fetch(`${e2e.server.url}${path}`)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    for (const file of pages[name]) assert.ok(head.includes(`<link rel=preload href=/${file} as=fetch crossorigin>`), `${path} preloads ${file}`);
  }
  assert.ok(!(await (await fetch(`${e2e.server.url}/track`)).text()).includes('rel=preload href=/hall-guide-'), 'other pages preload no page code');

  const page = await e2e.newPage({ serviceWorkers: 'block' });
  try {
    const fetched = [];
    const types = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname.slice(1)));
    page.on('response', (response) => response.url().endsWith('.wasm') && types.push([response.url(), response.headers()['content-type']]));
    await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${ITEM}`);
    await page.locator('#app .checklist').first().waitFor(TIMEOUT);
    for (const file of pages.item_page) assert.equal(fetched.filter((f) => f === file).length, 1, `${file} fetched once (the preload is the fetch the app uses)`);
    // Compiled while it streams (instantiateStreaming), which needs this type.
    assert.ok(types.length > pages.item_page.length);
    for (const [url, type] of types) assert.equal(type, 'application/wasm', url);
    assert.deepEqual(page.consoleErrors, []);
  } finally {
    await page.context().close();
  }
});

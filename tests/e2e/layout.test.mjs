// What a citizen sees, measured in Chromium with the real CJK and Uyghur fonts: a compact
// header on a phone and one row on a laptop, breadcrumbs evenly spaced, the windows of an
// item lined up, no placeholder cut off in any language or in large text, the filter's
// label clear of its box, the skeleton's picker never an empty box; and the words: the
// online service linked, no "0 copies", the rating by its label (track.test.mjs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './harness.mjs';

const e2e = useServerAndBrowser();
const TIMEOUT = { timeout: 15_000 };
const LANGS = ['zh-CN', 'en', 'es', 'ug'];
// 西湖区: the item 居民身份证换领 (no copies among what it always needs) and the online 企业设立登记.
const HALL = '330106-01';
const ONLINE_ITEM = '101100000001';
const OFFLINE_ITEM = '102200000001';
// 上城区, whose 企业设立登记 is served at more than one window.
const MANY_WINDOWS_HALL = '330102-01';

/** A page in `locale` at `width`×`height`, in large-text mode when `large`. */
async function open(path, { locale = 'zh-CN', width = 360, height = 740, large = false } = {}) {
  const page = await e2e.newPage({ locale, width, height });
  if (large) await page.addInitScript(() => localStorage.setItem('hall-guide.text-size', 'large'));
  await page.goto(e2e.server.url + path);
  await page.waitForFunction(() => !document.querySelector('#skeleton-search') && document.querySelector('main h1'), null, TIMEOUT);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

test('the header is compact on a phone in every language, ug included (at most 120 px of 740)', async () => {
  const tall = [];
  for (const locale of LANGS) {
    for (const large of [false, true]) {
      const page = await open('/', { locale, large });
      const { height, clash } = await page.locator('.site-header').evaluate((header) => {
        // Every control whole, on screen and clear of the others: compact, not cramped.
        const parts = [...header.querySelectorAll('.site-name, .header-link, .text-size-toggle, .lang-picker select')];
        const boxes = parts.map((p) => [p.className || p.tagName, p.getBoundingClientRect()]);
        const clash = [];
        for (const [name, box] of boxes) {
          if (box.left < 0 || box.right > innerWidth) clash.push(`${name} off screen`);
        }
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i][1], boxes[j][1]];
            if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) clash.push(`${boxes[i][0]} overlaps ${boxes[j][0]}`);
          }
        }
        return { height: header.getBoundingClientRect().height, clash };
      });
      const bound = large ? 160 : 120;
      const what = `${locale}${large ? ' (large text)' : ''}`;
      if (height > bound) tall.push(`${what}: ${height} px (at most ${bound})`);
      for (const c of clash) tall.push(`${what}: ${c}`);
      await page.context().close();
    }
  }
  assert.deepEqual(tall, [], 'headers too tall or with controls on top of each other');
});

test('at 1024 px the language picker sits on the same line as the site name, in every language', async () => {
  for (const locale of LANGS) {
    const page = await open('/', { locale, width: 1024, height: 768 });
    const [name, picker] = await Promise.all(['.site-name', '.lang-picker select'].map((s) => page.locator(s).boundingBox()));
    assert.ok(picker.y < name.y + name.height && picker.y + picker.height > name.y, `${locale}: picker ${JSON.stringify(picker)} beside the name ${JSON.stringify(name)}`);
    await page.context().close();
  }
});

test('while the app loads, the picker\'s place shows the page\'s language, not an empty box', async () => {
  for (const [locale, endonym] of [['zh-CN', '简体中文'], ['ug', 'ئۇيغۇرچە']]) {
    const page = await e2e.newPage({ locale, serviceWorkers: 'block' });
    // A slow network: the app's wasm never arrives, so the skeleton stays.
    await page.route('**/*.wasm', () => {});
    await page.goto(e2e.server.url + '/');
    const picker = page.locator('.skeleton-picker');
    await picker.waitFor(TIMEOUT);
    assert.equal(await picker.innerText(), endonym, locale);
    const box = await picker.boundingBox();
    assert.ok(box.width > 0 && box.height >= 44, 'drawn, in the same box as the real picker');
    await page.context().close();
  }
});

test('the breadcrumb\'s gap after 首页 equals the others', async () => {
  for (const locale of ['zh-CN', 'ug']) {
    const page = await open(`/halls/${HALL}/items/${ONLINE_ITEM}`, { locale });
    await page.locator('.breadcrumbs li').nth(1).waitFor(TIMEOUT);
    // The gap between one crumb's words and the next one's, separator included.
    const gaps = await page.locator('.breadcrumbs').evaluate((nav) => {
      const words = [...nav.querySelectorAll('a')].map((a) => {
        const range = document.createRange();
        range.selectNodeContents(a);
        return range.getBoundingClientRect();
      });
      const rtl = getComputedStyle(nav).direction === 'rtl';
      return words.slice(1).map((w, i) => (rtl ? words[i].left - w.right : w.left - words[i].right));
    });
    assert.ok(gaps.length >= 1, 'a crumb after 首页');
    for (const gap of gaps) assert.ok(Math.abs(gap - gaps[0]) <= 1, `${locale}: gaps ${gaps.map((g) => g.toFixed(1))}`);
    await page.context().close();
  }
});

test('an item served at two windows lists them side by side or lined up under each other, never under the label', async () => {
  for (const locale of ['zh-CN', 'ug']) {
    const page = await open(`/halls/${MANY_WINDOWS_HALL}/items/${ONLINE_ITEM}`, { locale });
    const line = page.locator('.windows-row');
    await line.waitFor(TIMEOUT);
    const { label, tags, rtl } = await line.evaluate((row) => ({
      label: row.querySelector('.windows-label').getBoundingClientRect().toJSON(),
      tags: [...row.querySelectorAll('.tag')].map((t) => t.getBoundingClientRect().toJSON()),
      rtl: getComputedStyle(row).direction === 'rtl',
    }));
    assert.ok(tags.length >= 2, `${locale}: ${tags.length} windows`);
    const start = (r) => (rtl ? r.right : r.left);
    for (const tag of tags) {
      assert.ok(rtl ? tag.right <= label.left + 0.5 : tag.left >= label.right - 0.5, `${locale}: a window starts under the label`);
      // A window on a line of its own starts where the first one does.
      if (tag.top > tags[0].bottom - 1) assert.ok(Math.abs(start(tag) - start(tags[0])) <= 1, `${locale}: a wrapped window is out of line`);
    }
    await page.context().close();
  }
});

test('the hall filter\'s label stands clear of its box', async () => {
  for (const locale of ['zh-CN', 'ug']) {
    const page = await open(`/halls/${HALL}`, { locale });
    const [box, label] = await Promise.all(['.filters', 'label[for=item-filter]'].map((s) => page.locator(s).boundingBox()));
    assert.ok(label.y - box.y >= 8, `${locale}: the label is ${label.y - box.y} px from the box's top edge`);
    await page.context().close();
  }
});

test('no placeholder is cut off, in any language, at 360 px, in normal and large text', async () => {
  const cuts = [];
  for (const locale of LANGS) {
    for (const large of [false, true]) {
      for (const path of ['/', `/halls/${HALL}`, '/staff/reply']) {
        const page = await open(path, { locale, large });
        const inputs = page.locator('main input[placeholder]');
        await inputs.first().waitFor(TIMEOUT);
        const cut = await inputs.evaluateAll((all) => all.map((input) => {
          const style = getComputedStyle(input, '::placeholder');
          const context = document.createElement('canvas').getContext('2d');
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const text = context.measureText(input.placeholder).width;
          const own = getComputedStyle(input);
          const room = input.clientWidth - parseFloat(own.paddingInlineStart) - parseFloat(own.paddingInlineEnd);
          return { id: input.id, placeholder: input.placeholder, text: Math.ceil(text), room: Math.floor(room) };
        }).filter((p) => p.text > p.room));
        for (const p of cut) cuts.push(`${locale}${large ? ' large' : ''} ${path} #${p.id} “${p.placeholder}”: ${p.text} px in ${p.room} px`);
        await page.context().close();
      }
    }
  }
  assert.deepEqual(cuts, [], 'placeholders wider than their box');
});

test('an item that can be done online links its service, in a new tab, with a label naming the site', async () => {
  const labels = { 'zh-CN': '去网上申请（online.hall-guide.example，在新窗口打开）', en: 'Apply online at online.hall-guide.example (opens in a new tab)' };
  for (const [locale, label] of Object.entries(labels)) {
    const page = await open(`/halls/${HALL}/items/${ONLINE_ITEM}`, { locale });
    const link = page.locator('.facts a.online-link').first();
    await link.waitFor(TIMEOUT);
    assert.equal(await link.getAttribute('href'), `https://online.hall-guide.example/items/${ONLINE_ITEM}`);
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.getAttribute('rel'), /noopener/);
    // Isolation marks dropped, the host's non-breaking hyphens read as hyphens.
    assert.equal((await link.innerText()).replace(/[\u2066-\u2069]/g, '').replaceAll('\u2011', '-'), label);
    // The service's address for phones, when it has one, as a second link.
    const guide = await (await fetch(`${e2e.server.url}/api/v1/items/${ONLINE_ITEM}`)).json();
    if (guide.online_mobile_url) assert.equal(await page.locator('.facts a.online-link').nth(1).getAttribute('href'), guide.online_mobile_url);
    await page.context().close();
  }
  const ug = await open(`/halls/${HALL}/items/${ONLINE_ITEM}`, { locale: 'ug' });
  const text = (await ug.locator('.facts a.online-link').first().innerText()).replace(/[\u2066-\u2069]/g, '').replaceAll('\u2011', '-');
  assert.ok(text.includes('online.hall-guide.example') && /[\u0600-\u06ff]/.test(text), text);
  await ug.context().close();

  // An item done only at the hall says so, with no link.
  const page = await open(`/halls/${HALL}/items/${OFFLINE_ITEM}`);
  await page.locator('.facts').getByText('需到大厅办理').waitFor(TIMEOUT);
  assert.equal(await page.locator('a.online-link').count(), 0);
  await page.context().close();
});

test('the checklist never shows a zero count, and a material the hall fetches itself shows none', async () => {
  for (const [locale, zero] of [['zh-CN', /(原件|复印件) 0 份/], ['en', /\b0 (originals|copies)\b/], ['es', /\b0 (originales|copias)\b/], ['ug', /\b0 پارچە/]]) {
    const page = await open(`/halls/${HALL}/items/${OFFLINE_ITEM}`, { locale });
    const totals = page.locator('.checklist .totals');
    await totals.waitFor(TIMEOUT);
    const said = (await totals.innerText()).replace(/[\u2066-\u2069]/g, '');
    assert.doesNotMatch(said, zero, `${locale}: ${said}`);
    if (locale === 'zh-CN') assert.match(said, /^请携带 \d+ 种材料：原件 \d+ 份。/, said);
    for (const counts of await page.locator('.material .counts').allInnerTexts()) {
      assert.doesNotMatch(counts.replace(/[\u2066-\u2069]/g, ''), zero, `${locale}: ${counts}`);
    }
    // Nothing to bring, so no count of originals or copies beside 无需携带.
    const exempt = page.locator('.material:has(.exempt-line)');
    for (let i = 0; i < (await exempt.count()); i++) assert.equal(await exempt.nth(i).locator('.counts').count(), 0);
    await page.context().close();
  }
});

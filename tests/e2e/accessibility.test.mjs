// Accessibility (WCAG 2.2 AA) in a real browser: axe-core finds no violation on any page or
// state, on a 320 px phone and at 200 % zoom, in zh-CN and in right-to-left Uyghur, and none
// of the stricter 7:1 contrast rule in large-text mode. Keyboard users reach and operate
// everything with a visible focus; tap targets are at least 44 px; errors are announced.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bookableHall, useServerAndBrowser } from './harness.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TIMEOUT = { timeout: 15_000 };
let hall;
let item;
let answers;

const e2e = useServerAndBrowser({
  setup: async ({ server }) => {
    ({ hall, item } = await bookableHall(server, { prefer: '101100000001' }));
    const guide = await (await fetch(`${server.url}/api/v1/halls/${hall.code}/items/${item.code}`)).json();
    answers = guide.questions.map((q) => `${q.id}.${q.options.at(-1).id}`).join('_');
  },
});

/** Every page, and the states within a page that show something new. */
function states() {
  const book = `/halls/${hall.code}/items/${item.code}/book`;
  const pickSlot = async (page) => {
    await page.locator('.day-choice:not([disabled])').first().click();
    await page.locator('.time-choice:not([disabled])').first().click();
  };
  return {
    home: ['/'],
    search: ['/?q=%E8%A5%BF%E6%B9%96'],
    region: ['/regions/330100'],
    hall: [`/halls/${hall.code}`],
    'hall filtered to nothing': [`/halls/${hall.code}?q=zzzzzz`],
    'item questions': [`/halls/${hall.code}/items/${item.code}`],
    'item unanswered question flagged': [`/halls/${hall.code}/items/${item.code}`, async (page) => {
      await page.locator('.question-step button[type=submit]').click();
      await page.locator('.question-step [role=alert], .question-step .field-error').first().waitFor(TIMEOUT);
    }],
    'item checklist ready': [`/halls/${hall.code}/items/${item.code}?a=${answers}`, async (page) => {
      for (const box of await page.locator('.material-group-to-bring input[type=checkbox]').all()) await box.check();
      await page.locator('.ready').waitFor(TIMEOUT);
    }],
    'booking days': [book],
    'booking form errors': [book, async (page) => {
      await pickSlot(page);
      await page.locator('.details-form button[type=submit]').click();
      await page.locator('.details-form .field-error').first().waitFor(TIMEOUT);
    }],
    track: ['/track'],
    'track result': ['/track', async (page) => {
      await page.locator('#track-number, input[autocomplete=off]').first().fill('DEMO-04');
      await page.locator('form input').nth(1).fill('5678');
      await page.locator('form button[type=submit]').first().click();
      await page.locator('.application').waitFor(TIMEOUT);
    }],
    appointments: ['/appointments'],
    'staff reply composer': ['/staff/reply'],
    about: ['/about'],
    'not found': ['/no/such/page'],
  };
}

async function violations(page, rules) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (options) => {
    const result = await window.axe.run(document, options);
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' — ' + n.failureSummary.replace(/\s+/g, ' ')).join('\n      ')}`);
  }, rules);
}

async function audit({ locale, width, height, deviceScaleFactor = 1, largeText = false }) {
  // axe-core is injected as an inline script, which the app's own policy refuses.
  const page = await e2e.newPage({ locale, width, height, deviceScaleFactor, bypassCSP: true });
  if (largeText) await page.addInitScript(() => localStorage.setItem('hall-guide.text-size', 'large'));
  const found = [];
  const rules = largeText
    ? { runOnly: { type: 'rule', values: ['color-contrast', 'color-contrast-enhanced'] } }
    : { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } };
  for (const [name, [path, prepare]] of Object.entries(states())) {
    await page.goto(e2e.server.url + path);
    await page.locator('main h1').first().waitFor(TIMEOUT);
    await page.waitForLoadState('networkidle');
    if (prepare) await prepare(page);
    for (const v of await violations(page, rules)) found.push(`${name} (${path}): ${v}`);
  }
  await page.context().close();
  return found;
}

for (const locale of ['zh-CN', 'ug']) {
  test(`${locale}: no axe violation on any page at 320 px`, async () => {
    const found = await audit({ locale, width: 320, height: 640 });
    assert.deepEqual(found, [], found.join('\n'));
  });
  test(`${locale}: no axe violation on any page at 200 % zoom`, async () => {
    // A 1280 px window zoomed to 200 % lays pages out in 640 CSS pixels at twice the density.
    const found = await audit({ locale, width: 640, height: 450, deviceScaleFactor: 2 });
    assert.deepEqual(found, [], found.join('\n'));
  });
}

test('large-text mode: text keeps 7:1 contrast on every page', async () => {
  const found = await audit({ locale: 'zh-CN', width: 360, height: 740, largeText: true });
  assert.deepEqual(found, [], found.join('\n'));
});

/** Tabs through the page; for each stop, what it is, whether its focus shows, and the size
 * of what a finger would tap (the label around a checkbox or radio button). */
async function tabThrough(page) {
  const stops = [];
  const seen = new Set();
  for (let i = 0; i < 400; i++) {
    // The walk starts on the focused element (the skip link), then follows Tab.
    if (i > 0) await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      if (!el.dataset.tabStop) el.dataset.tabStop = String(Math.random());
      const style = getComputedStyle(el);
      const focusShows = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      const target = (el.matches('input[type=checkbox], input[type=radio]') && el.closest('label')) || el;
      const box = target.getBoundingClientRect();
      const inline = el.tagName === 'A' && getComputedStyle(el).display === 'inline';
      return { id: el.dataset.tabStop, what: `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} "${(el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`, focusShows, width: box.width, height: box.height, inline };
    });
    if (!stop || seen.has(stop.id)) break;
    seen.add(stop.id);
    stops.push(stop);
  }
  const unreached = await page.evaluate(() => {
    // Inside a closed <details> (other than as its own summary) a control is not shown,
    // though it keeps its boxes: Tab rightly passes it by.
    const folded = (el) => {
      for (let d = el.parentElement?.closest('details:not([open])'); d; d = d.parentElement?.closest('details:not([open])')) {
        if (!(el.tagName === 'SUMMARY' && el.parentElement === d)) return true;
      }
      return false;
    };
    return [...document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea, summary')]
      .filter((el) => !el.dataset.tabStop && el.getClientRects().length > 0 && el.tabIndex >= 0 && getComputedStyle(el).visibility !== 'hidden' && !folded(el))
      .filter((el) => !(el.type === 'radio' && !el.checked && document.querySelector(`input[type=radio][name="${el.name}"]:checked`)))
      .filter((el) => !(el.type === 'radio' && [...document.querySelectorAll(`input[type=radio][name="${el.name}"]`)].some((r) => r.dataset.tabStop)))
      .map((el) => `${el.tagName.toLowerCase()} "${(el.innerText || el.value || '').trim().slice(0, 30)}"`);
  });
  return { stops, unreached };
}

test('keyboard: every control is reached by Tab, shows its focus, and is at least 44 px to tap', async () => {
  const problems = [];
  for (const locale of ['zh-CN', 'ug']) {
    const page = await e2e.newPage({ locale });
    for (const [name, [path, prepare]] of Object.entries(states())) {
      await page.goto(e2e.server.url + path);
      await page.locator('main h1').first().waitFor(TIMEOUT);
      await page.waitForLoadState('networkidle');
      // The skeleton painted before the wasm has an h1 too: tab through the app, not the
      // skeleton it is about to replace.
      await page.waitForFunction(() => !document.querySelector('.skeleton-home, .skeleton-picker'), null, TIMEOUT);
      if (prepare) await prepare(page);
      // A flagged form moves the focus to its first error in the next animation frame:
      // let it, before the walk takes the focus to the top.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      // Start from the top, whatever was clicked last: the skip link comes first, and the
      // walk starts on it. (Not by Shift+Tab out of the page and Tab back in: a Tab sent
      // while Chromium is still moving the focus out is lost, and the walk found no stop.)
      // Tab and Shift+Tab come back to it by keyboard, so it shows its focus as a keyboard
      // reader sees it (after a click, a focus set by script shows none).
      await page.locator('.skip-link').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      const { stops, unreached } = await tabThrough(page);
      assert.match(stops[0]?.what ?? '', /^a\.skip-link/, `${name}: the walk starts on the skip link`);
      assert.ok(stops.length > 3, `${name}: Tab moves through the page (${stops.map((s) => s.what).join(', ')})`);
      for (const stop of stops) {
        if (!stop.focusShows) problems.push(`${locale} ${name}: ${stop.what} shows no focus`);
        if (!stop.inline && (stop.height < 44 || stop.width < 44)) problems.push(`${locale} ${name}: ${stop.what} is ${Math.round(stop.width)}×${Math.round(stop.height)} px`);
      }
      for (const what of unreached) problems.push(`${locale} ${name}: ${what} is never reached by Tab`);
    }
    await page.context().close();
  }
  assert.deepEqual([...new Set(problems)], []);
});

test('keyboard: the skip link, the questions and the checklist work without a mouse', async () => {
  const page = await e2e.newPage();
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}`);
  await page.locator('.question-step').waitFor(TIMEOUT);
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => ({ cls: document.activeElement.className, top: document.activeElement.getBoundingClientRect().top }));
  assert.equal(skip.cls, 'skip-link', 'the first Tab reaches "skip to content"');
  assert.ok(skip.top >= 0, 'and it shows on screen');
  await page.keyboard.press('Enter');
  // Answer every question with the keyboard alone: Tab to the options, arrows to choose,
  // Enter to go on.
  for (let asked = 0; asked < 10 && (await page.locator('.question-step').count()); asked++) {
    await page.locator('.question-step input[type=radio]').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
  }
  await page.locator('.questions-done').waitFor(TIMEOUT);
  const box = page.locator('.material-group-to-bring input[type=checkbox]').first();
  await box.focus();
  await page.keyboard.press('Space');
  assert.equal(await box.isChecked(), true, 'Space ticks a material');
});

test('form errors move focus to the first flagged field, which reads its error', async () => {
  const page = await e2e.newPage();
  /** The focused field, its invalid state and the text of what describes it. */
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    const described = (el.getAttribute('aria-describedby') || '').split(' ').filter(Boolean).map((id) => document.getElementById(id)?.innerText ?? '');
    return { id: el.id, invalid: el.getAttribute('aria-invalid'), described: described.join(' | ') };
  });
  await page.goto(e2e.server.url + '/track');
  await page.getByRole('button', { name: '查询' }).click();
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true', null, TIMEOUT);
  const track = await focused();
  assert.equal(track.invalid, 'true');
  assert.match(track.described, /请填写/, `the error is read with the field: ${track.described}`);

  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${item.code}/book`);
  await page.locator('.day-choice:not([disabled])').first().click();
  await page.locator('.time-choice:not([disabled])').first().click();
  await page.getByLabel('姓名').fill('张三');
  await page.locator('.details-form button[type=submit]').click();
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true', null, TIMEOUT);
  const book = await focused();
  assert.notEqual(book.id, '', 'a field, not the page, has focus');
  assert.ok(book.described.length > 0, 'the error is read with the field');
  assert.equal(await page.getByLabel('姓名').inputValue(), '张三', 'what was typed is kept');
});

// The reply composer for hall staff and 12345 operators: pick a hall, an item, the
// caller's language and situation; the SMS fits one message with the link first, the hall
// and the count; the link opens the same checklist on a fresh phone in the caller's
// language, and the short link does too. Copied texts are plain; the page asks the API
// nothing with an empty code; citizens' footers do not show the staff tool.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './harness.mjs';

const e2e = useServerAndBrowser();

const TIMEOUT = { timeout: 15_000 };
// Invisible direction controls: isolates, LRM/RLM, embeddings and overrides.
const DIRECTION_CONTROLS = /[\u2066-\u2069\u200e\u200f\u202a-\u202e]/;
const HALL = '330106-01'; // 西湖区政务服务中心
const RENEWAL = '102200000001'; // 居民身份证换领: the reason decides a material and the fee

/** The hall, item and reply language chosen by their controls (ids, so that any page language works). */
async function choose(page, { hallSearch = HALL, item, lang }) {
  await page.locator('#compose-hall').fill(hallSearch);
  await page.locator('.hall-choices button').first().click();
  await page.locator(`#compose-item option[value="${item}"]`).waitFor({ state: 'attached', ...TIMEOUT });
  await page.locator('#compose-item').selectOption(item);
  if (lang) await page.locator('#compose-lang').selectOption(lang);
  // The guide is fetched again in the reply's language: wait for that one.
  await page.locator(lang ? `.compose-situation h2[lang="${lang}"]` : '.compose-situation h2').waitFor(TIMEOUT);
}

/** Answers the questions as they appear: with the option `pick(questionId)` names, else the first. */
async function answerAll(page, pick = () => null) {
  const situation = page.locator('.compose-situation');
  for (let answered = 0; answered < 10; answered++) {
    const open = situation.locator('select').filter({ has: page.locator('option[value=""]:checked') });
    if (await open.count() === 0) return;
    const select = open.first();
    const wanted = pick(await select.getAttribute('data-question'));
    await select.selectOption(wanted ?? await select.locator('option').nth(1).getAttribute('value'));
  }
}

/** Makes the replies and reads them as the page shows them. */
async function makeReplies(page) {
  await page.locator('.compose-situation + p .button').click();
  const output = page.locator('.compose-output');
  await output.waitFor(TIMEOUT);
  const text = (key) => output.locator(`[data-copy="${key}"] textarea`).inputValue();
  return { output, link: await text('link'), short: await text('short-link'), sms: await text('sms'), full: await text('full') };
}

/** What the API says about the item at the hall, in `lang`: the names the reply must keep. */
async function guideIn(lang, hall, item) {
  return (await fetch(`${e2e.server.url}/api/v1/halls/${hall}/items/${item}?lang=${lang}`)).json();
}

/** Whether `clause` is `name`, or `name` without a trailing parenthesis, or either
 * shortened between two words ("Centro de…"). */
function isFormOf(clause, name) {
  if (clause === name) return true;
  const base = name.replace(/\s*[(（][^()（）]*[)）]\s*$/, '');
  if (base !== name) return isFormOf(clause, base);
  return clause.endsWith('…') && (name + ' ').startsWith(clause.slice(0, -1) + ' ');
}

test('a citizen’s footer has no staff link; staff find the composer on the page about the guide', async () => {
  const page = await e2e.newPage({ locale: 'zh-CN' });
  await page.goto(e2e.server.url + '/');
  const footer = page.locator('.site-footer');
  await footer.waitFor(TIMEOUT);
  assert.equal(await footer.locator('a[href^="/staff"]').count(), 0, 'no link to the staff tools in the footer');
  assert.doesNotMatch(await footer.innerText(), /答复生成|生成答复/);
  await footer.getByRole('link', { name: '关于本指南' }).click();
  await page.getByRole('heading', { level: 1, name: '关于本指南' }).waitFor(TIMEOUT);
  const staff = page.getByRole('region', { name: '大厅工作人员和 12345 热线' });
  await staff.getByRole('link', { name: '生成答复' }).click();
  await page.getByRole('heading', { level: 1, name: '生成答复：链接、二维码和短信' }).waitFor(TIMEOUT);
  assert.equal(new URL(page.url()).pathname, '/staff/reply', 'the composer keeps its address');
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test('opening the composer and choosing a hall asks the API nothing with an empty code', async () => {
  const page = await e2e.newPage({ locale: 'zh-CN', width: 1280, height: 900 });
  const asked = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) asked.push(url.pathname + url.search);
  });
  await page.goto(e2e.server.url + '/staff/reply');
  await page.getByRole('heading', { level: 1, name: '生成答复：链接、二维码和短信' }).waitFor(TIMEOUT);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(asked.filter((path) => /\/items|\/halls/.test(path)), [], 'nothing about halls or items before anything is chosen');
  await page.locator('#compose-hall').fill(HALL);
  await page.locator('.hall-choices button').first().click();
  await page.locator('#compose-item option[value="101100000001"]').waitFor({ state: 'attached', ...TIMEOUT });
  await page.waitForLoadState('networkidle');
  // `/halls//items`, `/items/`: a path with an empty segment.
  const empty = asked.filter((path) => path.split('?')[0].slice(1).split('/').some((segment) => segment === ''));
  assert.deepEqual(empty, [], `requests with an empty code: ${asked.join(', ')}`);
  assert.ok(asked.some((path) => path.startsWith(`/api/v1/halls/${HALL}/items`)), `the hall's items asked for once chosen: ${asked.join(', ')}`);
  assert.deepEqual(page.consoleErrors, [], 'no failed request on the console');
  await page.context().close();
});

test('an operator composes a reply in Uyghur: link first, the hall and the count, and the caller lands on the same checklist', async () => {
  const page = await e2e.newPage({ locale: 'zh-CN', width: 1280, height: 900 });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(e2e.server.url + '/staff/reply');
  await page.getByRole('heading', { level: 1, name: '生成答复：链接、二维码和短信' }).waitFor(TIMEOUT);
  const item = '101100000001';
  await choose(page, { item, lang: 'ug' });
  await answerAll(page);
  const { output, link, short, sms, full } = await makeReplies(page);

  assert.match(link, new RegExp(`^${e2e.server.url}/halls/${HALL}/items/${item}\\?a=[^&]+&lang=ug$`));
  assert.match(short, new RegExp(`^${e2e.server.url}/s/[0-9A-Z]{7}$`));
  assert.ok(sms.startsWith(short + '\n'), `the short link first, on its own line: ${sms}`);
  assert.ok(sms.length <= 70, `the SMS is ${sms.length} characters: ${sms}`);
  const guide = await guideIn('ug', HALL, item);
  const clauses = sms.split('\n')[1].split('، ');
  assert.ok(clauses.some((c) => isFormOf(c, guide.hall.name)), `the hall (whole words of it) in ${JSON.stringify(clauses)}`);
  assert.ok(clauses.some((c) => isFormOf(c, guide.name)), `the item (whole words of it) in ${JSON.stringify(clauses)}`);
  const count = clauses.find((c) => /^\d+ ماتېرىيال$/.test(c));
  assert.ok(count, `the number of materials in ${JSON.stringify(clauses)}`);
  assert.doesNotMatch(sms, DIRECTION_CONTROLS, 'nothing in this Uyghur SMS needs a direction mark');
  assert.ok(full.endsWith(link) && full.split('\n').length >= 8, full);
  assert.equal(await output.locator('[data-copy="sms"] textarea').getAttribute('dir'), 'rtl');
  assert.ok(await output.locator('svg.qr-code').isVisible());
  const download = await output.getByRole('link', { name: '下载二维码（SVG，可打印）' }).getAttribute('href');
  assert.ok(download.startsWith('data:image/svg+xml'), download.slice(0, 40));

  await output.locator('[data-copy="sms"] button').click();
  await output.locator('[data-copy="sms"] button', { hasText: '已复制' }).waitFor(TIMEOUT);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), sms);

  // The caller's phone: a fresh context in Chinese opens both links in Uyghur, with the
  // situation chosen and the same materials as the SMS counts and the full reply lists.
  const answersInLink = new URL(link).searchParams.get('a');
  for (const url of [link, short]) {
    const phone = await e2e.newPage({ locale: 'zh-CN' });
    await phone.goto(url);
    await phone.locator('.material').first().waitFor(TIMEOUT);
    assert.equal(await phone.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(new URL(phone.url()).searchParams.get('a'), answersInLink);
    const bring = await phone.locator('.material-group-to-bring .material').count();
    assert.equal(count, `${bring} ماتېرىيال`, 'the SMS counts what the page lists');
    assert.ok(full.includes(`${bring}. `) && !full.includes(`${bring + 1}. `), `the full reply lists the ${bring} materials the page does`);
    await phone.context().close();
  }
  await page.context().close();
});

test('a Spanish one-SMS reply keeps the item and the hall whole, and the full reply has the hours, the window and the fee', async () => {
  const page = await e2e.newPage({ locale: 'es', width: 1280, height: 900 });
  await page.goto(e2e.server.url + '/staff/reply');
  await page.locator('main h1').waitFor(TIMEOUT);
  const item = '101100000001'; // Registro de constitución de una empresa
  await choose(page, { item, lang: 'es' });
  await answerAll(page);
  const { output, short, sms, full } = await makeReplies(page);
  const guide = await guideIn('es', HALL, item);
  const [first, rest] = sms.split('\n');
  assert.equal(first, short, 'the short link first');
  const plain = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  assert.ok(plain(rest).startsWith(`${plain(guide.name)}, ${guide.hall.name}, `), `the item and the hall whole: ${rest}`);
  assert.match(rest, /, \d+ documentos?(, [a-z ]+)?$/, rest);
  assert.ok(sms.length <= 160 && !/[áíóú…]/.test(sms), `one 160-character GSM message: ${sms.length} characters: ${sms}`);
  assert.match(await output.locator('.hint').last().innerText(), /\/ 160/);
  const lines = full.split('\n');
  assert.ok(lines.some((l) => /^Horario: .*\d\d:\d\d–\d\d:\d\d/.test(l)), full);
  assert.ok(lines.some((l) => /^Ventanillas: A01 /.test(l)), full);
  assert.ok(lines.some((l) => /^Coste: /.test(l)), full);
  // Visits and who may apply (every condition that holds for the answers given).
  assert.ok(lines.includes('Visitas a la sala: Una visita como máximo'), full);
  const heading = lines.indexOf('Quién puede solicitarlo:');
  assert.ok(heading > 0, full);
  for (const c of guide.conditions.filter((c) => c.when.length === 0)) {
    assert.ok(lines.slice(heading).includes(`· ${c.text}`), `the condition “${c.text}” is in the full reply: ${full}`);
  }
  await page.context().close();
});

test('with a question unanswered the reply says “at least” and names what the rest depends on', async () => {
  const page = await e2e.newPage({ locale: 'zh-CN', width: 1280, height: 900 });
  await page.goto(e2e.server.url + '/staff/reply');
  await choose(page, { item: RENEWAL, lang: 'zh-CN' });
  const question = await page.locator('.compose-situation label').first().innerText();
  await page.getByRole('status').filter({ hasText: '还有问题没回答' }).waitFor(TIMEOUT);
  const undecided = await makeReplies(page);
  assert.match(undecided.sms.split('\n')[1], /，至少带\d+种材料(，|$)/, undecided.sms);
  assert.doesNotMatch(undecided.sms, /，带\d+种材料/);
  assert.ok(undecided.full.includes('至少要带以下') && undecided.full.includes(`· ${question}`), undecided.full);
  assert.ok(undecided.full.includes('收费：20–40元，看您的情况'), `the fee depends on the reason too: ${undecided.full}`);

  // Damaged card, applying locally: every question answered, a final count and 40 元.
  await answerAll(page, (id) => ({ reason: 'damaged', place: 'local' })[id]);
  assert.equal(await page.getByRole('status').filter({ hasText: '还有问题没回答' }).count(), 0);
  const decided = await makeReplies(page);
  assert.match(decided.sms.split('\n')[1], /，带\d+种材料/, decided.sms);
  assert.ok(!decided.full.includes('至少') && decided.full.includes('\n收费：40元\n'), decided.full);
  assert.ok(decided.full.includes('\n办公时间：') && decided.full.includes('\n办理窗口：C02 '), decided.full);
  await page.context().close();
});

test('copied replies in Chinese, English and Spanish carry no invisible direction marks, even from a Uyghur page', async () => {
  const page = await e2e.newPage({ locale: 'ug', width: 1280, height: 900 });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(e2e.server.url + '/staff/reply');
  await page.locator('main h1').waitFor(TIMEOUT);
  for (const lang of ['zh-CN', 'en', 'es']) {
    if (lang === 'zh-CN') await choose(page, { item: RENEWAL, lang });
    else {
      await page.locator('#compose-lang').selectOption(lang);
      await page.locator(`.compose-situation h2[lang="${lang}"]`).waitFor(TIMEOUT);
    }
    await answerAll(page, (id) => ({ reason: 'damaged', place: 'local' })[id]);
    const { output } = await makeReplies(page);
    for (const key of ['link', 'short-link', 'sms', 'full']) {
      const field = output.locator(`[data-copy="${key}"]`);
      const shown = await field.locator('textarea').inputValue();
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await field.locator('button').click();
      await page.waitForFunction(async (expected) => (await navigator.clipboard.readText()) === expected, shown, TIMEOUT);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.ok(copied.length > 0 && !DIRECTION_CONTROLS.test(copied), `${lang} ${key}: ${JSON.stringify(copied)}`);
    }
  }
  await page.context().close();
});

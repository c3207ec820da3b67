// The one-time notification (一次性告知), end to end in a real browser against the real
// server: questions one at a time, the checklist they select, ticks kept on the device,
// the ready summary, a shared link opening the same checklist, and the paper layout.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './harness.mjs';

/** A hall, and the guide there of an item that asks who hands the application in. */
let hall;
let guide;

const TIMEOUT = { timeout: 15_000 };
const COMMIT = { waitUntil: 'commit', timeout: 15_000 };

const e2e = useServerAndBrowser({
  setup: async ({ server }) => {
    // Business establishment registration: company type, then who hands it in.
    const code = '101100000001';
    const halls = await (await fetch(`${server.url}/api/v1/halls?limit=100`)).json();
    for (const h of halls.halls) {
      const response = await fetch(`${server.url}/api/v1/halls/${h.code}/items/${code}`);
      if (response.ok) {
        hall = h;
        guide = await response.json();
        break;
      }
    }
    assert.ok(guide, `some demo hall offers item ${code}`);
  },
});

const applicant = () => guide.questions.find((q) => q.options.some((o) => o.id === 'agent'));
const agentMaterials = () =>
  guide.materials.filter((m) => !m.exempt_by_sharing && m.when.some((c) => c.question === applicant().id && c.any_of.includes('agent')));
const guideUrl = () => `${e2e.server.url}/halls/${hall.code}/items/${guide.code}`;
const toBring = (page) => page.locator('.material-group-to-bring .material');

/** Answers every question on screen: `choices` maps question id → option id; else the first option. */
async function answerAll(page, choices = {}) {
  const step = page.locator('.question-step');
  for (let asked = 1; asked <= guide.questions.length; asked++) {
    await Promise.race([step.waitFor(TIMEOUT), page.locator('.questions-done').waitFor(TIMEOUT)]);
    if (!(await step.isVisible())) return;
    const question = await step.getAttribute('data-question');
    const spec = guide.questions.find((q) => q.id === question);
    assert.match(await step.locator('.step-count').innerText(), new RegExp(`^问题 ${asked} / \\d+$`));
    const option = choices[question] ?? spec.options[0].id;
    await step.locator(`input[value="${option}"]`).check();
    await step.getByRole('button', { name: '继续' }).click();
    await page.waitForURL(new RegExp(`[?&]a=.*${question}\\.${option}`), COMMIT);
  }
  await page.locator('.questions-done').waitFor(TIMEOUT);
}

async function names(locator) {
  return (await locator.locator('.card-title').allInnerTexts()).map((t) => t.trim());
}

test('answering "through an agent" adds the authorisation letter and the agent’s ID; changing back removes them', async () => {
  assert.ok(applicant(), 'the item asks who hands the application in');
  assert.ok(agentMaterials().length >= 2, 'an agent needs at least a letter and an ID');
  const page = await e2e.newPage();
  await page.goto(guideUrl());
  await page.getByRole('heading', { level: 1, name: guide.name }).waitFor(TIMEOUT);

  // Before any answer the agent's materials wait in "depends on your answers".
  const undecided = page.locator('.material-group-undecided .material');
  await undecided.first().waitFor(TIMEOUT);
  for (const m of agentMaterials()) {
    assert.equal(await undecided.filter({ hasText: m.name }).count(), 1, `${m.name} waits for the answers`);
  }

  await answerAll(page, { [applicant().id]: 'agent' });
  const withAgent = await names(toBring(page));
  for (const m of agentMaterials()) assert.ok(withAgent.includes(m.name), `${m.name} is on the list: ${withAgent}`);
  assert.equal(await undecided.count(), 0, 'with every question answered nothing is left undecided');
  // The totals count exactly the cards listed.
  const totals = await page.locator('.totals').innerText();
  assert.match(totals, new RegExp(`请携带 ${withAgent.length} 种材料`));

  // Change the answer: the agent's materials go, everything else stays.
  await page.locator(`.answer[data-question="${applicant().id}"]`).getByRole('button', { name: /修改/ }).click();
  const step = page.locator(`.question-step[data-question="${applicant().id}"]`);
  await step.waitFor(TIMEOUT);
  assert.equal(await step.locator('input[value="agent"]').isChecked(), true, 'the current answer is preselected');
  await step.locator('input[value="self"]').check();
  await step.getByRole('button', { name: '继续' }).click();
  await page.waitForURL(new RegExp(`${applicant().id}\\.self`), COMMIT);
  await page.locator('.questions-done').waitFor(TIMEOUT);
  const ownself = await names(toBring(page));
  assert.deepEqual(ownself, withAgent.filter((n) => !agentMaterials().some((m) => m.name === n)));
  for (const m of agentMaterials()) {
    assert.equal(await page.locator('.material', { hasText: m.name }).count(), 0, `${m.name} is gone`);
  }
  assert.deepEqual(page.consoleErrors, []);
});

test('a question left unanswered says so, and Back returns to the previous question with its answer', async () => {
  const page = await e2e.newPage();
  await page.goto(guideUrl());
  const step = page.locator('.question-step');
  await step.getByText(/^问题 1 \/ \d+$/).waitFor(TIMEOUT);
  await step.getByRole('button', { name: '继续' }).click();
  await step.getByRole('alert').getByText('请选择一个答案。').waitFor(TIMEOUT);
  assert.doesNotMatch(page.url(), /[?&]a=/, 'nothing was answered');

  const first = guide.questions[0];
  const option = first.options[0];
  await step.locator(`input[value="${option.id}"]`).check();
  await step.getByRole('button', { name: '继续' }).click();
  await step.getByText(/^问题 2 \/ \d+$/).waitFor(TIMEOUT);
  await step.getByRole('button', { name: '上一步' }).click();
  await step.getByText(/^问题 1 \/ \d+$/).waitFor(TIMEOUT);
  assert.equal(await step.locator(`input[value="${option.id}"]`).isChecked(), true);
});

test('ticking every material shows the ready summary; ticks survive a reload; start again clears them', async () => {
  const page = await e2e.newPage();
  await page.goto(guideUrl());
  await answerAll(page, { [applicant().id]: 'agent' });
  const boxes = page.locator('.material-group-to-bring input[type=checkbox]');
  const count = await boxes.count();
  assert.ok(count >= 3);
  await page.locator('.progress').getByText(`已备齐 0 / ${count} 种`).waitFor(TIMEOUT);
  for (let i = 0; i < count; i++) {
    assert.equal(await page.locator('.ready').count(), 0, 'not ready before the last tick');
    await boxes.nth(i).check();
  }
  await page.locator('.progress').getByText(`已备齐 ${count} / ${count} 种`).waitFor(TIMEOUT);
  const ready = page.locator('.ready');
  await ready.getByRole('heading', { name: '材料已备齐，可以出发了' }).waitFor(TIMEOUT);
  await ready.getByText(guide.hall.address).waitFor(TIMEOUT);
  await ready.getByText(/预约/).first().waitFor(TIMEOUT);
  await ready.getByText(guide.on_the_spot ? '即办件' : `${guide.promised_limit_days} 个工作日`).waitFor(TIMEOUT);

  await page.reload();
  await page.locator('.ready').getByRole('heading', { name: '材料已备齐，可以出发了' }).waitFor(TIMEOUT);
  for (let i = 0; i < count; i++) assert.equal(await boxes.nth(i).isChecked(), true, `tick ${i} kept`);
  // Nothing personal is kept: only option and material ids.
  const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('hall-guide.checklist.')));
  assert.equal(stored.length, 1);
  assert.match(stored[0][1], /^[a-z0-9._-]+(\n[a-z0-9-]+)*$/);

  // A changed answer keeps the ticks of materials still needed.
  await page.locator(`.answer[data-question="${applicant().id}"]`).getByRole('button', { name: /修改/ }).click();
  await page.locator('.question-step input[value="self"]').check();
  await page.locator('.question-step').getByRole('button', { name: '继续' }).click();
  const left = count - agentMaterials().length;
  await page.locator('.progress').getByText(`已备齐 ${left} / ${left} 种`).waitFor(TIMEOUT);

  // A link without answers on the same device reopens the checklist in progress.
  await page.goto(guideUrl());
  await page.waitForURL(/[?&]a=/, COMMIT);
  await page.locator('.progress').getByText(`已备齐 ${left} / ${left} 种`).waitFor(TIMEOUT);

  await page.getByRole('button', { name: '清空回答和勾选，重新开始' }).click();
  await page.locator('.question-step').getByText(/^问题 1 \/ \d+$/).waitFor(TIMEOUT);
  assert.doesNotMatch(page.url(), /[?&]a=/);
  assert.equal(await page.locator('.material-group-to-bring input[type=checkbox]:checked').count(), 0);
  await page.reload();
  await page.locator('.question-step').getByText(/^问题 1 \/ \d+$/).waitFor(TIMEOUT);
});

test('the shared link opens the same checklist on another phone', async () => {
  const page = await e2e.newPage();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(guideUrl());
  await answerAll(page, { [applicant().id]: 'agent' });
  await page.locator('.material-group-to-bring input[type=checkbox]').first().check();
  const mine = await names(toBring(page));
  const answers = await page.locator('.answers .answer dd > span').allInnerTexts();

  await page.getByRole('button', { name: '分享链接' }).click();
  await page.getByText('链接已复制').waitFor(TIMEOUT);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${page.url()}${page.url().includes('?') ? '&' : '?'}lang=zh-CN`, 'the link is the page, in the reader\'s language');

  // A fresh browser context: no storage, nothing shared but the link.
  const other = await e2e.newPage();
  await other.goto(link);
  await other.locator('.questions-done').waitFor(TIMEOUT);
  assert.deepEqual(await names(toBring(other)), mine);
  assert.deepEqual(await other.locator('.answers .answer dd > span').allInnerTexts(), answers);
  assert.equal(await other.locator('.material-group-to-bring input[type=checkbox]:checked').count(), 0, 'ticks stay on the device that made them');
});

test('printing gives a clean one-page paper checklist, then the rest of the guide unfolded', async () => {
  const page = await e2e.newPage({ width: 1280, height: 900 });
  await page.goto(guideUrl());
  await answerAll(page, { [applicant().id]: 'agent' });
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', '.checklist-actions', '.questions-done', '.legal-basis', '.breadcrumbs']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
  }
  await page.locator('.print-hall').getByText(guide.hall.address).waitFor(TIMEOUT);
  assert.equal(await page.locator('.answers').isVisible(), true, 'the answers are printed');
  assert.equal(await toBring(page).first().isVisible(), true, 'the materials are printed');
  const pagesOf = async () => {
    const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
    return pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  };
  // The rest of the guide (steps, result, FAQ, contacts) follows on a page of its own, so
  // the checklist, with who may apply, is one A4 sheet to take along.
  assert.equal(await page.locator('.guide-after').evaluate((e) => getComputedStyle(e).breakBefore), 'page');
  assert.equal(await page.locator('.guide-after .steps').isVisible(), true, 'the steps are printed, unfolded');
  const all = await pagesOf();
  assert.ok(all >= 2 && all <= 3, `the whole guide prints on at most three pages (got ${all})`);
  // (The page's CSP forbids injected style sheets; an element's own style is allowed.)
  await page.evaluate(() => document.querySelectorAll('.guide-after, .guide-updated').forEach((e) => e.style.setProperty('display', 'none', 'important')));
  const sheet = await pagesOf();
  assert.equal(sheet, 1, `the checklist fits one A4 page (got ${sheet})`);
});

test('the questions and checklist read in English too', async () => {
  const page = await e2e.newPage({ locale: 'en-GB' });
  await page.goto(guideUrl());
  await page.locator('.question-step').getByText(/^Question 1 of \d+$/).waitFor(TIMEOUT);
  await page.getByRole('heading', { name: 'Checklist' }).waitFor(TIMEOUT);
  await page.locator('.totals').getByText(/^Bring \d+ documents?/).waitFor(TIMEOUT);
});

/** A hall offering `code`, and the URL of the item's guide there. */
async function guideAt(code) {
  const halls = await (await fetch(`${e2e.server.url}/api/v1/halls?item=${code}&limit=1`)).json();
  assert.ok(halls.halls.length, `some demo hall offers item ${code}`);
  return `${e2e.server.url}/halls/${halls.halls[0].code}/items/${code}`;
}

test('the fee follows the answers: a damaged ID card costs 40 元 to renew, a replacement with a temporary card 50 元', async () => {
  const page = await e2e.newPage();
  const fee = page.locator('.facts-grid .fee-due');
  // 居民身份证换领: 20 元 on expiry or a change of details, 40 元 for a damaged card.
  const renewal = await guideAt('102200000001');
  await page.goto(renewal, COMMIT);
  await fee.waitFor(TIMEOUT);
  assert.equal((await fee.innerText()).trim(), '20–40 元，看您的回答', 'before the reason is known: the range');
  await page.goto(`${renewal}?a=reason.damaged`, COMMIT);
  await page.locator('.facts-grid .fee-due', { hasText: '40 元' }).waitFor(TIMEOUT);
  assert.equal((await fee.innerText()).trim(), '40 元');
  await page.goto(`${renewal}?a=reason.expiry`, COMMIT);
  await page.locator('.facts-grid .fee-due', { hasText: '20 元' }).waitFor(TIMEOUT);
  assert.equal((await fee.innerText()).trim(), '20 元');

  // 居民身份证补领 with a temporary card: 40 + 10, each part named, in the summary too.
  const replacement = await guideAt('102200000002');
  await page.goto(`${replacement}?a=place.local_biometric-check.yes_temporary.yes`, COMMIT);
  await page.locator('.facts-grid .fee-due', { hasText: '50 元' }).waitFor(TIMEOUT);
  const parts = (await page.locator('.facts-grid .fee-parts li').allInnerTexts()).map((t) => t.trim());
  assert.deepEqual(parts, ['补领居民身份证的工本费：40 元', '同时申领临时居民身份证的工本费：10 元']);
  const boxes = page.locator('.material-group-to-bring input[type=checkbox]');
  await boxes.first().waitFor(TIMEOUT);
  for (const box of await boxes.all()) await box.check();
  await page.locator('.ready .fee-due').waitFor(TIMEOUT);
  assert.equal((await page.locator('.ready .fee-due').innerText()).trim(), '50 元', 'the ready summary (and its print) repeats it');
  await page.context().close();
});

test('a question sent without an answer moves the focus to an error summary above it, whose link leads to the choices', async () => {
  const page = await e2e.newPage();
  await page.goto(guideUrl());
  const step = page.locator('.question-step');
  await step.waitFor(TIMEOUT);
  await step.getByRole('button', { name: '继续' }).click();
  const summary = step.locator('.error-summary');
  await summary.waitFor(TIMEOUT);
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), null, TIMEOUT);
  assert.equal(await summary.getByRole('heading').innerText(), '出现了问题');
  const [top, choices] = [await summary.boundingBox(), await step.locator('.choices').boundingBox()];
  assert.ok(top.y < choices.y, 'the summary is above the choices');
  assert.ok(top.y >= 0 && top.y < 740, 'and on screen');
  await summary.getByRole('button', { name: '请选择一个答案。' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'radio', 'its link moves on to the first choice');
  await page.context().close();
});

test('a material the hall fetches itself says there is nothing to bring, and gives no count of originals or copies', async () => {
  // An item of the demo whose materials include one fetched through data sharing, needed in every case.
  const api = async (path) => (await fetch(`${e2e.server.url}/api/v1${path}`)).json();
  let found;
  for (const h of (await api('/halls?limit=100')).halls) {
    for (const summary of (await api(`/halls/${h.code}/items`)).items) {
      const g = await api(`/halls/${h.code}/items/${summary.code}`);
      const m = g.materials.find((x) => x.exempt_by_sharing && x.when.length === 0);
      if (m) {
        found = { hall: h.code, item: g.code, exempt: m };
        break;
      }
    }
    if (found) break;
  }
  assert.ok(found, 'the demo has a material fetched through data sharing');
  const exempt = found.exempt;
  const page = await e2e.newPage();
  await page.goto(`${e2e.server.url}/halls/${found.hall}/items/${found.item}`);
  const card = page.locator(`.material[data-material="${exempt.id}"]`);
  await card.waitFor(TIMEOUT);
  await card.locator('.exempt-line').waitFor(TIMEOUT);
  assert.equal(await card.locator('.counts').count(), 0, 'no "原件 1 份" on a material nobody brings');
  const other = page.locator('.material:not(:has(.exempt-line))').first();
  assert.match(await other.locator('.counts').innerText(), /份/, 'the other materials keep their counts');
  await page.context().close();
});

// Application status end to end: the demo cases in every state, a wrong verifier that
// reads exactly like a wrong number, a correction's deadline and place, a refusal's rights
// of review and lawsuit (zh-CN and ug, staff text isolated in right-to-left pages), the
// timeline's dots clear of the text, and rating a completed case once.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Server, useServerAndBrowser } from './harness.mjs';

const STAFF_TOKEN = 'e2e-staff-token-0123456789abcdef0123456789';
const e2e = useServerAndBrowser({ serverArgs: ['--staff-token', STAFF_TOKEN] });
const TIMEOUT = { timeout: 15_000 };

async function lookUp(page, number, verifier) {
  await page.getByLabel('办件编号').fill(number);
  await page.getByLabel('手机号后 4 位，或回执上的查询码').fill(verifier);
  await page.getByRole('button', { name: '查询' }).click();
}

test('every demo case shows its state, deadline and what to do next', async () => {
  const page = await e2e.newPage();
  await page.goto(e2e.server.url + '/');
  await page.getByRole('link', { name: '查进度' }).click();
  await page.getByRole('heading', { level: 1, name: '办件进度查询' }).waitFor(TIMEOUT);
  const expected = ['已提交', '已受理', '审核中', '需要补正材料', '审核中', '证照已制作', '可以领取', '已寄出', '已办结', '审核通过', '不予批准'];
  for (const [i, status] of expected.entries()) {
    const number = `DEMO-${String(i + 1).padStart(2, '0')}`;
    await lookUp(page, number, i % 2 ? 'DEMO00' : '5678');
    const card = page.locator('.application');
    await card.getByText(`办件编号 ${number}`, { exact: false }).waitFor(TIMEOUT);
    assert.equal((await card.locator('.status-now').innerText()).trim(), status, number);
  }
  // The details that matter in each state.
  await lookUp(page, 'DEMO-04', '5678');
  const correction = page.locator('.application');
  await correction.getByText('营业执照复印件').first().waitFor(TIMEOUT);
  assert.ok(await correction.getByRole('link', { name: '查看这个事项的材料清单' }).getAttribute('href'));
  await correction.locator('.deadline').getByText(/暂停计时/).waitFor(TIMEOUT);
  await lookUp(page, 'DEMO-05', '5678');
  await page.locator('.application .deadline').getByText(/^已超期 \d+ 个工作日/).waitFor(TIMEOUT);
  await lookUp(page, 'DEMO-02', '5678');
  await page.locator('.application .deadline').getByText(/个工作日到期|今天是承诺办结/).waitFor(TIMEOUT);
  await lookUp(page, 'DEMO-08', '5678');
  await page.locator('.application').getByText(/快递单号：EMS/).waitFor(TIMEOUT);
  await lookUp(page, 'DEMO-11', '5678');
  await page.locator('.application .timeline').getByText(/不予许可/).waitFor(TIMEOUT);
  // Numbers are remembered on the device; verifiers are not.
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  assert.ok(stored.includes('DEMO-08') && !stored.includes('5678') && !stored.includes('DEMO00'));
  assert.ok(!page.url().includes('5678'), 'the verifier is never in the URL');
});

/** Looks an application up by the fields' ids (any language). */
async function lookUpById(page, number, verifier = '5678') {
  await page.locator('#number').fill(number);
  await page.locator('#verifier').fill(verifier);
  await page.locator('.details-form button[type=submit]').click();
  await page.locator('.application .card-meta').getByText(number).waitFor(TIMEOUT);
}

/** The application as the API gives it to its applicant. */
async function apiLookup(number) {
  const response = await fetch(`${e2e.server.url}/api/v1/applications/lookup`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ number, verifier: '5678' }),
  });
  assert.equal(response.status, 200);
  return response.json();
}

const ymd = (date) => date.split('-').map(Number);
/** `2026-11-27` as zh-CN writes it with the year: 2026年11月27日（周五）. */
const zhDate = (date) => {
  const [y, m, d] = ymd(date);
  return `${y}年${m}月${d}日（${'日一二三四五六'.split('').map((c) => `周${c}`)[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}）`;
};
const ugMonths = ['يانۋار', 'فېۋرال', 'مارت', 'ئاپرېل', 'ماي', 'ئىيۇن', 'ئىيۇل', 'ئاۋغۇست', 'سېنتەبىر', 'ئۆكتەبىر', 'نويابىر', 'دېكابىر'];
/** The parts of a date in ug, isolation marks dropped: the year, then day-month. */
const ugDateParts = (date) => {
  const [y, m, d] = ymd(date);
  return [`${y}-يىلى`, `${d}-${ugMonths[m - 1]}`];
};
// Isolation marks dropped, and the non-breaking hyphens of dates read as hyphens.
const visible = (text) => text.replace(/[\u2066-\u2069]/g, '').replaceAll('\u2011', '-');

test('the timeline names each status by the item\'s own step, and says what comes next, in zh-CN and ug', async () => {
  // A demo case under review whose item has a review step.
  const stageOf = { accepted: 'accept', under_review: 'review' };
  let view;
  let number;
  for (let n = 1; n <= 11 && !view; n++) {
    number = `DEMO-${String(n).padStart(2, '0')}`;
    const found = await apiLookup(number);
    if (found.steps.some((s) => s.stage === stageOf[found.status])) view = found;
  }
  assert.ok(view, 'a demo case is at a step its item names');
  const at = view.steps.findIndex((s) => s.stage === stageOf[view.status]);
  const page = await e2e.newPage();
  await page.goto(`${e2e.server.url}/track`);
  await lookUpById(page, number);
  const card = page.locator('.application');
  await card.locator('.timeline-step').getByText(`办理流程第 ${at + 1} 步（共 ${view.steps.length} 步）：${view.steps[at].name}`).first().waitFor(TIMEOUT);
  const next = view.steps.slice(at).find((s) => s.stage !== view.steps[at].stage);
  await card.locator('.next-step').getByText(`下一步：${next.name}（${next.handler}）`).waitFor(TIMEOUT);

  const ug = await e2e.newPage({ locale: 'ug' });
  await ug.goto(`${e2e.server.url}/track?lang=ug`);
  await lookUpById(ug, number);
  const ugView = await (await fetch(`${e2e.server.url}/api/v1/applications/lookup?lang=ug`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ number, verifier: '5678' }),
  })).json();
  const step = visible(await ug.locator('.application .timeline-step').first().innerText());
  assert.ok(step.includes(ugView.steps[at].name) && ugView.steps[at].lang === 'ug', step);
});

test('a correction says by when, where and how to hand in the materials, in zh-CN and ug', async () => {
  const demo = await apiLookup('DEMO-04');
  const correction = demo.timeline.at(-1);
  assert.ok(correction.correction_due && correction.correction_where, 'the demo correction carries its deadline and place');

  const page = await e2e.newPage();
  await page.goto(e2e.server.url + '/track');
  await lookUpById(page, 'DEMO-04');
  const card = page.locator('.application');
  assert.equal((await card.locator('.deadline').innerText()).trim(), `请最迟在${zhDate(correction.correction_due)}补交下列材料。办理时限暂停计时，补交后继续审核。`);
  assert.equal((await card.locator('.correction-due').innerText()).trim(), `补交期限：最迟${zhDate(correction.correction_due)}`);
  assert.equal((await card.locator('.correction-where').innerText()).trim(), `补交地点和方式：${correction.correction_where}`);
  assert.match(correction.correction_where, /A01/);

  const ug = await e2e.newPage({ locale: 'ug' });
  await ug.goto(e2e.server.url + '/track');
  await lookUpById(ug, 'DEMO-04');
  const ugCard = ug.locator('.application');
  const deadline = visible(await ugCard.locator('.deadline').innerText());
  for (const part of ugDateParts(correction.correction_due)) assert.ok(deadline.includes(part), `${part} in ${deadline}`);
  assert.match(deadline, /تولۇقلاپ تاپشۇرۇڭ/);
  // Staff text is Chinese: marked so and isolated, each piece.
  const isolated = await ugCard.locator('bdi[lang="zh-CN"]').allInnerTexts();
  for (const text of [correction.reason, correction.materials[0], correction.correction_where]) {
    assert.ok(isolated.includes(text), `${text} in ${JSON.stringify(isolated)}`);
  }
  // The reason's full stop is drawn right after its last character, on its line (in an
  // un-isolated Chinese run in a right-to-left line it jumps to the line's far left).
  const ends = await ugCard.locator('bdi[lang="zh-CN"]', { hasText: correction.reason }).evaluate((bdi) => {
    const text = bdi.firstChild;
    const box = (from) => {
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, from + 1);
      const { left, right, top } = range.getBoundingClientRect();
      return { left, right, top };
    };
    return { before: box(text.length - 2), stop: box(text.length - 1), last: text.data.at(-1) };
  });
  assert.equal(ends.last, '。');
  assert.ok(Math.abs(ends.stop.top - ends.before.top) < 2 && ends.stop.left >= ends.before.right - 1, `the full stop ${JSON.stringify(ends.stop)} follows the character before it ${JSON.stringify(ends.before)}`);
  await ug.screenshot({ path: new URL('./output/track-correction-ug.png', import.meta.url).pathname, fullPage: true });
});

test('a refusal says the applicant may seek review within 60 days or sue within 6 months, where, in zh-CN and ug', async () => {
  const demo = await apiLookup('DEMO-11');
  const { appeal } = demo;
  const refusedOn = demo.timeline.at(-1).date;
  const days = (from, to) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
  // 60 days on, moved past days off (a week at most); 6 months on, likewise.
  assert.ok(days(refusedOn, appeal.review_by) >= 60 && days(refusedOn, appeal.review_by) <= 67, appeal.review_by);
  assert.ok(days(refusedOn, appeal.sue_by) >= 181 && days(refusedOn, appeal.sue_by) <= 191, appeal.sue_by);

  const page = await e2e.newPage();
  await page.goto(e2e.server.url + '/track');
  await lookUpById(page, 'DEMO-11');
  const rights = page.getByRole('region', { name: '如果您不服这个决定' });
  await rights.waitFor(TIMEOUT);
  const text = await rights.innerText();
  for (const line of [
    '申请行政复议',
    `最迟在${zhDate(appeal.review_by)}提出申请（60日内）。`,
    '复议机关：浙江省人民政府',
    '提起行政诉讼',
    `最迟在${zhDate(appeal.sue_by)}起诉（6个月内）。`,
    '受理法院：杭州市西湖区人民法院',
    `以上期限按决定日期${zhDate(refusedOn)}算出，当天不计入`,
  ]) {
    assert.ok(text.includes(line), `“${line}” in:\n${text}`);
  }

  const ug = await e2e.newPage({ locale: 'ug' });
  await ug.goto(e2e.server.url + '/track');
  await lookUpById(ug, 'DEMO-11');
  const ugRights = ug.getByRole('region', { name: 'بۇ قارارغا قوشۇلمىسىڭىز' });
  await ugRights.waitFor(TIMEOUT);
  const ugText = visible(await ugRights.innerText());
  for (const part of [...ugDateParts(appeal.review_by), ...ugDateParts(appeal.sue_by), 'مەمۇرىي قايتا قاراپ چىقىش', 'مەمۇرىي دەۋا']) {
    assert.ok(ugText.includes(part), `${part} in:\n${ugText}`);
  }
  assert.deepEqual(await ugRights.locator('bdi[lang="zh-CN"]').allInnerTexts(), ['浙江省人民政府', '杭州市西湖区人民法院']);
  await ug.screenshot({ path: new URL('./output/track-refusal-ug.png', import.meta.url).pathname, fullPage: true });
});

test('a refusal whose decision names no body or court tells the applicant the ones the law names', async () => {
  // Staff register a case and refuse it with a reason only.
  const { url } = e2e.server;
  const staff = (path, body) => fetch(url + path, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${STAFF_TOKEN}` }, body: JSON.stringify(body),
  });
  const demo = await apiLookup('DEMO-11');
  const day = demo.timeline.at(-1).date;
  const created = await staff('/api/v1/staff/applications', {
    number: 'E2E-REFUSED-1', item_code: demo.item_code, hall_code: demo.hall_code, submitted: day,
    applicant_name: '王五', mobile: '13700005678', query_code: 'E2E000',
  });
  assert.equal(created.status, 201, await created.text());
  for (const event of [{ status: 'accepted', date: day }, { status: 'refused', date: day, reason: '申请材料不符合法定形式。' }]) {
    const appended = await staff('/api/v1/staff/applications/E2E-REFUSED-1/events', event);
    assert.equal(appended.status, 201, await appended.text());
  }
  const page = await e2e.newPage();
  await page.goto(url + '/track');
  await lookUpById(page, 'E2E-REFUSED-1');
  const rights = page.getByRole('region', { name: '如果您不服这个决定' });
  await rights.getByText('复议机关：作出决定的部门所属的本级人民政府').waitFor(TIMEOUT);
  await rights.getByText('受理法院：作出决定的部门所在地的人民法院').waitFor(TIMEOUT);
  // Nothing of this on a case that was not refused.
  await lookUpById(page, 'DEMO-10');
  assert.equal(await page.locator('.appeal').count(), 0);
});

test('in right-to-left Uyghur the timeline dots do not cover the first letters of a line', async () => {
  const page = await e2e.newPage({ locale: 'ug' });
  await page.goto(e2e.server.url + '/track');
  await lookUpById(page, 'DEMO-04');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  const boxes = await page.locator('.timeline-event').evaluateAll((events) => events.map((event) => {
    // The dot is the event's ::before: its box from its computed offsets in the event.
    const dot = getComputedStyle(event, '::before');
    const outer = event.getBoundingClientRect();
    const left = outer.left + parseFloat(dot.left);
    const top = outer.top + parseFloat(dot.top);
    const dotBox = { left, right: left + parseFloat(dot.width), top, bottom: top + parseFloat(dot.height) };
    // The first line of text: the first rectangle of the event's first paragraph's text.
    const range = document.createRange();
    range.selectNodeContents(event.querySelector('p'));
    const line = range.getClientRects()[0];
    return { dot: dotBox, text: { left: line.left, right: line.right, top: line.top, bottom: line.bottom } };
  }));
  assert.ok(boxes.length >= 3, `${boxes.length} events`);
  for (const [i, { dot, text }] of boxes.entries()) {
    const overlaps = dot.left < text.right && text.left < dot.right && dot.top < text.bottom && text.top < dot.bottom;
    assert.ok(!overlaps, `event ${i}: dot ${JSON.stringify(dot)} overlaps the text ${JSON.stringify(text)}`);
    // The dot sits on the line at the start (right) side, beside the text.
    assert.ok(dot.left >= text.right, `event ${i}: the dot is right of the text`);
  }
});

test('the rating form says a level must be chosen first, in zh-CN and ug', async () => {
  for (const [locale, message] of [['zh-CN', '请先选择一个满意程度，再提交评价。'], ['ug', 'ئالدى بىلەن رازىلىق دەرىجىسىنى تاللاڭ، ئاندىن باھانى يوللاڭ.']]) {
    const page = await e2e.newPage({ locale });
    await page.goto(e2e.server.url + '/track');
    await lookUpById(page, 'DEMO-09');
    const form = page.locator('.rating');
    const send = form.locator('button[type=submit]');
    assert.ok(await send.isEnabled(), `${locale}: the button can be pressed`);
    let sent = false;
    page.on('request', (r) => (sent ||= r.url().includes('/feedback')));
    await send.click();
    const error = form.locator('.field-error');
    await error.waitFor(TIMEOUT);
    assert.equal((await error.innerText()).trim(), message, locale);
    assert.equal(await form.locator('fieldset').getAttribute('aria-describedby'), await error.getAttribute('id'));
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'radio', `${locale}: focus on the choices`);
    assert.ok(!sent, 'nothing is sent without a level');
    // Choosing a level clears the message.
    await form.locator('input[type=radio]').nth(1).check();
    assert.equal(await error.count(), 0, `${locale}: the message goes once a level is chosen`);
  }
});

test('a wrong verifier reads exactly like a wrong number', async () => {
  const page = await e2e.newPage();
  await page.goto(e2e.server.url + '/track');
  await lookUp(page, 'DEMO-01', '0000');
  const wrongVerifier = await page.getByRole('alert').innerText();
  await lookUp(page, 'DEMO-98', '5678');
  await page.getByRole('alert').waitFor(TIMEOUT);
  const wrongNumber = await page.getByRole('alert').innerText();
  assert.equal(wrongVerifier, wrongNumber);
  assert.match(wrongNumber, /没有查到这个办件/);
  await page.getByRole('button', { name: '查询' }).waitFor(TIMEOUT);
  await page.getByLabel('办件编号').fill('');
  await page.getByRole('button', { name: '查询' }).click();
  await page.locator('.field.has-error').getByText('请填写这一项。').waitFor(TIMEOUT);
});

test('a completed case is rated once, and the rating is then shown by the label chosen, in zh-CN and ug', async () => {
  const page = await e2e.newPage();
  await page.goto(e2e.server.url + '/track');
  await lookUp(page, 'DEMO-09', '5678');
  const form = page.locator('.rating');
  await form.getByLabel('满意', { exact: true }).check();
  await form.getByLabel('意见或建议（选填）').fill('窗口很耐心');
  await form.getByRole('button', { name: '提交评价' }).click();
  // The words the citizen chose, never a level number they were not shown.
  await page.locator('.rated').getByText('您已评价：满意。感谢您的反馈。', { exact: true }).waitFor(TIMEOUT);
  await page.reload();
  await lookUp(page, 'DEMO-09', 'DEMO00');
  await page.locator('.rated').getByText('您已评价：满意。', { exact: false }).waitFor(TIMEOUT);
  assert.doesNotMatch(await page.locator('.rated').innerText(), /\d/, 'no number in the rating line');
  assert.equal(await page.locator('.rating').count(), 0, 'no second rating form');

  const ug = await e2e.newPage({ locale: 'ug' });
  await ug.goto(e2e.server.url + '/track');
  await lookUpById(ug, 'DEMO-09', 'DEMO00');
  const rated = visible(await ug.locator('.rated').innerText());
  assert.ok(rated.includes('سىزنىڭ باھايىڭىز: رازى.'), rated);
  assert.doesNotMatch(rated, /\d/);
  await page.context().close();
  await ug.context().close();
});

test('no page scrolls sideways on a narrow phone, in any language', async () => {
  for (const locale of ['zh-CN', 'en-GB', 'es', 'ug']) {
    const page = await e2e.newPage({ locale, width: 320, height: 640 });
    const guide = '/halls/330000-01/items/101100000001';
    for (const path of ['/', '/track', '/appointments', guide, `${guide}/book`, '/halls/330000-01', '/staff/reply']) {
      await page.goto(e2e.server.url + path);
      await page.locator('main h1').first().waitFor(TIMEOUT);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${locale} ${path} is ${width}px wide`);
    }
  }
});

test('before the last attempt the app says one is left and how long the wait is after it, and a number typed with a full-width hyphen is found', async () => {
  // A server of its own: these failures must not use up the other tests' attempts.
  const own = await Server.start();
  try {
    const page = await e2e.newPage();
    await page.goto(own.url + '/track');
    await page.getByRole('heading', { level: 1, name: '办件进度查询' }).waitFor(TIMEOUT);
    // What Chinese keyboards type: a full-width hyphen.
    await lookUp(page, 'DEMO－03', '5678');
    await page.locator('.application').getByText('办件编号 DEMO-03', { exact: false }).waitFor(TIMEOUT);
    for (let attempt = 1; attempt <= 3; attempt++) {
      await lookUp(page, 'DEMO-03', `000${attempt}`);
      await page.locator('.load-error').waitFor(TIMEOUT);
      assert.equal(await page.locator('.attempts-warning').count(), 0, `no warning after ${attempt} wrong`);
    }
    await lookUp(page, 'DEMO-03', '0004');
    const warning = page.locator('.attempts-warning');
    await warning.waitFor(TIMEOUT);
    assert.equal((await warning.innerText()).trim(), '还可以再试 1 次。如果仍不正确，需等待 1 分钟才能再查询。');
    // The form keeps what was typed.
    assert.equal(await page.getByLabel('办件编号').inputValue(), 'DEMO-03');
    await page.screenshot({ path: new URL('./output/track-last-attempt-zh-CN.png', import.meta.url).pathname });
  } finally {
    await own.stop();
  }
});

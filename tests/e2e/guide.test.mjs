// The guide's national-standard elements (issue 20), read on a phone as a citizen reads
// them: visits needed at the top, "Can I apply?" before the questions and following the
// answers, the steps after handing in, the result and its delivery, limits, FAQ, contacts
// as tel: links and the guide's date, in zh-CN and ug; folded on phones, open on paper.
// And the hall: open now, open in maps, transport and parking.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './harness.mjs';

const TIMEOUT = { timeout: 15_000 };
const COMMIT = { waitUntil: 'commit', timeout: 15_000 };
const ITEM = '101100000001';

let hall;
const e2e = useServerAndBrowser({
  setup: async ({ server }) => {
    const halls = await (await fetch(`${server.url}/api/v1/halls?item=${ITEM}&limit=50`)).json();
    // A hall that posts results, so that the delivery by post is on its guide.
    for (const h of halls.halls) {
      if (h.services.postal_delivery) {
        hall = h;
        break;
      }
    }
    assert.ok(hall, `some demo hall that posts results offers item ${ITEM}`);
  },
});

const api = async (path) => {
  const response = await fetch(`${e2e.server.url}${path}`);
  assert.equal(response.status, 200, path);
  return response.json();
};
const guideIn = (lang) => api(`/api/v1/halls/${hall.code}/items/${ITEM}?lang=${lang}`);
const tel = (phone) => `tel:${phone.replaceAll('-', '')}`;

async function openFold(page, cls) {
  const fold = page.locator(`details.${cls}`);
  await fold.waitFor(TIMEOUT);
  assert.equal(await fold.getAttribute('open'), null, `${cls} is folded on a phone`);
  await fold.locator(':scope > summary').click();
  await page.waitForFunction((c) => document.querySelector(`details.${c}`).open, cls, TIMEOUT);
  return fold;
}

for (const lang of ['zh-CN', 'ug']) {
  test(`every element of the guide reads on a phone in ${lang}, in the standard's order`, async () => {
    const guide = await guideIn(lang);
    const page = await e2e.newPage({ locale: lang });
    await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${ITEM}?lang=${lang}`);
    const words =
      lang === 'ug'
        ? { visits: 'ئەڭ كۆپ بىر قېتىم', apply: 'ئىلتىماس قىلالامسىز؟', post: 'پوچتا ئارقىلىق، ھەقسىز', ifAnswer: 'جاۋابىڭىز' }
        : { visits: '最多跑一次', apply: '您能申请吗？', post: '免费邮寄送达', ifAnswer: '如果您的回答是' };
    assert.equal(guide.visits.count, 1);
    await page.locator('.fact-visits dd').getByText(words.visits).waitFor(TIMEOUT);

    // "Can I apply?" comes before the questions: every condition for everyone, and those
    // for one answer with the answer named.
    const apply = page.locator('.can-apply');
    await apply.getByRole('heading', { name: words.apply }).waitFor(TIMEOUT);
    const order = await page.evaluate(() =>
      ['.fact-visits', '.can-apply', '.questions', '.checklist', '.steps-section', '.result-section', '.faq-section', '.contacts-section', '.legal-basis'].map(
        (s) => document.querySelector(s)?.getBoundingClientRect().top ?? null,
      ),
    );
    assert.ok(order.every((top, i) => top !== null && (i === 0 || top > order[i - 1])), `sections in the standard's order: ${order}`);
    const conditions = await apply.locator('.conditions li').allInnerTexts();
    assert.equal(conditions.length, guide.conditions.length, 'before any answer every condition may apply');
    const llc = guide.conditions.find((c) => c.when.some((w) => w.question === 'company-type'));
    const llcLine = conditions.find((line) => line.includes(llc.text));
    assert.ok(llcLine.includes(words.ifAnswer), `a condition for one answer says so: ${llcLine}`);

    // Answering "sole proprietorship" drops the LLC condition; the others stay.
    const step = page.locator('.question-step');
    await step.locator('input[value="sole-proprietorship"]').check();
    await step.locator('button[type=submit]').click();
    await page.waitForURL(/company-type\.sole-proprietorship/, COMMIT);
    await page.waitForFunction((text) => ![...document.querySelectorAll('.conditions li')].some((li) => li.textContent.includes(text)), llc.text, TIMEOUT);
    for (const c of guide.conditions.filter((c) => c.when.length === 0)) {
      await apply.getByText(c.text).waitFor(TIMEOUT);
    }

    // The steps: folded on a phone, then a numbered list of the item's own steps.
    const steps = await openFold(page, 'steps-section');
    assert.deepEqual(
      (await steps.locator('.step-name strong').allInnerTexts()).map((s) => s.trim()),
      guide.steps.map((s) => s.name),
    );
    const yours = guide.steps.filter((s) => s.applicant_acts).length;
    assert.equal(await steps.locator('.step-yours').count(), yours, 'the steps where the applicant acts are marked');

    // The result, delivered by post too at a hall that posts.
    const result = await openFold(page, 'result-section');
    await result.getByText(guide.result.name, { exact: true }).waitFor(TIMEOUT);
    assert.ok(guide.result.delivery.includes('post'));
    await result.getByText(words.post).waitFor(TIMEOUT);

    // FAQ: each question opens its answer.
    const faq = await openFold(page, 'faq-section');
    assert.equal(await faq.locator('details.faq').count(), guide.faq.length);
    const first = faq.locator('details.faq').first();
    assert.equal(await first.locator('p').isVisible(), false);
    await first.locator('summary').click();
    await first.getByText(guide.faq[0].answer).waitFor({ state: 'visible', ...TIMEOUT });

    // Contacts dial with a tap.
    const contacts = await openFold(page, 'contacts-section');
    const hrefs = await contacts.locator('a.phone').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, [tel(guide.enquiry_phone), tel(guide.hall.supervision_phone), tel(guide.hall.hotline)]);

    // How fresh the guide is.
    const [year, month, day] = guide.updated.split('-').map(Number);
    const updated = await page.locator('.guide-updated').innerText();
    assert.ok(updated.includes(String(year)) && updated.includes(String(day)) && updated.includes(String(guide.version)), updated);
    if (lang === 'zh-CN') assert.ok(updated.startsWith(`本指南更新于 ${year}年${month}月${day}日`), updated);

    // Nothing scrolls sideways, even with every section open.
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scroll');
  });
}

test('on a wide screen the sections are open, and on paper every folded one prints open after the checklist', async () => {
  const page = await e2e.newPage({ width: 1280, height: 900 });
  await page.goto(`${e2e.server.url}/halls/${hall.code}/items/${ITEM}`);
  await page.locator('details.steps-section[open]').waitFor(TIMEOUT);
  // A phone-sized page printed: the folds closed on screen are open on paper.
  const phone = await e2e.newPage();
  await phone.goto(`${e2e.server.url}/halls/${hall.code}/items/${ITEM}`);
  await phone.locator('details.faq-section').waitFor(TIMEOUT);
  assert.equal(await phone.locator('details.faq-section').getAttribute('open'), null);
  await phone.emulateMedia({ media: 'print' });
  const guide = await guideIn('zh-CN');
  await phone.getByText(guide.steps[0].name, { exact: true }).first().waitFor({ state: 'visible', ...TIMEOUT });
  await phone.getByText(guide.faq[0].answer).waitFor({ state: 'visible', ...TIMEOUT });
  assert.equal(await phone.locator('.can-apply').isVisible(), true, 'who may apply is printed');
});

test('a hall says whether it is open now, opens in map apps, and says how to get there and park', async () => {
  const details = await api(`/api/v1/halls/${hall.code}`);
  assert.ok(details.transport?.text && details.parking?.text, 'the demo hall has transport and parking notes');
  // A weekday 10:00 in Beijing that is an ordinary working day, in the next weeks.
  const exceptional = new Set(details.exceptions.map((e) => e.date));
  const spans = details.opening_hours;
  let at;
  for (let d = 1; d < 50 && !at; d++) {
    const day = new Date(Date.now() + d * 86_400_000);
    const date = new Date(day.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const open = spans.find((s) => s.weekdays.includes(weekday) && s.open <= '10:00' && s.close > '10:00');
    if (open && !exceptional.has(date)) at = { date, close: open.close };
  }
  assert.ok(at, 'an ordinary working day ahead');
  const page = await e2e.newPage();
  await page.clock.setFixedTime(new Date(`${at.date}T10:00:00+08:00`));
  await page.goto(`${e2e.server.url}/halls/${hall.code}`);
  await page.locator('.open-now.is-open').getByText(`正在办公 · ${at.close} 下班`).waitFor(TIMEOUT);

  const maps = page.locator('.map-links a');
  const hrefs = await maps.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.match(hrefs[0], /^geo:\d+\.\d{6},\d+\.\d{6}\?q=/, 'the phone\'s own map app');
  assert.ok(hrefs.some((h) => h.startsWith('https://uri.amap.com/marker?position=')), 'Amap');
  assert.ok(hrefs.some((h) => h.startsWith('https://api.map.baidu.com/marker?')), 'Baidu');
  await page.getByText(details.transport.text).waitFor(TIMEOUT);
  await page.getByText(details.parking.text).waitFor(TIMEOUT);

  // After closing time the line says when it opens next.
  const evening = await e2e.newPage();
  await evening.clock.setFixedTime(new Date(`${at.date}T20:00:00+08:00`));
  await evening.goto(`${e2e.server.url}/halls/${hall.code}`);
  await evening.locator('.open-now:not(.is-open)').getByText(/^现在不办公 · .+ \d\d:\d\d 开门$/).waitFor(TIMEOUT);
});

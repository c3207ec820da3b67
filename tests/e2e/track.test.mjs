// Application status end to end: the demo cases in every state, a wrong verifier that
// reads exactly like a wrong number, and rating a completed case once.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Server, useServerAndBrowser } from './harness.mjs';

const e2e = useServerAndBrowser();
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
  await page.locator('.application').getByText(/不予许可/).waitFor(TIMEOUT);
  // Numbers are remembered on the device; verifiers are not.
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  assert.ok(stored.includes('DEMO-08') && !stored.includes('5678') && !stored.includes('DEMO00'));
  assert.ok(!page.url().includes('5678'), 'the verifier is never in the URL');
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

test('a completed case is rated once', async () => {
  const page = await e2e.newPage();
  await page.goto(e2e.server.url + '/track');
  await lookUp(page, 'DEMO-09', '5678');
  const form = page.locator('.rating');
  await form.getByLabel('满意', { exact: true }).check();
  await form.getByLabel('意见或建议（选填）').fill('窗口很耐心');
  await form.getByRole('button', { name: '提交评价' }).click();
  await page.getByText('您已评价：4 级（满分 5 级）。感谢您的反馈。').waitFor(TIMEOUT);
  await page.reload();
  await lookUp(page, 'DEMO-09', 'DEMO00');
  await page.getByText('您已评价：4 级').waitFor(TIMEOUT);
  assert.equal(await page.locator('.rating').count(), 0, 'no second rating form');
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
